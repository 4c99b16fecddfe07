import { code, defineTable, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于公布嘉兴市第一批“三名”培育试点企业名单的通知 (嘉政办发〔2014〕108号). Lookups only. The
 * enterprise list itself is an annex printed 「（略）」: `pilot.enterprise_list` is empty (not published), so a
 * membership question about any enterprise but the one named in the text has no answer from this table.
 */
export const threeNamesPilotEnterprises = defineTable({
  id: 'three-names-pilot-enterprises',
  parameters: {
    'document.issued_date': param('date'),
    'pilot.batch': param('count'),
    'pilot.enterprise_count': param('count'),
    'pilot.first_named_enterprise': param('text'),
    'pilot.enterprise_list': param('text'), // not published (附件 略)
  },
  scales: {
    cultivation_plan_dimensions: {
      label: { zh: '培育方案须明确的创新方面', en: 'Innovation areas each cultivation plan must cover' },
      columns: { area: code(), area_zh: value('text'), area_en: value('text') },
    },
  },
});
