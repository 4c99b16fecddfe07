import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, MAX_COUNT, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { applyRatioUp, type Fen, fen, PPM, times, yuanText, yuanToFen } from '../../engine/money';
import type { Params, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { specialEducation as SE } from './table';

/**
 * Minimum per-student public operating funding (生均公用经费) for disabled students, 嘉政办发〔2014〕115号 四（二）:
 * 「按当地普通学校正常学生生均公用经费的10倍及以上拨付」 (compulsory stage) and 「按当地普通幼儿园或高中学校正常学生
 * 生均公用经费的5倍及以上拨付」 (preschool, senior secondary).
 *
 * Readings (also in the workbook notes):
 * - The multiple replaces the regular rate, it is not added to it: a disabled student is funded at ≥ N × the rate.
 * - The regular rate (当地…正常学生生均公用经费) is set locally and not published (funding.regular_per_student_rate
 *   is empty in the workbook), so the caller gives it: the rate of the level the student attends.
 * - 「及以上」 includes the bound: funding of exactly N × the rate complies. The calculator returns the floor only.
 * - 「根据残疾学生的人数」: the total is the per-student minimum × the number of disabled students.
 */

const STAGES = ['compulsory', 'preschool', 'senior_secondary'] as const;
const STAGE_ZH = { compulsory: '义务教育阶段', preschool: '学前教育阶段', senior_secondary: '高中阶段' } as const;

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before the plan is in force (document.effective_date) the answer is 422 not-in-force',
    ),
    stage: z.enum(STAGES).openapi(
      DOCUMENTED && {
        description:
          'compulsory: special-education schools with compulsory-education tasks and regular schools teaching disabled pupils (随班就读, 附设特教班, 送教上门); ' +
          'preschool: schools/kindergartens teaching preschool disabled children; senior_secondary: schools teaching disabled students at senior-secondary level',
      },
    ),
    regularPerStudentRate: yuan(
      DOCUMENTED &&
        'Local per-student public operating funding of regular students (当地普通学校/幼儿园/高中学校正常学生生均公用经费), yuan per student per year: not published in the source, so an input',
    ),
    disabledStudents: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_COUNT)
      .optional()
      .openapi(DOCUMENTED && { description: 'Number of disabled students (残疾学生人数); when given, the minimum total is computed' }),
    actualPerStudentFunding: yuan(
      DOCUMENTED && 'Per-student funding actually allocated (yuan per student per year); when given, compliance is checked',
    ).optional(),
  })
  .strict();

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      stage: z.enum(STAGES),
      multiplierMin: z.number().openapi(DOCUMENTED && { description: 'Minimum multiple of the regular rate (倍及以上)' }),
      regularPerStudentRate: yuanOut(DOCUMENTED && 'regular per-student rate (input)'),
      minimumPerStudent: yuanOut(DOCUMENTED && 'minimum per-student funding for a disabled student'),
      disabledStudents: z.number().int().nullable(),
      minimumTotal: yuanOut(DOCUMENTED && 'minimum total: per-student minimum × disabled students').nullable(),
      compliance: z
        .object({
          actualPerStudentFunding: yuanOut(DOCUMENTED && 'actual per-student funding (input)'),
          compliant: z.boolean().openapi(DOCUMENTED && { description: 'actual ≥ minimum (及以上 includes the bound)' }),
          shortfallPerStudent: yuanOut(DOCUMENTED && 'max(0, minimum − actual)'),
        })
        .nullable(),
      fullyGovernmentGuaranteed: z
        .boolean()
        .openapi(DOCUMENTED && { description: '以上特殊教育经费全额纳入政府财政经费保障体系 (information)' }),
    })
    .openapi('SpecialEducationFunding');

type P = Params<typeof SE>;
type Request = z.output<typeof input>;

/**
 * 四（二）「…的10倍及以上拨付」「…的5倍及以上拨付」: the multiple of the stage replaces the regular rate; the product is
 * the floor of a disabled student's funding.
 */
function minimumPerStudent(p: P, trace: Trace, req: Request): { multiplier: RatioRead; minimum: Fen } {
  const rate = yuanToFen(req.regularPerStudentRate);
  return trace.step({ zh: '残疾学生生均公用经费最低标准', en: 'minimum per-student funding' }, (s) => {
    const multiplier = p.find('per_student_funding', { stage: req.stage }).ratio('multiplier_min');
    // 及以上 is a floor: rounded up to the fen (towards lawful); whole multiples are exact anyway.
    const minimum = applyRatioUp(rate, multiplier.ppm);
    const n = multiplier.ppm / PPM;
    s.inputs({ stage: req.stage, regularPerStudentRate: req.regularPerStudentRate });
    s.formula({
      zh: `${STAGE_ZH[req.stage]}：当地普通学生生均公用经费 ${yuanText(rate)} 元 × ${n} 倍 = ${yuanText(minimum)} 元，为残疾学生每生每年的最低拨付标准（按倍数拨付，不是另加；“及以上”即不得低于此数）`,
      en: `${yuanText(rate)} × ${n} = ${yuanText(minimum)} (the multiple replaces the regular rate; 及以上: a floor)`,
    });
    s.note({
      zh: '当地普通学生生均公用经费原文未公布，由使用者填写。',
      en: "The local regular rate (funding.regular_per_student_rate) is not published in the source: it is the caller's input.",
    });
    return s.result(yuanOf(minimum), { multiplier, minimum });
  });
}

/** 四（二）「根据残疾学生的人数」: the per-student minimum × the number of disabled students. */
function minimumTotal(trace: Trace, multiplier: RatioRead, minimum: Fen, students: number): number {
  return trace.step({ zh: '残疾学生经费最低总额', en: 'minimum total for the disabled students' }, (s) => {
    const total = times(minimum, students);
    s.uses(multiplier).inputs({ disabledStudents: students });
    s.formula({
      zh: `每生最低 ${yuanText(minimum)} 元 × ${students} 名残疾学生 = ${yuanText(total)} 元（根据残疾学生的人数）`,
      en: `${yuanText(minimum)} × ${students} students = ${yuanText(total)} (根据残疾学生的人数)`,
    });
    return s.result(yuanOf(total));
  });
}

/** 四（二）「及以上」: the bound is included, so exactly the minimum complies; the shortfall per student otherwise. */
function fundingCompliance(
  trace: Trace,
  multiplier: RatioRead,
  minimum: Fen,
  actualYuan: number,
): NonNullable<z.output<typeof output>['compliance']> {
  return trace.step({ zh: '是否达到最低标准', en: 'compliance with the minimum' }, (s) => {
    const actual = yuanToFen(actualYuan);
    const compliant = actual >= minimum;
    const shortfall = fen(Math.max(0, minimum - actual));
    s.uses(multiplier).inputs({ actualPerStudentFunding: actualYuan });
    s.formula({
      zh: compliant
        ? `实际每生拨付 ${yuanText(actual)} 元 ≥ 最低标准 ${yuanText(minimum)} 元，达标（“及以上”含本数）`
        : `实际每生拨付 ${yuanText(actual)} 元 < 最低标准 ${yuanText(minimum)} 元，每生少 ${yuanText(shortfall)} 元，未达标`,
      en: `${yuanText(actual)} ${compliant ? '≥' : '<'} ${yuanText(minimum)} → ${compliant ? 'compliant' : `short by ${yuanText(shortfall)} per student`} (及以上 includes the bound)`,
    });
    return s.result({ actualPerStudentFunding: actualYuan, compliant, shortfallPerStudent: yuanOf(shortfall) });
  });
}

/** 四（二）「以上特殊教育经费全额纳入政府财政经费保障体系」: information the answer carries. */
function governmentGuarantee(p: P, trace: Trace): boolean {
  const guaranteed = trace.step({ zh: '经费全额纳入政府财政保障', en: 'fully covered by government budgets' }, (s) => {
    const g = p.get('funding.fully_government_guaranteed');
    s.formula({
      zh: '以上特殊教育经费全额纳入政府财政经费保障体系（说明性信息）',
      en: 'the special-education funds above are fully covered by government budgets (以上特殊教育经费全额纳入政府财政经费保障体系; information)',
    });
    return s.result(g.value);
  });
  return guaranteed === true;
}

export const specialEducationFunding = defineCalculator({
  id: 'special-education-funding',
  table: tableRef<typeof SE>('special-education'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const { multiplier, minimum } = minimumPerStudent(p, trace, req);
    const students = req.disabledStudents;
    const total = students !== undefined ? minimumTotal(trace, multiplier, minimum, students) : null;
    const actual = req.actualPerStudentFunding;
    const compliance = actual !== undefined ? fundingCompliance(trace, multiplier, minimum, actual) : null;
    const guaranteed = governmentGuarantee(p, trace);
    return {
      date: req.date,
      stage: req.stage,
      multiplierMin: multiplier.use.value as number,
      regularPerStudentRate: req.regularPerStudentRate,
      minimumPerStudent: yuanOf(minimum),
      disabledStudents: req.disabledStudents ?? null,
      minimumTotal: total,
      compliance,
      fullyGovernmentGuaranteed: guaranteed,
    };
  },
});
