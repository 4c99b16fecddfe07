import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from '../../src/http/body-limit';

/**
 * The body limit on a streamed (chunked) body: what it reads of the stream. Past the limit it reads the rest and
 * drops it, up to 16 × the limit — under `wrangler dev` a body left half-read held up the next requests for 10 s —
 * and cancels a larger one instead of reading on. (test/worker/limits.test.ts covers the answers in workerd.)
 */
const LIMIT = 1024;

function app() {
  const a = new Hono();
  a.use('*', bodyLimit({ maxSize: LIMIT, onError: (c) => c.text('too large', 413) }));
  a.post('/', async (c) => c.text(String((await c.req.text()).length)));
  return a;
}

/** A stream of `chunks` chunks of `size` bytes that records how many were pulled and whether it was cancelled. */
function stream(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

const post = (body: ReadableStream<Uint8Array>) => app().request('/', { method: 'POST', body, duplex: 'half' } as RequestInit);

describe('body limit on a streamed body', () => {
  it('a body within the limit reaches the handler whole', async () => {
    const { body } = stream(4, 256);
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1024');
  });

  it('a body just over the limit → 413, and the rest of it is read (drained), not left in the connection', async () => {
    const { body, seen } = stream(40, 256); // 10 KB: over the limit, within 16 × it
    const res = await post(body);
    expect(res.status).toBe(413);
    expect(seen).toEqual({ pulled: 40, cancelled: false });
  });

  it('a body far over the limit → 413 after at most 16 × the limit is read; the rest is cancelled', async () => {
    const { body, seen } = stream(10_000, 256); // 2.5 MB
    const res = await post(body);
    expect(res.status).toBe(413);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled * 256).toBeLessThanOrEqual(16 * LIMIT + 2 * 256);
  });

  it('a declared Content-Length over the limit → 413 without reading the body', async () => {
    const res = await app().request('/', { method: 'POST', body: 'x'.repeat(LIMIT + 1), headers: { 'content-length': String(LIMIT + 1) } });
    expect(res.status).toBe(413);
  });
});
