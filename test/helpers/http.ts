import type { TraceData } from '../../src/engine/trace';
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';

/**
 * Requests to the Worker under test, and the checks the worker tests make of its answers. For the workerd
 * projects only: SELF exists inside workerd (Node tests call createApp(...).request instead).
 */

/** SELF answers for any host; one fixed origin lets tests assert the absolute URLs the Worker writes. */
export const BASE = 'http://policy-edge.test';

export const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${BASE}${path}`, { headers });

/** A JSON POST; a string body goes as it is, so a test can send malformed JSON or another content type. */
export const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  SELF.fetch(`${BASE}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

export const postCalculator = (id: string, body: unknown) => post(`/v1/calculators/${id}`, body);

/** An RFC 9457 problem as this API writes it; the optional members belong to some problem types only. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  message: { zh: string; en: string };
  errors?: { pointer: string; field: string; in: string; code: string; message: { zh: string; en: string } }[];
  errorCount?: number;
  parameter?: { table: string; key: string; note: string | null; citation: string | null };
  missing?: { key: string; reason: string }[];
  [member: string]: unknown;
}

/**
 * The status, the problem+json media type and the members RFC 9457 asks for; `type` (without /problems/)
 * where the test names it. Returns the body for the test's own checks.
 */
export async function expectProblem(res: Response, status: number, type?: string): Promise<ProblemBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as ProblemBody;
  expect(body).toMatchObject(type === undefined ? { status } : { type: `/problems/${type}`, status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  // the machine code and the message in both languages; each field error likewise, at most 20 listed
  expect(body.code).toBe(body.type.replace(/^\/problems\//, ''));
  expect(body.message).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
  for (const e of body.errors ?? []) {
    expect(e.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(e.message).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
  }
  if (body.errors) expect(body.errors.length).toBeLessThanOrEqual(Math.min(20, body.errorCount ?? Infinity));
  return body;
}

/** A calculator answer: its own members, the trace ({ parameters, steps }) and the table it was computed from. */
export type CalculationBody = Record<string, unknown> & { trace: TraceData; data: { table: string; version: string; hash: string } };

/** A 200 JSON answer of a calculator, returned for the test's own checks. */
export async function expectCalculation(res: Response): Promise<CalculationBody> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as CalculationBody;
}
