/**
 * /studio's Web Worker: reads, compiles and checks a dropped workbook off the page's thread (studio/core.ts), after
 * fetching the table the Worker serves now through the public route GET /v1/tables/{id}/data. The page times it out
 * as the CLI times out its parser thread.
 */
import type { CompiledTable } from '../src/tables/model';
import { studioCheck } from './core';

interface Request {
  id: number;
  file: string;
  bytes: ArrayBuffer;
}

const scope = self as unknown as {
  onmessage: ((e: { data: Request }) => void) | null;
  postMessage(message: unknown): void;
  location: { origin: string };
};

/** The compiled table the Worker serves now, or null when it serves none of that id (a new workbook). */
async function served(tableId: string): Promise<CompiledTable | null> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tableId)) return null;
  const res = await fetch(`${scope.location.origin}/v1/tables/${tableId}/data`, { headers: { accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GET /v1/tables/${tableId}/data answered ${res.status}`);
  return (await res.json()) as CompiledTable;
}

scope.onmessage = async ({ data }) => {
  try {
    const tableId = data.file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
    const before = await served(tableId);
    scope.postMessage({ id: data.id, ok: true, result: studioCheck(data.file, new Uint8Array(data.bytes), before) });
  } catch (e) {
    scope.postMessage({ id: data.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
// the script is parsed and set up (reader, compiler, calculators): the page may say so
scope.postMessage({ ready: true });
