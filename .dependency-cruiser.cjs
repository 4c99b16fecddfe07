/**
 * Import rules, checked by `npm run lint` (dependency-cruiser). Type-only imports count: a cycle through
 * `import type` is still a cycle of meaning.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules form a tree of layers; a cycle (type-only imports included) means two modules are one concern.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-engine',
      severity: 'error',
      comment: 'The engine and the calculators are pure: they know nothing of HTTP, routes or the app (errors are mapped at the edge).',
      from: { path: '^src/(engine|calculators|tables|explore)/' },
      to: { path: '^src/(http|routes|app\\.ts|index\\.ts|data\\.ts|api-description\\.ts)' },
    },
    {
      name: 'worker-not-build',
      severity: 'error',
      comment: 'The Worker never imports the build scripts, the workbook parser or the tests.',
      from: { path: '^src/' },
      to: { path: '^(scripts|test|bench)/|node_modules/@e965/xlsx' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      comment: 'Every import resolves (cloudflare:test is provided by the workerd test pool at run time).',
      to: { couldNotResolve: true, pathNot: '^cloudflare:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'types', 'default'] },
    exclude: { path: '^src/bindings\\.d\\.ts$' },
  },
};
