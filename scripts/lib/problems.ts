/** A sentence in each language: two whole sentences, never one spliced from parts of both. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A problem found in a workbook, addressed the way an officer finds it in Excel: file › sheet!cell. */
export interface Problem {
  file: string;
  sheet: string | null;
  cell: string | null;
  zh: string;
  en: string;
  /**
   * How to fix it, in both languages: every problem has one (tables:check prints it as 怎么改 / how to fix, the build
   * under each problem). tables:check may replace it with a more specific hint made from the cell's content
   * (scripts/lib/hints.ts).
   */
  fix: Bilingual;
  /** warnings do not fail the build (used by tables:check) */
  severity?: 'error' | 'warning';
}

export function location(p: Pick<Problem, 'file' | 'sheet' | 'cell'>): string {
  if (!p.sheet) return p.file;
  return `${p.file} › ${p.sheet}${p.cell ? `!${p.cell}` : ''}`;
}

export function formatProblem(p: Pick<Problem, 'file' | 'sheet' | 'cell' | 'zh' | 'en'>, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const text = lang === 'both' ? `${p.zh} / ${p.en}` : p[lang];
  return `${location(p)}: ${text}`;
}

/** The fix line as printed under a problem: "怎么改：… / how to fix: …". */
export function formatFix(fix: Bilingual, lang: 'zh' | 'en' | 'both' = 'both'): string {
  if (lang === 'zh') return `怎么改：${fix.zh}`;
  if (lang === 'en') return `how to fix: ${fix.en}`;
  return `怎么改：${fix.zh} / how to fix: ${fix.en}`;
}
