/**
 * The public origin of a deployment: where integrators reach the API. The OpenAPI document's `servers` and the
 * SDK's default base URL are written from it at build time, and the Worker reads the same value (the PUBLIC_ORIGIN
 * var) for the widget's embed snippets. One setting: the PUBLIC_ORIGIN environment variable when set (CI, a
 * deployment), else `[vars] PUBLIC_ORIGIN` of wrangler.toml, whose default is the local dev server (`npm start`).
 */
import { readFileSync } from 'node:fs';

/** An origin is scheme, host and port: `https://api.example.gov.cn`, no path, no trailing slash. */
export function checkOrigin(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${where}: PUBLIC_ORIGIN "${value}" is not a URL (expected e.g. https://api.example.gov.cn)`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value)
    throw new Error(`${where}: PUBLIC_ORIGIN "${value}" must be an http(s) origin without path or trailing slash (e.g. ${url.origin})`);
  return value;
}

/** `[vars] PUBLIC_ORIGIN` of wrangler.toml (the top-level table; environments repeat it). */
export function wranglerPublicOrigin(toml = readFileSync('wrangler.toml', 'utf8')): string {
  const vars = /^\[vars\]\s*$([\s\S]*?)(?=^\[)/m.exec(toml)?.[1] ?? '';
  const m = /^PUBLIC_ORIGIN\s*=\s*"([^"]*)"/m.exec(vars);
  if (!m) throw new Error('wrangler.toml: [vars] has no PUBLIC_ORIGIN');
  return checkOrigin(m[1]!, 'wrangler.toml');
}

export const publicOrigin = (env: Record<string, string | undefined> = process.env): string =>
  env.PUBLIC_ORIGIN ? checkOrigin(env.PUBLIC_ORIGIN, 'environment') : wranglerPublicOrigin();

/** A loopback origin: right for `npm start`, wrong in a deployed document. */
export const isLocalOrigin = (origin: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(origin).hostname);
