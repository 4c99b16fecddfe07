import type { CalculatorDocs } from '../../engine/calculator';
import { fromFirst } from '../../engine/sample-dates';
import type { airPollutionAlert } from './air-pollution-alert';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '大气重污染预警等级', en: 'Heavy air-pollution warning level' },
  description: {
    zh: '按嘉政办发〔2014〕99号，根据未来各日城市AQI预测确定预警等级（蓝、黄、橙、红）、签发人、启动的应急响应级别及该级别的全部措施，并给出逐条依据。',
    en: 'From a daily city AQI forecast, the warning level of 嘉政办发〔2014〕99号 (blue, yellow, orange, red), who signs it, the response level it starts and every measure of that level, with a cited trace.',
  },
  /** The first forecast day becomes the date; the later days follow it. */
  sampleAt: fromFirst('forecast', 'date'),
} satisfies CalculatorDocs<typeof airPollutionAlert>;
