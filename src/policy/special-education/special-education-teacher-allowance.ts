import { DOCUMENTED } from '../../documented';
import { failsWith } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { type Alternative, alternativeReadingNotice, alternativesSchema, listAlternatives, readingSchema } from '../../engine/alternatives';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { applyRatio, type Fen, fen, PPM, type Ppm, percentText, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { Params, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { Localized } from '../../tables/model';
import { decimalPlaces } from '../../tables/units';
import type { specialEducation as SE } from './table';
import { TEACHER_CATEGORIES } from './teacher-categories';

/**
 * Special-education allowance (特殊教育津贴) of a special-education teacher, 嘉政办发〔2014〕115号 三（七）:
 * 「特殊教育教师享有本人基本工资（含基本工资提高10%部分，下同）15%的特殊教育津贴；对从事特殊教育满10年的，由同级
 * 教育行政主管部门发给荣誉证书并再加发本人基本工资15%的特殊教育津贴；满15年并在特殊教育岗位退休的，其享受的特殊
 * 教育津贴计入退休金。」
 *
 * Readings (also in the workbook notes):
 * - The salary given already includes the 10% basic-salary increase (含…部分): it is never added again.
 * - 满N年 = N full years completed, the bound included (≥): exactly 10 qualifies, 9 years and a fraction do not.
 * - The honour certificate and the further 15% have one and the same condition (满10年); the certificate is a
 *   consequence reported in the answer, not a precondition asked for.
 * - The further 15% is a separate addition (再加发): each 15% is rounded half-up on its own, then added.
 * - 「其享受的特殊教育津贴」 is the whole allowance (both parts). It counts into the pension when the years are
 *   reached AND the teacher retires in a special-education post; unknown when that input is omitted.
 * - The pay period is the one of the input (monthly salary → monthly allowance); the text states none.
 * - Who is a 特殊教育教师 (teacherCategory): the teacher_categories sheet, one row per teacher 三（六）、三（七） name; where
 *   the text reads two ways (随班就读 teachers, who get favourable performance pay instead; resource teachers; welfare
 *   and rehabilitation institutions) the row gives the other reading, answered in `alternatives`. Not given: the
 *   figures are those of a 特殊教育教师 (as before) and a notice says who counts was not checked.
 */

const ZERO_PPM = 0 as Ppm;

/** Request limit (not policy): a working life in years. */
const MAX_YEARS = 80;

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before the plan is in force (document.effective_date) the answer is 422 not-in-force',
    ),
    basicMonthlySalary: yuan(
      DOCUMENTED &&
        "The teacher's own basic salary for the period, INCLUDING the basic-salary increase portion (含基本工资提高部分, parameter teacher_allowance.base_raise_included_ratio), yuan",
    ),
    yearsInSpecialEducation: z
      .number()
      .nonnegative()
      .max(MAX_YEARS, { error: `must be at most ${MAX_YEARS}` })
      .refine((n) => decimalPlaces(n) <= 2, failsWith('too-many-decimals', { zh: '最多两位小数', en: 'has more than two decimals' }))
      .openapi(
        DOCUMENTED && { description: 'Years worked in special education (从事特殊教育年限); only full years count (满N年)', example: 12 },
      ),
    retiresInSpecialEducationPost: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'Whether the teacher retires (or retired) in a special-education post (在特殊教育岗位退休); only for the pension question',
        },
      ),
    teacherCategory: z
      .enum(TEACHER_CATEGORIES)
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'Who the teacher is (三（六）、三（七）); whether the allowance applies comes from the teacher_categories sheet. Omitted: the figures assume a special-education teacher and a notice says this was not checked',
        },
      ),
  })
  .strict();

/** The fields of the answer a reading of who counts can change (also those of `alternatives`). */
const figureFields = () => ({
  allowanceApplies: z
    .boolean()
    .nullable()
    .openapi(
      DOCUMENTED && {
        description:
          'Whether the allowance applies to the teacherCategory (teacher_categories sheet); null when no category is given (the figures then assume a special-education teacher)',
      },
    ),
  allowanceRatio: ratioOut(
    DOCUMENTED &&
      'Total allowance ratio of the basic salary: teacher_allowance.ratio, plus teacher_allowance.extra_ratio after the years of service',
  ),
  baseAllowance: yuanOut(DOCUMENTED && 'the allowance at teacher_allowance.ratio of the basic salary'),
  extraAllowance: yuanOut(
    DOCUMENTED &&
      'the further allowance at teacher_allowance.extra_ratio once teacher_allowance.extra_service_years_min full years are reached (0 otherwise)',
  ),
  allowance: yuanOut(DOCUMENTED && 'the whole allowance for the period'),
  honourCertificate: z.boolean().openapi(
    DOCUMENTED && {
      description: '荣誉证书: given once teacher_allowance.extra_service_years_min full years in special education are reached',
    },
  ),
  honourCertificateIssuer: z.string().nullable(),
  pension: z
    .object({
      yearsRequirementMet: z.boolean().openapi(
        DOCUMENTED && {
          description: 'the years of special-education service for the pension (teacher_allowance.pension_service_years_min) are reached',
        },
      ),
      retiresInSpecialEducationPost: z.boolean().nullable(),
      countedIntoPension: z
        .boolean()
        .nullable()
        .openapi(DOCUMENTED && { description: 'the allowance counts into the pension; null when retirement in post is not given' }),
      countedIntoPensionIfRetiringInPost: z.boolean(),
    })
    .nullable()
    .openapi(DOCUMENTED && { description: 'null when the allowance does not apply' }),
});

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      teacherCategory: z.enum(TEACHER_CATEGORIES).nullable(),
      ...figureFields(),
      reading: readingSchema.nullable(),
      alternatives: alternativesSchema(figureFields()),
    })
    .openapi('SpecialEducationTeacherAllowance');

type P = Params<typeof SE>;
type Further = { extra: Fen; ratioPpm: Ppm; issuer: string | null };
type Pension = { yearsMet: boolean; retires: boolean | null; counted: boolean | null };

/**
 * 三（七）「本人基本工资（含基本工资提高10%部分，下同）15%的特殊教育津贴」: the salary given already includes the
 * raise, so it is never added again.
 */
function baseAllowance(p: P, trace: Trace, salary: Fen, basicMonthlySalary: number): { ratio: RatioRead; base: Fen } {
  return trace.step({ zh: '特殊教育津贴', en: 'special-education allowance' }, (s) => {
    const ratio = p.ratio('teacher_allowance.ratio');
    const included = p.ratio('teacher_allowance.base_raise_included_ratio');
    const base = applyRatio(salary, ratio.ppm);
    s.inputs({ basicMonthlySalary });
    s.formula({
      zh: `本人基本工资 ${yuanText(salary)} 元（已含基本工资提高 ${percentText(included.ppm)} 部分，不再另加）× ${percentText(ratio.ppm)} = ${yuanText(base)} 元特殊教育津贴`,
      en: `${yuanText(salary)} × ${percentText(ratio.ppm)} = ${yuanText(base)} (the salary already includes the ${percentText(included.ppm)} basic-salary increase; not added again)`,
    });
    return s.result(yuanOf(base), { ratio, base });
  });
}

/**
 * 三（七）「对从事特殊教育满10年的，…发给荣誉证书并再加发本人基本工资15%」: 满N年 = N full years, the bound included;
 * the further part (再加发) is rounded on its own, and the certificate comes with it.
 */
function furtherAllowance(p: P, trace: Trace, salary: Fen, years: number): Further {
  return trace.step(
    { zh: '满规定年限再加发津贴并发给荣誉证书', en: 'further allowance and honour certificate after the years of service' },
    (s) => {
      const extraYears = p.number('teacher_allowance.extra_service_years_min');
      s.inputs({ yearsInSpecialEducation: years });
      if (years < extraYears.n) {
        s.formula({
          zh: `从事特殊教育 ${years} 年，不满 ${extraYears.n} 年：不再加发津贴，不发荣誉证书`,
          en: `${years} years < ${extraYears.n} (满${extraYears.n}年 not reached) → no further allowance, no honour certificate`,
        });
        return s.result({ extraAllowance: 0, honourCertificate: false }, { extra: ZERO, ratioPpm: ZERO_PPM, issuer: null });
      }
      const extraRatio = p.ratio('teacher_allowance.extra_ratio');
      const issuer = p.text('teacher_allowance.honour_certificate_issuer').text;
      const extra = applyRatio(salary, extraRatio.ppm);
      // the issuer cell is "中文 / English"
      const issuerZh = issuer.split(' / ')[0];
      s.rule(extraRatio.use.citation);
      s.formula({
        zh: `从事特殊教育 ${years} 年，满 ${extraYears.n} 年（含本数）：再加发本人基本工资 ${yuanText(salary)} 元 × ${percentText(extraRatio.ppm)} = ${yuanText(extra)} 元（单独取整），并由${issuerZh}发给荣誉证书`,
        en: `${years} years ≥ ${extraYears.n} (满${extraYears.n}年, bound included) → ${yuanText(salary)} × ${percentText(extraRatio.ppm)} = ${yuanText(extra)}, rounded on its own (再加发); honour certificate from ${issuer}`,
      });
      return s.result({ extraAllowance: yuanOf(extra), honourCertificate: true }, { extra, ratioPpm: extraRatio.ppm, issuer });
    },
  );
}

/** 三（七）: the whole allowance is the allowance plus the further allowance. */
function wholeAllowance(trace: Trace, ratio: RatioRead, base: Fen, extra: Fen): Fen {
  return trace.step({ zh: '特殊教育津贴合计', en: 'whole allowance' }, (s) => {
    const whole = fen(base + extra);
    s.uses(ratio);
    s.formula({
      zh: `${yuanText(base)} 元 + ${yuanText(extra)} 元 = ${yuanText(whole)} 元`,
      en: `${yuanText(base)} + ${yuanText(extra)} = ${yuanText(whole)}`,
    });
    return s.result(yuanOf(whole), whole);
  });
}

/**
 * 三（七）「满15年并在特殊教育岗位退休的，其享受的特殊教育津贴计入退休金」: both conditions; the whole allowance (both
 * parts) counts; undetermined (null) when the years are reached and retirement in post is not given.
 */
function pensionCounting(p: P, trace: Trace, years: number, retiresInPost: boolean | undefined): Pension {
  return trace.step({ zh: '津贴是否计入退休金', en: 'allowance counted into the pension' }, (s) => {
    const pensionYears = p.number('teacher_allowance.pension_service_years_min');
    const inPost = p.get('teacher_allowance.pension_requires_retirement_in_post');
    const yearsMet = years >= pensionYears.n;
    const retires = retiresInPost ?? null;
    const counted = !yearsMet ? false : inPost.value !== true ? true : retires;
    const asksPost = yearsMet && inPost.value === true;
    s.inputs({ yearsInSpecialEducation: years, retiresInSpecialEducationPost: retires });
    s.formula({
      zh:
        `从事特殊教育 ${years} 年，${yearsMet ? `满 ${pensionYears.n} 年（含本数）` : `不满 ${pensionYears.n} 年`}` +
        (asksPost ? `，${retires === null ? '未说明是否' : retires ? '' : '不是'}在特殊教育岗位退休` : '') +
        `：${counted === null ? '无法确定津贴是否计入退休金' : counted ? '全部特殊教育津贴计入退休金' : '津贴不计入退休金'}`,
      en:
        `${years} years ${yearsMet ? '≥' : '<'} ${pensionYears.n} (满${pensionYears.n}年, bound included)` +
        (asksPost ? `; retires in a special-education post: ${retires === null ? 'not given → undetermined' : String(retires)}` : '') +
        ` → ${counted === null ? 'undetermined' : counted ? 'the whole allowance counts into the pension' : 'not counted'}`,
    });
    return s.result(counted, { yearsMet, retires, counted });
  });
}

type Out = z.output<typeof output>;
type Figures = Omit<Out, 'date' | 'teacherCategory' | 'reading' | 'alternatives'>;
type Category = (typeof TEACHER_CATEGORIES)[number];
type Who = { applies: boolean; other: boolean | null; reading: Localized | null; alternative: Localized | null };

/** The figures of a 特殊教育教师 (三（七）), as before the category was asked for. */
function entitled(p: P, trace: Trace, req: z.output<typeof input>): Figures {
  const salary = yuanToFen(req.basicMonthlySalary);
  const years = req.yearsInSpecialEducation;
  const { ratio, base } = baseAllowance(p, trace, salary, req.basicMonthlySalary);
  const { extra, ratioPpm, issuer } = furtherAllowance(p, trace, salary, years);
  const allowance = wholeAllowance(trace, ratio, base, extra);
  const { yearsMet, retires, counted } = pensionCounting(p, trace, years, req.retiresInSpecialEducationPost);
  return {
    allowanceApplies: null,
    allowanceRatio: (ratio.ppm + ratioPpm) / PPM,
    baseAllowance: yuanOf(base),
    extraAllowance: yuanOf(extra),
    allowance: yuanOf(allowance),
    honourCertificate: issuer !== null,
    honourCertificateIssuer: issuer,
    pension: {
      yearsRequirementMet: yearsMet,
      retiresInSpecialEducationPost: retires,
      countedIntoPension: counted,
      countedIntoPensionIfRetiringInPost: yearsMet,
    },
  };
}

const NOT_ENTITLED: Figures = {
  allowanceApplies: false,
  allowanceRatio: 0,
  baseAllowance: 0,
  extraAllowance: 0,
  allowance: 0,
  honourCertificate: false,
  honourCertificateIssuer: null,
  pension: null,
};

/**
 * 三（六）、三（七）: whether the teacher is a 特殊教育教师 for the allowance (teacher_categories sheet); where the text
 * reads two ways the row names the reading used and the other one with its answer.
 */
function whoCounts(p: P, trace: Trace, category: Category): Who {
  return trace.step({ zh: '是否享受特殊教育津贴', en: 'does the allowance apply' }, (s) => {
    const row = p.find('teacher_categories', { category });
    const applies = row.get('allowance').value === true;
    const [zh, en] = String(row.get('description').value).split(' / ');
    const two = row.row.cells.alternative_allowance != null;
    const text = (c: 'reading' | 'alternative_reading'): Localized => ({
      zh: String(row.get(`${c}_zh`).value),
      en: String(row.get(`${c}_en`).value),
    });
    const reading = two ? text('reading') : null;
    const alternative = two ? text('alternative_reading') : null;
    s.inputs({ teacherCategory: category });
    s.formula({
      zh: `${zh}：${applies ? '享受' : '不享受'}特殊教育津贴${reading ? `（按“${reading.zh}”理解）` : ''}`,
      en: `${en}: the allowance ${applies ? 'applies' : 'does not apply'}${reading ? ` (read as: ${reading.en})` : ''}`,
    });
    const other = two ? row.get('alternative_allowance').value === true : null;
    if (other && !applies)
      s.note({ zh: '以下各步只是另一种理解下的津贴。', en: 'The steps below give the allowance under the other reading only.' });
    return s.result(applies, { applies, other, reading, alternative });
  });
}

const NOT_CHECKED = {
  code: 'teacher-category-not-given',
  zh: '未说明教师类别：以上按特殊教育教师计算，没有核对本人是否属于享受特殊教育津贴的教师（三（六）、三（七））。在普通学校承担随班就读教学和管理工作的教师，三（七）规定的是在实施绩效工资时予以政策倾斜。',
  en: 'No category of teacher was given: the figures are those of a special-education teacher, and whether this teacher is one was not checked (三（六）、三（七）). For teachers of disabled pupils in regular classes of ordinary schools, 三（七） provides favourable treatment in performance pay.',
};

export const specialEducationTeacherAllowance = defineCalculator({
  id: 'special-education-teacher-allowance',
  table: tableRef<typeof SE>('special-education'),
  input,
  output,
  run({ at, trace, notices }, req) {
    const p = at(req.date);
    const category = req.teacherCategory;
    if (!category) {
      notices.add(NOT_CHECKED);
      return { date: req.date, teacherCategory: null, ...entitled(p, trace, req), reading: null, alternatives: [] };
    }
    const who = whoCounts(p, trace, category);
    const figures = (applies: boolean): Figures => (applies ? { ...entitled(p, trace, req), allowanceApplies: true } : NOT_ENTITLED);
    const used = figures(who.applies);
    const alternatives: Alternative<Figures>[] = [];
    if (who.other !== null && who.other !== who.applies) {
      const other = figures(who.other);
      const differs = Object.fromEntries(
        Object.entries(other).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(used[k as keyof Figures])),
      ) as Partial<Figures>;
      alternatives.push({ reading: who.alternative!, differs });
      notices.add(alternativeReadingNotice('嘉政办发〔2014〕115号三（六）、三（七）', who.reading!, who.alternative!));
    }
    return { date: req.date, teacherCategory: category, ...used, reading: who.reading, alternatives: listAlternatives(alternatives) };
  },
});
