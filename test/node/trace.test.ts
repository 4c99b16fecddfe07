import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorDocs, calculatorFile } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { type ParamUse, Params } from '../../src/engine/params';
import { joinRules, Trace, type TraceData } from '../../src/engine/trace';
import { realBundle } from '../helpers/calc';

const CJK = /[\u4e00-\u9fff]/;

describe('the trace recorder', () => {
  const bundle = realBundle();
  const table = bundle.tables['employee-medical-insurance']!;

  it('lists each value read in the open step, and each value once per answer', () => {
    const trace = new Trace();
    const p = new Params(table, '2015-06-01', trace);
    const a = trace.step({ zh: '甲', en: 'a' }, (s) => {
      const cap = p.money('inpatient.annual_cap');
      p.money('inpatient.annual_cap');
      s.formula({ zh: '甲', en: 'a' });
      return s.result(cap.fen);
    });
    trace.step({ zh: '乙', en: 'b' }, (s) => {
      p.find('inpatient_levels', { level: '3' }).ratio('fund_ratio');
      p.money('inpatient.annual_cap');
      s.formula({ zh: '乙', en: 'b' });
      return s.result(null);
    });
    const data = trace.toJSON();
    expect(a).toBe(20_000_000);
    expect(Object.keys(data.parameters)).toEqual(['inpatient.annual_cap', 'inpatient_levels[level=3].fund_ratio']);
    expect(data.steps.map((s) => s.parameters)).toEqual([
      ['inpatient.annual_cap'],
      ['inpatient_levels[level=3].fund_ratio', 'inpatient.annual_cap'],
    ]);
    expect(data.steps[0]!.rule).toBe(data.parameters['inpatient.annual_cap']!.citation);
    expect(data.parameters['inpatient.annual_cap']).toMatchObject({
      value: 200000,
      unit: 'CNY',
      table: table.id,
      version: table.version,
      from: '2015-01-01',
    });
  });

  it('lists a read outside any step in the answer but in no step; s.uses cites a value read before', () => {
    const trace = new Trace();
    const p = new Params(table, '2015-06-01', trace);
    const cap = p.money('inpatient.annual_cap');
    trace.step({ zh: '甲', en: 'a' }, (s) => s.uses(cap).formula({ zh: '甲', en: 'a' }).result(1));
    trace.step({ zh: '乙', en: 'b' }, (s) => s.rule(p.article('第二十三条')).formula({ zh: '乙', en: 'b' }).result(2));
    const data = trace.toJSON();
    expect(data.steps[0]!.parameters).toEqual(['inpatient.annual_cap']);
    expect(data.steps[1]).toMatchObject({ rule: '嘉政发〔2014〕87号 第二十三条', parameters: [] });
  });

  it('names the same path of two dated values apart, keeps nested steps in order, and drops a step that failed', () => {
    const trace = new Trace();
    const u = (from: string) => ({ value: 1, unit: 'CNY', citation: 'x 第一条', table: 't', version: 'v', from, cell: 'c' }) as ParamUse;
    const [u1, u2] = [u('2015-01-01'), u('2016-01-01')];
    trace.step({ zh: '外', en: 'outer' }, (s) => {
      trace.read(u1, 'k');
      trace.step({ zh: '内', en: 'inner' }, (t) => {
        trace.read(u2, 'k');
        return t.formula({ zh: '内', en: 'inner' }).result(0);
      });
      return s.formula({ zh: '外', en: 'outer' }).result(0);
    });
    expect(() =>
      trace.step({ zh: '错', en: 'fails' }, () => {
        throw new EngineError('refused', { zh: '不可', en: 'no' });
      }),
    ).toThrow(EngineError);
    const data = trace.toJSON();
    expect(Object.keys(data.parameters)).toEqual(['k', 'k@2016-01-01']);
    expect(data.steps.map((s) => [s.name.en, s.parameters])).toEqual([
      ['outer', ['k']],
      ['inner', ['k@2016-01-01']],
    ]);
  });

  it('refuses a step without formula or result (a calculator bug, caught by its tests)', () => {
    expect(() => new Trace().step({ zh: '甲', en: 'a' }, (s) => s.rule('r').result(1))).toThrow(/no formula/);
    expect(() => new Trace().step({ zh: '甲', en: 'a' }, (s) => s.rule('r').formula({ zh: '甲', en: 'a' }))).toThrow(/no result/);
    expect(() => new Trace().step({ zh: '甲', en: 'a' }, (s) => s.formula({ zh: '甲', en: 'a' }).result(1))).toThrow(/no rule/);
  });

  it('joins rules of one document', () => {
    expect(joinRules('嘉政发〔2014〕87号 第二十三条', '嘉政发〔2014〕87号 第二十四条（一）', '')).toBe(
      '嘉政发〔2014〕87号 第二十三条、第二十四条（一）',
    );
    expect(joinRules('A 第一条', 'B 第二条')).toBe('A 第一条；B 第二条');
  });
});

describe('every calculator explains each of its cases with the one trace format', () => {
  const bundle = realBundle();
  for (const calc of calculators) {
    it(`${calc.id}: each parameter once, every reference resolves and is used, name and formula in Chinese and English`, () => {
      for (const c of calculatorDocs.get(calc.id)!.cases.filter((x) => x.expect)) {
        const name = c.id;
        const answer = calculate(calc, bundle, calc.input.parse(c.request)) as { trace: TraceData };
        const { parameters, steps } = answer.trace;
        expect(steps.length, name).toBeGreaterThan(0);
        const referenced = new Set(steps.flatMap((s) => s.parameters));
        for (const key of referenced) expect(parameters[key], `${name}: ${key}`).toBeDefined();
        for (const key of Object.keys(parameters)) expect(referenced.has(key), `${name}: ${key} is read but no step cites it`).toBe(true);
        for (const s of steps) {
          expect(s.name.zh, `${name}: ${s.name.en}`).toMatch(CJK);
          expect(s.formula.zh, `${name}: ${s.name.en}`).toMatch(CJK);
          expect(s.name.en, name).not.toMatch(CJK);
          expect(s.rule, name).not.toBe('');
        }
      }
    });

    it(`${calc.id}: builds no trace step by hand`, () => {
      const source = readFileSync(calculatorFile(calc, '.ts'), 'utf8');
      expect(source).not.toMatch(/\bTraceStep\b|traceStepSchema|\bstep: ['`{]|const step = \(/);
    });
  }
});
