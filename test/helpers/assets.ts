import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bindings } from '../../src/env';

/**
 * The ASSETS binding as wrangler serves it: the files of compiled/public (`npm run build`), with the paths read, in
 * order, so a test can count what a request read.
 */
export function builtAssets(root = join(import.meta.dirname, '..', '..', 'compiled', 'public')) {
  const reads: string[] = [];
  const ASSETS = {
    fetch: async (input: Request | string) => {
      const path = new URL(typeof input === 'string' ? input : input.url).pathname;
      reads.push(path);
      try {
        return new Response(readFileSync(join(root, decodeURIComponent(path))));
      } catch {
        return new Response('not found', { status: 404 });
      }
    },
  } as unknown as Fetcher;
  return { env: { ASSETS } as Bindings, reads };
}
