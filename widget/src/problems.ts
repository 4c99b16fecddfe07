/**
 * What the API's problems say, in the reader's language: each field error's `message.zh`/`message.en` (the error
 * format), else a sentence for its `code`; a problem that is not about fields (not in force, refused, rate-limited,
 * a network failure) by its `message` pair, else a sentence for its code. Never `detail` or `title`, which are English
 * for developers; an older plain-string message is shown only when it is in the reader's language.
 */
import { type UiKey, t } from './i18n';
import type { FieldError, Lang, Message, Problem } from './types';

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORDS = /[A-Za-z]{2,}[^\u3400-\u9fff]*[A-Za-z]{2,}/;

/** A message in the reader's language, or undefined when the API gave none in it. */
export function messageIn(m: Message | undefined, lang: Lang): string | undefined {
  if (m === undefined || m === null) return undefined;
  if (typeof m === 'object') return (lang === 'en' ? m.en : m.zh) || undefined;
  if (typeof m !== 'string' || !m.trim()) return undefined;
  // a plain string (the format before pairs): Chinese without English words for zh, English for en
  if (lang === 'en') return CJK.test(m) && !/[A-Za-z]{3}/.test(m) ? undefined : m;
  return CJK.test(m) && !LATIN_WORDS.test(m) ? m : undefined;
}

const FIELD_CODES: Record<string, UiKey> = {
  required: 'required',
  'invalid-type': 'invalidValue',
  'too-small': 'invalidValue',
  'too-big': 'invalidValue',
  'invalid-option': 'requiredChoice',
  'invalid-format': 'badPattern',
  'too-many-decimals': 'tooManyDecimals',
};

/** The field errors of a problem, each with its message in the reader's language. */
export function fieldErrorsOf(p: Problem, lang: Lang): FieldError[] {
  return (p.errors ?? []).map((e) => ({
    pointer: typeof e.pointer === 'string' ? e.pointer : '',
    // an invalid option's message lists the API's codes ("应为以下之一：outpatient、…"): the form's own words instead
    message: (e.code === 'invalid-option' ? undefined : messageIn(e.message, lang)) ?? t(FIELD_CODES[e.code ?? ''] ?? 'invalidValue', lang),
  }));
}

const PROBLEMS: Record<string, [string, string]> = {
  'validation-error': ['填写的内容不符合要求，请检查后再计算。', 'Some of the values are not valid: check them and calculate again.'],
  'date-not-covered': [
    '所选日期不在本站收录的数值所覆盖的期间内。',
    'The date chosen is outside the period the values collected here cover.',
  ],
  'not-published': ['计算所需的数值原文未公布，无法计算。', 'A value the calculation needs is not published in the source.'],
  'not-in-force': ['所选日期没有有效的规定数值，无法计算。', 'No value of the rules is in force on the date chosen.'],
  'calculation-refused': ['按规定，此情形不能计算。', 'The rules do not allow this request.'],
  'rate-limited': ['请求过于频繁，请一分钟后再试。', 'Too many requests: try again in a minute.'],
  'payload-too-large': ['填写的内容过多，请减少条目后再试。', 'Too much was entered: remove some items and try again.'],
  'origin-not-allowed': ['本网站未获准使用此计算服务。', 'This site is not allowed to use the calculation service.'],
  'not-found': ['没有这个计算器。', 'No such calculator.'],
  'service-unavailable': ['计算服务暂不可用，请稍后再试。', 'The calculation service is unavailable: try again later.'],
};
const GENERIC: [string, string] = ['计算服务出错，请稍后再试。', 'The calculation service failed: try again later.'];

/** The stable code of a problem: `code`, else the slug of `type` (answers from before the error format). */
export const codeOf = (p: Problem): string => p.code ?? (typeof p.type === 'string' ? (p.type.split('/').pop() ?? '') : '');

/** One sentence for a problem that is not about particular fields. */
export function problemText(p: Problem, lang: Lang): string {
  const own = messageIn(p.message, lang);
  if (own) return own;
  const [zh, en] = PROBLEMS[codeOf(p)] ?? GENERIC;
  return lang === 'en' ? en : zh;
}

/** How many errors the answer had beyond those it lists (errors[] holds at most a bounded number). */
export const unlistedErrors = (p: Problem): number =>
  typeof p.errorCount === 'number' ? Math.max(0, p.errorCount - (p.errors?.length ?? 0)) : 0;
