import { DOCUMENTED } from '../../documented';
import { failsWith } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { applyRatioUp, type Fen, PPM, percentText, yuanText, yuanToFen } from '../../engine/money';
import type { Params, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import { allOf, type NotAssessed, notAssessedSchema, notGiven, not, type Status, statusSchema, truthOf } from '../../engine/verdict';
import { localizedSchema } from '../../tables/model';
import { rulesInForce } from './land-entry-check';
import type { landSupply as LS } from './table';

/**
 * Checks a project's outcome against its land transfer contract or investment agreement under 嘉政办发〔2014〕106号
 * 二（三）3 「建立完善回收机制」: where per-mu input/output or the taxes due fall short of 50% of what the contract
 * (agreement) sets, or the project does not operate as its entry requirements say, the transferor may end the
 * transfer contract as the contract provides; the land-use right is then bought back at the original price, usable
 * buildings at a replacement-cost valuation, equipment stays with the enterprise, incentives are deducted. The 50% is
 * the workbook's recovery.attainment_min.
 *
 * A ground is met when it holds (the land may be taken back), as in land-entry-check's exclusions.
 *
 * Readings (also in the docs):
 * - 「亩均投入产出、应缴税款」 names three measures (input per mu, output per mu, taxes due per mu); each agreed measure is
 *   checked on its own and any one under 50% is a ground (「或」 joins the grounds). A measure the agreement does not set,
 *   or the request does not give, is not assessed, never assumed.
 * - 「未达到…50%」 is strictly below: exactly 50% is not a ground. Decided exactly: actual × 10⁶ < agreed × ratio (ppm).
 * - 「可按合同约定终止」: a ground allows the transferor to end the contract; the answer reports it, it is not an automatic
 *   take-back, and what the contract itself provides decides.
 * - Whether the project operates as its entry requirements say is the caller's finding (operatesAsRequired).
 */

type P = Params<typeof LS>;

export const RECOVERY_MEASURES = ['investment_per_mu', 'output_per_mu', 'tax_per_mu'] as const;
type Measure = (typeof RECOVERY_MEASURES)[number];
const GROUNDS = [...RECOVERY_MEASURES, 'not_operating_as_required'] as const;
type Ground = (typeof GROUNDS)[number];

const FIELD: Record<Measure, 'investmentPerMu' | 'outputPerMu' | 'taxPerMu'> = {
  investment_per_mu: 'investmentPerMu',
  output_per_mu: 'outputPerMu',
  tax_per_mu: 'taxPerMu',
};
const MEASURE_TEXT: Record<Measure, { zh: string; en: string }> = {
  investment_per_mu: { zh: '亩均投入', en: 'input per mu' },
  output_per_mu: { zh: '亩均产出', en: 'output per mu' },
  tax_per_mu: { zh: '亩均应缴税款', en: 'taxes due per mu' },
};

// ---------------------------------------------------------------------------------------------
// Request and response.

const agreedActual = (what: string) =>
  z
    .object({
      agreed: yuan(DOCUMENTED && `${what} agreed in the contract (agreement), CNY (> 0)`).refine(
        (n) => n > 0,
        failsWith('too-small', { zh: '须大于 0', en: 'must be greater than 0' }),
      ),
      actual: yuan(DOCUMENTED && `${what} reached, CNY (same unit and period as agreed)`),
    })
    .strict()
    .optional()
    .openapi(
      DOCUMENTED && { description: `${what}: the figure the contract (agreement) sets and the one reached; omitted = not assessed` },
    );

const input = z
  .object({
    date: isoDate(DOCUMENTED && 'Date of the check; before 106号 is in force (document.effective_date) the answer is 422 not-in-force'),
    investmentPerMu: agreedActual(DOCUMENTED && '亩均投入 input (investment) per mu'),
    outputPerMu: agreedActual(DOCUMENTED && '亩均产出 output per mu (e.g. annual sales per mu)'),
    taxPerMu: agreedActual(DOCUMENTED && '亩均应缴税款 taxes due per mu'),
    operatesAsRequired: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description: '按项目准入要求生产经营: the project produces and operates as its entry requirements say; omitted = not assessed',
        },
      ),
  })
  .strict();
type Req = z.output<typeof input>;

const groundSchema =
  DOCUMENTED &&
  z.object({
    ground: z.enum(GROUNDS),
    status: statusSchema,
    agreed: yuanOut(DOCUMENTED && 'the figure the contract sets (null for the operation ground or when not given)').nullable(),
    actual: yuanOut(DOCUMENTED && 'the figure reached (null for the operation ground or when not given)').nullable(),
    minimumToKeep: yuanOut(
      DOCUMENTED && 'the lowest figure that is not a ground: agreed × the ratio, rounded up to the fen (null when not given)',
    ).nullable(),
    explanation: localizedSchema,
    citation: z.string(),
  });

// Output-only: the Worker keeps no copy of it (src/documented.ts).
const output =
  DOCUMENTED &&
  z
    .object({
      recoveryGround: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: a ground holds, the transferor may end the transfer contract and take the land back as the contract provides (「可」: not automatic); ' +
              'false: no ground holds, all assessed; null: none holds of those assessed, but some were not (see notAssessed)',
          },
        ),
      attainmentMin: ratioOut(DOCUMENTED && 'the share of the agreed figures a project must reach'),
      grounds: z.array(groundSchema),
      notAssessed: z.array(notAssessedSchema),
      consequences: z
        .array(z.object({ key: z.string(), text: localizedSchema, citation: z.string() }))
        .openapi(DOCUMENTED && { description: 'what follows a take-back (二（三）3), listed when recoveryGround is true' }),
    })
    .openapi('LandRecoveryCheck');

// ---------------------------------------------------------------------------------------------
// Rules.

interface Checked {
  out: z.output<typeof groundSchema>;
  open: NotAssessed | null;
}

/**
 * 二（三）3「对亩均投入产出、应缴税款未达到合同（协议）约定的50%…」: one measure against its agreed figure, strictly
 * below the ratio being the ground; decided exactly in fen × ppm.
 */
function measureShortfall(trace: Trace, ratio: RatioRead, measure: Measure, given: Req['investmentPerMu']): Checked {
  const t = MEASURE_TEXT[measure];
  const field = FIELD[measure];
  const pct = percentText(ratio.ppm);
  return trace.step({ zh: `${t.zh}与约定的${pct}`, en: `${t.en} against ${pct} of the agreed` }, (s) => {
    s.uses(ratio).inputs({ [field]: given ?? null });
    if (!given) {
      const text = { zh: `未提供${t.zh}：未评估`, en: `${t.en} not given: not assessed` };
      s.formula(text);
      const open = notGiven(measure, [field], { zh: `未提供${t.zh}`, en: `${t.en} not given` });
      return s.result('not_assessed', checked(measure, 'not_assessed', ratio.use.citation, text, null, open));
    }
    const agreed = yuanToFen(given.agreed);
    const actual = yuanToFen(given.actual);
    // 未达到 excludes the bound: exact, in fen × ppm
    const below = BigInt(actual) * BigInt(PPM) < BigInt(agreed) * BigInt(ratio.ppm);
    const keep: Fen = applyRatioUp(agreed, ratio.ppm);
    const [a, g, k] = [yuanText(actual), yuanText(agreed), yuanText(keep)];
    const text = below
      ? {
          zh: `${t.zh} ${a} 元 < 约定 ${g} 元 × ${pct}（${k} 元）：属于收回情形`,
          en: `${t.en} ${a} < ${pct} of the agreed ${g} (${k}): a ground`,
        }
      : {
          zh: `${t.zh} ${a} 元 ≥ 约定 ${g} 元 × ${pct}（${k} 元）：不属于`,
          en: `${t.en} ${a} ≥ ${pct} of the agreed ${g} (${k}): not a ground`,
        };
    s.formula(text);
    const status: Status = below ? 'met' : 'not_met';
    return s.result(status, checked(measure, status, ratio.use.citation, text, [agreed, actual, keep], null));
  });
}

/** 二（三）3「或者不按项目准入要求生产经营的」: the second ground, on the caller's finding. */
function notOperatingAsRequired(p: P, trace: Trace, operates: boolean | undefined): Checked {
  return trace.step({ zh: '是否按准入要求生产经营', en: 'operating as required' }, (s) => {
    const rule = p.text('recovery.other_trigger');
    s.inputs({ operatesAsRequired: operates ?? null });
    const status: Status = operates === undefined ? 'not_assessed' : operates ? 'not_met' : 'met';
    const text =
      status === 'not_assessed'
        ? { zh: '未说明是否按准入要求生产经营：未评估', en: 'whether it operates as required is not given: not assessed' }
        : status === 'met'
          ? { zh: '不按准入要求生产经营：属于收回情形', en: 'not operating as required: a ground' }
          : { zh: '按准入要求生产经营：不属于', en: 'operating as required: not a ground' };
    s.formula(text);
    const open =
      status === 'not_assessed'
        ? notGiven('not_operating_as_required', ['operatesAsRequired'], {
            zh: '未说明是否按准入要求生产经营',
            en: 'whether it operates as required is not given',
          })
        : null;
    return s.result(status, checked('not_operating_as_required', status, rule.use.citation, text, null, open));
  });
}

/** One ground as the answer lists it; figures in fen: agreed, actual, the lowest that is not a ground. */
const checked = (
  ground: Ground,
  status: Status,
  citation: string,
  explanation: { zh: string; en: string },
  fens: [Fen, Fen, Fen] | null,
  open: NotAssessed | null,
): Checked => ({
  out: {
    ground,
    status,
    agreed: fens && yuanOf(fens[0]),
    actual: fens && yuanOf(fens[1]),
    minimumToKeep: fens && yuanOf(fens[2]),
    explanation,
    citation,
  },
  open,
});

/** Any ground holding is enough (「或」); false only when every ground was assessed and none holds. */
const recoveryOf = (checked: Checked[]): boolean | null => not(allOf(checked.map((c) => not(truthOf(c.out.status, false)))));

const CONSEQUENCES = [
  'recovery.land_buyback_basis',
  'recovery.building_buyback_method',
  'recovery.equipment',
  'recovery.incentive_clawback',
] as const;

/** 二（三）3: what follows a take-back — the buy-back of the land and buildings, equipment, incentives deducted. */
function consequences(p: P, trace: Trace, recovery: boolean | null): { key: string; text: { zh: string; en: string }; citation: string }[] {
  if (recovery !== true) return [];
  return trace.step({ zh: '收回土地时的处理', en: 'what follows a take-back' }, (s) => {
    const list = CONSEQUENCES.map((key) => {
      const t = p.text(key);
      // the workbook cell is "中文 / English"
      const [zh, en] = t.text.split(' / ');
      return { key, text: { zh: zh!, en: en ?? zh! }, citation: t.use.citation };
    });
    s.formula({ zh: list.map((c) => c.text.zh).join('；'), en: list.map((c) => c.text.en).join('; ') });
    return s.result(list.length, list);
  });
}

// ---------------------------------------------------------------------------------------------

export const landRecoveryCheck = defineCalculator({
  id: 'land-recovery-check',
  table: tableRef<typeof LS>('land-supply'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    rulesInForce(p, trace, req.date);
    const ratio = p.ratio('recovery.attainment_min');
    const checked = [
      ...RECOVERY_MEASURES.map((m) => measureShortfall(trace, ratio, m, req[FIELD[m]])),
      notOperatingAsRequired(p, trace, req.operatesAsRequired),
    ];
    const recoveryGround = recoveryOf(checked);
    return {
      recoveryGround,
      attainmentMin: ratio.ppm / PPM,
      grounds: checked.map((c) => c.out),
      notAssessed: checked.flatMap((c) => (c.open ? [c.open] : [])),
      consequences: consequences(p, trace, recoveryGround),
    };
  },
});
