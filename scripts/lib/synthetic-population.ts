/**
 * A SYNTHETIC population: settlement requests of made-up insured employees (employee-medical-settlement), drawn from a
 * seeded PRNG so that tests, /docs and `npm run bench` see the same persons on every run. Synthetic data only — the
 * shares and amounts below are rough choices for exercising a reform, not statistics of any real population, and no
 * answer computed from them says anything about a real budget.
 */

/** mulberry32: a small deterministic PRNG (32-bit state); never Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The default seed: the same population unless asked for another. */
export const SYNTHETIC_SEED = 20_150_101;

const YEAR = 2015;

export function syntheticPopulation(n: number, seed = SYNTHETIC_SEED) {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const money = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) * 100) / 100;
  const day = () => {
    const d = new Date(Date.UTC(YEAR, 0, 1 + int(0, 364)));
    return d.toISOString().slice(0, 10);
  };
  return Array.from({ length: n }, () => {
    const retired = rnd() < 0.3;
    const age = retired ? int(60, 90) : int(20, 59);
    const birthDate = `${YEAR - 1 - age}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const claims: Record<string, unknown>[] = [];
    for (let i = int(1, 3); i > 0; i--)
      claims.push({ kind: 'outpatient', date: day(), facility: rnd() < 0.5 ? 'community' : 'other', eligibleAmount: money(50, 1500) });
    if (rnd() < (retired ? 0.35 : 0.12))
      claims.push({ kind: 'inpatient', date: day(), level: int(1, 3), eligibleAmount: money(3000, 60_000) });
    if (rnd() < 0.02) claims.push({ kind: 'inpatient', date: day(), level: 3, eligibleAmount: money(150_000, 320_000) });
    if (rnd() < 0.05) claims.push({ kind: 'designated-disease', date: day(), eligibleAmount: money(1000, 20_000) });
    claims.sort((a, b) => String(a.date).localeCompare(String(b.date)));
    return {
      year: YEAR,
      person: { scheme: rnd() < 0.2 ? 'A' : 'B', status: retired ? 'retired' : 'employed', birthDate, preLiberationVeteran: false },
      claims,
    };
  });
}
