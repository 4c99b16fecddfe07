import { z } from '@hono/zod-openapi';
import type { TableSpec } from '../tables/kit';
import type { CompiledBundle, Localized } from '../tables/model';
import { Params, type ParamUse } from './params';

/** One step of an explanation: which rule, on which inputs, with which parameter values, gave what. */
export interface TraceStep {
  step: string;
  rule: string;
  formula: string;
  inputs: Record<string, unknown>;
  parameters: Record<string, ParamUse>;
  result: unknown;
  note?: string;
}

const paramUseSchema = z
  .object({
    value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
    unit: z.string(),
    citation: z.string().openapi({ example: '嘉政发〔2014〕87号 第二十五条' }),
    table: z.string(),
    version: z.string(),
    in_force: z.object({ from: z.string(), to: z.string().nullable() }),
    cell: z.string(),
  })
  .openapi('ParameterUse');

export const traceStepSchema = z
  .object({
    step: z.string().openapi({ example: 'inpatient deductible' }),
    rule: z.string().openapi({ example: '嘉政发〔2014〕87号 第二十五条' }),
    formula: z.string(),
    inputs: z.record(z.string(), z.unknown()),
    parameters: z.record(z.string(), paramUseSchema),
    result: z.unknown(),
    note: z.string().optional(),
  })
  .openapi('TraceStep');

export const dataRefSchema = z
  .object({ table: z.string(), version: z.string(), hash: z.string() })
  .openapi('DataRef', { description: 'Which compiled table produced the answer' });

/** A calculator's 200 answer: its output plus `data`, the table version it read (the route and the catalogue both use this). */
export const responseSchema = (calc: { output: z.ZodType }) => (calc.output as z.ZodObject).extend({ data: dataRefSchema });

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

/**
 * A calculator as the Worker runs it: schemas to validate and a pure `run`. What people read about it —
 * title, description, runnable examples — is its CalculatorDocs, a separate export of the same module,
 * so that the API description stays out of the Worker's bundle (BENCHMARKS.md › Footprint).
 */
export interface Calculator<S extends TableSpec = TableSpec, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: string;
  table: TableRef<S>;
  input: I;
  output: O;
  /** pure: parameters by date and the validated input in, result with its trace out */
  run(at: ParamsAt<S>, input: z.output<I>): z.output<O>;
}

/** The description of a calculator for /docs, GET /v1/calculators and the widget (built at build time). */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export interface CalculatorDocs<C extends Calculator<any, any, any> = Calculator> {
  title: Localized;
  description: Localized;
  examples: Record<string, { summary: string; value: z.input<C['input']> }>;
}

export const defineCalculator = <S extends TableSpec, I extends z.ZodType, O extends z.ZodType>(c: Calculator<S, I, O>) => c;

export const paramsAt =
  <S extends TableSpec>(bundle: CompiledBundle, ref: TableRef<S>): ParamsAt<S> =>
  (date) => {
    const table = bundle.tables[ref.id];
    if (!table) throw new Error(`table ${ref.id} is not in the compiled bundle`);
    return new Params<S>(table, date);
  };
