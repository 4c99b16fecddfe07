import { z } from '@hono/zod-openapi';
import type { TraceStep } from '../engine/calculator';
import { addDays, addYears } from '../engine/dates';
import type { Params } from '../engine/params';
import type { residencePermits as RP } from '../tables/residence-permits';

/**
 * Shared by the residence-permit calculators (嘉政办发〔2014〕98号): the pilot year of 二（二） and a note type.
 *
 * 二（二）: 「自2014年10月31日起，全市范围内暂时停止施行《浙江省流动人口居住登记条例》第十五条、第十七条，期限为一年。」
 * Reading (workbook note of pilot.period_years, /work/content/residence-permits.calculators.md): the year counts the
 * start day, so it ends on start + period_years − 1 day (2015-10-30); the alternative end 2015-10-31 is the only day
 * on which the two readings differ, and it is reported as after the pilot year. The rows stay open-ended, so the
 * calculators still decide after the year, with a note: the text does not say what applies then.
 */

export type RPParams = Params<typeof RP>;

export const PILOT_PERIODS = ['within-pilot-year', 'after-pilot-year'] as const;
export type PilotPeriod = (typeof PILOT_PERIODS)[number];

export const noteSchema = z
  .object({
    code: z.string().openapi({ example: 'after-pilot-year' }),
    rule: z.string().openapi({ example: '嘉政办发〔2014〕98号 二（二）' }),
    message: z.string(),
  })
  .openapi('ResidencePermitNote');
export type Note = z.infer<typeof noteSchema>;

export function pilotPeriodOn(p: RPParams, date: string): { period: PilotPeriod; lastDay: string; step: TraceStep; note: Note | null } {
  const start = p.get('pilot.start_date');
  const years = p.number('pilot.period_years');
  const startDate = String(start.value);
  const lastDay = addDays(addYears(startDate, years.n), -1);
  const period: PilotPeriod = date >= startDate && date <= lastDay ? 'within-pilot-year' : 'after-pilot-year';
  const step: TraceStep = {
    step: 'pilot period',
    rule: years.use.citation,
    formula: `${startDate} + ${years.n} year − 1 day = ${lastDay} (start day counted); ${date} ${period === 'within-pilot-year' ? `≤ ${lastDay} → within the pilot year` : `> ${lastDay} → after the pilot year`}`,
    inputs: { date },
    parameters: { start_date: start.use, period_years: years.use },
    result: period,
  };
  const note: Note | null =
    period === 'after-pilot-year'
      ? {
          code: 'after-pilot-year',
          rule: years.use.citation,
          message: `期限为一年: the pilot year ran from ${startDate} to ${lastDay} (reading); the text does not say what applies after it. The permit rules are applied as still in force (open-ended rows).`,
        }
      : null;
  return { period, lastDay, step, note };
}
