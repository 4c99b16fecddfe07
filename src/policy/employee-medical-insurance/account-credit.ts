import { formatRange } from '../../engine/format';
import { ageOn, yuanOf } from '../../engine/inputs';
import { describeRange } from '../../engine/lookup';
import { yuanText } from '../../engine/money';
import type { Params } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { employeeMedicalInsurance as EMI } from './table';

/** The personal account's monthly credit (第十九条), read by the settlement and the account calculator. */

const STATUS_ZH = { employed: '在职', retired: '退休' } as const;

/** Who the credit is for: the status and birth date set the band. */
export interface AccountHolder {
  status: 'employed' | 'retired';
  birthDate: string;
}

/** The monthly credit for scheme B, from the age reached on 1 January of the year (第十九条). */
export function monthlyCredit(p: Params<typeof EMI>, trace: Trace, person: AccountHolder, year: number) {
  return trace.step({ zh: '个人账户每月划入', en: 'personal account monthly credit' }, (s) => {
    const age = ageOn(person.birthDate, `${year}-01-01`);
    const row = p.find('account_credit', { status: person.status }, { age });
    const credit = row.money('monthly_credit');
    const ages = row.row.ranges.age!;
    const band = `${person.status}, ${describeRange(ages, 'age')}`;
    s.inputs({ birthDate: person.birthDate, status: person.status, ageOnFirstJanuary: age });
    s.formula({
      zh: `${year} 年 1 月 1 日年满 ${age} 岁，属于“${STATUS_ZH[person.status]}，${formatRange(ages, '年龄', 'zh')}”一档，每月划入 ${yuanText(credit.fen)} 元`,
      en: `age on ${year}-01-01 = ${age} → band ${band} → ${yuanText(credit.fen)} per month`,
    });
    return s.result(yuanOf(credit.fen), { fen: credit.fen, age, band, use: credit.use });
  });
}
