import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { solarPvObligation } from './solar-pv-obligation';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '新建项目光伏建设义务', en: 'Solar PV: must a new project build it?' },
  description: {
    zh: '按嘉政发〔2014〕84号一（一），判断新建企业（项目）、工业厂房或民用建筑是否应建设屋顶光伏发电系统（年综合能耗、屋顶总面积、单个屋顶有效面积），逐条注明依据，并列出随之而来的义务。',
    en: 'Decides under 嘉政发〔2014〕84号 一（一） whether a new enterprise, project, industrial plant or civil building must build a rooftop PV system (annual energy use, total roof area, single roof area; strict vs inclusive bounds as the text says), with each criterion cited and the duties that follow.',
  },
  /** The date of the obligation check becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof solarPvObligation>;
