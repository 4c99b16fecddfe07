import { join } from 'node:path';
import { createApp } from '../src/app';
import { calculate } from '../src/engine/calculator';
import { explorerInProcess } from '../src/explorer';
import { employeeMedicalSettlement as calc } from '../src/policy/employee-medical-insurance/employee-medical-settlement';
import { answerTo } from '../src/routes/calculators';
import { buildTables, workbookFiles } from '../scripts/lib/build';
import { PING, SETTLE, settlement } from './lib/requests';
import { fmt, median, table, timeAsync, timeSync } from './lib/stats';
import { ROOT } from './lib/wrangler';

/**
 * Where a settlement request's time goes (issue 21, target 4: "measure validation's share"): the same 10-bill
 * request as the HTTP run, in this process, split into its parts — parsing the body, validating it (the
 * calculator's input schema), calculating (with its trace), writing the answer — against the whole request through
 * the app (routing and middleware included). Interleaved rounds, medians; shares of the whole request.
 */
export async function benchParts(o: { rounds: number; ms: number }): Promise<string> {
  const built = buildTables(workbookFiles(join(ROOT, 'tables')));
  if (!built.bundle) throw new Error('the workbooks do not build');
  const bundle = built.bundle;
  const app = createApp(bundle, { explorer: explorerInProcess(bundle) });
  const body = JSON.stringify(settlement(10));
  const request = JSON.parse(body) as unknown;
  const parsed = calc.input.parse(request);
  const answer = answerTo(calc, bundle, request, []).body;
  const plain = answerTo(calc, bundle, request, [], { trace: false }).body;
  const send = async (path: string) => {
    const r = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    await r.arrayBuffer();
  };
  const ping = async () => (await app.request(PING)).arrayBuffer();

  const parts: [string, () => unknown][] = [
    ['parse the body (JSON.parse)', () => JSON.parse(body)],
    ['validate it (input schema)', () => calc.input.safeParse(request)],
    ['calculate, with the trace', () => calculate(calc, bundle, parsed)],
    ['answer: calculate + validate + fields (answerTo)', () => answerTo(calc, bundle, request, [])],
    ['write the answer (JSON.stringify)', () => JSON.stringify(answer)],
    ['write it with ?trace=false', () => JSON.stringify(plain)],
  ];
  const whole: [string, () => Promise<unknown>][] = [
    ['whole request through the app', () => send(SETTLE)],
    ['whole request, ?trace=false', () => send(`${SETTLE}?trace=false`)],
    ['the no-op route through the app (GET /v1/ping)', ping],
  ];
  const us = new Map<string, number[]>([...parts, ...whole].map(([name]) => [name, []]));
  for (const [, f] of parts) timeSync(f, o.ms / 4); // warm-up
  for (const [, f] of whole) await timeAsync(f, o.ms / 4);
  for (let r = 0; r < o.rounds; r++) {
    // rotate the order every round
    for (let i = 0; i < parts.length; i++) {
      const [name, f] = parts[(i + r) % parts.length]!;
      us.get(name)!.push(timeSync(f, o.ms, 5));
    }
    for (let i = 0; i < whole.length; i++) {
      const [name, f] = whole[(i + r) % whole.length]!;
      us.get(name)!.push(await timeAsync(f, o.ms, 5));
    }
    process.stderr.write(`  parts round ${r + 1}/${o.rounds}\n`);
  }
  const med = (name: string) => median(us.get(name)!);
  const total = med('whole request through the app');
  const rows = [...parts, ...whole].map(([name]) => {
    const xs = us.get(name)!;
    return [name, fmt(med(name), 1), `${fmt(Math.min(...xs), 1)}–${fmt(Math.max(...xs), 1)}`, `${fmt((100 * med(name)) / total, 0)} %`];
  });
  const validation = med('validate it (input schema)');
  const floor = med('the no-op route through the app (GET /v1/ping)');
  return [
    '### Where a settlement request goes (10 bills, in-process, Node)',
    '',
    table(['part', 'µs per request (median)', 'range', 'share of the whole request'], rows),
    '',
    `Validation is ${fmt((100 * validation) / total, 0)} % of the whole request and ${fmt(
      (100 * validation) / med('answer: calculate + validate + fields (answerTo)'),
      0,
    )} % of the answer's making. The app's own share (routing, middleware, Request and Response objects: the whole
request less the answer's making and writing) is ${fmt(
      total - med('answer: calculate + validate + fields (answerTo)') - med('write the answer (JSON.stringify)'),
      0,
    )} µs, against ${fmt(floor, 0)} µs for the no-op route; ${o.rounds} interleaved rounds of ≈ ${o.ms} ms per part.`,
  ].join('\n');
}
