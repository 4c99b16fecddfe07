/**
 * The worked example of the settlement spec (scheme B, retired, born 1945-03-10: fund 25 460, account 1 920)
 * as a request that leaves every defaulted field out. No imports, so Node and workerd tests can share it.
 */
export const workedSettlement = {
  year: 2015,
  person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
  claims: [
    { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
    { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
    { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
  ],
};
