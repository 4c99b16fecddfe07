import { type AnyCalculator, registry } from './registry';

/**
 * The registry of src/policy/registry.ts with every calculator loaded: for Node (the build, the docs, the tests) and
 * code that needs them all at once. The Worker's routes load each calculator when it is first asked for.
 */
export const documents: { table: string; calculators: AnyCalculator[] }[] = await Promise.all(
  registry.map(async (d) => ({ table: d.table, calculators: await Promise.all(d.calculators.map((e) => e.load())) })),
);

/** Every calculator the API serves, in the order /v1/calculators lists them. */
export const calculators = documents.flatMap((d) => d.calculators);
