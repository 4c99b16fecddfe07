/** The two calls the widget makes, to the API it was loaded from (or the `api` attribute). */
import type { CalculatorInfo, Lang, Problem } from './types';

const lists = new Map<string, Promise<CalculatorInfo[]>>();

/** GET /v1/calculators in one language; one request per API and language, shared by every widget on the page. */
export function loadCalculators(base: string, lang: Lang): Promise<CalculatorInfo[]> {
  const url = new URL(`v1/calculators?lang=${lang}`, base).href;
  let p = lists.get(url);
  if (!p) {
    p = fetch(url, { headers: { Accept: 'application/json' } }).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return ((await r.json()) as { calculators: CalculatorInfo[] }).calculators;
    });
    p.catch(() => lists.delete(url));
    lists.set(url, p);
  }
  return p;
}

export type Answer = { ok: true; output: Record<string, unknown> } | { ok: false; status: number; problem: Problem };

export async function calculate(base: string, info: CalculatorInfo, body: unknown, lang: Lang): Promise<Answer> {
  const res = await fetch(new URL(info.endpoint.replace(/^\//, ''), base).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json', 'Accept-Language': lang },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return res.ok ? { ok: true, output: data } : { ok: false, status: res.status, problem: data as Problem };
}
