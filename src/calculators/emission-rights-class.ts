import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { dateOrToday, MAX_COMPANIES, tonnes, tonnesToUnits, TONNE_UNITS, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { formatYuan, PPM, yuanToFen } from '../engine/money';
import type { Params, ParamUse } from '../engine/params';
import { problem, ProblemError, validationProblem } from '../http/problem';
import type { emissionRights as ER } from '../tables/emission-rights';
import { CLASSES } from '../tables/emission-rights.codes';

/**
 * 三三制 classes of the firms of one industry under 嘉政办发〔2014〕112号 绩效意见 二（一）2–3, with the
 * reduction-task group of 二（二）1 一是, following /work/content/emission-rights.calculators.md.
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
 * - Top 10 %: the top-ranked share of the encouraged firms, by the same "wholly within" test
 *   (lastE × 10^6 ≤ share_ppm × m).
 */

type P = Params<typeof ER>;
type Class = (typeof CLASSES)[number];

const companyInput = z
  .object({
    id: z.string().min(1).max(64).openapi({ description: 'Firm identifier, unique in the request', example: 'A' }),
    taxPaid: yuan(
      'Tax contribution of the evaluation period (税收贡献, yuan); its definition is not published (performance.metric.tax_definition), the evaluating authority supplies it',
    ),
    emissionRightsTonnes: tonnes(
      'Emission-right indicators held (吨排污权指标) in the pollutants of ranking_pollutants for the industry, summed; > 0, at most 4 decimals',
      { positive: true },
    ),
    exclusions: z.array(z.string().min(1).max(64)).max(10).default([]).openapi({
      description:
        'Codes of the sheet class_exclusions that apply to the firm: reduction-task-unmet-no-purchase, major-environmental-violation, initial-right-not-paid',
      example: [],
    }),
  })
  .strict()
  .openapi('EvaluatedFirm');

const input = z
  .object({
    industry: z.string().min(1).max(64).openapi({
      description:
        'Industry code of the sheet industries with performance_evaluated = yes: dyeing, paper, tanning, chemicals, electroplating, thermal-power (热电)',
      example: 'dyeing',
    }),
    date: dateOrToday('Evaluation date (the table rows in force on it apply)'),
    companies: z
      .array(companyInput)
      .min(1, { error: 'companies must contain at least one firm' })
      .max(MAX_COMPANIES, { error: `at most ${MAX_COMPANIES} firms` })
      .openapi({
        description:
          'Every evaluated firm of the industry: the ranking is city-wide (统一排序), the thirds are computed over exactly these firms',
      }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.companies.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['companies', i, 'id'], message: `duplicate id "${c.id}"` });
      seen.add(c.id);
      const codes = new Set<string>();
      (c.exclusions ?? []).forEach((x, j) => {
        if (codes.has(x)) ctx.addIssue({ code: 'custom', path: ['companies', i, 'exclusions', j], message: `repeated exclusion "${x}"` });
        codes.add(x);
      });
    });
  });

const positionRules = ['top-third', 'middle-third', 'bottom-third', 'straddles-boundary'] as const;
const groups = ['encouraged-top-10pct', 'encouraged', 'general', 'other'] as const;

const companyOut = z
  .object({
    id: z.string(),
    taxPerTonne: yuanOut('tax per tonne, rounded half-up to the fen (display only: ranking uses exact values)'),
    rank: z.number().int().openapi({ description: 'Standard competition rank (1224): 1 + number of firms with a strictly better metric' }),
    positionFrom: z.number().int(),
    positionTo: z.number().int(),
    positionClass: z.enum(CLASSES).openapi({ description: 'Class from the positions alone' }),
    class: z.enum(CLASSES).openapi({ description: 'Final class after exclusions' }),
    rule: z
      .string()
      .openapi({ description: 'top-third, middle-third, bottom-third, straddles-boundary, forced-other:<code> or not-encouraged:<code>' }),
    exclusionsApplied: z.array(z.string()),
    reductionTaskGroup: z.enum(groups).nullable(),
    reductionTaskFactor: z
      .number()
      .nullable()
      .openapi({ description: 'Multiple of the city-average reduction task (not published, so no tonnage)' }),
    reductionTaskDiscretionary: z.boolean().nullable().openapi({ description: 'true: 「可为」, a ceiling the authority may grant' }),
    citation: z.string(),
  })
  .openapi('FirmClass');

const output = z
  .object({
    industry: z.string(),
    date: z.string(),
    firmCount: z.number().int(),
    bands: z.number().int(),
    pollutantsCounted: z.array(z.string()),
    counts: z.object({ encouraged: z.number().int(), general: z.number().int(), other: z.number().int() }),
    companies: z.array(companyOut),
    notes: z.array(z.string()),
    trace: z.array(traceStepSchema),
  })
  .openapi('EmissionRightsClasses');

interface Firm {
  index: number;
  id: string;
  fen: bigint;
  t4: bigint;
  exclusions: string[];
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
function blocks(ordered: Firm[]): { first: number; last: number; firms: Firm[] }[] {
  const out: { first: number; last: number; firms: Firm[] }[] = [];
  for (const [i, f] of ordered.entries()) {
    const cur = out[out.length - 1];
    if (cur && compareMetric(cur.firms[0]!, f) === 0) {
      cur.firms.push(f);
      cur.last = i + 1;
    } else out.push({ first: i + 1, last: i + 1, firms: [f] });
  }
  return out;
}

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
    throw new ProblemError(
      problem(
        'calculation-refused',
        `${p.table.id}: the sheet classes must map bands 1…${bands} (ranking.bands) to one top, one middle and one bottom class; it has ${rows.length} row(s) in force on ${p.date}.`,
        {
          parameter: { table: p.table.id, key: 'classes', note: null, citation: rows[0]?.citation.text ?? null },
        },
      ),
    );
  }
  return { top, middle: middle[0]![1], bottom };
}

export const emissionRightsClass = defineCalculator({
  id: 'emission-rights-class',
  table: tableRef<typeof ER>('emission-rights'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const trace: TraceStep[] = [];
    const notes: string[] = [];

    // 1. Ranking rule: bands, order, classes.
    const bands = p.number('ranking.bands');
    const order = p.text('ranking.order');
    const B = bands.n;
    const cls = classesByBand(p, B);
    const n = req.companies.length;
    trace.push({
      step: 'ranking rule',
      rule: bands.use.citation,
      formula: `${B} bands, order ${order.text}: band 1 → ${cls.top.cls}, middle → ${cls.middle.cls}, band ${B} → ${cls.bottom.cls}; n = ${n} firms`,
      inputs: { firmCount: n },
      parameters: { bands: bands.use, order: order.use, top_band: cls.top.use, middle_band: cls.middle.use, bottom_band: cls.bottom.use },
      result: { bands: B, order: order.text },
    });

    // 2. Industry and exclusion codes, checked against the table together.
    // the codes checked against the table, all reported in one 422 like the schema's errors
    const codeErrors: { path: (string | number)[]; message: string }[] = [];
    const industryRow = p.rows('industries').find((r) => r.cells.industry === req.industry);
    const evaluated = industryRow ? p.cell('industries', industryRow, 'performance_evaluated') : null;
    if (!industryRow) codeErrors.push({ path: ['industry'], message: `unknown industry code "${req.industry}" (sheet industries)` });
    else if (evaluated!.value !== true)
      codeErrors.push({ path: ['industry'], message: `not in the performance evaluation (${evaluated!.use.citation})` });
    const exclusionRows = new Map(p.rows('class_exclusions').map((r) => [String(r.cells.code), r]));
    for (const [i, c] of req.companies.entries()) {
      c.exclusions.forEach((x, j) => {
        if (!exclusionRows.has(x))
          codeErrors.push({
            path: ['companies', i, 'exclusions', j],
            message: `unknown exclusion "${x}"; codes: ${[...exclusionRows.keys()].join(', ')}`,
          });
      });
    }
    if (codeErrors.length || !evaluated) throw new ProblemError(validationProblem('body', codeErrors));
    const pollutantRows = p.rows('ranking_pollutants').filter((r) => r.cells.industry === req.industry);
    const pollutantsCounted = pollutantRows.map((r) => String(r.cells.pollutant));
    trace.push({
      step: 'industry and pollutants counted',
      rule: pollutantRows[0]?.citation.text ?? evaluated.use.citation,
      formula: `${req.industry} is evaluated; tonnes are the emission-right indicators of ${pollutantsCounted.join(' + ') || '(no pollutant listed)'}, summed by the caller`,
      inputs: { industry: req.industry },
      parameters: { performance_evaluated: evaluated.use },
      result: pollutantsCounted,
    });

    // 3. Metric, order and tie blocks.
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
    trace.push({
      step: 'order by tax per tonne',
      rule: bands.use.citation,
      formula:
        `t = taxPaid / tonnes, compared exactly (fen × 1/${TONNE_UNITS} t cross-multiplied); ${order.text}: ` +
        blockList
          .map(
            (b) =>
              `${b.firms.map((f) => f.id).join('=')} [${b.first}${b.last > b.first ? `–${b.last}` : ''}] ${formatYuan(perTonneFen(b.firms[0]!))}`,
          )
          .join(' > '),
      inputs: { companies: req.companies.map((c) => ({ id: c.id, taxPaid: c.taxPaid, tonnes: c.emissionRightsTonnes })) },
      parameters: { order: order.use },
      result: blockList.map((b) => ({ ids: b.firms.map((f) => f.id), first: b.first, last: b.last })),
    });

    // 4. Position class per block, then exclusions per firm.
    type Placed = { firm: Firm; first: number; last: number; positionClass: Class; rule: string; cls: Class; applied: string[] };
    const placed: Placed[] = [];
    for (const b of blockList) {
      let positionClass: Class;
      let rule: (typeof positionRules)[number];
      let why: string;
      if (B * b.last <= n) {
        positionClass = cls.top.cls;
        rule = 'top-third';
        why = `${B} × ${b.last} = ${B * b.last} ≤ ${n}`;
      } else if (B * (b.first - 1) >= (B - 1) * n) {
        positionClass = cls.bottom.cls;
        rule = 'bottom-third';
        why = `${B} × ${b.last} = ${B * b.last} > ${n}; ${B} × (${b.first} − 1) = ${B * (b.first - 1)} ≥ ${B - 1} × ${n} = ${(B - 1) * n}`;
      } else {
        positionClass = cls.middle.cls;
        const middle = B * (b.first - 1) >= n && B * b.last <= (B - 1) * n;
        rule = middle ? 'middle-third' : 'straddles-boundary';
        why =
          `${B} × ${b.last} = ${B * b.last} > ${n}; ${B} × (${b.first} − 1) = ${B * (b.first - 1)} < ${(B - 1) * n}; ` +
          (middle
            ? `wholly in the middle (${B * (b.first - 1)} ≥ ${n}, ${B * b.last} ≤ ${(B - 1) * n})`
            : 'the block crosses a third boundary → baseline class');
      }
      trace.push({
        step: `position class of ${b.firms.map((f) => f.id).join(', ')}`,
        rule: cls.top.use.citation,
        formula: `positions ${b.first}–${b.last} of ${n}: ${why} → ${positionClass} (${rule})`,
        inputs: { first: b.first, last: b.last, firmCount: n },
        parameters: { bands: bands.use },
        result: positionClass,
      });
      for (const firm of b.firms) {
        let finalClass = positionClass;
        let finalRule: string = rule;
        let applied: string[] = [];
        const rows = firm.exclusions.map((x) => exclusionRows.get(x)!);
        const forced = rows.filter((r) => r.cells.effect === 'forced-other');
        const barred = rows.filter((r) => r.cells.effect === 'not-encouraged');
        if (forced.length) {
          const demoted = p.cell('class_exclusions', forced[0]!, 'demoted_to');
          finalClass = demoted.value as Class;
          finalRule = `forced-other:${String(forced[0]!.cells.code)}`;
          applied = forced.map((r) => String(r.cells.code));
          trace.push({
            step: `exclusion of ${firm.id}`,
            rule: forced[0]!.citation.text,
            formula: `${applied.join(', ')}: always ${finalClass}, whatever the rank (position class ${positionClass})`,
            inputs: { id: firm.id, exclusions: firm.exclusions },
            parameters: { demoted_to: demoted.use },
            result: finalClass,
          });
        } else if (barred.length && positionClass === cls.top.cls) {
          const demoted = p.cell('class_exclusions', barred[0]!, 'demoted_to');
          finalClass = demoted.value as Class;
          finalRule = `not-encouraged:${String(barred[0]!.cells.code)}`;
          applied = barred.map((r) => String(r.cells.code));
          trace.push({
            step: `exclusion of ${firm.id}`,
            rule: barred[0]!.citation.text,
            formula: `${applied.join(', ')}: may not be ${positionClass} → ${finalClass}; no other firm moves up`,
            inputs: { id: firm.id, exclusions: firm.exclusions },
            parameters: { demoted_to: demoted.use },
            result: finalClass,
          });
        }
        placed.push({ firm, first: b.first, last: b.last, positionClass, rule: finalRule, cls: finalClass, applied });
      }
    }

    // 5. Reduction-task group (绩效意见 二（二）1 一是), from 2015-01-01 only.
    const groupOf = new Map<Placed, { group: (typeof groups)[number]; factor: number; discretionary: boolean }>();
    let share: { ppm: number; use: ParamUse } | null = null;
    try {
      share = p.ratio('reduction_task.top_encouraged_share');
    } catch (e) {
      if (!(e instanceof ProblemError && e.problem.type === '/problems/not-in-force')) throw e;
    }
    if (share && p.rows('reduction_task_factors').length > 0) {
      const factorOf = (group: (typeof groups)[number]) => {
        const row = p.find('reduction_task_factors', { group });
        return { factor: row.get('factor'), discretionary: row.get('discretionary') };
      };
      const encouraged = placed.filter((x) => x.cls === cls.top.cls);
      const m = encouraged.length;
      const eBlocks = blocks(encouraged.map((x) => x.firm));
      const topIds = new Set<string>();
      for (const b of eBlocks) {
        if (BigInt(b.last) * BigInt(PPM) <= BigInt(share.ppm) * BigInt(m)) for (const f of b.firms) topIds.add(f.id);
      }
      const used: Record<string, ParamUse> = { top_encouraged_share: share.use };
      for (const x of placed) {
        const group: (typeof groups)[number] =
          x.cls === cls.top.cls ? (topIds.has(x.firm.id) ? 'encouraged-top-10pct' : 'encouraged') : x.cls;
        const f = factorOf(group);
        used[`factor_${group}`] = f.factor.use;
        groupOf.set(x, { group, factor: f.factor.value as number, discretionary: f.discretionary.value === true });
      }
      trace.push({
        step: 'reduction-task groups',
        rule: share.use.citation,
        formula:
          `m = ${m} encouraged firms; a block is in the top share when lastE × ${PPM} ≤ ${share.ppm} × ${m}: ` +
          (eBlocks
            .map(
              (b) =>
                `${b.firms.map((f) => f.id).join('=')} lastE ${b.last} → ${b.firms.every((f) => topIds.has(f.id)) ? 'top' : 'not top'}`,
            )
            .join('; ') || 'none') +
          '; general and other firms take the group of their class',
        inputs: { encouragedCount: m },
        parameters: used,
        result: Object.fromEntries([...groupOf.entries()].map(([x, g]) => [x.firm.id, g.group])),
      });
      notes.push(
        'reductionTaskFactor multiplies the city-average task, which is not published (reduction_task.city_average): no tonnage is computed.',
      );
    } else {
      notes.push(`reduction_task_factors not in force on ${req.date} (绩效意见 一 「2015年起」): reductionTask* fields are null.`);
    }
    notes.push('taxPaid is taken as given: which taxes and which period count is not published (performance.metric.tax_definition).');

    const citation = cls.top.use.citation;
    const companies = placed.map((x) => {
      const g = groupOf.get(x);
      return {
        id: x.firm.id,
        taxPerTonne: yuanOf(perTonneFen(x.firm)),
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
      };
    });
    const count = (c: Class) => companies.filter((x) => x.class === c).length;
    return {
      industry: req.industry,
      date: req.date,
      firmCount: n,
      bands: B,
      pollutantsCounted,
      counts: { encouraged: count('encouraged'), general: count('general'), other: count('other') },
      companies,
      notes,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const emissionRightsClassDocs = {
  title: { zh: '排污权使用绩效“三三制”分类', en: 'Emission rights: performance class (thirds) of the firms of an industry' },
  description: {
    zh: '按嘉政办发〔2014〕112号《嘉兴市加强排污权使用绩效评价促进产业转型升级的实施意见》二（一），以吨排污权指标税收贡献对同行业企业排序，确定鼓励类、一般类、其它类（含并列、不能整除三等分及排除情形），并给出年度减排任务分组。',
    en: 'Ranks the firms of one industry by tax per tonne of emission rights and gives each its class (encouraged, general, other) under 嘉政办发〔2014〕112号 绩效意见 二（一), with ties, uneven thirds and exclusions, and its reduction-task group (二（二）1).',
  },
  examples: {
    sixDyeingFirms: {
      summary: 'Six dyeing firms, one with a major environmental violation',
      value: {
        industry: 'dyeing',
        date: '2015-03-01',
        companies: [
          { id: 'A', taxPaid: 600000, emissionRightsTonnes: 10, exclusions: ['major-environmental-violation'] },
          { id: 'B', taxPaid: 500000, emissionRightsTonnes: 10 },
          { id: 'C', taxPaid: 400000, emissionRightsTonnes: 10 },
          { id: 'D', taxPaid: 300000, emissionRightsTonnes: 10 },
          { id: 'E', taxPaid: 200000, emissionRightsTonnes: 10 },
          { id: 'F', taxPaid: 100000, emissionRightsTonnes: 10 },
        ],
      },
    },
  },
} satisfies CalculatorDocs<typeof emissionRightsClass>;
