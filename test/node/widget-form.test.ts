import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';
import {
  buildFormModel,
  idFor,
  initialState,
  labelAt,
  placeErrors,
  renderedPointers,
  switchVariant,
  toRequest,
  type FieldNode,
  type GroupNode,
  type ListNode,
  type Node,
  type StateObject,
  type VariantNode,
} from '../../widget/src/form-model';
import { descriptionIn, humanize } from '../../widget/src/i18n';
import { formOverlayOf } from '../../widget/src/overlays';
import { fieldErrorsOf } from '../../widget/src/problems';
import type { CalculatorInfo, JsonSchema, Problem } from '../../widget/src/types';
import { listedCalculators, requestOf } from '../helpers/calc';
import { docsOf } from '../../scripts/lib/policy';
import { employeeMedicalSettlement } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';

async function listed(lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<CalculatorInfo[]> {
  return listedCalculators(lang) as CalculatorInfo[];
}
const settlementInfo = async () => (await listed()).find((c) => c.id === 'employee-medical-settlement')!;

const child = (g: GroupNode, key: string) => {
  const n = g.children.find((c) => c.key === key);
  if (!n) throw new Error(`no child ${key} in ${g.children.map((c) => c.key).join(',')}`);
  return n;
};
const fieldOf = (g: GroupNode, key: string) => child(g, key) as FieldNode;
const variantOf = (v: VariantNode, value: string) => v.variants.find((x) => x.value === value)!.node;

/** The settlement's worked example as /docs shows it: every defaulted field written out, as the form sends it. */
const WORKED = requestOf(employeeMedicalSettlement, 'workedExample');

describe('GET /v1/calculators gives forms what they need', () => {
  it('input schemas carry descriptions, date formats and the yuan unit from the zod .openapi() metadata', async () => {
    const info = await settlementInfo();
    const props = info.input.properties!;
    expect(props.year!.description).toBe('Settlement year (calendar year, 第四十五条)');
    const person = props.person!.properties!;
    expect(person.birthDate).toMatchObject({ type: 'string', format: 'date' });
    expect(person.status!.description).toBe('在职 employed / 退休 retired');
    expect(props.currentYearAccount).toMatchObject({ type: 'number', 'x-unit': 'CNY', minimum: 0 });
    const outpatient = props.claims!.items!.oneOf![0]!.properties!;
    expect(outpatient.eligibleAmount!['x-unit']).toBe('CNY');
    expect(info.output.properties!.totals!.properties!.pooledFund).toMatchObject({ type: 'number', 'x-unit': 'CNY' });
  });
});

describe('form model of the employee settlement (hand-designed overlay on the schema)', () => {
  it('has year, the person (scheme, status, birth date, veteran) and a list of bills, labelled in Chinese', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    expect(m.children.map((c) => c.key)).toEqual(['year', 'person', 'currentYearAccount', 'claims']);
    expect(fieldOf(m, 'year')).toMatchObject({
      label: '结算年度',
      control: 'number',
      valueType: 'integer',
      min: 1949,
      max: 2100,
      required: true,
    });
    const person = child(m, 'person') as GroupNode;
    expect(person.label).toBe('参保人信息');
    expect(fieldOf(person, 'scheme')).toMatchObject({
      control: 'radio',
      required: true,
      options: [
        { value: 'A', label: '统账一（不设个人账户）' },
        { value: 'B', label: '统账二（设个人账户）' },
      ],
    });
    expect(fieldOf(person, 'status').options).toEqual([
      { value: 'employed', label: '在职' },
      { value: 'retired', label: '退休' },
    ]);
    expect(fieldOf(person, 'birthDate')).toMatchObject({ label: '出生日期', control: 'date', required: true });
    // yes/no as 是/否: a default answers "no" until the citizen says otherwise
    expect(fieldOf(person, 'preLiberationVeteran')).toMatchObject({
      control: 'radio',
      valueType: 'boolean',
      default: 'false',
      required: false,
      options: [
        { value: 'true', label: '是' },
        { value: 'false', label: '否' },
      ],
    });
    expect(fieldOf(m, 'currentYearAccount')).toMatchObject({ control: 'number', unit: 'CNY', required: false });
  });

  it('lets a citizen add bills of four kinds with the fields of each kind', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    const claims = child(m, 'claims') as ListNode;
    expect(claims).toMatchObject({ t: 'list', min: 1, max: 1000, itemLabel: '费用', label: '医疗费用' });
    const item = claims.item as VariantNode;
    expect(item.t).toBe('variant');
    expect(item.discriminator).toBe('kind');
    expect(item.variants.map((v) => [v.value, v.label])).toEqual([
      ['outpatient', '门诊'],
      ['inpatient', '住院'],
      ['designated-disease', '规定病种门诊'],
      ['home-sickbed', '家庭病床'],
    ]);
    const keys = (v: string) => variantOf(item, v).children.map((c) => c.key);
    expect(keys('outpatient')).toEqual(['date', 'facility', 'eligibleAmount']);
    // segments (transfers between levels) stay an API feature; level and amount become required
    expect(keys('inpatient')).toEqual(['date', 'level', 'eligibleAmount', 'location']);
    expect(keys('designated-disease')).toEqual(['date', 'eligibleAmount', 'herbalDoses', 'herbalAmount']);
    expect(keys('home-sickbed')).toEqual(['date', 'months', 'eligibleAmount']);
    const inpatient = variantOf(item, 'inpatient');
    expect(fieldOf(inpatient, 'level')).toMatchObject({ control: 'radio', valueType: 'integer', required: true, label: '医院级别' });
    expect(fieldOf(inpatient, 'level').options!.map((o) => o.value)).toEqual(['1', '2', '3']);
    expect(fieldOf(inpatient, 'eligibleAmount').required).toBe(true);
    expect(fieldOf(inpatient, 'date').label).toBe('入院日期');
    expect(fieldOf(inpatient, 'location')).toMatchObject({ control: 'select', default: 'local', required: false });
    expect(fieldOf(variantOf(item, 'outpatient'), 'date').label).toBe('就诊日期');
    expect(fieldOf(variantOf(item, 'designated-disease'), 'herbalDoses')).toMatchObject({
      valueType: 'integer',
      default: '0',
      required: false,
    });
    expect(fieldOf(variantOf(item, 'home-sickbed'), 'months')).toMatchObject({ valueType: 'integer', min: 1, max: 12, required: true });
  });

  it('names a request field an answer points at, with dots or brackets (`claims[0].eligibleAmount`)', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    for (const path of ['claims.0.eligibleAmount', 'claims[0].eligibleAmount', 'claims[].eligibleAmount'])
      expect(labelAt(m, path)).toBe('符合规定的费用（元）');
  });

  it('is labelled in English too', async () => {
    const info = (await listed('en')).find((c) => c.id === 'employee-medical-settlement')!;
    const m = buildFormModel(info.input, 'en', formOverlayOf(info));
    expect(fieldOf(m, 'year').label).toBe('Settlement year');
    const item = (child(m, 'claims') as ListNode).item as VariantNode;
    expect(item.discriminatorLabel).toBe('Type of care');
    expect(item.variants.map((v) => v.label)).toEqual(['Outpatient', 'Inpatient', 'Designated-disease outpatient', 'Home sickbed']);
    expect(fieldOf(variantOf(item, 'outpatient'), 'facility').options!.map((o) => o.label)).toEqual([
      'Community health centre',
      'Other hospital or pharmacy',
    ]);
  });

  it('starts from the worked example and turns it back into the same request', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    const state = initialState(m, WORKED) as StateObject;
    expect(state.year).toBe('2015');
    expect((state.claims as StateObject[])[2]).toEqual({
      kind: 'inpatient',
      date: '2015-05-01',
      level: '3',
      eligibleAmount: '30000',
      location: 'local',
    });
    const { body, errors } = toRequest(m, state, 'zh-CN');
    expect(errors).toEqual([]);
    expect(body).toEqual(WORKED);
  });
});

describe('every calculator: the generated form reproduces its examples', () => {
  it.each(calculators.map((c) => [c.id, c] as const))('%s', async (id, calc) => {
    const info = (await listed()).find((c) => c.id === id)!;
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    for (const ex of Object.values(docsOf(calc).examples)) {
      const { body, errors } = toRequest(m, initialState(m, ex.value), 'zh-CN');
      expect(errors).toEqual([]);
      expect(calc.input.parse(body)).toEqual(calc.input.parse(ex.value));
    }
    // every field has a label a person can read (not a raw JSON key like "birthDate"), and a control to fill: no JSON
    const fields = (n: Node): FieldNode[] =>
      n.t === 'field'
        ? [n]
        : n.t === 'group'
          ? n.children.flatMap(fields)
          : n.t === 'list'
            ? fields(n.item)
            : n.t === 'map'
              ? [n.keyField, ...fields(n.value)]
              : n.variants.flatMap((v) => fields(v.node));
    for (const f of fields(m)) {
      expect(['text', 'number', 'date', 'datetime', 'month', 'select', 'radio', 'year', 'hidden']).toContain(f.control);
      if (f.control !== 'hidden') expect(f.label).not.toMatch(/^[a-z]+[A-Z]\w*$/);
    }
  });

  it('the personal-account calculator gets the shared dictionary labels without an overlay', async () => {
    const info = (await listed()).find((c) => c.id === 'employee-medical-account')!;
    const m = buildFormModel(info.input, 'zh-CN');
    expect(m.children.map((c) => [c.key, c.label])).toEqual([
      ['year', '年度'],
      ['scheme', '参保类型'],
      ['status', '人员类别'],
      ['birthDate', '出生日期'],
    ]);
    expect(fieldOf(m, 'status')).toMatchObject({
      control: 'select',
      options: [
        { value: 'employed', label: '在职' },
        { value: 'retired', label: '退休' },
      ],
    });
  });
});

describe('generic schemas', () => {
  const schema: JsonSchema = {
    type: 'object',
    $defs: { Money: { type: 'number', minimum: 0, 'x-unit': 'CNY', description: 'Amount 金额' } },
    properties: {
      area: { type: 'number', exclusiveMinimum: 0, description: 'Floor area in square metres 建筑面积' },
      purpose: { type: 'string', enum: ['residential', 'commercial'], description: 'Use 用途' },
      price: { $ref: '#/$defs/Money' },
      grade: {
        anyOf: [
          { type: 'integer', const: 1 },
          { type: 'integer', const: 2 },
        ],
      },
      note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      subsidised: { type: 'boolean' },
      extras: { type: 'object', additionalProperties: { type: 'number' } },
      tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
      startDate: { type: 'string' },
      owner: { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'] },
    },
    required: ['area', 'purpose', 'price', 'grade'],
  };

  it('maps types to controls, resolves $ref, unwraps nullable; a record is rows of key and value', () => {
    const m = buildFormModel(schema, 'en');
    expect(fieldOf(m, 'area')).toMatchObject({
      control: 'number',
      valueType: 'number',
      min: 0,
      exclusiveMin: true,
      label: 'Floor area in square metres',
      required: true,
    });
    expect(fieldOf(m, 'purpose')).toMatchObject({
      control: 'select',
      label: 'Use',
      options: [
        { value: 'residential', label: 'residential' },
        { value: 'commercial', label: 'commercial' },
      ],
    });
    expect(fieldOf(m, 'price')).toMatchObject({ control: 'number', unit: 'CNY', label: 'Amount' });
    expect(fieldOf(m, 'grade')).toMatchObject({ control: 'select', valueType: 'integer', label: 'Grade' });
    expect(fieldOf(m, 'note')).toMatchObject({ control: 'text', required: false });
    // optional yes/no without a default: "not known" must be sayable, so a third choice, sent as nothing
    expect(fieldOf(m, 'subsidised')).toMatchObject({
      control: 'radio',
      valueType: 'boolean',
      label: 'Subsidised',
      options: [
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
        { value: '', label: 'Not known' },
      ],
    });
    expect(child(m, 'extras')).toMatchObject({
      t: 'map',
      keyField: { control: 'text', valueType: 'string' },
      value: { t: 'field', control: 'number', valueType: 'number' },
    });
    expect(child(m, 'tags')).toMatchObject({ t: 'list', max: 3, item: { t: 'field', control: 'text' } });
    expect(fieldOf(m, 'startDate').control).toBe('date');
    expect(child(m, 'owner')).toMatchObject({ t: 'group', required: false });
    // A Chinese label comes from a description wholly in Chinese; pieces cut out of a mixed one read as nonsense
    // ("三（一）2"), so it falls back to the English words, which the widget scan reports as wording to write.
    const zh = buildFormModel(
      { ...schema, properties: { ...schema.properties, use: { type: 'string', description: '用途：住宅或商业' } } },
      'zh-CN',
    );
    expect(fieldOf(zh, 'use')).toMatchObject({ label: '用途', hint: '用途：住宅或商业' });
    expect(fieldOf(zh, 'area').label).toBe('Floor area in square metres');
    expect(fieldOf(zh, 'purpose').label).toBe('Use');
  });

  it('checks what the schema says before sending, with JSON Pointers and localized messages', () => {
    const m = buildFormModel(schema, 'en');
    const state = initialState(m) as StateObject;
    Object.assign(state, {
      area: '0',
      purpose: '',
      price: '12.345',
      grade: '2',
      extras: [
        { $key: 'a', $value: '1,5' },
        { $key: 'a', $value: '2' },
      ],
      tags: ['x', ''],
      startDate: '2015-02-30',
    });
    (state.owner as StateObject).name = '';
    const { body, errors } = toRequest(m, state, 'en');
    expect(errors).toEqual([
      { pointer: '/area', message: 'Must be at least 0' },
      { pointer: '/purpose', message: 'Please choose one' },
      { pointer: '/price', message: 'At most two decimals (fen)' },
      { pointer: '/extras/a', message: 'Check the thousands separators, e.g. 1,200' },
      { pointer: '/extras/a#key', message: 'Appears twice' },
      { pointer: '/tags/1', message: 'This field is required' },
      { pointer: '/startDate', message: 'Enter a valid date (YYYY-MM-DD)' },
    ]);
    // an optional group left empty is left out, an optional blank field is omitted, integers are numbers
    expect(body).toMatchObject({ grade: 2 });
    expect(body).not.toHaveProperty('subsidised');
    expect(body).not.toHaveProperty('owner');
    expect(body).not.toHaveProperty('note');
    const zh = toRequest(buildFormModel(schema, 'zh-CN'), { ...state, area: 'abc' }, 'zh-CN').errors;
    expect(zh[0]).toEqual({ pointer: '/area', message: '请输入数字' });
  });

  it('an optional section left as it was (blank, a yes/no at its default) is left out; once touched, it asks for its required fields', () => {
    const section: JsonSchema = {
      type: 'object',
      properties: {
        copy: {
          type: 'object',
          properties: { approvedAt: { type: 'string', format: 'date' }, urgent: { type: 'boolean', default: false } },
          required: ['approvedAt'],
        },
      },
    };
    const m = buildFormModel(section, 'en');
    const state = initialState(m) as StateObject;
    expect(toRequest(m, state, 'en')).toEqual({ body: {}, errors: [] });
    (state.copy as StateObject).urgent = 'true';
    expect(toRequest(m, state, 'en').errors).toEqual([{ pointer: '/copy/approvedAt', message: 'This field is required' }]);
  });

  it('integers, bounds, list sizes', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'en', formOverlayOf(info));
    const state = initialState(m, WORKED) as StateObject;
    state.year = '2015.5';
    (state.claims as StateObject[])[0]!.eligibleAmount = '-1';
    (state.claims as StateObject[])[2]!.level = '';
    expect(toRequest(m, state, 'en').errors).toEqual([
      { pointer: '/year', message: 'Enter a whole number' },
      { pointer: '/claims/0/eligibleAmount', message: 'Must be at least 0' },
      { pointer: '/claims/2/level', message: 'Please choose one' },
    ]);
    state.year = '2015';
    state.claims = [];
    expect(toRequest(m, state, 'en').errors).toEqual([{ pointer: '/claims', message: 'Add at least 1' }]);
  });
});

describe('a share (x-unit ratio) is typed as a percentage', () => {
  it('the bed subsidy’s occupancy: 75 typed gives 0.75, the example 0.6 shows as 60, bounds in percent', async () => {
    const info = (await listed()).find((c) => c.id === 'elderly-care-bed-subsidy')!;
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    const field = m.children.find((c) => c.key === 'nursingOccupancyRatio') as FieldNode;
    expect(field).toMatchObject({ unit: 'ratio', min: 0, max: 100 });
    const state = initialState(m, { nursingOccupancyRatio: 0.600001 }) as StateObject;
    expect(state.nursingOccupancyRatio).toBe('60.0001');
    state.nursingOccupancyRatio = '75';
    expect(toRequest(m, state, 'zh-CN').body.nursingOccupancyRatio).toBe(0.75);
    state.nursingOccupancyRatio = '7.5';
    expect(toRequest(m, state, 'zh-CN').body.nursingOccupancyRatio).toBe(0.075);
    state.nursingOccupancyRatio = '120';
    expect(toRequest(m, state, 'en').errors).toContainEqual({ pointer: '/nursingOccupancyRatio', message: 'Must be at most 100' });
  });
});

describe('switching the type of a bill, placing errors', () => {
  it("keeps the date and amount, takes the new kind's defaults", async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    const item = (child(m, 'claims') as ListNode).item as VariantNode;
    const st = switchVariant(item, { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: '1500' }, 'inpatient');
    expect(st).toEqual({ kind: 'inpatient', date: '2015-02-01', level: '', eligibleAmount: '1500', location: 'local' });
    const dd = switchVariant(item, st, 'designated-disease');
    expect(dd).toEqual({ kind: 'designated-disease', date: '2015-02-01', eligibleAmount: '1500', herbalDoses: '0', herbalAmount: '0' });
  });

  it('shows each API error at the deepest rendered field; errors in hidden fields go to their bill', async () => {
    const info = await settlementInfo();
    const m = buildFormModel(info.input, 'zh-CN', formOverlayOf(info));
    const pointers = renderedPointers(m, initialState(m, WORKED));
    expect(pointers).toContain('/claims/2/level');
    expect(pointers).toContain('/claims/0/kind');
    expect(pointers).not.toContain('/claims/2/segments');
    // a validation problem in the error format: each error's code and its { zh, en } message
    const problem: Problem = {
      type: '/problems/validation-error',
      code: 'validation-error',
      status: 422,
      message: { zh: '请求参数不符合要求：共 6 处错误。', en: 'The request body is not valid: 6 errors.' },
      errors: [
        {
          pointer: '/claims/0/date',
          in: 'body',
          code: 'date-outside-year',
          message: { zh: '须在结算年度 2015 内', en: 'must fall in the settlement year 2015' },
        },
        {
          pointer: '/claims/2/segments',
          in: 'body',
          code: 'invalid-format',
          message: { zh: '医院级别和分段费用只能填一种', en: 'give either level + eligibleAmount or segments, not both' },
        },
        {
          pointer: '/person/birthDate',
          in: 'body',
          code: 'too-big',
          message: { zh: '不能晚于结算年度', en: 'is after the settlement year' },
        },
        { pointer: '/claims/0/date', in: 'body', code: 'invalid-format', message: { zh: '第二条', en: 'second' } },
        { pointer: '', in: 'body', code: 'invalid-type', message: { zh: '请求格式不对', en: 'root' } },
        { pointer: '/unknown', in: 'body', code: 'unknown-field', message: { zh: '多余的字段', en: 'nowhere' } },
      ],
      errorCount: 6,
    };
    const { at, unplaced } = placeErrors(fieldErrorsOf(problem, 'zh-CN'), pointers);
    expect(Object.fromEntries(at)).toEqual({
      '/claims/0/date': ['须在结算年度 2015 内', '第二条'],
      '/claims/2': ['医院级别和分段费用只能填一种'],
      '/person/birthDate': ['不能晚于结算年度'],
    });
    expect(unplaced.map((e) => e.message)).toEqual(['请求格式不对', '多余的字段']);
    // in English the same answer places the English messages
    const en = placeErrors(fieldErrorsOf(problem, 'en'), pointers);
    expect(en.at.get('/claims/0/date')).toEqual(['must fall in the settlement year 2015', 'second']);
  });

  it('ids for pointers are valid, distinct and stable', () => {
    expect(idFor('/claims/0/date')).toBe('pc.claims.0.date');
    expect(idFor('/a b/c~1d')).toBe('pc.a_20b.c_7e1d');
    expect(new Set(['/a/b', '/a.b', '/ab', '/a_b'].map(idFor)).size).toBe(4);
  });
});

describe('labels from bilingual descriptions, step titles', () => {
  it.each([
    ['Eligible amount 符合规定支付范围的费用 (yuan)', '符合规定支付范围的费用', 'Eligible amount (yuan)'],
    ['在职 employed / 退休 retired', '在职，退休', 'employed / retired'],
    ['Settlement year (calendar year, 第四十五条)', '', 'Settlement year (calendar year)'],
    ['建国前参加革命工作的老工人 (第二十九条)', '建国前参加革命工作的老工人', ''],
    ['Date of the bill', '', 'Date of the bill'],
    [
      'Facility level 医疗机构级别: 1 一级及以下/社区, 2 二级/县级, 3 三级/市级',
      '医疗机构级别，1 一级及以下/社区，2 二级/县级，3 三级/市级',
      'Facility level: 1, 2, 3',
    ],
  ])('%s', (d, zh, en) => {
    expect(descriptionIn(d, 'zh-CN')).toBe(zh);
    expect(descriptionIn(d, 'en')).toBe(en);
  });

  it('a description that opens with codes names no field: the key is humanized instead', () => {
    const m = buildFormModel(
      {
        type: 'object',
        properties: { facilityKind: { type: 'string', enum: ['a_b', 'c_d'], description: 'level1_essential_drugs: x; level2: y' } },
      },
      'en',
    );
    expect(m.children[0]).toMatchObject({ label: 'Facility kind' });
    expect((m.children[0] as { hint?: string }).hint).toBeUndefined();
  });

  it('a text code the presentation names options for (a row of a workbook sheet) is chosen, not typed', () => {
    const schema = {
      type: 'object',
      properties: {
        firms: { type: 'array', items: { type: 'object', properties: { exclusions: { type: 'array', items: { type: 'string' } } } } },
      },
    };
    const m = buildFormModel(schema, 'zh-CN', {
      options: { 'firms.*.exclusions.*': { 'major-violation': { zh: '发生重大环境违法行为', en: 'Major environmental violation' } } },
    });
    const exclusions = (child(m, 'firms') as ListNode).item as GroupNode;
    const code = (exclusions.children[0] as ListNode).item as FieldNode;
    expect(code).toMatchObject({
      control: 'select',
      valueType: 'string',
      options: [{ value: 'major-violation', label: '发生重大环境违法行为' }],
    });
  });

  it('humanizes keys', () => {
    expect(humanize('birthDate')).toBe('Birth date');
    expect(humanize('max_area')).toBe('Max area');
  });
});
