/**
 * npm run tables:new -- <table-id> [--domain health] [--title-zh 标题] [--title-en Title] [--lang en]
 *
 * Scaffolds a new table: tables/<id>.xlsx (meta, sources, changelog, parameters with an example row,
 * an example bracket sheet, drop-down lists for units, bounds and yes/no, a frozen header row, an
 * explanation sheet) and its document folder with the schema stub src/policy/<id>/table.ts (the build finds a schema
 * by its folder: nothing to register). Refuses to overwrite anything. Placeholders say TODO; tables:check lists
 * every one left.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { shanghaiDate } from '../src/engine/lookup';
import { DOMAINS, TABLE_ID_PATTERN } from '../src/tables/kit';
import { LISTS_SHEET, workbookBuffer, type TableContent } from './lib/workbook-writer';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    domain: { type: 'string', default: 'government' },
    'title-zh': { type: 'string' },
    'title-en': { type: 'string' },
    lang: { type: 'string', default: 'zh' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const lang = values.lang === 'en' ? 'en' : 'zh';
const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
const fail = (zh: string, en: string, code = 1): never => {
  console.error(`✗ ${t(zh, en)}`);
  process.exit(code);
};

const id = positionals[0];
if (values.help || !id || positionals.length > 1) {
  console.log('usage: npm run tables:new -- <table-id> [--domain health] [--title-zh 标题] [--title-en Title] [--lang en]');
  process.exit(values.help ? 0 : 2);
}
if (!TABLE_ID_PATTERN.test(id))
  fail(
    `表编号“${id}”须为小写英文单词加连字符，如 elderly-care`,
    `table id "${id}" must be lower-case words joined by hyphens, e.g. elderly-care`,
    2,
  );
if (!(DOMAINS as readonly string[]).includes(values.domain!))
  fail(`--domain 须为：${DOMAINS.join(', ')}`, `--domain must be one of: ${DOMAINS.join(', ')}`, 2);

const workbook = join('tables', `${id}.xlsx`);
const folder = join('src', 'policy', id);
const schema = join(folder, 'table.ts');
for (const f of [workbook, schema]) if (existsSync(f)) fail(`${f} 已存在，不会覆盖`, `${f} already exists; nothing was overwritten`);

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
]);
const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const constName = RESERVED.has(camel) ? `${camel}Table` : camel;

let maintainer = 'TODO 维护人';
try {
  maintainer = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || maintainer;
} catch {
  // no git identity: leave the placeholder
}
const today = shanghaiDate(Date.now());
const SOURCE = 'TODO文号';
const cite = { effective_from: today, effective_to: null, source: SOURCE, article: '第一条' };

const content: TableContent = {
  meta: {
    table_id: id,
    title_zh: values['title-zh'] ?? 'TODO 中文标题',
    title_en: values['title-en'] ?? 'TODO English title',
    domain: values.domain!,
    authority_zh: 'TODO 发布机关',
    authority_en: 'TODO issuing authority',
    maintainer,
    description_zh: null,
    description_en: null,
    verified_through: today,
  },
  sources: [{ number: SOURCE, title_zh: 'TODO 文件标题', title_en: 'TODO document title', issued: null, effective: today, link: null }],
  changelog: [
    {
      date: today,
      author: maintainer,
      change_zh: 'TODO 收录某文件的数值（给公众看的政策变更记录）',
      change_en: 'TODO values of a document entered (the public policy change log)',
      maintainer_note: '用 npm run tables:new 创建 · created with npm run tables:new',
    },
  ],
  parameters: [
    {
      key: 'example.amount',
      label_zh: 'TODO 示例金额（请替换或删除本行）',
      label_en: 'TODO example amount (replace or delete this row)',
      value: 100,
      unit: 'CNY',
      ...cite,
      note_zh: '示例：公开备注，写条款和通俗说明；原文未公布的数值留空并在此说明',
      note_en: 'Example: a public note, with the article in plain words; an unpublished value is left empty and explained here',
      maintainer_note: '示例：只给维护人员看的备注（核对记录、公报行号等）',
    },
  ],
  scales: [
    {
      sheet: 'example_brackets',
      label_zh: 'TODO 示例分档表',
      label_en: 'TODO example bracket sheet',
      columns: [
        { id: 'category', kind: 'dimension', unit: 'enum', label_zh: '类别', label_en: 'Category', values: ['a', 'b'] },
        { id: 'age', kind: 'range', unit: 'years', label_zh: '年龄', label_en: 'Age' },
        { id: 'amount', kind: 'value', unit: 'CNY/month', label_zh: '金额', label_en: 'Amount' },
        { id: 'eligible', kind: 'value', unit: 'boolean', label_zh: '是否享受', label_en: 'Eligible' },
      ],
      rows: [
        {
          category: 'a',
          category_zh: 'TODO 类别 a 的中文名称',
          category_en: 'TODO words for category a',
          age_min: null,
          age_min_bound: null,
          age_max: 60,
          age_max_bound: 'inclusive',
          amount: 100,
          eligible: 'yes',
          ...cite,
          note_zh: '示例：60 岁及以下',
          note_en: 'Example: aged 60 and under',
        },
        {
          category: 'a',
          category_zh: 'TODO 类别 a 的中文名称',
          category_en: 'TODO words for category a',
          age_min: 60,
          age_min_bound: 'exclusive',
          age_max: null,
          age_max_bound: null,
          amount: 150,
          eligible: 'no',
          ...cite,
          note_zh: '示例：60 岁以上',
          note_en: 'Example: over 60',
        },
      ],
    },
  ],
};

const guide = [
  ['步骤 step', '说明', 'What to do'],
  [
    '1',
    'meta：填写标题、领域、发布机关、维护人，以及数值已与公开文件核对到哪一天（verified_through）',
    'meta: title, domain, issuing authority, maintainer, and the day up to which the values were checked against published documents (verified_through)',
  ],
  [
    '2',
    'sources：列出每份来源文件（文号如 嘉政发〔2014〕87号、标题、发布与施行日期）',
    'sources: every source document (number such as 嘉政发〔2014〕87号, title, dates)',
  ],
  [
    '3',
    'parameters：每行一个参数值，注明生效日期、文号和条款；原文未公布的留空并写公开备注（note_zh、note_en：通俗的说明和条款）；核对记录、公报行号等只写在 maintainer_note（不公开）',
    'parameters: one dated value per row with document and article; empty + a public note (note_zh, note_en: plain words and the article) when not published; checks, line numbers of the gazette copy and the like go in maintainer_note only (not public)',
  ],
  [
    '4',
    '分档表（如 example_brackets）：每行一档；界限写明含/不含；不需要就删除，并同时从 src/policy/<表>/table.ts 中删除',
    'bracket sheets (e.g. example_brackets): one bracket per row, bounds inclusive/exclusive; delete unneeded ones here and in src/policy/<table>/table.ts',
  ],
  [
    '5',
    '删除所有带 TODO 的示例内容；每次修改在 changelog 加一行：数值的变化写在 change_zh、change_en（公开的政策变更记录），维护工作写在 maintainer_note',
    'remove every TODO placeholder; add a changelog line for each edit: what changed in the values in change_zh and change_en (the public policy change log), maintenance in maintainer_note',
  ],
  [
    '',
    '新政策：给旧行填失效日期，复制一行改数值、生效日期和出处，在 sources 加新文件；规定确实废止的，在表头最右加一列 ends 并在最后一行填 repealed（废止）；新文件重申未变的数值时，加一列 restates 写它的列名（详见 tables/README.md“工作簿格式”）',
    'a new policy: give the old row its effective_to, copy it and change value, dates and citation, add the document to sources; for a real repeal add an ends column at the right and type repealed on the last row; for unchanged values the new document restates, a restates column naming them (tables/README.md › workbook format)',
  ],
  ['6', '运行 npm run tables:check 检查，npm run tables:build 编译', 'run npm run tables:check, then npm run tables:build'],
  [
    '',
    `${LISTS_SHEET} 工作表是下拉列表的数据，请勿删除；以 _ 开头的工作表不会被读取`,
    `the ${LISTS_SHEET} sheet feeds the drop-down lists, keep it; sheets starting with _ are not read`,
  ],
];

const stub = `import { defineTable, dimension, range, value } from '../../tables/kit';

/**
 * ${content.meta.title_zh} (${id}). TODO: name the source document(s) here.
 *
 * Declare every parameter key a calculator reads (\`'some.key': param('CNY')\`, import param from ../../tables/kit)
 * and every bracket/case sheet with its columns; informational parameter rows need no declaration
 * (the build still checks each against its unit). Created by \`npm run tables:new -- ${id}\`.
 */
export const ${constName} = defineTable({
  id: '${id}',
  parameters: {},
  scales: {
    // The workbook's example sheet: adapt it, or delete it here and in tables/${id}.xlsx.
    example_brackets: {
      label: { zh: 'TODO 示例分档表', en: 'TODO example bracket sheet' },
      columns: {
        category: dimension(['a', 'b']),
        age: range('years'),
        amount: value('CNY/month'),
        eligible: value('boolean'),
      },
    },
  },
});
`;

mkdirSync('tables', { recursive: true });
mkdirSync(folder, { recursive: true });
writeFileSync(workbook, workbookBuffer(content, { extraSheets: { _说明: guide } }), { flag: 'wx' });
writeFileSync(schema, stub, { flag: 'wx' });
const sheets = `meta, sources, changelog, parameters, example_brackets, _说明, ${LISTS_SHEET}`;
console.log(`✓ ${t(`已创建 ${workbook}（${sheets}）`, `created ${workbook} (${sheets})`)}`);
console.log(`✓ ${t(`已创建 ${schema}（结构定义）`, `created ${schema} (schema)`)}`);

console.log(
  t(
    `\n下一步：\n  1. 用 Excel、WPS 或 LibreOffice 打开 ${workbook}，按“_说明”工作表填写，替换所有带 TODO 的示例内容\n  2. 在 ${schema} 中声明计算器要读取的参数键和分档表\n  3. npm run tables:check -- ${workbook}`,
    `\nNext:\n  1. open ${workbook} in Excel, WPS or LibreOffice, follow its _说明 sheet, replace every TODO placeholder\n  2. declare in ${schema} the parameter keys and bracket sheets calculators read\n  3. npm run tables:check -- ${workbook}`,
  ),
);
