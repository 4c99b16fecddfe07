import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { localizedSchema, type Localized } from '../tables/model';
import { type ParamUse, type ReadRecorder, REFORM_MARK } from './params';

/**
 * The explanation of an answer, recorded as the calculation runs (after OpenFisca's tracer):
 *
 *   const fund = trace.step({ zh: '门诊统筹', en: 'outpatient pooling' }, (s) => {
 *     const ratio = row.ratio('ratio_other');            // recorded into this step by Params
 *     …
 *     s.formula({ zh: `… × ${percentText(ratio.ppm)} = …`, en: `… × … = …` });
 *     return s.result(yuanOf(paid), paid);               // what the step shows, what the code keeps
 *   });
 *
 * Every parameter read through Params while a step is open is listed in that step; each parameter is written
 * once per answer, in `parameters`, and steps refer to it by its path (`inpatient.annual_cap`,
 * `inpatient_levels[level=3].fund_ratio`). A read outside any step is still listed in `parameters` (the answer
 * used it) but no step refers to it; the example tests check that every listed parameter is referred to, so each
 * read belongs to the step that explains it. A step opened inside another is a step of its own, after it.
 * The recorder is made per answer by the caller and passed in: calculators stay pure.
 */

export interface TraceStep {
  name: Localized;
  /** document number and article: 嘉政发〔2014〕87号 第二十五条 */
  rule: string;
  formula: Localized;
  inputs: Record<string, unknown>;
  /** paths of the parameters used, keys of the trace's `parameters` */
  parameters: string[];
  result: unknown;
  note?: Localized;
}

export interface TraceData {
  parameters: Record<string, ParamUse>;
  steps: TraceStep[];
}

export const paramUseSchema =
  DOCUMENTED &&
  z
    .object({
      value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
      unit: z.string(),
      citation: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕87号 第二十五条' }),
      table: z.string(),
      version: z.string().openapi(DOCUMENTED && { description: 'the data version of the table (not a policy date)' }),
      from: z.string().openapi(DOCUMENTED && { description: 'first day this value is in force' }),
      cell: z.string().openapi(DOCUMENTED && { description: 'the workbook cell or row the value came from', example: 'parameters!D12' }),
      reform: z
        .literal(true)
        .optional()
        .openapi(
          DOCUMENTED && {
            description:
              'Only on a value a what-if reform of the request put in (the `reform` answer): it cites no document, its `citation` is `reform`; its `cell` is `reform` for a parameter, the row it replaces for a cell of a sheet',
          },
        ),
    })
    .openapi('ParameterUse');

export const traceStepSchema =
  DOCUMENTED &&
  z
    .object({
      name: localizedSchema.openapi(DOCUMENTED && { example: { zh: '住院起付标准', en: 'inpatient deductible' } }),
      rule: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕87号 第二十五条' }),
      formula: localizedSchema,
      inputs: z.record(z.string(), z.unknown()),
      parameters: z.array(z.string()).openapi(DOCUMENTED && { description: 'the parameters this step used: keys of `trace.parameters`' }),
      result: z.unknown(),
      note: localizedSchema.optional(),
    })
    .openapi('TraceStep');

export const traceSchema =
  DOCUMENTED &&
  z
    .object({
      parameters: z.record(z.string(), paramUseSchema).openapi(
        DOCUMENTED && {
          description:
            'Every parameter value the answer used, once, by its path: a parameter key (inpatient.annual_cap) or a cell of a scale sheet (inpatient_levels[level=3].fund_ratio); a path used with two dated values has the later one as path@from',
        },
      ),
      steps: z.array(traceStepSchema),
    })
    .openapi(
      'Trace',
      DOCUMENTED && { description: 'How the answer was reached: each step in Chinese and English, with the rule and the values it used' },
    );

/**
 * One rule text from several citations, each document named once:
 * joinRules('87号 第二十三条', '87号 第二十四条（一）') → '87号 第二十三条、第二十四条（一）'. Empty ones are skipped.
 */
export function joinRules(...citations: string[]): string {
  const byDoc = new Map<string, string[]>();
  for (const c of citations.filter(Boolean)) {
    const at = c.indexOf(' ');
    const doc = at < 0 ? c : c.slice(0, at);
    const articles = at < 0 ? [] : c.slice(at + 1).split('、');
    const list = byDoc.get(doc) ?? [];
    for (const a of articles) if (!list.includes(a)) list.push(a);
    byDoc.set(doc, list);
  }
  return [...byDoc].map(([doc, articles]) => (articles.length ? `${doc} ${articles.join('、')}` : doc)).join('；');
}

/** The open step: what the calculation says about it, and the parameters read while it is open. */
export class Step {
  #rule: string | undefined;
  #formula: Localized | undefined;
  #inputs: Record<string, unknown> = {};
  #result: unknown;
  #hasResult = false;
  #note: Localized | undefined;
  readonly keys: string[] = [];
  readonly citations: string[] = [];

  constructor(
    private readonly trace: Trace,
    readonly name: Localized,
  ) {}

  /** the article applied; by default the citation of the first value read in the step */
  rule(citation: string): this {
    this.#rule = citation;
    return this;
  }
  formula(text: Localized): this {
    this.#formula = text;
    return this;
  }
  inputs(values: Record<string, unknown>): this {
    Object.assign(this.#inputs, values);
    return this;
  }
  note(text: Localized): this {
    this.#note = text;
    return this;
  }
  /** cites values read before the step opened (they are listed in this step too) */
  uses(...used: ({ use: ParamUse } | ParamUse)[]): this {
    for (const u of used) this.trace.cite('use' in u ? u.use : u, this);
    return this;
  }
  /** what the step shows as its result; returns `keep` (or the shown value) so a step can end with `return s.result(…)` */
  result<T>(shown: unknown, ...keep: [] | [T]): T {
    this.#result = shown;
    this.#hasResult = true;
    return (keep.length ? keep[0] : shown) as T;
  }

  /** @internal */
  close(): TraceStep {
    // a reformed value cites no article: the step's rule is the first value it read from the text
    const rule = this.#rule ?? this.citations.find((c) => c !== REFORM_MARK) ?? this.citations[0];
    if (rule === undefined) throw new Error(`trace step "${this.name.en}": no rule (read a value in it or call s.rule())`);
    if (!this.#formula) throw new Error(`trace step "${this.name.en}": no formula`);
    if (!this.#hasResult) throw new Error(`trace step "${this.name.en}": no result`);
    const step: TraceStep = {
      name: this.name,
      rule,
      formula: this.#formula,
      inputs: this.#inputs,
      parameters: this.keys,
      result: this.#result,
    };
    if (this.#note) step.note = this.#note;
    return step;
  }
}

/** Records one answer's steps and the parameters they read (one per answer, made by the caller). */
export class Trace implements ReadRecorder {
  readonly #byUse = new Map<ParamUse, string>();
  readonly #byKey = new Map<string, ParamUse>();
  readonly #steps: TraceStep[] = [];
  readonly #open: Step[] = [];

  readonly #dates = new Set<string>();
  readonly #documents = new Set<string>();

  /** Params reports every read here; an open step lists it, and the answer rests on its date and its document. */
  read(use: ParamUse, path: string, date?: string): void {
    if (date !== undefined) this.#dates.add(date);
    this.#documents.add(use.citation.split(' ')[0]!);
    this.cite(use, this.#open.at(-1), path);
  }

  /** Says the answer rests on `date` too (a figure for a year rests on its last day). */
  restsOn(date: string): void {
    this.#dates.add(date);
  }

  /** The dates the answer rests on: every date a value was read on, and those given to restsOn. */
  get dates(): ReadonlySet<string> {
    return this.#dates;
  }
  /** The documents (numbers) of the values the answer used. */
  get documents(): ReadonlySet<string> {
    return this.#documents;
  }

  /** @internal */
  cite(use: ParamUse, step: Step | undefined, path?: string): void {
    let key = this.#byUse.get(use);
    if (key === undefined) {
      const base = path ?? use.cell;
      key = base;
      if (this.#byKey.has(key)) key = `${base}@${use.from}`;
      for (let n = 2; this.#byKey.has(key); n++) key = `${base}@${use.from}#${n}`;
      this.#byUse.set(use, key);
      this.#byKey.set(key, use);
    }
    if (step && !step.keys.includes(key)) {
      step.keys.push(key);
      step.citations.push(use.citation);
    }
  }

  /** Runs `body` as one step named `name`; its value is returned. */
  step<T>(name: Localized, body: (s: Step) => T): T {
    const s = new Step(this, name);
    const at = this.#steps.length;
    this.#steps.push(undefined as unknown as TraceStep); // keeps the step's place before any step opened inside it
    this.#open.push(s);
    try {
      const value = body(s);
      this.#steps[at] = s.close();
      return value;
    } catch (e) {
      this.#steps.length = at; // an unfinished step is no explanation
      throw e;
    } finally {
      this.#open.pop();
    }
  }

  /** Runs `body`; returns its value and the positions of the steps it opened (e.g. the steps of one bill). */
  group<T>(body: () => T): { value: T; steps: number[] } {
    const from = this.#steps.length;
    const value = body();
    return { value, steps: Array.from({ length: this.#steps.length - from }, (_, i) => from + i) };
  }

  /** the number of steps so far */
  get length(): number {
    return this.#steps.length;
  }

  toJSON(): TraceData {
    return { parameters: Object.fromEntries(this.#byKey), steps: this.#steps };
  }
}
