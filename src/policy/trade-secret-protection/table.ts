import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于进一步加强商业秘密保护工作的意见 (嘉政办发〔2014〕102号). No calculator reads this table:
 * its figures are city-wide programme targets served as lookups. The keys declared are the dated ones, so
 * the build checks their units; every scale sheet of the workbook is declared.
 */
export const tradeSecretProtection = defineTable({
  id: 'trade-secret-protection',
  parameters: {
    'document.issued_date': param('date'),
    'targets.deadline_2017': param('date'), // 二: 到2017年底
  },
  scales: {
    yearly_targets: {
      label: { zh: '年度目标（年底累计）', en: 'Year-end targets (cumulative)' },
      columns: {
        year: dimension(['2015', '2016', '2017']),
        deadline: value('date'),
        contact_point_enterprises_min: value('count'),
        demonstration_sites_min: value('count'),
      },
    },
    enforcement_priorities: {
      label: { zh: '查处重点（商业秘密类型）', en: 'Enforcement priorities (types of trade secret)' },
      columns: { item: code(), secret_type_zh: value('text'), secret_type_en: value('text') },
    },
    agency_roles: {
      label: { zh: '部门职责分工', en: 'Division of work between departments' },
      columns: {
        department: code(),
        department_zh: value('text'),
        department_en: value('text'),
        role_zh: value('text'),
        role_en: value('text'),
      },
    },
    coordination_mechanisms: {
      label: { zh: '部门协作工作机制', en: 'Inter-department coordination mechanisms' },
      columns: { mechanism: code(), mechanism_zh: value('text'), mechanism_en: value('text') },
    },
  },
});
