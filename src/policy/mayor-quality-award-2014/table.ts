import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府关于表彰2014年度嘉兴市市长质量奖获奖单位的通报 (嘉政发〔2014〕79号). Lookups only, no calculator
 *: the circular names three winners and publishes no
 * criteria, no prize money and no procedure. `award.prize_money` is empty in the workbook: a lookup of it is a
 * 422 not-published, never 0. The winners list is complete (3 names, printed order).
 */
export const mayorQualityAward2014 = defineTable({
  id: 'mayor-quality-award-2014',
  parameters: {
    'document.issued_date': param('date'),
    'award.name': param('text'),
    'award.year': param('year'),
    'award.winner_count': param('count'), // counted from the names (3)
    'award.basis': param('text'), // 《嘉兴市市长质量奖评审管理办法》 (not in the gazette)
    'award.approval': param('text'),
    'award.purpose': param('text'),
    'award.prize_money': param('CNY'), // not published
  },
  scales: {
    winners: {
      label: { zh: '获奖单位', en: 'Winners' },
      columns: {
        award_year: dimension(['2014']),
        winner: code(),
        order_in_list: value('count'),
        name_zh: value('text'),
        name_en: value('text'),
      },
    },
  },
});
