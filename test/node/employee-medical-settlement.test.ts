import { describe, expect, it } from 'vitest';
import { employeeMedicalSettlement as calc } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import { realBundle, run, requestOf } from '../helpers/calc';
import { docsOf } from '../../scripts/lib/policy';

const retiredB = { scheme: 'B', status: 'retired', birthDate: '1945-03-10' } as const;

describe('worked example of the spec (shared/specs/employee-medical-insurance.md)', () => {
  it('scheme B, retired, born 1945-03-10: fund 25 460, account 1 920', () => {
    const r = run(calc, {
      year: 2015,
      person: retiredB,
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
      ],
    });
    // account 12 × 160 = 1920
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 0 });
    // 1. account pays 1500, fund 0
    expect(r.claims[0]).toMatchObject({ personalAccount: 1500, pooledFund: 0, selfBurden: 0 });
    // 2. account 420; counter 0 → 1580; (1580 − 300) × 50% = 640; self-burden 2000 − 420 − 640 = 940
    expect(r.claims[1]).toMatchObject({ personalAccount: 420, pooledFund: 640, selfBurden: 940 });
    // 3. deductible 800; (30 000 − 800) × (80% + 5%) = 24 820; self-burden 800 + 4 380 = 5 180
    expect(r.claims[2]).toMatchObject({ pooledFund: 24820, selfBurden: 5180, criticalIllness: 0 });
    expect(r.totals).toEqual({
      eligible: 33500,
      pooledFund: 25460,
      personalAccount: 1920,
      criticalIllness: 0,
      selfBurden: 6120,
      selfPay: 0,
    });
    // the inpatient bill's one step explains its deductible too, citing the level-3 row
    const inpatient = r.trace.steps[r.claims[2]!.traceSteps[0]!]!;
    expect(inpatient.rule).toMatch(/^嘉政发〔2014〕87号 .*第二十五条/);
    expect(inpatient.parameters).toContain('inpatient_levels[level=3].deductible');
    expect(r.trace.parameters['inpatient_levels[level=3].deductible']).toMatchObject({ value: 800, table: 'employee-medical-insurance' });
    expect(inpatient.formula.zh).toContain('起付标准 800.00 元由个人自负');
    expect(inpatient.result).toEqual({ pooledFund: 24820, criticalIllness: 0, selfBurden: 5180 });
  });
});

// ---------------------------------------------------------------------------------------------
// The 62 hand-derived cases of content/employee-medical-insurance.calculators.md §4 (S00–S61), readings R1–R12.
// Each bill's arithmetic, as the .md gives it, is the comment above its expectation; people used: scheme A employed
// born 1975-06-15 (39), A retired born 1950-06-15 (64), B employed born 1985-06-15 (29 → 100/month), B retired 1950-06-15 (64 → 160/month).

describe('settlement cases of the .md: outpatient: ratios, deductibles, caps, rounding (第二十三、二十四条)', () => {
  it('S01 — Scheme A, employed, community centre 70%, deductible 500', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1200 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, outpatient, community, 1200): counter 0 → 1200; part in [500, 3000] = 700; × 70% = 490; selfBurden 1200 − 490 = 710.
    expect(r.claims[0]).toMatchObject({
      eligible: 1200,
      pooledFund: 490,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 710,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1200, pooledFund: 490, personalAccount: 0, criticalIllness: 0, selfBurden: 710, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S02 — Scheme A, employed, other facility 40%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 1200 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, outpatient, other, 1200): counter 0 → 1200; part in [500, 3000] = 700; × 40% = 280; selfBurden 1200 − 280 = 920.
    expect(r.claims[0]).toMatchObject({
      eligible: 1200,
      pooledFund: 280,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 920,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1200, pooledFund: 280, personalAccount: 0, criticalIllness: 0, selfBurden: 920, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S03 — Scheme A, retired, deductible 300, community 70%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1200 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, outpatient, community, 1200): counter 0 → 1200; part in [300, 3000] = 900; × 70% = 630; selfBurden 1200 − 630 = 570.
    expect(r.claims[0]).toMatchObject({
      eligible: 1200,
      pooledFund: 630,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 570,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1200, pooledFund: 630, personalAccount: 0, criticalIllness: 0, selfBurden: 570, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S04 — Scheme A, retired, other facility, cap 3000 crossed inside one bill', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 3500 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, outpatient, other, 3500): counter 0 → 3500; part in [300, 3000] = 2700; × 40% = 1080; selfBurden 3500 − 1080 = 2420.
    expect(r.claims[0]).toMatchObject({
      eligible: 3500,
      pooledFund: 1080,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2420,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 3500, pooledFund: 1080, personalAccount: 0, criticalIllness: 0, selfBurden: 2420, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S05 — Scheme A, employed: deductible crossed inside the second bill (counter 400 → 1200)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 400 },
        { kind: 'outpatient', date: '2015-04-01', facility: 'other', eligibleAmount: 800 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, outpatient, community, 400): counter 0 → 400; part in [500, 3000] = 0; × 70% = 0; selfBurden 400 − 0 = 400.
    expect(r.claims[0]).toMatchObject({
      eligible: 400,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 400,
      selfPay: 0,
    });
    // Bill 2 (2015-04-01, outpatient, other, 800): counter 400 → 1200; part in [500, 3000] = 700; × 40% = 280; selfBurden 800 − 280 = 520.
    expect(r.claims[1]).toMatchObject({
      eligible: 800,
      pooledFund: 280,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 520,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1200, pooledFund: 280, personalAccount: 0, criticalIllness: 0, selfBurden: 920, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S06 — Scheme A, employed: cap 3000 crossed inside the second bill; third bill wholly above the cap', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 2000 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'outpatient', date: '2015-04-01', facility: 'other', eligibleAmount: 300 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, outpatient, community, 2000): counter 0 → 2000; part in [500, 3000] = 1500; × 70% = 1050; selfBurden 2000 − 1050 = 950.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 1050,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 950,
      selfPay: 0,
    });
    // Bill 2 (2015-03-01, outpatient, community, 1500): counter 2000 → 3500; part in [500, 3000] = 1000; × 70% = 700; selfBurden 1500 − 700 = 800.
    expect(r.claims[1]).toMatchObject({
      eligible: 1500,
      pooledFund: 700,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 800,
      selfPay: 0,
    });
    // Bill 3 (2015-04-01, outpatient, other, 300): counter 3500 → 3800; part in [500, 3000] = 0; × 40% = 0; selfBurden 300 − 0 = 300.
    expect(r.claims[2]).toMatchObject({
      eligible: 300,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 300,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 3800, pooledFund: 1750, personalAccount: 0, criticalIllness: 0, selfBurden: 2050, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S07 — Scheme B, employed, account 1200 first, then community 80%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 2000 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, outpatient, community, 2000): account pays min(1200, 2000) = 1200 (left 0); counter 0 → 800; part in [500, 6000] = 300; × 80% = 240; selfBurden 800 − 240 = 560.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 240,
      personalAccount: 1200,
      criticalIllness: 0,
      selfBurden: 560,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2000, pooledFund: 240, personalAccount: 1200, criticalIllness: 0, selfBurden: 560, selfPay: 0 });
    // Account: opening 1200.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 0 });
  });

  it('S08 — Scheme B, employed, account then other facility 50%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 5000 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, outpatient, other, 5000): account pays min(1200, 5000) = 1200 (left 0); counter 0 → 3800; part in [500, 6000] = 3300; × 50% = 1650; selfBurden 3800 − 1650 = 2150.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 1650,
      personalAccount: 1200,
      criticalIllness: 0,
      selfBurden: 2150,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 1650, personalAccount: 1200, criticalIllness: 0, selfBurden: 2150, selfPay: 0 });
    // Account: opening 1200.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 0 });
  });

  it('S09 — Scheme B, employed, balance given 0, cap 6000 crossed inside one bill', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      currentYearAccount: 0,
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 7000 }],
    });
    // Account: balance given 0 (monthly credit not used).
    // Bill 1 (2015-03-01, outpatient, other, 7000): account pays min(0, 7000) = 0 (left 0); counter 0 → 7000; part in [500, 6000] = 5500; × 50% = 2750; selfBurden 7000 − 2750 = 4250.
    expect(r.claims[0]).toMatchObject({
      eligible: 7000,
      pooledFund: 2750,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 4250,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 7000, pooledFund: 2750, personalAccount: 0, criticalIllness: 0, selfBurden: 4250, selfPay: 0 });
    // Account: opening 0.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 0, closing: 0 });
  });

  it('S10 — Scheme B, retired, balance given 500: community then other facility, cap crossed inside the second bill (ratio of each bill)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      currentYearAccount: 500,
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 4000 },
        { kind: 'outpatient', date: '2015-05-01', facility: 'other', eligibleAmount: 3000 },
      ],
    });
    // Account: balance given 500 (monthly credit not used).
    // Bill 1 (2015-02-01, outpatient, community, 4000): account pays min(500, 4000) = 500 (left 0); counter 0 → 3500; part in [300, 6000] = 3200; × 80% = 2560; selfBurden 3500 − 2560 = 940.
    expect(r.claims[0]).toMatchObject({
      eligible: 4000,
      pooledFund: 2560,
      personalAccount: 500,
      criticalIllness: 0,
      selfBurden: 940,
      selfPay: 0,
    });
    // Bill 2 (2015-05-01, outpatient, other, 3000): account pays min(0, 3000) = 0 (left 0); counter 3500 → 6500; part in [300, 6000] = 2500; × 50% = 1250; selfBurden 3000 − 1250 = 1750.
    expect(r.claims[1]).toMatchObject({
      eligible: 3000,
      pooledFund: 1250,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1750,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 7000, pooledFund: 3810, personalAccount: 500, criticalIllness: 0, selfBurden: 2690, selfPay: 0 });
    // Account: opening 500.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 500, closing: 0 });
  });

  it('S11 — Scheme B, employed, cents: half-up rounding of 80%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      currentYearAccount: 0,
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1234.57 }],
    });
    // Account: balance given 0 (monthly credit not used).
    // Bill 1 (2015-03-01, outpatient, community, 1234.57): account pays min(0, 1234.57) = 0 (left 0); counter 0 → 1234.57; part in [500, 6000] = 734.57; × 80% = 587.66; selfBurden 1234.57 − 587.66 = 646.91.
    expect(r.claims[0]).toMatchObject({
      eligible: 1234.57,
      pooledFund: 587.66,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 646.91,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 1234.57,
      pooledFund: 587.66,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 646.91,
      selfPay: 0,
    });
    // Account: opening 0.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 0, closing: 0 });
  });

  it('S12 — Scheme B, employed: exactly half a fen rounds up', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      currentYearAccount: 0,
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 1000.01 }],
    });
    // Account: balance given 0 (monthly credit not used).
    // Bill 1 (2015-03-01, outpatient, other, 1000.01): account pays min(0, 1000.01) = 0 (left 0); counter 0 → 1000.01; part in [500, 6000] = 500.01; × 50% = 250.01; selfBurden 1000.01 − 250.01 = 750.
    expect(r.claims[0]).toMatchObject({
      eligible: 1000.01,
      pooledFund: 250.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 750,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 1000.01,
      pooledFund: 250.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 750,
      selfPay: 0,
    });
    // Account: opening 0.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 0, closing: 0 });
  });
});

describe('settlement cases of the .md: personal account: age bands on 1 January (第十九条)', () => {
  it('S13 — Scheme B employed born 1980-01-01: age 35 on 2015-01-01 → 100/month, account 1200', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1980-01-01' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1500 }],
    });
    // Account: employed, age 35 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, outpatient, community, 1500): account pays min(1200, 1500) = 1200 (left 0); counter 0 → 300; part in [500, 6000] = 0; × 80% = 0; selfBurden 300 − 0 = 300.
    expect(r.claims[0]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1200,
      criticalIllness: 0,
      selfBurden: 300,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1500, pooledFund: 0, personalAccount: 1200, criticalIllness: 0, selfBurden: 300, selfPay: 0 });
    // Account: opening 1200.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 0 });
  });

  it('S14 — Scheme B employed born 1979-01-01: 36th birthday on 2015-01-01 itself → 120/month, account 1440', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1979-01-01' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1500 }],
    });
    // Account: employed, age 36 on 2015-01-01 → 120/month (`account_credit`) → 12 × 120 = 1440.
    // Bill 1 (2015-03-01, outpatient, community, 1500): account pays min(1440, 1500) = 1440 (left 0); counter 0 → 60; part in [500, 6000] = 0; × 80% = 0; selfBurden 60 − 0 = 60.
    expect(r.claims[0]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1440,
      criticalIllness: 0,
      selfBurden: 60,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1500, pooledFund: 0, personalAccount: 1440, criticalIllness: 0, selfBurden: 60, selfPay: 0 });
    // Account: opening 1440.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 120, opening: 1440, closing: 0 });
  });

  it('S15 — Scheme B employed born 1979-01-02: still 35 on 2015-01-01 (36 the next day) → 100 for all of 2015', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1979-01-02' },
      claims: [{ kind: 'outpatient', date: '2015-12-31', facility: 'community', eligibleAmount: 1500 }],
    });
    // Account: employed, age 35 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-12-31, outpatient, community, 1500): account pays min(1200, 1500) = 1200 (left 0); counter 0 → 300; part in [500, 6000] = 0; × 80% = 0; selfBurden 300 − 0 = 300.
    expect(r.claims[0]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1200,
      criticalIllness: 0,
      selfBurden: 300,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1500, pooledFund: 0, personalAccount: 1200, criticalIllness: 0, selfBurden: 300, selfPay: 0 });
    // Account: opening 1200.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 0 });
  });

  it('S16 — Scheme B employed, 45 on 2015-01-01 → 120/month (45 inclusive)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1969-06-15' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 2000 }],
    });
    // Account: employed, age 45 on 2015-01-01 → 120/month (`account_credit`) → 12 × 120 = 1440.
    // Bill 1 (2015-03-01, outpatient, community, 2000): account pays min(1440, 2000) = 1440 (left 0); counter 0 → 560; part in [500, 6000] = 60; × 80% = 48; selfBurden 560 − 48 = 512.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 48,
      personalAccount: 1440,
      criticalIllness: 0,
      selfBurden: 512,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2000, pooledFund: 48, personalAccount: 1440, criticalIllness: 0, selfBurden: 512, selfPay: 0 });
    // Account: opening 1440.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 120, opening: 1440, closing: 0 });
  });

  it('S17 — Scheme B employed, 46 on 2015-01-01 (born 1968-12-31) → 140/month', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1968-12-31' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 2000 }],
    });
    // Account: employed, age 46 on 2015-01-01 → 140/month (`account_credit`) → 12 × 140 = 1680.
    // Bill 1 (2015-03-01, outpatient, community, 2000): account pays min(1680, 2000) = 1680 (left 0); counter 0 → 320; part in [500, 6000] = 0; × 80% = 0; selfBurden 320 − 0 = 320.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 0,
      personalAccount: 1680,
      criticalIllness: 0,
      selfBurden: 320,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2000, pooledFund: 0, personalAccount: 1680, criticalIllness: 0, selfBurden: 320, selfPay: 0 });
    // Account: opening 1680.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 140, opening: 1680, closing: 0 });
  });

  it('S18 — Scheme B retired, 75 on 2015-01-01 → 160/month (75 inclusive)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1939-07-01' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2500 }],
    });
    // Account: retired, age 75 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-03-01, outpatient, other, 2500): account pays min(1920, 2500) = 1920 (left 0); counter 0 → 580; part in [300, 6000] = 280; × 50% = 140; selfBurden 580 − 140 = 440.
    expect(r.claims[0]).toMatchObject({
      eligible: 2500,
      pooledFund: 140,
      personalAccount: 1920,
      criticalIllness: 0,
      selfBurden: 440,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2500, pooledFund: 140, personalAccount: 1920, criticalIllness: 0, selfBurden: 440, selfPay: 0 });
    // Account: opening 1920.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 0 });
  });

  it('S19 — Scheme B retired, 76 on 2015-01-01 (born 1938-12-31) → 180/month', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1938-12-31' },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2500 }],
    });
    // Account: retired, age 76 on 2015-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Bill 1 (2015-03-01, outpatient, other, 2500): account pays min(2160, 2500) = 2160 (left 0); counter 0 → 340; part in [300, 6000] = 40; × 50% = 20; selfBurden 340 − 20 = 320.
    expect(r.claims[0]).toMatchObject({
      eligible: 2500,
      pooledFund: 20,
      personalAccount: 2160,
      criticalIllness: 0,
      selfBurden: 320,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2500, pooledFund: 20, personalAccount: 2160, criticalIllness: 0, selfBurden: 320, selfPay: 0 });
    // Account: opening 2160.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 0 });
  });

  it('S20 — Scheme B retired born 1940-01-01, year 2016: 76 on 2016-01-01 → 180/month (was 160 in 2015)', () => {
    const r = run(calc, {
      year: 2016,
      person: { scheme: 'B', status: 'retired', birthDate: '1940-01-01' },
      claims: [{ kind: 'outpatient', date: '2016-03-01', facility: 'community', eligibleAmount: 100 }],
    });
    // Account: retired, age 76 on 2016-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Bill 1 (2016-03-01, outpatient, community, 100): account pays min(2160, 100) = 100 (left 2060); counter 0 → 0; part in [300, 6000] = 0; × 80% = 0; selfBurden 0 − 0 = 0.
    expect(r.claims[0]).toMatchObject({
      eligible: 100,
      pooledFund: 0,
      personalAccount: 100,
      criticalIllness: 0,
      selfBurden: 0,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 100, pooledFund: 0, personalAccount: 100, criticalIllness: 0, selfBurden: 0, selfPay: 0 });
    // Account: opening 2160.00, closing 2060.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 2060 });
  });
});

describe('settlement cases of the .md: inpatient: levels, retired +5, deductible count, transfers (第二十三至二十五条)', () => {
  it('S21 — Scheme A employed, level 1: deductible 300, 90%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 1, eligibleAmount: 5000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 1, 5000): admission 1: deductible 300 (level 1); level 1 part 5000: deductible 300 (axis 0 → 300); rest 4700 on axis 300 → 5000: below cap 4700 × 90% = 4230; co-payment 470; self-burden of the bill 770.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 4230,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 770,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 4230, personalAccount: 0, criticalIllness: 0, selfBurden: 770, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S22 — Scheme A employed, level 2: deductible 500, 85%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 2, eligibleAmount: 5000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 2, 5000): admission 1: deductible 500 (level 2); level 2 part 5000: deductible 500 (axis 0 → 500); rest 4500 on axis 500 → 5000: below cap 4500 × 85% = 3825; co-payment 675; self-burden of the bill 1175.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 3825,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1175,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 3825, personalAccount: 0, criticalIllness: 0, selfBurden: 1175, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S23 — Scheme B employed, level 3: deductible 800, 80%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 5000 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-04-01, inpatient, level 3, 5000): admission 1: deductible 800 (level 3); level 3 part 5000: deductible 800 (axis 0 → 800); rest 4200 on axis 800 → 5000: below cap 4200 × 80% = 3360; co-payment 840; self-burden of the bill 1640.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 3360,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1640,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 3360, personalAccount: 0, criticalIllness: 0, selfBurden: 1640, selfPay: 0 });
    // Account: opening 1200.00, closing 1200.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 1200 });
  });

  it('S24 — Retired, level 1: 90% + 5 = 95%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 1, eligibleAmount: 5000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 1, 5000): admission 1: deductible 300 (level 1); level 1 part 5000: deductible 300 (axis 0 → 300); rest 4700 on axis 300 → 5000: below cap 4700 × 95% = 4465; co-payment 235; self-burden of the bill 535.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 4465,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 535,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 4465, personalAccount: 0, criticalIllness: 0, selfBurden: 535, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S25 — Retired, level 2: 85% + 5 = 90%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 2, eligibleAmount: 5000 }],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-04-01, inpatient, level 2, 5000): admission 1: deductible 500 (level 2); level 2 part 5000: deductible 500 (axis 0 → 500); rest 4500 on axis 500 → 5000: below cap 4500 × 90% = 4050; co-payment 450; self-burden of the bill 950.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 4050,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 950,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 4050, personalAccount: 0, criticalIllness: 0, selfBurden: 950, selfPay: 0 });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S26 — Admission smaller than its deductible: all self-burden, still counts as admission 1', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 600 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-04-01, inpatient, level 3, 600): admission 1: deductible 600 (level 3); level 3 part 600: deductible 600 (axis 0 → 600); rest 0 on axis 600 → 600: below cap 0 × 80% = 0; co-payment 0; self-burden of the bill 600.
    expect(r.claims[0]).toMatchObject({
      eligible: 600,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 600,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 600, pooledFund: 0, personalAccount: 0, criticalIllness: 0, selfBurden: 600, selfPay: 0 });
    // Account: opening 1200.00, closing 1200.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 1200 });
  });

  it('S27 — Three admissions: the third has no deductible', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 2, eligibleAmount: 3000 },
        { kind: 'inpatient', date: '2015-05-01', level: 1, eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-09-01', level: 3, eligibleAmount: 4000 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, inpatient, level 2, 3000): admission 1: deductible 500 (level 2); level 2 part 3000: deductible 500 (axis 0 → 500); rest 2500 on axis 500 → 3000: below cap 2500 × 85% = 2125; co-payment 375; self-burden of the bill 875.
    expect(r.claims[0]).toMatchObject({
      eligible: 3000,
      pooledFund: 2125,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 875,
      selfPay: 0,
    });
    // Bill 2 (2015-05-01, inpatient, level 1, 2000): admission 2: deductible 300 (level 1); level 1 part 2000: deductible 300 (axis 3000 → 3300); rest 1700 on axis 3300 → 5000: below cap 1700 × 90% = 1530; co-payment 170; self-burden of the bill 470.
    expect(r.claims[1]).toMatchObject({
      eligible: 2000,
      pooledFund: 1530,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 470,
      selfPay: 0,
    });
    // Bill 3 (2015-09-01, inpatient, level 3, 4000): admission 3: deductible 0 (3rd or later: none); level 3 part 4000: rest 4000 on axis 5000 → 9000: below cap 4000 × 80% = 3200; co-payment 800; self-burden of the bill 800.
    expect(r.claims[2]).toMatchObject({
      eligible: 4000,
      pooledFund: 3200,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 800,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 9000, pooledFund: 6855, personalAccount: 0, criticalIllness: 0, selfBurden: 2145, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S28 — Designated-disease and home-sickbed bills do not count as admissions; the third admission has no deductible', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 1, eligibleAmount: 2000 },
        { kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 1000, herbalDoses: 0, herbalAmount: 0 },
        { kind: 'home-sickbed', date: '2015-04-01', months: 1, eligibleAmount: 500 },
        { kind: 'inpatient', date: '2015-06-01', level: 1, eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-08-01', level: 1, eligibleAmount: 2000 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, inpatient, level 1, 2000): admission 1: deductible 300 (level 1); level 1 part 2000: deductible 300 (axis 0 → 300); rest 1700 on axis 300 → 2000: below cap 1700 × 90% = 1530; co-payment 170; self-burden of the bill 470.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 1530,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 470,
      selfPay: 0,
    });
    // Bill 2 (2015-03-01, designated disease, 1000): herbal 0 vs 0 doses × 50 = 0 → self-pay 0; settle 1000 at level 3, no deductible; level 3 part 1000: rest 1000 on axis 2000 → 3000: below cap 1000 × 80% = 800; co-payment 200; self-burden of the bill 200.
    expect(r.claims[1]).toMatchObject({
      eligible: 1000,
      pooledFund: 800,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 200,
      selfPay: 0,
    });
    // Bill 3 (2015-04-01, home sickbed, 1 month(s), 500): min(500, 1×2000 = 2000) − 1×80 = 420; × 70% = 294; selfBurden 206.
    expect(r.claims[2]).toMatchObject({
      eligible: 500,
      pooledFund: 294,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 206,
      selfPay: 0,
    });
    // Bill 4 (2015-06-01, inpatient, level 1, 2000): admission 2: deductible 300 (level 1); level 1 part 2000: deductible 300 (axis 3000 → 3300); rest 1700 on axis 3300 → 5000: below cap 1700 × 90% = 1530; co-payment 170; self-burden of the bill 470.
    expect(r.claims[3]).toMatchObject({
      eligible: 2000,
      pooledFund: 1530,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 470,
      selfPay: 0,
    });
    // Bill 5 (2015-08-01, inpatient, level 1, 2000): admission 3: deductible 0 (3rd or later: none); level 1 part 2000: rest 2000 on axis 5000 → 7000: below cap 2000 × 90% = 1800; co-payment 200; self-burden of the bill 200.
    expect(r.claims[4]).toMatchObject({
      eligible: 2000,
      pooledFund: 1800,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 200,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 7500, pooledFund: 5954, personalAccount: 0, criticalIllness: 0, selfBurden: 1546, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S29 — Transfer level 2 → level 3 in one stay: deductible 800 (highest level) taken from the first part', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        {
          kind: 'inpatient',
          date: '2015-04-01',
          segments: [
            { level: 2, eligibleAmount: 6000 },
            { level: 3, eligibleAmount: 10000 },
          ],
        },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, transfer level 2 6000 → level 3 10000): admission 1: deductible 800 (level 3); level 2 part 6000: deductible 800 (axis 0 → 800); rest 5200 on axis 800 → 6000: below cap 5200 × 85% = 4420; co-payment 780; level 3 part 10000: rest 10000 on axis 6000 → 16000: below cap 10000 × 80% = 8000; co-payment 2000; self-burden of the bill 3580.
    expect(r.claims[0]).toMatchObject({
      eligible: 16000,
      pooledFund: 12420,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 3580,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 16000, pooledFund: 12420, personalAccount: 0, criticalIllness: 0, selfBurden: 3580, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S30 — Transfer level 1 → level 3, retired: first part smaller than the deductible, rest of the deductible from the second part', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [
        {
          kind: 'inpatient',
          date: '2015-04-01',
          segments: [
            { level: 1, eligibleAmount: 500 },
            { level: 3, eligibleAmount: 20000 },
          ],
        },
      ],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-04-01, inpatient, transfer level 1 500 → level 3 20000): admission 1: deductible 800 (level 3); level 1 part 500: deductible 500 (axis 0 → 500); rest 0 on axis 500 → 500: below cap 0 × 95% = 0; co-payment 0; level 3 part 20000: deductible 300 (axis 500 → 800); rest 19700 on axis 800 → 20500: below cap 19700 × 85% = 16745; co-payment 2955; self-burden of the bill 3755.
    expect(r.claims[0]).toMatchObject({
      eligible: 20500,
      pooledFund: 16745,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 3755,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 20500, pooledFund: 16745, personalAccount: 0, criticalIllness: 0, selfBurden: 3755, selfPay: 0 });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S31 — Transfer as the third admission: no deductible', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-01-10', level: 1, eligibleAmount: 1000 },
        { kind: 'inpatient', date: '2015-02-10', level: 1, eligibleAmount: 1000 },
        {
          kind: 'inpatient',
          date: '2015-06-01',
          segments: [
            { level: 1, eligibleAmount: 2000 },
            { level: 2, eligibleAmount: 4000 },
          ],
        },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-01-10, inpatient, level 1, 1000): admission 1: deductible 300 (level 1); level 1 part 1000: deductible 300 (axis 0 → 300); rest 700 on axis 300 → 1000: below cap 700 × 90% = 630; co-payment 70; self-burden of the bill 370.
    expect(r.claims[0]).toMatchObject({
      eligible: 1000,
      pooledFund: 630,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 370,
      selfPay: 0,
    });
    // Bill 2 (2015-02-10, inpatient, level 1, 1000): admission 2: deductible 300 (level 1); level 1 part 1000: deductible 300 (axis 1000 → 1300); rest 700 on axis 1300 → 2000: below cap 700 × 90% = 630; co-payment 70; self-burden of the bill 370.
    expect(r.claims[1]).toMatchObject({
      eligible: 1000,
      pooledFund: 630,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 370,
      selfPay: 0,
    });
    // Bill 3 (2015-06-01, inpatient, transfer level 1 2000 → level 2 4000): admission 3: deductible 0 (3rd or later: none); level 1 part 2000: rest 2000 on axis 2000 → 4000: below cap 2000 × 90% = 1800; co-payment 200; level 2 part 4000: rest 4000 on axis 4000 → 8000: below cap 4000 × 85% = 3400; co-payment 600; self-burden of the bill 800.
    expect(r.claims[2]).toMatchObject({
      eligible: 6000,
      pooledFund: 5200,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 800,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 8000, pooledFund: 6460, personalAccount: 0, criticalIllness: 0, selfBurden: 1540, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: out-of-area care (第三十三条)', () => {
  it('S32 — Registered referral to a level-3 hospital in Hangzhou/Shanghai: 10% self-pay first', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 50000, location: 'referral-hangzhou-shanghai' }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 3, 50000, referral-hangzhou-shanghai): referral-hangzhou-shanghai: self-pay 10% × 50000 = 5000; admission 1: deductible 800 (level 3); level 3 part 45000: deductible 800 (axis 0 → 800); rest 44200 on axis 800 → 45000: below cap 44200 × 80% = 35360; co-payment 8840; self-burden of the bill 9640.
    expect(r.claims[0]).toMatchObject({
      eligible: 50000,
      pooledFund: 35360,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 9640,
      selfPay: 5000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 50000,
      pooledFund: 35360,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 9640,
      selfPay: 5000,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S33 — Emergency while temporarily out of the city, level-2 hospital, retired: 10% self-pay, settled at level 2', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 2, eligibleAmount: 10000, location: 'emergency-out-of-city' }],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-04-01, inpatient, level 2, 10000, emergency-out-of-city): emergency-out-of-city: self-pay 10% × 10000 = 1000; admission 1: deductible 500 (level 2); level 2 part 9000: deductible 500 (axis 0 → 500); rest 8500 on axis 500 → 9000: below cap 8500 × 90% = 7650; co-payment 850; self-burden of the bill 1350.
    expect(r.claims[0]).toMatchObject({
      eligible: 10000,
      pooledFund: 7650,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1350,
      selfPay: 1000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 10000,
      pooledFund: 7650,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1350,
      selfPay: 1000,
    });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S34 — Registered referral to a level-3 hospital elsewhere: 20% self-pay', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 30000, location: 'referral-other' }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 3, 30000, referral-other): referral-other: self-pay 20% × 30000 = 6000; admission 1: deductible 800 (level 3); level 3 part 24000: deductible 800 (axis 0 → 800); rest 23200 on axis 800 → 24000: below cap 23200 × 80% = 18560; co-payment 4640; self-burden of the bill 5440.
    expect(r.claims[0]).toMatchObject({
      eligible: 30000,
      pooledFund: 18560,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 5440,
      selfPay: 6000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 30000,
      pooledFund: 18560,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 5440,
      selfPay: 6000,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S35 — Unregistered / other out-of-city facility (level 1 treated): 30% self-pay, then settled as level 3 (deductible 800, 80%)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 1, eligibleAmount: 10000, location: 'unregistered' }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 1, 10000, unregistered): unregistered: self-pay 30% × 10000 = 3000, settle as level 3; admission 1: deductible 800 (level 3); level 3 part 7000: deductible 800 (axis 0 → 800); rest 6200 on axis 800 → 7000: below cap 6200 × 80% = 4960; co-payment 1240; self-burden of the bill 2040.
    expect(r.claims[0]).toMatchObject({
      eligible: 10000,
      pooledFund: 4960,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2040,
      selfPay: 3000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 10000,
      pooledFund: 4960,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2040,
      selfPay: 3000,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S36 — Out-of-area self-pay is not on the 200 000 cap axis (the 10% share is left out); cap crossed inside the second bill; band 1', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 3, eligibleAmount: 198000 },
        { kind: 'inpatient', date: '2015-06-01', level: 3, eligibleAmount: 10000, location: 'referral-hangzhou-shanghai' },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, inpatient, level 3, 198000): admission 1: deductible 800 (level 3); level 3 part 198000: deductible 800 (axis 0 → 800); rest 197200 on axis 800 → 198000: below cap 197200 × 80% = 157760; co-payment 39440; self-burden of the bill 40240; band (15000, 50000]: annual self-burden 0 → 40240, part in band 25240 × 55% = 13882 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 198000,
      pooledFund: 157760,
      personalAccount: 0,
      criticalIllness: 13882,
      selfBurden: 26358,
      selfPay: 0,
    });
    // Bill 2 (2015-06-01, inpatient, level 3, 10000, referral-hangzhou-shanghai): referral-hangzhou-shanghai: self-pay 10% × 10000 = 1000; admission 2: deductible 800 (level 3); level 3 part 9000: deductible 800 (axis 198000 → 198800); rest 8200 on axis 198800 → 207000: below cap 1200 × 80% = 960; above cap 7000 × 85% = 5950 critical-illness; co-payment 1290; self-burden of the bill 2090; band (15000, 50000]: annual self-burden 40240 → 42330, part in band 2090 × 55% = 1149.50 critical-illness.
    expect(r.claims[1]).toMatchObject({
      eligible: 10000,
      pooledFund: 960,
      personalAccount: 0,
      criticalIllness: 7099.5,
      selfBurden: 940.5,
      selfPay: 1000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 208000,
      pooledFund: 158720,
      personalAccount: 0,
      criticalIllness: 20981.5,
      selfBurden: 27298.5,
      selfPay: 1000,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S37 — Out-of-area transfer stay (emergency) with segments: share per part, each part at its own level', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        {
          kind: 'inpatient',
          date: '2015-04-01',
          segments: [
            { level: 1, eligibleAmount: 1000 },
            { level: 2, eligibleAmount: 9000 },
          ],
          location: 'emergency-out-of-city',
        },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, transfer level 1 1000 → level 2 9000, emergency-out-of-city): emergency-out-of-city: self-pay 10% × 10000 = 1000; admission 1: deductible 500 (level 2); level 1 part 900: deductible 500 (axis 0 → 500); rest 400 on axis 500 → 900: below cap 400 × 90% = 360; co-payment 40; level 2 part 8100: rest 8100 on axis 900 → 9000: below cap 8100 × 85% = 6885; co-payment 1215; self-burden of the bill 1755.
    expect(r.claims[0]).toMatchObject({
      eligible: 10000,
      pooledFund: 7245,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1755,
      selfPay: 1000,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 10000,
      pooledFund: 7245,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1755,
      selfPay: 1000,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: designated diseases (第二十七条)', () => {
  it('S38 — Designated disease, employed: herbal above 50/dose (excess self-pay), no deductible, level-3 80%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 10000, herbalDoses: 20, herbalAmount: 1200 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, designated disease, 10000 (herbal 1200 for 20 doses)): herbal 1200 vs 20 doses × 50 = 1000 → self-pay 200; settle 9800 at level 3, no deductible; level 3 part 9800: rest 9800 on axis 0 → 9800: below cap 9800 × 80% = 7840; co-payment 1960; self-burden of the bill 1960.
    expect(r.claims[0]).toMatchObject({
      eligible: 10000,
      pooledFund: 7840,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1960,
      selfPay: 200,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 10000, pooledFund: 7840, personalAccount: 0, criticalIllness: 0, selfBurden: 1960, selfPay: 200 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S39 — Designated disease, retired: herbal below the cap settled as charged, 85%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 5000, herbalDoses: 10, herbalAmount: 400 }],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-03-01, designated disease, 5000 (herbal 400 for 10 doses)): herbal 400 vs 10 doses × 50 = 500 → self-pay 0; settle 5000 at level 3, no deductible; level 3 part 5000: rest 5000 on axis 0 → 5000: below cap 5000 × 85% = 4250; co-payment 750; self-burden of the bill 750.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 4250,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 750,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 4250, personalAccount: 0, criticalIllness: 0, selfBurden: 750, selfPay: 0 });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S40 — Designated disease herbal exactly at the cap (14 doses × 50 = 700): no self-pay', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 3000, herbalDoses: 14, herbalAmount: 700 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, designated disease, 3000 (herbal 700 for 14 doses)): herbal 700 vs 14 doses × 50 = 700 → self-pay 0; settle 3000 at level 3, no deductible; level 3 part 3000: rest 3000 on axis 0 → 3000: below cap 3000 × 80% = 2400; co-payment 600; self-burden of the bill 600.
    expect(r.claims[0]).toMatchObject({
      eligible: 3000,
      pooledFund: 2400,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 600,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 3000, pooledFund: 2400, personalAccount: 0, criticalIllness: 0, selfBurden: 600, selfPay: 0 });
    // Account: opening 1200.00, closing 1200.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 1200 });
  });

  it('S41 — Designated disease counts on the cap axis: inpatient 199 000 then designated 5 000 crosses the cap', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 2, eligibleAmount: 199000 },
        { kind: 'designated-disease', date: '2015-07-01', eligibleAmount: 5000, herbalDoses: 0, herbalAmount: 0 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, inpatient, level 2, 199000): admission 1: deductible 500 (level 2); level 2 part 199000: deductible 500 (axis 0 → 500); rest 198500 on axis 500 → 199000: below cap 198500 × 85% = 168725; co-payment 29775; self-burden of the bill 30275; band (15000, 50000]: annual self-burden 0 → 30275, part in band 15275 × 55% = 8401.25 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 199000,
      pooledFund: 168725,
      personalAccount: 0,
      criticalIllness: 8401.25,
      selfBurden: 21873.75,
      selfPay: 0,
    });
    // Bill 2 (2015-07-01, designated disease, 5000): herbal 0 vs 0 doses × 50 = 0 → self-pay 0; settle 5000 at level 3, no deductible; level 3 part 5000: rest 5000 on axis 199000 → 204000: below cap 1000 × 80% = 800; above cap 4000 × 85% = 3400 critical-illness; co-payment 800; self-burden of the bill 800; band (15000, 50000]: annual self-burden 30275 → 31075, part in band 800 × 55% = 440 critical-illness.
    expect(r.claims[1]).toMatchObject({
      eligible: 5000,
      pooledFund: 800,
      personalAccount: 0,
      criticalIllness: 3840,
      selfBurden: 360,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 204000,
      pooledFund: 169525,
      personalAccount: 0,
      criticalIllness: 12241.25,
      selfBurden: 22233.75,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: home sickbed (第二十八条)', () => {
  it('S42 — Home sickbed 3 months, inside the pooled cap: (4500 − 240) × 70%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'home-sickbed', date: '2015-03-01', months: 3, eligibleAmount: 4500 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, home sickbed, 3 month(s), 4500): min(4500, 3×2000 = 6000) − 3×80 = 4260; × 70% = 2982; selfBurden 1518.
    expect(r.claims[0]).toMatchObject({
      eligible: 4500,
      pooledFund: 2982,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1518,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 4500, pooledFund: 2982, personalAccount: 0, criticalIllness: 0, selfBurden: 1518, selfPay: 0 });
    // Account: opening 1200.00, closing 1200.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 1200 });
  });

  it('S43 — Home sickbed 2 months above the pooled cap 4000', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [{ kind: 'home-sickbed', date: '2015-03-01', months: 2, eligibleAmount: 5000 }],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-03-01, home sickbed, 2 month(s), 5000): min(5000, 2×2000 = 4000) − 2×80 = 3840; × 70% = 2688; selfBurden 2312.
    expect(r.claims[0]).toMatchObject({
      eligible: 5000,
      pooledFund: 2688,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2312,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 5000, pooledFund: 2688, personalAccount: 0, criticalIllness: 0, selfBurden: 2312, selfPay: 0 });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S44 — Home sickbed below the deductible', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'home-sickbed', date: '2015-03-01', months: 1, eligibleAmount: 60 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, home sickbed, 1 month(s), 60): min(60, 1×2000 = 2000) − 1×80 = 0; × 70% = 0; selfBurden 60.
    expect(r.claims[0]).toMatchObject({ eligible: 60, pooledFund: 0, personalAccount: 0, criticalIllness: 0, selfBurden: 60, selfPay: 0 });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 60, pooledFund: 0, personalAccount: 0, criticalIllness: 0, selfBurden: 60, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S45 — Home sickbed is not on the inpatient cap axis and not in the critical-illness bands', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 3, eligibleAmount: 200000 },
        { kind: 'home-sickbed', date: '2015-05-01', months: 12, eligibleAmount: 30000 },
        { kind: 'inpatient', date: '2015-09-01', level: 3, eligibleAmount: 1000 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-02-01, inpatient, level 3, 200000): admission 1: deductible 800 (level 3); level 3 part 200000: deductible 800 (axis 0 → 800); rest 199200 on axis 800 → 200000: below cap 199200 × 80% = 159360; co-payment 39840; self-burden of the bill 40640; band (15000, 50000]: annual self-burden 0 → 40640, part in band 25640 × 55% = 14102 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 200000,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 14102,
      selfBurden: 26538,
      selfPay: 0,
    });
    // Bill 2 (2015-05-01, home sickbed, 12 month(s), 30000): min(30000, 12×2000 = 24000) − 12×80 = 23040; × 70% = 16128; selfBurden 13872.
    expect(r.claims[1]).toMatchObject({
      eligible: 30000,
      pooledFund: 16128,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 13872,
      selfPay: 0,
    });
    // Bill 3 (2015-09-01, inpatient, level 3, 1000): admission 2: deductible 800 (level 3); level 3 part 1000: deductible 800 (axis 200000 → 200800); rest 200 on axis 200800 → 201000: below cap 0 × 80% = 0; above cap 200 × 85% = 170 critical-illness; co-payment 30; self-burden of the bill 830; band (15000, 50000]: annual self-burden 40640 → 41470, part in band 830 × 55% = 456.50 critical-illness.
    expect(r.claims[2]).toMatchObject({
      eligible: 1000,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 626.5,
      selfBurden: 373.5,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 231000,
      pooledFund: 175488,
      personalAccount: 0,
      criticalIllness: 14728.5,
      selfBurden: 40783.5,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: 200 000 cap and critical-illness insurance (第二十六、三十条)', () => {
  it('S46 — Cap 200 000 crossed inside one bill; 85% above the cap; band 1', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 250000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 3, 250000): admission 1: deductible 800 (level 3); level 3 part 250000: deductible 800 (axis 0 → 800); rest 249200 on axis 800 → 250000: below cap 199200 × 80% = 159360; above cap 50000 × 85% = 42500 critical-illness; co-payment 47340; self-burden of the bill 48140; band (15000, 50000]: annual self-burden 0 → 48140, part in band 33140 × 55% = 18227 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 250000,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 60727,
      selfBurden: 29913,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 250000,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 60727,
      selfBurden: 29913,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S47 — Cap crossed inside the second bill, retired; band 1 crossed inside the first bill', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1950-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 2, eligibleAmount: 150000 },
        { kind: 'inpatient', date: '2015-08-01', level: 3, eligibleAmount: 80000 },
      ],
    });
    // Account: retired, age 64 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-02-01, inpatient, level 2, 150000): admission 1: deductible 500 (level 2); level 2 part 150000: deductible 500 (axis 0 → 500); rest 149500 on axis 500 → 150000: below cap 149500 × 90% = 134550; co-payment 14950; self-burden of the bill 15450; band (15000, 50000]: annual self-burden 0 → 15450, part in band 450 × 55% = 247.50 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 150000,
      pooledFund: 134550,
      personalAccount: 0,
      criticalIllness: 247.5,
      selfBurden: 15202.5,
      selfPay: 0,
    });
    // Bill 2 (2015-08-01, inpatient, level 3, 80000): admission 2: deductible 800 (level 3); level 3 part 80000: deductible 800 (axis 150000 → 150800); rest 79200 on axis 150800 → 230000: below cap 49200 × 85% = 41820; above cap 30000 × 85% = 25500 critical-illness; co-payment 11880; self-burden of the bill 12680; band (15000, 50000]: annual self-burden 15450 → 28130, part in band 12680 × 55% = 6974 critical-illness.
    expect(r.claims[1]).toMatchObject({
      eligible: 80000,
      pooledFund: 41820,
      personalAccount: 0,
      criticalIllness: 32474,
      selfBurden: 5706,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 230000,
      pooledFund: 176370,
      personalAccount: 0,
      criticalIllness: 32721.5,
      selfBurden: 20908.5,
      selfPay: 0,
    });
    // Account: opening 1920.00, closing 1920.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 1920 });
  });

  it('S48 — Both bands inside one bill', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 500000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-04-01, inpatient, level 3, 500000): admission 1: deductible 800 (level 3); level 3 part 500000: deductible 800 (axis 0 → 800); rest 499200 on axis 800 → 500000: below cap 199200 × 80% = 159360; above cap 300000 × 85% = 255000 critical-illness; co-payment 84840; self-burden of the bill 85640; band (15000, 50000]: annual self-burden 0 → 85640, part in band 35000 × 55% = 19250 critical-illness; band (50000, ∞): annual self-burden 0 → 85640, part in band 35640 × 70% = 24948 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 500000,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 299198,
      selfBurden: 41442,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 500000,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 299198,
      selfBurden: 41442,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S49 — Band edge 15 000: annual self-burden exactly 15 000 gets nothing; the next 400 gets 55%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-03-01', level: 1, eligibleAmount: 147300 },
        { kind: 'inpatient', date: '2015-09-01', level: 1, eligibleAmount: 1300 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, inpatient, level 1, 147300): admission 1: deductible 300 (level 1); level 1 part 147300: deductible 300 (axis 0 → 300); rest 147000 on axis 300 → 147300: below cap 147000 × 90% = 132300; co-payment 14700; self-burden of the bill 15000.
    expect(r.claims[0]).toMatchObject({
      eligible: 147300,
      pooledFund: 132300,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 15000,
      selfPay: 0,
    });
    // Bill 2 (2015-09-01, inpatient, level 1, 1300): admission 2: deductible 300 (level 1); level 1 part 1300: deductible 300 (axis 147300 → 147600); rest 1000 on axis 147600 → 148600: below cap 1000 × 90% = 900; co-payment 100; self-burden of the bill 400; band (15000, 50000]: annual self-burden 15000 → 15400, part in band 400 × 55% = 220 critical-illness.
    expect(r.claims[1]).toMatchObject({
      eligible: 1300,
      pooledFund: 900,
      personalAccount: 0,
      criticalIllness: 220,
      selfBurden: 180,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 148600,
      pooledFund: 133200,
      personalAccount: 0,
      criticalIllness: 220,
      selfBurden: 15180,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S50 — Band edge 50 000: exactly 50 000 after bill 1 (55% only); the next bill is all at 70%', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-03-01', level: 3, eligibleAmount: 262400 },
        { kind: 'inpatient', date: '2015-09-01', level: 3, eligibleAmount: 1000 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, inpatient, level 3, 262400): admission 1: deductible 800 (level 3); level 3 part 262400: deductible 800 (axis 0 → 800); rest 261600 on axis 800 → 262400: below cap 199200 × 80% = 159360; above cap 62400 × 85% = 53040 critical-illness; co-payment 49200; self-burden of the bill 50000; band (15000, 50000]: annual self-burden 0 → 50000, part in band 35000 × 55% = 19250 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 262400,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 72290,
      selfBurden: 30750,
      selfPay: 0,
    });
    // Bill 2 (2015-09-01, inpatient, level 3, 1000): admission 2: deductible 800 (level 3); level 3 part 1000: deductible 800 (axis 262400 → 263200); rest 200 on axis 263200 → 263400: below cap 0 × 80% = 0; above cap 200 × 85% = 170 critical-illness; co-payment 30; self-burden of the bill 830; band (50000, ∞): annual self-burden 50000 → 50830, part in band 830 × 70% = 581 critical-illness.
    expect(r.claims[1]).toMatchObject({
      eligible: 1000,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 751,
      selfBurden: 249,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 263400,
      pooledFund: 159360,
      personalAccount: 0,
      criticalIllness: 73041,
      selfBurden: 30999,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: pre-1949 veteran workers (第二十九条)', () => {
  it('S51 — Veteran, scheme B retired (84 → 180/month): account, then 85% above 300, no cap', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 10000 }],
    });
    // Account: retired, age 84 on 2015-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-03-01, outpatient, other, 10000): account pays min(2160, 10000) = 2160 (left 0); counter 0 → 7840; part in [300, ∞) = 7540; × 85% = 6409; selfBurden 7840 − 6409 = 1431.
    expect(r.claims[0]).toMatchObject({
      eligible: 10000,
      pooledFund: 6409,
      personalAccount: 2160,
      criticalIllness: 0,
      selfBurden: 1431,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 10000,
      pooledFund: 6409,
      personalAccount: 2160,
      criticalIllness: 0,
      selfBurden: 1431,
      selfPay: 0,
    });
    // Account: opening 2160.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 0 });
  });

  it('S52 — Veteran, scheme A retired, community: 85% above 300', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 500 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-03-01, outpatient, community, 500): counter 0 → 500; part in [300, ∞) = 200; × 85% = 170; selfBurden 500 − 170 = 330.
    expect(r.claims[0]).toMatchObject({
      eligible: 500,
      pooledFund: 170,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 330,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 500, pooledFund: 170, personalAccount: 0, criticalIllness: 0, selfBurden: 330, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S53 — Veteran inpatient: fund pays 85% of the self-burden after normal settlement', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 30000 }],
    });
    // Account: retired, age 84 on 2015-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-04-01, inpatient, level 3, 30000): admission 1: deductible 800 (level 3); level 3 part 30000: deductible 800 (axis 0 → 800); rest 29200 on axis 800 → 30000: below cap 29200 × 85% = 24820; co-payment 4380; self-burden of the bill 5180; veteran: fund 85% × 5180 = 4403; left 777.
    expect(r.claims[0]).toMatchObject({
      eligible: 30000,
      pooledFund: 29223,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 777,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 30000, pooledFund: 29223, personalAccount: 0, criticalIllness: 0, selfBurden: 777, selfPay: 0 });
    // Account: opening 2160.00, closing 2160.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 2160 });
  });

  it('S54 — Veteran above the cap: critical-illness 85% above the cap, veteran 85% of the self-burden, bands on what is left (none here)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 300000 }],
    });
    // Account: retired, age 84 on 2015-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-04-01, inpatient, level 3, 300000): admission 1: deductible 800 (level 3); level 3 part 300000: deductible 800 (axis 0 → 800); rest 299200 on axis 800 → 300000: below cap 199200 × 85% = 169320; above cap 100000 × 85% = 85000 critical-illness; co-payment 44880; self-burden of the bill 45680; veteran: fund 85% × 45680 = 38828; left 6852.
    expect(r.claims[0]).toMatchObject({
      eligible: 300000,
      pooledFund: 208148,
      personalAccount: 0,
      criticalIllness: 85000,
      selfBurden: 6852,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 300000,
      pooledFund: 208148,
      personalAccount: 0,
      criticalIllness: 85000,
      selfBurden: 6852,
      selfPay: 0,
    });
    // Account: opening 2160.00, closing 2160.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 2160 });
  });

  it('S55 — Veteran, very large bill: bands apply to the self-burden left after the veteran subsidy', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 1000000 }],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-04-01, inpatient, level 3, 1000000): admission 1: deductible 800 (level 3); level 3 part 1000000: deductible 800 (axis 0 → 800); rest 999200 on axis 800 → 1000000: below cap 199200 × 85% = 169320; above cap 800000 × 85% = 680000 critical-illness; co-payment 149880; self-burden of the bill 150680; veteran: fund 85% × 150680 = 128078; left 22602; band (15000, 50000]: annual self-burden 0 → 22602, part in band 7602 × 55% = 4181.10 critical-illness.
    expect(r.claims[0]).toMatchObject({
      eligible: 1000000,
      pooledFund: 297398,
      personalAccount: 0,
      criticalIllness: 684181.1,
      selfBurden: 18420.9,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 1000000,
      pooledFund: 297398,
      personalAccount: 0,
      criticalIllness: 684181.1,
      selfBurden: 18420.9,
      selfPay: 0,
    });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S56 — Veteran designated disease with cents: two roundings', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
      claims: [{ kind: 'designated-disease', date: '2015-04-01', eligibleAmount: 1234.57, herbalDoses: 0, herbalAmount: 0 }],
    });
    // Account: retired, age 84 on 2015-01-01 → 180/month (`account_credit`) → 12 × 180 = 2160.
    // Pre-1949 veteran worker (第二十九条).
    // Bill 1 (2015-04-01, designated disease, 1234.57): herbal 0 vs 0 doses × 50 = 0 → self-pay 0; settle 1234.57 at level 3, no deductible; level 3 part 1234.57: rest 1234.57 on axis 0 → 1234.57: below cap 1234.57 × 85% = 1049.38; co-payment 185.19; self-burden of the bill 185.19; veteran: fund 85% × 185.19 = 157.41; left 27.78.
    expect(r.claims[0]).toMatchObject({
      eligible: 1234.57,
      pooledFund: 1206.79,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 27.78,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 1234.57,
      pooledFund: 1206.79,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 27.78,
      selfPay: 0,
    });
    // Account: opening 2160.00, closing 2160.00.
    expect(r.account).toEqual({ monthlyCredit: 180, opening: 2160, closing: 2160 });
  });
});

describe('settlement cases of the .md: order of the bills (第四十五条)', () => {
  it('S57 — Outpatient bills given out of date order: settled by date, answered in request order', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      currentYearAccount: 1000,
      claims: [
        { kind: 'outpatient', date: '2015-06-01', facility: 'other', eligibleAmount: 1000 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 1500 },
      ],
    });
    // Account: balance given 1000 (monthly credit not used).
    // Settled in date order: bill 2 (2015-03-01), bill 1 (2015-06-01).
    // Bill 2 (2015-03-01, outpatient, community, 1500): account pays min(1000, 1500) = 1000 (left 0); counter 0 → 500; part in [500, 6000] = 0; × 80% = 0; selfBurden 500 − 0 = 500.
    expect(r.claims[1]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1000,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // Bill 1 (2015-06-01, outpatient, other, 1000): account pays min(0, 1000) = 0 (left 0); counter 500 → 1500; part in [500, 6000] = 1000; × 50% = 500; selfBurden 1000 − 500 = 500.
    expect(r.claims[0]).toMatchObject({
      eligible: 1000,
      pooledFund: 500,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 2500, pooledFund: 500, personalAccount: 1000, criticalIllness: 0, selfBurden: 1000, selfPay: 0 });
    // Account: opening 1000.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 1000, closing: 0 });
  });

  it('S58 — Admissions given out of date order: the two earliest carry the deductibles', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-09-01', level: 1, eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-02-01', level: 3, eligibleAmount: 10000 },
        { kind: 'inpatient', date: '2015-05-01', level: 2, eligibleAmount: 5000 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Settled in date order: bill 2 (2015-02-01), bill 3 (2015-05-01), bill 1 (2015-09-01).
    // Bill 2 (2015-02-01, inpatient, level 3, 10000): admission 1: deductible 800 (level 3); level 3 part 10000: deductible 800 (axis 0 → 800); rest 9200 on axis 800 → 10000: below cap 9200 × 80% = 7360; co-payment 1840; self-burden of the bill 2640.
    expect(r.claims[1]).toMatchObject({
      eligible: 10000,
      pooledFund: 7360,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2640,
      selfPay: 0,
    });
    // Bill 3 (2015-05-01, inpatient, level 2, 5000): admission 2: deductible 500 (level 2); level 2 part 5000: deductible 500 (axis 10000 → 10500); rest 4500 on axis 10500 → 15000: below cap 4500 × 85% = 3825; co-payment 675; self-burden of the bill 1175.
    expect(r.claims[2]).toMatchObject({
      eligible: 5000,
      pooledFund: 3825,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1175,
      selfPay: 0,
    });
    // Bill 1 (2015-09-01, inpatient, level 1, 2000): admission 3: deductible 0 (3rd or later: none); level 1 part 2000: rest 2000 on axis 15000 → 17000: below cap 2000 × 90% = 1800; co-payment 200; self-burden of the bill 200.
    expect(r.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 1800,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 200,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 17000, pooledFund: 12985, personalAccount: 0, criticalIllness: 0, selfBurden: 4015, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });

  it('S59 — Same-day bills keep request order', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      currentYearAccount: 300,
      claims: [
        { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 800 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 800 },
      ],
    });
    // Account: balance given 300 (monthly credit not used).
    // Bill 1 (2015-03-01, outpatient, other, 800): account pays min(300, 800) = 300 (left 0); counter 0 → 500; part in [500, 6000] = 0; × 50% = 0; selfBurden 500 − 0 = 500.
    expect(r.claims[0]).toMatchObject({
      eligible: 800,
      pooledFund: 0,
      personalAccount: 300,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // Bill 2 (2015-03-01, outpatient, community, 800): account pays min(0, 800) = 0 (left 0); counter 500 → 1300; part in [500, 6000] = 800; × 80% = 640; selfBurden 800 − 640 = 160.
    expect(r.claims[1]).toMatchObject({
      eligible: 800,
      pooledFund: 640,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 160,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 1600, pooledFund: 640, personalAccount: 300, criticalIllness: 0, selfBurden: 660, selfPay: 0 });
    // Account: opening 300.00, closing 0.00.
    expect(r.account).toMatchObject({ opening: 300, closing: 0 });
  });
});

describe('settlement cases of the .md: bounds at one fen', () => {
  it('S60 — Designated disease herbal one fen above the cap (14 doses, 700.01): 0.01 self-pay', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'employed', birthDate: '1985-06-15' },
      claims: [{ kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 3000.01, herbalDoses: 14, herbalAmount: 700.01 }],
    });
    // Account: employed, age 29 on 2015-01-01 → 100/month (`account_credit`) → 12 × 100 = 1200.
    // Bill 1 (2015-03-01, designated disease, 3000.01 (herbal 700.01 for 14 doses)): herbal 700.01 vs 14 doses × 50 = 700 → self-pay 0.01; settle 3000 at level 3, no deductible; level 3 part 3000: rest 3000 on axis 0 → 3000: below cap 3000 × 80% = 2400; co-payment 600; self-burden of the bill 600.
    expect(r.claims[0]).toMatchObject({
      eligible: 3000.01,
      pooledFund: 2400,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 600,
      selfPay: 0.01,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 3000.01,
      pooledFund: 2400,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 600,
      selfPay: 0.01,
    });
    // Account: opening 1200.00, closing 1200.00.
    expect(r.account).toEqual({ monthlyCredit: 100, opening: 1200, closing: 1200 });
  });

  it('S61 — Outpatient deductible bound: counter reaching exactly 500 pays nothing; the next 0.01 is above it (0.007 → 0.01)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 500 },
        { kind: 'outpatient', date: '2015-03-02', facility: 'community', eligibleAmount: 0.01 },
      ],
    });
    // Scheme A: no personal account; every outpatient yuan goes on the counter.
    // Bill 1 (2015-03-01, outpatient, community, 500): counter 0 → 500; part in [500, 3000] = 0; × 70% = 0; selfBurden 500 − 0 = 500.
    expect(r.claims[0]).toMatchObject({
      eligible: 500,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // Bill 2 (2015-03-02, outpatient, community, 0.01): counter 500 → 500.01; part in [500, 3000] = 0.01; × 70% = 0.01; selfBurden 0.01 − 0.01 = 0.
    expect(r.claims[1]).toMatchObject({
      eligible: 0.01,
      pooledFund: 0.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 0,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({ eligible: 500.01, pooledFund: 0.01, personalAccount: 0, criticalIllness: 0, selfBurden: 500, selfPay: 0 });
    // scheme A: no personal account
    expect(r.account).toBeNull();
  });
});

describe('settlement cases of the .md: worked example of the spec', () => {
  it('S00 — Worked example of the spec (scheme B, retired, born 1945-03-10)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
      ],
    });
    // Account: retired, age 69 on 2015-01-01 → 160/month (`account_credit`) → 12 × 160 = 1920.
    // Bill 1 (2015-02-01, outpatient, community, 1500): account pays min(1920, 1500) = 1500 (left 420); counter 0 → 0; part in [300, 6000] = 0; × 80% = 0; selfBurden 0 − 0 = 0.
    expect(r.claims[0]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1500,
      criticalIllness: 0,
      selfBurden: 0,
      selfPay: 0,
    });
    // Bill 2 (2015-03-01, outpatient, other, 2000): account pays min(420, 2000) = 420 (left 0); counter 0 → 1580; part in [300, 6000] = 1280; × 50% = 640; selfBurden 1580 − 640 = 940.
    expect(r.claims[1]).toMatchObject({
      eligible: 2000,
      pooledFund: 640,
      personalAccount: 420,
      criticalIllness: 0,
      selfBurden: 940,
      selfPay: 0,
    });
    // Bill 3 (2015-05-01, inpatient, level 3, 30000): admission 1: deductible 800 (level 3); level 3 part 30000: deductible 800 (axis 0 → 800); rest 29200 on axis 800 → 30000: below cap 29200 × 85% = 24820; co-payment 4380; self-burden of the bill 5180.
    expect(r.claims[2]).toMatchObject({
      eligible: 30000,
      pooledFund: 24820,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 5180,
      selfPay: 0,
    });
    // totals = sums of the rounded per-bill amounts
    expect(r.totals).toEqual({
      eligible: 33500,
      pooledFund: 25460,
      personalAccount: 1920,
      criticalIllness: 0,
      selfBurden: 6120,
      selfPay: 0,
    });
    // Account: opening 1920.00, closing 0.00.
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 0 });
  });
});

// ---------------------------------------------------------------------------------------------
// Cases added to the .md's 62 (hand-derived the same way), for bounds the .md does not test on both sides.

describe('settlement: added bound cases', () => {
  it('S62 — Outpatient cap bound: a counter ending exactly at the cap 3000 is wholly paid; the next fen is above it', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 3000 },
        { kind: 'outpatient', date: '2015-03-02', facility: 'other', eligibleAmount: 0.01 },
      ],
    });
    // Bill 1 (2015-03-01, outpatient, community, 3000): counter 0 → 3000; part in [500, 3000] = 2500; × 70% = 1750; selfBurden 3000 − 1750 = 1250.
    expect(r.claims[0]).toMatchObject({
      eligible: 3000,
      pooledFund: 1750,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1250,
      selfPay: 0,
    });
    // Bill 2 (2015-03-02, outpatient, other, 0.01): counter 3000 → 3000.01; part in [500, 3000] = 0; × 40% = 0; selfBurden 0.01.
    expect(r.claims[1]).toMatchObject({
      eligible: 0.01,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 0.01,
      selfPay: 0,
    });
    // totals: 3000.01 = 1750 + 1250.01
    expect(r.totals).toEqual({
      eligible: 3000.01,
      pooledFund: 1750,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1250.01,
      selfPay: 0,
    });
    expect(r.account).toBeNull();
  });

  it('S63 — Home sickbed bounds: exactly at the pooled cap, exactly at the deductible, one fen above each', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'home-sickbed', date: '2015-02-01', months: 2, eligibleAmount: 4000 },
        { kind: 'home-sickbed', date: '2015-05-01', months: 1, eligibleAmount: 80 },
        { kind: 'home-sickbed', date: '2015-07-01', months: 1, eligibleAmount: 80.01 },
        { kind: 'home-sickbed', date: '2015-09-01', months: 2, eligibleAmount: 4000.01 },
      ],
    });
    // Bill 1 (2 months, 4000): min(4000, 2×2000 = 4000) − 2×80 = 3840; × 70% = 2688; selfBurden 4000 − 2688 = 1312.
    expect(r.claims[0]).toMatchObject({
      eligible: 4000,
      pooledFund: 2688,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1312,
      selfPay: 0,
    });
    // Bill 2 (1 month, 80): min(80, 2000) − 80 = 0; fund 0; selfBurden 80.
    expect(r.claims[1]).toMatchObject({ eligible: 80, pooledFund: 0, personalAccount: 0, criticalIllness: 0, selfBurden: 80, selfPay: 0 });
    // Bill 3 (1 month, 80.01): min(80.01, 2000) − 80 = 0.01; × 70% = 0.007 → 0.01; selfBurden 80.
    expect(r.claims[2]).toMatchObject({
      eligible: 80.01,
      pooledFund: 0.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 80,
      selfPay: 0,
    });
    // Bill 4 (2 months, 4000.01): min(4000.01, 4000) − 160 = 3840; × 70% = 2688; selfBurden 1312.01.
    expect(r.claims[3]).toMatchObject({
      eligible: 4000.01,
      pooledFund: 2688,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1312.01,
      selfPay: 0,
    });
    // totals: 4000 + 80 + 80.01 + 4000.01 = 8160.02; fund 2688 + 0 + 0.01 + 2688 = 5376.01; selfBurden 1312 + 80 + 80 + 1312.01 = 2784.01
    expect(r.totals).toEqual({
      eligible: 8160.02,
      pooledFund: 5376.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2784.01,
      selfPay: 0,
    });
  });

  it('S64 — Inpatient deductible bound: an admission exactly at its deductible pays nothing, one fen above pays 85% of the fen; the third has none', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-02-01', level: 2, eligibleAmount: 500 },
        { kind: 'inpatient', date: '2015-05-01', level: 2, eligibleAmount: 500.01 },
        { kind: 'inpatient', date: '2015-08-01', level: 2, eligibleAmount: 500 },
      ],
    });
    // Bill 1: admission 1, deductible 500 (level 2) = the whole bill (axis 0 → 500); rest 0; self-burden 500.
    expect(r.claims[0]).toMatchObject({
      eligible: 500,
      pooledFund: 0,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // Bill 2: admission 2, deductible 500 (axis 500 → 1000); rest 0.01 × 85% = 0.0085 → 0.01; self-burden 500.
    expect(r.claims[1]).toMatchObject({
      eligible: 500.01,
      pooledFund: 0.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 500,
      selfPay: 0,
    });
    // Bill 3: admission 3, no deductible; 500 × 85% = 425; co-payment 75.
    expect(r.claims[2]).toMatchObject({
      eligible: 500,
      pooledFund: 425,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 75,
      selfPay: 0,
    });
    // totals: 1500.01 = 425.01 + 1075
    expect(r.totals).toEqual({
      eligible: 1500.01,
      pooledFund: 425.01,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1075,
      selfPay: 0,
    });
  });

  it('S65 — Age 45 on 1 January (born 1970-01-01): 120 in 2015 (45 inclusive), 140 in 2016 (46 on 2016-01-01)', () => {
    const person = { scheme: 'B', status: 'employed', birthDate: '1970-01-01' } as const;
    const y2015 = run(calc, {
      year: 2015,
      person,
      claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'community', eligibleAmount: 2000 }],
    });
    // 2015: 45 on 2015-01-01 → 120/month → 1440; account pays 1440; counter 0 → 560; part in [500, 6000] = 60 × 80% = 48; selfBurden 560 − 48 = 512.
    expect(y2015.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 48,
      personalAccount: 1440,
      criticalIllness: 0,
      selfBurden: 512,
      selfPay: 0,
    });
    expect(y2015.account).toEqual({ monthlyCredit: 120, opening: 1440, closing: 0 });
    const y2016 = run(calc, {
      year: 2016,
      person,
      claims: [{ kind: 'outpatient', date: '2016-03-01', facility: 'community', eligibleAmount: 2000 }],
    });
    // 2016: 46 on 2016-01-01 → 140/month → 1680; account pays 1680; counter 0 → 320 < 500: fund 0; selfBurden 320.
    expect(y2016.claims[0]).toMatchObject({
      eligible: 2000,
      pooledFund: 0,
      personalAccount: 1680,
      criticalIllness: 0,
      selfBurden: 320,
      selfPay: 0,
    });
    expect(y2016.account).toEqual({ monthlyCredit: 140, opening: 1680, closing: 0 });
  });

  it('S66 — The request example of the .md: every kind of bill in one year (balance given 1920)', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10', preLiberationVeteran: false },
      currentYearAccount: 1920,
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000, location: 'local' },
        {
          kind: 'inpatient',
          date: '2015-07-01',
          segments: [
            { level: 2, eligibleAmount: 6000 },
            { level: 3, eligibleAmount: 10000 },
          ],
        },
        { kind: 'designated-disease', date: '2015-08-01', eligibleAmount: 10000, herbalDoses: 20, herbalAmount: 1200 },
        { kind: 'home-sickbed', date: '2015-09-01', months: 3, eligibleAmount: 4500 },
      ],
    });
    // Bill 1 (outpatient, community, 1500): account pays 1500 (left 420); counter 0 → 0; fund 0.
    expect(r.claims[0]).toMatchObject({
      eligible: 1500,
      pooledFund: 0,
      personalAccount: 1500,
      criticalIllness: 0,
      selfBurden: 0,
      selfPay: 0,
    });
    // Bill 2 (inpatient, level 3, 30000): admission 1, deductible 800 (axis 0 → 800); 29200 × (80% + 5%) = 24820; co-payment 4380; self-burden 5180 (band counter 0 → 5180).
    expect(r.claims[1]).toMatchObject({
      eligible: 30000,
      pooledFund: 24820,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 5180,
      selfPay: 0,
    });
    // Bill 3 (transfer level 2 6000 → level 3 10000): admission 2, deductible 800 (highest level 3) from the level-2 part;
    // level 2: 5200 × (85% + 5%) = 4680, co-payment 520; level 3: 10000 × 85% = 8500, co-payment 1500; fund 13180; self-burden 800 + 520 + 1500 = 2820 (axis 30000 → 46000; band counter → 8000).
    expect(r.claims[2]).toMatchObject({
      eligible: 16000,
      pooledFund: 13180,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 2820,
      selfPay: 0,
    });
    // Bill 4 (designated disease 10000, herbal 1200 for 20 doses): 20 × 50 = 1000 → self-pay 200; 9800 at level 3 retired 85% = 8330; co-payment 1470 (band counter → 9470, below 15000).
    expect(r.claims[3]).toMatchObject({
      eligible: 10000,
      pooledFund: 8330,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1470,
      selfPay: 200,
    });
    // Bill 5 (home sickbed, 3 months, 4500): min(4500, 6000) − 240 = 4260 × 70% = 2982; selfBurden 1518.
    expect(r.claims[4]).toMatchObject({
      eligible: 4500,
      pooledFund: 2982,
      personalAccount: 0,
      criticalIllness: 0,
      selfBurden: 1518,
      selfPay: 0,
    });
    // totals: eligible 62000 = fund 49312 + account 1500 + self-burden 10988 + self-pay 200
    expect(r.totals).toEqual({
      eligible: 62000,
      pooledFund: 49312,
      personalAccount: 1500,
      criticalIllness: 0,
      selfBurden: 10988,
      selfPay: 200,
    });
    // balance given: 1920, 420 left; the monthly credit is still reported (69 on 2015-01-01 → 160)
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 420 });
    // every step cites an article of the gazette and the table its parameters came from
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
    for (const u of Object.values(r.trace.parameters)) expect(u.table).toBe('employee-medical-insurance');
    const rules = r.trace.steps.map((s) => s.rule).join(' ');
    for (const article of ['第十九条', '第二十三条', '第二十五条', '第二十七条', '第二十八条']) expect(rules).toContain(article);
  });
});

describe('settlement: answers in request order, settles in date order', () => {
  it('S57/S58 again: claims come back in request order with their index and date', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [
        { kind: 'inpatient', date: '2015-09-01', level: 1, eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-02-01', level: 3, eligibleAmount: 10000 },
        { kind: 'inpatient', date: '2015-05-01', level: 2, eligibleAmount: 5000 },
      ],
    });
    expect(r.claims.map((c: { index: number; date: string }) => [c.index, c.date])).toEqual([
      [0, '2015-09-01'],
      [1, '2015-02-01'],
      [2, '2015-05-01'],
    ]);
    // the trace follows the settlement (date) order: bill 2, bill 3, bill 1 — each bill points at its own steps
    // (sent once), in order, and together they are every step of the trace (scheme A: no account steps)
    const first = (i: number) => r.claims[i]!.traceSteps[0]!;
    expect(first(1)).toBeLessThan(first(2));
    expect(first(2)).toBeLessThan(first(0));
    for (const c of r.claims) expect(c.traceSteps.length).toBeGreaterThan(0);
    const pointed = r.claims.flatMap((c) => c.traceSteps).sort((a, b) => a - b);
    expect(pointed).toEqual(r.trace.steps.map((_, i) => i));
    // the bill of 2015-02-01 is the first admission (a deductible), the one of 2015-09-01 the third (none)
    expect(r.trace.steps[first(1)]!.formula.zh).toMatch(/^本年度第 1 次住院/);
    expect(r.trace.steps[first(0)]!.formula.zh).toMatch(/^本年度第 3 次住院，超过 2 次，不计起付标准/);
  });
});

describe('settlement: invalid input (422 naming the field)', () => {
  const person = { scheme: 'A', status: 'employed', birthDate: '1975-06-15' } as const;
  const paths = (body: unknown) => {
    const parsed = calc.input.safeParse(body);
    expect(parsed.success).toBe(false);
    return parsed.error!.issues.map((i) => i.path.join('.'));
  };

  it('scheme A with any currentYearAccount, even 0 (scheme A has no personal account)', () => {
    expect(
      paths({
        year: 2015,
        person,
        currentYearAccount: 0,
        claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 1 }],
      }),
    ).toEqual(['currentYearAccount']);
  });

  it('a bill outside the settlement year', () => {
    expect(
      paths({ year: 2015, person, claims: [{ kind: 'outpatient', date: '2016-01-01', facility: 'other', eligibleAmount: 1 }] }),
    ).toEqual(['claims.0.date']);
  });

  it('a birth date after 1 January of the year (no age on 1 January, as employee-medical-account): 422 naming person.birthDate', () => {
    const bill = (date: string) => ({ kind: 'outpatient', date, facility: 'other', eligibleAmount: 1 }) as const;
    // the reviewer's request: born 2015-12-31, year 2015 (the trace said "age on 2015-01-01 = -1"); the bill of 2015-03-01 is before the birth too
    expect(paths({ year: 2015, person: { ...person, birthDate: '2015-12-31' }, claims: [bill('2015-03-01')] })).toEqual([
      'claims.0.date',
      'person.birthDate',
    ]);
    // one day after 1 January: refused; the bill dated after the birth is not
    expect(paths({ year: 2015, person: { ...person, birthDate: '2015-01-02' }, claims: [bill('2015-01-02')] })).toEqual([
      'person.birthDate',
    ]);
    const issue = calc.input.safeParse({ year: 2015, person: { ...person, birthDate: '2015-01-02' }, claims: [bill('2015-03-01')] }).error!
      .issues[0]!;
    expect(issue.message).toBe('must be on or before 1 January of the year (no age on 1 January otherwise)');
    // born on 1 January itself: age 0 that day (the birthday counts), accepted
    const r = run(calc, { year: 2015, person: { scheme: 'B', status: 'employed', birthDate: '2015-01-01' }, claims: [bill('2015-01-01')] });
    expect(r.trace.steps[0]!.formula.en).toMatch(/^age on 2015-01-01 = 0 → /);
    expect(r.trace.steps[0]!.formula.zh).toMatch(/^2015 年 1 月 1 日年满 0 岁/);
  });

  it("a bill dated before the birth date: 422 naming that bill's date", () => {
    const bill = (date: string) => ({ kind: 'outpatient', date, facility: 'other', eligibleAmount: 1 }) as const;
    const parsed = calc.input.safeParse({
      year: 2015,
      person: { ...person, birthDate: '2015-06-01' },
      claims: [bill('2015-06-01'), bill('2015-05-31')],
    });
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['claims.1.date', 'must not be before person.birthDate'],
      ['person.birthDate', 'must be on or before 1 January of the year (no age on 1 January otherwise)'],
    ]);
  });

  it('an inpatient bill with both level/amount and segments', () => {
    expect(
      paths({
        year: 2015,
        person,
        claims: [{ kind: 'inpatient', date: '2015-03-01', level: 1, eligibleAmount: 5, segments: [{ level: 2, eligibleAmount: 5 }] }],
      }),
    ).toEqual(['claims.0.segments']);
  });

  it('a herbal amount above the eligible amount that includes it', () => {
    expect(
      paths({
        year: 2015,
        person,
        claims: [{ kind: 'designated-disease', date: '2015-03-01', eligibleAmount: 100, herbalDoses: 1, herbalAmount: 100.01 }],
      }),
    ).toEqual(['claims.0.herbalAmount']);
  });

  it('negative money, three decimals, an unknown location', () => {
    expect(
      paths({ year: 2015, person, claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: -1 }] }),
    ).toEqual(['claims.0.eligibleAmount']);
    expect(
      paths({ year: 2015, person, claims: [{ kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 1.005 }] }),
    ).toEqual(['claims.0.eligibleAmount']);
    expect(
      paths({ year: 2015, person, claims: [{ kind: 'inpatient', date: '2015-03-01', level: 3, eligibleAmount: 1, location: 'abroad' }] }),
    ).toEqual(['claims.0.location']);
  });
});

describe('settlement: the examples shown (and runnable) in /docs', () => {
  it('workedExample = S00, veteran = S51 + S54, outOfArea = S32 + an unregistered admission', () => {
    expect(run(calc, requestOf(calc, 'workedExample')).totals).toEqual({
      eligible: 33500,
      pooledFund: 25460,
      personalAccount: 1920,
      criticalIllness: 0,
      selfBurden: 6120,
      selfPay: 0,
    });
    const veteran = run(calc, requestOf(calc, 'veteran'));
    // outpatient as S51: account 2160, 85% × (7840 − 300) = 6409, self-burden 1431
    expect(veteran.claims[0]).toMatchObject({ pooledFund: 6409, personalAccount: 2160, selfBurden: 1431 });
    // inpatient as S54: fund 169320 + veteran 85% × 45680 = 38828 → 208148; critical illness 85000; left 6852
    expect(veteran.claims[1]).toMatchObject({ pooledFund: 208148, criticalIllness: 85000, selfBurden: 6852 });
    const out = run(calc, requestOf(calc, 'outOfArea'));
    // as S32: self-pay 5000, fund 35360, self-burden 9640
    expect(out.claims[0]).toMatchObject({ pooledFund: 35360, selfBurden: 9640, selfPay: 5000 });
    // admission 2, unregistered, treated at level 1: self-pay 30% × 10000 = 3000; as level 3: deductible 800, 6200 × 80% = 4960; co-payment 1240; self-burden 2040
    expect(out.claims[1]).toMatchObject({ eligible: 10000, pooledFund: 4960, criticalIllness: 0, selfBurden: 2040, selfPay: 3000 });
  });
});

describe('the readings R1–R12 are where a policy officer sees them', () => {
  it('each reading is in the note column of the workbook rows it concerns', () => {
    const table = realBundle().tables['employee-medical-insurance']!;
    const notes: { where: string; note: string }[] = [
      ...table.parameters.flatMap((p) => p.history.map((h) => ({ where: p.key, note: h.note ?? '' }))),
      ...table.scales.flatMap((s) => s.rows.map((r) => ({ where: s.id, note: r.note ?? '' }))),
    ];
    const at = (n: number) => [...new Set(notes.filter((x) => x.note.includes(`Reading R${n} `)).map((x) => x.where))].sort();
    expect(at(1)).toEqual(['outpatient_schemes']);
    expect(at(2)).toEqual(['account_uses']);
    expect(at(3)).toEqual(['inpatient.annual_cap']);
    expect(at(4)).toEqual(['out_of_area']);
    expect(at(5)).toEqual(['inpatient.deductible_max_admissions']);
    expect(at(6)).toEqual(['designated_disease.herbal_cap_per_dose']);
    expect(at(7)).toEqual(['home_sickbed.fund_ratio']);
    expect(at(8)).toEqual(['veteran.outpatient_deductible']);
    expect(at(9)).toEqual(['veteran.inpatient_self_burden_ratio']);
    expect(at(10)).toEqual(['critical_illness_bands']);
    expect(at(11)).toEqual(['settlement.year_basis']);
    expect(at(12)).toEqual(['account.band_change_from_next_january', 'settlement.year_basis']);
  });
});

describe('settlement: the out-of-area share of a transfer stay — the formula shows the arithmetic done (R4)', () => {
  const fen = (y: string) => Math.round(Number(y.replace(/,/g, '')) * 100);
  /** Every "a × r% = b" of a formula, checked as applyRatio does it (half-up to the fen), and the products. */
  const products = (formula: string) =>
    [...formula.matchAll(/([\d,]+\.\d{2}) × (\d+(?:\.\d+)?)% = ([\d,]+\.\d{2})/g)].map((m) => {
      const [a, pct, b] = [fen(m[1]!), Number(m[2]), fen(m[3]!)];
      // a × pct / 100, half-up in fen: integers only (pct has at most 4 decimals as ppm / 10 000)
      const ppm = Math.round(pct * 10_000);
      expect(Math.floor((a * ppm + 500_000) / 1_000_000), m[0]).toBe(b);
      return b;
    });

  it("the reviewer's request: 10000.05 (level 2) + 20000.05 (level 3) referred to Hangzhou: 1000.01 + 2000.01 = 3000.02, not 30000.10 × 10%", () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1970-01-01' },
      claims: [
        {
          kind: 'inpatient',
          date: '2015-04-01',
          segments: [
            { level: 2, eligibleAmount: 10000.05 },
            { level: 3, eligibleAmount: 20000.05 },
          ],
          location: 'referral-hangzhou-shanghai',
        },
      ],
    });
    // R4: the share per part, each rounded: 1000000.5 fen → 1000001 (1000.01); 2000000.5 fen → 2000001 (2000.01); sum 3000.02
    // (the whole bill at once would be 3000010 × 10% = 300001 fen, 3000.01: not what is done)
    expect(r.claims[0]!.selfPay).toBe(3000.02);
    const share = r.trace.steps[r.claims[0]!.traceSteps[0]!]!;
    expect(share.name).toEqual({ zh: '市外就医先自理部分', en: 'out-of-area share paid first by the insured' });
    expect(share.formula.en).toBe(
      'part 1: 10,000.05 × 10% = 1,000.01; part 2: 20,000.05 × 10% = 2,000.01 (each part rounded); 1,000.01 + 2,000.01 = 3,000.02 self-pay; the rest settles at the level treated',
    );
    expect(share.formula.zh).toBe(
      '第 1 段 10,000.05 × 10% = 1,000.01 元；第 2 段 20,000.05 × 10% = 2,000.01 元（各段分别取整）；合计 1,000.01 + 2,000.01 = 3,000.02 元由个人先自理；其余按所住医院级别结算',
    );
    expect(share.inputs).toEqual({ location: 'referral-hangzhou-shanghai', eligible: 30000.1, parts: [10000.05, 20000.05] });
    expect(share.result).toBe(3000.02);
    // the figures of the formula add up to the result and to the bill's self-pay
    const paid = products(share.formula.en);
    expect(paid).toEqual([100001, 200001]);
    expect(paid.reduce((a, b) => a + b, 0)).toBe(fen(String(share.result)));
    expect(share.formula.en).toContain(`= ${(r.claims[0]!.selfPay).toLocaleString('en', { minimumFractionDigits: 2 })} self-pay`);
    // and the bill adds up: eligible = fund + critical illness + self-burden + self-pay
    const c = r.claims[0]!;
    expect(fen(String(c.pooledFund)) + fen(String(c.criticalIllness)) + fen(String(c.selfBurden)) + fen(String(c.selfPay))).toBe(
      fen(String(c.eligible)),
    );
  });

  it("every location and part count: the share formula's products sum to the result (odd fen so the roundings differ)", () => {
    for (const location of ['referral-hangzhou-shanghai', 'referral-other', 'emergency-out-of-city', 'unregistered'] as const) {
      for (const amounts of [[1234.55], [0.05, 0.05, 0.05], [10000.05, 20000.05], [333.35, 666.65, 1000.15, 5.05]]) {
        const r = run(calc, {
          year: 2015,
          person: { scheme: 'A', status: 'retired', birthDate: '1950-06-15' },
          claims: [
            {
              kind: 'inpatient',
              date: '2015-04-01',
              segments: amounts.map((a, i) => ({ level: ((i % 3) + 1) as 1 | 2 | 3, eligibleAmount: a })),
              location,
            },
          ],
        });
        const share = r.trace.steps[r.claims[0]!.traceSteps[0]!]!;
        const paid = products(share.formula.en);
        expect(paid, share.formula.en).toHaveLength(amounts.length);
        expect(
          paid.reduce((a, b) => a + b, 0),
          share.formula.en,
        ).toBe(fen(String(r.claims[0]!.selfPay)));
        expect(share.result).toBe(r.claims[0]!.selfPay);
      }
    }
  });

  it('a bill without segments keeps the one-product formula', () => {
    const r = run(calc, {
      year: 2015,
      person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
      claims: [{ kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 50000, location: 'referral-hangzhou-shanghai' }],
    });
    const share = r.trace.steps[0]!;
    // as S32: 50000 × 10% = 5000
    expect(share.formula.en).toBe('50,000.00 × 10% = 5,000.00 self-pay; the rest settles at the level treated');
    expect(share.formula.zh).toBe('50,000.00 × 10% = 5,000.00 元由个人先自理；其余按所住医院级别结算');
    expect(share.inputs).toEqual({ location: 'referral-hangzhou-shanghai', eligible: 50000 });
  });
});
