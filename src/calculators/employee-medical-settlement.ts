import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { ageOn, isoDate, MAX_CLAIMS, MAX_COUNT, yearSchema, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { applyRatio, formatPercent, formatYuan, ratioToPpm, sum, times, yuanToFen, type Fen, type Ppm } from '../engine/money';
import { describeRange } from '../engine/lookup';
import type { Params, ParamUse } from '../engine/params';
import type { employeeMedicalInsurance as EMI } from '../tables/employee-medical-insurance';

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
  .openapi({ description: 'Facility level 医疗机构级别: 1 一级及以下/社区, 2 二级/县级, 3 三级/市级' });
const locationSchema = z
  .enum(['local', 'referral-hangzhou-shanghai', 'referral-other', 'emergency-out-of-city', 'unregistered'])
  .default('local')
  .openapi({
    description: 'Where the care took place (市外就医, 第三十三、三十四条); long-term residents elsewhere (异地安置) settle as local',
  });

const outpatientClaim = z
  .object({
    kind: z.literal('outpatient'),
    date: isoDate('Date of the bill'),
    facility: z
      .enum(['community', 'other'])
      .openapi({ description: 'community: 社区卫生服务机构 with the essential-drug system; other: other facility or pharmacy' }),
    eligibleAmount: yuan('Eligible amount 符合规定支付范围的费用 (yuan)'),
  })
  .strict()
  .openapi('OutpatientClaim');

const segmentSchema = z.object({ level: levelSchema, eligibleAmount: yuan('Eligible amount of this part of the stay') }).strict();

const inpatientClaim = z
  .object({
    kind: z.literal('inpatient'),
    date: isoDate('Admission date'),
    level: levelSchema.optional(),
    eligibleAmount: yuan('Eligible amount of the admission (yuan)').optional(),
    segments: z
      .array(segmentSchema)
      .min(1)
      .max(10)
      .optional()
      .openapi({ description: 'One admission with transfers between levels (转院): one part per facility, in order' }),
    location: locationSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    const simple = c.level !== undefined || c.eligibleAmount !== undefined;
    if (c.segments && simple)
      ctx.addIssue({ code: 'custom', path: ['segments'], message: 'give either level + eligibleAmount or segments, not both' });
    if (!c.segments) {
      if (c.level === undefined) ctx.addIssue({ code: 'custom', path: ['level'], message: 'required (or give segments)' });
      if (c.eligibleAmount === undefined)
        ctx.addIssue({ code: 'custom', path: ['eligibleAmount'], message: 'required (or give segments)' });
    }
  })
  .openapi('InpatientClaim');

const designatedDiseaseClaim = z
  .object({
    kind: z.literal('designated-disease'),
    date: isoDate('Date of the bill'),
    eligibleAmount: yuan('Eligible amount, including herbalAmount (yuan)'),
    herbalDoses: z.number().int().nonnegative().max(MAX_COUNT).default(0).openapi({ description: 'Doses (帖) of herbal medicine' }),
    herbalAmount: yuan('Herbal medicine amount included in eligibleAmount').default(0),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.herbalAmount > c.eligibleAmount)
      ctx.addIssue({ code: 'custom', path: ['herbalAmount'], message: 'must not exceed eligibleAmount (which includes it)' });
  })
  .openapi('DesignatedDiseaseClaim');

const homeSickbedClaim = z
  .object({
    kind: z.literal('home-sickbed'),
    date: isoDate('Date the bed was set up'),
    months: z.number().int().min(1).max(12).openapi({ description: 'Months of the home sickbed (家庭病床)' }),
    eligibleAmount: yuan('Eligible amount over those months (yuan)'),
  })
  .strict()
  .openapi('HomeSickbedClaim');

const claimSchema = z.discriminatedUnion('kind', [outpatientClaim, inpatientClaim, designatedDiseaseClaim, homeSickbedClaim]);
type Claim = z.output<typeof claimSchema>;

const input = z
  .object({
    year: yearSchema('Settlement year (calendar year, 第四十五条)'),
    person: z
      .object({
        scheme: z.enum(['A', 'B']).openapi({ description: 'A: 统账一 (no personal account); B: 统账二' }),
        status: z.enum(['employed', 'retired']).openapi({ description: '在职 employed / 退休 retired' }),
        birthDate: isoDate(
          'Date of birth, on or before 1 January of the settlement year (the age on 1 January of the year sets the account band)',
        ),
        preLiberationVeteran: z.boolean().default(false).openapi({ description: '建国前参加革命工作的老工人 (第二十九条)' }),
      })
      .strict(),
    currentYearAccount: yuan(
      'Current-year personal account balance; default 12 × the monthly credit (scheme B), 0 for scheme A',
    ).optional(),
    claims: z
      .array(claimSchema)
      .min(1)
      .max(MAX_CLAIMS, { error: `at most ${MAX_CLAIMS} bills per request` }),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.claims.forEach((c, i) => {
      if (!c.date.startsWith(`${r.year}-`))
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'date'], message: `must fall in the settlement year ${r.year}` });
      else if (c.date < r.person.birthDate)
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'date'], message: 'must not be before person.birthDate' });
    });
    // 第十九条 bands by the age reached on 1 January (as employee-medical-account): a person born later has no such age.
    if (r.person.birthDate > `${r.year}-01-01`)
      ctx.addIssue({
        code: 'custom',
        path: ['person', 'birthDate'],
        message: 'must be on or before 1 January of the year (no age on 1 January otherwise)',
      });
    if (r.person.scheme === 'A' && r.currentYearAccount !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['currentYearAccount'], message: 'scheme A has no personal account (第十九条)' });
    }
  });

const splitOut = {
  eligible: yuanOut('符合规定支付范围的费用 eligible amount'),
  pooledFund: yuanOut('统筹基金 paid by the pooled fund'),
  personalAccount: yuanOut('个人账户 paid from the personal account'),
  criticalIllness: yuanOut('大病保险 paid by critical-illness insurance'),
  selfBurden: yuanOut('自负 paid by the insured inside the scheme (deductibles, co-payments, above caps)'),
  selfPay: yuanOut('自费 paid by the insured outside the scheme (out-of-area shares, herbal excess)'),
};

const output = z
  .object({
    totals: z.object(splitOut),
    claims: z.array(
      z.object({
        index: z.number().int(),
        kind: z.string(),
        date: z.string(),
        ...splitOut,
        // Indexes, not copies: each step is sent once, in `trace` (copies doubled the answer; BENCHMARKS.md).
        traceSteps: z.array(z.number().int()).openapi({
          description: 'positions in `trace` of the steps that settled this bill, in order (each step is sent once, in `trace`)',
        }),
      }),
    ),
    account: z
      .object({
        monthlyCredit: yuanOut('monthly credit'),
        opening: yuanOut('current-year account at the start'),
        closing: yuanOut('left at the end'),
      })
      .nullable(),
    trace: z.array(traceStepSchema),
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

const rule = (p: P, article: string) => `${p.table.sources[0]?.number ?? p.table.id} ${article}`;
const step = (s: TraceStep): TraceStep => s;
const uses = (entries: Record<string, { use: ParamUse }>) => Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.use]));
/** Length of the overlap of [a, b] with [lo, hi] (hi null = unbounded). */
const overlap = (a: Fen, b: Fen, lo: Fen, hi: Fen | null) => Math.max(0, Math.min(b, hi ?? b) - Math.max(a, lo));

/** The monthly credit for scheme B, from the age reached on 1 January of the year (第十九条). */
export function monthlyCredit(p: P, person: Person, year: number) {
  const age = ageOn(person.birthDate, `${year}-01-01`);
  const row = p.find('account_credit', { status: person.status }, { age });
  const credit = row.money('monthly_credit');
  const band = `${person.status}, ${describeRange(row.row.ranges.age!, 'age')}`;
  return {
    fen: credit.fen,
    age,
    band,
    step: step({
      step: 'personal account monthly credit',
      rule: credit.use.citation,
      formula: `age on ${year}-01-01 = ${age} → band ${band} → ${formatYuan(credit.fen)} per month`,
      inputs: { birthDate: person.birthDate, status: person.status, ageOnFirstJanuary: age },
      parameters: { monthly_credit: credit.use },
      result: yuanOf(credit.fen),
    }),
  };
}

function settleOutpatient(
  p: P,
  c: Extract<Claim, { kind: 'outpatient' }>,
  person: Person,
  s: YearState,
): { split: Fens; steps: TraceStep[] } {
  const eligible = yuanToFen(c.eligibleAmount);
  const steps: TraceStep[] = [];
  const fromAccount = Math.min(s.account, eligible);
  if (person.scheme === 'B') {
    steps.push(
      step({
        step: 'personal account pays first',
        rule: rule(p, '第二十三条'),
        formula: `min(balance ${formatYuan(s.account)}, bill ${formatYuan(eligible)}) = ${formatYuan(fromAccount)}`,
        inputs: { balance: yuanOf(s.account), eligible: yuanOf(eligible) },
        parameters: {},
        result: yuanOf(fromAccount),
      }),
    );
    s.account -= fromAccount;
  }
  const rest = eligible - fromAccount;
  const c0 = s.outpatientCounter;
  const c1 = c0 + rest;
  s.outpatientCounter = c1;

  let deductible: { fen: Fen; use: ParamUse };
  let cap: { fen: Fen; use: ParamUse } | null;
  let ratio: { ppm: Ppm; use: ParamUse };
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
  steps.push(
    step({
      step: 'outpatient pooling',
      rule: ratio.use.citation,
      formula: `counter ${formatYuan(c0)} → ${formatYuan(c1)}; part between ${formatYuan(deductible.fen)} and ${cap ? formatYuan(cap.fen) : 'no cap'} = ${formatYuan(covered)}; × ${formatPercent(ratio.ppm)} = ${formatYuan(fund)}`,
      inputs: { counterBefore: yuanOf(c0), counterAfter: yuanOf(c1), facility: c.facility },
      parameters: uses({ deductible, ratio, ...(cap ? { cap } : {}) }),
      result: yuanOf(fund),
    }),
  );
  return {
    split: { eligible, pooledFund: fund, personalAccount: fromAccount, criticalIllness: 0, selfBurden: rest - fund, selfPay: 0 },
    steps,
  };
}

interface Part {
  level: '1' | '2' | '3';
  amount: Fen;
}

/**
 * Places money on the annual inpatient axis: the deductible part first (always self-burden), then the
 * rest — fund ratio below the cap, critical-illness ratio above it (第二十五、二十六条, 第三十条 1).
 */
function settleOnAxis(p: P, parts: Part[], deductibleTotal: Fen, person: Person, s: YearState, steps: TraceStep[]) {
  const cap = p.money('inpatient.annual_cap');
  const increase = person.status === 'retired' ? p.ratio('inpatient.retired_ratio_increase') : null;
  const aboveRatio = p.ratio('critical_illness.above_cap_ratio');
  let remainingDeductible = deductibleTotal;
  let fund = 0;
  let ci = 0;
  let selfBurden = 0;
  for (const part of parts) {
    const d = Math.min(remainingDeductible, part.amount);
    remainingDeductible -= d;
    s.capAxis += d;
    selfBurden += d;
    const rest = part.amount - d;
    const below = overlap(s.capAxis, s.capAxis + rest, 0, cap.fen);
    const above = rest - below;
    const levelRatio = p.find('inpatient_levels', { level: part.level }).ratio('fund_ratio');
    const ratioPpm = levelRatio.ppm + (increase?.ppm ?? 0);
    const partFund = applyRatio(below, ratioPpm);
    const partCi = applyRatio(above, aboveRatio.ppm);
    steps.push(
      step({
        step: `inpatient pooling, level ${part.level}`,
        rule: levelRatio.use.citation,
        formula:
          `axis ${formatYuan(s.capAxis)} → ${formatYuan(s.capAxis + rest)}; below cap ${formatYuan(below)} × ${formatPercent(ratioPpm)}` +
          `${increase ? ` (level ${formatPercent(levelRatio.ppm)} + retired ${formatPercent(increase.ppm)})` : ''} = ${formatYuan(partFund)}` +
          (above
            ? `; above cap ${formatYuan(above)} × ${formatPercent(aboveRatio.ppm)} = ${formatYuan(partCi)} critical-illness insurance`
            : ''),
        inputs: { level: Number(part.level), amount: yuanOf(part.amount), deductiblePart: yuanOf(d), axisBefore: yuanOf(s.capAxis) },
        parameters: uses({
          fund_ratio: levelRatio,
          annual_cap: cap,
          ...(increase ? { retired_ratio_increase: increase } : {}),
          ...(above ? { above_cap_ratio: aboveRatio } : {}),
        }),
        result: { pooledFund: yuanOf(partFund), criticalIllness: yuanOf(partCi), selfBurden: yuanOf(rest - partFund - partCi) },
      }),
    );
    s.capAxis += rest;
    fund += partFund;
    ci += partCi;
    selfBurden += rest - partFund - partCi;
  }
  return { fund, ci, selfBurden };
}

/** 第二十九条 then 第三十条 2: veteran relief on the self-burden, then the annual self-burden bands. */
function reliefOnSelfBurden(p: P, selfBurden: Fen, person: Person, s: YearState, steps: TraceStep[]) {
  let fund = 0;
  if (person.preLiberationVeteran && selfBurden > 0) {
    const vr = p.ratio('veteran.inpatient_self_burden_ratio');
    fund = applyRatio(selfBurden, vr.ppm);
    steps.push(
      step({
        step: 'pre-1949 veteran: fund pays part of the self-burden',
        rule: vr.use.citation,
        formula: `${formatYuan(selfBurden)} × ${formatPercent(vr.ppm)} = ${formatYuan(fund)}`,
        inputs: { selfBurden: yuanOf(selfBurden) },
        parameters: { veteran_ratio: vr.use },
        result: yuanOf(fund),
      }),
    );
    selfBurden -= fund;
  }
  const s0 = s.inpatientSelfBurden;
  const s1 = s0 + selfBurden;
  s.inpatientSelfBurden = s1;
  let ci = 0;
  for (const band of p.rows('critical_illness_bands')) {
    const r = band.ranges.self_burden!;
    const part = overlap(s0, s1, yuanToFen(r.min ?? 0), r.max === null ? null : yuanToFen(r.max));
    if (part === 0) continue;
    const cell = p.cell('critical_illness_bands', band, 'ratio');
    const ratio = { ppm: ratioToPpm(cell.value as number), use: cell.use };
    const paid = applyRatio(part, ratio.ppm);
    ci += paid;
    steps.push(
      step({
        step: 'critical-illness insurance: annual self-burden band',
        rule: ratio.use.citation,
        formula: `annual self-burden ${formatYuan(s0)} → ${formatYuan(s1)}; part in band ${r.min ?? 0}…${r.max ?? '∞'} = ${formatYuan(part)} × ${formatPercent(ratio.ppm)} = ${formatYuan(paid)}`,
        inputs: { annualSelfBurdenBefore: yuanOf(s0), annualSelfBurdenAfter: yuanOf(s1) },
        parameters: { band_ratio: ratio.use },
        result: yuanOf(paid),
      }),
    );
  }
  return { fund, ci, selfBurden: selfBurden - ci };
}

function settleInpatient(
  p: P,
  c: Extract<Claim, { kind: 'inpatient' }>,
  person: Person,
  s: YearState,
): { split: Fens; steps: TraceStep[] } {
  const steps: TraceStep[] = [];
  const given: Part[] = (c.segments ?? [{ level: c.level!, eligibleAmount: c.eligibleAmount! }]).map((x) => ({
    level: String(x.level) as Part['level'],
    amount: yuanToFen(x.eligibleAmount),
  }));
  const eligible = sum(given.map((x) => x.amount));
  let parts = given;
  let selfPay = 0;
  if (c.location !== 'local') {
    const row = p.find('out_of_area', { location: c.location });
    const share = row.ratio('self_pay_ratio');
    const settleAs = row.get('settle_as_level');
    // Reading R4 (workbook note of out_of_area): the share is taken per part of a transfer stay, each part rounded,
    // so the formula shows each part's product and their sum — the arithmetic done, not the whole bill × ratio.
    const paids: Fen[] = [];
    parts = given.map((x) => {
      const paid = applyRatio(x.amount, share.ppm);
      selfPay += paid;
      paids.push(paid);
      return { level: settleAs.value === 'as-treated' ? x.level : (settleAs.value as Part['level']), amount: x.amount - paid };
    });
    const products = given.map((x, i) => `${formatYuan(x.amount)} × ${formatPercent(share.ppm)} = ${formatYuan(paids[i]!)}`);
    const shareFormula =
      products.length === 1
        ? products[0]!
        : `${products.map((x, i) => `part ${i + 1}: ${x}`).join('; ')} (each part rounded); ${paids.map((x) => formatYuan(x)).join(' + ')} = ${formatYuan(selfPay)}`;
    steps.push(
      step({
        step: 'out-of-area share paid first by the insured',
        rule: share.use.citation,
        formula: `${shareFormula} self-pay; the rest settles ${settleAs.value === 'as-treated' ? 'at the level treated' : `as level ${String(settleAs.value)}`}`,
        inputs: { location: c.location, eligible: yuanOf(eligible), ...(c.segments ? { parts: given.map((x) => yuanOf(x.amount)) } : {}) },
        parameters: uses({ self_pay_ratio: share, settle_as_level: settleAs }),
        result: yuanOf(selfPay),
      }),
    );
  }
  s.admissions += 1;
  const maxAdmissions = p.number('inpatient.deductible_max_admissions');
  const top = parts.reduce((a, b) => (b.level > a.level ? b : a)).level;
  const net = sum(parts.map((x) => x.amount));
  let deductible = 0;
  if (s.admissions <= maxAdmissions.n) {
    const d = p.find('inpatient_levels', { level: top }).money('deductible');
    deductible = Math.min(d.fen, net);
    steps.push(
      step({
        step: 'inpatient deductible',
        rule: d.use.citation,
        formula: `admission ${s.admissions} of the year (≤ ${maxAdmissions.n}); highest level ${top} → min(${formatYuan(d.fen)}, ${formatYuan(net)}) = ${formatYuan(deductible)}, taken from the first part`,
        inputs: { admission: s.admissions, levels: parts.map((x) => Number(x.level)) },
        parameters: uses({ deductible: d, max_admissions: maxAdmissions }),
        result: yuanOf(deductible),
      }),
    );
  } else {
    steps.push(
      step({
        step: 'inpatient deductible',
        rule: maxAdmissions.use.citation,
        formula: `admission ${s.admissions} of the year > ${maxAdmissions.n}: no deductible`,
        inputs: { admission: s.admissions },
        parameters: uses({ max_admissions: maxAdmissions }),
        result: 0,
      }),
    );
  }
  const axis = settleOnAxis(p, parts, deductible, person, s, steps);
  const relief = reliefOnSelfBurden(p, axis.selfBurden, person, s, steps);
  return {
    split: {
      eligible,
      pooledFund: axis.fund + relief.fund,
      personalAccount: 0,
      criticalIllness: axis.ci + relief.ci,
      selfBurden: relief.selfBurden,
      selfPay,
    },
    steps,
  };
}

function settleDesignatedDisease(
  p: P,
  c: Extract<Claim, { kind: 'designated-disease' }>,
  person: Person,
  s: YearState,
): { split: Fens; steps: TraceStep[] } {
  const steps: TraceStep[] = [];
  const eligible = yuanToFen(c.eligibleAmount);
  const perDose = p.money('designated_disease.herbal_cap_per_dose');
  const herbalCap = times(perDose.fen, c.herbalDoses);
  const herbal = yuanToFen(c.herbalAmount);
  const selfPay = Math.max(0, herbal - herbalCap);
  steps.push(
    step({
      step: 'designated disease: herbal medicine cap per dose',
      rule: perDose.use.citation,
      formula: `herbal ${formatYuan(herbal)} − ${c.herbalDoses} doses × ${formatYuan(perDose.fen)} = ${formatYuan(selfPay)} self-pay`,
      inputs: { herbalAmount: c.herbalAmount, herbalDoses: c.herbalDoses },
      parameters: { herbal_cap_per_dose: perDose.use },
      result: yuanOf(selfPay),
    }),
  );
  const level = p.text('designated_disease.ratio_level');
  // 第二十七条 可视作住院医疗费用（不计起付标准）: the deductible comes from the table (0), and the bill is not an admission.
  const deductible = p.money('designated_disease.deductible');
  const axis = settleOnAxis(p, [{ level: level.text as Part['level'], amount: eligible - selfPay }], deductible.fen, person, s, steps);
  steps[steps.length - 1]!.parameters.designated_disease_level = level.use;
  steps[steps.length - 1]!.parameters.designated_disease_deductible = deductible.use;
  const relief = reliefOnSelfBurden(p, axis.selfBurden, person, s, steps);
  return {
    split: {
      eligible,
      pooledFund: axis.fund + relief.fund,
      personalAccount: 0,
      criticalIllness: axis.ci + relief.ci,
      selfBurden: relief.selfBurden,
      selfPay,
    },
    steps,
  };
}

function settleHomeSickbed(p: P, c: Extract<Claim, { kind: 'home-sickbed' }>): { split: Fens; steps: TraceStep[] } {
  const eligible = yuanToFen(c.eligibleAmount);
  const deductible = p.money('home_sickbed.deductible_per_month');
  const cap = p.money('home_sickbed.cap_per_month');
  const ratio = p.ratio('home_sickbed.fund_ratio');
  const covered = Math.max(0, Math.min(eligible, times(cap.fen, c.months)) - times(deductible.fen, c.months));
  const fund = applyRatio(covered, ratio.ppm);
  const steps = [
    step({
      step: 'home sickbed pooling',
      rule: ratio.use.citation,
      formula: `(min(${formatYuan(eligible)}, ${c.months} × ${formatYuan(cap.fen)}) − ${c.months} × ${formatYuan(deductible.fen)}) = ${formatYuan(covered)}; × ${formatPercent(ratio.ppm)} = ${formatYuan(fund)}`,
      inputs: { months: c.months, eligible: yuanOf(eligible) },
      parameters: uses({ deductible_per_month: deductible, cap_per_month: cap, fund_ratio: ratio }),
      result: yuanOf(fund),
    }),
  ];
  return { split: { eligible, pooledFund: fund, personalAccount: 0, criticalIllness: 0, selfBurden: eligible - fund, selfPay: 0 }, steps };
}

const toYuan = (f: Fens) => ({
  eligible: yuanOf(f.eligible),
  pooledFund: yuanOf(f.pooledFund),
  personalAccount: yuanOf(f.personalAccount),
  criticalIllness: yuanOf(f.criticalIllness),
  selfBurden: yuanOf(f.selfBurden),
  selfPay: yuanOf(f.selfPay),
});

export const employeeMedicalSettlement = defineCalculator({
  id: 'employee-medical-settlement',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run(at, req) {
    const yearStart = at(`${req.year}-01-01`);
    const trace: TraceStep[] = [];
    let account: { monthly: Fen; opening: Fen } | null = null;
    if (req.person.scheme === 'B') {
      const credit = monthlyCredit(yearStart, req.person, req.year);
      trace.push(credit.step);
      const opening = req.currentYearAccount === undefined ? times(credit.fen, 12) : yuanToFen(req.currentYearAccount);
      trace.push(
        step({
          step: 'current-year personal account',
          rule: credit.step.rule,
          formula:
            req.currentYearAccount === undefined
              ? `12 × ${formatYuan(credit.fen)} = ${formatYuan(opening)}`
              : `balance given: ${formatYuan(opening)}`,
          inputs: { currentYearAccount: req.currentYearAccount ?? null },
          parameters: credit.step.parameters,
          result: yuanOf(opening),
        }),
      );
      account = { monthly: credit.fen, opening };
    }
    const state: YearState = { account: account?.opening ?? 0, outpatientCounter: 0, admissions: 0, capAxis: 0, inpatientSelfBurden: 0 };
    // Settled in date order; Array.prototype.sort is stable, so bills of one day keep request order.
    const order = req.claims.map((c, index) => ({ c, index })).sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : 0));
    const settled = order.map(({ c, index }) => {
      const p = at(c.date);
      const r =
        c.kind === 'outpatient'
          ? settleOutpatient(p, c, req.person, state)
          : c.kind === 'inpatient'
            ? settleInpatient(p, c, req.person, state)
            : c.kind === 'designated-disease'
              ? settleDesignatedDisease(p, c, req.person, state)
              : settleHomeSickbed(p, c);
      const traceSteps = r.steps.map((st) => trace.push({ ...st, step: `bill ${index + 1} (${c.date} ${c.kind}): ${st.step}` }) - 1);
      return { index, kind: c.kind, date: c.date, split: r.split, traceSteps };
    });
    const totals = settled.reduce<Fens>(
      (t, x) => ({
        eligible: t.eligible + x.split.eligible,
        pooledFund: t.pooledFund + x.split.pooledFund,
        personalAccount: t.personalAccount + x.split.personalAccount,
        criticalIllness: t.criticalIllness + x.split.criticalIllness,
        selfBurden: t.selfBurden + x.split.selfBurden,
        selfPay: t.selfPay + x.split.selfPay,
      }),
      { eligible: 0, pooledFund: 0, personalAccount: 0, criticalIllness: 0, selfBurden: 0, selfPay: 0 },
    );
    return {
      totals: toYuan(totals),
      claims: settled
        .sort((a, b) => a.index - b.index)
        .map((x) => ({ index: x.index, kind: x.kind, date: x.date, ...toYuan(x.split), traceSteps: x.traceSteps })),
      account: account
        ? { monthlyCredit: yuanOf(account.monthly), opening: yuanOf(account.opening), closing: yuanOf(state.account) }
        : null,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const employeeMedicalSettlementDocs = {
  title: { zh: '职工医保年度结算', en: 'Employee medical insurance: annual settlement' },
  description: {
    zh: '按嘉政发〔2014〕87号，计算一年内各笔费用由统筹基金、个人账户、大病保险、个人自负和自费分担的金额，并给出逐条依据。',
    en: "Splits a person's bills of one year between the pooled fund, personal account, critical-illness insurance, self-burden and self-pay under 嘉政发〔2014〕87号, with a cited trace.",
  },
  examples: {
    workedExample: {
      summary: 'Worked example of the spec: scheme B, retired, born 1945-03-10',
      value: {
        year: 2015,
        person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10', preLiberationVeteran: false },
        claims: [
          { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
          { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
          { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000, location: 'local' },
        ],
      },
    },
    veteran: {
      summary:
        'Pre-1949 veteran worker, scheme B, retired: account then veteran.outpatient_ratio above veteran.outpatient_deductible with no cap; inpatient above inpatient.annual_cap (第二十九、三十条)',
      value: {
        year: 2015,
        person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
        claims: [
          { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 10000 },
          { kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 300000 },
        ],
      },
    },
    outOfArea: {
      summary:
        'Out-of-area admissions: registered referral to Hangzhou, then unregistered care settled as level 3, each at its self-pay ratio in sheet out_of_area (第三十三条)',
      value: {
        year: 2015,
        person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
        claims: [
          { kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 50000, location: 'referral-hangzhou-shanghai' },
          { kind: 'inpatient', date: '2015-08-01', level: 1, eligibleAmount: 10000, location: 'unregistered' },
        ],
      },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalSettlement>;
