import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import type { TableSpec } from '../tables/kit';
import type { CompiledBundle, Localized } from '../tables/model';
import { Params, type ReadRecorder } from './params';
import type { MoveSample } from './sample-dates';
import { coverageNotices, type Notice, Notices, noticeSchema } from './notices';
import { Trace, type TraceData, traceSchema } from './trace';

export const dataRefSchema =
  DOCUMENTED &&
  z
    .object({ table: z.string(), version: z.string(), hash: z.string() })
    .openapi('DataRef', DOCUMENTED && { description: 'Which compiled table produced the answer' });

/**
 * A calculator's 200 answer: its output, the trace of how it was reached and `data`, the table version it read
 * (the route and the catalogue both use this).
 */
export const responseSchema = (calc: { output: z.ZodType }) =>
  // output-only schemas are `DOCUMENTED && z.object(…)`: the Worker (DOCUMENTED false) never builds this one
  DOCUMENTED &&
  (calc.output as z.ZodObject).extend({
    notices: z.array(noticeSchema).openapi(
      DOCUMENTED && {
        description:
          'What the answer rests on that its reader should know (values past the date they were checked through, an in-force date the text leaves open, an alternative reading); empty when nothing',
      },
    ),
    trace: traceSchema,
    data: dataRefSchema,
  });

/**
 * A calculator's link to its table: the id at run time, the table schema's literal types (parameter keys,
 * sheets, columns) at compile time. Calculators import their schema as a type only, so the Worker does not
 * bundle the schemas, which only the build needs (BENCHMARKS.md › Footprint).
 */
export interface TableRef<S extends TableSpec> {
  id: S['id'];
  /** never set: carries the schema's type */
  readonly spec?: S;
}

/** `tableRef<typeof schema>('table-id')`: the id must be the schema's own (a type error otherwise). */
export const tableRef = <S extends TableSpec>(id: S['id']): TableRef<S> => ({ id });

/** Reads parameters of one table as in force on a date (pure; built from the compiled bundle). */
export type ParamsAt<S extends TableSpec> = (date: string) => Params<S>;

/** What a calculation is given besides its input: the parameters by date, the trace every read goes into, and the notices of the answer. */
export interface Context<S extends TableSpec> {
  at: ParamsAt<S>;
  trace: Trace;
  notices: Notices;
}

/**
 * A calculator as the Worker runs it: schemas to validate and a pure `run`. Its output schema leaves out `trace`,
 * which `calculate` adds. What people read about it — title, description, runnable examples — is its
 * CalculatorDocs, a separate export of the same module, so that the API description stays out of the Worker's
 * bundle (BENCHMARKS.md › Footprint).
 */
export interface Calculator<S extends TableSpec = TableSpec, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: string;
  table: TableRef<S>;
  input: I;
  output: O;
  /** pure: parameters by date and the validated input in, result out; steps go into ctx.trace */
  run(ctx: Context<S>, input: z.output<I>): z.output<O>;
}

/** How one input field reads to people: its label, a line of help, and a label per option of a list of codes. */
export interface FieldDoc {
  label: Localized;
  help?: Localized;
  options?: Record<string, Localized>;
}

/**
 * How a calculator's request and answer read to people, by path: `year`, `person.scheme`, `claims.*.date` (an item of
 * a list), `claims.*.inpatient.date` (a field of one kind of item, the `kind` being `inpatient`). Published with the
 * JSON Schemas (`x-form`, `x-result`) for forms such as the widget.
 */
export interface Presentation {
  /** every input field */
  fields: Record<string, FieldDoc>;
  /** the noun of one item of a list ('claims' → 费用 / Bill) */
  items?: Record<string, Localized>;
  /** how the form shows a field: radio buttons, a field left out (the API's default applies), a field it requires */
  controls?: Record<string, 'radio' | 'select'>;
  hidden?: string[];
  required?: string[];
  /** the answer: labels of its fields, labels of its codes, and the columns of its lists */
  results?: {
    labels?: Record<string, Localized>;
    options?: Record<string, Record<string, Localized>>;
    tables?: Record<string, { label?: Localized; columns: { key: string; label?: Localized; index?: boolean }[] }>;
  };
}

/**
 * The description of a calculator for /docs, GET /v1/calculators and the widget (`<id>.docs.ts`, read at build time).
 * Its runnable examples are its cases marked `example` (`<id>.cases.json`).
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export interface CalculatorDocs<_C extends Calculator<any, any, any> = Calculator> {
  title: Localized;
  description: Localized;
  /** how a request of this calculator moves to another date, keeping its meaning (tables:diff runs cases at the dates an edit changes) */
  sampleAt: MoveSample;
  /** who decides for real, named, for the line under every answer ("以医保经办机构的结算为准") */
  disclaimer?: Localized;
  /** how the request and the answer read to people */
  presentation?: Presentation;
  /** the readings this calculator applies where the text leaves a question open, each with its article */
  readings?: { article: string; text: Localized }[];
}

export const defineCalculator = <S extends TableSpec, I extends z.ZodType, O extends z.ZodType>(c: Calculator<S, I, O>) => c;

export const paramsAt =
  <S extends TableSpec>(bundle: CompiledBundle, ref: TableRef<S>, recorder?: ReadRecorder): ParamsAt<S> =>
  (date) => {
    const table = bundle.tables[ref.id];
    if (!table) throw new Error(`table ${ref.id} is not in the compiled bundle`);
    return new Params<S>(table, date, recorder);
  };

/**
 * Runs a calculator on validated input: its answer with its notices — the calculator's own, and those of the dates it
 * rests on (after the table's verified-through date; inside the window of an in-force date the text leaves open) —
 * and the trace of how it was reached.
 */
// biome-ignore lint/suspicious/noExplicitAny: any calculator
export function calculate<C extends Calculator<any, any, any>>(calc: C, bundle: CompiledBundle, input: z.output<C['input']>) {
  const trace = new Trace();
  const notices = new Notices();
  const result = calc.run({ at: paramsAt(bundle, calc.table, trace), trace, notices }, input) as z.output<C['output']>;
  const table = bundle.tables[calc.table.id];
  if (table) for (const n of coverageNotices(table, trace.dates, trace.documents)) notices.add(n);
  return { ...result, notices: notices.list, trace: trace.toJSON() } as z.output<C['output']> & { notices: Notice[]; trace: TraceData };
}
