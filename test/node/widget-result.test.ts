import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { formatShare, formatYuan } from '../../widget/src/format';
import { resultOverlayOf } from '../../widget/src/overlays';
import {
  basisOf,
  buildResultModel,
  buildSplit,
  type ItemsView,
  proseIn,
  type TableView,
  type ValueView,
  type View,
} from '../../widget/src/result-model';
import type { CalculatorInfo, JsonSchema } from '../../widget/src/types';
import { listedCalculators, realBundle } from '../helpers/calc';
import { workedSettlement as WORKED } from '../helpers/worked-example';

async function answer(id: string, body: unknown) {
  const app = createApp(realBundle());
  const list = listedCalculators() as CalculatorInfo[];
  const res = await app.request(`/v1/calculators/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return { info: list.find((c) => c.id === id)!, output: (await res.json()) as Record<string, unknown> };
}

/** Every single value of a result, in order, as [path, label, text, unit] (the parts and cards walked through). */
const flat = (views: View[]): [string, string, string, string | undefined][] =>
  views.flatMap((v) =>
    v.t === 'value'
      ? [[v.path, v.label, v.text, v.unit] as [string, string, string, string | undefined]]
      : v.t === 'group'
        ? flat(v.children)
        : v.t === 'items'
          ? v.items.flatMap((i) => flat(i.children))
          : [],
  );

describe('money format', () => {
  it.each([
    [25460, '25,460.00'],
    [1920, '1,920.00'],
    [0, '0.00'],
    [6120, '6,120.00'],
    [1234567.5, '1,234,567.50'],
    [0.1 + 0.2, '0.30'],
    [999.995, '1,000.00'],
    [-12.3, '−12.30'],
  ])('%s → %s', (n, s) => expect(formatYuan(n)).toBe(s));

  it('shares have one decimal and survive a zero total', () => {
    expect(formatShare(25460, 33500)).toBe('76.0%');
    expect(formatShare(1920, 33500)).toBe('5.7%');
    expect(formatShare(0, 0)).toBe('0.0%');
  });
});

describe('result of the employee settlement (worked example of the spec)', () => {
  it('splits the money: pooled fund 25,460.00, personal account 1,920.00, critical illness 0.00, own share 6,120.00', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'zh-CN', resultOverlayOf(info));
    expect(m.split!.parts.map((p) => [p.key, p.label, p.text, p.share])).toEqual([
      ['pooledFund', '统筹基金支付', '25,460.00', '76.0%'],
      ['criticalIllness', '大病保险支付', '0.00', '0.0%'],
      ['personalAccount', '个人账户支付', '1,920.00', '5.7%'],
      ['selfBurden', '个人自负', '6,120.00', '18.3%'],
      ['selfPay', '个人自费', '0.00', '0.0%'],
    ]);
    expect(m.split!.totalText).toBe('33,500.00');
    // bar geometry: consecutive segments covering 0…100
    const parts = m.split!.parts;
    for (const [i, p] of parts.entries()) expect(p.x).toBeCloseTo(i === 0 ? 0 : parts[i - 1]!.x + parts[i - 1]!.width, 9);
    expect(parts.reduce((a, p) => a + p.width, 0)).toBeCloseTo(100, 9);
    expect(parts[0]!.width).toBeCloseTo((25460 / 33500) * 100, 9);
    expect(m.summary).toBe('计算完成。 统筹基金支付 25,460.00 元；大病保险支付 0.00 元；个人账户支付 1,920.00 元；个人自负 6,120.00 元');
  });

  it('lists the other figures, a bill-by-bill table and every cited step', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'zh-CN', resultOverlayOf(info));
    expect(flat(m.views)).toEqual([
      ['totals.eligible', '符合规定的费用', '33,500.00', '元'],
      ['account.monthlyCredit', '每月划入', '160.00', '元'],
      ['account.opening', '当年可用', '1,920.00', '元'],
      ['account.closing', '年末余额', '0.00', '元'],
    ]);
    expect(m.views.find((v) => v.t === 'group')).toMatchObject({ path: 'account', label: '个人账户' });
    const table = m.views.find((v): v is TableView => v.t === 'table')!;
    expect(table.label).toBe('每笔费用');
    expect(table.columns.map((c) => [c.label, c.unit])).toEqual([
      ['序号', undefined],
      ['类别', undefined],
      ['日期', undefined],
      ['费用', '元'],
      ['统筹基金支付', '元'],
      ['个人账户支付', '元'],
      ['大病保险支付', '元'],
      ['个人自负', '元'],
      ['个人自费', '元'],
    ]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', '门诊', '2015-02-01', '1,500.00', '0.00', '1,500.00', '0.00', '0.00', '0.00'],
      ['2', '门诊', '2015-03-01', '2,000.00', '640.00', '420.00', '0.00', '940.00', '0.00'],
      ['3', '住院', '2015-05-01', '30,000.00', '24,820.00', '0.00', '0.00', '5,180.00', '0.00'],
    ]);
    expect(table.rows[1]![4]!.path).toBe('claims.1.pooledFund');
    // the notice that the values are carried forward comes first, in the reader's language
    expect(m.notices).toEqual([(output.notices as { zh: string }[])[0]!.zh]);
    const trace = output.trace as { steps: unknown[] };
    expect(m.steps).toHaveLength(trace.steps.length);
    // the account's two steps, then one step per bill, titled with its bill (claims[].traceSteps)
    expect(m.steps.map((s) => s.title)).toEqual([
      '个人账户每月划入',
      '当年个人账户',
      '第1笔（2015-02-01 门诊）：门诊统筹',
      '第2笔（2015-03-01 门诊）：门诊统筹',
      '第3笔（2015-05-01 住院）：住院统筹（3 级医院）',
    ]);
    expect(m.steps[3]).toEqual({
      title: '第2笔（2015-03-01 门诊）：门诊统筹',
      rule: '嘉政发〔2014〕87号 第二十三条、第二十四条（一）',
      formula:
        '本笔 2,000.00 元，个人账户（余额 420.00 元）先付 420.00 元；其余 1,580.00 元计入本年度门诊累计 0.00 → 1,580.00 元，起付标准 300.00 元至限额 6,000.00 元之间的 1,280.00 元 × 50%（其他医疗机构）= 640.00 元由统筹基金支付',
      result: '个人账户支付 420.00 元；统筹基金支付 640.00 元；个人自负 940.00 元',
      // each named figure by its key, for the page to mark (the scan finds a label still to write by it)
      parts: [
        { key: 'personalAccount', label: '个人账户支付', text: '420.00 元' },
        { key: 'pooledFund', label: '统筹基金支付', text: '640.00 元' },
        { key: 'selfBurden', label: '个人自负', text: '940.00 元' },
      ],
      note: undefined,
    });
    // the inpatient bill's step includes its deductible, so its figures are the bill's
    expect(m.steps.at(-1)!.result).toBe('统筹基金支付 24,820.00 元；大病保险支付 0.00 元；个人自负 5,180.00 元');
    for (const s of m.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
  });

  it('reads in English', async () => {
    const { info, output } = await answer('employee-medical-settlement', WORKED);
    const m = buildResultModel(output, info.output, 'en', resultOverlayOf(info));
    expect(m.split!.parts.map((p) => p.label)).toEqual([
      'Pooled fund',
      'Critical-illness insurance',
      'Personal account',
      'Own share',
      'Self-pay',
    ]);
    expect(m.steps[3]!.title).toBe('Bill 2 (2015-03-01 outpatient): outpatient pooling');
    expect(m.steps[3]!.formula).toBe(
      'account pays min(balance 420.00, bill 2,000.00) = 420.00; counter 0.00 → 1,580.00; part between 300.00 and 6,000.00 = 1,280.00; × 50% = 640.00',
    );
    expect(m.steps[0]!.title).toBe('Personal account monthly credit');
    expect(m.summary).toContain(
      'Pooled fund 25,460.00 yuan; Critical-illness insurance 0.00 yuan; Personal account 1,920.00 yuan; Own share 6,120.00 yuan',
    );
    expect(m.notices[0]).toMatch(/^The values of “Employee basic medical insurance” were checked/);
    const table = m.views.find((v): v is TableView => v.t === 'table')!;
    expect(table.rows[2]!.slice(0, 2).map((c) => c.text)).toEqual(['3', 'Inpatient']);
  });
});

describe('the basis under a result', () => {
  it('each article once, by document, in the order the steps meet them; a piece without its document is of the one before', () => {
    expect(
      basisOf(
        [
          '嘉政发〔2014〕87号 第二十三条',
          '嘉政发〔2014〕87号 第二十五条；第二十三条',
          '嘉政办发〔2014〕101号 二',
          '嘉政发〔2014〕87号 第二十三条',
        ],
        'zh-CN',
      ),
    ).toBe('嘉政发〔2014〕87号 第二十三条、第二十五条；嘉政办发〔2014〕101号 二');
    expect(basisOf(['嘉政发〔2014〕87号 第九条', '嘉政发〔2014〕87号 第十条'], 'en')).toBe('嘉政发〔2014〕87号 第九条, 第十条');
    expect(basisOf([], 'zh-CN')).toBe('');
  });

  it('the example result of every calculator names the articles its steps cite', async () => {
    for (const c of listedCalculators() as CalculatorInfo[]) {
      const example = Object.values(c.examples ?? {})[0] as { value: unknown } | undefined;
      if (!example) continue;
      const { output } = await answer(c.id, example.value);
      const m = buildResultModel(output, c.output, 'zh-CN');
      const rules = ((output.trace as { steps: { rule: string }[] }).steps ?? []).map((st) => st.rule);
      expect(m.basis, c.id).not.toBe('');
      for (const rule of rules) expect(m.basis, `${c.id}: ${rule}`).toContain(rule.split(/[；;]/)[0]!.replace(/^\S+号\s*/, ''));
    }
  });
});

describe('generic results (calculators without a presentation)', () => {
  it('the personal-account credit: an age is a plain number, money has two decimals and a unit', async () => {
    const { info, output } = await answer('employee-medical-account', { year: 2015, status: 'retired', birthDate: '1945-03-10' });
    const m = buildResultModel(output, info.output, 'zh-CN');
    expect(m.split).toBeNull();
    // without a presentation: the shared dictionary's labels, else the English words (the scan reports them); the
    // band's English text is left out in Chinese
    expect(flat(m.views)).toEqual([
      ['year', '年度', '2015', undefined],
      ['scheme', '参保类型', 'B', undefined],
      ['hasAccount', 'Has account', '是', undefined],
      ['ageOnFirstJanuary', '当年1月1日年龄', '69', undefined],
      ['monthlyCredit', '每月划入个人账户', '160.00', '元'],
      ['annualCredit', '全年划入个人账户', '1,920.00', '元'],
      ['reason', '原因', '—', undefined],
    ]);
    expect(m.steps.map((s) => [s.title, s.result])).toEqual([
      ['按参保类别确定是否建立个人账户', '是'],
      ['个人账户每月划入', '160.00'],
      ['全年划入', '1,920.00'],
    ]);
  });

  it('a share (x-unit ratio) reads as a percentage: the contribution rates 7.5% and 2%, not 0.075 and 0.02', async () => {
    const { info, output } = await answer('employee-medical-contribution', {
      year: 2015,
      scheme: 'B',
      category: 'employer',
      employed: 10,
      retired: 3,
      base: 48000,
    });
    const rates = (output.rates ?? {}) as Record<string, number | null>;
    const values = flat(buildResultModel(output, info.output, 'zh-CN').views);
    const shown = new Map(values.map(([path, , text]) => [path, text]));
    for (const [k, v] of Object.entries(rates))
      if (typeof v === 'number') expect(shown.get(`rates.${k}`), k).toBe(`${Number((v * 100).toFixed(6))}%`);
    expect(shown.get('rates.employerPerEmployed')).toMatch(/^\d+(\.\d+)?%$/);
    // a raw fraction (0.075) nowhere; money (0.00 元) is not one
    expect(values.filter(([, , t, unit]) => !unit && /^0\.\d+$/.test(t))).toEqual([]);
    // the amounts per person are money: yuan with two decimals (x-unit CNY), like the totals
    expect(values.filter(([p]) => p.startsWith('perPersonMonthly.') && shown.get(p) !== '—').map(([p, , t, u]) => [p, t, u])).toEqual([
      ['perPersonMonthly.employerPerEmployed', '300.00', '元'],
      ['perPersonMonthly.employerPerRetired', '160.00', '元'],
      ['perPersonMonthly.employee', '80.00', '元'],
      ['perPersonMonthly.employeePerRetired', '0.00', '元'],
    ]);
  });

  it('an unknown output: statuses in words, undetermined with its reason, codes through their labels, English prose left out in Chinese', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        eligible: { anyOf: [{ type: 'boolean' }, { type: 'null' }], description: '是否符合补贴条件' },
        rate: { type: 'number', description: 'Rate applied' },
        subsidy: { type: 'number', 'x-unit': 'CNY', description: '补贴金额' },
        days: { type: 'array', items: { type: 'integer' } },
        band: { type: 'object', properties: { from: { type: 'number' }, to: { type: ['number', 'null'] } } },
        conditions: {
          type: 'array',
          items: {
            type: 'object',
            properties: { code: { type: 'string' }, status: { type: 'string', enum: ['met', 'not_met', 'not_assessed'] } },
          },
        },
      },
    };
    const out = {
      eligible: null,
      rate: 0.9,
      subsidy: 12000,
      days: [250, 320],
      band: { from: 90, to: null },
      conditions: [
        { code: 'residence', status: 'met', met: true, detail: 'has a rented home', citation: '嘉政办发〔2014〕98号 三（一）1' },
        { code: 'employment', status: 'not_assessed', met: null, detail: '就业证明 (proof of employment)' },
      ],
      notAssessed: [
        {
          item: 'employment',
          reason: 'input-not-given',
          fields: ['employment.months', 'county_rules.x'],
          text: { zh: '未提供就业月数', en: 'months not given' },
        },
      ],
      how: '事先或及时 (in advance or promptly)',
      funded: '从基金划转 / transferred from the fund',
      notices: [{ code: 'after-verified-through', zh: '数值沿用', en: 'carried forward' }],
      data: { table: 'x' },
    };
    const overlay = {
      labels: { 'conditions.*.code': { zh: '条件', en: 'Condition' } },
      options: { 'conditions.*.code': { residence: { zh: '合法稳定住所', en: 'Stable residence' } } },
    };
    const fieldLabel = (p: string) => (p === 'employment.months' ? '就业月数' : undefined);
    const zh = buildResultModel(out, schema, 'zh-CN', overlay, fieldLabel);
    expect(zh.notices).toEqual(['数值沿用']);
    expect(flat(zh.views)).toEqual([
      ['eligible', '是否符合补贴条件', '尚不能确定', undefined],
      ['rate', 'Rate', '0.9', undefined],
      ['subsidy', '补贴金额', '12,000.00', '元'],
      ['days', 'Days', '250、320', undefined],
      // band.to is null: an empty field is left out of a part that says something else
      ['band.from', 'From', '90', undefined],
      ['conditions.0.citation', '依据', '嘉政办发〔2014〕98号 三（一）1', undefined],
      ['conditions.1.detail', 'Detail', '就业证明', undefined],
      ['notAssessed.0.reason', '原因', '未提供所需信息', undefined],
      ['notAssessed.0.fields', '需要补充的信息', '就业月数', undefined],
      ['notAssessed.0.text', '说明', '未提供就业月数', undefined],
      ['how', 'How', '事先或及时', undefined],
      ['funded', 'Funded', '从基金划转', undefined],
    ]);
    const items = zh.views.find((v): v is ItemsView => v.t === 'items' && v.path === 'conditions')!;
    // the title is the condition's code in words, the status a verdict in words, `met` not repeated
    expect(items.items.map((i) => [i.title, i.status?.text, i.status?.reason])).toEqual([
      ['合法稳定住所', '符合', undefined],
      ['employment', '尚不能确定', '未提供就业月数'],
    ]);
    expect(items.items[0]!.children.map((c) => (c as ValueView).path)).toEqual(['conditions.0.citation']);
    const en = buildResultModel(out, schema, 'en', overlay, fieldLabel);
    expect(flat(en.views).map(([p, l, text]) => [p, l, text])).toContainEqual(['conditions.0.detail', 'Detail', 'has a rented home']);
    expect(flat(en.views).map(([p, , text]) => [p, text])).toContainEqual(['funded', 'transferred from the fund']);
    expect(flat(en.views).map(([p, , text]) => [p, text])).toContainEqual(['eligible', 'Not yet determined']);
  });

  it('a card leaves out its empty fields («—») when it says something else; a card with nothing else keeps them', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        notes: {
          type: 'array',
          items: {
            type: 'object',
            properties: { text: { type: ['string', 'null'] }, note: { type: 'string' }, citation: { type: ['string', 'null'] } },
          },
        },
      },
    };
    const out = {
      notes: [
        { text: null, note: '原文未公布：没有规定装机容量。', citation: '嘉政发〔2014〕84号 一（一）' },
        { text: null, citation: null },
      ],
    };
    const overlay = { labels: { 'notes.*.text': { zh: '内容', en: 'Text' }, 'notes.*.note': { zh: '备注', en: 'Note' } } };
    const items = buildResultModel(out, schema, 'zh-CN', overlay).views.find((v): v is ItemsView => v.t === 'items')!;
    expect(items.items[0]!.children.map((c) => [(c as ValueView).label, (c as ValueView).text])).toEqual([
      ['备注', '原文未公布：没有规定装机容量。'],
      ['依据', '嘉政发〔2014〕84号 一（一）'],
    ]);
    expect(items.items[1]!.children.map((c) => (c as ValueView).text)).toEqual(['—', '—']);
  });

  it('a status the calculator words itself is drawn neutral: "met" may be the bad outcome (a ground for refusal holds)', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        grounds: {
          type: 'array',
          items: { type: 'object', properties: { rule: { type: 'string' }, status: { type: 'string', enum: ['met', 'not_met'] } } },
        },
        rules: {
          type: 'array',
          items: { type: 'object', properties: { rule: { type: 'string' }, status: { type: 'string', enum: ['met', 'not_met'] } } },
        },
      },
    };
    const out = { grounds: [{ rule: 'a', status: 'met' }], rules: [{ rule: 'b', status: 'not_met' }] };
    const overlay = {
      options: { 'grounds.*.status': { met: { zh: '属于', en: 'Applies' }, not_met: { zh: '不属于', en: 'Does not apply' } } },
    };
    const model = buildResultModel(out, schema, 'zh-CN', overlay, () => undefined);
    const statuses = model.views
      .filter((v): v is ItemsView => v.t === 'items')
      .map((v) => [v.path, v.items[0]!.status?.text, v.items[0]!.status?.renamed]);
    expect(statuses).toEqual([
      ['grounds', '属于', true],
      ['rules', '不符合', undefined],
    ]);
  });

  it('a table column may name a field of a part of the row; a code of one item of a list is labelled by its [*] form', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        firms: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              sanctions: { type: 'object', properties: { inBottom: { type: 'boolean' }, closure: { type: 'string' } } },
            },
          },
        },
        notAssessed: { type: 'array', items: { type: 'object', properties: { item: { type: 'string' }, reason: { type: 'string' } } } },
      },
    };
    const out = {
      firms: [{ id: 'A', sanctions: { inBottom: true, closure: 'not_assessed' } }],
      notAssessed: [{ item: 'firms[0].sanctions.closure', reason: 'input-not-given' }],
    };
    const overlay = {
      tables: { firms: { columns: [{ key: 'id' }, { key: 'sanctions.inBottom' }, { key: 'sanctions.closure' }] } },
      options: { 'notAssessed.*.item': { 'firms[*].sanctions.closure': { zh: '关停计划', en: 'Closure plan' } } },
    };
    const m = buildResultModel(out, schema, 'zh-CN', overlay, () => undefined);
    const table = m.views.find((v): v is TableView => v.t === 'table')!;
    expect(table.rows[0]!.map((c) => [c.path, c.text])).toEqual([
      ['firms.0.id', 'A'],
      ['firms.0.sanctions.inBottom', '是'],
      ['firms.0.sanctions.closure', '尚不能确定'],
    ]);
    expect(m.views.find((v): v is ItemsView => v.t === 'items')!.items[0]!.title).toBe('关停计划');
  });

  it('a value not published shows its text for people, not the detail for developers', () => {
    const missing = {
      reason: 'not-published',
      table: 't',
      key: 'outpatient.annual_cap',
      date: '2015-03-01',
      citation: '嘉政办发〔2014〕101号 二',
      detail: 't outpatient.annual_cap (Annual cap) is not published in the source',
      text: { zh: '原文未公布“年度最高补偿额”', en: 'The source does not publish the annual cap' },
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = buildResultModel({ missing: [missing] }, { type: 'object' }, lang);
      const paths = (m.views[0] as ItemsView).items[0]!.children.map((c) => (c as ValueView).path);
      expect(paths).toEqual(['missing.0.reason', 'missing.0.date', 'missing.0.citation', 'missing.0.text']);
    }
  });

  it('a split of nothing has no bar width', () => {
    const s = buildSplit({ pooledFund: 0, selfBurden: 0 }, 'en', 'Who pays what')!;
    expect(s.total).toBe(0);
    expect(s.parts.map((p) => p.width)).toEqual([0, 0]);
    expect(buildSplit({ pooledFund: 10 }, 'en', 'x')).toBeNull();
  });

  it.each([
    ['no local hukou', 'zh-CN', undefined],
    ['no local hukou', 'en', 'no local hukou'],
    ['相应的房屋租赁合同', 'zh-CN', '相应的房屋租赁合同'],
    ['从居民医保基金中统一划转 / transferred centrally', 'zh-CN', '从居民医保基金中统一划转'],
    ['从居民医保基金中统一划转 / transferred centrally', 'en', 'transferred centrally'],
    ['7 ≥ 6', 'zh-CN', '7 ≥ 6'],
    ['6 ≥ 6 within 1 year(s) (累计, the 12 months)', 'zh-CN', undefined],
  ] as const)('free text «%s» in %s', (text, lang, expected) => expect(proseIn(text, lang)).toBe(expected));
});

describe('widget.js bundle', () => {
  it('is at most 30 KB gzip and fetches nothing from elsewhere', async () => {
    const r = await build({
      entryPoints: ['widget/src/index.ts'],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      legalComments: 'none',
      target: ['es2022'],
      tsconfig: 'widget/tsconfig.json',
    });
    const code = r.outputFiles[0]!.text;
    const gz = gzipSync(Buffer.from(code), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(30 * 1024);
    expect(gz).toBeGreaterThan(5 * 1024);
    // no URL but the SVG namespace: the API base comes from the script's own URL at run time
    expect(code.match(/https?:\/\/[^\s"'`]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(code).not.toMatch(/\bimport\(|importScripts|eval\(|new Function/);
    expect(code).toContain('policy-calculator');
  });
});
