/**
 * How much code the calculators and their tests are: characters of calculator code without comments and whitespace
 * (the docs' prose and the case data counted apart), and lines of test code. `npx tsx scripts/code-size.ts [dir…]`
 * prints the figures a renovation reports before and after.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, test));
    else if (test(p)) out.push(p);
  }
  return out;
}

/** Characters of the code's tokens: no comments, no whitespace; string literals count whole. */
function codeChars(source: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  let n = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    n += scanner.getTokenText().replace(/\s+/g, '').length;
  }
  return n;
}

/** Splits a calculator module into its code and its docs (the `…Docs = {…}` export and what follows it). */
function split(source: string): { code: string; docs: string } {
  const at = source.search(/\nexport const \w+Docs\b/);
  return at < 0 ? { code: source, docs: '' } : { code: source.slice(0, at), docs: source.slice(at) };
}

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['src/calculators', 'src/policy'];
let code = 0;
let docs = 0;
let data = 0;
for (const dir of dirs) {
  let present = true;
  try {
    statSync(join(ROOT, dir));
  } catch {
    present = false;
  }
  if (!present) continue;
  for (const f of files(join(ROOT, dir), (p) => /\.(ts|json|ya?ml)$/.test(p))) {
    const text = readFileSync(f, 'utf8');
    if (/\.(json|ya?ml)$/.test(f)) data += text.replace(/\s+/g, '').length;
    else if (/\.docs\.ts$/.test(f)) docs += codeChars(text);
    else if (/table\.ts$|\/tables\//.test(f)) continue;
    else {
      const s = split(text);
      code += codeChars(s.code);
      docs += codeChars(s.docs);
    }
  }
}
const testLines = files(join(ROOT, 'test'), (p) => /\.test\.ts$/.test(p) || /helpers\/.*\.ts$/.test(p)).reduce(
  (n, f) =>
    n +
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length,
  0,
);
console.log(`calculator code: ${code} characters (no comments, no whitespace)`);
console.log(`calculator docs: ${docs} characters`);
console.log(`case data: ${data} characters (no whitespace)`);
console.log(`test code: ${testLines} non-empty lines (test files and helpers)`);
