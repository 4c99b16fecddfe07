import { describe, expect, it } from 'vitest';
import type { TraceData } from '../../src/engine/trace';
import { expectCalculation, expectProblem, get, postCalculator } from '../helpers/http';

/** case-transfer-deadlines through the Worker: late on a weekends-only count is undetermined (嘉政办发〔2014〕113号 二（一）3). */
describe('POST /v1/calculators/case-transfer-deadlines: lateness without a calendar', () => {
  const found = { discoveredAt: '2015-03-05T16:00', urgent: false };

  it('transferred the day after the weekends-only deadline, no holiday list: onTime null (was false)', async () => {
    const body = await expectCalculation(await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-11T09:00' }));
    expect(body).toMatchObject({ calendar: 'weekends_only', transfer: { deadlineDate: '2015-03-10', onTime: null } });
    const step = (body.trace as unknown as TraceData).steps.find((s) => s.name.en === 'transfer on time?')!;
    expect(step.formula.en).toMatch(/counted on weekends only → undetermined/);
    expect(step.formula.zh).toMatch(/无法判定是否按时/);
    expect(body.notAssessed).toContainEqual(
      expect.objectContaining({ item: 'transfer.onTime', reason: 'input-not-given', fields: ['holidays', 'adjustedWorkingDays'] }),
    );
  });

  it("with the caller's lists (empty: no holiday) the same transfer is late; without them in time is certain only by start + n days", async () => {
    const late = await expectCalculation(
      await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-11T09:00', holidays: [] }),
    );
    expect(late).toMatchObject({ calendar: 'caller_lists', transfer: { onTime: false } });
    const inTime = await expectCalculation(
      await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-10T17:00', holidays: [] }),
    );
    expect((inTime.transfer as { onTime: boolean }).onTime).toBe(true);
    // without lists 03-10 could be after the deadline (a make-up working day in the period moves it earlier)
    const open = await expectCalculation(await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-10T17:00' }));
    expect((open.transfer as { onTime: boolean | null }).onTime).toBeNull();
  });

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-04T09:00' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/transferredAt']);
  });

  it('the output JSON Schema served by GET /v1/calculators documents the null of onTime', async () => {
    const list = (await (await get('/v1/calculators')).json()) as { calculators: { id: string; output: unknown }[] };
    expect(JSON.stringify(list.calculators.find((c) => c.id === 'case-transfer-deadlines')!.output)).toContain('counted on weekends only');
  });
});
