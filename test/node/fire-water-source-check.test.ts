import { describe, expect, it } from 'vitest';
import { fireWaterSourceCheck as calc } from '../../src/policy/fire-water-sources/fire-water-source-check';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, run } from '../helpers/calc';

/**
 * 嘉政办发〔2014〕110号: the requests and their answers (F1–F26 and the 第十四条 triggers not assessed) are cases in
 * src/policy/fire-water-sources/fire-water-source-check.cases.json; here what is not one request and its answer.
 */

const D = '2015-06-01';

describe('spacing, flow and pressure: not published in 110号', () => {
  it('a value added to a copy of the workbook (test fixture 120 m, not policy) is then applied: 120 met, 120.01 not', () => {
    const copy = structuredClone(realBundle()) as CompiledBundle;
    const h = copy.tables['fire-water-sources']!.parameters.find((x) => x.key === 'hydrant.spacing_max')!.history[0]!;
    Object.assign(h, { value: 120, published: true });
    const at = (m: number) => run(calc, { date: D, design: { hydrantSpacingM: m } }, copy);
    expect(at(120).rules[0]).toMatchObject({ status: 'met', threshold: 120 });
    expect(at(120.01).rules[0]).toMatchObject({ status: 'not_met' });
  });
});
