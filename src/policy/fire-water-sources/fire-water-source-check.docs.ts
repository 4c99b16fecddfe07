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
  disclaimer: {
    zh: '本结果按公开文件逐条检查，仅供参考；是否符合规定以公安机关消防机构的监督检查为准。',
    en: 'A check against the published rules, for information only; the fire service of the public security authorities decides when it inspects.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '检查日期', en: 'Date of the check' },
        help: {
          zh: '按当日有效的规定检查，检查周期也算到这一天',
          en: 'The rules in force that day apply; inspection intervals are counted to that day',
        },
      },
      hydrantClearance: {
        label: { zh: '消火栓周围堆物和停车', en: 'Goods and vehicles near a hydrant' },
        help: {
          zh: '按第十二条，消火栓周围规定范围内不准堆物、不得停车',
          en: 'Article 12: no goods and no parking within the set distances of a hydrant',
        },
      },
      'hydrantClearance.nearestStackedGoodsM': {
        label: { zh: '最近堆放物品距消火栓（米）', en: 'Nearest stacked goods from the hydrant (m)' },
        help: {
          zh: '水平距离，最多两位小数；附近没有堆物的不填',
          en: 'Horizontal distance, up to 2 decimals; leave empty if there are none',
        },
      },
      'hydrantClearance.nearestParkedVehicleM': {
        label: { zh: '最近停放车辆距消火栓（米）', en: 'Nearest parked vehicle from the hydrant (m)' },
        help: {
          zh: '水平距离，最多两位小数；附近没有停车的不填',
          en: 'Horizontal distance, up to 2 decimals; leave empty if there are none',
        },
      },
      publicArea: {
        label: { zh: '公共区域的消防水池或取水设施', en: 'Fire-water pool or intake in a public area' },
        help: {
          zh: '按第七条，无市政消火栓、消防给水不足或消防车通道不畅通的公共区域，应建消防水池或取水设施',
          en: 'Article 7: a public area without a municipal hydrant, with too little water or a blocked fire lane needs a pool or intake',
        },
      },
      'publicArea.isPublicArea': {
        label: { zh: '是公共区域', en: 'It is a public area' },
        help: { zh: '由检查人判断', en: 'As the inspector judges' },
      },
      'publicArea.hasMunicipalHydrant': { label: { zh: '有市政消火栓', en: 'There is a municipal hydrant' } },
      'publicArea.fireWaterSufficient': { label: { zh: '消防给水充足', en: 'Fire water is sufficient' } },
      'publicArea.fireEngineAccessClear': { label: { zh: '消防车通道畅通', en: 'The fire-engine access is clear' } },
      'publicArea.hasFirePoolOrIntake': {
        label: { zh: '已建消防水池或天然水源取水设施', en: 'A fire-water pool or natural-source intake is built' },
      },
      'publicArea.hasFireLaneToIntake': {
        label: { zh: '有消防车到达取水口的车道', en: 'A fire lane reaches the intake' },
      },
      'publicArea.hasTurningArea': {
        label: { zh: '有消防车回车场或回车道', en: 'There is a turning area or loop for fire engines' },
      },
      supplyEvent: {
        label: { zh: '供水管网故障或大范围降压停水', en: 'A water-main fault, or a wide pressure drop or outage' },
        help: {
          zh: '按第十四条判断供水企业是否须通知消防机构；不填的项目不作判断',
          en: 'Article 14: whether the water utility must notify the fire service; an item left empty is not assessed',
        },
      },
      'supplyEvent.burstMainDnMm': {
        label: { zh: '爆管管径 DN（毫米）', en: 'Diameter of the burst main, DN (mm)' },
        help: { zh: '没有爆管填 0', en: 'Enter 0 if no main burst' },
      },
      'supplyEvent.noSupplyAreaKm2': {
        label: { zh: '不能正常供水的面积（平方公里）', en: 'Area without normal supply (km²)' },
      },
      'supplyEvent.lowPressureAreaKm2': {
        label: { zh: '水压下降的面积（平方公里）', en: 'Area with low pressure (km²)' },
      },
      'supplyEvent.minPressureMpa': {
        label: { zh: '降压区域的最低水压（兆帕）', en: 'Lowest pressure in that area (MPa)' },
      },
      'supplyEvent.communitiesAffected': {
        label: { zh: '受影响的小区数', en: 'Residential compounds affected' },
        help: { zh: '不能正常供水或水压不足的小区', en: 'Compounds without normal supply or with too little pressure' },
      },
      'supplyEvent.householdsAffected': {
        label: { zh: '受影响的居民户数', en: 'Households affected' },
        help: { zh: '不能正常供水或水压不足的户数', en: 'Households without normal supply or with too little pressure' },
      },
      'supplyEvent.inTownship': {
        label: { zh: '受影响的居民在乡镇', en: 'The households are in a town or township' },
        help: {
          zh: '乡镇的户数标准较低；不清楚的选“不确定”',
          en: 'Towns and townships have a lower household threshold; choose “Not known” if unsure',
        },
      },
      'supplyEvent.expectedOutageHours': {
        label: { zh: '预计连续停水时长（小时）', en: 'Expected continuous outage (hours)' },
      },
      'supplyEvent.notRestorableInPeak': {
        label: { zh: '高峰时段不能恢复正常供水', en: 'Supply cannot be restored in peak hours' },
      },
      'supplyEvent.otherFireRisk': {
        label: { zh: '有其他可能影响灭火救援、导致灾情扩大的情况', en: 'Something else may hinder fire-fighting and worsen a disaster' },
        help: { zh: '由检查人判断', en: 'As the inspector judges' },
      },
      maintenance: {
        label: { zh: '消火栓保养维修', en: 'Hydrant upkeep' },
        help: { zh: '按第十三条，对一个消火栓逐项检查', en: 'Article 13: one hydrant, item by item' },
      },
      'maintenance.intact': { label: { zh: '整体完好，部件无缺损', en: 'Whole, no parts missing or damaged' } },
      'maintenance.noPeelingOrRust': { label: { zh: '无油漆剥落和生锈', en: 'No peeling paint or rust' } },
      'maintenance.valvesCapsOperable': {
        label: { zh: '开关、闷盖开启灵活，无锈死、漏水', en: 'Valve and caps open easily, not rusted shut or leaking' },
      },
      'maintenance.normalOutput': { label: { zh: '出水正常', en: 'Water flows normally' } },
      inspections: {
        label: { zh: '消防机构的定期检查', en: 'Regular checks by the fire service' },
        help: {
          zh: '按第十八条的检查周期，看下次检查是否已经逾期；至少填一项',
          en: 'Article 18: whether the next check is overdue under its interval; fill in at least one',
        },
      },
      'inspections.lastMunicipalHydrantInspection': {
        label: { zh: '上次检查市政消火栓的日期', en: 'Last check of the municipal hydrants' },
      },
      'inspections.lastNaturalSourceTest': {
        label: { zh: '上次检测天然水源的日期', en: 'Last test of the natural water sources' },
      },
      design: {
        label: { zh: '消火栓间距、流量和压力', en: 'Hydrant spacing, flow and pressure' },
        help: {
          zh: '本办法未规定这些数值（按国家规范执行），填写后只报告“原文未公布”，不作判断',
          en: 'These measures set no figures for them (national codes do): what you enter is reported as not published, never judged',
        },
      },
      'design.hydrantSpacingM': { label: { zh: '实测消火栓间距（米）', en: 'Measured hydrant spacing (m)' } },
      'design.hydrantFlowLps': { label: { zh: '实测消火栓流量（升/秒）', en: 'Measured hydrant flow (L/s)' } },
      'design.hydrantPressureMpa': { label: { zh: '实测消火栓压力（兆帕）', en: 'Measured hydrant pressure (MPa)' } },
    },
    results: {
      labels: {
        date: { zh: '检查日期', en: 'Date of the check' },
        overall: { zh: '是否全部符合', en: 'All rules met' },
        rules: { zh: '逐条检查', en: 'Rule by rule' },
        'rules.*.actual': { zh: '实际情况', en: 'As found' },
        'rules.*.threshold': { zh: '规定限值', en: 'Limit set' },
        'rules.*.bound': { zh: '判断方式', en: 'How it is judged' },
        'rules.*.applies': { zh: '是否适用', en: 'Applies' },
        'rules.*.because': { zh: '适用的原因', en: 'Why it applies' },
        'rules.*.missing': { zh: '缺少的设施', en: 'Still missing' },
        'rules.*.failed': { zh: '未达到的要求', en: 'Requirements not met' },
        'rules.*.dueBy': { zh: '下次检查期限', en: 'Next check due by' },
        notification: { zh: '供水企业通知消防机构', en: 'Notice from the water utility to the fire service' },
        'notification.required': { zh: '是否须通知', en: 'Notice required' },
        'notification.how': { zh: '如须通知，通知时间', en: 'If notice is required, when' },
        'notification.triggers': { zh: '各项情形', en: 'Situations' },
        'notification.triggers.*.fired': { zh: '是否出现', en: 'Reached' },
        'notification.triggers.*.actual': { zh: '实际情况', en: 'As reported' },
        'notification.triggers.*.threshold': { zh: '规定标准', en: 'Threshold' },
        'notification.triggers.*.bound': { zh: '判断方式', en: 'How it is judged' },
        areaKm2: { zh: '面积（平方公里）', en: 'Area (km²)' },
        minPressureMpa: { zh: '最低水压（兆帕）', en: 'Lowest pressure (MPa)' },
        pressureMpa: { zh: '水压（兆帕）', en: 'Pressure (MPa)' },
        communities: { zh: '小区数', en: 'Compounds' },
        households: { zh: '户数', en: 'Households' },
        householdsTownship: { zh: '乡镇户数', en: 'Households in a town or township' },
        inTownship: { zh: '在乡镇', en: 'In a town or township' },
        expectedOutageHours: { zh: '预计停水时长（小时）', en: 'Expected outage (hours)' },
        notRestorableInPeak: { zh: '高峰时段不能恢复', en: 'Not restorable in peak hours' },
      },
      options: {
        'rules.*.id': {
          no_stacking_within_radius: { zh: '消火栓周围禁止堆物', en: 'No goods near a hydrant' },
          no_parking_within_radius: { zh: '消火栓周围禁止停车', en: 'No parking near a hydrant' },
          pool_or_intake_in_public_area: { zh: '公共区域的消防水池或取水设施', en: 'Pool or intake in a public area' },
          hydrant_maintenance: { zh: '消火栓保养维修', en: 'Hydrant upkeep' },
          municipal_hydrant_inspection: { zh: '市政消火栓定期检查', en: 'Regular check of the municipal hydrants' },
          natural_source_test: { zh: '天然水源定期检测', en: 'Regular test of the natural water sources' },
          hydrant_spacing: { zh: '消火栓间距', en: 'Hydrant spacing' },
          hydrant_flow: { zh: '消火栓流量', en: 'Hydrant flow' },
          hydrant_pressure: { zh: '消火栓压力', en: 'Hydrant pressure' },
        },
        'rules.*.bound': {
          'distance <= threshold is prohibited': {
            zh: '在规定距离以内（含规定距离）即不符合',
            en: 'Too close when within the limit, the limit included',
          },
          'actual <= threshold': { zh: '实测值不超过规定值即符合', en: 'Met when the measured value is at most the limit' },
          'actual >= threshold': { zh: '实测值不低于规定值即符合', en: 'Met when the measured value is at least the limit' },
        },
        'notification.how': {
          '事先或及时 (in advance or promptly; no time limit)': { zh: '事先或及时', en: 'In advance or promptly (no time limit)' },
        },
        'notification.triggers.*.bound': {
          'DN >= threshold (mm, 以上)': { zh: '管径达到标准（以上，含本数）', en: 'A diameter at or above the threshold (以上)' },
          'area >= threshold (km²)': { zh: '面积达到标准（含本数）', en: 'An area at or above the threshold' },
          'area >= threshold (km²) and pressure <= threshold (MPa, 以下)': {
            zh: '面积达到标准，且水压不高于标准（以下）',
            en: 'An area at or above its threshold, with pressure at or below its threshold (以下)',
          },
          'communities >= threshold (含) or households >= threshold (inclusive reading)': {
            zh: '小区数达到标准（含），或户数达到标准',
            en: 'Compounds at or above the threshold (含), or households at or above theirs',
          },
          'hours > threshold (超, strict) or not restorable in peak hours': {
            zh: '停水超过标准时长（不含本数），或高峰时段不能恢复',
            en: 'An outage longer than the threshold (超), or supply not restored in peak hours',
          },
          "caller's judgement": { zh: '由检查人判断', en: 'As the inspector judges' },
        },
        'notAssessed.*.item': {
          hydrant_spacing: { zh: '消火栓间距', en: 'Hydrant spacing' },
          hydrant_flow: { zh: '消火栓流量', en: 'Hydrant flow' },
          hydrant_pressure: { zh: '消火栓压力', en: 'Hydrant pressure' },
          pipe_burst: { zh: '供水管网爆管', en: 'Burst water main' },
          outage_area: { zh: '大面积不能正常供水', en: 'Wide area without supply' },
          low_pressure_area: { zh: '大面积水压下降', en: 'Wide area with low pressure' },
          communities_or_households: { zh: '多个小区或大量居民受影响', en: 'Many compounds or households affected' },
          long_outage: { zh: '长时间停水', en: 'Long outage' },
          other_risk: { zh: '其他影响灭火救援的情况', en: 'Other risk to fire-fighting' },
        },
        'rules.*.because': {
          no_municipal_hydrant: { zh: '无市政消火栓', en: 'No municipal hydrant' },
          insufficient_fire_water: { zh: '消防给水不足', en: 'Too little fire water' },
          fire_access_blocked: { zh: '消防车通道不畅通', en: 'Fire-engine access blocked' },
        },
        'rules.*.missing': {
          pool_or_intake: { zh: '消防水池或天然水源取水设施', en: 'Pool or natural-source intake' },
          fire_lane: { zh: '到达取水口的消防车道', en: 'Fire lane to the intake' },
          turning_area: { zh: '回车场或回车道', en: 'Turning area or loop' },
        },
        'rules.*.failed': {
          intact: { zh: '整体完好，部件无缺损', en: 'Whole, no parts missing' },
          no_peeling_or_rust: { zh: '无油漆剥落和生锈', en: 'No peeling paint or rust' },
          valves_caps_operable: { zh: '开关、闷盖开启灵活', en: 'Valve and caps open easily' },
          normal_output: { zh: '出水正常', en: 'Water flows normally' },
        },
        'notification.triggers.*.id': {
          pipe_burst: { zh: '大口径供水管网爆管', en: 'A large water main bursts' },
          outage_area: { zh: '大面积不能正常供水', en: 'A wide area without normal supply' },
          low_pressure_area: { zh: '大面积水压降低', en: 'A wide area with low pressure' },
          communities_or_households: { zh: '多个小区或大量居民受影响', en: 'Many compounds or households affected' },
          long_outage: { zh: '长时间停水或高峰时段不能恢复', en: 'A long outage, or not restored in peak hours' },
          other_risk: { zh: '其他影响灭火救援的情况', en: 'Other risk to fire-fighting' },
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '第十二条',
      text: {
        zh: '“消火栓规定米数范围内不准堆物、不得停车”：“范围内”包括边界，物品或车辆与消火栓的距离正好等于规定距离的，也算在范围内，即不符合；距离按填写的数值精确比较，不作舍入。',
        en: '“No goods, no parking within the set distance of a hydrant”: “within” includes the boundary, so goods or a vehicle exactly at the set distance are too close; distances are compared exactly as entered, never rounded.',
      },
    },
    {
      article: '第十四条',
      text: {
        zh: '原文列出的几种情况，出现其中任何一种，供水企业即须事先或及时通知消防机构（原文未规定具体时限）；所有情况都已判断且都未出现的，才不须通知；有的情况未填写、其余又都未出现的，是否须通知无法判断，不当作“不须通知”。',
        en: 'Any one of the listed situations is enough: the water utility must then notify the fire service in advance or promptly (the text sets no time limit). Notice is not required only when every situation was assessed and none arose; if one was left empty and none of the others arose, the answer is “cannot be determined”, never “not required”.',
      },
    },
    {
      article: '第十四条（一）',
      text: {
        zh: '“规定管径以上供水管网爆管”：“以上”含本数，爆管管径正好等于规定管径的也须通知。',
        en: '“A burst main of the set diameter or above”: the set diameter itself counts, so a burst main of exactly that size must be notified.',
      },
    },
    {
      article: '第十四条（二）',
      text: {
        zh: '“规定面积范围内不能正常供水”理解为受影响面积达到规定面积（含本数）；“规定面积范围内水压降至规定值以下”理解为受影响面积达到规定面积，且最低水压不高于规定值（“以下”含本数）。',
        en: '“No normal supply within an area of the set size” is read as an affected area at least that size; “pressure falling to the set value or below within an area of the set size” as an affected area at least that size with its lowest pressure at or below the set value (“below” includes the value).',
      },
    },
    {
      article: '第十四条（三）',
      text: {
        zh: '小区数按原文“（含）”计算，达到规定小区数即须通知；原文对居民户数没有写“以上”或“超过”，本计算同样按含本数理解，达到规定户数即须通知。乡镇适用较低的户数标准；未说明是否在乡镇、而两个户数标准得出的结果不同时，此项无法判断。',
        en: 'Residential compounds count as the text says (“included”): reaching the set number is enough. For households the text says neither “or more” nor “over”; they are read the same way, reaching the set number being enough. Towns and townships have a lower household threshold; when it is not said whether the households are in one and the two thresholds give different answers, this situation cannot be determined.',
      },
    },
    {
      article: '第十四条（四）',
      text: {
        zh: '“预计连续超规定小时”：“超”不含本数，预计停水正好等于规定小时数的不算，须超过才算；高峰时段不能恢复正常供水的，不论时长都算。',
        en: '“Expected to last over the set hours”: “over” excludes the bound, so an outage of exactly that many hours does not count, only a longer one; supply that cannot be restored in peak hours counts whatever the length.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '“每半年”“每年”检查、检测：下次检查的期限为上次检查之日起满规定月数的同一日（该月没有这一日的，为该月最后一日）；在期限当日（含当日）完成检查的仍属按期，检查日晚于期限的为逾期。',
        en: '“Every half year” and “every year”: the next check is due on the same day of the month the set number of months after the last one (the month’s last day when it has no such day); a check on the due day itself is in time, a later one is overdue.',
      },
    },
    {
      article: '第八条、第九条',
      text: {
        zh: '本办法没有规定消火栓的间距、流量和压力，只要求符合国家有关技术规范、标准。填写的实测值只报告“原文未公布”，不作判断，也不借用国家规范的数值；其余各条仍照常检查。',
        en: 'These measures set no hydrant spacing, flow or pressure; they only require the national technical codes and standards. A measured value you enter is reported as not published and never judged, nor compared with a figure borrowed from a national code; the other rules are still checked.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof fireWaterSourceCheck>;
