import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MARKERS } from '../../bench/footprint';
import { calculatorDocs } from '../../scripts/lib/policy';
import { tableSpecs } from '../../scripts/lib/policy';
import { WORKER_CONFIGS } from '../../scripts/lib/workers';

/**
 * What goes into the deployed Worker, built as `wrangler deploy` builds it (--dry-run: nothing leaves the
 * machine). The budget is issue 8's (≤ 150 KB gzip); `npm run bench` prints the figures. What must stay out:
 * the xlsx parser, and what only the build needs — the API description (generated into assets) and the
 * table schemas (the build's validation; calculators take only their types and ids).
 */
/** A string literal as esbuild writes it into the bundle: JSON escapes, and non-ASCII as \\uXXXX (its default charset). */
const asBundled = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every non-ASCII character
    .replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The code `wrangler deploy` would upload for one Worker's configuration (scripts/lib/workers.ts). */
function bundleOf(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-bundle-'));
  try {
    const res = spawnSync(
      join('node_modules', '.bin', 'wrangler'),
      ['deploy', '--dry-run', '--config', config, '--outdir', dir, '--env='],
      {
        encoding: 'utf8',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      },
    );
    if (res.status !== 0) throw new Error(res.stderr || res.stdout);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let code = '';
let explorerCode = '';
beforeAll(() => {
  code = bundleOf(WORKER_CONFIGS.api);
  explorerCode = bundleOf(WORKER_CONFIGS.explorer);
}, 120_000);

/** Texts only the explorer's pages hold (src/explore/render.ts). */
const PAGE_MARKERS = ['Legislation explorer', 'Skip to content', '/docs/assets/explore.css'];

describe('the Worker bundles', () => {
  it('the API Worker is at most 150 KB gzip, and so is the explorer Worker', () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(150_000);
    expect(gzipSync(explorerCode, { level: 9 }).length).toBeLessThanOrEqual(150_000);
  });

  it("the API Worker renders no explorer page: the explorer Worker does (the markers are the pages' own)", () => {
    expect(PAGE_MARKERS.filter((m) => code.includes(m))).toEqual([]);
    expect(PAGE_MARKERS.filter((m) => explorerCode.includes(m))).toEqual(PAGE_MARKERS);
  });

  it('carry no xlsx parser', () => {
    expect(XLSX_MARKERS.filter((m) => code.includes(m) || explorerCode.includes(m))).toEqual([]);
  });

  it("carries no calculator's docs (titles, descriptions, example summaries): they are built into assets", () => {
    // a title is looked for as the docs module holds it, the pair: a step of the trace may share its Chinese words
    const titles = [...calculatorDocs.values()].map((d) => `{zh:"${asBundled(d.title.zh)}",en:"${asBundled(d.title.en)}"}`);
    expect(titles.filter((t) => code.includes(t))).toEqual([]);
    const prose = [...calculatorDocs.values()].flatMap((d) => [
      d.description.en,
      d.description.zh,
      ...Object.values(d.examples).map((e) => e.summary),
    ]);
    expect(prose.length).toBeGreaterThan(60);
    // a text with a double quote may be written with other quotes or escapes: look for its longer pieces between them
    const pieces = prose.flatMap((text) => (text.includes('"') ? text.split('"').filter((piece) => piece.length >= 12) : [text]));
    expect(pieces.filter((piece) => code.includes(asBundled(piece)))).toEqual([]);
  });

  it('carries no table schema (a scale label, as the minified schema would hold it)', () => {
    const labels = Object.values(tableSpecs).flatMap((t) =>
      Object.values(t.scales).map((s) => `{zh:"${asBundled(s.label.zh)}",en:"${asBundled(s.label.en)}"}`),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => code.includes(l))).toEqual([]);
  });
});
