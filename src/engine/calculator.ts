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

/** Reads parameters of one table as in force on a date (pure; built from the compiled bundle). */
export type ParamsAt<S extends TableSpec> = (date: string) => Params<S>;

export interface Calculator<S extends TableSpec = TableSpec, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: string;
  table: S;
  title: Localized;
  description: Localized;
  input: I;
  output: O;
  examples: Record<string, { summary: string; value: z.input<I> }>;
  /** pure: parameters by date and the validated input in, result with its trace out */
  run(at: ParamsAt<S>, input: z.output<I>): z.output<O>;
}

export const defineCalculator = <S extends TableSpec, I extends z.ZodType, O extends z.ZodType>(c: Calculator<S, I, O>) => c;

export const paramsAt =
  <S extends TableSpec>(bundle: CompiledBundle, spec: S): ParamsAt<S> =>
  (date) => {
    const table = bundle.tables[spec.id];
    if (!table) throw new Error(`table ${spec.id} is not in the compiled bundle`);
    return new Params<S>(table, date);
  };
