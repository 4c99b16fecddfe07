import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../scripts/lib/policy';
import { where } from '../../scripts/lib/where';
import { calculate } from '../../src/engine/calculator';
import { calculators } from '../../src/policy/index';
import type { CompiledTable } from '../../src/tables/model';
import { realBundle } from '../helpers/calc';

/** The articles a citation names: `嘉政发〔2014〕87号 第二十五条、第二十三条（二）` → 第二十五条, 第二十三条（二）. */
const articlesOf = (citation: string) =>
  citation
    .split('；')
    .map((part) => part.slice(part.indexOf(' ') + 1))
    .flatMap((part) => part.split('、'))
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * The workbook key of a trace path: a parameter key as it is; a cell of a scale sheet as sheet.column
 * (`inpatient_levels[level=3].fund_ratio@2016-01-01` → `inpatient_levels.fund_ratio`; a bound `…age_min` → its column).
 */
const keyOf = (table: CompiledTable, path: string) => {
  const p = path.replace(/@.*$/, '');
  if (!p.includes('[')) return p;
  const [sheet, column] = p.replace(/\[.*\]/, '').split('.') as [string, string];
  const columns = table.scales.find((s) => s.id === sheet)?.columns.map((c) => c.id) ?? [];
  return `${sheet}.${columns.includes(column) ? column : column.replace(/_(min|max)$/, '')}`;
};

describe('npm run where: from an article to its cells and code in one step', () => {
  it('第二十五条 finds the inpatient deductible: its cells and the line of the settlement that reads it', () => {
    const a = where(realBundle(), '第二十五条');
    expect(a.kind).toBe('article');
    const deductible = a.found.find((f) => f.table === 'employee-medical-insurance' && f.key === 'inpatient_levels.deductible')!;
    expect(deductible.cells.map((c) => c.cell)).toEqual(['inpatient_levels!row 2', 'inpatient_levels!row 3', 'inpatient_levels!row 4']);
    expect(deductible.code.map((l) => l.file)).toEqual(['src/policy/employee-medical-insurance/employee-medical-settlement.ts']);
    expect(deductible.code[0]!.text).toContain(".money('deductible')");
    const admissions = a.found.find((f) => f.key === 'inpatient.deductible_max_admissions')!;
    expect(admissions.cells).toEqual([{ cell: 'parameters!D41', from: '2015-01-01', to: null, citation: '嘉政发〔2014〕87号 第二十五条' }]);
  });

  it('a parameter key, a sheet and a calculator id', () => {
    const cap = where(realBundle(), 'inpatient.annual_cap');
    expect(cap.kind).toBe('parameter');
    expect(cap.found[0]!.code.map((l) => `${l.file}`)).toContain('src/policy/employee-medical-insurance/employee-medical-settlement.ts');
    expect(where(realBundle(), 'inpatient_levels').found.map((f) => f.key)).toEqual([
      'inpatient_levels.deductible',
      'inpatient_levels.fund_ratio',
    ]);
    const calc = where(realBundle(), 'employee-medical-account');
    expect(calc.kind).toBe('calculator');
    expect(calc.files[0]).toBe('src/policy/employee-medical-insurance/employee-medical-account.ts');
    // its own module and the rule of 第十九条 it shares with the settlement (account-credit.ts)
    expect(calc.found.map((f) => f.key)).toEqual(['account_credit.age', 'account_credit.monthly_credit', 'schemes.personal_account']);
    expect(where(realBundle(), '第九十九条').kind).toBe('none');
  });

  it('the command prints it (exit 0), and says so when nothing is found (exit 1)', { timeout: 60_000 }, () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/where.ts', '第二十五条'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /employee-medical-insurance › inpatient_levels\.deductible .*\n(.*\n)*? {4}read at src\/policy\/employee-medical-insurance\/employee-medical-settlement\.ts:\d+/,
    );
    const none = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/where.ts', 'no such thing'], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('Nothing cites, declares or computes "no such thing"');
  });

  for (const calc of calculators) {
    it(`${calc.id}: every article cited by a value it reads leads to that value and to its code`, () => {
      const bundle = realBundle();
      const seen = new Map<string, string>(); // article → a key it cites
      for (const c of casesOf(calc).filter((x) => x.expect)) {
        const answer = calculate(calc, bundle, calc.input.parse(c.request)) as {
          trace: { parameters: Record<string, { citation: string }> };
        };
        for (const [path, use] of Object.entries(answer.trace.parameters))
          for (const article of articlesOf(use.citation)) seen.set(`${article}\u0000${keyOf(bundle.tables[calc.table.id]!, path)}`, path);
      }
      // a calculator without an answer among its cases (every case a refusal) has no trace to follow
      if (!seen.size) expect(casesOf(calc).filter((x) => x.expect)).toEqual([]);
      for (const entry of seen.keys()) {
        const [article, key] = entry.split('\u0000') as [string, string];
        const found = where(bundle, article).found.find((f) => f.table === calc.table.id && f.key === key);
        expect(found, `${article} → ${key}`).toBeDefined();
        expect(
          found!.code.some((l) => l.file.startsWith(`src/policy/${calc.table.id}/`)),
          `${article} → ${key}: no line of src/policy/${calc.table.id}/ reads it`,
        ).toBe(true);
      }
    });
  }
});
