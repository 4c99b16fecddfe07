import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFile, type Finding } from '../../scripts/lib/check';
import { characterHint, chineseUnitHint, closest, digitsFromChinese, hintFor, numberFromText } from '../../scripts/lib/hints';
import type { Problem } from '../../scripts/lib/problems';
import type { CellValue, SheetGrid } from '../../scripts/lib/workbook-reader';
import { UNITS } from '../../src/tables/units';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/**
 * "How to fix" hints for what staff type with a Chinese input method: units in Chinese (元, 万元, 天), Chinese
 * numerals in code columns (三 for level 3), invisible characters (U+200B, U+00A0) and full-width digits (１),
 * and date serial numbers (42005) in date columns. None may suggest a code that merely looks close by edit
 * distance (元 → m, 三 → 1) or the text the cell already seems to hold (CNY for "CNY" + U+200B).
 */

/** The hint for a problem `en` on cell A2 of a one-column sheet holding `v`. */
const hint = (en: string, v: CellValue, options: { date1904?: boolean; sources?: string[]; columns?: string[] } = {}) => {
  const grid: SheetGrid = { name: 's', rows: [['h'], [v]], ...(options.date1904 ? { date1904: true as const } : {}) };
  const p: Problem = { file: 'x.xlsx', sheet: 's', cell: 'A2', zh: '…', en, fix: { zh: '…', en: '…' } };
  return hintFor(p, [grid], { sources: options.sources ?? [], columns: options.columns });
};
const UNKNOWN_UNIT = `unknown unit; allowed units: ${UNITS.join(', ')}`;
const LEVELS = 'must be one of: 1, 2, 3';
const NOT_A_DATE = 'must be a date such as 2015-01-01';

describe('M5: units typed in Chinese', () => {
  it.each([
    ['元', 'CNY'],
    ['元/年', 'CNY/year'],
    ['元/月', 'CNY/month'],
    ['天', 'days'],
    ['个月', 'months'],
    ['月', 'months'],
    ['年', 'years'],
    ['工作日', 'working-days'],
    ['元/人/年', 'CNY/person/year'],
    ['元/（人·年）', 'CNY/person/year'],
    ['元每月', 'CNY/month'],
    ['元／年', 'CNY/year'],
    ['平方米', 'm2'],
    ['亩', 'mu'],
    ['人', 'persons'],
  ])('%s → %s', (typed, code) => {
    expect(hint(UNKNOWN_UNIT, typed)).toEqual({
      zh: `“${typed}”请填单位代码 ${code}（从下拉列表中选择）`,
      en: `"${typed}" is the unit code ${code}: pick it from the drop-down list`,
    });
  });

  it('万元 and the like: convert the figure, then the plain unit', () => {
    expect(hint(UNKNOWN_UNIT, '万元')).toEqual({
      zh: '金额请换算为元（×10000）并填 CNY',
      en: 'amounts are in yuan: multiply the figure by 10000 and use the unit CNY',
    });
    expect(hint(UNKNOWN_UNIT, '万元/年')).toEqual({
      zh: '金额请换算为元（×10000）并填 CNY/year',
      en: 'amounts are in yuan: multiply the figure by 10000 and use the unit CNY/year',
    });
    expect(hint(UNKNOWN_UNIT, '亿元')?.zh).toBe('金额请换算为元（×100000000）并填 CNY');
    expect(hint(UNKNOWN_UNIT, '万人')?.zh).toBe('数值请换算（×10000）并填 persons');
    expect(hint(UNKNOWN_UNIT, '%')?.zh).toBe('百分比请用单位 ratio，数值填小数（85% 填 0.85，2‰ 填 0.002）');
  });

  it('no nonsense "did you mean" for Chinese: an unknown Chinese unit gets the rule, not the nearest Latin code', () => {
    for (const typed of ['元', '万元', '元/年', '天', '个月', '立方米每秒', '嗯']) {
      const h = hint(UNKNOWN_UNIT, typed)!;
      expect(h.zh, typed).not.toMatch(/是不是 (m|mm|L\/s|km)？/);
    }
    expect(hint(UNKNOWN_UNIT, '立方米每秒')).toEqual({
      zh: '单位请填代码，不填中文（如 元 → CNY，元/年 → CNY/year，天 → days，个月 → months）：请从下拉列表中选择',
      en: 'units are written as codes, not in Chinese (元 → CNY, 元/年 → CNY/year, 天 → days, 个月 → months): pick one from the drop-down list',
    });
    expect(closest('元', UNITS)).toBeNull();
    expect(closest('万元', UNITS)).toBeNull();
    expect(closest('元/年', UNITS)).toBeNull();
    expect(closest('三', ['1', '2', '3'])).toBeNull();
    // typos in Latin letters still get their suggestion
    expect(hint(UNKNOWN_UNIT, 'CNY/yaer')?.zh).toBe('是不是 CNY/year？请从下拉列表中选择单位');
    expect(closest('嘉政发[2014]87号', ['嘉政发〔2014〕87号'])).toBe('嘉政发〔2014〕87号');
  });

  it('every unit the Chinese table names is a real unit', () => {
    const typed = [
      '元',
      '元/月',
      '元/年',
      '元/人',
      '元/人/年',
      '元/人/月',
      '元/剂',
      '元/亩',
      '元/平方米',
      '元/吨',
      '元/千瓦时',
      '元/千瓦',
      '元/床',
      '比例',
      '百分点',
      '倍',
      '个',
      '人',
      '年',
      '个月',
      '天',
      '工作日',
      '小时',
      '分钟',
      '年份',
      '毫米',
      '米',
      '公里',
      '公里/小时',
      '平方米',
      '平方公里',
      '亩',
      '公顷',
      '立方米',
      '升/秒',
      '兆帕',
      '吨',
      '吨标准煤',
      '千瓦',
      '兆瓦',
      '千瓦时',
      '空气质量指数',
      '微克/立方米',
      '℃',
      '日期',
      '文字',
      '是/否',
    ];
    for (const t of typed) {
      const h = chineseUnitHint(t);
      expect(h, t).not.toBeNull();
      expect(UNITS as readonly string[], t).toContain(h!.suggestion);
    }
  });
});

describe('M5: Chinese numerals in a code column', () => {
  it('三 for level 3 → 3, not "是不是 1？"', () => {
    expect(hint(LEVELS, '三')).toEqual({
      zh: '是不是 3？代码请填阿拉伯数字 3，不填“三”',
      en: 'did you mean 3? the code is the digit 3, not "三"',
    });
    expect(hint(LEVELS, '二级')?.zh).toBe('是不是 2？代码请填阿拉伯数字 2，不填“二级”');
    expect(hint(LEVELS, 'Ⅲ')?.zh).toBe('是不是 3？代码请填阿拉伯数字 3，不填“Ⅲ”');
    expect(hint(LEVELS, '①')?.zh).toBe('是不是 1？代码请填阿拉伯数字 1，不填“①”');
    expect(hint(LEVELS, '甲')).toEqual({
      zh: '请填代码本身（1、2、3），不填中文说明',
      en: 'type the code itself (1, 2, 3), not a description in Chinese',
    });
    expect(hint('must be one of: employed, retired', '在职')?.zh).toBe('请填代码本身（employed、retired），不填中文说明');
    expect(hint('must be one of: employed, retired', 'retird')?.zh).toBe('是不是 retired？');
  });

  it('digitsFromChinese', () => {
    const cases: [string, string | null][] = [
      ['一', '1'],
      ['三', '3'],
      ['十', '10'],
      ['十二', '12'],
      ['二十', '20'],
      ['二十三', '23'],
      ['第三', '3'],
      ['三级', '3'],
      ['三类', '3'],
      ['两', '2'],
      ['〇', '0'],
      ['叁', '3'],
      ['Ⅻ', '12'],
      ['⑳', '20'],
      ['3', null],
      ['甲', null],
      ['三十万', null],
      ['', null],
    ];
    for (const [typed, digits] of cases) expect(digitsFromChinese(typed), typed).toBe(digits);
  });
});

describe('M5: invisible and full-width characters are named, not "corrected" to identical-looking text', () => {
  it('a zero-width space in a unit', () => {
    expect(hint(UNKNOWN_UNIT, 'CNY\u200b')).toEqual({
      zh: '单元格里有看不见的字符（U+200B 零宽空格）：请删除它们（最简单是删掉后重新输入），删除后为“CNY”',
      en: 'the cell holds invisible characters (U+200B zero-width space): delete them (simplest: delete it and type it again); without them it reads "CNY"',
    });
    // and when what is left is still wrong, what to do about that follows
    expect(hint(UNKNOWN_UNIT, '元\u200b')?.zh).toBe(
      '单元格里有看不见的字符（U+200B 零宽空格）：请删除它们（最简单是删掉后重新输入），删除后为“元”；“元”请填单位代码 CNY（从下拉列表中选择）',
    );
  });

  it('a no-break space inside a document number, and the sources sheet holding the odd one', () => {
    expect(
      hint('source "嘉政发〔2014〕\u00a087号" is not listed on the sources sheet', '嘉政发〔2014〕\u00a087号', {
        sources: ['嘉政发〔2014〕87号'],
      })?.zh,
    ).toMatch(/^单元格里有看不见的字符（U\+00A0 不换行空格）/);
    expect(
      hint('source "嘉政发〔2014〕87号" is not listed on the sources sheet', '嘉政发〔2014〕87号', {
        sources: ['嘉政发〔2014〕87号\u200b'],
      })?.zh,
    ).toBe(
      'sources 表中的文号“嘉政发〔2014〕87号”里有看不见的字符（U+200B 零宽空格）：请删除它们（最简单是删掉后重新输入），删除后为“嘉政发〔2014〕87号”',
    );
  });

  it('full-width digits and letters', () => {
    expect(hint('must be a number (unit CNY), not text', '１')).toEqual({
      zh: '全角数字 １ 请改为半角 1（把输入法切换到半角后重新输入）',
      en: 'full-width digits １: type them half-width, 1 (switch the input method to half-width and type it again)',
    });
    expect(hint(NOT_A_DATE, '２０１５-０１-０１')?.zh).toBe(
      '全角数字 ２０１５-０１-０１ 请改为半角 2015-01-01（把输入法切换到半角后重新输入）',
    );
    expect(hint(NOT_A_DATE, '２０１５－０１－０１')?.zh).toBe(
      '全角数字 ２０１５－０１－０１ 请改为半角 2015-01-01（把输入法切换到半角后重新输入）',
    );
    expect(hint(UNKNOWN_UNIT, 'ＣＮＹ')?.zh).toBe('全角字母 ＣＮＹ 请改为半角 CNY（把输入法切换到半角后重新输入）');
    expect(hint(LEVELS, '３')?.zh).toBe('全角数字 ３ 请改为半角 3（把输入法切换到半角后重新输入）');
    // ８５％ in a ratio: half-width first, then the fraction
    expect(hint('must be a number (unit ratio), not text', '８５％')?.zh).toBe(
      '全角数字 ８５％ 请改为半角 85%（把输入法切换到半角后重新输入）；请只填数字 0.85（不带单位、逗号或百分号；单位写在 unit 列）',
    );
    // full-width brackets of Chinese text are left alone: only the digits are named
    expect(characterHint('嘉政发〔２０１４〕87号（修订）')?.hint.zh).toBe(
      '全角数字 ２０１４ 请改为半角 2014（即“嘉政发〔2014〕87号（修订）”）（把输入法切换到半角后重新输入）',
    );
    expect(characterHint('第二十五条（三）')).toBeNull();
  });

  it('problems that are not about the cell text keep their own fix (no hint about the cell text)', () => {
    expect(hint('overlapping dates for a.b: row 3 has no effective_to (open-ended), and row 9 starts 2016-01-01', 'x\u200b')).toBeNull();
  });
});

describe('date serial numbers in a date column', () => {
  it('42005 is named as the date it is', () => {
    expect(hint(NOT_A_DATE, 42005)).toEqual({
      zh: '42005 是 Excel 的日期序号，即 2015-01-01：请把单元格格式设为日期，或直接写 2015-01-01',
      en: '42005 is an Excel date serial number, i.e. 2015-01-01: give the cell a date format, or type 2015-01-01',
    });
    expect(hint(NOT_A_DATE, 40543, { date1904: true })?.zh).toBe(
      '40543 是 Excel 的日期序号，即 2015-01-01：请把单元格格式设为日期，或直接写 2015-01-01',
    );
    expect(hint(NOT_A_DATE, 2015)?.zh).toBe('2015 像是年份：日期须写完整的年-月-日，如 2015-01-01');
    expect(hint(NOT_A_DATE, 20150101)?.zh).toBe('请写成 2015-01-01');
    expect(hint(NOT_A_DATE, -3)?.zh).toBe('日期写成 年-月-日，如 2015-01-01（或设置单元格格式为日期）');
    expect(numberFromText('20万元')).toEqual({ n: 200000, percent: false });
    expect(numberFromText('二十万')).toBeNull();
  });
});

describe('through tables:check on a real workbook', () => {
  const EMI = 'employee-medical-insurance';
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  it('each cell gets its problem and the specific hint', { timeout: 60_000 }, () => {
    const dir = tempTablesDir([EMI]);
    dirs.push(dir);
    const file = join(dir, `${EMI}.xlsx`);
    const cells: Record<string, string> = {};
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      const at = (column: string, key: string) => `${columnOf(p, column)}${rowWhere(p, 'key', key)}`;
      cells.yuan = at('unit', 'inpatient.annual_cap');
      setCell(p, cells.yuan, '元');
      cells.wan = at('unit', 'designated_disease.deductible');
      setCell(p, cells.wan, '万元');
      cells.zwsp = at('unit', 'home_sickbed.cap_per_month');
      setCell(p, cells.zwsp, 'CNY/month\u200b');
      cells.fullWidth = at('effective_from', 'veteran.outpatient_ratio');
      setCell(p, cells.fullWidth, '２０１５-０１-０１');
      cells.serial = at('effective_from', 'veteran.outpatient_deductible');
      setCell(p, cells.serial, 42005);
      cells.article = at('article', 'transfer.min_years');
      setCell(p, cells.article, 7.1);
      const levels = wb.Sheets.inpatient_levels!;
      cells.level = `${columnOf(levels, 'level')}${rowWhere(levels, 'level', '3')}`;
      setCell(levels, cells.level, '三');
    });
    const { findings } = checkFile(file, { against: null });
    const errors = findings.filter((f) => f.severity === 'error');
    const at = (sheet: string, cell: string): Finding => {
      const f = errors.filter((x) => x.sheet === sheet && x.cell === cell);
      expect(f, `${sheet}!${cell}`).toHaveLength(1);
      return f[0]!;
    };
    expect(at('parameters', cells.yuan!).hint?.zh).toBe('“元”请填单位代码 CNY（从下拉列表中选择）');
    expect(at('parameters', cells.wan!).hint?.zh).toBe('金额请换算为元（×10000）并填 CNY');
    expect(at('parameters', cells.zwsp!).hint?.zh).toBe(
      '单元格里有看不见的字符（U+200B 零宽空格）：请删除它们（最简单是删掉后重新输入），删除后为“CNY/month”',
    );
    expect(at('parameters', cells.fullWidth!).hint?.zh).toBe(
      '全角数字 ２０１５-０１-０１ 请改为半角 2015-01-01（把输入法切换到半角后重新输入）',
    );
    expect(at('parameters', cells.serial!).hint).toEqual({
      zh: '42005 是 Excel 的日期序号，即 2015-01-01：请把单元格格式设为日期，或直接写 2015-01-01',
      en: '42005 is an Excel date serial number, i.e. 2015-01-01: give the cell a date format, or type 2015-01-01',
    });
    const level = at('inpatient_levels', cells.level!);
    expect([level.zh, level.en]).toEqual(['取值须为：1、2、3', 'must be one of: 1, 2, 3']);
    expect(level.hint?.zh).toBe('是不是 3？代码请填阿拉伯数字 3，不填“三”');
    // the article typed as a number is no problem at all
    expect(errors.filter((f) => f.cell === cells.article)).toEqual([]);
    // every error is bilingual
    for (const f of errors) {
      expect(f.zh).not.toBe(f.en);
      if (f.hint) expect(f.hint.zh).not.toBe(f.hint.en);
    }
  });
});
