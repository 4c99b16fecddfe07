import { describe, expect, it } from 'vitest';
import { specialEducationFunding as calc } from '../../src/policy/special-education/special-education-funding';
import { refusal, run } from '../helpers/calc';

const date = '2015-06-01';
const fund = (input: Record<string, unknown>) => run(calc, { date, ...input } as never);
const invalidFields = (input: Record<string, unknown>) => {
  const r = calc.input.safeParse({ date, ...input });
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.path.join('.'));
};

describe('special-education-funding (嘉政办发〔2014〕115号 四（二）)', () => {
  it('F1 compulsory: 10 × the regular rate', () => {
    // 100 000 fen × 10 = 1 000 000 fen
    const r = fund({ stage: 'compulsory', regularPerStudentRate: 1000 });
    expect(r).toMatchObject({
      multiplierMin: 10,
      minimumPerStudent: 10000,
      minimumTotal: null,
      compliance: null,
      fullyGovernmentGuaranteed: true,
    });
    const step = r.trace.steps.find((s) => s.name.en === 'minimum per-student funding')!;
    expect(step.rule).toBe('嘉政办发〔2014〕115号 四（二）');
    expect(step.parameters).toContain('per_student_funding[stage=compulsory].multiplier_min');
    expect(r.trace.parameters['per_student_funding[stage=compulsory].multiplier_min']).toMatchObject({
      value: 10,
      table: 'special-education',
    });
    expect(step.formula.zh).toContain('1,000.00 元 × 10 倍 = 10,000.00 元');
  });

  it('F2 preschool: 5 × the rate of regular kindergartens', () => {
    // 80 000 × 5 = 400 000 fen
    expect(fund({ stage: 'preschool', regularPerStudentRate: 800 })).toMatchObject({ multiplierMin: 5, minimumPerStudent: 4000 });
  });

  it('F3 senior secondary: 5 × 1234.56', () => {
    // 123 456 × 5 = 617 280 fen
    expect(fund({ stage: 'senior_secondary', regularPerStudentRate: 1234.56 }).minimumPerStudent).toBe(6172.8);
  });

  it('F4 total for 3 disabled students', () => {
    // 123 457 × 10 = 1 234 570 fen; × 3 = 3 703 710 fen
    expect(fund({ stage: 'compulsory', regularPerStudentRate: 1234.57, disabledStudents: 3 })).toMatchObject({
      minimumPerStudent: 12345.7,
      minimumTotal: 37037.1,
      disabledStudents: 3,
    });
  });

  it('F5 exactly 10 × complies (及以上 includes the bound)', () => {
    // 1 000 000 ≥ 1 000 000
    expect(fund({ stage: 'compulsory', regularPerStudentRate: 1000, actualPerStudentFunding: 10000 }).compliance).toEqual({
      actualPerStudentFunding: 10000,
      compliant: true,
      shortfallPerStudent: 0,
    });
  });

  it('F6 one fen below 10 × does not comply', () => {
    // 1 000 000 − 999 999 = 1 fen short
    expect(fund({ stage: 'compulsory', regularPerStudentRate: 1000, actualPerStudentFunding: 9999.99 }).compliance).toEqual({
      actualPerStudentFunding: 9999.99,
      compliant: false,
      shortfallPerStudent: 0.01,
    });
  });

  it('F7 one fen above 5 × complies', () => {
    // 400 001 ≥ 400 000
    expect(fund({ stage: 'preschool', regularPerStudentRate: 800, actualPerStudentFunding: 4000.01 }).compliance).toMatchObject({
      compliant: true,
      shortfallPerStudent: 0,
    });
  });

  it('F8 one fen rate: 5 fen', () => {
    // 1 fen × 5 = 5 fen
    expect(fund({ stage: 'senior_secondary', regularPerStudentRate: 0.01 }).minimumPerStudent).toBe(0.05);
  });

  it('F9, F10 zero rate, zero students', () => {
    // 0 × 10 = 0; 1 000 000 × 0 = 0
    expect(fund({ stage: 'compulsory', regularPerStudentRate: 0 }).minimumPerStudent).toBe(0);
    expect(fund({ stage: 'compulsory', regularPerStudentRate: 1000, disabledStudents: 0 }).minimumTotal).toBe(0);
  });

  it('F11, F12 invalid stage, rate, students', () => {
    expect(invalidFields({ stage: 'primary', regularPerStudentRate: 1000 })).toEqual(['stage']);
    expect(invalidFields({ stage: 'compulsory', regularPerStudentRate: -1 })).toEqual(['regularPerStudentRate']);
    expect(invalidFields({ stage: 'compulsory', regularPerStudentRate: 100.005 })).toEqual(['regularPerStudentRate']);
    expect(invalidFields({ stage: 'compulsory', regularPerStudentRate: 1000, disabledStudents: 1.5 })).toEqual(['disabledStudents']);
    expect(invalidFields({ stage: 'compulsory' })).toEqual(['regularPerStudentRate']);
  });

  it('F13, F14 in force from 2014-12-30 inclusive', () => {
    // the rows start on the issue date 2014-12-30: the day before nothing is in force
    expect(refusal(calc, { date: '2014-12-29', stage: 'compulsory', regularPerStudentRate: 1000 })).toMatchObject({
      type: '/problems/not-in-force',
      parameter: { table: 'special-education' },
    });
    expect(run(calc, { date: '2014-12-30', stage: 'compulsory', regularPerStudentRate: 1000 }).minimumPerStudent).toBe(10000);
  });
});
