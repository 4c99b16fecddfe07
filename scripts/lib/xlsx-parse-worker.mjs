// Parses workbooks with SheetJS in a worker thread for scripts/lib/workbook-reader.ts, which posts one
// workbook at a time and waits for the answer synchronously (Atomics.wait on `flag`) with a time limit;
// this thread also runs under a heap limit. Plain JavaScript on purpose: it must load in any Node context
// (the build CLI under tsx, vitest) without a TypeScript loader.
import * as XLSX from '@e965/xlsx';
import { workerData } from 'node:worker_threads';

const { flag, port } = workerData;
port.on('message', ({ buf, options }) => {
  let message;
  try {
    const wb = XLSX.read(buf, options);
    // Own properties only: a sheet named __proto__ is not carried over (the reader reports it by name).
    const sheets = Object.create(null);
    for (const name of Object.keys(wb.Sheets)) sheets[name] = wb.Sheets[name];
    message = { ok: true, SheetNames: wb.SheetNames, Sheets: sheets, hidden: (wb.Workbook?.Sheets ?? []).map((s) => s?.Hidden ?? 0) };
  } catch (err) {
    message = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
