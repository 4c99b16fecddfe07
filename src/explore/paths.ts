/**
 * The explorer's pages. The explorer is its own Worker (src/explorer-worker.ts); the API Worker routes these paths to
 * it through its EXPLORER service binding (src/routes/explore.ts), so both read the same list.
 */
export const EXPLORE_PATHS = {
  index: '/explore',
  table: '/explore/:table',
  changes: '/explore/:table/changes',
  changelog: '/explore/:table/changelog',
} as const;
