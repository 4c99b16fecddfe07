import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import type { TableSpec } from '../tables/kit';
import { type Localized, localizedSchema, type Range, type ScaleRow } from '../tables/model';
import { exactOf, isOpenRange, rangeCheck } from './exact';
import type { Missing } from './missing';
import type { Params, ParamUse } from './params';

/**
 * The one vocabulary of the check calculators (land entry, fire water sources, solar PV, e-government review,
 * residence permits, bus traffic impact, case transfer): every condition has a status, decisions are three-valued
 * (true, false, or null = undetermined), and an undetermined decision comes with the list of what was not assessed.
 * A decision is false only when everything that could make it true was assessed. Not a general rules engine: each
 * calculator still states its rules as functions; this is the shared grammar of their answers.
 */

export const STATUSES = ['met', 'not_met', 'not_applicable', 'not_assessed'] as const;
export type Status = (typeof STATUSES)[number];

/** A ground's status in words, as the steps say it (属于 / applies): the answer itself keeps the code. */
export const GROUND_WORDS: Record<Status, Localized> = {
  met: { zh: '属于', en: 'applies' },
  not_met: { zh: '不属于', en: 'does not apply' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  not_assessed: { zh: '尚不能确定', en: 'not yet determined' },
};

export const statusSchema =
  DOCUMENTED &&
  z.enum(STATUSES).openapi(
    'CheckStatus',
    DOCUMENTED && {
      description:
        'met: the condition holds; not_met: it does not; not_applicable: it does not apply to this case; ' +
        'not_assessed: it could not be decided — an input not given, or a value the source does not publish (see notAssessed)',
    },
  );

/** true, false, or null (undetermined). */
export type Tri = boolean | null;

/** Three-valued and: false if any is false, else null if any is null, else true. */
export const allOf = (xs: readonly Tri[]): Tri => (xs.includes(false) ? false : xs.includes(null) ? null : true);
/** Three-valued or: true if any is true, else null if any is null, else false. */
export const anyOf = (xs: readonly Tri[]): Tri => (xs.includes(true) ? true : xs.includes(null) ? null : false);
export const not = (x: Tri): Tri => (x === null ? null : !x);

export const statusOf = (x: Tri): Status => (x === null ? 'not_assessed' : x ? 'met' : 'not_met');
/** The truth of a status; a not-applicable condition counts as `ifNotApplicable` (true for "all of", false for "any of"). */
export const truthOf = (s: Status, ifNotApplicable: boolean): Tri =>
  s === 'met' ? true : s === 'not_met' ? false : s === 'not_applicable' ? ifNotApplicable : null;

/** A condition that could not be decided, and why. */
export interface NotAssessed {
  /** the condition (a rule, criterion or trigger code of the answer) */
  item: string;
  reason: 'input-not-given' | 'not-published' | 'not-in-force';
  /** the request fields that would decide it (input-not-given), or the workbook keys it lacks */
  fields: string[];
  text: Localized;
}

export const notAssessedSchema =
  DOCUMENTED &&
  z
    .object({
      item: z.string(),
      reason: z.enum(['input-not-given', 'not-published', 'not-in-force']),
      fields: z
        .array(z.string())
        .openapi(DOCUMENTED && { description: 'request fields that would decide it, or the workbook keys it lacks' }),
      text: localizedSchema,
    })
    .openapi('NotAssessed', DOCUMENTED && { description: 'A condition the answer could not decide: give these fields to get a decision' });

/** An input not given: `text` names it in words (a reader never sees the field's name). */
export const notGiven = (item: string, fields: string[], text: Localized): NotAssessed => ({
  item,
  reason: 'input-not-given',
  fields,
  text,
});

export const notPublished = (item: string, m: Missing): NotAssessed => ({
  item,
  reason: m.reason,
  fields: [m.key],
  // the sentence for people (the value's label, never its key), and the workbook's public note of why
  text: m.note ? { zh: `${m.text.zh}${m.note.zh}`, en: `${m.text.en} ${m.note.en}` } : m.text,
});

type SheetId<S extends TableSpec> = keyof S['scales'] & string;
type ColumnId<S extends TableSpec, K extends SheetId<S>> = keyof S['scales'][K]['columns'] & string;

/** One condition cell of a row against its request field. */
export interface CellCheck {
  column: string;
  /** true: holds; false: does not; null: the field was not given */
  holds: Tri;
  /** the workbook's condition: a code, or the bracket */
  expected: string | number | boolean | Range;
  given: unknown;
  uses: ParamUse[];
}

export interface RowCheck {
  /** met: every condition cell holds; not_met: one does not; not_assessed: none fails and a field was not given */
  status: Status;
  cells: CellCheck[];
  /** the columns whose field was not given */
  unassessed: string[];
}

/**
 * A row of a sheet whose non-empty cells are conditions, against request fields: a dimension cell must equal its
 * field, a range cell must contain it (decided exactly, engine/exact.ts). An empty cell is no condition; a field
 * `undefined` is not given. Every condition cell read is cited in the open trace step.
 */
export function checkRow<S extends TableSpec, K extends SheetId<S>>(
  p: Params<S>,
  sheet: K,
  row: ScaleRow,
  fields: Partial<Record<ColumnId<S, K>, string | number | boolean | null | undefined>>,
): RowCheck {
  const cells: CellCheck[] = [];
  for (const [column, given] of Object.entries(fields) as [ColumnId<S, K>, string | number | boolean | null | undefined][]) {
    const range = row.ranges[column];
    if (range !== undefined) {
      if (isOpenRange(range)) continue;
      const uses = Object.values(p.bounds(sheet, row, column));
      const holds = given === undefined || given === null ? null : rangeCheck(range, exactOf(Number(given))) === null;
      cells.push({ column, holds, expected: range, given, uses });
      continue;
    }
    const cell = row.cells[column];
    if (cell === null || cell === undefined) continue;
    const read = p.cell(sheet, row, column);
    const holds = given === undefined ? null : given === cell;
    cells.push({ column, holds, expected: cell, given, uses: [read.use] });
  }
  const unassessed = cells.filter((c) => c.holds === null).map((c) => c.column);
  const status: Status = cells.some((c) => c.holds === false) ? 'not_met' : unassessed.length ? 'not_assessed' : 'met';
  return { status, cells, unassessed };
}
