import { cpus, loadavg, totalmem } from 'node:os';

/** Small statistics helpers for the benchmark scripts. */

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const min = (xs: number[]) => Math.min(...xs);
export const max = (xs: number[]) => Math.max(...xs);

/** Least-squares fit y = a + b·x, with R². */
export function linearFit(xs: number[], ys: number[]): { a: number; b: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** Runs `fn` repeatedly for about `ms` milliseconds (at least `minIter` times); mean µs per call. */
export function timeSync(fn: () => unknown, ms: number, minIter = 5): number {
  let iter = 0;
  const start = performance.now();
  let now = start;
  while (iter < minIter || now - start < ms) {
    fn();
    iter++;
    if ((iter & 7) === 0 || iter < minIter) now = performance.now();
  }
  return ((performance.now() - start) * 1000) / iter;
}

export async function timeAsync(fn: () => Promise<unknown>, ms: number, minIter = 5): Promise<number> {
  let iter = 0;
  const start = performance.now();
  while (iter < minIter || performance.now() - start < ms) {
    await fn();
    iter++;
  }
  return ((performance.now() - start) * 1000) / iter;
}

export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
export const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');

/** A Markdown table. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** What the numbers were measured on: CPU, cores, Node, and the load average (the machine is shared). */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
}
