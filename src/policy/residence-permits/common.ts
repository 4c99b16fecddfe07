import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { addDays, addYears } from '../../engine/dates';
import type { Params } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { residencePermits as RP } from './table';

/**
 * Shared by the residence-permit calculators (嘉政办发〔2014〕98号): the pilot year of 二（二） and a note type.
 *
 * 二（二）: 「自2014年10月31日起，全市范围内暂时停止施行《浙江省流动人口居住登记条例》第十五条、第十七条，期限为一年。」
 * Reading (workbook note of pilot.period_years): the year counts the start day, so it ends on start + period_years
 * − 1 day (2015-10-30); the alternative end 2015-10-31 is the only day on which the two readings differ, and it is
 * reported as after the pilot year. The rows stay open-ended, so the calculators still decide after the year, with a
 * note: the text does not say what applies then.
 */

export type RPParams = Params<typeof RP>;

export const PILOT_PERIODS = ['within-pilot-year', 'after-pilot-year'] as const;
export type PilotPeriod = (typeof PILOT_PERIODS)[number];

export const noteSchema = z
  .object({
    code: z.string().openapi(DOCUMENTED && { example: 'after-pilot-year' }),
    rule: z.string().openapi(DOCUMENTED && { example: '嘉政办发〔2014〕98号 二（二）' }),
    message: z.string(),
  })
  .openapi('ResidencePermitNote');
export type Note = z.infer<typeof noteSchema>;

/** 2015-10-30 → 2015 年 10 月 30 日 */
export const zhDate = (iso: string) => `${iso.slice(0, 4)} 年 ${Number(iso.slice(5, 7))} 月 ${Number(iso.slice(8, 10))} 日`;

/** 二（二）: whether `date` falls in the pilot year (the reading above), as one step of the answer's trace. */
export function pilotPeriodOn(p: RPParams, trace: Trace, date: string): { period: PilotPeriod; lastDay: string; note: Note | null } {
  return trace.step({ zh: '试点期限', en: 'pilot period' }, (s) => {
    const start = p.get('pilot.start_date');
    const years = p.number('pilot.period_years');
    const startDate = String(start.value);
    const lastDay = addDays(addYears(startDate, years.n), -1);
    const period: PilotPeriod = date >= startDate && date <= lastDay ? 'within-pilot-year' : 'after-pilot-year';
    const within = period === 'within-pilot-year';
    s.rule(years.use.citation).inputs({ date });
    s.formula({
      zh: `试点自 ${zhDate(startDate)}起，期限为 ${years.n} 年（起始日计入）：${zhDate(startDate)} + ${years.n} 年 − 1 天 = ${zhDate(lastDay)}；${zhDate(date)}${within ? `不晚于 ${zhDate(lastDay)}，在试点期内` : `晚于 ${zhDate(lastDay)}，已过试点期（原文没有说明试点期后适用什么，仍按本规定判断）`}`,
      en: `${startDate} + ${years.n} year − 1 day = ${lastDay} (start day counted); ${date} ${within ? `≤ ${lastDay} → within the pilot year` : `> ${lastDay} → after the pilot year`}`,
    });
    const note: Note | null = within
      ? null
      : {
          code: 'after-pilot-year',
          rule: years.use.citation,
          message: `期限为一年: the pilot year ran from ${startDate} to ${lastDay} (reading); the text does not say what applies after it. The permit rules are applied as still in force (open-ended rows).`,
        };
    return s.result(period, { period, lastDay, note });
  });
}
