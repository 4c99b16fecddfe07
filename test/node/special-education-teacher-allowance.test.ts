import { describe, expect, it } from 'vitest';
import { specialEducationTeacherAllowance as calc } from '../../src/policy/special-education/special-education-teacher-allowance';
import { refusal, run } from '../helpers/calc';

const date = '2015-06-01';
const allowance = (input: Record<string, unknown>) => run(calc, { date, ...input } as never);

describe('special-education-teacher-allowance (嘉政办发〔2014〕115号 三（七）)', () => {
  it('T1 nine years: 15% only, no certificate, no pension', () => {
    // 300 000 fen × 15% = 45 000 fen; 9 < 10; 9 < 15
    const r = allowance({ basicMonthlySalary: 3000, yearsInSpecialEducation: 9 });
    expect(r).toMatchObject({
      allowanceRatio: 0.15,
      baseAllowance: 450,
      extraAllowance: 0,
      allowance: 450,
      honourCertificate: false,
      honourCertificateIssuer: null,
    });
    expect(r.pension).toEqual({
      yearsRequirementMet: false,
      retiresInSpecialEducationPost: null,
      countedIntoPension: false,
      countedIntoPensionIfRetiringInPost: false,
    });
    for (const s of r.trace.steps) expect(s.rule).toBe('嘉政办发〔2014〕115号 三（七）');
  });

  it('T2 exactly ten years: 30% and the honour certificate (满10年 includes the bound)', () => {
    // 45 000 + 45 000 fen
    const r = allowance({ basicMonthlySalary: 3000, yearsInSpecialEducation: 10 });
    expect(r).toMatchObject({ allowanceRatio: 0.3, baseAllowance: 450, extraAllowance: 450, allowance: 900, honourCertificate: true });
    expect(r.honourCertificateIssuer).toContain('同级教育行政主管部门');
  });

  it('T3 9.99 years: the tenth year is not complete', () => {
    expect(allowance({ basicMonthlySalary: 3000, yearsInSpecialEducation: 9.99 })).toMatchObject({
      allowance: 450,
      honourCertificate: false,
      allowanceRatio: 0.15,
    });
  });

  it('T4 two roundings, not one', () => {
    // 100 003 × 15% = 15 000.45 → 15 000 fen, twice = 30 000 fen (a single 30% would give 30 001)
    expect(allowance({ basicMonthlySalary: 1000.03, yearsInSpecialEducation: 10 })).toMatchObject({
      baseAllowance: 150,
      extraAllowance: 150,
      allowance: 300,
    });
  });

  it('T5 half-up to the fen', () => {
    // 333 333 × 15% = 49 999.95 → 50 000 fen
    expect(allowance({ basicMonthlySalary: 3333.33, yearsInSpecialEducation: 0 })).toMatchObject({ baseAllowance: 500, allowance: 500 });
  });

  it('T6 fifteen years and retiring in post: counted into the pension (满15年 includes the bound)', () => {
    // 60 000 + 60 000 fen; 15 ≥ 15
    const r = allowance({ basicMonthlySalary: 4000, yearsInSpecialEducation: 15, retiresInSpecialEducationPost: true });
    expect(r.allowance).toBe(1200);
    expect(r.pension).toEqual({
      yearsRequirementMet: true,
      retiresInSpecialEducationPost: true,
      countedIntoPension: true,
      countedIntoPensionIfRetiringInPost: true,
    });
  });

  it('T7 14.99 years: 30% but not counted into the pension', () => {
    const r = allowance({ basicMonthlySalary: 4000, yearsInSpecialEducation: 14.99, retiresInSpecialEducationPost: true });
    expect(r.allowance).toBe(1200);
    expect(r.pension).toMatchObject({ yearsRequirementMet: false, countedIntoPension: false, countedIntoPensionIfRetiringInPost: false });
  });

  it('T8 fifteen years, not retiring in post', () => {
    expect(
      allowance({ basicMonthlySalary: 4000, yearsInSpecialEducation: 15, retiresInSpecialEducationPost: false }).pension,
    ).toMatchObject({
      countedIntoPension: false,
      countedIntoPensionIfRetiringInPost: true,
    });
  });

  it('T9 retirement in post not given: undetermined', () => {
    expect(allowance({ basicMonthlySalary: 4000, yearsInSpecialEducation: 20 }).pension).toMatchObject({
      countedIntoPension: null,
      countedIntoPensionIfRetiringInPost: true,
    });
  });

  it('T10 zero salary', () => {
    expect(allowance({ basicMonthlySalary: 0, yearsInSpecialEducation: 30 })).toMatchObject({
      allowance: 0,
      honourCertificate: true,
      pension: { countedIntoPension: null },
    });
  });

  it('T11 half-up on each part', () => {
    // 250 050 × 15% = 37 507.5 → 37 508 fen, twice = 75 016 fen
    expect(allowance({ basicMonthlySalary: 2500.5, yearsInSpecialEducation: 10.5 })).toMatchObject({
      baseAllowance: 375.08,
      extraAllowance: 375.08,
      allowance: 750.16,
    });
  });

  it('T12 invalid years or salary names the field', () => {
    const bad = (input: Record<string, unknown>) => calc.input.safeParse({ date, ...input }).error!.issues.map((i) => i.path.join('.'));
    expect(bad({ basicMonthlySalary: 3000, yearsInSpecialEducation: -1 })).toEqual(['yearsInSpecialEducation']);
    expect(bad({ basicMonthlySalary: 'abc', yearsInSpecialEducation: 10 })).toEqual(['basicMonthlySalary']);
    expect(bad({ basicMonthlySalary: 3000, yearsInSpecialEducation: 10.123 })).toEqual(['yearsInSpecialEducation']);
  });

  it('T13 not in force before 2014-12-30; in force on that day', () => {
    expect(refusal(calc, { date: '2014-12-29', basicMonthlySalary: 3000, yearsInSpecialEducation: 10 })).toMatchObject({
      type: '/problems/not-in-force',
    });
    expect(run(calc, { date: '2014-12-30', basicMonthlySalary: 3000, yearsInSpecialEducation: 10 }).allowance).toBe(900);
  });
});
