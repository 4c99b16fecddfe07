/** The requests the benchmarks send: the same bodies for the HTTP runs, the growth runs and the soak. */

const TEMPLATES = [
  (d: string, i: number) => ({ kind: 'outpatient', date: d, facility: 'community', eligibleAmount: 120 + (i % 7) * 35.5 }),
  (d: string, i: number) => ({ kind: 'outpatient', date: d, facility: 'other', eligibleAmount: 480 + (i % 5) * 61.2 }),
  (d: string, i: number) => ({ kind: 'inpatient', date: d, level: 1 + (i % 3), eligibleAmount: 8_000 + (i % 11) * 1_250 }),
  (d: string, i: number) => ({ kind: 'outpatient', date: d, facility: 'community', eligibleAmount: 75 + (i % 3) * 20 }),
  (d: string, i: number) => ({
    kind: 'designated-disease',
    date: d,
    eligibleAmount: 2_600 + (i % 4) * 300,
    herbalDoses: 20,
    herbalAmount: 900,
  }),
  (d: string, i: number) => ({
    kind: 'inpatient',
    date: d,
    segments: [
      { level: 2, eligibleAmount: 12_000 + i },
      { level: 3, eligibleAmount: 36_000 },
    ],
  }),
  (d: string, i: number) => ({ kind: 'outpatient', date: d, facility: 'other', eligibleAmount: 1_300 + (i % 9) * 10 }),
  (d: string, i: number) => ({
    kind: 'inpatient',
    date: d,
    level: 3,
    eligibleAmount: 150_000 + (i % 13) * 5_000,
    location: 'referral-hangzhou-shanghai',
  }),
  (d: string, i: number) => ({ kind: 'designated-disease', date: d, eligibleAmount: 5_200 + (i % 6) * 100 }),
  (d: string, i: number) => ({ kind: 'home-sickbed', date: d, months: 1 + (i % 3), eligibleAmount: 3_400 }),
];

/** A settlement request with `n` bills of every kind, spread over 2015 (scheme B, retired). */
export function settlement(n: number) {
  const claims = Array.from({ length: n }, (_, i) => {
    const day = Math.floor((i * 364) / Math.max(n, 1));
    const date = new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10);
    return TEMPLATES[i % TEMPLATES.length]!(date, i);
  });
  return { year: 2015, person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10', preLiberationVeteran: false }, claims };
}

export const PING = '/v1/ping';
export const LOOKUP = '/v1/tables/employee-medical-insurance/parameters/inpatient.annual_cap?date=2015-06-01';
export const TABLE_AT_DATE = '/v1/tables/employee-medical-insurance?date=2015-06-01';
export const SETTLE = '/v1/calculators/employee-medical-settlement';
