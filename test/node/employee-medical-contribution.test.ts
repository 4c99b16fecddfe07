import { describe, expect, it } from 'vitest';
import { employeeMedicalContribution as calc } from '../../src/policy/employee-medical-insurance/employee-medical-contribution';
import { run } from '../helpers/calc';

// The cases C1–C11 (嘉政发〔2014〕87号 第九、十、十二、十七、三十条) are data: employee-medical-contribution.cases.json.
// Here: the shape of the trace, and the inputs the schema refuses.

describe('employee-medical-contribution: the trace and the input schema', () => {
  it('every trace step cites an article of 嘉政发〔2014〕87号 and the table version', () => {
    const r = run(calc, { year: 2015, scheme: 'B', employed: 10, retired: 3, base: 48000 });
    expect(r.trace.steps.map((s) => s.name.en)).toEqual([
      'contribution base',
      'monthly base',
      'employer monthly contribution',
      'employee monthly contribution',
      'annual contribution',
      'critical-illness insurance funding (information, not an extra contribution)',
    ]);
    for (const s of r.trace.steps) {
      expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
      for (const key of s.parameters) expect(r.trace.parameters[key]!.table).toBe('employee-medical-insurance');
    }
    expect(r.trace.steps[2]!.rule).toBe('嘉政发〔2014〕87号 第十条');
    expect(r.trace.steps[5]!.rule).toBe('嘉政发〔2014〕87号 第三十条');
  });

  it('rejects a negative or fractional headcount and a base with more than two decimals', () => {
    for (const bad of [
      { employed: -1 },
      { employed: 1.5 },
      { retired: -2 },
      { base: 48000.001 },
      { scheme: 'C' },
      { category: 'farmer' },
      { extra: 1 },
    ]) {
      expect(calc.input.safeParse({ year: 2015, scheme: 'B', base: 48000, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
