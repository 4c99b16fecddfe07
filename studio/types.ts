/** What /studio's worker answers the page: plain data (structured-cloned between them). */
import type { Finding } from '../scripts/lib/check';
import type { TableBlock } from '../scripts/lib/diff-report';
import type { AnswerChange } from '../scripts/lib/samples';
import type { CellValue } from '../scripts/lib/workbook-reader';

export type Lang = 'zh' | 'en';

export interface CaseExpectation {
  key: string;
  cell: string;
  want: unknown;
  before: unknown;
  after: unknown;
}

export interface CaseOutcome {
  status: number;
  passed: boolean;
  /** the problem's code and message when the calculator refused */
  refusal: Record<Lang, string> | null;
}

export interface StudioCase {
  id: string;
  calculator: string;
  summary: string;
  rows: number[];
  author: string | null;
  date: string | null;
  note: string | null;
  before: CaseOutcome | null;
  after: CaseOutcome | null;
  expectations: CaseExpectation[];
}

export interface StudioResult {
  file: string;
  tableId: string;
  checkedOn: string;
  table: { version: string; hash: string } | null;
  served: { version: string; hash: string } | null;
  findings: Finding[];
  sheets: { name: string; rows: CellValue[][] }[];
  /** the semantic diff against the served table, as the report's blocks, per language; null: no compiled table */
  diff: { changed: boolean; dates: string[]; blocks: Record<Lang, TableBlock[]> } | null;
  /** the answers that change between the served data and this workbook */
  answers: { run: number; dates: string[]; changed: AnswerChange[]; noticesOnly: number } | null;
  cases: StudioCase[];
  report: { md: Record<Lang, string>; html: Record<Lang, string> };
  timings: Record<string, number>;
}
