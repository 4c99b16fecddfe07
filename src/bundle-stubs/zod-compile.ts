/**
 * Stands in for zod's `core/compile.js` in the Worker bundle (wrangler.toml [alias]). `z.compile` builds
 * a parser with `new Function`, which the Workers runtime forbids, so in a Worker it can only ever take
 * its documented fallback — hand the schema back unchanged on the runtime parser — which is what this
 * does, without carrying ~31 KB of code generator. Nothing in policy-edge calls it or `withParser` (which
 * installs a parser generated elsewhere); both refuse here. The workerd test projects apply the same alias
 * (vitest.config.mts); Node uses zod unchanged.
 */
export const INVALID = Symbol.for('zod.compile.invalid');
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
const unavailable = (what: string) =>
  new ZodCompileUnsupportedError(`${what} is not available in the Worker (zod's compiler is left out of its bundle)`);
export const compile = <T>(schema: T, options?: { strict?: boolean }): T => {
  if (options?.strict) throw unavailable('z.compile');
  return schema;
};
export const withParser = (): never => {
  throw unavailable('withParser');
};
export const compileFn = (): never => {
  throw unavailable('compileFn');
};
