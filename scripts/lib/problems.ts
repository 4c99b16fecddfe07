/** A problem found in a workbook, addressed the way an officer finds it in Excel: file › sheet!cell. */
export interface Problem {
  file: string;
  sheet: string | null;
  cell: string | null;
  zh: string;
  en: string;
  /** warnings do not fail the build (used by tables:check) */
  severity?: 'error' | 'warning';
}

export function location(p: Pick<Problem, 'file' | 'sheet' | 'cell'>): string {
  if (!p.sheet) return p.file;
  return `${p.file} › ${p.sheet}${p.cell ? `!${p.cell}` : ''}`;
}

export function formatProblem(p: Problem, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const text = lang === 'both' ? `${p.zh} / ${p.en}` : p[lang];
  return `${location(p)}: ${text}`;
}
