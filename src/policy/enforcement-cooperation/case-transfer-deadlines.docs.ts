import type { CalculatorDocs } from '../../engine/calculator';
import { onDateTime } from '../../engine/sample-dates';
import type { caseTransferDeadlines } from './case-transfer-deadlines';

const ON_TIME = {
  'transfer.onTime': { zh: '是否按时移送', en: 'Transferred in time' },
  'acceptanceNotice.onTime': { zh: '是否按时书面告知受理情况', en: 'Acceptance notice sent in time' },
  'appraisal.onTime': { zh: '是否按时提出书面意见或鉴定结论', en: 'Opinion or conclusion given in time' },
  'approvalCopy.onTime': { zh: '是否按时抄告行政审批事项', en: 'Approval copied in time' },
  'penaltyCopy.onTime': { zh: '是否按时抄告行政处罚决定', en: 'Penalty decision copied in time' },
};
const WORKING_DAYS = { zh: '按工作日计算，期限见下', en: 'Counted in working days (below)' };
const DEADLINE_DAYS = { zh: '按工作日计算的期限', en: 'Deadline in working days' };

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '执法案件移送期限', en: 'Case transfer deadlines (comprehensive enforcement)' },
  description: {
    zh: '按嘉政办发〔2014〕113号二（一）3，计算综合行政执法部门与相关行政管理部门之间移送案件的期限（一般按工作日计；情况紧急的按小时计；违法行为正在进行的，应当立即责令停止并及时告知），以及接收方书面告知受理情况的期限；按二（二）1、二（三）1，还可计算相关行政管理部门提出认定、鉴定书面意见的期限，以及行政审批事项、行政处罚决定相互抄告的期限，并检查实际时间是否按时。工作日按周一至周五计，节假日和调休上班日由使用者填写。',
    en: 'The deadlines for transferring a case between the comprehensive enforcement department and a regulatory department under 嘉政办发〔2014〕113号 二（一）3 — in working days, in hours when urgent, and “stop at once, notify promptly” for a violation in progress — and for the receiver’s written notice of acceptance; under 二（二）1 and 二（三）1 also the deadlines for a regulatory department’s written identification or appraisal opinion and for copying approvals and penalty decisions to each other. It can check whether the actual times were in time. Working days are Monday to Friday, adjusted by the holidays and make-up working days you enter.',
  },
  /**
   * The day the violation was found becomes the date (its time of day kept); receipt, transfer, notice and the
   * holidays given move by the same number of days, so the working-day counts stay the sample's.
   */
  sampleAt: onDateTime('discoveredAt'),
  readings: [
    {
      article: '二（一）3（1）',
      text: {
        zh: '移送期限自发现违法行为之日的次日起算；工作日期限以第 N 个工作日全天为限，小时期限按自然时间连续计算。',
        en: 'The transfer period runs from the day after the violation is found; a working-day period ends with the whole N-th working day, an hour period runs on the clock.',
      },
    },
    {
      article: '二（一）3（1）、（2）',
      text: {
        zh: '发现违法行为正在进行的，立即责令停止并及时告知后，仍应按一般期限（情况紧急的按紧急期限）书面移送；另一种理解是“及时告知”取代移送期限，按该理解的结果随答复一并给出。',
        en: 'For a violation in progress, after the stop order and prompt notice the case is still transferred in writing within the ordinary deadline (the urgent deadline if urgent); the other reading, that 及时告知 replaces the deadline, is given with the answer as an alternative.',
      },
    },
    {
      article: '二（一）3（3）',
      text: {
        zh: '书面告知受理情况的期限自收到移送案件之日起算；未提供收到时间的，按移送期限届满之日（最迟收到之日）计算。',
        en: 'The acceptance-notice period runs from receipt of the case; without a receipt date, from the last day of the transfer deadline (the latest lawful receipt).',
      },
    },
    {
      article: '二（二）1',
      text: {
        zh: '认定、鉴定书面意见的期限自提出请求之日起算；情况紧急的，及时派员现场处置，书面意见仍按该期限；事先告知延长的，原文没有规定延长的上限，不判定是否按时。',
        en: 'The opinion period runs from the request; when urgent, staff go on site promptly and the written opinion keeps its period; an extension told in advance has no limit in the text, so timeliness is not assessed.',
      },
    },
    {
      article: '二（三）1',
      text: {
        zh: '行政审批事项的抄告期限自作出审批之日起算，情况紧急的立即抄告（没有可计算的期限）；行政处罚决定的抄告期限自作出决定之日起算。',
        en: 'Copying an approval runs from the approval, at once when urgent (nothing to count); copying a penalty decision runs from the decision.',
      },
    },
    {
      article: '二（一）3',
      text: {
        zh: '“工作日”原文未定义：按周一至周五，扣除调用方提供的节假日，加上调休上班日。',
        en: '工作日 is not defined: Monday to Friday, minus the holidays and plus the make-up working days the caller gives.',
      },
    },
  ],
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；案件移送、认定鉴定和相互抄告以综合行政执法部门和相关行政管理部门的办理为准，管辖有争议的由同级人民政府决定。',
    en: 'An estimate from the published rules, for information only; the comprehensive enforcement department and the regulatory department handle transfers, appraisals and copies, and the government at the same level decides a dispute over jurisdiction.',
  },
  presentation: {
    fields: {
      discoveredAt: {
        label: { zh: '发现违法行为的时间', en: 'When the violation was found' },
        help: {
          zh: '北京时间；移送期限从这时起算',
          en: 'Beijing time; the transfer deadline runs from here',
        },
      },
      urgent: {
        label: { zh: '情况是否紧急', en: 'Is the case urgent?' },
        help: {
          zh: '原文没有界定“情况紧急”，由办案部门判断；紧急的按小时计算移送期限',
          en: 'The text does not define “urgent”: the department judges; an urgent case has a deadline in hours',
        },
      },
      ongoing: {
        label: { zh: '违法行为是否正在进行', en: 'Is the violation still going on?' },
        help: {
          zh: '正在进行的，应当立即责令停止并及时告知有管辖权的一方，原文没有具体时限',
          en: 'If so, order it stopped at once and notify promptly; the text sets no number of days',
        },
      },
      receivedAt: {
        label: { zh: '接收方收到移送案件的时间', en: 'When the receiving department got the case' },
        help: {
          zh: '北京时间；书面告知受理情况的期限从这时起算，不填则按移送期限的最后一天计',
          en: 'Beijing time; the notice deadline runs from here. Leave empty to count from the last day of the transfer deadline',
        },
      },
      transferredAt: {
        label: { zh: '实际移送的时间', en: 'When the case was actually transferred' },
        help: {
          zh: '北京时间；填写后检查是否按时移送',
          en: 'Beijing time; enter it to check the transfer was in time',
        },
      },
      acceptanceNoticeAt: {
        label: { zh: '书面告知受理情况的时间', en: 'When the written notice of acceptance was sent' },
        help: {
          zh: '北京时间；填写后检查是否按时告知，须同时填写收到移送案件的时间',
          en: 'Beijing time; enter it to check the notice was in time (needs the time the case was received)',
        },
      },
      appraisal: {
        label: { zh: '请相关行政管理部门认定、鉴定', en: 'Identification or appraisal requested' },
        help: {
          zh: '综合行政执法部门查处违法行为，请相关行政管理部门认定、鉴定的，填写这一项：按二（二）1计算提出书面意见或鉴定结论的期限',
          en: 'Fill this in if the enforcement department asked a regulatory department to identify or appraise something: the deadline of its written opinion or conclusion',
        },
      },
      'appraisal.requestedAt': {
        label: { zh: '提出认定、鉴定请求的时间', en: 'When the appraisal was requested' },
        help: { zh: '北京时间；期限从这天起算，这天不计入', en: 'Beijing time; the period runs from this day, not counting it' },
      },
      'appraisal.urgent': {
        label: { zh: '情况紧急或证据可能灭失', en: 'Urgent, or evidence may be lost' },
        help: {
          zh: '紧急的，相关行政管理部门应当及时派员现场处置；书面意见的期限不变',
          en: 'If so, the regulatory department sends staff on site promptly; the written opinion keeps its deadline',
        },
      },
      'appraisal.extensionNotified': {
        label: { zh: '情况特殊或用时较长，已事先告知延长', en: 'Special or lengthy case, extension announced in advance' },
        help: {
          zh: '可以适当延长出具结论的时间；原文没有规定延长多久，因此不判定是否按时',
          en: 'The time may be extended; the text sets no limit, so whether it was in time is not checked',
        },
      },
      'appraisal.answeredAt': {
        label: { zh: '提出书面意见或鉴定结论的时间', en: 'When the written opinion or conclusion was given' },
        help: { zh: '北京时间；填写后检查是否按时', en: 'Beijing time; enter it to check it was in time' },
      },
      approvalCopy: {
        label: { zh: '抄告行政审批事项', en: 'Copying an administrative approval' },
        help: {
          zh: '相关行政管理部门作出行政审批事项、应书面抄告综合行政执法部门的，填写这一项（二（三）1）',
          en: 'Fill this in when a regulatory department made an approval it must copy in writing to the enforcement department',
        },
      },
      'approvalCopy.approvedAt': {
        label: { zh: '作出行政审批的时间', en: 'When the approval was made' },
        help: { zh: '北京时间；抄告期限从这天起算，这天不计入', en: 'Beijing time; the period runs from this day, not counting it' },
      },
      'approvalCopy.urgent': {
        label: { zh: '情况是否紧急', en: 'Is it urgent?' },
        help: {
          zh: '紧急的应当在作出审批后立即抄告，没有可计算的天数',
          en: 'If so, copy it at once after the approval: there is no number of days to count',
        },
      },
      'approvalCopy.copiedAt': {
        label: { zh: '书面抄告的时间', en: 'When it was copied' },
        help: { zh: '北京时间；填写后检查是否按时抄告', en: 'Beijing time; enter it to check the copy was in time' },
      },
      penaltyCopy: {
        label: { zh: '抄告行政处罚决定', en: 'Copying a penalty decision' },
        help: {
          zh: '综合行政执法部门作出行政处罚决定、应抄告相关行政管理部门备案的，填写这一项（二（三）1）',
          en: 'Fill this in when the enforcement department made a penalty decision it must copy to the regulatory department for the record',
        },
      },
      'penaltyCopy.decidedAt': {
        label: { zh: '作出行政处罚决定的时间', en: 'When the penalty decision was made' },
        help: { zh: '北京时间；抄告期限从这天起算，这天不计入', en: 'Beijing time; the period runs from this day, not counting it' },
      },
      'penaltyCopy.copiedAt': {
        label: { zh: '抄告备案的时间', en: 'When it was copied for the record' },
        help: { zh: '北京时间；填写后检查是否按时抄告', en: 'Beijing time; enter it to check the copy was in time' },
      },
      holidays: {
        label: { zh: '工作日中的法定节假日', en: 'Public holidays on weekdays' },
        help: {
          zh: '按当年国务院节假日安排填写落在周一至周五的放假日期；不填则只扣除周末',
          en: 'The weekday holidays of the year’s State Council holiday schedule; leave empty to skip only weekends',
        },
      },
      'holidays.*': {
        label: { zh: '放假日期', en: 'Holiday' },
      },
      adjustedWorkingDays: {
        label: { zh: '调休上班的周末', en: 'Weekend days worked instead of a holiday' },
        help: {
          zh: '因调休上班的周六、周日，计为工作日',
          en: 'Saturdays and Sundays worked in exchange for a holiday; they count as working days',
        },
      },
      'adjustedWorkingDays.*': {
        label: { zh: '上班日期', en: 'Working day' },
      },
    },
    items: {
      holidays: { zh: '放假日', en: 'Holiday' },
      adjustedWorkingDays: { zh: '调休上班日', en: 'Make-up working day' },
    },
    results: {
      labels: {
        route: { zh: '适用的情形', en: 'Which case applies' },
        transfer: { zh: '移送期限', en: 'Transfer deadline' },
        acceptanceNotice: { zh: '书面告知受理情况的期限', en: 'Deadline of the written notice of acceptance' },
        kind: { zh: '期限截止方式', en: 'How the deadline ends' },
        deadlineDate: { zh: '期限最后一天', en: 'Last day in time' },
        deadlineAt: { zh: '期限截止时刻', en: 'Last moment in time' },
        periodWorkingDays: { zh: '期限（工作日）', en: 'Period (working days)' },
        periodHours: { zh: '期限（小时）', en: 'Period (hours)' },
        countedDays: { zh: '计入的工作日', en: 'Working days counted' },
        'transfer.onTime': ON_TIME['transfer.onTime'],
        'acceptanceNotice.onTime': ON_TIME['acceptanceNotice.onTime'],
        onTime: { zh: '是否按时', en: 'In time' },
        basis: { zh: '起算依据', en: 'Counted from' },
        startDate: { zh: '起算日（不计入）', en: 'Start day (not counted)' },
        immediateActions: { zh: '应当立即采取的措施', en: 'What to do at once' },
        stopOrder: { zh: '责令停止违法行为', en: 'Order the violation stopped' },
        notifyJurisdiction: { zh: '告知有管辖权的一方', en: 'Notify the department with jurisdiction' },
        reading: { zh: '违法行为正在进行时按哪种理解计算', en: 'How a violation in progress is read' },
        alternatives: { zh: '按另一种理解', en: 'Under the other reading' },
        'alternatives.*.reading': { zh: '另一种理解', en: 'The other reading' },
        appraisal: { zh: '认定、鉴定书面意见的期限', en: 'Written identification or appraisal opinion' },
        approvalCopy: { zh: '行政审批事项的抄告期限', en: 'Copying the approval' },
        penaltyCopy: { zh: '行政处罚决定的抄告期限', en: 'Copying the penalty decision' },
        rule: { zh: '期限怎样计算', en: 'How the deadline runs' },
        deadline: DEADLINE_DAYS,
        onSite: { zh: '须及时派员现场处置', en: 'Staff must go on site promptly' },
        'appraisal.deadline.onTime': ON_TIME['appraisal.onTime'],
        'approvalCopy.deadline.onTime': ON_TIME['approvalCopy.onTime'],
        'penaltyCopy.deadline.onTime': ON_TIME['penaltyCopy.onTime'],
        calendar: { zh: '工作日的计算', en: 'Working-day calendar' },
        warnings: { zh: '提示', en: 'Warnings' },
      },
      options: {
        route: {
          transfer: { zh: '一般案件：按工作日计算移送期限', en: 'Ordinary case: a deadline in working days' },
          urgent_transfer: { zh: '情况紧急：按小时计算移送期限', en: 'Urgent: a deadline in hours' },
          ongoing: {
            zh: '违法行为正在进行：立即责令停止，及时告知',
            en: 'Violation in progress: stop it at once, notify promptly',
          },
        },
        kind: {
          end_of_day: { zh: '最后一天全天有效', en: 'The whole last day is in time' },
          instant: { zh: '截止到具体时刻', en: 'Ends at a set moment' },
        },
        basis: {
          receivedAt: { zh: '从收到移送案件之日起算', en: 'From the day the case was received' },
          transferDeadline: {
            zh: '未填收到时间，从移送期限最后一天起算（视为最迟收到）',
            en: 'Receipt not given: from the last day of the transfer deadline (the latest lawful receipt)',
          },
        },
        calendar: {
          weekends_only: {
            zh: '只扣除周末（未填写节假日和调休上班日）',
            en: 'Weekends only (no holidays or make-up working days entered)',
          },
          caller_lists: { zh: '按填写的节假日和调休上班日', en: 'With the holidays and make-up working days entered' },
        },
        'appraisal.rule': {
          working_days: WORKING_DAYS,
          extended: {
            zh: '已事先告知延长：原文没有规定延长的上限',
            en: 'Extended, as announced in advance: the text sets no limit',
          },
        },
        'approvalCopy.rule': {
          working_days: WORKING_DAYS,
          immediately: { zh: '情况紧急：作出审批后立即抄告', en: 'Urgent: copy at once after the approval' },
        },
        'penaltyCopy.rule': { working_days: WORKING_DAYS },
        // the Worker words the two immediate actions in English with the article's words; said here in plain words
        'immediateActions.stopOrder': {
          'immediately (立即责令当事人停止违法行为)': {
            zh: '立即责令当事人停止违法行为',
            en: 'At once: order the party to stop the violation',
          },
        },
        'immediateActions.notifyJurisdiction': {
          'promptly (及时告知), no numeric deadline': {
            zh: '及时告知，原文没有具体时限',
            en: 'Promptly; the text sets no number of days',
          },
        },
        'notAssessed.*.item': ON_TIME,
        // not-published here: the text gives no period (立即, or an extension without a limit), not a missing value
        'notAssessed.*.reason': {
          'not-published': { zh: '原文没有可计算的期限', en: 'The text sets no period to check against' },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof caseTransferDeadlines>;
