/**
 * Stands in for @hono/zod-openapi in the Worker bundle (wrangler.toml [alias]; the workerd test projects apply the
 * same alias, vitest.config.mts). The Worker uses the package for two things only: `app.openapi(route, handler)`
 * validating a request's path, query, headers and JSON body against the route's schemas (answering through the
 * app's defaultHook), and `.openapi()` on schemas, whose metadata only the document reads. The document is built
 * at build time in Node with the package whole (scripts/lib/api-description.ts), so the Worker keeps neither its
 * route registry nor zod-to-openapi. Behaviour follows the package's own `openapi()`: the same validators in the
 * same order, the same 415 for a body that is not JSON, the default hook looked up through the parent apps.
 * Its types are the package's (TypeScript reads the real module); this file is loosely typed on purpose.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Hono } from 'hono/tiny';
import * as zod from 'zod';

// biome-ignore lint/suspicious/noExplicitAny: zod's prototype, extended as zod-to-openapi extends it
(zod.ZodType.prototype as any).openapi = function openapi() {
  return this;
};

/**
 * The members of `z` the Worker's code uses, named one by one: a bundler keeps only what they reach, while zod's own
 * `z` (a namespace passed on as a value) keeps every schema kind zod has (about 11 KB gzip). A member not listed
 * fails loudly when the Worker starts, naming this file.
 */
const members = {
  array: zod.array,
  boolean: zod.boolean,
  coerce: zod.coerce,
  discriminatedUnion: zod.discriminatedUnion,
  enum: zod.enum,
  literal: zod.literal,
  null: zod.null,
  number: zod.number,
  object: zod.object,
  preprocess: zod.preprocess,
  record: zod.record,
  strictObject: zod.strictObject,
  string: zod.string,
  union: zod.union,
  unknown: zod.unknown,
  ZodObject: zod.ZodObject,
  ZodType: zod.ZodType,
};
export const z = new Proxy(members, {
  get(target, key) {
    if (typeof key === 'string' && !(key in target))
      throw new Error(`z.${key} is not in the Worker's zod (add it to src/bundle-stubs/hono-zod-openapi.ts)`);
    return target[key as keyof typeof members];
  },
}) as unknown as typeof zod.z;

type Target = 'query' | 'param' | 'header' | 'json';
type Hook = (result: { success: boolean; data: unknown; error?: unknown; target: Target }, c: Context) => unknown;
interface Route {
  method: string;
  path: string;
  hide?: boolean;
  middleware?: MiddlewareHandler | MiddlewareHandler[];
  request?: {
    query?: zod.ZodType;
    params?: zod.ZodType;
    headers?: zod.ZodType;
    body?: { required?: boolean; content: Record<string, { schema?: unknown }> };
  };
}

export const createRoute = <R extends Route>(route: R) => route;

const isJsonType = (type: string) => /^application\/([a-z-.]+\+)?json/i.test(type);
const jsonRequest = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/** The value hono/validator validates for a target: a JSON body (400 when malformed), the query, the path or the headers. */
async function readTarget(c: Context, target: Target): Promise<unknown> {
  switch (target) {
    case 'json': {
      const media = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!jsonMediaType.test(media)) return {};
      try {
        return await c.req.json();
      } catch {
        throw new HTTPException(400, { message: 'Malformed JSON in request body' });
      }
    }
    case 'query':
      return Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => (v.length === 1 ? [k, v[0]] : [k, v])));
    case 'param':
      return c.req.param();
    case 'header':
      return c.req.header();
  }
}

async function hasBody(c: Context) {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  return (await c.req.arrayBuffer()).byteLength > 0;
}

export class OpenAPIHono extends Hono {
  defaultHook?: Hook;
  #parent?: OpenAPIHono;

  // biome-ignore lint/suspicious/noExplicitAny: Hono's options, passed through
  constructor(init?: any) {
    super(init);
    this.defaultHook = init?.defaultHook;
  }

  #hook(): Hook | undefined {
    const seen = new Set<OpenAPIHono>();
    for (let app: OpenAPIHono | undefined = this; app && !seen.has(app); app = app.#parent) {
      if (app.defaultHook) return app.defaultHook;
      seen.add(app);
    }
    return undefined;
  }

  #validate(target: Target, schema: zod.ZodType): MiddlewareHandler {
    const headerKeys =
      target === 'header' && schema instanceof zod.ZodObject
        ? Object.fromEntries(Object.keys(schema.shape).map((k) => [k.toLowerCase(), k]))
        : undefined;
    // what hono/validator reads for each target (its form and cookie parsing is not needed here)
    return async (c, next) => {
      const value = await readTarget(c, target);
      const data = headerKeys
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [headerKeys[k] ?? k, v]))
        : value;
      const result = await schema.safeParseAsync(data);
      const answer = await this.#hook()?.({ data, ...result, target }, c);
      if (answer instanceof Response) return answer;
      if (!result.success) return c.json(result, 400);
      c.req.addValidatedData(target, result.data as object);
      await next();
    };
  }

  // biome-ignore lint/suspicious/noExplicitAny: the package's handler types
  openapi = (route: Route, handler: any) => {
    const r = route.request;
    const validators: MiddlewareHandler[] = [];
    if (r?.query) validators.push(this.#validate('query', r.query));
    if (r?.params) validators.push(this.#validate('param', r.params));
    if (r?.headers) validators.push(this.#validate('header', r.headers));
    const json = r?.body?.content['application/json']?.schema as zod.ZodType | undefined;
    if (json) {
      validators.push(async (c, next) => {
        const type = c.req.header('content-type');
        if (type ? !jsonRequest.test(type) : await hasBody(c)) throw new HTTPException(415, { message: 'Unsupported Media Type' });
        await next();
      });
      const validate = this.#validate('json', json);
      validators.push(
        r?.body?.required
          ? validate
          : async (c, next) => {
              const type = c.req.header('content-type');
              if (type && isJsonType(type)) return validate(c, next);
              c.req.addValidatedData('json', {});
              await next();
            },
      );
    }
    const middleware = route.middleware ? [route.middleware].flat() : [];
    this.on([route.method], [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')], ...middleware, ...validators, handler);
    return this;
  };

  // biome-ignore lint/suspicious/noExplicitAny: Hono's route(), which this extends to link the default hook
  override route(path: string, app: any): any {
    super.route(path, app);
    if (app instanceof OpenAPIHono) app.#parent ??= this;
    return this;
  }
}
