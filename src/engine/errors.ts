import type { Localized } from '../tables/model';

/**
 * Why a calculation or lookup cannot answer. The engine and the calculators throw this and know nothing of
 * HTTP; the Worker maps each kind to its problem+json at the edge (src/http/engine-problem.ts).
 * - not-published: the source does not publish a value the answer needs (an empty cell).
 * - not-in-force: no row of the workbook covers the date.
 * - refused: the rules do not allow the request, or an impossible combination of inputs.
 * - too-large: a computed amount or date cannot be stated exactly.
 * - invalid-input: request fields only the data can judge (a code the table does not know); `fields` names them.
 */
export type EngineErrorKind = 'not-published' | 'not-in-force' | 'refused' | 'too-large' | 'invalid-input';

/** The parameter (or sheet, or sheet.column) a not-published / not-in-force error is about. */
export interface ParameterRef {
  table: string;
  key: string;
  /** the workbook's public note of the row, in both languages */
  note: Localized | null;
  citation: string | null;
}

/** One invalid field: where, a stable code (required, too-small, unknown-code…), and the sentence in each language. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
  message: Localized;
}

export interface EngineErrorDetails {
  parameter?: ParameterRef;
  fields?: FieldIssue[];
  /** further members of the answer's problem body (e.g. missing[], reason, citation) */
  [member: string]: unknown;
}

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    /** what went wrong, as a sentence in each language */
    readonly text: Localized,
    readonly details: EngineErrorDetails = {},
  ) {
    super(text.en);
  }
}

export const refused = (text: Localized, details: EngineErrorDetails = {}) => new EngineError('refused', text, details);
