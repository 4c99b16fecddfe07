import { code, defineTable, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于2014年度全市绿化工作考核结果的通报 (嘉政办发〔2014〕114号). A results list served as
 * lookups (no calculator). Only two grades are published; `assessment.scores` is empty (not published),
 * so no grade may be inferred for a unit that is not listed.
 */
export const greeningAssessment2014 = defineTable({
  id: 'greening-assessment-2014',
  parameters: {
    'document.issued_date': param('date'),
    'assessment.year': param('year'),
    'assessment.scores': param('text'), // not published
    'results.excellent_count': param('count'),
    'results.good_count': param('count'),
  },
  scales: {
    results: {
      label: { zh: '考核结果', en: 'Assessment results' },
      columns: {
        unit: code(),
        grade: value('enum', ['excellent', 'good']), // 优秀 / 良好
        order_in_list: value('count'),
        unit_zh: value('text'),
        unit_en: value('text'),
        unit_type: value('enum', ['county_government', 'development_zone', 'municipal_department', 'municipal_enterprise']),
      },
    },
  },
});
