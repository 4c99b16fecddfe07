import { readFileSync } from 'node:fs';

/**
 * A README's TypeScript example, as the tests compile and run it: the ```ts block after `<!-- example: name -->`, or
 * the file's first ```ts block.
 */
export function readmeExample(file: string, name?: string): string {
  const text = readFileSync(file, 'utf8');
  const from = name === undefined ? 0 : text.indexOf(`<!-- example: ${name} -->`);
  if (from < 0) throw new Error(`${file} has no <!-- example: ${name} --> marker`);
  const m = /```ts\n([\s\S]*?)```/.exec(text.slice(from));
  if (!m) throw new Error(`${file} has no \`\`\`ts example${name ? ` after ${name}` : ''}`);
  return m[1]!;
}
