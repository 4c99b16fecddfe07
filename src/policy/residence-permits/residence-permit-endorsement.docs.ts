import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { residencePermitEndorsement } from './residence-permit-endorsement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居住证年度签注', en: 'Residence permits: yearly endorsement' },
  description: {
    zh: '按嘉政办发〔2014〕98号三（二），由签发日期和签注日期计算每年的签注期（自签发之日起每满一年的最后一个月）、逾期可补办签注的期限，以及证件在指定日期的状态（正常、使用功能中止，或逾期未补办签注等注销情形）。',
    en: 'The yearly endorsement of a residence permit under 嘉政办发〔2014〕98号 三（二）: the endorsement window (the last month of each year from issue), the period in which a late endorsement is still possible, and the permit’s state on a given date (in use, suspended, or a ground for cancellation such as an endorsement overdue too long).',
  },
  /** The day the endorsement is checked on becomes the date; the permit's issue and its endorsements keep their distance to it. */
  sampleAt: onField('asOfDate'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；签注和注销以公安机关等有关部门的办理和认定为准。',
    en: 'An estimate from the published rules, for information only; the police (公安机关) and the other departments concerned decide on endorsements and cancellations.',
  },
  presentation: {
    fields: {
      issueDate: {
        label: { zh: '居住证签发日期', en: 'Date the permit was issued' },
        help: {
          zh: '签注期自签发之日起每满一年计算；居住证制度改革试点开始前签发的证件不适用本计算',
          en: 'The endorsement years count from this day; permits issued before the pilot began are outside this calculation',
        },
      },
      asOfDate: {
        label: { zh: '查询日期', en: 'Status on' },
        help: {
          zh: '想知道证件在哪一天的状态，不能早于签发日期',
          en: 'The day you want the permit’s state for; not before the issue date',
        },
      },
      endorsementDates: {
        label: { zh: '已办理签注的日期', en: 'Dates the permit was endorsed' },
        help: {
          zh: '在签发日期和查询日期之间办理签注的每一天；从未签注的不填',
          en: 'Each day the permit was endorsed, between the issue date and the status date; leave empty if never',
        },
      },
      'endorsementDates.*': {
        label: { zh: '签注日期', en: 'Endorsed on' },
      },
      cancellationFacts: {
        label: { zh: '有关部门认定的其他注销情形', en: 'Other cancellation grounds established by the department' },
        help: {
          zh: '按三（二）2，由有关部门认定；不清楚的选“不确定”，该情形不作判定',
          en: 'Under 三（二）2, established by the department concerned; choose “Not known” and that ground is not assessed',
        },
      },
      'cancellationFacts.falseMaterials': {
        label: { zh: '是否存在提供虚假证明材料取得证件的情形', en: 'Was the permit obtained with false supporting materials?' },
      },
      'cancellationFacts.noLongerEligible': {
        label: {
          zh: '是否存在情况发生变化、不再符合发放要求的情形',
          en: 'Have circumstances changed so that the requirements are no longer met?',
        },
      },
      'cancellationFacts.localHukou': {
        label: { zh: '持有人是否已转为居住地常住户口', en: 'Does the holder now have permanent household registration here?' },
      },
      'cancellationFacts.otherLegalGround': {
        label: { zh: '是否存在法律、法规、规章规定的其他应当注销的情形', en: 'Is there another ground under laws, regulations or rules?' },
      },
    },
    items: {
      endorsementDates: { zh: '签注日期', en: 'Endorsement' },
    },
    results: {
      labels: {
        issueDate: { zh: '签发日期', en: 'Issued on' },
        asOfDate: { zh: '查询日期', en: 'Status on' },
        status: { zh: '证件状态', en: 'State of the permit' },
        cancellationGrounds: { zh: '注销情形（三（二）2）', en: 'Grounds for cancellation (三（二）2)' },
        'cancellationGrounds.*.status': { zh: '结论', en: 'Outcome' },
        cycles: { zh: '每年的签注', en: 'Year by year' },
        year: { zh: '第几年', en: 'Year' },
        anniversary: { zh: '满一年之日', en: 'Anniversary' },
        windowStart: { zh: '签注期开始', en: 'Window opens' },
        windowEnd: { zh: '签注期结束', en: 'Window closes' },
        graceEnd: { zh: '补办签注截止', en: 'Late endorsement until' },
        cancellationGroundFrom: {
          zh: '如到补办截止仍未签注，自此日起属于注销情形',
          en: 'If still not endorsed by the late deadline, a ground for cancellation from',
        },
        endorsedOn: { zh: '签注日期', en: 'Endorsed on' },
        outcome: { zh: '签注情况', en: 'Endorsement' },
        suspendedFrom: { zh: '使用功能中止自', en: 'Suspended from' },
        suspendedTo: { zh: '使用功能中止至', en: 'Suspended until' },
        next: { zh: '下一次签注', en: 'Next endorsement' },
        'next.year': { zh: '第几年', en: 'Year' },
        residenceYearsCountFrom: { zh: '居住年限重新连续计算之日', en: 'Residence years count again from' },
        ignoredEndorsements: { zh: '不计入任何年度的签注日期', en: 'Endorsement dates that count for no year' },
        pilotPeriod: { zh: '试点期限', en: 'Pilot year' },
        notes: { zh: '说明', en: 'Notes' },
        'notes.*.rule': { zh: '依据', en: 'Rule' },
        'notes.*.message': { zh: '说明', en: 'Note' },
        defaultsApplied: { zh: '未填写或选“不确定”、按默认处理的内容', en: 'Left empty or “not sure”, taken as the default' },
        false_materials: { zh: '提供虚假证明材料取得', en: 'Obtained with false supporting materials' },
        no_longer_eligible: { zh: '情况变化，不再符合发放要求', en: 'Circumstances changed: no longer meets the requirements' },
        endorsement_overdue: { zh: '逾期未补办签注', en: 'Endorsement overdue and not made up' },
        local_hukou: { zh: '已转为居住地常住户口', en: 'Now has permanent household registration here' },
        other_legal: { zh: '法律、法规、规章规定的其他情形', en: 'Another ground under laws, regulations or rules' },
      },
      tables: {
        cancellationGrounds: {
          label: { zh: '注销情形（三（二）2）', en: 'Grounds for cancellation (三（二）2)' },
          columns: [
            { key: 'item', label: { zh: '序号', en: 'Item' } },
            { key: 'text', label: { zh: '情形', en: 'Ground' } },
            { key: 'status', label: { zh: '结论', en: 'Outcome' } },
          ],
        },
        cycles: {
          label: { zh: '每年的签注', en: 'Year by year' },
          columns: [
            { key: 'year', label: { zh: '第几年', en: 'Year' } },
            { key: 'windowStart', label: { zh: '签注期开始', en: 'Window opens' } },
            { key: 'windowEnd', label: { zh: '签注期结束', en: 'Window closes' } },
            { key: 'endorsedOn', label: { zh: '签注日期', en: 'Endorsed on' } },
            { key: 'outcome', label: { zh: '签注情况', en: 'Endorsement' } },
            { key: 'suspendedFrom', label: { zh: '中止自', en: 'Suspended from' } },
            { key: 'suspendedTo', label: { zh: '中止至', en: 'Suspended until' } },
            { key: 'graceEnd', label: { zh: '补办截止', en: 'Late until' } },
            { key: 'cancellationGroundFrom', label: { zh: '未补办时属于注销情形之日', en: 'If not endorsed: cancellation ground from' } },
          ],
        },
      },
      options: {
        // a ground that holds is bad news for the holder: worded, so the widget draws it neutral
        'cancellationGrounds.*.status': {
          met: { zh: '属于', en: 'Applies' },
          not_met: { zh: '不属于', en: 'Does not apply' },
          not_assessed: { zh: '尚不能确定（未填写或不确定）', en: 'Not yet determined (not given or not sure)' },
        },
        status: {
          active: { zh: '正常', en: 'In use' },
          suspended: { zh: '证件使用功能中止', en: 'Suspended' },
          'cancellation-ground': {
            zh: '属于注销情形（经有关部门认定后注销）',
            en: 'A ground for cancellation (cancelled once the department confirms it)',
          },
        },
        outcome: {
          'window-open': { zh: '签注期中，尚未签注', en: 'Window open, not yet endorsed' },
          'on-time': { zh: '按时签注', en: 'Endorsed on time' },
          overdue: { zh: '逾期未签注，仍可补办', en: 'Overdue, can still be made up' },
          late: { zh: '逾期补办', en: 'Endorsed late' },
          missed: { zh: '逾期未补办', en: 'Not made up in time' },
        },
        pilotPeriod: {
          'within-pilot-year': { zh: '在一年试点期内', en: 'Within the pilot year' },
          'after-pilot-year': {
            zh: '已过一年试点期（原文未说明此后适用什么，仍按本规定计算）',
            en: 'After the pilot year (the text does not say what applies then; these rules still applied)',
          },
        },
        'notes.*.code': {
          'ignored-endorsements': {
            zh: '有的签注日期不在任何签注期或补办期内，不计入任何年度',
            en: 'Some endorsement dates fall in no window or late period and count for no year',
          },
          'cancellation-ground': {
            zh: '逾期未补办签注，经有关部门认定后注销，已不能再补办',
            en: 'Overdue and not made up: cancelled once the department confirms; it can no longer be made up',
          },
          'residence-years-restart': {
            zh: '居住年限自补办签注之日起重新连续计算',
            en: 'Residence years count again from the late endorsement',
          },
          'after-pilot-year': {
            zh: '已过一年试点期：原文未说明此后适用什么，仍按本规定计算',
            en: 'After the pilot year: the text does not say what applies then; these rules are still applied',
          },
        },
        'notAssessed.*.item': {
          'cancellationGrounds.false_materials': {
            zh: '注销情形：提供虚假证明材料取得',
            en: 'Cancellation ground: obtained with false supporting materials',
          },
          'cancellationGrounds.no_longer_eligible': {
            zh: '注销情形：情况变化，不再符合发放要求',
            en: 'Cancellation ground: circumstances changed: no longer meets the requirements',
          },
          'cancellationGrounds.endorsement_overdue': {
            zh: '注销情形：逾期未补办签注',
            en: 'Cancellation ground: endorsement overdue and not made up',
          },
          'cancellationGrounds.local_hukou': {
            zh: '注销情形：已转为居住地常住户口',
            en: 'Cancellation ground: now has permanent household registration here',
          },
          'cancellationGrounds.other_legal': {
            zh: '注销情形：法律、法规、规章规定的其他情形',
            en: 'Cancellation ground: another ground under laws, regulations or rules',
          },
        },
        'defaultsApplied.*': {
          '/endorsementDates': { zh: '签注日期（视为从未签注）', en: 'Endorsement dates (taken as never endorsed)' },
          '/cancellationFacts': {
            zh: '有关部门认定的注销情形（均不作判定）',
            en: 'Cancellation grounds established by the department (none assessed)',
          },
        },
      },
    },
  },
  readings: [
    {
      article: '三（二）1',
      text: {
        zh: '“每满一年”按签发日的周年日计算（2 月 29 日签发的按 2 月 28 日），始终自签发之日起算；每年最后的签注办理期：自周年日往前推规定月数之日的次日起，至周年日止。',
        en: 'Each year ends on the anniversary of the issue date (29 February → 28 February), always counted from issue; the endorsement window runs from the day after the same date the set number of months earlier to the anniversary.',
      },
    },
    {
      article: '三（二）1、三（二）2（3）',
      text: {
        zh: '逾期补办的规定日数自周年日次日起算，含最后一日；此后一日起属于逾期未补办签注的注销情形。',
        en: 'The set grace period for a late endorsement runs from the day after the anniversary, its last day included; the cancellation ground arises on the day after it ends.',
      },
    },
    {
      article: '三（二）1',
      text: {
        zh: '“居住年限自补办签注手续之日起连续计算”按字面理解：自最近一次逾期补办之日重新连续计算。',
        en: 'Residence years count again from the latest late endorsement (the literal reading).',
      },
    },
    {
      article: '三（二）2',
      text: {
        zh: '除逾期未补办签注外，其余四种注销情形由有关部门认定，由调用方提供；未提供的不作判定。属于任一情形的，证件状态为“属于注销情形”，仍须经有关部门认定后注销。',
        en: 'The four grounds other than the overdue endorsement are established by the relevant department and given by the caller; those not given are not assessed. Any ground met makes the status “cancellation ground”; the department still has to confirm the cancellation.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof residencePermitEndorsement>;
