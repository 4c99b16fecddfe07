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
}

export interface FieldError {
  pointer: string;
  message: string;
}

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { pointer: string; field?: string; message: string }[];
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
