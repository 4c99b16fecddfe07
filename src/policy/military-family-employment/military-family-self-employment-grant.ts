import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { type Fen, fen, minFen, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { MoneyRead, Params } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import {
  anyOf,
  GROUND_WORDS,
  type NotAssessed,
  notAssessedSchema,
  notGiven,
  not,
  statusOf,
  statusSchema,
  type Tri,
} from '../../engine/verdict';
import type { militaryFamilyEmployment as MFE } from './table';

/**
 * One-off self-employment grant (一次性自谋职业补助金) for a military family member, 嘉政发〔2014〕85号 第二十条:
 * 「嘉兴市区驻军自谋职业的随军家属补助金标准为2万元。…自谋职业补助与随军家属生活困难补助，不得重复享受，已享受随军
 * 家属生活困难补助的，在自谋职业一次性补助金中扣除。」
 *
 * Readings (also in the workbook notes):
 * - The standard is published only for the urban-district garrison (嘉兴市区驻军). The counties apply the rules by
 *   reference (第三十一条) at a standard the gazette does not give: their row is empty and the answer is a 422
 *   not-published problem naming it, never the urban figure or 0.
 * - The deduction is taken out of the grant itself (在…补助金中扣除): it never exceeds the grant, the grant due is
 *   never negative, and no repayment of an excess is provided for (reported for information only).
 * - 随军家属生活困难补助 is whatever the caller declares as received; the calculator does not compute it.
 * - 第二十八条 「不予安置」 applies to the grant, which counts as placement (第二十条 视同已安置): a ground met → not
 *   eligible, nothing due. The grounds are facts the caller states (the statutory retirement age is not in the
 *   gazette); each not given is not assessed, and eligibility is then undetermined (null) unless another is met.
 */

/** 第二十八条 grounds (sheet exclusions) → the request's fact. */
const EXCLUSION_FACTS = {
  same_area_employment: 'sameAreaEmployment',
  false_or_incomplete_documents: 'falseOrIncompleteDocuments',
  retirement_age_this_year: 'retirementAgeThisYear',
  under_investigation: 'underInvestigation',
  already_placed: 'alreadyPlaced',
} as const;
type Ground = keyof typeof EXCLUSION_FACTS;

const AREA_ZH = { urban_districts: '嘉兴市区驻军', counties: '各县（市）驻军' } as const;

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before the rules are in force (document.effective_date) the answer is 422 not-in-force',
    ),
    garrisonArea: z.enum(['urban_districts', 'counties']).openapi(
      DOCUMENTED && {
        description:
          "Where the serviceman's unit is stationed: urban_districts = 嘉兴市区 (南湖区、秀洲区 with the development zones placed with them); counties = 嘉善县、海盐县、海宁市、平湖市、桐乡市",
      },
    ),
    hardshipSubsidyReceived: yuan(
      DOCUMENTED && 'Total 随军家属生活困难补助 (hardship subsidy for military family members) already received, yuan',
    ).default(0),
    exclusionFacts: z
      .object({
        sameAreaEmployment: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '1. 现工作单位与部队驻地在同一市区、县（市）范围' }),
        falseOrIncompleteDocuments: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '2. 提供虚假材料的或档案材料不全' }),
        retirementAgeThisYear: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '3. 当年达到国家法定退休年龄' }),
        underInvestigation: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '4. 受审查尚未作出结论' }),
        alreadyPlaced: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '5. 已安置过' }),
      })
      .strict()
      .default({})
      .openapi(DOCUMENTED && { description: '第二十八条 grounds for refusing placement; each omitted = not assessed' }),
  })
  .strict();

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      garrisonArea: z.enum(['urban_districts', 'counties']),
      grantStandard: yuanOut(DOCUMENTED && 'grant standard 补助金标准'),
      hardshipSubsidyReceived: yuanOut(DOCUMENTED && 'hardship subsidy already received (input)'),
      deduction: yuanOut(DOCUMENTED && 'deducted from the grant: min(received, standard)'),
      grantDue: yuanOut(DOCUMENTED && 'grant still due, never negative'),
      excessNotDeducted: yuanOut(DOCUMENTED && 'received above the standard: not deducted, no repayment provided for (information)'),
      countsAsPlaced: z.boolean().openapi(DOCUMENTED && { description: '视同当地政府已安置就业' }),
      eligible: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description: '第二十八条: false when a ground is met (grantDue 0), null when a ground is not assessed and none is met',
          },
        ),
      exclusions: z.array(z.object({ ground: z.string(), description: z.string(), status: statusSchema, citation: z.string() })),
      notAssessed: z.array(notAssessedSchema),
    })
    .openapi('MilitaryFamilySelfEmploymentGrant');

type P = Params<typeof MFE>;
type Garrison = z.output<typeof input>['garrisonArea'];

/**
 * 第二十条「嘉兴市区驻军自谋职业的随军家属补助金标准为2万元」, 第三十一条: the standard of the garrison area. The
 * counties' row has an empty amount: money() throws the not-published error naming it (never the urban figure or 0).
 */
function grantStandard(p: P, trace: Trace, garrisonArea: Garrison): MoneyRead {
  return trace.step({ zh: '补助金标准', en: 'grant standard' }, (s) => {
    const standard = p.find('self_employment_grant', { garrison_area: garrisonArea }).money('amount');
    s.inputs({ garrisonArea });
    s.formula({
      zh: `${AREA_ZH[garrisonArea]}：自谋职业补助金标准 ${yuanText(standard.fen)} 元`,
      en: `${garrisonArea} → ${yuanText(standard.fen)}`,
    });
    return s.result(yuanOf(standard.fen), standard);
  });
}

/**
 * 第二十条「已享受随军家属生活困难补助的，在自谋职业一次性补助金中扣除」: out of the grant itself, so at most the
 * grant and the grant due is never negative; an excess is reported, not reclaimed.
 */
function hardshipDeduction(p: P, trace: Trace, standard: MoneyRead, receivedYuan: number): { deduction: Fen; due: Fen; excess: Fen } {
  const received = yuanToFen(receivedYuan);
  return trace.step({ zh: '扣除已享受的随军家属生活困难补助', en: 'hardship subsidy already received deducted from the grant' }, (s) => {
    const deducts = p.get('self_employment_grant.deducts_hardship_subsidy');
    const deduction = deducts.value === true ? minFen(received, standard.fen) : ZERO;
    const due = fen(standard.fen - deduction);
    const excess = deducts.value === true ? fen(Math.max(0, received - standard.fen)) : ZERO;
    s.uses(standard).inputs({ hardshipSubsidyReceived: receivedYuan });
    s.formula(
      deducts.value === true
        ? {
            zh:
              `补助金标准 ${yuanText(standard.fen)} 元，扣除已享受的生活困难补助 ${yuanText(received)} 元（最多扣到标准 ${yuanText(standard.fen)} 元为止），还应发 ${yuanText(due)} 元` +
              (excess ? `；超出标准的 ${yuanText(excess)} 元不再扣除，也不要求退还` : ''),
            en:
              `${yuanText(standard.fen)} − min(${yuanText(received)}, ${yuanText(standard.fen)}) = ${yuanText(due)}` +
              (excess ? `; ${yuanText(excess)} received above the standard is not deducted (no repayment provided for)` : ''),
          }
        : { zh: `不扣除生活困难补助，应发 ${yuanText(due)} 元`, en: `no deduction: ${yuanText(due)}` },
    );
    return s.result({ deduction: yuanOf(deduction), grantDue: yuanOf(due), excessNotDeducted: yuanOf(excess) }, { deduction, due, excess });
  });
}

/** 第二十条「视同当地政府已安置就业」: taking the grant counts as placement in employment. */
function countsAsPlaced(p: P, trace: Trace): boolean {
  const placed = trace.step({ zh: '领取补助金视同已安置就业', en: 'taking the grant counts as placement' }, (s) => {
    const placed = p.get('self_employment_grant.counts_as_placed');
    s.formula({
      zh: '领取一次性自谋职业补助金，视同当地政府已安置就业',
      en: 'taking the one-off self-employment grant counts as placement in employment by the local government (视同当地政府已安置就业)',
    });
    return s.result(placed.value);
  });
  return placed === true;
}

/** 第二十八条 「对有下列情形的随军家属不予安置」: each ground of the sheet exclusions, from the caller's facts. */
function placementExclusions(p: P, trace: Trace, facts: z.output<typeof input>['exclusionFacts'], notAssessed: NotAssessed[]) {
  return trace.step({ zh: '不予安置的情形', en: 'grounds for refusing placement' }, (s) => {
    const rows = p.rows('exclusions');
    const list = rows.map((r) => {
      const ground = String(r.cells.ground) as Ground;
      const description = p.cell('exclusions', r, 'description');
      const field = EXCLUSION_FACTS[ground];
      const v: Tri = field ? (facts[field] ?? null) : null;
      const [zh = '', en = zh] = String(description.value).split(' / ');
      if (v === null)
        notAssessed.push(
          notGiven(`exclusions.${ground}`, [`exclusionFacts.${field ?? ground}`], {
            zh: `未提供是否属于“${zh}”，该不予安置情形尚不能确定`,
            en: `not said whether the ground “${en}” applies`,
          }),
        );
      return { ground, description: String(description.value), status: statusOf(v), citation: r.citation.text, v };
    });
    const excluded = anyOf(list.map((x) => x.v));
    s.rule(list[0]?.citation ?? '').inputs({ exclusionFacts: facts });
    s.formula({
      zh: `${list.map((x, k) => `${k + 1}. ${x.description.split(' / ')[0]}：${GROUND_WORDS[x.status].zh}`).join('；')} → ${excluded === true ? '不予安置，不发补助金' : excluded === false ? '没有不予安置的情形' : '尚不能确定是否不予安置'}`,
      en: `${list.map((x, k) => `${k + 1}. ${x.description.split(' / ')[1] ?? x.description}: ${GROUND_WORDS[x.status].en}`).join('; ')} → ${excluded === true ? 'refused (nothing due)' : excluded === false ? 'no ground' : 'undetermined'}`,
    });
    return s.result(excluded, { eligible: not(excluded), exclusions: list.map(({ v: _v, ...x }) => x) });
  });
}

export const militaryFamilySelfEmploymentGrant = defineCalculator({
  id: 'military-family-self-employment-grant',
  table: tableRef<typeof MFE>('military-family-employment'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const standard = grantStandard(p, trace, req.garrisonArea);
    const { deduction, due, excess } = hardshipDeduction(p, trace, standard, req.hardshipSubsidyReceived);
    const placed = countsAsPlaced(p, trace);
    const notAssessed: NotAssessed[] = [];
    const { eligible, exclusions } = placementExclusions(p, trace, req.exclusionFacts, notAssessed);
    return {
      date: req.date,
      garrisonArea: req.garrisonArea,
      grantStandard: yuanOf(standard.fen),
      hardshipSubsidyReceived: req.hardshipSubsidyReceived,
      deduction: yuanOf(deduction),
      grantDue: eligible === false ? 0 : yuanOf(due),
      excessNotDeducted: yuanOf(excess),
      countsAsPlaced: placed,
      eligible,
      exclusions,
      notAssessed,
    };
  },
});
