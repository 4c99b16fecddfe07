import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { EngineError, type FieldIssue, refused } from '../../engine/errors';
import { alternativeReadingNotice, alternativesSchema, readingSchema } from '../../engine/alternatives';
import { issue } from '../../engine/issue';
import { allOf, type NotAssessed, notAssessedSchema, notGiven, type Status, statusOf, statusSchema, type Tri } from '../../engine/verdict';
import { dateOrToday, isoDate, MAX_COMPANIES, tonnes, tonnesToUnits, TONNE_UNITS, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { fen, PPM, percentText, ratioToPpm, yuanText, yuanToFen } from '../../engine/money';
import { errorOf, type NumberRead, type Params, type ParamUse, type TextRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { Localized, ScaleRow } from '../../tables/model';
import type { emissionRights as ER } from './table';
import { CLASSES } from './codes';

/**
 * 三三制 classes of the firms of one industry under 嘉政办发〔2014〕112号 绩效意见 二（一）2–3, with the
 * reduction-task group of 二（二）1 一是.
 *
 * Readings (also in the notes of the sheets classes and class_exclusions):
 * - Metric t = taxPaid / tonnes, compared exactly: firm i is above j when taxFen_i × t4_j > taxFen_j × t4_i
 *   (fen × 1/10 000 t, BigInt). Equal t = a tie block occupying positions first…last; rank = first ("1224").
 * - With n firms and B = ranking.bands: encouraged only if the block lies wholly in the top third
 *   (B × last ≤ n), other only if wholly in the bottom third (B × (first − 1) ≥ (B − 1) × n), else general
 *   (middle-third when it lies wholly in the middle, straddles-boundary otherwise). A firm in doubt gets the
 *   baseline class; the outer classes never exceed a third.
 * - Exclusions apply after ranking and do not re-rank: forced-other always gives other; not-encouraged
 *   demotes an encouraged position to demoted_to (general). No other firm moves up.
 * - Top 10 %: 「排名最前的10%的鼓励类企业」 is read as the top-ranked share of the encouraged firms, by the same
 *   "wholly within" test (lastE × 10^6 ≤ share_ppm × m); the other reading, the encouraged firms in the top 10 % of
 *   the whole industry (last × 10^6 ≤ share_ppm × n, as 「排名最后10%」 of 二（二）2 三是 is read), is answered in
 *   `alternatives` (the factor is 「可为」 either way).
 * - 绩效意见 二（一）1: a new project not yet through its 三同时 acceptance on the date is not ranked (not in n).
 * - 绩效意见 二（二）2 三是: 「连续两年排名为其它类」 and 「连续三年排名最后10%」 count this ranking as the latest year
 *   and the caller's history (most recent first) before it; the bottom 10 % is of the industry, by the "wholly
 *   within" test from the bottom ((n − first + 1) × 10^6 ≤ share_ppm × n). Closure needs all three conditions.
 */

type P = Params<typeof ER>;
type Class = (typeof CLASSES)[number];

const companyInput = z
  .object({
    id: z
      .string()
      .min(1)
      .max(64)
      .openapi(DOCUMENTED && { description: 'Firm identifier, unique in the request', example: 'A' }),
    taxPaid: yuan(
      DOCUMENTED &&
        'Tax contribution of the evaluation period (税收贡献, yuan); its definition is not published (performance.metric.tax_definition), the evaluating authority supplies it',
    ),
    emissionRightsTonnes: tonnes(
      DOCUMENTED &&
        'Emission-right indicators held (吨排污权指标) in the pollutants of ranking_pollutants for the industry, summed; > 0, at most 4 decimals',
      { positive: true },
    ),
    exclusions: z
      .array(z.string().min(1).max(64))
      .max(10)
      .default([])
      .openapi(
        DOCUMENTED && {
          description:
            'Codes of the sheet class_exclusions that apply to the firm: reduction-task-unmet-no-purchase, major-environmental-violation, initial-right-not-paid',
          example: [],
        },
      ),
    newProject: z
      .object({
        acceptedOn: isoDate(DOCUMENTED && '三同时验收 (acceptance) date of the new project').nullable(),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '绩效意见 二（一）1: a new project joins the ranking only after its 三同时 acceptance; acceptedOn null (not yet) or after the date → not ranked',
        },
      ),
    history: z
      .array(
        z
          .object({
            class: z.enum(CLASSES),
            inBottomShare: z
              .boolean()
              .optional()
              .openapi(
                DOCUMENTED && {
                  description: 'ranked in the bottom share of the industry that year (sanctions.closure_bottom_share, 排名最后…)',
                },
              ),
          })
          .strict(),
      )
      .max(20)
      .optional()
      .openapi(
        DOCUMENTED && {
          description: 'The firm’s rankings of the previous years, most recent first (for the sanctions of 绩效意见 二（二）2 三是)',
        },
      ),
    reductionTaskCompleted: z
      .boolean()
      .optional()
      .openapi(DOCUMENTED && { description: 'The year’s reduction task completed (closure needs it not completed)' }),
    intensityAboveCityAverage: z
      .boolean()
      .optional()
      .openapi(DOCUMENTED && { description: '排污强度 above the city average (not defined by the text; the authority judges)' }),
  })
  .strict()
  .openapi('EvaluatedFirm');

const input = z
  .object({
    industry: z
      .string()
      .min(1)
      .max(64)
      .openapi(
        DOCUMENTED && {
          description:
            'Industry code of the sheet industries with performance_evaluated = yes: dyeing, paper, tanning, chemicals, electroplating, thermal-power (热电)',
          example: 'dyeing',
        },
      ),
    date: dateOrToday(DOCUMENTED && 'Evaluation date (the table rows in force on it apply)'),
    companies: z
      .array(companyInput)
      .min(1)
      .max(MAX_COMPANIES, { error: `at most ${MAX_COMPANIES} firms` })
      .openapi(
        DOCUMENTED && {
          description:
            'Every evaluated firm of the industry: the ranking is city-wide (统一排序), the thirds are computed over exactly these firms',
        },
      ),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.companies.forEach((c, i) => {
      if (seen.has(c.id)) issue(ctx, ['companies', i, 'id'], 'duplicate', { zh: `企业标识“${c.id}”重复`, en: `duplicate id "${c.id}"` });
      seen.add(c.id);
      const codes = new Set<string>();
      (c.exclusions ?? []).forEach((x, j) => {
        if (codes.has(x))
          issue(ctx, ['companies', i, 'exclusions', j], 'duplicate', { zh: `排除情形“${x}”重复`, en: `repeated exclusion "${x}"` });
        codes.add(x);
      });
    });
  });

const positionRules = ['top-third', 'middle-third', 'bottom-third', 'straddles-boundary'] as const;
const groups = ['encouraged-top-10pct', 'encouraged', 'general', 'other'] as const;
/** A sanction's status in words (the steps say it; the answer keeps the code). */
const SANCTION: Record<Status, Localized> = {
  met: { zh: '适用', en: 'applies' },
  not_met: { zh: '不适用', en: 'does not apply' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  not_assessed: { zh: '尚不能确定', en: 'not yet determined' },
};

const companyOut =
  DOCUMENTED &&
  z
    .object({
      id: z.string(),
      taxPerTonne: yuanOut(DOCUMENTED && 'tax per tonne, rounded half-up to the fen (display only: ranking uses exact values)'),
      rank: z
        .number()
        .int()
        .openapi(DOCUMENTED && { description: 'Standard competition rank (1224): 1 + number of firms with a strictly better metric' }),
      positionFrom: z.number().int(),
      positionTo: z.number().int(),
      positionClass: z.enum(CLASSES).openapi(DOCUMENTED && { description: 'Class from the positions alone' }),
      class: z.enum(CLASSES).openapi(DOCUMENTED && { description: 'Final class after exclusions' }),
      rule: z.string().openapi(
        DOCUMENTED && {
          description: 'top-third, middle-third, bottom-third, straddles-boundary, forced-other:<code> or not-encouraged:<code>',
        },
      ),
      exclusionsApplied: z.array(z.string()),
      reductionTaskGroup: z.enum(groups).nullable(),
      reductionTaskFactor: z
        .number()
        .nullable()
        .openapi(DOCUMENTED && { description: 'Multiple of the city-average reduction task (not published, so no tonnage)' }),
      reductionTaskDiscretionary: z
        .boolean()
        .nullable()
        .openapi(DOCUMENTED && { description: 'true: 「可为」, a ceiling the authority may grant' }),
      citation: z.string(),
      sanctions: z
        .object({
          forcedRectification: statusSchema.openapi(
            DOCUMENTED && { description: '强制整治提升: ranked other this year and the years before, as many as the table says running' },
          ),
          closurePlan: statusSchema.openapi(
            DOCUMENTED && {
              description:
                '落后产能关停计划: in the bottom share of the industry (sanctions.closure_bottom_share) this year and the years before, as many running, the year’s task not completed, and 排污强度 above the city average',
            },
          ),
          inBottomShare: z
            .boolean()
            .openapi(DOCUMENTED && { description: 'in the bottom share of the industry in this ranking (sanctions.closure_bottom_share)' }),
        })
        .nullable()
        .openapi(DOCUMENTED && { description: '绩效意见 二（二）2 三是; null before the rules apply (2015-01-01)' }),
    })
    .openapi('FirmClass');

const groupFields = DOCUMENTED && {
  id: z.string(),
  reductionTaskGroup: z.enum(groups).nullable(),
  reductionTaskFactor: z.number().nullable(),
  reductionTaskDiscretionary: z.boolean().nullable(),
};

const output =
  DOCUMENTED &&
  z
    .object({
      industry: z.string(),
      date: z.string(),
      firmCount: z.number().int(),
      bands: z.number().int(),
      pollutantsCounted: z.array(z.string()),
      counts: z.object({ encouraged: z.number().int(), general: z.number().int(), other: z.number().int() }),
      companies: z.array(companyOut),
      notRanked: z
        .array(z.object({ id: z.string(), reason: z.enum(['new-project-not-accepted']) }))
        .openapi(
          DOCUMENTED && { description: 'Firms given but not ranked: a new project before its 三同时 acceptance (绩效意见 二（一）1)' },
        ),
      reading: readingSchema.nullable(),
      alternatives: alternativesSchema({ companies: z.array(z.object(groupFields)) }),
      notAssessed: z.array(notAssessedSchema),
      notes: z.array(z.string()),
    })
    .openapi('EmissionRightsClasses');

interface Firm {
  index: number;
  id: string;
  fen: bigint;
  t4: bigint;
  exclusions: string[];
}

/** Firms of equal metric: they occupy positions first…last (1-based) together. */
interface Block {
  first: number;
  last: number;
  firms: Firm[];
}

type Request = z.output<typeof input>;
type Group = (typeof groups)[number];
type ExclusionRows = Map<string, ScaleRow>;
/** The class of each band of the sheet classes: band 1, the middle band, band B. */
type ClassesByBand = ReturnType<typeof classesByBand>;

/** A firm's place after its exclusions: its block's positions, the class they give, and the final class. */
interface Placed {
  firm: Firm;
  first: number;
  last: number;
  positionClass: Class;
  rule: string;
  cls: Class;
  applied: string[];
}

/** Sign of (metric a − metric b) for metric = fen / t4, exactly. */
const compareMetric = (a: Firm, b: Firm) => {
  const d = a.fen * b.t4 - b.fen * a.t4;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/** round_half_up(fen × TONNE_UNITS / t4): fen per tonne. */
const perTonneFen = (f: Firm) => {
  const num = 2n * f.fen * BigInt(TONNE_UNITS) + f.t4;
  return Number(num / (2n * f.t4));
};

/** Tie blocks of an ordered list: [first, last] positions (1-based) of each firm. */
function blocks(ordered: Firm[]): Block[] {
  const out: Block[] = [];
  for (const [i, f] of ordered.entries()) {
    const cur = out[out.length - 1];
    if (cur && compareMetric(cur.firms[0]!, f) === 0) {
      cur.firms.push(f);
      cur.last = i + 1;
    } else out.push({ first: i + 1, last: i + 1, firms: [f] });
  }
  return out;
}

const CLASS_ZH: Record<string, string> = { encouraged: '鼓励类', general: '一般类', other: '其它类' };
const classZh = (c: string) => CLASS_ZH[c] ?? c;
/** Pollutant codes of the sheet ranking_pollutants, in words (the sheet pollutants names them too, but only from 2015-01-15). */
const POLLUTANT_ZH: Record<string, string> = { cod: '化学需氧量', 'ammonia-nitrogen': '氨氮', so2: '二氧化硫', nox: '氮氧化物' };

function classesByBand(p: P, bands: number) {
  const rows = p.rows('classes');
  const byBand = new Map<number, { cls: Class; use: ParamUse }>();
  for (const r of rows) {
    const band = p.cell('classes', r, 'band');
    byBand.set(band.value as number, { cls: r.cells.class as Class, use: band.use });
  }
  const top = byBand.get(1);
  const bottom = byBand.get(bands);
  const middle = [...byBand.entries()].filter(([b]) => b !== 1 && b !== bands);
  if (rows.length !== bands || byBand.size !== bands || !top || !bottom || middle.length !== 1) {
    throw refused(
      {
        zh: `${p.table.id} 的 classes 表应把第 1 至第 ${bands} 档对应为前、中、后三类各一档；${p.date} 有效的只有 ${rows.length} 行，无法分类。`,
        en: `${p.table.id}: the sheet classes must map bands 1…${bands} (ranking.bands) to one top, one middle and one bottom class; it has ${rows.length} row(s) in force on ${p.date}.`,
      },
      { parameter: { table: p.table.id, key: 'classes', note: null, citation: rows[0]?.citation.text ?? null } },
    );
  }
  return { top, middle: middle[0]![1], bottom };
}

/** 绩效意见 二（一）3: the number of bands, the order of the ranking and the class of each band. */
function rankingRule(p: P, trace: Trace, n: number) {
  return trace.step({ zh: '分类规则', en: 'ranking rule' }, (s) => {
    const bands = p.number('ranking.bands');
    const order = p.text('ranking.order');
    const cls = classesByBand(p, bands.n);
    const B = bands.n;
    s.inputs({ firmCount: n });
    s.formula({
      zh: `分 ${B} 档，按吨排污权税收贡献${order.text === 'ascending' ? '从低到高' : '从高到低'}排序：第 1 档为${classZh(cls.top.cls)}，中间档为${classZh(cls.middle.cls)}，第 ${B} 档为${classZh(cls.bottom.cls)}；参评企业 ${n} 家`,
      en: `${B} bands, order ${order.text}: band 1 → ${cls.top.cls}, middle → ${cls.middle.cls}, band ${B} → ${cls.bottom.cls}; n = ${n} firms`,
    });
    return s.result({ bands: B, order: order.text }, { bands, order, cls });
  });
}

/**
 * 绩效意见 二（一）2: the industry must be one the evaluation covers, and its tonnes are those of the pollutants of
 * ranking_pollutants. The industry and the exclusion codes are checked against the table together: every unknown
 * code in one answer.
 */
function pollutantsCounted(p: P, trace: Trace, req: Request): { pollutantsCounted: string[]; exclusionRows: ExclusionRows } {
  return trace.step({ zh: '参评行业和计入的污染物', en: 'industry and pollutants counted' }, (s) => {
    const codeErrors: FieldIssue[] = [];
    const industryRow = p.rows('industries').find((r) => r.cells.industry === req.industry);
    const evaluated = industryRow ? p.cell('industries', industryRow, 'performance_evaluated') : null;
    if (!industryRow)
      codeErrors.push({
        path: ['industry'],
        code: 'unknown-code',
        message: { zh: `数据表中没有行业代码“${req.industry}”`, en: `unknown industry code "${req.industry}" (sheet industries)` },
      });
    else if (evaluated!.value !== true)
      codeErrors.push({
        path: ['industry'],
        code: 'not-evaluated',
        message: {
          zh: `该行业不参加绩效评价（${evaluated!.use.citation}）`,
          en: `not in the performance evaluation (${evaluated!.use.citation})`,
        },
      });
    const exclusionRows = new Map(p.rows('class_exclusions').map((r) => [String(r.cells.code), r]));
    for (const [i, c] of req.companies.entries()) {
      c.exclusions.forEach((x, j) => {
        if (!exclusionRows.has(x))
          codeErrors.push({
            path: ['companies', i, 'exclusions', j],
            code: 'unknown-code',
            message: {
              zh: `数据表中没有排除情形代码“${x}”`,
              en: `unknown exclusion "${x}"; codes: ${[...exclusionRows.keys()].join(', ')}`,
            },
          });
      });
    }
    if (codeErrors.length || !evaluated)
      throw new EngineError(
        'invalid-input',
        {
          zh: '请求中有数据表不认识或不参加绩效评价的行业代码、排除情形代码，见各字段的说明。',
          en: `The request body is not valid: ${codeErrors.map((e) => e.message.en).join('; ')}`,
        },
        { fields: codeErrors },
      );
    const pollutantRows = p.rows('ranking_pollutants').filter((r) => r.cells.industry === req.industry);
    const pollutantsCounted = pollutantRows.map((r) => String(r.cells.pollutant));
    const industryZh = String(industryRow!.cells.name_zh ?? req.industry);
    s.rule(pollutantRows[0]?.citation.text ?? evaluated.use.citation).inputs({ industry: req.industry });
    s.formula({
      zh: `${industryZh}行业参加排污权使用绩效评价；吨数为${pollutantsCounted.map((x) => POLLUTANT_ZH[x] ?? x).join('与') || '（未列污染物）'}的排污权指标之和，由使用者汇总`,
      en: `${req.industry} is evaluated; tonnes are the emission-right indicators of ${pollutantsCounted.join(' + ') || '(no pollutant listed)'}, summed by the caller`,
    });
    return s.result(pollutantsCounted, { pollutantsCounted, exclusionRows });
  });
}

/**
 * 绩效意见 二（一）2–3: firms ordered by tax per tonne (统一排序), compared exactly; equal metrics form a tie block
 * (rank = its first position, "1224"). Firms of one metric are listed by id.
 */
function rankByTaxPerTonne(trace: Trace, req: Request, bands: NumberRead, order: TextRead): Block[] {
  const firms: Firm[] = req.companies.map((c, index) => ({
    index,
    id: c.id,
    fen: BigInt(yuanToFen(c.taxPaid)),
    t4: BigInt(tonnesToUnits(c.emissionRightsTonnes)),
    exclusions: c.exclusions,
  }));
  const direction = order.text === 'ascending' ? 1 : -1;
  const ordered = [...firms].sort((a, b) => direction * compareMetric(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const blockList = blocks(ordered);
  trace.step({ zh: '按吨排污权税收贡献排序', en: 'order by tax per tonne' }, (s) => {
    const positions = (b: Block) => `${b.first}${b.last > b.first ? `–${b.last}` : ''}`;
    s.rule(bands.use.citation)
      .uses(order)
      .inputs({ companies: req.companies.map((c) => ({ id: c.id, taxPaid: c.taxPaid, tonnes: c.emissionRightsTonnes })) });
    s.formula({
      zh:
        `吨排污权税收贡献 = 税收 ÷ 吨数，精确比较（以分和 1/${TONNE_UNITS} 吨交叉相乘）；${order.text === 'ascending' ? '从低到高' : '从高到低'}：` +
        blockList
          .map((b) => `${b.firms.map((f) => f.id).join('与')}（第 ${positions(b)} 位）每吨 ${yuanText(fen(perTonneFen(b.firms[0]!)))} 元`)
          .join(' > '),
      en:
        `tax paid per tonne, compared exactly (fen × 1/${TONNE_UNITS} t cross-multiplied); ${order.text}: ` +
        blockList
          .map((b) => `${b.firms.map((f) => f.id).join('=')} [${positions(b)}] ${yuanText(fen(perTonneFen(b.firms[0]!)))}`)
          .join(' > '),
    });
    return s.result(blockList.map((b) => ({ ids: b.firms.map((f) => f.id), first: b.first, last: b.last })));
  });
  return blockList;
}

/**
 * 绩效意见 二（一）3 (前、中、后三分之一): the class of a tie block from its positions. The block must lie wholly in the
 * top third (B × last ≤ n) to be encouraged, wholly in the bottom third (B × (first − 1) ≥ (B − 1) × n) to be other;
 * a block in doubt gets the middle (baseline) class, so the outer classes never exceed a third.
 */
function positionClass(trace: Trace, b: Block, n: number, bands: NumberRead, cls: ClassesByBand) {
  const B = bands.n;
  const ids = b.firms.map((f) => f.id);
  return trace.step({ zh: `${ids.join('、')} 的名次分类`, en: `position class of ${ids.join(', ')}` }, (s) => {
    let positionClass: Class;
    let rule: (typeof positionRules)[number];
    let why: string;
    let whyZh: string;
    const top = `${B} × ${b.last} = ${B * b.last}`;
    const below = `${B} × (${b.first} − 1) = ${B * (b.first - 1)}`;
    if (B * b.last <= n) {
      positionClass = cls.top.cls;
      rule = 'top-third';
      why = `${top} ≤ ${n}`;
      whyZh = `${top} ≤ ${n}，整块位于前三分之一`;
    } else if (B * (b.first - 1) >= (B - 1) * n) {
      positionClass = cls.bottom.cls;
      rule = 'bottom-third';
      why = `${top} > ${n}; ${below} ≥ ${B - 1} × ${n} = ${(B - 1) * n}`;
      whyZh = `${top} > ${n}；${below} ≥ ${B - 1} × ${n} = ${(B - 1) * n}，整块位于后三分之一`;
    } else {
      positionClass = cls.middle.cls;
      const middle = B * (b.first - 1) >= n && B * b.last <= (B - 1) * n;
      rule = middle ? 'middle-third' : 'straddles-boundary';
      why =
        `${top} > ${n}; ${below} < ${(B - 1) * n}; ` +
        (middle
          ? `wholly in the middle (${B * (b.first - 1)} ≥ ${n}, ${B * b.last} ≤ ${(B - 1) * n})`
          : 'the block crosses a third boundary → baseline class');
      whyZh =
        `${top} > ${n}；${below} < ${(B - 1) * n}；` +
        (middle
          ? `整块位于中间三分之一（${B * (b.first - 1)} ≥ ${n}，${B * b.last} ≤ ${(B - 1) * n}）`
          : '并列的企业跨越三分之一的分界，按基准类');
    }
    s.rule(cls.top.use.citation).uses(bands).inputs({ first: b.first, last: b.last, firmCount: n });
    s.formula({
      zh: `${n} 家中的第 ${b.first === b.last ? b.first : `${b.first}–${b.last}`} 位：${whyZh} → ${classZh(positionClass)}`,
      en: `positions ${b.first}–${b.last} of ${n}: ${why} → ${positionClass} (${rule})`,
    });
    return s.result(positionClass, { positionClass, rule });
  });
}

/**
 * 绩效意见 二（一）3 (不得列入鼓励类 / 一律列为其它类): a firm's exclusions, applied after the ranking without re-ranking.
 * forced-other always gives demoted_to (other); not-encouraged demotes an encouraged position to demoted_to (general).
 * No other firm moves up.
 */
function exclusion(
  p: P,
  trace: Trace,
  firm: Firm,
  b: Block,
  position: ReturnType<typeof positionClass>,
  cls: ClassesByBand,
  exclusionRows: ExclusionRows,
): Placed {
  const { positionClass } = position;
  let finalClass = positionClass;
  let finalRule: string = position.rule;
  let applied: string[] = [];
  const rows = firm.exclusions.map((x) => exclusionRows.get(x)!);
  const forced = rows.filter((r) => r.cells.effect === 'forced-other');
  const barred = rows.filter((r) => r.cells.effect === 'not-encouraged');
  const conditionsZh = (list: typeof rows) => list.map((r) => String(r.cells.condition_zh ?? r.cells.code)).join('；');
  if (forced.length) {
    applied = forced.map((r) => String(r.cells.code));
    finalRule = `forced-other:${applied[0]}`;
    finalClass = trace.step({ zh: `${firm.id} 的排除情形`, en: `exclusion of ${firm.id}` }, (s) => {
      const demoted = p.cell('class_exclusions', forced[0]!, 'demoted_to');
      const to = demoted.value as Class;
      s.rule(forced[0]!.citation.text).inputs({ id: firm.id, exclusions: firm.exclusions });
      s.formula({
        zh: `${conditionsZh(forced)}：不论名次一律为${classZh(to)}（按名次为${classZh(positionClass)}）`,
        en: `${applied.join(', ')}: always ${to}, whatever the rank (position class ${positionClass})`,
      });
      return s.result(to);
    });
  } else if (barred.length && positionClass === cls.top.cls) {
    applied = barred.map((r) => String(r.cells.code));
    finalRule = `not-encouraged:${applied[0]}`;
    finalClass = trace.step({ zh: `${firm.id} 的排除情形`, en: `exclusion of ${firm.id}` }, (s) => {
      const demoted = p.cell('class_exclusions', barred[0]!, 'demoted_to');
      const to = demoted.value as Class;
      s.rule(barred[0]!.citation.text).inputs({ id: firm.id, exclusions: firm.exclusions });
      s.formula({
        zh: `${conditionsZh(barred)}：不得列为${classZh(positionClass)}，改为${classZh(to)}；其他企业的类别不因此上调`,
        en: `${applied.join(', ')}: may not be ${positionClass} → ${to}; no other firm moves up`,
      });
      return s.result(to);
    });
  }
  return { firm, first: b.first, last: b.last, positionClass, rule: finalRule, cls: finalClass, applied };
}

/**
 * 绩效意见 二（二）1 一是: the reduction-task group of each firm, in force from 2015-01-01 (绩效意见 一 「2015年起」;
 * before it, no group). The top share of the encouraged firms is ranked among them by the same "wholly within"
 * test (lastE × 10^6 ≤ share_ppm × m); general and other firms take the group of their class.
 */
function reductionTaskGroups(p: P, trace: Trace, placed: Placed[], cls: ClassesByBand, date: string, notes: string[]) {
  const groupOf = new Map<Placed, { group: Group; factor: number; discretionary: boolean }>();
  /** the groups under the other reading (top 10 % of the whole industry), where they differ */
  const altGroupOf = new Map<Placed, { group: Group; factor: number; discretionary: boolean }>();
  const share = p.optional('reduction_task.top_encouraged_share');
  if (!share.published && share.missing.reason !== 'not-in-force') throw errorOf(share.missing);
  if (share.published && p.rows('reduction_task_factors').length > 0) {
    const sharePpm = ratioToPpm(share.value as number);
    trace.step({ zh: '年度减排任务分组', en: 'reduction-task groups' }, (s) => {
      s.uses(share.use);
      const factorOf = (group: Group) => {
        const row = p.find('reduction_task_factors', { group });
        return { factor: row.get('factor'), discretionary: row.get('discretionary') };
      };
      const encouraged = placed.filter((x) => x.cls === cls.top.cls);
      const m = encouraged.length;
      const eBlocks = blocks(encouraged.map((x) => x.firm));
      const topIds = new Set<string>();
      for (const b of eBlocks) {
        if (BigInt(b.last) * BigInt(PPM) <= BigInt(sharePpm) * BigInt(m)) for (const f of b.firms) topIds.add(f.id);
      }
      const n = placed.length;
      // the other reading: an encouraged firm whose block lies wholly in the top share of the whole industry
      const inIndustryTop = (x: Placed) => BigInt(x.last) * BigInt(PPM) <= BigInt(sharePpm) * BigInt(n);
      const groupFor = (x: Placed, top: boolean): Group => (x.cls === cls.top.cls ? (top ? 'encouraged-top-10pct' : 'encouraged') : x.cls);
      const entry = (group: Group) => {
        const f = factorOf(group);
        return { group, factor: f.factor.value as number, discretionary: f.discretionary.value === true };
      };
      for (const x of placed) {
        const group = groupFor(x, topIds.has(x.firm.id));
        groupOf.set(x, entry(group));
        const alt = groupFor(x, inIndustryTop(x));
        if (alt !== group) altGroupOf.set(x, entry(alt));
      }
      const isTop = (b: Block) => b.firms.every((f) => topIds.has(f.id));
      s.inputs({ encouragedCount: m });
      s.formula({
        zh:
          `鼓励类企业 ${m} 家，排在前 ${percentText(sharePpm)} 的为前列（按鼓励类内的名次，最后名次 × ${PPM} ≤ ${sharePpm} × ${m}）：` +
          (eBlocks
            .map((b) => `${b.firms.map((f) => f.id).join('与')} 最后名次 ${b.last}，${isTop(b) ? '属于前列' : '不属于前列'}`)
            .join('；') || '无') +
          '；一般类和其它类企业按本类分组' +
          (altGroupOf.size
            ? `；如理解为全行业 ${n} 家中排名前 ${percentText(sharePpm)} 的鼓励类企业（最后名次 × ${PPM} ≤ ${sharePpm} × ${n}）：${[...altGroupOf.entries()].map(([x, g]) => `${x.firm.id}${g.group === 'encouraged-top-10pct' ? '属于前列' : '不属于前列'}`).join('，')}`
            : `；如理解为全行业 ${n} 家中排名前 ${percentText(sharePpm)}，分组相同`),
        en:
          `m = ${m} encouraged firms; a block is in the top share when its last position × ${PPM} ≤ ${sharePpm} × ${m}: ` +
          (eBlocks
            .map((b) => `${b.firms.map((f) => f.id).join('=')} last position ${b.last} → ${isTop(b) ? 'top' : 'not top'}`)
            .join('; ') || 'none') +
          '; general and other firms take the group of their class' +
          (altGroupOf.size
            ? `; read as the top ${percentText(sharePpm)} of all ${n} firms (last × ${PPM} ≤ ${sharePpm} × ${n}): ${[...altGroupOf.entries()].map(([x, g]) => `${x.firm.id} ${g.group === 'encouraged-top-10pct' ? 'in the top' : 'not in the top'}`).join(', ')}`
            : `; read as the top ${percentText(sharePpm)} of all ${n} firms: the same groups`),
      });
      return s.result(Object.fromEntries([...groupOf.entries()].map(([x, g]) => [x.firm.id, g.group])));
    });
    notes.push('The reduction-task factor multiplies the city-average task, which is not published: no tonnage is computed.');
  } else {
    notes.push(`The reduction-task factors are not in force on ${date} (绩效意见 一 「2015年起」): the reduction-task figures are null.`);
  }
  return { groupOf, altGroupOf };
}

type Sanctions = { forcedRectification: Status; closurePlan: Status; inBottomShare: boolean };
type Company = Request['companies'][number];

/**
 * 绩效意见 二（二）2 三是 「对连续两年排名为其它类的企业采取强制整治提升措施，连续三年排名最后10%且没有完成当年减排任务、
 * 排污强度高于全市平均水平的企业，实施落后产能关停计划」: this ranking is the latest year, the caller's history the
 * years before (most recent first; a list shorter than needed = no earlier ranking). Not in force → null.
 */
function sanctions(
  p: P,
  trace: Trace,
  placed: Placed[],
  input: Map<string, { c: Company; i: number }>,
  cls: ClassesByBand,
  notAssessed: NotAssessed[],
  notes: string[],
): Map<Placed, Sanctions> {
  const out = new Map<Placed, Sanctions>();
  const rect = p.optional('sanctions.rectification_consecutive_years');
  const years = p.optional('sanctions.closure_consecutive_years');
  const share = p.optional('sanctions.closure_bottom_share');
  if (!rect.published || !years.published || !share.published) {
    for (const r of [rect, years, share]) if (!r.published && r.missing.reason !== 'not-in-force') throw errorOf(r.missing);
    notes.push(`The sanctions are not in force on ${p.date} (绩效意见 一 「2015年起」): they are null.`);
    return out;
  }
  const R = rect.value as number;
  const Y = years.value as number;
  const sharePpm = ratioToPpm(share.value as number);
  const n = placed.length;
  trace.step({ zh: '连续排名靠后的处理', en: 'sanctions for firms ranked low several years running' }, (s) => {
    s.uses(rect.use).uses(years.use).uses(share.use);
    const lines: Localized[] = [];
    for (const x of placed) {
      const { c, i } = input.get(x.firm.id)!;
      const h = c.history;
      const bottom = BigInt(n - x.first + 1) * BigInt(PPM) <= BigInt(sharePpm) * BigInt(n);
      /** the j-th earlier year (0 = last year): undefined history → unknown; past its end → no such year */
      const earlier = (j: number, test: (y: NonNullable<Company['history']>[number]) => Tri): Tri =>
        h === undefined ? null : j >= h.length ? false : test(h[j]!);
      const years = (k: number, test: (y: NonNullable<Company['history']>[number]) => Tri) =>
        Array.from({ length: k - 1 }, (_, j) => earlier(j, test));
      const rectification = allOf([x.cls === cls.bottom.cls, ...years(R, (y) => y.class === cls.bottom.cls)]);
      const taskUnmet: Tri = c.reductionTaskCompleted === undefined ? null : !c.reductionTaskCompleted;
      const intensity: Tri = c.intensityAboveCityAverage ?? null;
      const inBottomYears = years(Y, (y) => y.inBottomShare ?? null);
      const closure = allOf([bottom, ...inBottomYears, taskUnmet, intensity]);
      const path = `companies[${i}]`;
      if (rectification === null)
        notAssessed.push(
          notGiven(`${path}.sanctions.forcedRectification`, [`${path}.history`], {
            zh: `${x.firm.id} 本次为其它类，未提供以前年度的排名，是否连续 ${R} 年为其它类尚不能确定`,
            en: `${x.firm.id} is in the “other” class this year; its earlier rankings not given, so ${R} years running in it is not assessed`,
          }),
        );
      if (closure === null) {
        const fields = [
          ...(inBottomYears.includes(null) ? [h === undefined ? `${path}.history` : `${path}.history[].inBottomShare`] : []),
          ...(taskUnmet === null ? [`${path}.reductionTaskCompleted`] : []),
          ...(intensity === null ? [`${path}.intensityAboveCityAverage`] : []),
        ];
        const missing = [
          ...(inBottomYears.includes(null)
            ? [{ zh: '以前年度是否处于末位', en: 'whether it was in the bottom share in earlier years' }]
            : []),
          ...(taskUnmet === null ? [{ zh: '是否完成减排任务', en: 'whether it met its reduction task' }] : []),
          ...(intensity === null
            ? [{ zh: '排放强度是否高于全市平均', en: 'whether its emission intensity is above the city average' }]
            : []),
        ];
        notAssessed.push(
          notGiven(`${path}.sanctions.closurePlan`, fields, {
            zh: `${x.firm.id} 是否实施落后产能关停计划尚不能确定：未提供${missing.map((m) => m.zh).join('、')}`,
            en: `${x.firm.id}: the closure plan is not assessed, ${missing.map((m) => m.en).join('; ')} not given`,
          }),
        );
      }
      out.set(x, { forcedRectification: statusOf(rectification), closurePlan: statusOf(closure), inBottomShare: bottom });
      lines.push({
        zh: `${x.firm.id}：第 ${x.first} 位${bottom ? '，属于' : '，不属于'}排名最后 ${percentText(sharePpm)}（(${n} − ${x.first} + 1) × ${PPM} ${bottom ? '≤' : '>'} ${sharePpm} × ${n}）；强制整治提升：${SANCTION[statusOf(rectification)].zh}，关停淘汰：${SANCTION[statusOf(closure)].zh}`,
        en: `${x.firm.id}: position ${x.first}, bottom ${percentText(sharePpm)} ${bottom ? 'yes' : 'no'} ((${n} − ${x.first} + 1) × ${PPM} ${bottom ? '≤' : '>'} ${sharePpm} × ${n}); rectification (${R} years in “other”): ${SANCTION[statusOf(rectification)].en}, closure (${Y} years in the bottom share, task unmet, intensity above average): ${SANCTION[statusOf(closure)].en}`,
      });
    }
    s.formula({
      zh: `连续 ${R} 年为其它类 → 强制整治提升；连续 ${Y} 年排名最后 ${percentText(sharePpm)}、未完成当年减排任务且排污强度高于全市平均 → 关停淘汰。${lines.map((l) => l.zh).join('；') || '无参评企业'}`,
      en: `${R} years running other → forced rectification; ${Y} years running in the bottom ${percentText(sharePpm)}, task unmet and intensity above average → closure plan. ${lines.map((l) => l.en).join('; ') || 'no firm ranked'}`,
    });
    return s.result(Object.fromEntries([...out.entries()].map(([x, v]) => [x.firm.id, v])));
  });
  return out;
}

const TOP_READING: Localized = {
  zh: '鼓励类企业中排名最前的 10%',
  en: 'the top-ranked 10 % of the encouraged firms',
};
const TOP_ALTERNATIVE: Localized = {
  zh: '全行业排名最前 10% 之内的鼓励类企业',
  en: 'the encouraged firms within the top 10 % of the whole industry',
};
/**
 * The answer's `reading`: the phrase, the reading used and the other one (named even when both give the same groups,
 * so that the reader learns what the alternative is).
 */
const readingOf = (differs: boolean): Localized => ({
  zh: `“排名最前的10%的鼓励类企业”按${TOP_READING.zh}计算；另一种理解是${TOP_ALTERNATIVE.zh}，${differs ? '结果不同，一并列出' : '本例按两种理解分组相同'}`,
  en: `“the top 10 % of the encouraged firms” read as ${TOP_READING.en}; the other reading, ${TOP_ALTERNATIVE.en}, ${differs ? 'gives other groups (listed)' : 'gives the same groups here'}`,
});

/** One firm of the answer: its metric for display, positions, classes and reduction-task group. */
function firmAnswer(
  x: Placed,
  g: { group: Group; factor: number; discretionary: boolean } | undefined,
  citation: string,
  sanction: Sanctions | undefined,
) {
  return {
    id: x.firm.id,
    taxPerTonne: yuanOf(fen(perTonneFen(x.firm))),
    rank: x.first,
    positionFrom: x.first,
    positionTo: x.last,
    positionClass: x.positionClass,
    class: x.cls,
    rule: x.rule,
    exclusionsApplied: x.applied,
    reductionTaskGroup: g?.group ?? null,
    reductionTaskFactor: g?.factor ?? null,
    reductionTaskDiscretionary: g?.discretionary ?? null,
    citation,
    sanctions: sanction ?? null,
  };
}

export const emissionRightsClass = defineCalculator({
  id: 'emission-rights-class',
  table: tableRef<typeof ER>('emission-rights'),
  input,
  output,
  run({ at, trace, notices }, req) {
    const p = at(req.date);
    const notes: string[] = [];
    const notAssessed: NotAssessed[] = [];
    // 绩效意见 二（一）1 「新建项目完成三同时验收后参与评价和排序」: a project not accepted on the date is not ranked.
    const notYet = (c: Company) => c.newProject !== undefined && (c.newProject.acceptedOn === null || c.newProject.acceptedOn > req.date);
    const ranked = { ...req, companies: req.companies.filter((c) => !notYet(c)) };
    const notRanked = req.companies.filter(notYet).map((c) => ({ id: c.id, reason: 'new-project-not-accepted' as const }));
    const n = ranked.companies.length;
    const { bands, order, cls } = rankingRule(p, trace, n);
    const { pollutantsCounted: pollutants, exclusionRows } = pollutantsCounted(p, trace, req);
    if (notRanked.length)
      trace.step({ zh: '未参加排序的新建项目', en: 'new projects not ranked' }, (s) => {
        const inclusion = p.text('performance.inclusion');
        s.uses(inclusion).inputs({
          newProjects: req.companies.filter(notYet).map((c) => ({ id: c.id, acceptedOn: c.newProject!.acceptedOn })),
        });
        s.formula({
          zh: `新建项目完成三同时验收后才参与评价和排序：${notRanked.map((x) => x.id).join('、')} 在 ${req.date} 尚未验收，不参加本次排序（不计入 ${n} 家）`,
          en: `new projects join the ranking after their 三同时 acceptance: ${notRanked.map((x) => x.id).join(', ')} not accepted by ${req.date}, not ranked (not among the ${n})`,
        });
        return s.result(notRanked.map((x) => x.id));
      });
    const blockList = rankByTaxPerTonne(trace, ranked, bands, order);
    // Each block's position class, then the exclusions of its firms.
    const placed = blockList.flatMap((b) => {
      const position = positionClass(trace, b, n, bands, cls);
      return b.firms.map((firm) => exclusion(p, trace, firm, b, position, cls, exclusionRows));
    });
    const { groupOf, altGroupOf } = reductionTaskGroups(p, trace, placed, cls, req.date, notes);
    const byId = new Map(req.companies.map((c, i) => [c.id, { c, i }]));
    const sanctionOf = sanctions(p, trace, placed, byId, cls, notAssessed, notes);
    notes.push('The tax paid is taken as given: which taxes and which period count is not published.');

    const companies = placed.map((x) => firmAnswer(x, groupOf.get(x), cls.top.use.citation, sanctionOf.get(x)));
    const count = (c: Class) => companies.filter((x) => x.class === c).length;
    const differing = placed.filter((x) => altGroupOf.has(x));
    const reading = groupOf.size ? readingOf(differing.length > 0) : null;
    const alternatives = differing.length
      ? [
          {
            reading: TOP_ALTERNATIVE,
            companies: differing.map((x) => {
              const g = altGroupOf.get(x)!;
              return {
                id: x.firm.id,
                reductionTaskGroup: g.group,
                reductionTaskFactor: g.factor,
                reductionTaskDiscretionary: g.discretionary,
              };
            }),
          },
        ]
      : [];
    if (alternatives.length)
      notices.add(alternativeReadingNotice('嘉政办发〔2014〕112号《绩效意见》二（二）1 一是', TOP_READING, TOP_ALTERNATIVE));
    return {
      industry: req.industry,
      date: req.date,
      firmCount: n,
      bands: bands.n,
      pollutantsCounted: pollutants,
      counts: {
        encouraged: count('encouraged'),
        general: count('general'),
        other: count('other'),
      },
      companies,
      notRanked,
      reading,
      alternatives,
      notAssessed,
      notes,
    };
  },
});
