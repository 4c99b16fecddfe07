import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, MAX_CLAIMS, MAX_COUNT, yearSchema, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { issue } from '../../engine/issue';
import {
  applyRatio,
  type Fen,
  fen,
  minFen,
  percentText,
  type Ppm,
  ratioToPpm,
  sum,
  times,
  yuanText,
  yuanToFen,
  ZERO,
} from '../../engine/money';
import type { MoneyRead, Params, ParamUse, RatioRead } from '../../engine/params';
import { joinRules, type Step, type Trace } from '../../engine/trace';
import { monthlyCredit } from './account-credit';
import type { employeeMedicalInsurance as EMI } from './table';

/**
 * Annual settlement of an insured employee's bills under 嘉政发〔2014〕87号 (嘉兴市职工基本医疗保险暂行办法),
 * following the product decisions in shared/specs/employee-medical-insurance.md. Every figure is a
 * workbook parameter; this module only holds the order of the rules and the readings of the text.
 *
 * Readings (also written in the workbook notes):
 * - One outpatient counter per year holds eligible outpatient money left after the personal account
 *   (scheme A: all of it); the fund pays the part of the counter between the deductible and the cap
 *   at the ratio of the facility of each bill (第二十三、二十四条).
 * - Inpatient and designated-disease money share one annual axis for the 200 000 cap (第二十六、四十五条):
 *   each bill's deductible is placed first, then the rest; below the cap the fund ratio applies, above
 *   it critical-illness insurance pays its ratio (第三十条 1) and the remainder is self-burden.
 * - Out-of-area care: the share of 第三十三、三十四条 is self-pay first; what remains is settled normally.
 * - Pre-1949 veterans: after normal settlement the fund pays its ratio of the inpatient self-burden (第二十九条);
 *   the critical-illness bands (第三十条 2) then apply to what is left, "after all subsidies".
 */

type P = Params<typeof EMI>;
type Fens = { eligible: Fen; pooledFund: Fen; personalAccount: Fen; criticalIllness: Fen; selfBurden: Fen; selfPay: Fen };

// ---------------------------------------------------------------------------------------------
// Request and response.

const levelSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3)])
  .openapi(DOCUMENTED && { description: 'Facility level 医疗机构级别: 1 一级及以下/社区, 2 二级/县级, 3 三级/市级' });
const locationSchema = z
  .enum(['local', 'referral-hangzhou-shanghai', 'referral-other', 'emergency-out-of-city', 'unregistered'])
  .default('local')
  .openapi(
    DOCUMENTED && {
      description: 'Where the care took place (市外就医, 第三十三、三十四条); long-term residents elsewhere (异地安置) settle as local',
    },
  );

const outpatientClaim = z
  .object({
    kind: z.literal('outpatient'),
    date: isoDate(DOCUMENTED && 'Date of the bill'),
    facility: z
      .enum(['community', 'other'])
      .openapi(
        DOCUMENTED && { description: 'community: 社区卫生服务机构 with the essential-drug system; other: other facility or pharmacy' },
      ),
    eligibleAmount: yuan(DOCUMENTED && 'Eligible amount 符合规定支付范围的费用 (yuan)'),
  })
  .strict()
  .openapi('OutpatientClaim');

const segmentSchema = z
  .object({ level: levelSchema, eligibleAmount: yuan(DOCUMENTED && 'Eligible amount of this part of the stay') })
  .strict();

const inpatientClaim = z
  .object({
    kind: z.literal('inpatient'),
    date: isoDate(DOCUMENTED && 'Admission date'),
    level: levelSchema.optional(),
    eligibleAmount: yuan(DOCUMENTED && 'Eligible amount of the admission (yuan)').optional(),
    segments: z
      .array(segmentSchema)
      .min(1)
      .max(10)
      .optional()
      .openapi(DOCUMENTED && { description: 'One admission with transfers between levels (转院): one part per facility, in order' }),
    location: locationSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    const simple = c.level !== undefined || c.eligibleAmount !== undefined;
    if (c.segments && simple)
      issue(ctx, ['segments'], 'either-or', {
        zh: '医院级别和费用，或分段费用，只填其一',
        en: 'give either level + eligibleAmount or segments, not both',
      });
    if (!c.segments) {
      if (c.level === undefined) issue(ctx, ['level'], 'required', { zh: '必填（或填写分段费用）', en: 'required (or give segments)' });
      if (c.eligibleAmount === undefined)
        issue(ctx, ['eligibleAmount'], 'required', { zh: '必填（或填写分段费用）', en: 'required (or give segments)' });
    }
  })
  .openapi('InpatientClaim');

const designatedDiseaseClaim = z
  .object({
    kind: z.literal('designated-disease'),
    date: isoDate(DOCUMENTED && 'Date of the bill'),
    eligibleAmount: yuan(DOCUMENTED && 'Eligible amount, including herbalAmount (yuan)'),
    herbalDoses: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_COUNT)
      .default(0)
      .openapi(DOCUMENTED && { description: 'Doses (帖) of herbal medicine' }),
    herbalAmount: yuan(DOCUMENTED && 'Herbal medicine amount included in eligibleAmount').default(0),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.herbalAmount > c.eligibleAmount)
      issue(ctx, ['herbalAmount'], 'exceeds-total', {
        zh: '不能超过符合规定的费用总额（中药饮片费用包含在内）',
        en: 'must not exceed eligibleAmount (which includes it)',
      });
  })
  .openapi('DesignatedDiseaseClaim');

const homeSickbedClaim = z
  .object({
    kind: z.literal('home-sickbed'),
    date: isoDate(DOCUMENTED && 'Date the bed was set up'),
    months: z
      .number()
      .int()
      .min(1)
      .max(12)
      .openapi(DOCUMENTED && { description: 'Months of the home sickbed (家庭病床)' }),
    eligibleAmount: yuan(DOCUMENTED && 'Eligible amount over those months (yuan)'),
  })
  .strict()
  .openapi('HomeSickbedClaim');

const claimSchema = z.discriminatedUnion('kind', [outpatientClaim, inpatientClaim, designatedDiseaseClaim, homeSickbedClaim]);
type Claim = z.output<typeof claimSchema>;

const input = z
  .object({
    year: yearSchema(DOCUMENTED && 'Settlement year (calendar year, 第四十五条)'),
    person: z
      .object({
        scheme: z.enum(['A', 'B']).openapi(DOCUMENTED && { description: 'A: 统账一 (no personal account); B: 统账二' }),
        status: z.enum(['employed', 'retired']).openapi(DOCUMENTED && { description: '在职 employed / 退休 retired' }),
        birthDate: isoDate(
          DOCUMENTED &&
            'Date of birth, on or before 1 January of the settlement year (the age on 1 January of the year sets the account band)',
        ),
        preLiberationVeteran: z
          .boolean()
          .default(false)
          .openapi(DOCUMENTED && { description: '建国前参加革命工作的老工人 (第二十九条)' }),
      })
      .strict(),
    currentYearAccount: yuan(
      DOCUMENTED && 'Current-year personal account balance; default 12 × the monthly credit (scheme B), 0 for scheme A',
    ).optional(),
    claims: z.array(claimSchema).min(1).max(MAX_CLAIMS),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.claims.forEach((c, i) => {
      if (!c.date.startsWith(`${r.year}-`))
        issue(ctx, ['claims', i, 'date'], 'outside-year', {
          zh: `应在结算年度 ${r.year} 年内`,
          en: `must fall in the settlement year ${r.year}`,
        });
      else if (c.date < r.person.birthDate)
        issue(ctx, ['claims', i, 'date'], 'before-birth', { zh: '不能早于出生日期', en: 'must not be before person.birthDate' });
    });
    // 第十九条 bands by the age reached on 1 January (as employee-medical-account): a person born later has no such age.
    if (r.person.birthDate > `${r.year}-01-01`)
      issue(ctx, ['person', 'birthDate'], 'born-after-1-january', {
        zh: '应不晚于结算年度的 1 月 1 日（个人账户按当年 1 月 1 日的年龄划入）',
        en: 'must be on or before 1 January of the year (no age on 1 January otherwise)',
      });
    if (r.person.scheme === 'A' && r.currentYearAccount !== undefined) {
      issue(ctx, ['currentYearAccount'], 'no-account', {
        zh: '统账一参保人员没有个人账户，请不要填写（第十九条）',
        en: 'scheme A has no personal account (第十九条)',
      });
    }
  });

const splitOut = {
  eligible: yuanOut(DOCUMENTED && '符合规定支付范围的费用 eligible amount'),
  pooledFund: yuanOut(DOCUMENTED && '统筹基金 paid by the pooled fund'),
  personalAccount: yuanOut(DOCUMENTED && '个人账户 paid from the personal account'),
  criticalIllness: yuanOut(DOCUMENTED && '大病保险 paid by critical-illness insurance'),
  selfBurden: yuanOut(DOCUMENTED && '自负 paid by the insured inside the scheme (deductibles, co-payments, above caps)'),
  selfPay: yuanOut(DOCUMENTED && '自费 paid by the insured outside the scheme (out-of-area shares, herbal excess)'),
};

const output =
  DOCUMENTED &&
  z
    .object({
      totals: z.object(splitOut),
      claims: z.array(
        z.object({
          index: z.number().int(),
          kind: z.string(),
          date: z.string(),
          ...splitOut,
          traceSteps: z.array(z.number().int()).openapi(
            DOCUMENTED && {
              description: 'positions in `trace.steps` of the steps that settled this bill, in order (each step is sent once, in `trace`)',
            },
          ),
        }),
      ),
      account: z
        .object({
          monthlyCredit: yuanOut(DOCUMENTED && 'monthly credit'),
          opening: yuanOut(DOCUMENTED && 'current-year account at the start'),
          closing: yuanOut(DOCUMENTED && 'left at the end'),
        })
        .nullable(),
    })
    .openapi('EmployeeMedicalSettlement');

// ---------------------------------------------------------------------------------------------
// Rules.

interface YearState {
  account: Fen;
  outpatientCounter: Fen;
  admissions: number;
  capAxis: Fen;
  inpatientSelfBurden: Fen;
}

type Person = z.output<typeof input>['person'];

/** Length of the overlap of [a, b] with [lo, hi] (hi null = unbounded). */
const overlap = (a: Fen, b: Fen, lo: Fen, hi: Fen | null): Fen => fen(Math.max(0, Math.min(b, hi ?? b) - Math.max(a, lo)));
const y = yuanText;
const pct = percentText;

/**
 * 第二十三、二十四条 (第二十九条 for pre-1949 veterans): scheme B pays an outpatient bill from the personal account
 * first; the rest joins one outpatient counter per year, and the fund pays the part of the counter between the
 * deductible and the cap at the ratio of the bill's facility.
 */
function settleOutpatient(p: P, trace: Trace, c: Extract<Claim, { kind: 'outpatient' }>, person: Person, st: YearState): Fens {
  return trace.step({ zh: '门诊统筹', en: 'outpatient pooling' }, (s) => {
    const eligible = yuanToFen(c.eligibleAmount);
    const balance = st.account;
    const fromAccount = person.scheme === 'B' ? minFen(balance, eligible) : ZERO;
    st.account = fen(st.account - fromAccount);
    const rest = fen(eligible - fromAccount);
    const c0 = st.outpatientCounter;
    const c1 = fen(c0 + rest);
    st.outpatientCounter = c1;
    let deductible: MoneyRead;
    let cap: MoneyRead | null;
    let ratio: RatioRead;
    if (person.preLiberationVeteran) {
      deductible = p.money('veteran.outpatient_deductible');
      ratio = p.ratio('veteran.outpatient_ratio');
      cap = null; // 第二十九条: no outpatient cap for pre-1949 veterans
    } else {
      const row = p.find('outpatient_schemes', { scheme: person.scheme });
      deductible = row.money(person.status === 'employed' ? 'deductible_employed' : 'deductible_retired');
      cap = row.money('cap');
      ratio = row.ratio(c.facility === 'community' ? 'ratio_community' : 'ratio_other');
    }
    const covered = overlap(c0, c1, deductible.fen, cap?.fen ?? null);
    const fund = applyRatio(covered, ratio.ppm);
    const facilityZh = c.facility === 'community' ? '社区卫生服务机构' : '其他医疗机构';
    const accountZh =
      person.scheme === 'B'
        ? `本笔 ${y(eligible)} 元，个人账户（余额 ${y(balance)} 元）先付 ${y(fromAccount)} 元；其余 ${y(rest)} 元计入`
        : '计入';
    const accountEn = person.scheme === 'B' ? `account pays min(balance ${y(balance)}, bill ${y(eligible)}) = ${y(fromAccount)}; ` : '';
    s.rule(person.scheme === 'B' ? joinRules(p.article('第二十三条'), ratio.use.citation) : ratio.use.citation);
    s.inputs({ eligible: yuanOf(eligible), facility: c.facility, ...(person.scheme === 'B' ? { balance: yuanOf(balance) } : {}) });
    s.formula({
      zh:
        `${accountZh}本年度门诊累计 ${y(c0)} → ${y(c1)} 元，` +
        (cap
          ? `起付标准 ${y(deductible.fen)} 元至限额 ${y(cap.fen)} 元之间的 ${y(covered)} 元`
          : `超过起付标准 ${y(deductible.fen)} 元（不设限额）的 ${y(covered)} 元`) +
        ` × ${pct(ratio.ppm)}（${facilityZh}）= ${y(fund)} 元由统筹基金支付`,
      en: `${accountEn}counter ${y(c0)} → ${y(c1)}; part between ${y(deductible.fen)} and ${cap ? y(cap.fen) : 'no cap'} = ${y(covered)}; × ${pct(ratio.ppm)} = ${y(fund)}`,
    });
    const split = {
      eligible,
      pooledFund: fund,
      personalAccount: fromAccount,
      criticalIllness: ZERO,
      selfBurden: fen(rest - fund),
      selfPay: ZERO,
    };
    return s.result({ personalAccount: yuanOf(fromAccount), pooledFund: yuanOf(fund), selfBurden: yuanOf(split.selfBurden) }, split);
  });
}

interface Part {
  level: '1' | '2' | '3';
  amount: Fen;
}

/** The deductible of an admission (第二十五条) as the first pooling step explains it. */
interface AdmissionDeductible {
  admission: number;
  maxAdmissions: number;
  /** null: past the admissions that carry one */
  level: Part['level'] | null;
  standard: Fen;
  net: Fen;
  amount: Fen;
}

/**
 * 第二十五、二十六条, 第三十条 1: places money on the annual inpatient axis — the deductible part first (always
 * self-burden), then the rest: fund ratio (plus the retired increase) below the cap, critical-illness ratio above it.
 * The first part's step also explains the deductible; `cite` are values read before that the pooling rests on.
 */
function inpatientPooling(
  p: P,
  trace: Trace,
  parts: Part[],
  deductibleOf: (() => AdmissionDeductible) | Fen,
  person: Person,
  st: YearState,
  cite: ParamUse[] = [],
) {
  let remainingDeductible = ZERO;
  let fund = ZERO;
  let ci = ZERO;
  let selfBurden = ZERO;
  parts.forEach((part, i) => {
    trace.step({ zh: `住院统筹（${part.level} 级医院）`, en: `inpatient pooling, level ${part.level}` }, (s) => {
      s.uses(...cite);
      const deductible = i === 0 ? (typeof deductibleOf === 'number' ? deductibleOf : deductibleOf()) : null;
      if (deductible !== null) remainingDeductible = typeof deductible === 'number' ? deductible : deductible.amount;
      const levelRatio = p.find('inpatient_levels', { level: part.level }).ratio('fund_ratio');
      const cap = p.money('inpatient.annual_cap');
      const increase = person.status === 'retired' ? p.ratio('inpatient.retired_ratio_increase') : null;
      const d = minFen(remainingDeductible, part.amount);
      remainingDeductible = fen(remainingDeductible - d);
      const axisBefore = st.capAxis;
      st.capAxis = fen(st.capAxis + d);
      const rest = fen(part.amount - d);
      const below = overlap(st.capAxis, fen(st.capAxis + rest), ZERO, cap.fen);
      const above = fen(rest - below);
      const ratioPpm = (levelRatio.ppm + (increase?.ppm ?? 0)) as Ppm;
      const partFund = applyRatio(below, ratioPpm);
      const aboveRatio = above ? p.ratio('critical_illness.above_cap_ratio') : null;
      const partCi = aboveRatio ? applyRatio(above, aboveRatio.ppm) : ZERO;
      const partSelf = fen(d + rest - partFund - partCi);
      const ratioZh = increase ? `${pct(ratioPpm)}（${part.level} 级 ${pct(levelRatio.ppm)} + 退休 ${pct(increase.ppm)}）` : pct(ratioPpm);
      const ratioEn = increase ? `${pct(ratioPpm)} (level ${pct(levelRatio.ppm)} + retired ${pct(increase.ppm)})` : pct(ratioPpm);
      let deductibleZh = d ? `起付标准 ${y(d)} 元由个人自负；` : '';
      let deductibleEn = d ? `deductible ${y(d)} self-burden; ` : '';
      if (deductible !== null && typeof deductible !== 'number') {
        const a = deductible;
        s.rule(joinRules(levelRatio.use.citation, a.level ? p.article('第二十五条') : ''));
        s.inputs({ admission: a.admission });
        if (a.level === null) {
          deductibleZh = `本年度第 ${a.admission} 次住院，超过 ${a.maxAdmissions} 次，不计起付标准；`;
          deductibleEn = `admission ${a.admission} of the year > ${a.maxAdmissions}: no deductible; `;
        } else {
          deductibleZh =
            `本年度第 ${a.admission} 次住院（前 ${a.maxAdmissions} 次计起付标准），本次费用 ${y(a.net)} 元，最高为 ${a.level} 级医院，` +
            `起付标准 ${y(a.standard)} 元${a.amount < a.standard ? `，费用不足起付标准，${y(a.amount)} 元` : ''}由个人自负；`;
          deductibleEn = `admission ${a.admission} of the year (≤ ${a.maxAdmissions}); highest level ${a.level} → deductible min(${y(a.standard)}, ${y(a.net)}) = ${y(a.amount)} self-burden; `;
        }
      } else s.rule(levelRatio.use.citation);
      s.inputs({ amount: yuanOf(part.amount), axisBefore: yuanOf(axisBefore) });
      s.formula({
        zh:
          `${deductibleZh}本年度住院累计 ${y(st.capAxis)} → ${y(fen(st.capAxis + rest))} 元，` +
          `限额 ${y(cap.fen)} 元以内的 ${y(below)} 元 × ${ratioZh} = ${y(partFund)} 元由统筹基金支付` +
          (aboveRatio ? `；超过限额的 ${y(above)} 元 × ${pct(aboveRatio.ppm)} = ${y(partCi)} 元由大病保险支付` : '') +
          `；本段个人自负 ${y(partSelf)} 元`,
        en:
          `${deductibleEn}axis ${y(st.capAxis)} → ${y(fen(st.capAxis + rest))}; below cap ${y(cap.fen)}: ${y(below)} × ${ratioEn} = ${y(partFund)}` +
          (aboveRatio ? `; above cap ${y(above)} × ${pct(aboveRatio.ppm)} = ${y(partCi)} critical-illness insurance` : '') +
          `; self-burden ${y(partSelf)}`,
      });
      st.capAxis = fen(st.capAxis + rest);
      fund = fen(fund + partFund);
      ci = fen(ci + partCi);
      selfBurden = fen(selfBurden + partSelf);
      return s.result({ pooledFund: yuanOf(partFund), criticalIllness: yuanOf(partCi), selfBurden: yuanOf(partSelf) });
    });
  });
  return { fund, ci, selfBurden };
}

/** 第二十九条: the fund pays its ratio of a pre-1949 veteran's inpatient self-burden. */
function veteranRelief(p: P, trace: Trace, selfBurden: Fen): Fen {
  return trace.step({ zh: '建国前老工人：统筹基金支付部分自负', en: 'pre-1949 veteran: fund pays part of the self-burden' }, (s) => {
    const vr = p.ratio('veteran.inpatient_self_burden_ratio');
    const fund = applyRatio(selfBurden, vr.ppm);
    s.inputs({ selfBurden: yuanOf(selfBurden) });
    s.formula({
      zh: `自负 ${y(selfBurden)} 元 × ${pct(vr.ppm)} = ${y(fund)} 元由统筹基金支付`,
      en: `${y(selfBurden)} × ${pct(vr.ppm)} = ${y(fund)}`,
    });
    return s.result(yuanOf(fund), fund);
  });
}

/** 第三十条 2: critical-illness insurance pays a ratio of each band of the year's inpatient self-burden, after all subsidies. */
function criticalIllnessBands(p: P, trace: Trace, selfBurden: Fen, st: YearState): Fen {
  const s0 = st.inpatientSelfBurden;
  const s1 = fen(s0 + selfBurden);
  st.inpatientSelfBurden = s1;
  let ci = ZERO;
  for (const band of p.rows('critical_illness_bands')) {
    const r = band.ranges.self_burden!;
    const lo = yuanToFen(r.min ?? 0);
    const hi = r.max === null ? null : yuanToFen(r.max);
    const part = overlap(s0, s1, lo, hi);
    if (part === 0) continue;
    ci = fen(
      ci +
        trace.step({ zh: '大病保险：按年度自负累计分段', en: 'critical-illness insurance: annual self-burden band' }, (s) => {
          const ratio = p.cell('critical_illness_bands', band, 'ratio');
          const ppm = ratioToPpm(ratio.value as number);
          const paid = applyRatio(part, ppm);
          const bandZh = hi === null ? `${y(lo)} 元以上` : `${y(lo)} 至 ${y(hi)} 元`;
          s.inputs({ annualSelfBurdenBefore: yuanOf(s0), annualSelfBurdenAfter: yuanOf(s1) });
          s.formula({
            zh: `本年度住院自负累计 ${y(s0)} → ${y(s1)} 元，其中 ${bandZh}段内的部分 ${y(part)} 元 × ${pct(ppm)} = ${y(paid)} 元由大病保险支付`,
            en: `annual self-burden ${y(s0)} → ${y(s1)}; part in band ${y(lo)}…${hi === null ? '∞' : y(hi)} = ${y(part)} × ${pct(ppm)} = ${y(paid)}`,
          });
          return s.result(yuanOf(paid), paid);
        }),
    );
  }
  return ci;
}

/** 第二十九条 then 第三十条 2: veteran relief on the self-burden, then the annual self-burden bands. */
function reliefOnSelfBurden(p: P, trace: Trace, selfBurden: Fen, person: Person, st: YearState) {
  const fund = person.preLiberationVeteran && selfBurden > 0 ? veteranRelief(p, trace, selfBurden) : ZERO;
  const left = fen(selfBurden - fund);
  const ci = criticalIllnessBands(p, trace, left, st);
  return { fund, ci, selfBurden: fen(left - ci) };
}

/**
 * 第三十三、三十四条: out-of-area care — the insured pays the location's share first (per part of a transfer stay, each
 * part rounded: reading R4), and the rest settles at the level treated or the level the sheet sets.
 */
function outOfAreaShare(p: P, trace: Trace, given: Part[], location: string, eligible: Fen): { parts: Part[]; selfPay: Fen } {
  return trace.step({ zh: '市外就医先自理部分', en: 'out-of-area share paid first by the insured' }, (s) => {
    const row = p.find('out_of_area', { location });
    const share = row.ratio('self_pay_ratio');
    const settleAs = row.get('settle_as_level');
    const paids = given.map((x) => applyRatio(x.amount, share.ppm));
    const selfPay = sum(paids);
    const parts = given.map((x, i) => ({
      level: settleAs.value === 'as-treated' ? x.level : (settleAs.value as Part['level']),
      amount: fen(x.amount - paids[i]!),
    }));
    const products = given.map((x, i) => `${y(x.amount)} × ${pct(share.ppm)} = ${y(paids[i]!)}`);
    const asTreated = settleAs.value === 'as-treated';
    s.rule(share.use.citation);
    s.inputs({ location, eligible: yuanOf(eligible), ...(given.length > 1 ? { parts: given.map((x) => yuanOf(x.amount)) } : {}) });
    s.formula(
      products.length === 1
        ? {
            zh: `${products[0]} 元由个人先自理；其余按${asTreated ? '所住医院级别' : ` ${String(settleAs.value)} 级医院`}结算`,
            en: `${products[0]} self-pay; the rest settles ${asTreated ? 'at the level treated' : `as level ${String(settleAs.value)}`}`,
          }
        : {
            zh: `${products.map((x, i) => `第 ${i + 1} 段 ${x} 元`).join('；')}（各段分别取整）；合计 ${paids.map(y).join(' + ')} = ${y(selfPay)} 元由个人先自理；其余按${asTreated ? '所住医院级别' : ` ${String(settleAs.value)} 级医院`}结算`,
            en: `${products.map((x, i) => `part ${i + 1}: ${x}`).join('; ')} (each part rounded); ${paids.map(y).join(' + ')} = ${y(selfPay)} self-pay; the rest settles ${asTreated ? 'at the level treated' : `as level ${String(settleAs.value)}`}`,
          },
    );
    return s.result(yuanOf(selfPay), { parts, selfPay });
  });
}

/** 第二十五条: the deductible of an admission, at the highest level of the stay, for the first admissions of the year. */
function admissionDeductible(p: P, parts: Part[], st: YearState): AdmissionDeductible {
  st.admissions += 1;
  const max = p.number('inpatient.deductible_max_admissions').n;
  const net = sum(parts.map((x) => x.amount));
  if (st.admissions > max) return { admission: st.admissions, maxAdmissions: max, level: null, standard: ZERO, net, amount: ZERO };
  const level = parts.reduce((a, b) => (b.level > a.level ? b : a)).level;
  const standard = p.find('inpatient_levels', { level }).money('deductible').fen;
  return { admission: st.admissions, maxAdmissions: max, level, standard, net, amount: minFen(standard, net) };
}

function settleInpatient(p: P, trace: Trace, c: Extract<Claim, { kind: 'inpatient' }>, person: Person, st: YearState): Fens {
  const given: Part[] = (c.segments ?? [{ level: c.level!, eligibleAmount: c.eligibleAmount! }]).map((x) => ({
    level: String(x.level) as Part['level'],
    amount: yuanToFen(x.eligibleAmount),
  }));
  const eligible = sum(given.map((x) => x.amount));
  const { parts, selfPay } =
    c.location === 'local' ? { parts: given, selfPay: ZERO } : outOfAreaShare(p, trace, given, c.location, eligible);
  // The deductible is read inside the first pooling step, which explains it.
  const axis = inpatientPooling(p, trace, parts, () => admissionDeductible(p, parts, st), person, st);
  const relief = reliefOnSelfBurden(p, trace, axis.selfBurden, person, st);
  return {
    eligible,
    pooledFund: fen(axis.fund + relief.fund),
    personalAccount: ZERO,
    criticalIllness: fen(axis.ci + relief.ci),
    selfBurden: relief.selfBurden,
    selfPay,
  };
}

/** 第二十七条: herbal medicine above the cap per dose is self-pay. */
function herbalCap(p: P, trace: Trace, c: Extract<Claim, { kind: 'designated-disease' }>): Fen {
  return trace.step({ zh: '规定病种：中药饮片每帖限额', en: 'designated disease: herbal medicine cap per dose' }, (s) => {
    const perDose = p.money('designated_disease.herbal_cap_per_dose');
    const herbal = yuanToFen(c.herbalAmount);
    const selfPay = fen(Math.max(0, herbal - times(perDose.fen, c.herbalDoses)));
    s.inputs({ herbalAmount: c.herbalAmount, herbalDoses: c.herbalDoses });
    s.formula({
      zh: `中药饮片 ${y(herbal)} 元 − ${c.herbalDoses} 帖 × ${y(perDose.fen)} 元 = ${y(selfPay)} 元由个人自费`,
      en: `herbal ${y(herbal)} − ${c.herbalDoses} doses × ${y(perDose.fen)} = ${y(selfPay)} self-pay`,
    });
    return s.result(yuanOf(selfPay), selfPay);
  });
}

function settleDesignatedDisease(
  p: P,
  trace: Trace,
  c: Extract<Claim, { kind: 'designated-disease' }>,
  person: Person,
  st: YearState,
): Fens {
  const eligible = yuanToFen(c.eligibleAmount);
  const selfPay = herbalCap(p, trace, c);
  // 第二十七条 可视作住院医疗费用（不计起付标准）: the deductible comes from the table (0), and the bill is not an admission.
  const level = p.text('designated_disease.ratio_level');
  const deductible = p.money('designated_disease.deductible');
  const axis = inpatientPooling(
    p,
    trace,
    [{ level: level.text as Part['level'], amount: fen(eligible - selfPay) }],
    deductible.fen,
    person,
    st,
    [level.use, deductible.use],
  );
  const relief = reliefOnSelfBurden(p, trace, axis.selfBurden, person, st);
  return {
    eligible,
    pooledFund: fen(axis.fund + relief.fund),
    personalAccount: ZERO,
    criticalIllness: fen(axis.ci + relief.ci),
    selfBurden: relief.selfBurden,
    selfPay,
  };
}

/** 第二十八条: a home sickbed is settled per month — the part between the monthly deductible and cap, at the fund ratio. */
function settleHomeSickbed(p: P, trace: Trace, c: Extract<Claim, { kind: 'home-sickbed' }>): Fens {
  const eligible = yuanToFen(c.eligibleAmount);
  const fund = trace.step({ zh: '家庭病床统筹', en: 'home sickbed pooling' }, (s: Step) => {
    const deductible = p.money('home_sickbed.deductible_per_month');
    const cap = p.money('home_sickbed.cap_per_month');
    const ratio = p.ratio('home_sickbed.fund_ratio');
    const covered = fen(Math.max(0, Math.min(eligible, times(cap.fen, c.months)) - times(deductible.fen, c.months)));
    const paid = applyRatio(covered, ratio.ppm);
    s.rule(ratio.use.citation).inputs({ months: c.months, eligible: yuanOf(eligible) });
    s.formula({
      zh: `（本笔费用 ${y(eligible)} 元与 ${c.months} 个月 × 每月限额 ${y(cap.fen)} 元取较小者）− ${c.months} 个月 × 每月起付标准 ${y(deductible.fen)} 元 = ${y(covered)} 元；× ${pct(ratio.ppm)} = ${y(paid)} 元`,
      en: `(min(${y(eligible)}, ${c.months} × ${y(cap.fen)}) − ${c.months} × ${y(deductible.fen)}) = ${y(covered)}; × ${pct(ratio.ppm)} = ${y(paid)}`,
    });
    return s.result(yuanOf(paid), paid);
  });
  return { eligible, pooledFund: fund, personalAccount: ZERO, criticalIllness: ZERO, selfBurden: fen(eligible - fund), selfPay: ZERO };
}

const toYuan = (f: Fens) => ({
  eligible: yuanOf(f.eligible),
  pooledFund: yuanOf(f.pooledFund),
  personalAccount: yuanOf(f.personalAccount),
  criticalIllness: yuanOf(f.criticalIllness),
  selfBurden: yuanOf(f.selfBurden),
  selfPay: yuanOf(f.selfPay),
});

/** 第十九条: scheme B's current-year account — 12 monthly credits, or the balance the request gives. */
function openingAccount(p: P, trace: Trace, req: z.output<typeof input>) {
  const credit = monthlyCredit(p, trace, req.person, req.year);
  const opening = trace.step({ zh: '当年个人账户', en: 'current-year personal account' }, (s) => {
    s.uses(credit.use).inputs({ currentYearAccount: req.currentYearAccount ?? null });
    const given = req.currentYearAccount !== undefined;
    const amount = given ? yuanToFen(req.currentYearAccount!) : times(credit.fen, 12);
    s.formula(
      given
        ? { zh: `按所给余额：${y(amount)} 元`, en: `balance given: ${y(amount)}` }
        : { zh: `12 个月 × ${y(credit.fen)} 元 = ${y(amount)} 元`, en: `12 × ${y(credit.fen)} = ${y(amount)}` },
    );
    return s.result(yuanOf(amount), amount);
  });
  return { monthly: credit.fen, opening };
}

const ZEROS: Fens = { eligible: ZERO, pooledFund: ZERO, personalAccount: ZERO, criticalIllness: ZERO, selfBurden: ZERO, selfPay: ZERO };
const addFens = (a: Fens, b: Fens): Fens => ({
  eligible: fen(a.eligible + b.eligible),
  pooledFund: fen(a.pooledFund + b.pooledFund),
  personalAccount: fen(a.personalAccount + b.personalAccount),
  criticalIllness: fen(a.criticalIllness + b.criticalIllness),
  selfBurden: fen(a.selfBurden + b.selfBurden),
  selfPay: fen(a.selfPay + b.selfPay),
});

export const employeeMedicalSettlement = defineCalculator({
  id: 'employee-medical-settlement',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    trace.restsOn(`${req.year}-12-31`); // the year's totals rest on the whole year
    const account = req.person.scheme === 'B' ? openingAccount(at(`${req.year}-01-01`), trace, req) : null;
    const st: YearState = {
      account: account?.opening ?? ZERO,
      outpatientCounter: ZERO,
      admissions: 0,
      capAxis: ZERO,
      inpatientSelfBurden: ZERO,
    };
    // Settled in date order; Array.prototype.sort is stable, so bills of one day keep request order.
    const order = req.claims.map((c, index) => ({ c, index })).sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : 0));
    const settled = order.map(({ c, index }) => {
      const p = at(c.date);
      const bill = trace.group(() =>
        c.kind === 'outpatient'
          ? settleOutpatient(p, trace, c, req.person, st)
          : c.kind === 'inpatient'
            ? settleInpatient(p, trace, c, req.person, st)
            : c.kind === 'designated-disease'
              ? settleDesignatedDisease(p, trace, c, req.person, st)
              : settleHomeSickbed(p, trace, c),
      );
      return { index, kind: c.kind, date: c.date, split: bill.value, traceSteps: bill.steps };
    });
    const totals = settled.reduce<Fens>((t, x) => addFens(t, x.split), ZEROS);
    return {
      totals: toYuan(totals),
      claims: settled
        .sort((a, b) => a.index - b.index)
        .map((x) => ({ index: x.index, kind: x.kind, date: x.date, ...toYuan(x.split), traceSteps: x.traceSteps })),
      account: account ? { monthlyCredit: yuanOf(account.monthly), opening: yuanOf(account.opening), closing: yuanOf(st.account) } : null,
    };
  },
});
