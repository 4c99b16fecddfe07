import type { Context, MiddlewareHandler } from 'hono';
import { problem, ProblemError } from './problem';

/**
 * Refuses a request body over `maxSize` bytes. A declared Content-Length is checked without reading. A body
 * without one (chunked) is counted as it is read; past the limit the rest is read and dropped, up to
 * `DRAIN_FACTOR` × the limit, before the 413 is sent. Hono's own bodyLimit stops reading at the limit and leaves
 * the rest unread: under `wrangler dev` the next requests then wait 10 s behind it (one 70 KB chunked POST delays
 * /v1/ping that long), and cancelling the stream does not release it; draining does. A body larger
 * still is cancelled, not read on.
 */
const DRAIN_FACTOR = 16;

export const bodyLimit =
  (o: { maxSize: number | ((c: Context) => number); onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler =>
  async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return next();
    unsupportedEncoding(c);
    const maxSize = typeof o.maxSize === 'number' ? o.maxSize : o.maxSize(c);
    const length = raw.headers.get('content-length');
    if (length !== null && !raw.headers.has('transfer-encoding')) {
      return Number(length) > maxSize ? o.onError(c) : next();
    }
    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxSize) {
        await drain(reader, maxSize * DRAIN_FACTOR - size);
        return o.onError(c);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(raw, { body });
    return next();
  };

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  try {
    while (budget > 0) {
      const { done, value } = await reader.read();
      if (done) return;
      budget -= value.byteLength;
    }
    await reader.cancel();
  } catch {
    // a client that went away: nothing left to answer
  }
}

/**
 * A body is read as it arrives: nothing here decompresses it, so a Content-Encoding other than identity is a media
 * type the API does not accept — 415 with `Accept-Encoding: identity` (RFC 9110 §15.5.16), before the size is counted
 * (which would be the compressed size), rather than a parse error of the compressed bytes.
 */
function unsupportedEncoding(c: Context): void {
  const codings = (c.req.header('content-encoding') ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x && x !== 'identity');
  if (!codings.length) return;
  c.header('Accept-Encoding', 'identity');
  throw new ProblemError(
    problem('unsupported-media-type', {
      zh: `不接受压缩的请求内容（Content-Encoding: ${codings.join(', ')}），请发送未压缩的内容。`,
      en: `Content-Encoding ${codings.join(', ')} is not accepted; send the request body uncompressed.`,
    }),
  );
}
