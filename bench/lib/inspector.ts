/**
 * The JavaScript heap of the Worker's isolate, read through the DevTools endpoint of `wrangler dev
 * --inspector-port`. The process's resident memory is not a measure of this Worker: under `wrangler dev`
 * it also holds miniflare's entry, router, asset and rate-limiter workers and workerd's allocator caches,
 * and it grows under load even for a hello-world Worker (BENCHMARKS.md › Soak). The isolate's heap is
 * what this code can leak. workerd does not offer HeapProfiler.collectGarbage; taking a heap snapshot makes V8
 * collect everything first, so heapAfterFullGc() gives the live heap, and heapUsed() the sawtooth under load.
 *
 * Node 20 has WebSocket behind --experimental-websocket (the soak script sets it); Node 22 has it built in.
 */

interface Target {
  title: string;
  webSocketDebuggerUrl: string;
}

/**
 * The Worker's isolate among the inspector's targets: wrangler's inspector proxy lists only the user Worker
 * ("Cloudflare Worker"), workerd's own endpoint titles isolates "Core:User:<worker name>".
 */
async function target(port: number, name: string): Promise<Target> {
  const res = await fetch(`http://127.0.0.1:${port}/json`);
  const list = (await res.json()) as Target[];
  const t = list.find((x) => x.title.endsWith(`:${name}`)) ?? (list.length === 1 ? list[0] : undefined);
  if (!t) throw new Error(`no inspector target for ${name}: ${list.map((x) => x.title).join(', ')}`);
  return t;
}

/** A V8 CPU profile as the DevTools protocol gives it. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Inspector {
  /** a CPU profile of the isolate while `during` runs (sampling every `intervalUs`) */
  cpuProfile<T>(during: () => Promise<T>, intervalUs?: number): Promise<{ profile: CpuProfile | null; result: T }>;
  /** used JS heap of the isolate, bytes (null when the inspector did not answer in time) */
  heapUsed(): Promise<number | null>;
  /** used JS heap right after a full collection (forced by taking a heap snapshot), bytes */
  heapAfterFullGc(): Promise<number | null>;
  close(): void;
}

export async function openInspector(port: number, name: string): Promise<Inspector> {
  const { webSocketDebuggerUrl } = await target(port, name);
  // wrangler's inspector proxy wants an Origin it knows (localhost); undici's WebSocket takes headers in its options
  const ws = new (WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket)(webSocketDebuggerUrl, {
    headers: { Origin: 'http://localhost' },
  });
  const pending = new Map<number, (result: unknown) => void>();
  let next = 1;
  ws.addEventListener('message', (e: MessageEvent) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve());
    ws.addEventListener('error', () => reject(new Error(`inspector websocket ${webSocketDebuggerUrl} failed`)));
  });
  await new Promise((r) => setTimeout(r, 500)); // the proxy sends its own set-up messages first
  // an unanswered call resolves null after its time limit (the proxy can drop a message under load)
  const call = (method: string, ms = 10_000, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, ms);
      pending.set(id, (r) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(r);
      });
      ws.send(JSON.stringify({ id, method, params }));
    });
  // wrangler's proxy turns on Network events for its DevTools; thousands of asset fetches would flood this socket
  await call('Network.disable');
  return {
    cpuProfile: async (during, intervalUs = 100) => {
      await call('Profiler.enable');
      await call('Profiler.setSamplingInterval', 10_000, { interval: intervalUs });
      await call('Profiler.start');
      const result = await during();
      const stopped = (await call('Profiler.stop', 60_000)) as { profile: CpuProfile } | null;
      return { profile: stopped?.profile ?? null, result };
    },
    heapUsed: async () => ((await call('Runtime.getHeapUsage')) as { usedSize: number } | null)?.usedSize ?? null,
    // V8 collects all garbage before it writes a heap snapshot (workerd offers no HeapProfiler.collectGarbage);
    // the snapshot's chunks arrive as notifications and are dropped
    heapAfterFullGc: async () => {
      if ((await call('HeapProfiler.takeHeapSnapshot', 120_000)) === null) return null;
      return ((await call('Runtime.getHeapUsage')) as { usedSize: number } | null)?.usedSize ?? null;
    },
    close: () => ws.close(),
  };
}
