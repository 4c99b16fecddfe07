import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { employeeMedicalTransferFee } from './employee-medical-transfer-fee';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '退休人员移交统账二费用', en: 'Employee medical insurance: transfer fee of a retiree to scheme B' },
  description: {
    zh: '按嘉政发〔2014〕87号第十六条计算退休人员一次性趸缴移交费用（按年趸缴至规定年龄，不足最低年限按最低年限）和中断补缴费用，过渡期按当年度比例计算；可按第十四条核对医保缴费年限。',
    en: 'One-off transfer fee of a retiree to scheme B under 嘉政发〔2014〕87号 第十六条 (a fee per year until the age limit, at least the minimum years) and arrears for an interrupted period, both reduced by the transition ratio of the year handled; optionally checks the contribution years of 第十四条.',
  },
  /**
   * The application date becomes the date; birth, retirement and the start of an interruption move by the same
   * interval (the same age and the same months of arrears at application).
   */
  sampleAt: onField('applicationDate'),
} satisfies CalculatorDocs<typeof employeeMedicalTransferFee>;
