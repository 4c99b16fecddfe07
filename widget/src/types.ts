/** Shapes the widget reads from the API (GET /v1/calculators, POST /v1/calculators/:id). Pure types. */

export type Lang = 'zh-CN' | 'en';
export interface Localized {
  zh: string;
  en: string;
}

/** The subset of JSON Schema (draft 2020-12, as produced by z.toJSONSchema) the form generator understands. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  description?: string;
  title?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  'x-unit'?: string;
  propertyNames?: JsonSchema;
  /** how the form reads (on an input schema's root): see overlays.ts */
  'x-form'?: unknown;
  /** how the answer reads (on an output schema's root) */
  'x-result'?: unknown;
}

export interface CalculatorInfo {
  id: string;
  title: string;
  titles?: Localized;
  description: string;
  endpoint: string;
  input: JsonSchema;
  output: JsonSchema;
  examples?: Record<string, { summary?: string; value: unknown }>;
  /** who decides for real: the line under every answer, in the catalogue's language */
  disclaimer?: string | null;
  /** the dates the calculator's table has values for, and through which they were checked against published sources */
  coverage?: { from: string; to: string | null; verifiedThrough: string } | null;
}

export interface FieldError {
  pointer: string;
  message: string;
}

/** A message as the API sends it: a `{ zh, en }` pair (the error format), or an older plain string. */
export type Message = string | Partial<Localized>;

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type?: string;
  /** the slug of `type` (`validation-error`, `not-in-force`, …) */
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
  message?: Message;
  errors?: { pointer?: string; field?: string; in?: string; code?: string; message?: Message }[];
  /** how many errors there were in all (errors[] holds the first ones) */
  errorCount?: number;
}

/** One step of an answer's explanation, in both languages (the API's trace.steps[]). */
export interface TraceStep {
  name: Localized;
  rule: string;
  formula: Localized;
  inputs?: Record<string, unknown>;
  /** keys of trace.parameters */
  parameters?: string[];
  result: unknown;
  note?: Localized;
}

export interface Trace {
  parameters: Record<string, { value: unknown; unit: string; citation: string }>;
  steps: TraceStep[];
}
