import { fen, fenToYuan, yuanToFen } from '../engine/money';

/**
 * The money fields of a calculator's answer, read from its output JSON Schema in the catalogue asset (the Worker has
 * no output schemas): what a batch sums in `totals` and a reform answer compares in `difference`.
 */

export type JsonNode = { properties?: Record<string, JsonNode>; anyOf?: JsonNode[]; 'x-unit'?: string };
const isMoney = (s: JsonNode | undefined): boolean => s?.['x-unit'] === 'CNY' || !!s?.anyOf?.some(isMoney);

/** The money fields at the answer's top level, and those of its top-level objects (a settlement's `totals.pooledFund`), never inside lists. */
export const moneyPaths = (schema: JsonNode | undefined, at: string[] = []): string[][] =>
  Object.entries((schema?.properties ? schema : schema?.anyOf?.find((s) => s.properties))?.properties ?? {}).flatMap(([k, v]) =>
    isMoney(v) ? [[...at, k]] : at.length ? [] : moneyPaths(v, [k]),
  );

const at = (answer: unknown, path: string[]) => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], answer);

/**
 * Per money field (`totals.pooledFund`), the sum in yuan of the answers, added in fen, each weighted by its sign
 * (`[[1, reform], [-1, baseline]]` is a difference); null where one of them has no figure.
 */
export const sumMoney = (paths: string[][], answers: [number, unknown][]): Record<string, number | null> =>
  Object.fromEntries(
    paths.map((p) => {
      let sum = 0;
      for (const [sign, answer] of answers) {
        const v = at(answer, p);
        if (typeof v !== 'number') return [p.join('.'), null];
        sum = fen(sum + sign * yuanToFen(v));
      }
      return [p.join('.'), fenToYuan(fen(sum))];
    }),
  );
