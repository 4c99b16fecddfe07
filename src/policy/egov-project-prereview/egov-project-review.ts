import { DOCUMENTED } from '../../documented';
import { failsWith } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import {
  ADJUSTED_DESCRIPTION,
  checkCalendarLists,
  dateList,
  dayName,
  HOLIDAYS_DESCRIPTION,
  NO_CALENDAR_WARNING,
  nthWorkingDayAfter,
  weekday,
  workingCalendar,
} from '../../engine/calendar';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, yearSchema, yuan, yuanOf } from '../../engine/inputs';
import { MissingCollector } from '../../engine/missing';
import { type Fen, yuanText, yuanToFen } from '../../engine/money';
import type { NumberRead, Params, TextRead } from '../../engine/params';
import { joinRules, type Step, type Trace } from '../../engine/trace';
import { type NotAssessed, notAssessedSchema, notGiven } from '../../engine/verdict';
import type { egovProjectPrereview as EGOV } from './table';
import { ANYTIME_CONDITIONS, FUNDING_BASES, PROJECT_CATEGORIES, REVIEW_OUTCOMES } from './codes';

/**
 * Pre-review of a municipal e-government project under 嘉政办发〔2014〕111号 (嘉兴市电子政务项目预审暂行办法):
 * scope (第三条、第六条、第十八条), the filing cycle (第九条、第十条), the review period (第十三条) and what a review
 * result means (第十二条、第十四条).
 *
 * Readings (also in the workbook notes):
 * - Scope does not depend on the amount: every municipal project funded or sponsored as in 第三条 is reviewed.
 *   Category and work type never exclude a project (「主要是指」, 「等」): they are echoed only.
 * - 「当年9月30日前…申报下一年度拟建的…项目」: 前 includes 30 September. A filing after it for next year misses the
 *   regular cycle; the only route left is the 第十条 in-year exception (so: not accepted in principle).
 * - In-year filings (当年度临时申报) are accepted only when all four 第十条 conditions hold; otherwise 第九条
 *   「原则上不受理」. Filing more than a year ahead is not provided for (undetermined).
 * - A fact the caller did not give is not assessed, never assumed false: a 第十条 condition left out makes an in-year
 *   filing undetermined unless another is given false; with no 第三条 funding basis listed, scope is undetermined
 *   while isSubprojectOfFiscalCapitalProject is not given (a sub-project is reviewed, 第三条 second paragraph).
 * - The 15-working-day review period (「一般应在」, a soft limit) starts on receipt of complete materials; the
 *   start day is not counted; working days as in case-transfer-deadlines (caller's calendar lists).
 * - The 立项标准 of 第十二条（一） is not in 111号: the caller may give it, else the approve step answers 422.
 *   「达到」 includes the bound. Money is compared in fen.
 */

const FUNDING_INPUTS = FUNDING_BASES.filter((b) => b !== 'subproject_of_fiscal_capital_project');

const input = z
  .object({
    level: z
      .enum(['municipal', 'county'])
      .openapi(DOCUMENTED && { description: 'municipal 市级 (第六条) or county 县（市、区） (第十八条: their own measures)' }),
    funding: z
      .array(z.enum(FUNDING_INPUTS as [string, ...string[]]))
      .max(FUNDING_INPUTS.length)
      .refine(
        (xs) => new Set(xs).size === xs.length,
        failsWith('duplicate', { zh: '同一资金来源列了两次', en: 'lists a funding basis twice' }),
      )
      .openapi(
        DOCUMENTED && {
          description:
            '第三条 funding and sponsorship (may be empty): fiscal_funds 财政性资金, higher_level_subsidy 上级补助资金, special_funds 专项资金, government_purchase_of_service 政府购买服务, built_in_government_name 以政府名义建设',
        },
      ),
    isSubprojectOfFiscalCapitalProject: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'An e-government sub-project of a capital-construction project built with fiscal funds (第三条 second paragraph); omitted = not assessed: with no funding basis listed, inScope is then null (undetermined)',
        },
      ),
    category: z
      .enum([...PROJECT_CATEGORIES, 'other'])
      .openapi(DOCUMENTED && { description: '第四条 category (informational: the list is open, 「主要是指」)' }),
    workType: z
      .enum(['new', 'expansion', 'upgrade', 'operation_maintenance', 'other'])
      .openapi(DOCUMENTED && { description: '新建、扩建、升级改造、运行维护… (informational: 第三条 ends with 等)' }),
    classified: z
      .boolean()
      .default(false)
      .openapi(DOCUMENTED && { description: '涉密项目 (第十一条: separate rules)' }),
    plannedBuildYear: yearSchema(DOCUMENTED && 'The year the project is to be built'),
    filingDate: isoDate(DOCUMENTED && 'Date of the pre-review filing (the table is read on it)'),
    anytimeConditions: z
      .object({
        higherLevelRequirement: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '上级有明确要求; omitted = not assessed' }),
        municipalGovernmentEndorsed: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '市政府同意; omitted = not assessed' }),
        fundingSecured: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '建设资金已落实; omitted = not assessed' }),
        mustBuildThisYear: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '须当年度建设; omitted = not assessed' }),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'The four 第十条 conditions for a filing accepted at any time (used for a filing in the build year); a condition left out is not assessed: the in-year filing is then undetermined unless another condition is false',
        },
      ),
    materialsCompleteDate: isoDate(
      DOCUMENTED && 'Date complete filing materials reached 市预审办 (the review period starts here); on or after filingDate',
    ).optional(),
    holidays: dateList(HOLIDAYS_DESCRIPTION).optional(),
    adjustedWorkingDays: dateList(ADJUSTED_DESCRIPTION).optional(),
    reviewOutcome: z
      .enum(REVIEW_OUTCOMES)
      .optional()
      .openapi(DOCUMENTED && { description: 'Result of the review if known: approve 同意实施, defer 暂缓实施, reject 不予实施' }),
    investmentYuan: yuan(DOCUMENTED && 'Project investment, yuan').optional(),
    approvalThresholdYuan: yuan(
      DOCUMENTED &&
        '立项标准 from the municipal government-investment rules (not published in 111号), yuan; given here it is used instead of the table',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (Number(r.filingDate.slice(0, 4)) > r.plannedBuildYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['filingDate'],
        message: "is after the planned build year (a later year's operation and maintenance is filed for that year)",
      });
    }
    // The review period of 第十三条 runs from complete filing materials (reading above): materials cannot be
    // complete before the filing they belong to, and a review deadline before the filing would be meaningless.
    if (r.materialsCompleteDate !== undefined && r.materialsCompleteDate < r.filingDate) {
      ctx.addIssue({ code: 'custom', path: ['materialsCompleteDate'], message: 'must not be before filingDate' });
    }
    checkCalendarLists(r, ctx);
  });

const CONDITION_CODE = {
  higherLevelRequirement: 'higher_level_requirement',
  municipalGovernmentEndorsed: 'municipal_government_endorsed',
  fundingSecured: 'funding_secured',
  mustBuildThisYear: 'must_build_this_year',
} as const satisfies Record<string, (typeof ANYTIME_CONDITIONS)[number]>;

const filingSchema =
  DOCUMENTED &&
  z.object({
    cycle: z.enum(['regular', 'late_regular', 'in_year', 'not_addressed']),
    regularDeadline: z
      .string()
      .openapi(DOCUMENTED && { description: 'The regular filing deadline for the build year: 30 September of the year before' }),
    onTime: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: filed in the regular cycle by its deadline; false: after it; null: not a regular-cycle filing (in the build year, or more than a year ahead)',
        },
      ),
    accepted: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: accepted — regular cycle on time (cycle regular), or an in-year filing with all four 第十条 conditions given true (cycle in_year); ' +
            'false: not accepted in principle (原则上不受理) — regular deadline missed, or a 第十条 condition given false; ' +
            'null: undetermined — filing more than a year ahead is not provided for, or an in-year filing with a 第十条 condition not given and none false (see notAssessed)',
        },
      ),
    conditionsNotMet: z
      .array(z.enum(ANYTIME_CONDITIONS))
      .openapi(DOCUMENTED && { description: 'the 第十条 conditions given false (a condition not given is not assessed, not listed here)' }),
  });
const reviewSchema =
  DOCUMENTED &&
  z.object({
    periodWorkingDays: z.number().int(),
    soft: z.boolean().openapi(DOCUMENTED && { description: 'true: 「一般应在」, a rule with exceptions' }),
    startDate: z.string(),
    deadlineDate: z.string(),
    countedDays: z.array(z.string()),
    calendar: z.enum(['weekends_only', 'caller_lists']),
    warnings: z.array(z.string()),
  });
const outcomeSchema =
  DOCUMENTED &&
  z.object({
    outcome: z.enum(REVIEW_OUTCOMES),
    mayImplement: z.boolean(),
    financeFundsConstruction: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: the finance department funds construction directly (第十二条（一）, below the 立项标准); false: not directly — the investment reaches the 立项标准 (approvalPath project_approval_procedure), or deferred or rejected; null: investmentYuan not given (see notAssessed)',
        },
      ),
    approvalPath: z.enum(['project_approval_procedure', 'finance_funds_directly']).nullable(),
    reachesThreshold: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: the investment reaches the 立项标准 (达到: the bound included); false: below it; null: not an approval, or investmentYuan not given (see notAssessed)',
        },
      ),
    threshold: z.number().nullable(),
    thresholdSource: z.enum(['request', 'table']).nullable(),
    mayRefile: z.boolean(),
  });

const output =
  DOCUMENTED &&
  z
    .object({
      inScope: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: municipal and funded or sponsored as in 第三条; false: a county project, or no funding basis and not a sub-project (isSubprojectOfFiscalCapitalProject false); ' +
              'null: undetermined, no funding basis listed and isSubprojectOfFiscalCapitalProject not given (filing, review and outcome are then null; see notAssessed)',
          },
        ),
      scopeReasons: z.array(z.string()),
      reviewBody: z.string(),
      filing: filingSchema.nullable(),
      review: reviewSchema.nullable(),
      outcome: outcomeSchema.nullable(),
      notes: z.array(z.string()),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'What the answer could not decide and why: inScope, the 第十条 conditions of an in-year filing not given (by code), filing.accepted (filing not provided for), outcome.reachesThreshold (investmentYuan not given); empty when everything was decided',
        },
      ),
    })
    .openapi('EgovProjectReview');

const OUTCOME_ZH = { approve: '同意实施', defer: '暂缓实施', reject: '不予实施' } as const;
const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
/** 2015-09-30 → 2015 年 9 月 30 日 */
const zhDate = (iso: string) => `${iso.slice(0, 4)} 年 ${Number(iso.slice(5, 7))} 月 ${Number(iso.slice(8, 10))} 日`;

// ---------------------------------------------------------------------------------------------
// Rules.

type P = Params<typeof EGOV>;
type Request = z.output<typeof input>;
type Filing = z.output<typeof filingSchema>;
type Review = z.output<typeof reviewSchema>;
type Outcome = z.output<typeof outcomeSchema>;
type Condition = (typeof ANYTIME_CONDITIONS)[number];

/** What the rules gather besides their verdicts: the notes of the answer and what it could not decide. */
interface Findings {
  notes: string[];
  notAssessed: NotAssessed[];
}

/**
 * 第三条, 第六条, 第十八条: a municipal project funded or sponsored as in 第三条 (or a sub-project of a fiscal capital
 * project) is reviewed by 市预审办; a county applies its own measures. No basis listed and the sub-project question not
 * answered → undetermined. 第十一条: a classified project follows separate rules (a note of the step). The step reads
 * every value of the rules the answer may need, so a date they are not in force on is one 422 naming them all; the
 * filing and review steps cite the deadline and the time limit again.
 */
function reviewScope(p: P, trace: Trace, req: Request) {
  const date = req.filingDate;
  return trace.step({ zh: '是否属于市预审范围', en: 'scope of the pre-review' }, (s) => {
    const missing = new MissingCollector();
    const deadlineText = p.text('filing.annual_deadline', missing);
    const timeLimit = p.number('review.time_limit', missing);
    const office = p.text('review.office', missing);
    const level = p.text('scope.level', missing);
    missing.throwIfAny({ zh: `${zhDate(date)}的预审规定`, en: `The pre-review rules on ${date}` });
    s.rule(level!.use.citation);
    const sub = req.isSubprojectOfFiscalCapitalProject;
    const bases = [...req.funding, ...(sub ? ['subproject_of_fiscal_capital_project'] : [])];
    const basesZh = bases.map((b) => String(p.find('funding_scope', { basis: b as (typeof FUNDING_BASES)[number] }).get('basis_zh').value));
    // No basis listed: unfunded only if the sub-project question was answered (false); not given → undetermined.
    const funded: boolean | null = bases.length > 0 ? true : sub === undefined ? null : false;
    const municipal = req.level === 'municipal';
    const inScope: boolean | null = municipal ? funded : false;
    s.inputs({
      level: req.level,
      funding: req.funding,
      isSubprojectOfFiscalCapitalProject: sub ?? null,
      category: req.category,
      workType: req.workType,
    });
    s.formula({
      zh: !municipal
        ? '县（市、区）的项目：按第十八条由各县（市、区）参照本办法制定预审暂行办法 → 不属于市预审范围'
        : inScope === true
          ? `市级项目，${basesZh.join('、')}（第三条）→ 属于预审范围；项目类别和建设类型是开放的列举，不排除任何项目`
          : inScope === false
            ? '市级项目，没有第三条所列的资金或建设方式，也不是财政性资金基本建设项目中的电子政务子项目 → 不属于预审范围'
            : '市级项目，没有列出第三条所列的资金或建设方式，也未说明是否为财政性资金基本建设项目中的电子政务子项目（子项目同样须预审）→ 尚不能确定',
      en:
        `level ${req.level}${municipal ? '' : ' (第十八条: counties apply their own measures)'}; funding bases [${bases.join(', ') || 'none'}] (第三条)` +
        `${sub === undefined && !bases.length ? '; isSubprojectOfFiscalCapitalProject not given (a sub-project of a fiscal capital project is in scope)' : ''}` +
        ` → ${inScope === true ? 'in scope' : inScope === false ? 'not in scope' : 'undetermined'}; category ${req.category} and work type ${req.workType} do not exclude (open lists)`,
    });
    // 第十一条: a classified project follows separate rules (a note of the answer, cited here)
    const classified = req.classified ? p.text('filing.classified_projects') : null;
    if (classified)
      s.note({ zh: '涉密项目另行规定（第十一条）', en: `classified projects follow separate rules (第十一条): ${classified.text}` });
    return s.result(inScope, {
      inScope,
      bases,
      funded,
      municipal,
      deadlineText: deadlineText!,
      timeLimit: timeLimit!,
      office: office!,
      classified,
    });
  });
}
type Scope = ReturnType<typeof reviewScope>;

/**
 * 第三条, 第十八条: why the project is in scope or not (the level and the funding bases; the category and work type
 * are open lists that exclude nothing, 第四条, so they are no reason and are not named), and 第十一条's note; an
 * undetermined scope is named with the input that would decide it.
 */
function scopeFindings(req: Request, scope: Scope, f: Findings): string[] {
  const { inScope, bases, funded, municipal } = scope;
  const scopeReasons =
    inScope === true
      ? [`${req.level}_level`, ...bases]
      : inScope === null
        ? ['no_funding_basis_listed', 'not_assessed:isSubprojectOfFiscalCapitalProject']
        : [...(municipal ? [] : ['county_level_own_measures']), ...(funded === false ? ['not_fiscal_or_government_project'] : [])];
  if (scope.classified) f.notes.push(`涉密项目另行规定 (第十一条): classified projects follow separate rules (${scope.classified.text})`);
  if (inScope === null) {
    f.notes.push(
      'Scope undetermined: no 第三条 funding basis is listed and isSubprojectOfFiscalCapitalProject was not given (not assessed); an e-government sub-project of a capital-construction project built with fiscal funds is reviewed (第三条 second paragraph). Give it to decide.',
    );
    f.notAssessed.push(
      notGiven('inScope', ['isSubprojectOfFiscalCapitalProject'], {
        zh: '没有列出第三条所列的资金或建设方式，也未说明是否为财政性资金基本建设项目中的电子政务子项目：是否须预审尚不能确定',
        en: 'no funding or construction basis of Article 3 listed, and not said whether it is the e-government part of a fiscally funded capital project: whether the project is reviewed is not assessed',
      }),
    );
  }
  return scopeReasons;
}

/** 第六条, 第十八条: 市预审办 reviews a municipal project; a county project goes by the county's own measures. */
const reviewBodyOf = (scope: Scope) => (scope.municipal ? scope.office.text.split('：')[0]! : '各县（市、区）参照本办法制定的预审暂行办法');

/** The four 第十条 conditions of the request: given false → not met; not given → not assessed (never read as false). */
function anytimeConditions(req: Request) {
  const conditions = req.anytimeConditions ?? {};
  const keys = Object.keys(CONDITION_CODE) as (keyof typeof CONDITION_CODE)[];
  return {
    conditions,
    keys,
    notMet: keys.filter((k) => conditions[k] === false).map((k) => CONDITION_CODE[k]),
    notAssessed: keys.filter((k) => conditions[k] === undefined).map((k) => CONDITION_CODE[k]),
  };
}

/**
 * 第九条 「当年9月30日前…申报下一年度拟建的…项目」: filed in the year before the build year, by the deadline (前 includes
 * the day) → accepted; after it the regular cycle is missed, leaving only the 第十条 in-year exception.
 */
function regularFiling(s: Step, f: Findings, date: string, Y: number, regularDeadline: string): Filing {
  const onTime = date <= regularDeadline;
  if (!onTime)
    f.notes.push(
      `Filed after ${regularDeadline}: the regular cycle for ${Y} is missed; the project may be filed in ${Y} as an in-year project if all 第十条 conditions are met.`,
    );
  s.formula({
    zh:
      `${zhDate(date)}申报 ${Y} 年的项目，${onTime ? '不晚于' : '晚于'} ${zhDate(regularDeadline)}（“当年9月30日前”，含当日）` +
      (onTime ? ' → 按期申报，予以受理' : ' → 错过年度申报，原则上不受理；可在建设当年按第十条临时申报'),
    en: `filed ${date} for ${Y}: ${date} ${onTime ? '≤' : '>'} ${regularDeadline} (「9月30日前」, the day itself included) → ${onTime ? 'regular' : 'late_regular'}, accepted: ${onTime ? 'yes' : 'not_in_principle'}`,
  });
  return s.result({ cycle: onTime ? 'regular' : 'late_regular', regularDeadline, onTime, accepted: onTime, conditionsNotMet: [] });
}

/**
 * 第十条: an in-year filing (当年度临时申报) is accepted at any time only when all four conditions hold; one given false
 * → 第九条 「原则上不受理」; else one not given leaves it undetermined.
 */
function inYearFiling(s: Step, p: P, req: Request, f: Findings, deadlineText: TextRead, Y: number, regularDeadline: string): Filing {
  const { conditions, keys, notMet, notAssessed } = anytimeConditions(req);
  const accepted = notMet.length ? false : notAssessed.length ? null : true;
  const rows = ANYTIME_CONDITIONS.map((c) => [c, p.find('anytime_filing_conditions', { condition: c }).get('condition_zh')] as const);
  const names = new Map(rows.map(([c, r]) => [c, String(r.value)]));
  const namesEn = new Map(
    ANYTIME_CONDITIONS.map((c) => [c, String(p.find('anytime_filing_conditions', { condition: c }).get('condition_en').value)]),
  );
  s.rule(joinRules(deadlineText.use.citation, rows[0]![1].use.citation));
  if (accepted === false)
    f.notes.push(`In-year filing not accepted in principle (第九条): 第十条 conditions not met: ${notMet.join(', ')}.`);
  if (accepted === null) {
    f.notes.push(
      `In-year filing undetermined: 第十条 conditions not assessed (not given): ${notAssessed.join(', ')}; accepted only when all four hold, otherwise 第九条 原则上不受理. Give them to decide.`,
    );
  }
  for (const k of keys.filter((x) => conditions[x] === undefined)) {
    f.notAssessed.push(
      notGiven(CONDITION_CODE[k], [`anytimeConditions.${k}`], {
        zh: `未说明第十条的条件“${names.get(CONDITION_CODE[k])}”是否具备`,
        en: `not said whether the condition of Article 10 “${namesEn.get(CONDITION_CODE[k])}” holds`,
      }),
    );
  }
  const stateZh = (c: Condition) => `${names.get(c)}${notMet.includes(c) ? '：不具备' : notAssessed.includes(c) ? '：未说明' : '：具备'}`;
  s.formula({
    zh:
      `在建设年度 ${Y} 年当年申报（当年度临时申报）：第十条四项条件须同时具备——${ANYTIME_CONDITIONS.map(stateZh).join('；')}` +
      (accepted === true ? ' → 随时受理' : accepted === false ? ' → 原则上不受理（第九条）' : ' → 是否受理尚不能确定，须说明未说明的条件'),
    en: `filed in the build year ${Y} (当年度临时申报): 第十条 conditions ${
      notMet.length || notAssessed.length
        ? [
            notMet.length ? `not met: ${notMet.join(', ')}` : '',
            notAssessed.length ? `not assessed (not given): ${notAssessed.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ')
        : 'all met'
    } → accepted: ${accepted === true ? 'anytime_exception' : accepted === false ? 'not_in_principle' : 'undetermined'}`,
  });
  return s.result({ cycle: 'in_year', regularDeadline, onTime: null, accepted, conditionsNotMet: notMet });
}

/** 第九条, 第十条 provide only for filing in the year before the build year and in the build year: earlier is undetermined. */
function filingNotProvidedFor(s: Step, f: Findings, filingYear: number, Y: number, regularDeadline: string): Filing {
  f.notes.push(
    `Filed in ${filingYear} for ${Y}: 111号 provides only for filing in the year before the build year (by ${regularDeadline}).`,
  );
  f.notAssessed.push({
    item: 'filing.accepted',
    reason: 'not-published',
    fields: [],
    text: {
      zh: `${filingYear} 年申报 ${Y} 年的项目：111号 只规定在建设年度的上一年 9 月 30 日前申报（第九条）和当年临时申报（第十条），提前一年以上申报没有规定`,
      en: `Filed in ${filingYear} for ${Y}: 111号 provides only for filing in the year before the build year (by ${regularDeadline})`,
    },
  });
  s.formula({
    zh: `${filingYear} 年申报 ${Y} 年的项目，早于建设年度的上一年：111号 只规定上一年 9 月 30 日前申报和当年临时申报 → 是否受理尚不能确定`,
    en: `filed in ${filingYear}, more than a year before ${Y}: not provided for → undetermined`,
  });
  return s.result({ cycle: 'not_addressed', regularDeadline, onTime: null, accepted: null, conditionsNotMet: [] });
}

/** 第九条, 第十条: the filing cycle, by the year filed relative to the build year, as one step. */
function filingCycle(p: P, trace: Trace, req: Request, f: Findings, deadlineText: TextRead): Filing {
  const md = /^--(\d{2}-\d{2})$/.exec(deadlineText.text);
  if (!md) throw new Error(`filing.annual_deadline must be --MM-DD, got ${deadlineText.text}`);
  const date = req.filingDate;
  const Y = req.plannedBuildYear;
  const filingYear = Number(date.slice(0, 4));
  const regularDeadline = `${Y - 1}-${md[1]}`;
  return trace.step({ zh: '申报时间与受理', en: 'filing cycle' }, (s): Filing => {
    s.uses(deadlineText).inputs({ plannedBuildYear: Y, filingDate: date, anytimeConditions: req.anytimeConditions ?? null });
    if (filingYear === Y - 1) return regularFiling(s, f, date, Y, regularDeadline);
    if (filingYear === Y) return inYearFiling(s, p, req, f, deadlineText, Y, regularDeadline);
    return filingNotProvidedFor(s, f, filingYear, Y, regularDeadline);
  });
}

/**
 * 第十三条 「一般应在15个工作日内」 (a soft limit, review.time_limit): working days after complete materials reached
 * 市预审办, the start day not counted, on the caller's calendar lists (weekends only without them, with a warning).
 */
function reviewPeriod(trace: Trace, req: Request, timeLimit: NumberRead): Review | null {
  const materials = req.materialsCompleteDate;
  if (materials === undefined) return null;
  return trace.step({ zh: '预审时限', en: 'review period' }, (s) => {
    s.uses(timeLimit).inputs({
      materialsCompleteDate: materials,
      holidays: req.holidays ?? null,
      adjustedWorkingDays: req.adjustedWorkingDays ?? null,
    });
    const cal = workingCalendar(req.holidays, req.adjustedWorkingDays);
    const { deadline, counted } = nthWorkingDayAfter(materials, timeLimit.n, cal);
    s.formula({
      zh:
        `“一般应在${timeLimit.n}个工作日内”：材料齐全之日 ${zhDate(materials)}（${WEEKDAY_ZH[weekday(materials)]}）不计，` +
        `第 ${timeLimit.n} 个工作日是 ${zhDate(deadline)}（${cal.kind === 'weekends_only' ? '未提供节假日名单，只扣除周末' : '按所给的节假日和调休上班日'}）`,
      en: `「一般应在${timeLimit.n}个工作日内」: materials complete ${materials} (${dayName(materials)}) not counted; working day ${timeLimit.n} = ${deadline} (${cal.kind === 'weekends_only' ? 'weekends only, no holiday list given' : 'with the holidays and make-up working days given'})`,
    });
    return s.result(deadline, {
      periodWorkingDays: timeLimit.n,
      soft: true,
      startDate: materials,
      deadlineDate: deadline,
      countedDays: counted,
      calendar: cal.kind,
      warnings: cal.kind === 'weekends_only' ? [NO_CALENDAR_WARNING] : [],
    });
  });
}

/**
 * 第十二条（一）: an approved project whose investment reaches the 立项标准 (达到: the bound included, compared in fen)
 * goes through the project approval procedure; below it the finance department funds construction. The 立项标准 is not
 * in 111号: the caller's, else the table's (not published: 422, the answer so far in the body).
 */
function approvalRoute(
  s: Step,
  p: P,
  req: Request,
  investmentYuan: number,
  approved: Outcome,
  answerSoFar: Record<string, unknown>,
): Outcome {
  let threshold: { fen: Fen; source: 'request' | 'table' };
  if (req.approvalThresholdYuan !== undefined) threshold = { fen: yuanToFen(req.approvalThresholdYuan), source: 'request' };
  else {
    const missing = new MissingCollector();
    const t = p.money('approval.project_approval_threshold', missing);
    missing.throwIfAny(
      { zh: '判断已同意项目的立项程序（第十二条（一））', en: 'The approval route of an approved project (第十二条（一）)' },
      answerSoFar,
    );
    threshold = { fen: t!.fen, source: 'table' };
  }
  const investment = yuanToFen(investmentYuan);
  const reaches = investment >= threshold.fen; // 达到: the bound itself reaches
  const path = reaches ? 'project_approval_procedure' : 'finance_funds_directly';
  s.formula({
    zh:
      `${OUTCOME_ZH.approve}：项目投资 ${yuanText(investment)} 元${reaches ? '达到' : '未达到'}立项标准 ${yuanText(threshold.fen)} 元` +
      `（${threshold.source === 'request' ? '调用方提供' : '数据表'}；“达到”含本数）→ ${reaches ? '按规定程序办理立项' : '由财政部门安排建设资金'}`,
    en: `approve: investment ${yuanText(investment)} ${reaches ? '≥' : '<'} 立项标准 ${yuanText(threshold.fen)} (${threshold.source === 'request' ? 'as given' : 'from the table'}; 达到 includes the bound) → ${path === 'project_approval_procedure' ? 'the project approval procedure' : 'funded directly by the finance department'}`,
  });
  const o = {
    ...approved,
    reachesThreshold: reaches,
    threshold: yuanOf(threshold.fen),
    thresholdSource: threshold.source,
    approvalPath: path,
    financeFundsConstruction: !reaches,
  } as const;
  return s.result(o, o);
}

/**
 * 第十二条: what a review result means — 暂缓实施 may be filed again, 不予实施 may not, neither is funded; 同意实施 may be
 * implemented by the approval route of 第十二条（一） (undetermined without investmentYuan); 第十四条: the approved plan may
 * not be changed without an adjustment report approved in advance (a note).
 */
function reviewConsequence(p: P, trace: Trace, req: Request, f: Findings, answerSoFar: Record<string, unknown>): Outcome | null {
  const result = req.reviewOutcome;
  if (result === undefined) return null;
  return trace.step({ zh: '预审结果的后果', en: 'consequence of the review result' }, (s) => {
    const row = p.find('review_outcomes', { outcome: result });
    const zh = String(row.get('consequence_zh').value);
    const en = String(row.get('consequence_en').value);
    s.inputs({
      reviewOutcome: result,
      investmentYuan: req.investmentYuan ?? null,
      approvalThresholdYuan: req.approvalThresholdYuan ?? null,
    });
    if (result !== 'approve') {
      s.formula({ zh: `${OUTCOME_ZH[result]}：${zh}`, en: `${result}: ${en}` });
      const o = {
        outcome: result,
        mayImplement: false,
        financeFundsConstruction: false,
        approvalPath: null,
        reachesThreshold: null,
        threshold: null,
        thresholdSource: null,
        mayRefile: result === 'defer',
      };
      return s.result(o, o);
    }
    f.notes.push('第十四条: the approved technical plan may not be changed without an adjustment report approved in advance by 市预审办.');
    const approved = {
      outcome: 'approve' as const,
      mayImplement: true,
      financeFundsConstruction: null,
      approvalPath: null,
      reachesThreshold: null,
      threshold: null,
      thresholdSource: null,
      mayRefile: false,
    };
    if (req.investmentYuan === undefined) {
      f.notes.push('The approval route depends on whether the investment reaches the 立项标准 (第十二条（一）): give investmentYuan.');
      f.notAssessed.push(
        notGiven('outcome.reachesThreshold', ['investmentYuan'], {
          zh: '未提供项目投资额：是否达到立项标准（第十二条（一）），以及按立项程序办理还是由财政部门安排建设资金，尚不能确定',
          en: 'the investment not given: whether it reaches the approval threshold (Article 12 (1)), and so the approval route, is not assessed',
        }),
      );
      s.formula({ zh: `${OUTCOME_ZH.approve}：${zh}（未提供投资额，立项程序尚不能确定）`, en: `approve: ${en}` });
      return s.result(approved, approved);
    }
    return approvalRoute(s, p, req, req.investmentYuan, approved, answerSoFar);
  });
}

export const egovProjectReview = defineCalculator({
  id: 'egov-project-review',
  table: tableRef<typeof EGOV>('egov-project-prereview'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.filingDate);
    const f: Findings = { notes: [], notAssessed: [] };

    const scope = reviewScope(p, trace, req);
    const { inScope } = scope;
    const scopeReasons = scopeFindings(req, scope, f);
    const reviewBody = reviewBodyOf(scope);
    const { notes, notAssessed } = f;
    if (inScope !== true) return { inScope, scopeReasons, reviewBody, filing: null, review: null, outcome: null, notes, notAssessed };

    const filing = filingCycle(p, trace, req, f, scope.deadlineText);
    const review = reviewPeriod(trace, req, scope.timeLimit);
    const outcome = reviewConsequence(p, trace, req, f, { inScope, scopeReasons, reviewBody, filing, review });

    return { inScope, scopeReasons, reviewBody, filing, review, outcome, notes, notAssessed };
  },
});
