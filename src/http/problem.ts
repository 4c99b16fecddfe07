import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { publicNoteSchema } from '../tables/model';

/**
 * Errors as RFC 9457 problem details. `type` is a path on this API (/problems/<slug>) that explains
 * the problem; validation problems list every offending field with a JSON Pointer into the request.
 */

export const fieldErrorSchema = z
  .object({
    pointer: z.string().openapi({ example: '/claims/0/eligibleAmount', description: 'JSON Pointer (RFC 6901) into the request' }),
    field: z.string().openapi({ example: 'claims[0].eligibleAmount' }),
    in: z.enum(['body', 'query', 'path', 'header']),
    message: z.string(),
  })
  .openapi('FieldError');
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-error' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
    parameter: z
      .object({ table: z.string(), key: z.string(), note: publicNoteSchema, citation: z.string().nullable() })
      .optional()
      .openapi({ description: 'For not-published / not-in-force problems: the parameter that is missing' }),
    covered: z.object({ from: z.string(), to: z.string().nullable() }).optional(),
    requestId: z.string().optional().openapi({
      description: 'The X-Request-Id of this answer: quote it when asking for support',
      example: '8d3f0c52-3b1e-4a54-9f0e-2a1c5b7e9d10',
    }),
  })
  .passthrough()
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json)' });
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_TYPES = {
  'validation-error': { title: 'Request validation failed', status: 422, zh: '请求参数不符合要求' },
  'malformed-json': { title: 'Malformed JSON body', status: 400, zh: '请求体不是合法的 JSON' },
  'unsupported-media-type': { title: 'Unsupported media type', status: 415, zh: '请求体须为 application/json' },
  'payload-too-large': { title: 'Payload too large', status: 413, zh: '请求体过大' },
  'not-found': { title: 'Not found', status: 404, zh: '找不到资源' },
  'method-not-allowed': { title: 'Method not allowed', status: 405, zh: '不支持此请求方法' },
  'date-not-covered': { title: 'Date not covered by the table', status: 422, zh: '该日期不在表的有效期间内' },
  'not-published': { title: 'Parameter not published in the source', status: 422, zh: '原文未公布该参数' },
  'not-in-force': { title: 'No value in force on that date', status: 422, zh: '该日期没有有效的参数值' },
  'calculation-refused': { title: 'The rules do not allow this request', status: 422, zh: '依规定不能办理' },
  'rate-limited': { title: 'Too many requests', status: 429, zh: '请求过于频繁' },
  'origin-not-allowed': { title: 'Origin not allowed', status: 403, zh: '不允许的来源' },
  'service-unavailable': { title: 'Service unavailable', status: 503, zh: '服务暂不可用' },
  'internal-error': { title: 'Internal error', status: 500, zh: '内部错误' },
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problem(type: ProblemType, detail: string, extra: Record<string, unknown> = {}): Problem {
  const t = PROBLEM_TYPES[type];
  return { type: `/problems/${type}`, title: t.title, status: t.status, detail, ...extra };
}

export function problemResponse(c: Context, p: Problem, headers: Record<string, string> = {}): Response {
  const requestId = c.get('requestId');
  return c.body(JSON.stringify(requestId ? { ...p, requestId } : p), p.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/**
 * The 422 of invalid input, one error per offending field: what the request validation answers, and what a route or
 * calculator answers for input only the data can judge (a code the table does not know), so both read alike.
 */
export function validationProblem(where: FieldError['in'], issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem {
  const errors: FieldError[] = issues.map((i) => ({
    pointer: toPointer(i.path),
    field: toField(i.path) || '(root)',
    in: where,
    message: i.message,
  }));
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem('validation-error', `The ${where === 'body' ? 'request body' : where} is not valid: ${detail}`, { errors });
}

/**
 * The 422 of a request zod refused: an unknown key is reported at the key itself (zod reports it at the object
 * holding it), one error per key. The route's validation hook and the Node case runner both use it.
 */
export function requestProblem(
  where: FieldError['in'],
  issues: readonly { code: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }[],
): Problem {
  return validationProblem(
    where,
    issues.flatMap((i) =>
      i.code === 'unrecognized_keys' && i.keys
        ? i.keys.map((k) => ({ path: [...i.path, k], message: 'unknown field' }))
        : [{ path: i.path, message: i.message }],
    ),
  );
}

/** An error a calculator or lookup throws on purpose; routes turn it into a problem response. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** RFC 6901: "" is the whole document ("/" would be a member named ""). */
export const toPointer = (path: readonly PropertyKey[]) =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
export const toField = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
