import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { employeeMedicalSettlement as calc } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import { ProblemError } from '../../src/http/problem';
import { run } from '../helpers/calc';
import { fuzzRuns, fuzzTimeout } from '../helpers/fuzz';

/**
 * Properties of the settlement for random valid requests (fast-check): money is conserved in fen for
 * every bill, totals are the sum of the bills, nothing is negative, and paying more for a bill never
 * makes the insured's own share of that bill smaller. 200 cases in `npm test`, FUZZ_RUNS in `npm run fuzz`.
 */

type Input = z.input<typeof calc.input>;
type Output = z.output<typeof calc.output>;
type Split = {
  eligible: number;
  pooledFund: number;
  personalAccount: number;
  criticalIllness: number;
  selfBurden: number;
  selfPay: number;
};

const fen = (yuan: number) => Math.round(yuan * 100);
const MAX_FEN = 100_000_000_000; // 1e9 yuan, the request limit

/** Amounts in fen, mostly ordinary bills, sometimes around the bounds (0, caps, the request limit). */
const amountFen = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 29_999, 30_000, 30_001, 80_000, 20_000_000, MAX_FEN) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_FEN }) },
);
const yuanOf = (f: number) => f / 100;
const day = (year: number) =>
  fc
    .date({ min: new Date(`${year}-01-01T00:00:00Z`), max: new Date(`${year}-12-31T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const level = fc.constantFrom(1, 2, 3);
const location = fc.constantFrom('local', 'referral-hangzhou-shanghai', 'referral-other', 'emergency-out-of-city', 'unregistered');

const claim = (year: number) =>
  fc.oneof(
    fc.record({
      kind: fc.constant('outpatient' as const),
      date: day(year),
      facility: fc.constantFrom('community' as const, 'other' as const),
      eligibleAmount: amountFen.map(yuanOf),
    }),
    fc.oneof(
      fc.record({ kind: fc.constant('inpatient' as const), date: day(year), level, eligibleAmount: amountFen.map(yuanOf), location }),
      fc.record({
        kind: fc.constant('inpatient' as const),
        date: day(year),
        segments: fc.array(fc.record({ level, eligibleAmount: amountFen.map(yuanOf) }), { minLength: 1, maxLength: 4 }),
        location,
      }),
    ),
    fc
      .record({
        date: day(year),
        eligible: amountFen,
        herbalShare: fc.double({ min: 0, max: 1, noNaN: true }),
        herbalDoses: fc.integer({ min: 0, max: 500 }),
      })
      .map(({ date, eligible, herbalShare, herbalDoses }) => ({
        kind: 'designated-disease' as const,
        date,
        eligibleAmount: yuanOf(eligible),
        herbalAmount: yuanOf(Math.floor(eligible * herbalShare)),
        herbalDoses,
      })),
    fc.record({
      kind: fc.constant('home-sickbed' as const),
      date: day(year),
      months: fc.integer({ min: 1, max: 12 }),
      eligibleAmount: amountFen.map(yuanOf),
    }),
  );

const request: fc.Arbitrary<Input> = fc.integer({ min: 2015, max: 2030 }).chain((year) =>
  fc
    .record({
      scheme: fc.constantFrom('A' as const, 'B' as const),
      status: fc.constantFrom('employed' as const, 'retired' as const),
      birthDate: fc
        .date({ min: new Date('1925-01-01T00:00:00Z'), max: new Date(`${year - 16}-12-31T00:00:00Z`), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      preLiberationVeteran: fc.boolean(),
      account: fc.option(amountFen, { nil: undefined }),
      claims: fc.array(claim(year), { minLength: 1, maxLength: 25 }),
    })
    .map(({ scheme, status, birthDate, preLiberationVeteran, account, claims }) => ({
      year,
      person: { scheme, status, birthDate, preLiberationVeteran },
      ...(scheme === 'B' && account !== undefined ? { currentYearAccount: yuanOf(account) } : {}),
      claims,
    })),
);

/** Runs; a 422 the rules give on purpose (e.g. an age band not in force) is returned as null. */
function settle(input: Input): Output | null {
  try {
    return run(calc, input);
  } catch (e) {
    if (e instanceof ProblemError) return null;
    throw e;
  }
}

const parts = (s: Split) => [s.pooledFund, s.personalAccount, s.criticalIllness, s.selfBurden, s.selfPay].map(fen);
const ownShare = (s: Split) => fen(s.personalAccount) + fen(s.selfBurden) + fen(s.selfPay);

describe('employee-medical-settlement properties (random valid requests)', () => {
  it(
    'per bill: eligible = pooledFund + personalAccount + criticalIllness + selfBurden + selfPay, exactly in fen',
    () => {
      let settled = 0;
      let refused = 0;
      fc.assert(
        fc.property(request, (input) => {
          const r = settle(input);
          if (!r) {
            refused++;
            return;
          }
          settled++;
          for (const c of r.claims) {
            const sum = parts(c).reduce((a, b) => a + b, 0);
            expect(sum, `bill ${c.index}`).toBe(fen(c.eligible));
            // and every amount is a whole number of fen (the double nearest to a two-decimal yuan figure)
            for (const v of [c.eligible, c.pooledFund, c.personalAccount, c.criticalIllness, c.selfBurden, c.selfPay])
              expect(fen(v) / 100).toBe(v);
          }
        }),
        { numRuns: fuzzRuns() },
      );
      // the generator must produce requests the rules settle, not mostly refusals
      expect(settled).toBeGreaterThan(refused * 4);
    },
    fuzzTimeout(5),
  );

  it(
    'totals equal the sum of the bills, and the eligible amounts are the ones requested',
    () => {
      fc.assert(
        fc.property(request, (input) => {
          const r = settle(input);
          if (!r) return;
          for (const key of ['eligible', 'pooledFund', 'personalAccount', 'criticalIllness', 'selfBurden', 'selfPay'] as const) {
            expect(fen(r.totals[key]), key).toBe(r.claims.reduce((a: number, c: Split) => a + fen(c[key]), 0));
          }
          input.claims.forEach((c, i) => {
            const asked =
              'segments' in c && c.segments ? c.segments.reduce((a, s) => a + fen(s.eligibleAmount), 0) : fen(c.eligibleAmount!);
            expect(fen(r.claims[i]!.eligible)).toBe(asked);
          });
          if (r.account) expect(fen(r.account.opening) - fen(r.account.closing)).toBe(fen(r.totals.personalAccount));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    'no amount is ever negative',
    () => {
      fc.assert(
        fc.property(request, (input) => {
          const r = settle(input);
          if (!r) return;
          for (const c of [...r.claims, r.totals]) for (const v of parts(c)) expect(v).toBeGreaterThanOrEqual(0);
          if (r.account) expect(r.account.closing).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    "raising one bill's eligible amount never lowers that bill's own share (personalAccount + selfBurden + selfPay)",
    () => {
      fc.assert(
        fc.property(request, fc.nat(), fc.integer({ min: 1, max: 5_000_000 }), fc.nat(), (input, pick, raiseFen, seg) => {
          const i = pick % input.claims.length;
          const before = settle(input);
          if (!before) return;
          const raised = structuredClone(input);
          const c = raised.claims[i]!;
          if ('segments' in c && c.segments) {
            const s = c.segments[seg % c.segments.length]!;
            s.eligibleAmount = yuanOf(Math.min(MAX_FEN, fen(s.eligibleAmount) + raiseFen));
          } else {
            c.eligibleAmount = yuanOf(Math.min(MAX_FEN, fen(c.eligibleAmount!) + raiseFen));
          }
          const after = settle(raised);
          if (!after) return;
          expect(ownShare(after.claims[i]!), `bill ${i} raised by ${raiseFen} fen`).toBeGreaterThanOrEqual(ownShare(before.claims[i]!));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(10),
  );
});
