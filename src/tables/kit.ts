import { z } from '@hono/zod-openapi';
import { checkValue, isIsoDate, normalizeNumber, unitName, UNITS, type Unit } from './units';

/**
 * The building blocks of a table schema. Each workbook has one schema module in this folder
 * (src/policy/<table-id>/table.ts) made with `defineTable`; from it come
 *  - the build's validation (zod row schemas below, with cell-addressed bilingual messages),
 *  - the TypeScript types calculators use (parameter keys and scale columns are literal types),
 *  - the OpenAPI description of the table's lookups.
 */

export interface ColumnSpec {
  /** dimension: a case key (e.g. facility level); range: a bracket with explicit bounds; value: a result cell */
  kind: 'dimension' | 'range' | 'value';
  unit: Unit;
  /** closed list of codes for enum columns */
  values?: readonly string[];
  /** a dimension left empty matches any case (e.g. status "any") */
  optional?: boolean;
}

export interface ScaleSpec {
  label: { zh: string; en: string };
  columns: Record<string, ColumnSpec>;
}

export interface ParameterSpec {
  unit: Unit;
  values?: readonly string[];
}

export interface TableSpec {
  id: string;
  /** the parameters calculators rely on; the workbook may hold further (informational) keys */
  parameters: Record<string, ParameterSpec>;
  scales: Record<string, ScaleSpec>;
}

export function defineTable<const T extends TableSpec>(spec: T): T {
  return spec;
}

export const param = <const U extends Unit>(unit: U, values?: readonly string[]) => ({ unit, ...(values ? { values } : {}) });
export const dimension = <const V extends readonly string[]>(values: V, opts: { optional?: boolean } = {}) =>
  ({ kind: 'dimension', unit: 'enum', values, ...opts }) as const;
/** A dimension whose codes are free (e.g. list items numbered by the text); still required and unique per date. */
export const code = () => ({ kind: 'dimension', unit: 'enum' }) as const;
export const range = <const U extends Unit>(unit: U) => ({ kind: 'range', unit }) as const;
export const value = <const U extends Unit>(unit: U, values?: readonly string[]) =>
  ({ kind: 'value', unit, ...(values ? { values } : {}) }) as const;

// ---------------------------------------------------------------------------------------------
// Row schemas used by the build. Messages carry both languages and the fix in both languages, joined by
// BILINGUAL_SEPARATOR; the build splits them back into { zh, en, fix: { zh, en } }. Every message has its fix.

export const BILINGUAL_SEPARATOR = '\u241e';
export const bi = (zh: string, en: string, fix: { zh: string; en: string }) => [zh, en, fix.zh, fix.en].join(BILINGUAL_SEPARATOR);

/** The two marks a dated row may carry (optional columns of the parameters sheet and of every scale sheet). */
export const MARK_COLUMNS = ['ends', 'restates'] as const;
/** `ends`: the row's last day is the rule's end on purpose (a repeal), not a forgotten next row. */
export const REPEAL_WORDS = ['repealed', '废止'] as const;
/** `restates`: every value column of the row (else a list of column ids). */
export const ALL_WORDS = ['all', '全部'] as const;

export const KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
export const SHEET_ID_PATTERN = /^[a-z][a-z0-9_]{0,30}$/;
export const TABLE_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * A number typed into a text column is text for the officer: Excel stores an article typed as 7.1, a label typed
 * as 2015 or a note typed as 1 as numbers. Such a cell is read as the text Excel shows for it (15 significant
 * digits, so the float noise of 7.1000000000000005 does not show), not refused as empty. The workbook reader
 * already gives the cell's formatted text for the fixed text columns (TEXT_COLUMNS); this covers the rest.
 */
export function cellText(raw: unknown): unknown {
  return typeof raw === 'number' && Number.isFinite(raw) ? String(normalizeNumber(raw)) : raw;
}

/** The message for a cell of a text column that is neither text nor a number (a TRUE/FALSE cell). */
const notText = (zh: string, en: string) =>
  bi(`${zh}应为文字，不能是逻辑值（TRUE/FALSE）`, `${en} must be text, not a logical value (TRUE/FALSE)`, {
    zh: '请填写文字；如果要写 TRUE 或 FALSE 这个词本身，请先把单元格格式设为“文本”再输入',
    en: 'type text; to write the word TRUE or FALSE itself, format the cell as Text first',
  });
const required = (zh: string, en: string) =>
  bi(`${zh}不能为空`, `${en} is required`, {
    zh: `填写${zh}（这一行的每个必填列都要填）`,
    en: `fill in the ${en} (every required column of the row needs a value)`,
  });

const requiredText = (zh: string, en: string, then: (s: z.ZodString) => z.ZodString = (s) => s) =>
  z.preprocess(
    cellText,
    then(
      z
        .string({
          error: (issue) => (issue.input === null || issue.input === undefined ? required(zh, en) : notText(zh, en)),
        })
        .trim()
        .min(1, { error: required(zh, en) }),
    ),
  );

/** A text column that may be left empty (note, link…). */
const optionalText = (zh: string, en: string) =>
  z.preprocess(
    cellText,
    z
      .string({ error: notText(zh, en) })
      .nullable()
      .transform((s) => (s === null || s.trim() === '' ? null : s)),
  );

const DATE_FIX = {
  zh: '日期写成 年-月-日，如 2015-01-01（或把单元格格式设为日期）',
  en: 'write dates as year-month-day, e.g. 2015-01-01 (or give the cell a date format)',
};
const dateCell = z
  .string({ error: bi('应为日期（如 2015-01-01）', 'must be a date such as 2015-01-01', DATE_FIX) })
  .refine(isIsoDate, { error: bi('应为日期（如 2015-01-01）', 'must be a date such as 2015-01-01', DATE_FIX) });

/**
 * The notes of a row (parameters, scale sheets, sources): a public note in Chinese and English (`note_zh`,
 * `note_en`: the API and the explorer show them, so plain words with the article), and a maintainers' note
 * (`maintainer_note`: line numbers of the gazette copy, readings, audit remarks) that only tables:check and
 * tables:build show and that is never compiled into the data the Worker serves.
 */
export const NOTE_COLUMNS = ['note_zh', 'note_en', 'maintainer_note'] as const;
export const noteColumns = {
  note_zh: optionalText('备注（中文）', 'note_zh'),
  note_en: optionalText('备注（英文）', 'note_en'),
  maintainer_note: optionalText('维护备注', 'maintainer_note'),
};

/**
 * Text that belongs to maintainers, never to a public note: a line of the gazette copy, the copy's file name, a
 * reading id, a file of the repository, a maintainer's signature (placeholders are refused as such: placeholderCells).
 */
export const MAINTAINER_TEXT: readonly { pattern: RegExp; zh: string; en: string }[] = [
  { pattern: /gazette-decoded|\.txt\b/i, zh: '公报文字副本的文件名', en: 'the file name of the gazette copy' },
  { pattern: /\blines? \d|第\s*\d+\s*(?:[–-]\s*\d+\s*)?行/i, zh: '公报副本的行号', en: 'line numbers of the gazette copy' },
  { pattern: /\bReading R\d|\bR\d{1,2}\s*[–-]\s*R\d{1,2}\b|\breading id/i, zh: '解读编号', en: 'a reading id' },
  { pattern: /\b[\w.-]+\.(?:md|ts|json|xlsx)\b/i, zh: '项目文件名', en: 'a file name of the project' },
  { pattern: /维护：|policy-edge/i, zh: '维护人的署名', en: "a maintainer's signature" },
];

/** The first kind of maintainers' text found in a public text, if any. */
export const maintainerTextIn = (text: string) => MAINTAINER_TEXT.find((m) => m.pattern.test(text));

/** Columns every dated row carries, on the parameters sheet and on every scale sheet. */
export const datedRowColumns = {
  effective_from: dateCell,
  effective_to: dateCell.nullable(),
  source: requiredText('来源文件', 'source document'),
  article: requiredText('条款', 'article'),
  ...noteColumns,
};

/** A public note is a pair: Chinese and English both, or neither. */
function checkNotePair(
  row: { note_zh: string | null; note_en: string | null },
  ctx: z.RefinementCtx,
  zhCol = 'note_zh',
  enCol = 'note_en',
) {
  if ((row.note_zh === null) === (row.note_en === null)) return;
  const missing = row.note_zh === null ? zhCol : enCol;
  ctx.addIssue({
    code: 'custom',
    path: [missing],
    message: bi(`公开备注须中英文都写：${missing} 为空`, `a public note is written in both languages: ${missing} is empty`, {
      zh: `在 ${missing} 写同一备注的${missing.endsWith('zh') ? '中文' : '英文'}（公开备注是给公众看的，写原文条款和通俗说明）；不需要公开备注时，两列都清空`,
      en: `write the same note in ${missing.endsWith('zh') ? 'Chinese' : 'English'} in ${missing} (a public note is for the public: the article and plain words); with no public note, clear both`,
    }),
  });
}

/** A text cell that may be missing altogether (an optional column) or empty. */
const optionalMark = (zh: string, en: string) =>
  z.preprocess(
    (v) => (v === undefined ? null : cellText(v)),
    z
      .string({ error: notText(zh, en) })
      .trim()
      .nullable(),
  );

/** The optional mark columns of a dated row (MARK_COLUMNS): checked against the sheet by the build. */
export const markColumns = {
  ends: optionalMark('ends（终止）', 'ends'),
  restates: optionalMark('restates（重申）', 'restates'),
};

const UNPUBLISHED_FIX = {
  zh: '在 note_zh 和 note_en 中写明原因，如“原文未公布：第九条只规定……” / "Not published in the source: article 9 only says …"；如原文有此数值，请填上',
  en: 'write the reason in note_zh and note_en, e.g. "原文未公布：第九条只规定……" / "Not published in the source: article 9 only says …"; if the source gives the value, type it in',
};

function checkDates(row: { effective_from: string; effective_to: string | null }, ctx: z.RefinementCtx) {
  if (row.effective_to !== null && row.effective_to < row.effective_from) {
    ctx.addIssue({
      code: 'custom',
      path: ['effective_to'],
      message: bi('失效日期早于生效日期', 'effective_to is before effective_from', {
        zh: '失效日期（effective_to）是最后有效的一天，不能早于生效日期（effective_from）：核对两个日期是否填反',
        en: 'effective_to is the last day in force and cannot come before effective_from: check whether the two dates are swapped',
      }),
    });
  }
}

function checkCell(unit: Unit, allowed: readonly string[] | undefined, raw: unknown, path: string, ctx: z.RefinementCtx): void {
  const checked = checkValue(unit, raw);
  if (!checked.ok) {
    ctx.addIssue({ code: 'custom', path: [path], message: bi(checked.message.zh, checked.message.en, checked.fix) });
    return;
  }
  if (allowed && !allowed.includes(String(checked.value))) {
    ctx.addIssue({
      code: 'custom',
      path: [path],
      message: bi(`取值须为：${allowed.join('、')}`, `must be one of: ${allowed.join(', ')}`, {
        zh: `从下拉列表中选择，或照抄其中一个：${allowed.join('、')}`,
        en: `pick one from the drop-down list, or type one of: ${allowed.join(', ')}`,
      }),
    });
  }
}

export function parameterRowSchema(declared: Record<string, ParameterSpec>) {
  return z
    .object({
      key: requiredText('参数键', 'key', (s) =>
        s.regex(KEY_PATTERN, {
          error: bi(
            '参数键只能用小写英文、数字、下划线和点（如 inpatient.annual_cap）',
            'key must be lower snake_case words joined by dots (e.g. inpatient.annual_cap)',
            {
              zh: '改用小写英文单词，单词之间用下划线，层级之间用点（如 inpatient.annual_cap）；中文名称写在 label_zh 列',
              en: 'use lower-case English words joined by underscores, levels by dots (e.g. inpatient.annual_cap); the Chinese name goes in label_zh',
            },
          ),
        }),
      ),
      label_zh: requiredText('中文名称', 'Chinese label'),
      label_en: requiredText('英文名称', 'English label'),
      value: z.unknown(),
      unit: z.enum(UNITS, {
        error: bi(`未知单位；可用单位：${UNITS.join(', ')}`, `unknown unit; allowed units: ${UNITS.join(', ')}`, {
          zh: '从下拉列表中选择单位（tables/README.md 有单位表）',
          en: 'pick the unit from the drop-down list (tables/README.md lists them)',
        }),
      }),
      ...datedRowColumns,
      ...markColumns,
    })
    .superRefine((row, ctx) => {
      checkDates(row, ctx);
      const spec = Object.hasOwn(declared, row.key) ? declared[row.key] : undefined;
      if (spec && spec.unit !== row.unit) {
        ctx.addIssue({
          code: 'custom',
          path: ['unit'],
          message: bi(
            `参数 ${row.key} 的单位应为 ${unitName(spec.unit)}（${spec.unit}）`,
            `parameter ${row.key} must have unit ${spec.unit}`,
            {
              zh: `单位列填 ${spec.unit}（从下拉列表中选择），并按这个单位核对数值`,
              en: `put ${spec.unit} in the unit column (from the drop-down list) and check the value is in that unit`,
            },
          ),
        });
        return;
      }
      checkNotePair(row, ctx);
      if (row.value === null) {
        if (!row.note_zh && !row.note_en) {
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: bi(
              '数值为空时必须在公开备注中说明原因（如“原文未公布”）',
              'an empty value needs a public note saying why (e.g. "not published in the source")',
              UNPUBLISHED_FIX,
            ),
          });
        }
        return;
      }
      checkCell(row.unit, spec?.values, row.value, 'value', ctx);
    });
}

export type ParameterRow = z.infer<ReturnType<typeof parameterRowSchema>>;

/** Expands a scale's columns into sheet columns: a range column `age` becomes age_min, age_min_bound, age_max, age_max_bound. */
export function scaleSheetColumns(scale: ScaleSpec): string[] {
  const out: string[] = [];
  for (const [id, col] of Object.entries(scale.columns)) {
    if (col.kind === 'range') out.push(`${id}_min`, `${id}_min_bound`, `${id}_max`, `${id}_max_bound`);
    else out.push(id);
  }
  return [...out, ...Object.keys(datedRowColumns)];
}

const BOUND_WORDS: Record<string, boolean> = {
  inclusive: true,
  exclusive: false,
  含: true,
  不含: false,
  '≥': true,
  '>': false,
  '≤': true,
  '<': false,
};

export function parseBound(raw: unknown): boolean | undefined {
  return typeof raw === 'string' ? BOUND_WORDS[raw.trim()] : undefined;
}

export function rowValidatorOf(scale: ScaleSpec) {
  const shape: Record<string, z.ZodType> = { ...datedRowColumns, ...markColumns };
  for (const column of scaleSheetColumns(scale)) if (!(column in shape)) shape[column] = z.unknown();
  return z.object(shape).superRefine((row, ctx) => {
    checkDates(row as { effective_from: string; effective_to: string | null }, ctx);
    let anyUnpublished = false;
    for (const [id, col] of Object.entries(scale.columns)) {
      if (col.kind === 'range') {
        for (const end of ['min', 'max'] as const) {
          const bound = row[`${id}_${end}`];
          const rule = row[`${id}_${end}_bound`];
          if (bound === null) {
            if (rule !== null) {
              ctx.addIssue({
                code: 'custom',
                path: [`${id}_${end}_bound`],
                message: bi('界限为空时不填含/不含', 'leave the bound rule empty when the bound is empty (unbounded)', {
                  zh: `清空这个单元格；或者在 ${id}_${end} 列填上界限`,
                  en: `clear this cell, or put the bound in the ${id}_${end} column`,
                }),
              });
            }
            continue;
          }
          checkCell(col.unit, undefined, bound, `${id}_${end}`, ctx);
          if (parseBound(rule) === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [`${id}_${end}_bound`],
              message: bi('须填 inclusive（含）或 exclusive（不含）', 'must be inclusive or exclusive', {
                zh: '从下拉列表中选择 inclusive（含界限本身）或 exclusive（不含）',
                en: 'pick inclusive (the bound belongs to the bracket) or exclusive from the drop-down list',
              }),
            });
          }
        }
        const min = row[`${id}_min`];
        const max = row[`${id}_max`];
        if (typeof min === 'number' && typeof max === 'number' && min > max) {
          ctx.addIssue({
            code: 'custom',
            path: [`${id}_max`],
            message: bi('上限小于下限', 'the upper bound is below the lower bound', {
              zh: `核对 ${id}_min 和 ${id}_max 是否填反`,
              en: `check whether ${id}_min and ${id}_max are swapped`,
            }),
          });
        }
        continue;
      }
      const cell = row[id];
      if (cell === null) {
        if (col.kind === 'dimension' && !col.optional) {
          ctx.addIssue({
            code: 'custom',
            path: [id],
            message: bi('此列不能为空', 'this column is required', {
              zh: `填写这一行的 ${id}（它决定这一行适用于哪种情形）`,
              en: `fill in the row's ${id} (it says which case the row is for)`,
            }),
          });
        }
        if (col.kind === 'value') anyUnpublished = true;
        continue;
      }
      checkCell(col.unit, col.values, cell, id, ctx);
    }
    checkNotePair(row as { note_zh: string | null; note_en: string | null }, ctx);
    if (anyUnpublished && !row.note_zh && !row.note_en) {
      ctx.addIssue({
        code: 'custom',
        path: ['note_zh'],
        message: bi(
          '有空数值时必须在公开备注中说明原因（如“原文未公布”）',
          'a row with an empty value needs a public note saying why (e.g. "not published in the source")',
          UNPUBLISHED_FIX,
        ),
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Fixed sheets.

export const META_FIELDS = [
  'table_id',
  'title_zh',
  'title_en',
  'domain',
  'authority_zh',
  'authority_en',
  'maintainer',
  'description_zh',
  'description_en',
  'verified_through',
] as const;

export const DOMAINS = ['health', 'social', 'economy', 'environment', 'land', 'safety', 'government'] as const;

export const metaSchema = z.object({
  table_id: requiredText('表编号', 'table_id', (s) =>
    s.regex(TABLE_ID_PATTERN, {
      error: bi('表编号须为小写英文加连字符', 'table_id must be kebab-case', {
        zh: '表编号用小写英文单词加连字符（如 employee-medical-insurance），与文件名一致',
        en: 'write the table id as lower-case words joined by hyphens (e.g. employee-medical-insurance), as the file name',
      }),
    }),
  ),
  title_zh: requiredText('中文标题', 'title_zh'),
  title_en: requiredText('英文标题', 'title_en'),
  domain: z.enum(DOMAINS, {
    error: bi(`领域须为：${DOMAINS.join(', ')}`, `domain must be one of: ${DOMAINS.join(', ')}`, {
      zh: `照抄其中一个：${DOMAINS.join('、')}`,
      en: `type one of: ${DOMAINS.join(', ')}`,
    }),
  }),
  authority_zh: requiredText('发布机关', 'authority_zh'),
  authority_en: requiredText('发布机关（英文）', 'authority_en'),
  maintainer: requiredText('维护人', 'maintainer'),
  description_zh: optionalText('中文简介', 'description_zh'),
  description_en: optionalText('英文简介', 'description_en'),
  verified_through: z
    .string({
      error: bi('缺少核对日期（verified_through）', 'verified_through is missing', {
        zh: '写明数值已与公开来源核对到哪一天（如 2015-01-31）：在此之后的日期，接口会提示数值沿用最近的来源、之后的文件可能已调整',
        en: 'give the date up to which the values were checked against published sources (e.g. 2015-01-31): for later dates the API says the values are carried forward and later documents may have changed them',
      }),
    })
    .refine(isIsoDate, { error: bi('应为日期（如 2015-01-01）', 'must be a date such as 2015-01-01', DATE_FIX) }),
});

export const sourceRowSchema = z
  .object({
    number: requiredText('文号', 'document number'),
    title_zh: requiredText('中文标题', 'title_zh'),
    title_en: optionalText('英文标题', 'title_en'),
    issued: dateCell.nullable(),
    effective: dateCell.nullable(),
    link: optionalText('链接', 'link'),
    ...noteColumns,
  })
  .superRefine((row, ctx) => {
    checkNotePair(row, ctx);
    if (row.link !== null && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(row.link.trim()))
      ctx.addIssue({
        code: 'custom',
        path: ['link'],
        message: bi('链接须为完整的网址（http:// 或 https:// 开头）', 'a link is a whole web address (starting http:// or https://)', {
          zh: '只填文件公开发布的网址；不知道网址时留空，不要填写猜测的地址或说明文字（说明写在备注中）',
          en: 'give only the address the document is published at; leave it empty when none is known, never a guessed address or a remark (remarks go in the notes)',
        }),
      });
  });

/**
 * Optional columns of the sources sheet for an in-force date the text leaves open (「本意见自2015年 月 日起施行」,
 * 「2015年1月22日后实施」): `effective` is then the date this data set reads, between `effective_earliest` and
 * `effective_latest`, and `effective_note_zh` / `effective_note_en` say why, in plain words for the public. An answer
 * resting on a date in that window carries the note (notices[]).
 */
export const SOURCE_READING_COLUMNS = ['effective_earliest', 'effective_latest', 'effective_note_zh', 'effective_note_en'] as const;
const absentAsNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === undefined ? null : v), schema);
export const sourceReadingSchema = z.object({
  effective_earliest: absentAsNull(dateCell.nullable()),
  effective_latest: absentAsNull(dateCell.nullable()),
  effective_note_zh: absentAsNull(optionalText('施行日期说明', 'effective_note_zh')),
  effective_note_en: absentAsNull(optionalText('施行日期说明（英文）', 'effective_note_en')),
});

/**
 * A line of the change log: `change_zh` / `change_en` is the public policy change log (what changed in the values
 * and why; served by /versions), `maintainer_note` the maintainers' record (audits, tooling; never served). A line
 * has one or both. `author` is for maintainers too.
 */
export const changelogRowSchema = z
  .object({
    date: dateCell,
    author: requiredText('修改人', 'author'),
    change_zh: optionalText('修改内容（中文，公开）', 'change_zh'),
    change_en: optionalText('修改内容（英文，公开）', 'change_en'),
    maintainer_note: optionalText('维护记录', 'maintainer_note'),
  })
  .superRefine((row, ctx) => {
    checkNotePair({ note_zh: row.change_zh, note_en: row.change_en }, ctx, 'change_zh', 'change_en');
    if (row.change_zh === null && row.change_en === null && row.maintainer_note === null)
      ctx.addIssue({
        code: 'custom',
        path: ['change_zh'],
        message: bi('这一行没有写修改内容', 'this line says nothing about the change', {
          zh: '数值有变化（新文件、改正的数值）时，在 change_zh 和 change_en 写给公众看的说明；只是维护工作（核对、工具）时，写在 maintainer_note',
          en: 'when values changed (a new document, a corrected value) say so for the public in change_zh and change_en; for maintenance only (audits, tooling) write maintainer_note',
        }),
      });
  });

/**
 * Columns that hold text on their sheet, and on every other (scale) sheet the citation columns: the workbook
 * reader gives a number typed there as the text the cell shows in Excel (its number format applied), so an
 * article typed as 7.1 in a cell formatted 0.00 is the article 7.10 the officer sees.
 */
export const TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  meta: ['field', 'value'],
  sources: ['number', 'title_zh', 'title_en', 'link', ...NOTE_COLUMNS],
  changelog: ['author', 'change_zh', 'change_en', 'maintainer_note'],
  parameters: ['key', 'label_zh', 'label_en', 'source', 'article', ...NOTE_COLUMNS, ...MARK_COLUMNS],
};
export const SCALE_TEXT_COLUMNS: readonly string[] = ['source', 'article', ...NOTE_COLUMNS, ...MARK_COLUMNS];

/**
 * Columns of an earlier format, refused with their replacement: `note` (split into a public note in both languages
 * and a maintainers' note) and the change log's `change` (split into the public policy change and the maintainers'
 * record).
 */
export const FORMER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  note: NOTE_COLUMNS,
  change: ['change_zh', 'change_en', 'maintainer_note'],
};

export const FIXED_SHEETS = {
  meta: ['field', 'value'],
  sources: ['number', 'title_zh', 'title_en', 'issued', 'effective', 'link', ...NOTE_COLUMNS],
  changelog: ['date', 'author', 'change_zh', 'change_en', 'maintainer_note'],
  parameters: ['key', 'label_zh', 'label_en', 'value', 'unit', ...Object.keys(datedRowColumns)],
} as const;

/** Column headers as written in workbooks: machine id, then a Chinese label for people. */
export const COLUMN_LABELS: Record<string, string> = {
  field: '字段',
  value: '数值',
  key: '参数键',
  label_zh: '中文名称',
  label_en: '英文名称',
  unit: '单位',
  effective_from: '生效日期',
  effective_to: '失效日期',
  source: '来源文件',
  article: '条款',
  note_zh: '备注（中文，公开）',
  note_en: '备注（英文，公开）',
  maintainer_note: '维护备注（不公开）',
  number: '文号',
  title_zh: '中文标题',
  title_en: '英文标题',
  issued: '发布日期',
  effective: '施行日期',
  effective_earliest: '施行日期最早可能',
  effective_latest: '施行日期最晚可能',
  effective_note_zh: '施行日期说明',
  effective_note_en: '施行日期说明（英文）',
  link: '链接',
  date: '日期',
  author: '修改人',
  change_zh: '修改内容（中文，公开）',
  change_en: '修改内容（英文，公开）',
  ends: '终止',
  restates: '重申',
};
