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
  examples: {
    area: {
      summary:
        'Goods 6 m and a car 15 m from a hydrant; a public area without hydrants; a DN300 burst leaving 0.8 km² without supply, every notification item assessed; inspections; measured spacing and flow',
      value: {
        date: '2015-06-01',
        hydrantClearance: { nearestStackedGoodsM: 6, nearestParkedVehicleM: 15 },
        publicArea: {
          isPublicArea: true,
          hasMunicipalHydrant: false,
          fireWaterSufficient: true,
          fireEngineAccessClear: true,
          hasFirePoolOrIntake: true,
          hasFireLaneToIntake: true,
          hasTurningArea: true,
        },
        supplyEvent: {
          burstMainDnMm: 300,
          noSupplyAreaKm2: 0.8,
          lowPressureAreaKm2: 0,
          communitiesAffected: 1,
          householdsAffected: 800,
          inTownship: false,
          expectedOutageHours: 4,
          notRestorableInPeak: false,
          otherFireRisk: false,
        },
        maintenance: { intact: true, noPeelingOrRust: true, valvesCapsOperable: true, normalOutput: true },
        inspections: { lastMunicipalHydrantInspection: '2015-03-31', lastNaturalSourceTest: '2015-02-01' },
        design: { hydrantSpacingM: 120, hydrantFlowLps: 15 },
      },
    },
  },
  /** The inspection date becomes the date; the last inspections and tests keep their distance to it (the same overdue days). */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof fireWaterSourceCheck>;
