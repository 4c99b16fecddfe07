import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { fieldIssuesOf } from '../../src/engine/input-issues';
import { isoDate, yuan } from '../../src/engine/inputs';
import { issue } from '../../src/engine/issue';
import { MAX_LISTED_ERRORS } from '../../src/http/problem';
import { realBundle } from '../helpers/calc';
import { workedSettlement as WORKED } from '../helpers/worked-example';

const app = createApp(realBundle());

interface ProblemBody {
  type: string;
  code: string;
  detail: string;
  message: { zh: string; en: string };
  errors?: { pointer: string; code: string; message: { zh: string; en: string } }[];
  errorCount?: number;
}
async function expectProblem(res: Response, status: number, type: string): Promise<ProblemBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as ProblemBody;
  expect(body).toMatchObject({ type: `/problems/${type}`, code: type });
  expect(body.message).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
  return body;
}
const post = (id: string, body: unknown) =>
  app.request(`/v1/calculators/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('a field error has a stable code and its message in Chinese and English', () => {
  const schema = z
    .object({
      amount: yuan('x'),
      date: isoDate('x'),
      kind: z.enum(['a', 'b']),
      count: z.number().int().min(1).max(3),
      list: z.array(z.number()).min(1),
      item: z.discriminatedUnion('kind', [z.object({ kind: z.literal('p') }), z.object({ kind: z.literal('q') })]),
      flag: z.boolean(),
    })
    .strict()
    .superRefine((r, ctx) => {
      if (r.count === 2) issue(ctx, ['count'], 'not-two', { zh: '不能是 2', en: 'must not be 2' });
    });
  const issuesOf = (input: unknown) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    return Object.fromEntries(fieldIssuesOf(r.error!.issues, input).map((i) => [i.path.join('.'), [i.code, i.message.zh, i.message.en]]));
  };
  const valid = { amount: 1, date: '2015-01-01', kind: 'a', count: 1, list: [1], item: { kind: 'p' }, flag: true };

  it('maps each kind of zod issue, never zod’s own wording', () => {
    expect(
      issuesOf({ ...valid, amount: -1, date: '2015-02-30', kind: 'c', count: 9, list: [], item: { kind: 'z' }, flag: 'yes', x: 1 }),
    ).toEqual({
      amount: ['too-small', '不能为负数', 'must not be negative'],
      date: ['invalid-format', '应为有效的日期，写成 年-月-日，如 2015-03-01', 'must be a valid calendar date YYYY-MM-DD'],
      kind: ['invalid-option', '应为以下之一：a、b', 'must be one of "a", "b"'],
      count: ['too-big', '不能大于 3', 'must be at most 3'],
      list: ['too-small', '至少 1 项', 'must have at least 1 item'],
      'item.kind': ['invalid-option', '应为以下之一：p、q', 'must be one of "p", "q"'],
      flag: ['invalid-type', '应为是或否（true / false）', 'must be true or false'],
      x: ['unknown-field', '不是可接受的字段', 'unknown field'],
    });
    expect(issuesOf({ ...valid, amount: 1.234, count: 1.5 })).toEqual({
      amount: ['too-many-decimals', '最多两位小数（金额计到分）', 'has more than two decimals (yuan are counted to the fen)'],
      count: ['invalid-type', '应为整数', 'must be a whole number'],
    });
  });

  it('a missing field is "required", whatever its type; a refinement gives its own code and both sentences', () => {
    const { amount, date, kind, flag, item, ...rest } = valid;
    expect(issuesOf(rest)).toEqual({
      amount: ['required', '必填', 'is required'],
      date: ['required', '必填', 'is required'],
      kind: ['required', '必填', 'is required'],
      flag: ['required', '必填', 'is required'],
      item: ['required', '必填', 'is required'],
    });
    expect(issuesOf({ ...valid, count: 2 })).toEqual({ count: ['not-two', '不能是 2', 'must not be 2'] });
  });
});

describe('problem answers', () => {
  it('a validation error: code, message pair, each error at its bill, the same body in every language', async () => {
    const request = { ...WORKED, year: 2030 };
    const zh = await expectProblem(await post('employee-medical-settlement', request), 422, 'validation-error');
    const en = (await (
      await app.request('/v1/calculators/employee-medical-settlement?lang=en', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(request),
      })
    ).json()) as ProblemBody;
    expect({ ...en, requestId: undefined }).toEqual({ ...zh, requestId: undefined });
    expect(zh.errors!.map((e) => [e.pointer, e.code, e.message.zh])).toEqual(
      WORKED.claims.map((_, i) => [`/claims/${i}/date`, 'outside-year', '应在结算年度 2030 年内']),
    );
    expect(zh.errorCount).toBe(WORKED.claims.length);
    expect(zh.message.zh).toBe(`请求内容不符合要求：claims[0].date 应在结算年度 2030 年内（共 ${WORKED.claims.length} 处）。`);
  });

  it('a thousand bad bills: at most 20 errors listed, errorCount the total, a bounded answer', async () => {
    // a 3 KB request: a thousand empty bills, each one wrong
    const claims = Array.from({ length: 1000 }, () => ({}));
    const body = JSON.stringify({ ...WORKED, claims });
    const res = await post('employee-medical-settlement', JSON.parse(body));
    const text = await res.clone().text();
    const p = await expectProblem(res, 422, 'validation-error');
    expect(p.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(p.errorCount).toBeGreaterThan(MAX_LISTED_ERRORS);
    expect(text.length).toBeLessThan(10_000);
    expect(p.detail.length).toBeLessThan(300);
  });

  it('a year before the data: a sentence a person can read, no keys, no JSON', async () => {
    const p = await expectProblem(
      await post('employee-medical-account', { year: 2014, status: 'retired', birthDate: '1946-03-01' }),
      422,
      'not-in-force',
    );
    expect(p.message.zh).toMatch(/^.*的数值自 \d{4}-\d{2}-\d{2} 起；2014-01-01 早于此/);
    expect(p.message.zh).not.toMatch(/[{}"_]|account_credit|employee-medical/);
    expect(p.message.en).not.toMatch(/[{}"_]/);
  });

  it('a not-found: code and message pair', async () => {
    const p = await expectProblem(await app.request('/v1/tables/nope'), 404, 'not-found');
    expect(p.message).toEqual({ zh: '没有名为“nope”的数据表。', en: expect.stringContaining('No table "nope"') });
  });
});
