import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { fireWaterSourceCheck } from './fire-water-source-check';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '消防水源管理检查', en: 'Fire-water source check' },
  description: {
    zh: '按嘉政办发〔2014〕110号（嘉兴市消防水源管理办法），逐条检查消火栓周围堆物停车、公共区域消防水池、消火栓保养、检查测试周期，以及供水企业须通知消防机构的情形。原文未公布的消火栓间距、流量和压力只报告“未公布”，不作判断。',
    en: 'Checks an area against each rule 嘉政办发〔2014〕110号 (Jiaxing fire-water source measures) states: clearance around hydrants, pools in public areas, hydrant maintenance, inspection intervals, and when the water utility must notify the fire service. Hydrant spacing, flow and pressure are not published and are reported as such, never judged.',
  },
  /** The inspection date becomes the date; the last inspections and tests keep their distance to it (the same overdue days). */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof fireWaterSourceCheck>;
