import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces, isIsoDate, normalizeNumber } from '../../src/tables/units';
import { fuzzRuns } from '../helpers/fuzz';

/** The arithmetic date check and the integer fast path agree with the definitions they replace. */
const byDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const bySlowPath = (n: number) => {
  const s = normalizeNumber(n).toString();
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return (s.slice(0, exp.index).split('.')[1]?.length ?? 0) + Number(exp[1]);
  return s.split('.')[1]?.length ?? 0;
};

describe('fast paths of units.ts', () => {
  it('isIsoDate agrees with Date for any YYYY-MM-DD-shaped string', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        expect(isIsoDate(`${y}-${m}-${d}`)).toBe(byDate(`${y}-${m}-${d}`));
      }),
      { numRuns: fuzzRuns() * 20 },
    );
    for (const s of [
      '2016-02-29',
      '2015-02-29',
      '1900-02-29',
      '2000-02-29',
      '0000-02-29',
      '2015-04-31',
      '2015-12-31',
      '2015-00-10',
      '2015-13-01',
      '2015-01-00',
      ' 2015-01-01',
      '2015-1-1',
    ])
      expect(isIsoDate(s), s).toBe(byDate(s));
  });

  it('decimalPlaces is unchanged for any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true }),
          fc.integer(),
          fc.integer({ min: 0, max: 10 ** 11 }).map((f) => f / 100),
        ),
        (n) => {
          expect(decimalPlaces(n)).toBe(bySlowPath(n));
        },
      ),
      { numRuns: fuzzRuns() * 20 },
    );
  });
});
