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
  disclaimer: {
    zh: '本结果按公开的应急预案测算，仅供参考；预警以市重污染天气应急指挥部发布的为准。',
    en: 'An estimate from the published emergency plan, for information only; the warning the city’s heavy air-pollution emergency headquarters issues decides.',
  },
  presentation: {
    fields: {
      forecast: {
        label: { zh: '逐日空气质量预报', en: 'Daily air-quality forecast' },
        help: {
          zh: '从明天起按日期连续填写；第一天是未来1天，第二天是未来2天，更后的日子不影响结果',
          en: 'Consecutive days from tomorrow: the first is the coming day, the second the day after; later days do not change the result',
        },
      },
      'forecast.*.date': { label: { zh: '日期', en: 'Date' } },
      'forecast.*.aqi': {
        label: { zh: '城市空气质量指数（AQI）预报', en: 'Forecast city air-quality index (AQI)' },
        help: { zh: '整数', en: 'A whole number' },
      },
    },
    items: { forecast: { zh: '预报日', en: 'Forecast day' } },
    results: {
      labels: {
        level: { zh: '预警颜色', en: 'Warning colour' },
        levelNumber: { zh: '预警级别', en: 'Warning level' },
        responseLevel: { zh: '启动的应急响应级别', en: 'Emergency response started' },
        signedBy: { zh: '预警签发', en: 'Signing the warning' },
        'signedBy.role': { zh: '签发人', en: 'Who signs' },
        'signedBy.holder': { zh: '由谁担任', en: 'Post held by' },
        trigger: { zh: '预警条件', en: 'Warning condition' },
        'trigger.aqiMin': { zh: 'AQI 下限', en: 'AQI at least' },
        'trigger.aqiMinInclusive': { zh: '含下限', en: 'Limit included' },
        'trigger.forecastDays': { zh: '须连续达到的天数', en: 'Days that must reach it' },
        'trigger.daysUsed': { zh: '所用的预报 AQI', en: 'Forecast AQI used' },
        measures: { zh: '应急措施', en: 'Measures' },
        'measures.*.category': { zh: '类别', en: 'Kind' },
        'measures.*.topic': { zh: '事项', en: 'Topic' },
        'measures.*.text': { zh: '措施内容', en: 'Measure' },
        'measures.*.reductionRatio': { zh: '减排比例', en: 'Emission cut' },
        'measures.*.leadIn': { zh: '适用情形', en: 'Applies where (in Chinese)' },
        cumulative: { zh: '叠加较轻级别的措施', en: 'Milder levels’ measures added' },
      },
      options: {
        level: {
          none: { zh: '不发布预警', en: 'No warning' },
          blue: { zh: '蓝色预警', en: 'Blue' },
          yellow: { zh: '黄色预警', en: 'Yellow' },
          orange: { zh: '橙色预警', en: 'Orange' },
          red: { zh: '红色预警', en: 'Red' },
        },
        responseLevel: {
          IV: { zh: 'Ⅳ级', en: 'Level IV' },
          III: { zh: 'Ⅲ级', en: 'Level III' },
          II: { zh: 'Ⅱ级', en: 'Level II' },
          I: { zh: 'Ⅰ级', en: 'Level I' },
        },
        'signedBy.role': {
          'emergency-office-director': { zh: '市重污染天气应急办主任', en: 'Director of the city’s heavy air-pollution emergency office' },
          'commander-in-chief': { zh: '市指挥部总指挥', en: 'Commander-in-chief of the city headquarters' },
        },
        'measures.*.item': {
          h1: { zh: '健康防护措施第1项', en: 'Health advice 1' },
          h2: { zh: '健康防护措施第2项', en: 'Health advice 2' },
          h3: { zh: '健康防护措施第3项', en: 'Health advice 3' },
          h4: { zh: '健康防护措施第4项', en: 'Health advice 4' },
          h5: { zh: '健康防护措施第5项', en: 'Health advice 5' },
          h6: { zh: '健康防护措施第6项', en: 'Health advice 6' },
          a1: { zh: '倡导性减排措施第1项', en: 'Advised cut 1' },
          a2: { zh: '倡导性减排措施第2项', en: 'Advised cut 2' },
          a3: { zh: '倡导性减排措施第3项', en: 'Advised cut 3' },
          a4: { zh: '倡导性减排措施第4项', en: 'Advised cut 4' },
          a5: { zh: '倡导性减排措施第5项', en: 'Advised cut 5' },
          a6: { zh: '倡导性减排措施第6项', en: 'Advised cut 6' },
          a7: { zh: '倡导性减排措施第7项', en: 'Advised cut 7' },
          a8: { zh: '倡导性减排措施第8项', en: 'Advised cut 8' },
          a9: { zh: '倡导性减排措施第9项', en: 'Advised cut 9' },
          m1: { zh: '强制性减排措施第1项', en: 'Mandatory cut 1' },
          m2: { zh: '强制性减排措施第2项', en: 'Mandatory cut 2' },
          m2a: { zh: '强制性减排措施第2（一）项', en: 'Mandatory cut 2a' },
          m2b: { zh: '强制性减排措施第2（二）项', en: 'Mandatory cut 2b' },
          m3: { zh: '强制性减排措施第3项', en: 'Mandatory cut 3' },
          m4: { zh: '强制性减排措施第4项', en: 'Mandatory cut 4' },
          m5: { zh: '强制性减排措施第5项', en: 'Mandatory cut 5' },
          m5a: { zh: '强制性减排措施第5（一）项', en: 'Mandatory cut 5a' },
          m5b: { zh: '强制性减排措施第5（二）项', en: 'Mandatory cut 5b' },
        },
        'measures.*.category': {
          'health-advice': { zh: '健康防护措施', en: 'Health advice' },
          advised: { zh: '倡导性减排措施', en: 'Advised cut' },
          mandatory: { zh: '强制性减排措施', en: 'Mandatory cut' },
        },
        'measures.*.topic': {
          'sensitive-groups': { zh: '易感人群防护', en: 'Sensitive groups' },
          'schools-outdoor-sports': { zh: '学校减少户外运动', en: 'Less outdoor sport at schools' },
          'general-public': { zh: '一般人群减少户外活动', en: 'The general public outdoors' },
          'school-suspension': { zh: '学校停课', en: 'Schools suspend classes' },
          masks: { zh: '佩戴口罩', en: 'Masks' },
          'employers-flexible-hours': { zh: '弹性工作制', en: 'Flexible working hours' },
          'large-outdoor-events': { zh: '停止大型露天活动', en: 'Large open-air events stop' },
          'public-transport': { zh: '乘坐公共交通', en: 'Public transport' },
          'construction-dust': { zh: '施工扬尘', en: 'Construction dust' },
          'emitter-process-control': { zh: '排污单位控制污染工序', en: 'Emitters control polluting processes' },
          idling: { zh: '减少怠速', en: 'Less idling' },
          'energy-saving': { zh: '节约能源', en: 'Saving energy' },
          'transit-capacity': { zh: '加大公交运力', en: 'More public-transport capacity' },
          'road-sweeping': { zh: '道路清扫保洁', en: 'Road sweeping' },
          'voc-products': { zh: '减少含挥发性有机物产品', en: 'Fewer products with volatile organic compounds' },
          'weather-modification': { zh: '人工影响天气', en: 'Weather modification' },
          'enforcement-inspection': { zh: '加大执法检查', en: 'More inspections of polluters' },
          'earthwork-demolition': { zh: '土方开挖和建筑拆除', en: 'Earthworks and demolition' },
          'dusty-trucks': { zh: '易扬尘车辆停运', en: 'Dust-prone trucks stop' },
          'burning-fireworks-ban': { zh: '禁止露天烧烤、燃放烟花爆竹和焚烧', en: 'No barbecues, fireworks or burning outdoors' },
          'key-emitter-cut': { zh: '重点排污单位减排', en: 'Key emitters cut emissions' },
          'traffic-control': { zh: '交通管制', en: 'Traffic control' },
          'vehicle-restriction': { zh: '机动车限行', en: 'Driving restrictions' },
        },
      },
    },
  },
  readings: [
    {
      article: '3.2、7.1',
      text: {
        zh: '各级预警的AQI界限按“以上”“之间”含本数（7.1）：预报AQI正好等于下限的，算达到该级。',
        en: 'The AQI limits of each level include the figure itself, as 7.1 says of “以上” (and above) and “之间” (between): a forecast AQI exactly at a lower limit reaches that level.',
      },
    },
    {
      article: '3.2',
      text: {
        zh: '原文写的是“在……之间”，但本计算只把下限当作条件，不把上限当作封顶：污染更重的日子也算满足较轻级别的条件（例如第二天比第一天更严重，仍可构成黄色预警）。同时符合几个级别的，取最高的级别。',
        en: 'The text gives each band as “between” two figures, but only the lower limit is used as a condition, never the upper one as a ceiling: a worse day also meets a milder level (for example a second day worse than the first can still make a yellow warning). When several levels are met, the most severe one is given.',
      },
    },
    {
      article: '3.2',
      text: {
        zh: '“城市未来某天”从明天算起：预报的第一天（明天）就是原文所说的未来第一天，黄色预警要求从明天起规定天数内每天都达到重度污染；只看一天的级别只看明天，更后面的日子不影响结果。',
        en: '“The coming days” count from tomorrow: the first forecast day is the coming day; a yellow warning needs every day of the set number of days from tomorrow to reach heavy pollution; the one-day levels look at tomorrow only, and later days do not change the result.',
      },
    },
    {
      article: '4.3.2',
      text: {
        zh: '各级应急响应的措施按原文所列完整给出，不与较轻级别的措施叠加；原文允许各地另定更严格的措施，这些措施不在结果中。',
        en: 'The measures of each response level are given in full as the text lists them, not added to those of milder levels; the text lets each county set stricter measures of its own, which are not in the answer.',
      },
    },
    {
      article: '3.2',
      text: {
        zh: '原文未写明城市AQI是先平均各监测点位的浓度再计算，还是平均各点位的AQI：本计算直接使用你填写的城市AQI预报。',
        en: 'The text does not say whether the city AQI averages the sites’ concentrations or their AQIs: the city AQI forecast you enter is used as it is.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof airPollutionAlert>;
