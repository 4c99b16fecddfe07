/**
 * What `npm run deploy` (scripts/deploy.ts) refuses:
 *   - the `loadtest` environment (wrangler.toml), whose rate limit no client reaches: it exists for `npm run bench`
 *     and `npm run soak` under `wrangler dev` only, and deployed it would publish an unthrottled API;
 *   - a loopback PUBLIC_ORIGIN: the OpenAPI document's `servers`, the SDK's default and the widget's snippets would
 *     point integrators at localhost. Set PUBLIC_ORIGIN (environment, or wrangler.toml [vars]).
 */
import { isLocalOrigin, publicOrigin } from './public-origin';

/** Environments that must never be deployed. */
export const UNDEPLOYABLE_ENVIRONMENTS = ['loadtest'];

/** The wrangler environment a deploy command line selects (`--env x`, `--env=x`, `-e x`, `-ex`), else CLOUDFLARE_ENV. */
export function selectedEnvironment(args: readonly string[], env: Record<string, string | undefined> = process.env): string | undefined {
  let chosen: string | undefined;
  for (const [i, a] of args.entries()) {
    if (a === '--env' || a === '-e') chosen = args[i + 1];
    else if (a.startsWith('--env=')) chosen = a.slice('--env='.length);
    else if (/^-e[^-]/.test(a)) chosen = a.slice(2).replace(/^=/, '');
  }
  return chosen ?? (env.CLOUDFLARE_ENV || undefined);
}

/** Why this deployment is refused, or null. */
export function deployRefusal(args: readonly string[], env: Record<string, string | undefined> = process.env): string | null {
  const environment = selectedEnvironment(args, env);
  if (environment && UNDEPLOYABLE_ENVIRONMENTS.includes(environment))
    return `npm run deploy refuses the "${environment}" environment: its rate limit no client reaches (it is for npm run bench and npm run soak under wrangler dev); deployed, it would publish an unthrottled API.`;
  let origin: string;
  try {
    origin = publicOrigin(env);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (isLocalOrigin(origin))
    return `PUBLIC_ORIGIN is ${origin}: the OpenAPI servers, the SDK's default and the widget's snippets would point at this machine. Set PUBLIC_ORIGIN=https://<your API host> (environment or wrangler.toml [vars]).`;
  return null;
}
