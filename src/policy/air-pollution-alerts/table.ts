import { code, defineTable, dimension, param, range, value } from '../../tables/kit';
import { RESPONSE_LEVELS, MEASURE_CATEGORIES, SIGNERS } from './codes';

/**
 * 嘉兴市大气重污染应急预案（试行） (嘉政办发〔2014〕99号). The calculator air-pollution-alert reads the sheets
 * alert_levels, measures and command_roles; the parameters below are declared so the build checks their units.
 */
export const airPollutionAlerts = defineTable({
  id: 'air-pollution-alerts',
  parameters: {
    'heavy_pollution.aqi_min': param('AQI'), // 1.3
    'boundary.yishang_inclusive': param('boolean'), // 7.1 「以上」 includes the bound
    'boundary.zhijian_inclusive': param('boolean'), // 7.1 「之间」 includes the bounds
    'forecast.interval': param('days'), // 3.1
    'warning.level_count': param('count'), // 3.2
    'warning.content_horizon_min': param('days'), // 3.3.2（1）
    'warning.content_horizon_max': param('days'),
    'warning.validity_period': param('days'), // 3.4, not published
    'response.start_deadline_max': param('hours'), // 4.2
    'review.report_deadline_max': param('hours'), // 5
    'experts.per_department_min': param('persons'), // 2.3
    'experts.per_department_max': param('persons'),
    'advice.aircon_summer_raise_min': param('degC'), // 4.3.2.3（2）①；4.3.2.4（2）①
    'advice.aircon_summer_raise_max': param('degC'),
    'advice.aircon_winter_lower_min': param('degC'),
    'advice.aircon_winter_lower_max': param('degC'),
  },
  scales: {
    alert_levels: {
      label: { zh: '预警分级（城市AQI预测）', en: 'Warning levels by forecast city AQI' },
      columns: {
        level: dimension(['blue', 'yellow', 'orange', 'red']),
        level_number: value('count'),
        name_zh: value('text'),
        name_en: value('text'),
        category_zh: value('text'),
        category_en: value('text'),
        aqi: range('AQI'),
        forecast_days: value('days'),
        signed_by: value('enum', SIGNERS),
        signed_by_zh: value('text'),
        signed_by_en: value('text'),
        response_level: value('enum', RESPONSE_LEVELS),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    measures: {
      label: { zh: '各级应急响应措施', en: 'Measures per response level' },
      columns: {
        response_level: dimension(RESPONSE_LEVELS),
        item: code(),
        category: value('enum', MEASURE_CATEGORIES),
        topic: value('enum'),
        text_zh: value('text'),
        text_en: value('text'),
        reduction_ratio: value('ratio'),
        lead_in_zh: value('text'),
        lead_in_en: value('text'),
      },
    },
    warning_channels: {
      label: { zh: '市级预警发布方式', en: 'City warning channels' },
      columns: {
        channel: code(),
        responsible_zh: value('text'),
        responsible_en: value('text'),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    content_items: {
      label: { zh: '预警信息与信息公开内容', en: 'Items of warning messages and public disclosure' },
      columns: {
        list: dimension(['warning-content', 'public-disclosure']),
        item: code(),
        name_zh: value('text'),
        name_en: value('text'),
      },
    },
    command_roles: {
      label: { zh: '应急组织机构与职责', en: 'Emergency organisation and duties' },
      columns: {
        role: code(),
        body_zh: value('text'),
        body_en: value('text'),
        holder_zh: value('text'),
        holder_en: value('text'),
        duty_zh: value('text'),
        duty_en: value('text'),
      },
    },
  },
});
