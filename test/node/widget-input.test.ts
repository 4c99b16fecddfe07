/**
 * The widget with input as people type it: numbers with separators and full-width digits, a year chosen from the
 * covered years, errors at their fields naming the item, an old answer marked stale. The pure parts, in Node (the
 * browser tests drive the same in Chromium).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildFormModel,
  coveredYears,
  describePointer,
  type FieldNode,
  initialState,
  type ListNode,
  type MapNode,
  placeErrors,
  renderedPointers,
  type StateObject,
  toRequest,
} from '../../widget/src/form-model';
import { itemName } from '../../widget/src/i18n';
import { normalizeNumber } from '../../widget/src/normalize';
import { formOverlayOf } from '../../widget/src/overlays';
import { fieldErrorsOf, messageIn, problemText, unlistedErrors } from '../../widget/src/problems';
import { nextShown, type Shown } from '../../widget/src/session';
import type { CalculatorInfo, Problem } from '../../widget/src/types';
import { createApp } from '../../src/app';
import { listedCalculators, realBundle } from '../helpers/calc';
import { workedSettlement as WORKED } from '../helpers/worked-example';

// the catalogue is built once per language, before the tests (building it is most of this file's time)
const listed = new Map<string, CalculatorInfo[]>();
beforeAll(() => {
  for (const lang of ['zh-CN', 'en'] as const) listed.set(lang, listedCalculators(lang) as CalculatorInfo[]);
}, 60_000);
const infoOf = (id: string, lang: 'zh-CN' | 'en' = 'zh-CN') => listed.get(lang)!.find((c) => c.id === id)!;
const COVERAGE = { from: '2015-01-01', to: null, verifiedThrough: '2015-01-31' };

function settlement(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const info = infoOf('employee-medical-settlement', lang);
  const model = buildFormModel(info.input, lang, formOverlayOf(info), coveredYears(info.coverage, '2026-12-07'));
  return { info, model, state: initialState(model, WORKED) as StateObject };
}
const claims = (state: StateObject) => state.claims as StateObject[];

describe('numbers as people type them are sent as numbers', () => {
  it.each([
    ['1,200', 1200],
    ['1，200', 1200],
    ['３００００', 30000],
    ['1 200', 1200],
    ['1　200', 1200], // an ideographic space
    ['１２，３４５．６７', 12345.67],
    ['12,345,678.9', 12345678.9],
    ['¥1,500', 1500],
    ['1500元', 1500],
    [' 30000 ', 30000],
    ['.5', 0.5],
  ])('«%s» → %s', (typed, n) => {
    expect(normalizeNumber(typed)).toMatchObject({ ok: true, value: n });
    const { model, state } = settlement();
    claims(state)[0]!.eligibleAmount = typed;
    const { body, errors } = toRequest(model, state, 'zh-CN');
    expect(errors).toEqual([]);
    expect((body.claims as { eligibleAmount: unknown }[])[0]!.eligibleAmount).toBe(n);
  });

  it.each([
    ['1,2', '请检查千位分隔符，例如 1,200'],
    ['12,34,567', '请检查千位分隔符，例如 1,200'],
    ['1 2', '请检查千位分隔符，例如 1,200'],
    ['1e5', '请输入数字'],
    ['0x10', '请输入数字'],
    ['一千', '请输入数字'],
    ['1,200.345', '金额最多两位小数'],
    ['－５', '不能小于 0'],
  ])('«%s» is refused in words: %s', (typed, message) => {
    const { model, state } = settlement();
    claims(state)[1]!.eligibleAmount = typed;
    expect(toRequest(model, state, 'zh-CN').errors).toEqual([{ pointer: '/claims/1/eligibleAmount', message }]);
  });

  it('a whole number (the herbal doses, a year) takes full-width digits too', () => {
    const { model, state } = settlement();
    state.year = '２０１５';
    claims(state)[0] = { kind: 'designated-disease', date: '2015-02-01', eligibleAmount: '1,500', herbalDoses: '３', herbalAmount: '0' };
    const { body, errors } = toRequest(model, state, 'zh-CN');
    expect(errors).toEqual([]);
    expect(body.year).toBe(2015);
    expect((body.claims as Record<string, unknown>[])[0]).toMatchObject({ eligibleAmount: 1500, herbalDoses: 3 });
  });
});

describe('the year is chosen from the covered years', () => {
  it('from the start of the data through the current year; those after the verified-through date marked', () => {
    expect(coveredYears(COVERAGE, '2026-12-07').map((y) => [y.year, y.carried])).toEqual([
      [2015, false],
      [2016, true],
      [2017, true],
      [2018, true],
      [2019, true],
      [2020, true],
      [2021, true],
      [2022, true],
      [2023, true],
      [2024, true],
      [2025, true],
      [2026, true],
    ]);
    // data that ends stops the years there; no coverage, no list (the form asks for a number)
    expect(coveredYears({ from: '2013-07-01', to: '2015-06-30', verifiedThrough: '2015-12-31' }, '2026-01-01')).toEqual([
      { year: 2013, carried: false },
      { year: 2014, carried: false },
      { year: 2015, carried: false },
    ]);
    expect(coveredYears(null, '2026-01-01')).toEqual([]);
  });

  it("is a select of the table's years in the settlement, sent as a number", () => {
    const info = infoOf('employee-medical-settlement');
    expect(info.coverage).toEqual(COVERAGE);
    const { model, state } = settlement();
    const year = model.children.find((c) => c.key === 'year') as FieldNode;
    expect(year).toMatchObject({ control: 'year', valueType: 'integer', label: '结算年度', required: true });
    expect(year.options!.slice(0, 3)).toEqual([
      { value: '2015', label: '2015' },
      { value: '2016', label: '2016（数值沿用，未经核对）' },
      { value: '2017', label: '2017（数值沿用，未经核对）' },
    ]);
    expect(year.options!.at(-1)!.value).toBe('2026');
    state.year = '2016';
    expect(toRequest(model, state, 'zh-CN').body.year).toBe(2016);
    const en = settlement('en').model.children.find((c) => c.key === 'year') as FieldNode;
    expect(en.options![1]!.label).toBe('2016 (values carried forward, not checked)');
  });

  it('every year-based calculator offers its years; a map keyed by year chooses its keys from them', () => {
    for (const id of ['employee-medical-account', 'employee-medical-contribution', 'resident-medical-funding']) {
      const info = infoOf(id);
      const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info), coveredYears(info.coverage, '2026-12-07'));
      expect((m.children.find((c) => c.key === 'year') as FieldNode).control).toBe('year');
    }
    const info = infoOf('resident-medical-outpatient');
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info), coveredYears(info.coverage, '2026-12-07'));
    const prior = m.children.find((c) => c.key === 'priorReimbursed') as MapNode;
    expect(prior).toMatchObject({ t: 'map', keyField: { control: 'year' }, value: { t: 'field', control: 'number', unit: 'CNY' } });
    const state = initialState(m, { bills: [{ date: '2015-03-01', facilityKind: 'level2', amount: 120 }] }) as StateObject;
    state.priorReimbursed = [{ $key: '2015', $value: '1,000' }];
    expect(toRequest(m, state, 'zh-CN')).toEqual({
      body: { bills: [{ date: '2015-03-01', facilityKind: 'level2', amount: 120 }], priorReimbursed: { '2015': 1000 } },
      errors: [],
    });
  });
});

describe('errors at their fields, the item named', () => {
  /** A 422 in the error format: codes and message pairs, at most 20 errors with the count of all. */
  const problem: Problem = {
    type: '/problems/validation-error',
    code: 'validation-error',
    title: 'Request validation failed',
    status: 422,
    message: { zh: '请求参数不符合要求：共 23 处错误。', en: 'The request body is not valid: 23 errors.' },
    detail: 'claims[1].eligibleAmount: must not be negative; …',
    errors: [
      { pointer: '/claims/1/eligibleAmount', code: 'too-small', message: { zh: '不能为负数', en: 'must not be negative' } },
      {
        pointer: '/claims/0/date',
        code: 'outside-year',
        message: { zh: '须在结算年度 2015 内', en: 'must fall in the settlement year 2015' },
      },
      { pointer: '/claims/2/segments', code: 'invalid-format', message: { zh: '不能同时填写分段费用', en: 'give level or segments' } },
      { pointer: '/person/birthDate', code: 'required', message: { zh: '请填写出生日期', en: 'required' } },
      {
        pointer: '/claims/0/date',
        code: 'outside-year',
        message: { zh: '须在结算年度 2015 内', en: 'must fall in the settlement year 2015' },
      },
    ],
    errorCount: 23,
  };

  it("shows each message in the reader's language at the deepest field the form renders", () => {
    const { model, state } = settlement();
    const errors = fieldErrorsOf(problem, 'zh-CN');
    const { at, unplaced } = placeErrors(errors, renderedPointers(model, state));
    expect(Object.fromEntries(at)).toEqual({
      '/claims/1/eligibleAmount': ['不能为负数'],
      // the same message twice is said once
      '/claims/0/date': ['须在结算年度 2015 内'],
      // an error in a field the form leaves out (the segments of a stay) shows on its bill
      '/claims/2': ['不能同时填写分段费用'],
      '/person/birthDate': ['请填写出生日期'],
    });
    expect(unplaced).toEqual([]);
    expect(fieldErrorsOf(problem, 'en')[0]!.message).toBe('must not be negative');
    expect(unlistedErrors(problem)).toBe(18);
  });

  it("the API's own answer: the message at its field in Chinese, the bill named; an invalid option in the form's words, not the API's codes", async () => {
    const bad = { ...WORKED, claims: [WORKED.claims[0], { ...WORKED.claims[1], eligibleAmount: -5 }, { ...WORKED.claims[2], kind: 'xx' }] };
    const res = await createApp(realBundle()).request('/v1/calculators/employee-medical-settlement', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(bad),
    });
    expect(res.status).toBe(422);
    const answer = (await res.json()) as Problem;
    const { model, state } = settlement();
    const lines = fieldErrorsOf(answer, 'zh-CN').map((e) => `${describePointer(model, state, e.pointer, 'zh-CN')}：${e.message}`);
    expect(lines).toContain('第 2 笔费用 · 符合规定的费用（元）：不能为负数');
    expect(lines.find((l) => l.startsWith('第 3 笔费用'))).toBe('第 3 笔费用 · 费用类别：请选择一项');
    for (const l of lines) expect(l).not.toMatch(/[A-Za-z]{2}|[{}"]/);
    expect(fieldErrorsOf(answer, 'en').map((e) => e.message)).toContain('must not be negative');
  });

  it('names the item and the field in words, from the list\'s noun and the index: "第 2 笔费用 · 符合规定的费用（元）"', () => {
    const { model, state } = settlement();
    expect(describePointer(model, state, '/claims/1/eligibleAmount', 'zh-CN')).toBe('第 2 笔费用 · 符合规定的费用（元）');
    expect(describePointer(model, state, '/claims/0/date', 'zh-CN')).toBe('第 1 笔费用 · 就诊日期');
    expect(describePointer(model, state, '/claims/2/date', 'zh-CN')).toBe('第 3 笔费用 · 入院日期');
    expect(describePointer(model, state, '/claims/2/segments', 'zh-CN')).toBe('第 3 笔费用');
    expect(describePointer(model, state, '/claims/2/kind', 'zh-CN')).toBe('第 3 笔费用 · 费用类别');
    expect(describePointer(model, state, '/claims', 'zh-CN')).toBe('医疗费用');
    expect(describePointer(model, state, '/person/birthDate', 'zh-CN')).toBe('出生日期');
    expect(describePointer(model, state, '', 'zh-CN')).toBe('');
    const en = settlement('en');
    expect(describePointer(en.model, en.state, '/claims/1/eligibleAmount', 'en')).toBe('Bill 2 · Eligible amount (yuan)');
    // a map row is named by its key
    const info = infoOf('resident-medical-outpatient');
    const m = buildFormModel(info.input, 'zh-CN', {
      ...formOverlayOf(info),
      itemLabels: { priorReimbursed: { zh: '已报销年度', en: 'Year' } },
    });
    const st = initialState(m, { bills: [], priorReimbursed: { '2015': 10 } });
    expect(describePointer(m, st, '/priorReimbursed/2015', 'zh-CN')).toBe('已报销年度 2015');
    expect((m.children.find((c) => c.key === 'bills') as ListNode).itemLabel).toBeTruthy();
  });

  it('a list whose presentation names no item noun numbers its items "第 1 项" / "Item 1", never by its description', () => {
    const schema = {
      type: 'object',
      properties: { forecast: { type: 'array', description: 'Daily city AQI forecast on consecutive days', items: { type: 'integer' } } },
    };
    for (const [lang, name] of [
      ['zh-CN', '第 2 项'],
      ['en', 'Item 2'],
    ] as const) {
      const m = buildFormModel(schema, lang);
      const list = m.children.find((c) => c.key === 'forecast') as ListNode;
      expect(itemName(list.itemLabel, 1, lang)).toBe(name);
      expect(describePointer(m, initialState(m, { forecast: [1, 2] }), '/forecast/1', lang)).toContain(name);
    }
  });

  it.each([
    ['费用', 1, '第 2 笔费用'],
    ['企业', 0, '第 1 家企业'],
    ['预报', 2, '第 3 个预报'],
    ['日', 0, '第 1 日'],
    ['项', 2, '第 3 项'],
    ['第{n}天的预报', 1, '第2天的预报'],
  ])('the item noun «%s», index %s → «%s»', (noun, i, name) => expect(itemName(noun, i, 'zh-CN')).toBe(name));

  it('a message of the format before pairs is shown only in its own language; a code without a message has a sentence', () => {
    const old: Problem = {
      type: '/problems/validation-error',
      title: 'Request validation failed',
      detail: 'claims[0].date: must fall in the settlement year 2030',
      errors: [
        { pointer: '/claims/0/date', message: 'must fall in the settlement year 2030' },
        { pointer: '/year', message: '年度不在数据范围内' },
        { pointer: '/claims/0/eligibleAmount', code: 'too-many-decimals' },
      ],
    };
    expect(fieldErrorsOf(old, 'zh-CN').map((e) => e.message)).toEqual(['此项填写有误，请检查', '年度不在数据范围内', '金额最多两位小数']);
    expect(fieldErrorsOf(old, 'en').map((e) => e.message)).toEqual([
      'must fall in the settlement year 2030',
      'This value is not valid',
      'At most two decimals (fen)',
    ]);
    expect(messageIn('Invalid option: expected one of "A"|"B"', 'zh-CN')).toBeUndefined();
  });

  it('a problem that is not about fields: its message pair, else a sentence for its code; never detail or title', () => {
    const notInForce: Problem = {
      type: '/problems/not-in-force',
      title: 'No value in force on that date',
      status: 422,
      detail: 'No row of employee-medical-insurance account_credit {"status":"retired","age":68} is in force on 2014-01-01.',
    };
    expect(problemText(notInForce, 'zh-CN')).toBe('所选日期没有有效的规定数值，无法计算。');
    expect(problemText(notInForce, 'en')).toBe('No value of the rules is in force on the date chosen.');
    expect(
      problemText(
        { ...notInForce, code: 'not-in-force', message: { zh: '2014 年没有有效的划入标准。', en: 'No credit rate in 2014.' } },
        'zh-CN',
      ),
    ).toBe('2014 年没有有效的划入标准。');
    expect(problemText({ type: '/problems/rate-limited', title: 'Too many requests' }, 'zh-CN')).toBe('请求过于频繁，请一分钟后再试。');
    expect(problemText({ type: '/problems/calculation-refused', detail: 'refused: purpose' }, 'zh-CN')).toBe('按规定，此情形不能计算。');
    expect(problemText({}, 'zh-CN')).toBe('计算服务出错，请稍后再试。');
  });
});

describe('an old answer is marked stale as soon as it no longer answers the form', () => {
  type S = Shown<{ total: number } | undefined>;
  const answered: S = { output: { total: 1 }, stale: false };

  it('an edit or a failed submit marks it stale (greyed, "结果已过期，请重新计算"); the next answer replaces it; a reset clears it', () => {
    expect(nextShown(answered, { t: 'edited' })).toEqual({ output: { total: 1 }, stale: true });
    expect(nextShown(answered, { t: 'failed' })).toEqual({ output: { total: 1 }, stale: true });
    expect(nextShown({ output: { total: 1 }, stale: true }, { t: 'answered', output: { total: 2 } })).toEqual({
      output: { total: 2 },
      stale: false,
    });
    expect(nextShown(answered, { t: 'reset' })).toEqual({ output: null, stale: false });
    // nothing shown, nothing to mark
    expect(nextShown({ output: null, stale: false }, { t: 'edited' })).toEqual({ output: null, stale: false });
    expect(nextShown({ output: null, stale: false }, { t: 'failed' })).toEqual({ output: null, stale: false });
  });

  it('a sequence as a citizen meets it: calculate, edit, fail, calculate again', () => {
    let s: S = { output: null, stale: false };
    const seen: boolean[] = [];
    for (const e of [
      { t: 'answered', output: { total: 1 } },
      { t: 'edited' },
      { t: 'edited' },
      { t: 'failed' },
      { t: 'answered', output: { total: 3 } },
      { t: 'failed' },
    ] as const) {
      s = nextShown(s, e);
      seen.push(s.stale);
    }
    expect(seen).toEqual([false, true, true, true, false, true]);
    expect(s.output).toEqual({ total: 3 });
  });
});
