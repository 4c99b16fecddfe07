import { defineTable, dimension, param, value } from '../../tables/kit';
import { FUNDING_BASES, PROJECT_CATEGORIES, ANYTIME_CONDITIONS, REVIEW_OUTCOMES } from './codes';

/**
 * 嘉兴市电子政务项目预审暂行办法 (嘉政办发〔2014〕111号). Read by ./egov-project-review.ts. The measures
 * publish no amount of their own: the 立项标准 of 第十二条（一） belongs to the government-investment rules and
 * its row is empty (not published).
 */
export const egovProjectPrereview = defineTable({
  id: 'egov-project-prereview',
  parameters: {
    'document.effective_date': param('date'), // not published: no in-force article
    'scope.level': param('text'), // 第六条；第十八条
    'filing.annual_deadline': param('text'), // 第九条: --MM-DD of the year before the build year
    'review.time_limit': param('working-days'), // 第十三条: 一般应在15个工作日内
    'review.office': param('text'), // 第七条
    'approval.project_approval_threshold': param('CNY'), // 第十二条（一）: not published
    'filing.classified_projects': param('text'), // 第十一条
  },
  scales: {
    funding_scope: {
      label: { zh: '适用的资金和建设方式', en: 'Funding and sponsorship that bring a project into scope' },
      columns: { basis: dimension(FUNDING_BASES), basis_zh: value('text'), basis_en: value('text') },
    },
    project_categories: {
      label: { zh: '电子政务项目类别', en: 'E-government project categories' },
      columns: {
        category: dimension(PROJECT_CATEGORIES),
        category_zh: value('text'),
        category_en: value('text'),
        examples_zh: value('text'),
        examples_en: value('text'),
      },
    },
    anytime_filing_conditions: {
      label: { zh: '可随时受理预审的条件', en: 'Conditions for a pre-review filing accepted at any time' },
      columns: { condition: dimension(ANYTIME_CONDITIONS), condition_zh: value('text'), condition_en: value('text') },
    },
    review_outcomes: {
      label: { zh: '预审结果及其后果', en: 'Pre-review outcomes and their consequences' },
      columns: {
        outcome: dimension(REVIEW_OUTCOMES),
        outcome_zh: value('text'),
        outcome_en: value('text'),
        consequence_zh: value('text'),
        consequence_en: value('text'),
      },
    },
  },
});
