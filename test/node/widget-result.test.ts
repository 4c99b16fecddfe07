import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { formatShare, formatYuan } from '../../widget/src/format';
import { resultOverlayOf } from '../../widget/src/overlays';
import { buildResultModel, buildSplit } from '../../widget/src/result-model';
import type { CalculatorInfo, JsonSchema } from '../../widget/src/types';
import { listedCalculators, realBundle } from '../helpers/calc';
import { workedSettlement as WORKED } from '../helpers/worked-example';

async function answer(id: string, body: unknown) {
  const app = createApp(realBundle());
  const list = listedCalculators() as CalculatorInfo[];
  const res = await app.request(`/v1/calculators/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return { info: list.find((c) => c.id === id)!, output: (await res.json()) as Record<string, unknown> };
}

describe('money format', () => {
  it.each([
    [25460, '25,460.00'],
    [1920, '1,920.00'],
    [0, '0.00'],
    [6120, '6,120.00'],
    [1234567.5, '1,234,567.50'],
    [0.1 + 0.2, '0.30'],
    [999.995, '1,000.00'],
    [-12.3, '−12.30'],
  ])('%s → %s', (n, s) => expect(formatYuan(n)).toBe(s));

  it('shares have one decimal and survive a zero total', () => {
    expect(formatShare(25460, 33500)).toBe('76.0%');
    expect(formatShare(1920, 33500)).toBe('5.7%');
    expect(formatShare(0, 0)).toBe('0.0%');
  });
});

describe('result of the employee settlement (worked example of the spec)', () => {
  it('splits the money: pooled fund 25,460.00, personal account 1,920.00, critical illness 0.00, own share 6,120.00', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'zh-CN', resultOverlayOf(info));
    expect(m.split!.parts.map((p) => [p.key, p.label, p.text, p.share])).toEqual([
      ['pooledFund', '统筹基金支付', '25,460.00', '76.0%'],
      ['criticalIllness', '大病保险支付', '0.00', '0.0%'],
      ['personalAccount', '个人账户支付', '1,920.00', '5.7%'],
      ['selfBurden', '个人自负', '6,120.00', '18.3%'],
      ['selfPay', '个人自费', '0.00', '0.0%'],
    ]);
    expect(m.split!.totalText).toBe('33,500.00');
    // bar geometry: consecutive segments covering 0…100
    const parts = m.split!.parts;
    for (const [i, p] of parts.entries()) expect(p.x).toBeCloseTo(i === 0 ? 0 : parts[i - 1]!.x + parts[i - 1]!.width, 9);
    expect(parts.reduce((a, p) => a + p.width, 0)).toBeCloseTo(100, 9);
    expect(parts[0]!.width).toBeCloseTo((25460 / 33500) * 100, 9);
    expect(m.summary).toBe('计算完成。 统筹基金支付 25,460.00 元；大病保险支付 0.00 元；个人账户支付 1,920.00 元；个人自负 6,120.00 元');
  });

  it('lists the other figures, a bill-by-bill table and every cited step', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'zh-CN', resultOverlayOf(info));
    expect(m.figures.map((f) => [f.key, f.label, f.text, f.unit])).toEqual([
      ['eligible', '符合规定的费用', '33,500.00', '元'],
      ['account.monthlyCredit', '个人账户 · 每月划入', '160.00', '元'],
      ['account.opening', '个人账户 · 当年可用', '1,920.00', '元'],
      ['account.closing', '个人账户 · 年末余额', '0.00', '元'],
    ]);
    const table = m.tables[0]!;
    expect(table.label).toBe('每笔费用');
    expect(table.columns.map((c) => c.label)).toEqual([
      '序号',
      '类别',
      '日期',
      '费用',
      '统筹基金支付',
      '个人账户支付',
      '大病保险支付',
      '个人自负',
      '个人自费',
    ]);
    expect(table.rows).toEqual([
      ['1', '门诊', '2015-02-01', '1,500.00', '0.00', '1,500.00', '0.00', '0.00', '0.00'],
      ['2', '门诊', '2015-03-01', '2,000.00', '640.00', '420.00', '0.00', '940.00', '0.00'],
      ['3', '住院', '2015-05-01', '30,000.00', '24,820.00', '0.00', '0.00', '5,180.00', '0.00'],
    ]);
    const trace = output.trace as { steps: unknown[] };
    expect(m.steps).toHaveLength(trace.steps.length);
    // the account's two steps, then one step per bill, titled with its bill (claims[].traceSteps)
    expect(m.steps.map((s) => s.title)).toEqual([
      '个人账户每月划入',
      '当年个人账户',
      '第1笔（2015-02-01 门诊）：门诊统筹',
      '第2笔（2015-03-01 门诊）：门诊统筹',
      '第3笔（2015-05-01 住院）：住院统筹（3 级医院）',
    ]);
    expect(m.steps[3]).toEqual({
      title: '第2笔（2015-03-01 门诊）：门诊统筹',
      rule: '嘉政发〔2014〕87号 第二十三条、第二十四条（一）',
      formula:
        '本笔 2,000.00 元，个人账户（余额 420.00 元）先付 420.00 元；其余 1,580.00 元计入本年度门诊累计 0.00 → 1,580.00 元，起付标准 300.00 元至限额 6,000.00 元之间的 1,280.00 元 × 50%（其他医疗机构）= 640.00 元由统筹基金支付',
      result: '个人账户支付 420.00；统筹基金支付 640.00；个人自负 940.00',
      note: undefined,
    });
    // the inpatient bill's step includes its deductible, so its figures are the bill's
    expect(m.steps.at(-1)!.result).toBe('统筹基金支付 24,820.00；大病保险支付 0.00；个人自负 5,180.00');
    for (const s of m.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
  });

  it('reads in English', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'en', resultOverlayOf(info));
    expect(m.split!.parts.map((p) => p.label)).toEqual([
      'Pooled fund',
      'Critical-illness insurance',
      'Personal account',
      'Own share',
      'Self-pay',
    ]);
    expect(m.steps[3]!.title).toBe('Bill 2 (2015-03-01 outpatient): outpatient pooling');
    expect(m.steps[3]!.formula).toBe(
      'account pays min(balance 420.00, bill 2,000.00) = 420.00; counter 0.00 → 1,580.00; part between 300.00 and 6,000.00 = 1,280.00; × 50% = 640.00',
    );
    expect(m.steps[0]!.title).toBe('Personal account monthly credit');
    expect(m.summary).toContain(
      'Pooled fund 25,460.00 yuan; Critical-illness insurance 0.00 yuan; Personal account 1,920.00 yuan; Own share 6,120.00 yuan',
    );
    expect(m.tables[0]!.rows[2]!.slice(0, 2)).toEqual(['3', 'Inpatient']);
  });
});

describe('generic results (calculators without an overlay)', () => {
  it('the personal-account credit: an age is a plain number, money has two decimals and a unit', async () => {
    const { info, output } = await answer('employee-medical-account', { year: 2015, status: 'retired', birthDate: '1945-03-10' });
    const m = buildResultModel(output, info.output, 'zh-CN');
    expect(m.split).toBeNull();
    expect(m.figures.map((f) => [f.label, f.text, f.unit])).toEqual([
      ['年度', '2015', undefined],
      ['参保类型', 'B', undefined],
      ['有个人账户', '是', undefined],
      ['当年1月1日年龄', '69', undefined],
      ['划入档次', 'retired, age ≤ 75', undefined],
      ['每月划入个人账户', '160.00', '元'],
      ['全年划入个人账户', '1,920.00', '元'],
      ['说明', '—', undefined],
    ]);
    expect(m.steps.map((s) => [s.title, s.result])).toEqual([
      ['按参保类别确定是否建立个人账户', '是'],
      ['个人账户每月划入', '160.00'],
      ['全年划入', '1,920.00'],
    ]);
    expect(m.summary).toBe('计算完成。 年度 2015；参保类型 B；有个人账户 是；当年1月1日年龄 69');
  });

  it('an unknown output: scalars, nested scalars, arrays of rows, labels from descriptions; no money without a unit', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        eligible: { type: 'boolean', description: 'Eligible for the subsidy 是否符合补贴条件' },
        rate: { type: 'number', description: 'Rate applied' },
        subsidy: { type: 'number', 'x-unit': 'CNY', description: 'Subsidy 补贴金额' },
        reasons: { type: 'array', items: { type: 'string' } },
        band: { type: 'object', properties: { from: { type: 'number' }, to: { type: ['number', 'null'] } } },
        rows: {
          type: 'array',
          items: { type: 'object', properties: { year: { type: 'integer' }, amount: { type: 'number', 'x-unit': 'CNY' } } },
        },
      },
    };
    const out = {
      eligible: true,
      rate: 0.9,
      subsidy: 12000,
      reasons: ['a', 'b'],
      band: { from: 90, to: null },
      rows: [{ year: 2015, amount: 100 }],
      data: { table: 'x' },
    };
    const en = buildResultModel(out, schema, 'en');
    expect(en.figures.map((f) => [f.key, f.label, f.text, f.unit])).toEqual([
      ['eligible', 'Eligible for the subsidy', 'Yes', undefined],
      ['rate', 'Rate applied', '0.9', undefined],
      ['subsidy', 'Subsidy', '12,000.00', 'yuan'],
      ['reasons', 'Reasons', 'a, b', undefined],
      ['band.from', 'Band · From', '90', undefined],
      ['band.to', 'Band · To', '—', undefined],
    ]);
    expect(en.tables).toEqual([
      {
        key: 'rows',
        label: 'Rows',
        columns: [
          { key: 'year', label: 'Year', numeric: true },
          { key: 'amount', label: 'Amount (yuan)', numeric: true },
        ],
        rows: [['2015', '100.00']],
      },
    ]);
    const zh = buildResultModel(out, schema, 'zh-CN');
    expect(zh.figures[2]).toMatchObject({ label: '补贴金额', text: '12,000.00', unit: '元' });
    expect(zh.figures[0]!.text).toBe('是');
  });

  it('a split of nothing has no bar width', () => {
    const s = buildSplit({ pooledFund: 0, selfBurden: 0 }, 'en', 'Who pays what')!;
    expect(s.total).toBe(0);
    expect(s.parts.map((p) => p.width)).toEqual([0, 0]);
    expect(buildSplit({ pooledFund: 10 }, 'en', 'x')).toBeNull();
  });
});

describe('widget.js bundle', () => {
  it('is at most 30 KB gzip and fetches nothing from elsewhere', async () => {
    const r = await build({
      entryPoints: ['widget/src/index.ts'],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      legalComments: 'none',
      target: ['es2022'],
      tsconfig: 'widget/tsconfig.json',
    });
    const code = r.outputFiles[0]!.text;
    const gz = gzipSync(Buffer.from(code), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(30 * 1024);
    expect(gz).toBeGreaterThan(5 * 1024);
    // no URL but the SVG namespace: the API base comes from the script's own URL at run time
    expect(code.match(/https?:\/\/[^\s"'`]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(code).not.toMatch(/\bimport\(|importScripts|eval\(|new Function/);
    expect(code).toContain('policy-calculator');
  });
});
