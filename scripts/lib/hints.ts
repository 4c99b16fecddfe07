import * as XLSX from '@e965/xlsx';
import type { Problem } from './problems';
import { isoFromSerial, type CellValue, type SheetGrid } from './workbook-reader';
import { isIsoDate, UNITS, type Unit } from '../../src/tables/units';

/**
 * "How to fix it" for the build's problems, made specific with the offending cell's content where
 * that helps (a unit typo → the closest unit; 85 in a ratio cell → 0.85; 2015/1/1 → 2015-01-01).
 * Problems are recognised by their English message, which the build keeps stable. Every problem carries
 * its own general fix (Problem.fix); these hints replace it where the cell's content says more.
 */

export interface Hint {
  zh: string;
  en: string;
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Chinese characters, CJK punctuation (〔〕、) and full-width forms: text typed with a Chinese input method. */
export const hasCjk = (s: string) => /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(s);

/**
 * The candidate a typo most likely meant, or null. Only text of the same kind is compared: a word typed in
 * Chinese (元, 三) is never "close" to a code in Latin letters or digits (m, 1), since with one or two letters
 * every short code is; and a suggestion must keep at least one character of what was typed.
 */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const cjk = hasCjk(word);
  for (const c of candidates) {
    if (hasCjk(c) !== cjk) continue;
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) && bestD < word.length ? best : null;
}

// ---------------------------------------------------------------------------------------------
// Characters that look like something else: invisible ones, and full-width letters and digits.

const INVISIBLE_NAMES: Record<number, { zh: string; en: string }> = {
  160: { zh: '不换行空格', en: 'no-break space' },
  173: { zh: '软连字符', en: 'soft hyphen' },
  6158: { zh: '蒙古文元音分隔符', en: 'Mongolian vowel separator' },
  8203: { zh: '零宽空格', en: 'zero-width space' },
  8204: { zh: '零宽不连字', en: 'zero-width non-joiner' },
  8205: { zh: '零宽连字', en: 'zero-width joiner' },
  8206: { zh: '从左至右标记', en: 'left-to-right mark' },
  8207: { zh: '从右至左标记', en: 'right-to-left mark' },
  8232: { zh: '行分隔符', en: 'line separator' },
  8233: { zh: '段分隔符', en: 'paragraph separator' },
  8239: { zh: '窄不换行空格', en: 'narrow no-break space' },
  8288: { zh: '零宽连接符', en: 'word joiner' },
  65279: { zh: '零宽不换行空格（BOM）', en: 'zero-width no-break space (BOM)' },
  9: { zh: '制表符', en: 'tab' },
  10: { zh: '换行（Alt+Enter）', en: 'line break (Alt+Enter)' },
  13: { zh: '回车符', en: 'carriage return' },
};

/** Characters that show as nothing or as a plain space but are not one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\ufeff]/gu;
/** Of those, the ones that stand for a space (removed at the ends, a plain space between words). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: tab, line feed and carriage return stand for spaces here
const SPACE_LIKE = /[\u0009\u000a\u000d\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with invisible characters removed (space-like ones become a plain space), trimmed. */
export function withoutInvisible(s: string): string {
  return s.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** Full-width ASCII (Ｃ，１，－，％ typed in a Chinese input method's full-width mode) and the ideographic space → half-width. */
export function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * A hint for text that is not what it looks like: invisible characters (U+200B…) or full-width digits and
 * letters (１, ２０１５-０１-０１). `fixed` is the text as it was meant, for the problem-specific hint that follows.
 */
export function characterHint(
  v: string,
  where: { zh: string; en: string } = { zh: '单元格里', en: 'the cell' },
): { hint: Hint; fixed: string } | null {
  const invisible = [...new Set(v.match(INVISIBLE) ?? [])];
  if (invisible.length) {
    const fixed = withoutInvisible(v);
    const name = (c: string) =>
      INVISIBLE_NAMES[c.codePointAt(0)!] ??
      (/[\u2000-\u200a\u205f]/.test(c) ? { zh: '特殊空格', en: 'special space' } : { zh: '不可见字符', en: 'invisible character' });
    const names = invisible.map((c) => ({ code: codePoint(c), ...name(c) }));
    const zhList = names.map((n) => `${n.code} ${n.zh}`).join('、');
    const enList = names.map((n) => `${n.code} ${n.en}`).join(', ');
    return {
      fixed,
      hint: {
        zh: `${where.zh}有看不见的字符（${zhList}）：请删除它们（最简单是删掉后重新输入）${fixed ? `，删除后为“${fixed}”` : '，删除后为空'}`,
        en: `${where.en} holds invisible characters (${enList}): delete them (simplest: delete it and type it again)${fixed ? `; without them it reads "${fixed}"` : '; without them it is empty'}`,
      },
    };
  }
  if (FULL_WIDTH_ALNUM.test(v)) {
    const whole = halfWidth(v);
    const fixed = /^[\x20-\x7e]*$/.test(whole)
      ? whole.trim()
      : v.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => halfWidth(c));
    const wide = [...v].filter((c) => FULL_WIDTH_ALNUM.test(c));
    const digits = wide.every((c) => /[\uff10-\uff19]/.test(c));
    const letters = wide.every((c) => !/[\uff10-\uff19]/.test(c));
    const kind = digits
      ? { zh: '全角数字', en: 'full-width digits' }
      : letters
        ? { zh: '全角字母', en: 'full-width letters' }
        : { zh: '全角字符', en: 'full-width characters' };
    // the whole cell when it becomes plain ASCII (２０１５-０１-０１ → 2015-01-01), else the full-width runs in it
    const shown =
      fixed === whole.trim()
        ? [[v.trim(), fixed]]
        : (v.match(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g) ?? []).map((r) => [r, halfWidth(r)]);
    const zh = shown.map(([a, b]) => `${kind.zh} ${a} 请改为半角 ${b}`).join('，');
    const en = shown.map(([a, b]) => `${kind.en} ${a}: type them half-width, ${b}`).join('; ');
    const that = fixed === whole.trim() ? '' : `（即“${fixed}”）`;
    return {
      fixed,
      hint: {
        zh: `${zh}${that}（把输入法切换到半角后重新输入）`,
        en: `${en}${that ? ` (that is "${fixed}")` : ''} (switch the input method to half-width and type it again)`,
      },
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Chinese input where the workbook wants a code.

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** A number written in Chinese (三, 十二, 二十, 第三, 三级, Ⅲ, ③) as digits, for 0–99; else null. */
export function digitsFromChinese(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^第/, '')
    .replace(/(级|类|档|等|号|项|条|款|期|批|个)$/, '');
  const cp = s.length === 1 ? s.codePointAt(0)! : 0;
  if (cp >= 0x2160 && cp <= 0x216b) return String(cp - 0x2160 + 1); // Ⅰ–Ⅻ
  if (cp >= 0x2170 && cp <= 0x217b) return String(cp - 0x2170 + 1); // ⅰ–ⅻ
  if (cp >= 0x2460 && cp <= 0x2473) return String(cp - 0x2460 + 1); // ①–⑳
  if (cp >= 0x2474 && cp <= 0x2487) return String(cp - 0x2474 + 1); // ⑴–⒇
  const m = /^([^十拾]?)([十拾]?)([^十拾]?)$/.exec(s);
  if (!m || !s) return null;
  const [, a, ten, b] = m;
  const d = (c: string | undefined) => (c ? CHINESE_DIGITS[c] : undefined);
  if (!ten) return a && !b && d(a) !== undefined ? String(d(a)) : null;
  const tens = a ? d(a) : 1;
  const ones = b ? d(b) : 0;
  return tens === undefined || ones === undefined || tens === 0 ? null : String(tens * 10 + ones);
}

/** Units as people write them in Chinese → the workbook's unit codes (src/tables/units.ts). */
const CHINESE_UNITS = {
  元: 'CNY',
  人民币: 'CNY',
  人民币元: 'CNY',
  '元/月': 'CNY/month',
  '元/个月': 'CNY/month',
  '元/年': 'CNY/year',
  '元/人': 'CNY/person',
  '元/名': 'CNY/person',
  '元/人/年': 'CNY/person/year',
  '元/年/人': 'CNY/person/year',
  '元/人/月': 'CNY/person/month',
  '元/月/人': 'CNY/person/month',
  '元/剂': 'CNY/dose',
  '元/剂次': 'CNY/dose',
  '元/针': 'CNY/dose',
  '元/亩': 'CNY/mu',
  '元/平方米': 'CNY/m2',
  '元/平米': 'CNY/m2',
  '元/m2': 'CNY/m2',
  '元/吨': 'CNY/tonne',
  '元/千瓦时': 'CNY/kWh',
  '元/度': 'CNY/kWh',
  '元/kWh': 'CNY/kWh',
  '元/千瓦': 'CNY/kW',
  '元/kW': 'CNY/kW',
  '元/床': 'CNY/bed',
  '元/床位': 'CNY/bed',
  '元/张床': 'CNY/bed',
  比例: 'ratio',
  比率: 'ratio',
  百分比: 'ratio',
  '%': 'ratio',
  '‰': 'ratio',
  百分点: 'percentage-point',
  个百分点: 'percentage-point',
  倍: 'multiplier',
  倍数: 'multiplier',
  个: 'count',
  项: 'count',
  件: 'count',
  次: 'count',
  家: 'count',
  处: 'count',
  台: 'count',
  辆: 'count',
  所: 'count',
  数量: 'count',
  人: 'persons',
  名: 'persons',
  人数: 'persons',
  年: 'years',
  周年: 'years',
  个月: 'months',
  月: 'months',
  天: 'days',
  日: 'days',
  自然日: 'days',
  工作日: 'working-days',
  个工作日: 'working-days',
  小时: 'hours',
  个小时: 'hours',
  分钟: 'minutes',
  年份: 'year',
  年度: 'year',
  毫米: 'mm',
  米: 'm',
  公里: 'km',
  千米: 'km',
  '公里/小时': 'km/h',
  '千米/小时': 'km/h',
  '公里/时': 'km/h',
  平方米: 'm2',
  平米: 'm2',
  平方公里: 'km2',
  平方千米: 'km2',
  亩: 'mu',
  公顷: 'hectare',
  立方米: 'm3',
  '升/秒': 'L/s',
  兆帕: 'MPa',
  吨: 'tonnes',
  吨标准煤: 'tce',
  吨标煤: 'tce',
  千瓦: 'kW',
  兆瓦: 'MW',
  千瓦时: 'kWh',
  度电: 'kWh',
  空气质量指数: 'AQI',
  '微克/立方米': 'ug/m3',
  'μg/m3': 'ug/m3',
  摄氏度: 'degC',
  '°C': 'degC',
  日期: 'date',
  文字: 'text',
  文本: 'text',
  代码: 'enum',
  '是/否': 'boolean',
  是否: 'boolean',
} as const satisfies Record<string, Unit>;

const SCALE_WORDS: Record<string, number> = { 千: 1_000, 万: 10_000, 十万: 100_000, 百万: 1_000_000, 千万: 10_000_000, 亿: 100_000_000 };

/** 元/人·年, 元 / (人·年), 元每月, ｍ３ … → one spelling: 元/人/年, 元/月, m3. */
const unitSpelling = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, '')
    .replace(/[·•・.]/g, '/')
    .replace(/(.)每/g, '$1/')
    .replace(/\/+/g, '/');

type Hinted = Hint & { suggestion?: string };

/** A unit written in Chinese (元, 元/年, 天, 个月, 万元…) → the hint naming its unit code. */
export function chineseUnitHint(raw: string): Hinted | null {
  const s = unitSpelling(raw);
  const code = Object.hasOwn(CHINESE_UNITS, s) ? CHINESE_UNITS[s as keyof typeof CHINESE_UNITS] : undefined;
  if (code === 'ratio' && /%|‰|百分/.test(s)) {
    return {
      zh: '百分比请用单位 ratio，数值填小数（85% 填 0.85，2‰ 填 0.002）',
      en: 'percentages take the unit ratio with the value as a fraction (85% → 0.85, 2‰ → 0.002)',
      suggestion: code,
    };
  }
  if (code)
    return {
      zh: `“${raw}”请填单位代码 ${code}（从下拉列表中选择）`,
      en: `"${raw}" is the unit code ${code}: pick it from the drop-down list`,
      suggestion: code,
    };
  // 万元, 万元/年, 亿元, 万人, 万吨…: the workbook holds plain units, the figure converted
  const m = /^(十万|百万|千万|千|万|亿)(.+)$/.exec(s);
  const base = m && Object.hasOwn(CHINESE_UNITS, m[2]!) ? CHINESE_UNITS[m[2]! as keyof typeof CHINESE_UNITS] : undefined;
  if (m && base) {
    const factor = SCALE_WORDS[m[1]!]!;
    const what = base.startsWith('CNY')
      ? { zh: '金额请换算为元', en: 'amounts are in yuan: multiply the figure' }
      : { zh: '数值请换算', en: 'multiply the figure' };
    return {
      zh: `${what.zh}（×${factor}）并填 ${base}`,
      en: `${what.en} by ${factor} and use the unit ${base}`,
      suggestion: base,
    };
  }
  return null;
}

const EXAMPLE_UNITS = {
  zh: '如 元 → CNY，元/年 → CNY/year，天 → days，个月 → months',
  en: '元 → CNY, 元/年 → CNY/year, 天 → days, 个月 → months',
};

export function cellValue(grids: SheetGrid[], sheet: string | null, cell: string | null): CellValue {
  if (!sheet || !cell || !/^[A-Z]+\d+$/.test(cell)) return null;
  const { r, c } = XLSX.utils.decode_cell(cell);
  return grids.find((g) => g.name === sheet)?.rows[r]?.[c] ?? null;
}

/** A date the way people type it (2015/1/1, 2015.1.1, 2015年1月1日) → 2015-01-01. */
export function isoFromLooseDate(raw: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A number typed as text ("200,000", "200000元", "85%") → the number, when unambiguous. */
export function numberFromText(raw: string): { n: number; percent: boolean } | null {
  const s = raw.replace(/[,，\s]/g, '').replace(/(元|CNY|RMB|¥|￥)/gi, '');
  const m = /^(-?\d+(?:\.\d+)?)(%|％)?$/.exec(s);
  if (m) return { n: Number(m[1]), percent: Boolean(m[2]) };
  // 20万 (元) = 200000, 1.5亿 = 150000000
  const w = /^(\d+(?:\.\d+)?)(万|亿)$/.exec(s);
  return w ? { n: Number((Number(w[1]) * (w[2] === '万' ? 10_000 : 100_000_000)).toPrecision(15)), percent: false } : null;
}

export const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

type HintContext = { sources: string[]; columns?: string[]; sheets?: string[] };

/** Problems whose cell is named for where the problem shows, not because of what the cell holds. */
const NOT_ABOUT_THE_CELL_TEXT =
  /^overlapping dates|^duplicate rows|^gap in the dates|overlaps row|needs a (?:public )?note|^missing parameter|^a row with an empty value|^the last row of|^the rows of|is marked repealed/;

export function hintFor(p: Problem, grids: SheetGrid[], context: HintContext = { sources: [] }): Hint | null {
  const v = cellValue(grids, p.sheet, p.cell);
  const date1904 = grids.find((g) => g.name === p.sheet)?.date1904 === true;
  // Text that is not what it looks like comes first: "did you mean CNY?" for a CNY with a zero-width space in
  // it would suggest what the cell already seems to say.
  if (typeof v === 'string' && !NOT_ABOUT_THE_CELL_TEXT.test(p.en)) {
    const chars = characterHint(v);
    if (chars) {
      const next = valueHint(p, chars.fixed === '' ? null : chars.fixed, context, date1904);
      return next && next.suggestion !== chars.fixed
        ? { zh: `${chars.hint.zh}；${next.zh}`, en: `${chars.hint.en}; ${next.en}` }
        : chars.hint;
    }
  }
  const hint = valueHint(p, v, context, date1904);
  return hint ? { zh: hint.zh, en: hint.en } : null;
}

function valueHint(p: Problem, v: CellValue, context: HintContext, date1904: boolean): Hinted | null {
  const en = p.en;
  let m: RegExpExecArray | null;

  if (/^unknown unit/.test(en)) {
    if (typeof v === 'string') {
      const chinese = chineseUnitHint(v);
      if (chinese) return chinese;
      const guess = closest(v, UNITS);
      if (guess)
        return {
          zh: `是不是 ${guess}？请从下拉列表中选择单位`,
          en: `did you mean ${guess}? pick the unit from the drop-down list`,
          suggestion: guess,
        };
      if (hasCjk(v)) {
        return {
          zh: `单位请填代码，不填中文（${EXAMPLE_UNITS.zh}）：请从下拉列表中选择`,
          en: `units are written as codes, not in Chinese (${EXAMPLE_UNITS.en}): pick one from the drop-down list`,
        };
      }
    }
    return {
      zh: '请从下拉列表中选择单位（tables/README.md 有单位表）',
      en: 'pick the unit from the drop-down list (tables/README.md lists them)',
    };
  }
  if (/a ratio must be between 0 and 1/.test(en) && typeof v === 'number' && v > 1 && v <= 100) {
    const r = Number((v / 100).toPrecision(12));
    return { zh: `如果是 ${v}%，请填 ${r}`, en: `if you meant ${v}%, type ${r}` };
  }
  if (/must be a number/.test(en) && typeof v === 'string') {
    const n = numberFromText(v);
    if (n) {
      const value = n.percent ? Number((n.n / 100).toPrecision(12)) : n.n;
      return {
        zh: `请只填数字 ${value}（不带单位、逗号或百分号；单位写在 unit 列）`,
        en: `type just the number ${value} (no unit, commas or percent sign; the unit goes in the unit column)`,
        suggestion: String(value),
      };
    }
    return {
      zh: '请填写阿拉伯数字；如原文未公布此值，请留空并在公开备注（note_zh、note_en）中说明“原文未公布”',
      en: 'type the figure in digits; if the source does not publish it, leave the cell empty and say so in the public note (note_zh, note_en)',
    };
  }
  if (/must be a date/.test(en)) {
    if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= 1900 && v <= 2100) {
        return {
          zh: `${v} 像是年份：日期须写完整的年-月-日，如 ${v}-01-01`,
          en: `${v} looks like a year: a date needs year, month and day, e.g. ${v}-01-01`,
        };
      }
      const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(String(v));
      if (compact && isIsoDate(`${compact[1]}-${compact[2]}-${compact[3]}`)) {
        const iso = `${compact[1]}-${compact[2]}-${compact[3]}`;
        return { zh: `请写成 ${iso}`, en: `write it as ${iso}`, suggestion: iso };
      }
      const iso = v >= 1 ? isoFromSerial(v, date1904) : null;
      if (iso && isIsoDate(iso)) {
        return {
          zh: `${v} 是 Excel 的日期序号，即 ${iso}：请把单元格格式设为日期，或直接写 ${iso}`,
          en: `${v} is an Excel date serial number, i.e. ${iso}: give the cell a date format, or type ${iso}`,
          suggestion: iso,
        };
      }
    }
    const iso = typeof v === 'string' ? isoFromLooseDate(v) : null;
    return iso
      ? { zh: `请写成 ${iso}`, en: `write it as ${iso}`, suggestion: iso }
      : {
          zh: '日期写成 年-月-日，如 2015-01-01（或设置单元格格式为日期）',
          en: 'write dates as year-month-day, e.g. 2015-01-01 (or give the cell a date format)',
        };
  }
  if ((m = /^source "(.+)" is not listed on the sources sheet/.exec(en))) {
    const cited = typeof v === 'string' ? v : m[1]!;
    // the number on the sources sheet may be the one with the invisible or full-width characters
    const listed = context.sources.find((x) => x !== cited && halfWidth(withoutInvisible(x)) === halfWidth(withoutInvisible(cited)));
    const odd = listed
      ? characterHint(listed, {
          zh: `sources 表中的文号“${withoutInvisible(listed)}”里`,
          en: `the number "${withoutInvisible(listed)}" on the sources sheet`,
        })
      : null;
    if (odd) return odd.hint;
    const guess = closest(m[1]!, context.sources);
    return guess
      ? {
          zh: `是不是“${guess}”？文号须与 sources 表中的完全一致（包括〔〕和“号”）`,
          en: `did you mean "${guess}"? the number must match the sources sheet exactly (brackets 〔〕 and 号 included)`,
          suggestion: guess,
        }
      : {
          zh: '先在 sources 工作表中加一行这份文件（文号、标题、日期），再引用它',
          en: 'first add the document to the sources sheet (number, title, dates), then cite it',
        };
  }
  if ((m = /^unknown column "(.+?)"/.exec(en)) && context.columns) {
    const id = m[1]!.split(/[\s/（(]/)[0]!;
    const guess = closest(id, context.columns);
    if (guess)
      return {
        zh: `是不是 ${guess}？列标题须以列名开头，后面可加中文说明`,
        en: `did you mean ${guess}? a header starts with the column id, a label may follow`,
        suggestion: guess,
      };
    if (hasCjk(id)) {
      return {
        zh: `列标题须以英文列名开头，中文说明写在后面（如“value 数值”）；本表的列为：${context.columns.join(', ')}`,
        en: `a header starts with the column id, the Chinese label after it (e.g. "value 数值"); this sheet's columns are: ${context.columns.join(', ')}`,
      };
    }
  }
  if ((m = /^unknown sheet "(.+?)"/.exec(en)) && context.sheets) {
    const odd = characterHint(m[1]!, { zh: '工作表名里', en: 'the sheet name' });
    if (odd) return odd.hint;
    const guess = closest(m[1]!, context.sheets);
    if (guess)
      return { zh: `是不是“${guess}”？工作表名须与结构定义一致`, en: `did you mean "${guess}"? sheet names must match the schema` };
    return {
      zh: '如果这是说明页，把工作表改名为以 _ 开头（如 _说明）；如果是新的分档表，先在 src/policy/<表>/table.ts 中声明它',
      en: 'if it holds explanations, rename it with a leading _ (e.g. _notes); if it is a new bracket sheet, declare it in src/policy/<table>/table.ts first',
    };
  }
  if (/^key must be lower snake_case/.test(en) && typeof v === 'string') {
    const fixed = v
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
      .replace(/[^a-z0-9_.]/g, '')
      .replace(/^[^a-z]+/, '');
    if (fixed) return { zh: `例如 ${fixed}`, en: `e.g. ${fixed}` };
  }
  if ((m = /^must be one of: (.+)$/.exec(en)) && typeof v === 'string') {
    const allowed = m[1]!.split(', ');
    // 三 for level 3: codes are digits
    const digits = digitsFromChinese(v);
    if (digits !== null && allowed.includes(digits)) {
      return {
        zh: `是不是 ${digits}？代码请填阿拉伯数字 ${digits}，不填“${v}”`,
        en: `did you mean ${digits}? the code is the digit ${digits}, not "${v}"`,
        suggestion: digits,
      };
    }
    const guess = closest(v, allowed);
    if (guess) return { zh: `是不是 ${guess}？`, en: `did you mean ${guess}?`, suggestion: guess };
    if (hasCjk(v) && !allowed.some(hasCjk)) {
      return {
        zh: `请填代码本身（${allowed.join('、')}），不填中文说明`,
        en: `type the code itself (${allowed.join(', ')}), not a description in Chinese`,
      };
    }
  }
  return null;
}
