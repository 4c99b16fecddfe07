import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于调整市级议事协调和临时机构及其主要负责人的通知 (嘉政办发〔2014〕105号). A list, served as
 * lookups (no calculator): one row per printed item of sheet `bodies`, in the order and wording of the gazette.
 */
export const municipalCoordinationBodies = defineTable({
  id: 'municipal-coordination-bodies',
  parameters: {
    'document.issued_date': param('date'),
    'bodies.retained_count': param('count'), // counted from the list; no total printed
    'bodies.adjusted_count': param('count'),
    'bodies.abolished_count': param('count'),
    'bodies.new_count': param('count'),
    'bodies.total_after_adjustment': param('count'),
  },
  scales: {
    bodies: {
      label: { zh: '机构名单', en: 'Bodies and their heads' },
      columns: {
        section: dimension(['retained', 'adjusted', 'abolished', 'new']), // 一 保留, 二 调整, 三 撤销, 四 新设
        leader_group: code(),
        item_no: code(),
        name_as_printed: value('text'),
        name: value('text'),
        change_note: value('text'),
        head_role: value('text'),
        head_role_en: value('text'),
        head: value('text'),
        deputies: value('text'),
      },
    },
    principal_leaders: {
      label: { zh: '主要负责人分组', en: 'Principal-leader groups' },
      columns: { leader_group: code(), name_zh: value('text'), name_en: value('text'), title_zh: value('text'), title_en: value('text') },
    },
  },
});
