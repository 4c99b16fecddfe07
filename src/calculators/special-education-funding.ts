import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { isoDate, MAX_COUNT, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { applyRatio, formatYuan, PPM, times, yuanToFen } from '../engine/money';
import type { specialEducation as SE } from '../tables/special-education';

/**
 * Minimum per-student public operating funding (生均公用经费) for disabled students, 嘉政办发〔2014〕115号 四（二）:
 * 「按当地普通学校正常学生生均公用经费的10倍及以上拨付」 (compulsory stage) and 「按当地普通幼儿园或高中学校正常学生
 * 生均公用经费的5倍及以上拨付」 (preschool, senior secondary).
 *
 * Readings (also in the workbook notes and /work/content/special-education.calculators.md):
 * - The multiple replaces the regular rate, it is not added to it: a disabled student is funded at ≥ N × the rate.
 * - The regular rate (当地…正常学生生均公用经费) is set locally and not published (funding.regular_per_student_rate
 *   is empty in the workbook), so the caller gives it: the rate of the level the student attends.
 * - 「及以上」 includes the bound: funding of exactly N × the rate complies. The calculator returns the floor only.
 * - 「根据残疾学生的人数」: the total is the per-student minimum × the number of disabled students.
 */

const STAGES = ['compulsory', 'preschool', 'senior_secondary'] as const;

const input = z
  .object({
    date: isoDate(
      'Date on which the rules are applied; before the plan is in force (document.effective_date) the answer is 422 not-in-force',
    ),
    stage: z.enum(STAGES).openapi({
      description:
        'compulsory: special-education schools with compulsory-education tasks and regular schools teaching disabled pupils (随班就读, 附设特教班, 送教上门); ' +
        'preschool: schools/kindergartens teaching preschool disabled children; senior_secondary: schools teaching disabled students at senior-secondary level',
    }),
    regularPerStudentRate: yuan(
      'Local per-student public operating funding of regular students (当地普通学校/幼儿园/高中学校正常学生生均公用经费), yuan per student per year: not published in the source, so an input',
    ),
    disabledStudents: z
      .number({ error: 'must be a whole number of students' })
      .int({ error: 'must be a whole number of students' })
      .nonnegative({ error: 'must not be negative' })
      .max(MAX_COUNT)
      .optional()
      .openapi({ description: 'Number of disabled students (残疾学生人数); when given, the minimum total is computed' }),
    actualPerStudentFunding: yuan(
      'Per-student funding actually allocated (yuan per student per year); when given, compliance is checked',
    ).optional(),
  })
  .strict();

const output = z
  .object({
    date: z.string(),
    stage: z.enum(STAGES),
    multiplierMin: z.number().openapi({ description: 'Minimum multiple of the regular rate (倍及以上)' }),
    regularPerStudentRate: yuanOut('regular per-student rate (input)'),
    minimumPerStudent: yuanOut('minimum per-student funding for a disabled student'),
    disabledStudents: z.number().int().nullable(),
    minimumTotal: yuanOut('minimum total: per-student minimum × disabled students').nullable(),
    compliance: z
      .object({
        actualPerStudentFunding: yuanOut('actual per-student funding (input)'),
        compliant: z.boolean().openapi({ description: 'actual ≥ minimum (及以上 includes the bound)' }),
        shortfallPerStudent: yuanOut('max(0, minimum − actual)'),
      })
      .nullable(),
    fullyGovernmentGuaranteed: z.boolean().openapi({ description: '以上特殊教育经费全额纳入政府财政经费保障体系 (information)' }),
    trace: z.array(traceStepSchema),
  })
  .openapi('SpecialEducationFunding');

export const specialEducationFunding = defineCalculator({
  id: 'special-education-funding',
  table: tableRef<typeof SE>('special-education'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const trace: TraceStep[] = [];
    const row = p.find('per_student_funding', { stage: req.stage });
    const multiplier = row.ratio('multiplier_min');
    const rate = yuanToFen(req.regularPerStudentRate);
    const minimum = applyRatio(rate, multiplier.ppm);
    trace.push({
      step: 'minimum per-student funding',
      rule: multiplier.use.citation,
      formula: `${formatYuan(rate)} × ${multiplier.ppm / PPM} = ${formatYuan(minimum)} (the multiple replaces the regular rate; 及以上: a floor)`,
      inputs: { stage: req.stage, regularPerStudentRate: req.regularPerStudentRate },
      parameters: { multiplier_min: multiplier.use },
      result: yuanOf(minimum),
      note: "The local regular rate (funding.regular_per_student_rate) is not published in the source: it is the caller's input.",
    });

    let minimumTotal: number | null = null;
    if (req.disabledStudents !== undefined) {
      const total = times(minimum, req.disabledStudents);
      minimumTotal = yuanOf(total);
      trace.push({
        step: 'minimum total for the disabled students',
        rule: multiplier.use.citation,
        formula: `${formatYuan(minimum)} × ${req.disabledStudents} students = ${formatYuan(total)} (根据残疾学生的人数)`,
        inputs: { disabledStudents: req.disabledStudents },
        parameters: { multiplier_min: multiplier.use },
        result: minimumTotal,
      });
    }

    let compliance: z.output<typeof output>['compliance'] = null;
    if (req.actualPerStudentFunding !== undefined) {
      const actual = yuanToFen(req.actualPerStudentFunding);
      const compliant = actual >= minimum;
      const shortfall = Math.max(0, minimum - actual);
      compliance = { actualPerStudentFunding: req.actualPerStudentFunding, compliant, shortfallPerStudent: yuanOf(shortfall) };
      trace.push({
        step: 'compliance with the minimum',
        rule: multiplier.use.citation,
        formula: `${formatYuan(actual)} ${compliant ? '≥' : '<'} ${formatYuan(minimum)} → ${compliant ? 'compliant' : `short by ${formatYuan(shortfall)} per student`} (及以上 includes the bound)`,
        inputs: { actualPerStudentFunding: req.actualPerStudentFunding },
        parameters: { multiplier_min: multiplier.use },
        result: compliance,
      });
    }

    const guaranteed = p.get('funding.fully_government_guaranteed');
    trace.push({
      step: 'fully covered by government budgets',
      rule: guaranteed.use.citation,
      formula: '以上特殊教育经费全额纳入政府财政经费保障体系 (information)',
      inputs: {},
      parameters: { fully_government_guaranteed: guaranteed.use },
      result: guaranteed.value,
    });

    return {
      date: req.date,
      stage: req.stage,
      multiplierMin: multiplier.use.value as number,
      regularPerStudentRate: req.regularPerStudentRate,
      minimumPerStudent: yuanOf(minimum),
      disabledStudents: req.disabledStudents ?? null,
      minimumTotal,
      compliance,
      fullyGovernmentGuaranteed: guaranteed.value === true,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const specialEducationFundingDocs = {
  title: { zh: '残疾学生生均公用经费最低标准', en: 'Special education: minimum per-student funding for disabled students' },
  description: {
    zh: '按嘉政办发〔2014〕115号四（二），由当地普通学生生均公用经费（原文未公布，须输入）计算残疾学生生均公用经费的最低拨付标准（义务教育、学前和高中段各按规定倍数及以上，倍数见表 per_student_funding 的 multiplier_min），可选计算总额和达标检查。',
    en: 'Minimum per-student public operating funding for disabled students under 115号 四（二): a multiple (set per stage — compulsory; preschool and senior secondary — in sheet per_student_funding, column multiplier_min) of the local regular rate, which the source does not publish and the caller supplies; optional total and compliance check.',
  },
  examples: {
    compulsory: {
      summary: 'Compulsory stage, regular rate 1 000 yuan, 12 disabled students, 10 000 yuan allocated',
      value: { date: '2015-06-01', stage: 'compulsory', regularPerStudentRate: 1000, disabledStudents: 12, actualPerStudentFunding: 10000 },
    },
  },
} satisfies CalculatorDocs<typeof specialEducationFunding>;
