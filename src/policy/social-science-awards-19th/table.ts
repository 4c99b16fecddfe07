import { defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府关于公布嘉兴市第十九届社会科学优秀成果的通知 (嘉政发〔2014〕81号). Lookups only, no calculator
 *: 45 awarded works (12 books + 33 papers). The winners
 * list is printed 「（略）」: `awards.winner_list` is empty, so "did work X win?" is a 422 not-published, never "no";
 * the counts per prize level are empty cells of `award_counts` (422 on that row).
 */
export const socialScienceAwards19th = defineTable({
  id: 'social-science-awards-19th',
  parameters: {
    'document.issued_date': param('date'),
    'awards.edition': param('count'), // 第十九届
    'awards.reviewing_body': param('text'),
    'awards.prize_levels': param('text'),
    'awards.winner_list': param('text'), // not published (略)
    'awards.prize_money': param('CNY'), // not published
  },
  scales: {
    award_counts: {
      label: { zh: '获奖数量', en: 'Number of awards' },
      columns: {
        category: dimension(['all', 'books', 'papers']),
        prize_level: dimension(['all', 'first', 'second', 'third']),
        count: value('count'),
      },
    },
  },
});
