import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../engine/errors';
import { fieldIssuesOf } from '../engine/input-issues';
import { publicNoteSchema } from '../tables/model';

/**
 * Errors as RFC 9457 problem details. `type` is a path on this API (/problems/<slug>) that explains
 * the problem; validation problems list every offending field with a JSON Pointer into the request.
 */

const messageSchema =
  DOCUMENTED &&
  z
    .object({ zh: z.string(), en: z.string() })
    .openapi('Message', DOCUMENTED && { description: 'The same sentence in Chinese and English; the reader picks one' });

export const fieldErrorSchema =
  DOCUMENTED &&
  z
    .object({
      pointer: z
        .string()
        .openapi(DOCUMENTED && { example: '/claims/0/eligibleAmount', description: 'JSON Pointer (RFC 6901) into the request' }),
      field: z.string().openapi(DOCUMENTED && { example: 'claims[0].eligibleAmount' }),
      in: z.enum(['body', 'query', 'path', 'header']),
      code: z.string().openapi(
        DOCUMENTED && {
          example: 'too-small',
          description:
            'Stable machine code: required, invalid-type, too-small, too-big, invalid-option, unknown-field, invalid-format, too-many-decimals, or a calculator’s own (kebab-case)',
        },
      ),
      message: messageSchema,
    })
    .openapi('FieldError');
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** At most this many errors are listed in one answer; `errorCount` says how many there were. */
export const MAX_LISTED_ERRORS = 20;

export const problemSchema =
  DOCUMENTED &&
  z
    .object({
      type: z.string().openapi(DOCUMENTED && { example: '/problems/validation-error' }),
      code: z.string().openapi(DOCUMENTED && { example: 'validation-error', description: 'Stable machine code: the slug of `type`' }),
      title: z.string(),
      status: z.number().int(),
      message: messageSchema,
      detail: z.string().openapi(DOCUMENTED && { description: 'The English message, with detail for developers' }),
      instance: z.string().optional(),
      errors: z
        .array(fieldErrorSchema)
        .max(MAX_LISTED_ERRORS)
        .optional()
        .openapi(DOCUMENTED && { description: `One entry per offending field, at most ${MAX_LISTED_ERRORS}` }),
      errorCount: z
        .number()
        .int()
        .optional()
        .openapi(DOCUMENTED && { description: 'How many errors the request has in all (errors[] lists the first ones)' }),
      parameter: z
        .object({ table: z.string(), key: z.string(), note: publicNoteSchema, citation: z.string().nullable() })
        .optional()
        .openapi(DOCUMENTED && { description: 'For not-published / not-in-force problems: the parameter that is missing' }),
      covered: z.object({ from: z.string(), to: z.string().nullable() }).optional(),
      requestId: z
        .string()
        .optional()
        .openapi(
          DOCUMENTED && {
            description: 'The X-Request-Id of this answer: quote it when asking for support',
            example: '8d3f0c52-3b1e-4a54-9f0e-2a1c5b7e9d10',
          },
        ),
    })
    .passthrough()
    .openapi('Problem', DOCUMENTED && { description: 'RFC 9457 problem details (application/problem+json)' });
export type Problem = z.infer<typeof problemSchema>;
export type Message = z.infer<typeof messageSchema>;

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

/** A problem of `type` saying `message` in both languages (`detail` is the English one). */
export function problem(type: ProblemType, message: Message, extra: Record<string, unknown> = {}): Problem {
  const t = PROBLEM_TYPES[type];
  return { type: `/problems/${type}`, code: type, title: t.title, status: t.status, message, detail: message.en, ...extra };
}

/** The 500 of an error nobody expected (it is logged): the app's, and a batch item's. */
export const internalError = () =>
  problem('internal-error', { zh: '服务出现意外错误，已记录，请稍后再试。', en: 'An unexpected error occurred; it has been logged.' });

export function problemResponse(c: Context, p: Problem, headers: Record<string, string> = {}): Response {
  const requestId = c.get('requestId');
  return c.body(JSON.stringify(requestId ? { ...p, requestId } : p), p.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/**
 * A 503 for a deployment fault (an asset or a Worker it needs cannot be reached): the client may retry in 30 s, and
 * nothing caches it. The message says what is missing.
 */
export const serviceUnavailable = (c: Context, message: Message): Response =>
  problemResponse(c, problem('service-unavailable', message), { 'Retry-After': '30' });

const WHERE: Record<FieldError['in'], Message> = {
  body: { zh: '请求内容', en: 'request body' },
  query: { zh: '查询参数', en: 'query' },
  path: { zh: '路径', en: 'path' },
  header: { zh: '请求头', en: 'header' },
};

/**
 * The 422 of invalid input, one error per offending field (the first MAX_LISTED_ERRORS; `errorCount` counts them
 * all): what the request validation answers, and what a route or calculator answers for input only the data can
 * judge (a code the table does not know), so both read alike.
 */
export function validationProblem(where: FieldError['in'], issues: readonly FieldIssue[]): Problem {
  const all: FieldError[] = issues.map((i) => ({
    pointer: toPointer(i.path),
    field: toField(i.path) || '(root)',
    in: where,
    code: i.code,
    message: i.message,
  }));
  const errors = all.slice(0, MAX_LISTED_ERRORS);
  const first = errors[0];
  const w = WHERE[where];
  const more = all.length > 1 ? { zh: `（共 ${all.length} 处）`, en: ` (${all.length} errors in all)` } : { zh: '', en: '' };
  const message: Message = first
    ? {
        zh: `${w.zh}不符合要求：${first.field === '(root)' ? '' : `${first.field} `}${first.message.zh}${more.zh}。`,
        en: `The ${w.en} is not valid: ${first.field}: ${first.message.en}${more.en}.`,
      }
    : { zh: `${w.zh}不符合要求。`, en: `The ${w.en} is not valid.` };
  return problem('validation-error', message, { errors, errorCount: all.length });
}

/** The 422 of a request zod refused; `input` (the raw request) tells a missing field from a wrong one. */
export const requestProblem = (where: FieldError['in'], issues: Parameters<typeof fieldIssuesOf>[0], input?: unknown): Problem =>
  validationProblem(where, fieldIssuesOf(issues, input));

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
