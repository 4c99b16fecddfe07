import { DOCUMENTED } from '../../documented';
import { isIsoDate } from '../../tables/units';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { addDays } from '../../engine/dates';
import { formatRange } from '../../engine/format';
import { isoDate, MAX_COUNT, MAX_FORECAST_DAYS, ratioOut } from '../../engine/inputs';
import { describeRange, inRange } from '../../engine/lookup';
import type { Params, ParamUse } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { ScaleRow } from '../../tables/model';
import type { airPollutionAlerts as APA } from './table';
import { MEASURE_CATEGORIES, RESPONSE_LEVELS, SIGNERS } from './codes';

/**
 * Heavy air-pollution warning level under 嘉政办发〔2014〕99号 (嘉兴市大气重污染应急预案（试行）). Every threshold
 * is a row of the sheet alert_levels.
 *
 * Readings (also in the alert_levels notes of the workbook):
 * - The AQI bands of 3.2 are floors: a worse day satisfies a milder band (250 then 320 → yellow). A level
 *   qualifies when each of its first `forecast_days` days reaches its aqi_min (inclusive per 7.1); aqi_max is
 *   not a ceiling. The most severe qualifying level (smallest level_number) wins. With the table values:
 *   red if day 1 ≥ 451; else orange if day 1 ≥ 301; else yellow if days 1 and 2 ≥ 201; else blue if day 1 ≥ 201.
 * - 「未来1天」 is the coming day (forecast[0]); only day 1 decides the one-day levels (150 then 500 → none).
 * - Measures are not cumulative: each response level's list in 4.3.2 is complete in itself.
 */

type P = Params<typeof APA>;

const dayAfter = (iso: string) => addDays(iso, 1);

const dayInput = z
  .object({
    date: isoDate(DOCUMENTED && 'Forecast day (consecutive days; the first is the coming day)'),
    aqi: z
      .number()
      .int()
      .min(0)
      .max(MAX_COUNT, { error: `must be at most ${MAX_COUNT}` })
      .openapi(DOCUMENTED && { description: 'Forecast daily city AQI (城市空气质量指数), integer ≥ 0', example: 250 }),
  })
  .strict()
  .openapi('AqiForecastDay');

const input = z
  .object({
    forecast: z
      .array(dayInput)
      .min(1)
      .max(MAX_FORECAST_DAYS)
      .openapi(
        DOCUMENTED && {
          description:
            'Daily city AQI forecast on consecutive days; the first entry is the coming day, the second the day after. Later days are accepted and not used (no level depends on a third day, 3.2).',
        },
      ),
  })
  .strict()
  .superRefine((r, ctx) => {
    for (let i = 1; i < r.forecast.length; i++) {
      const prev = r.forecast[i - 1]!.date;
      // an invalid date is already reported on its own field; there is no "day after" to compare with
      if (!isIsoDate(prev)) continue;
      if (r.forecast[i]!.date !== dayAfter(prev)) {
        ctx.addIssue({
          code: 'custom',
          path: ['forecast', i, 'date'],
          message: `must be the day after forecast[${i - 1}].date (${dayAfter(prev)}): the forecast holds consecutive days`,
        });
      }
    }
  });

const levelCodes = ['none', 'blue', 'yellow', 'orange', 'red'] as const;

const measureOut =
  DOCUMENTED &&
  z
    .object({
      item: z.string().openapi(DOCUMENTED && { example: 'h1' }),
      category: z.enum(MEASURE_CATEGORIES),
      topic: z.string().openapi(DOCUMENTED && { description: 'Links the versions of one measure across levels' }),
      textZh: z.string(),
      textEn: z.string(),
      reductionRatio: ratioOut(DOCUMENTED && 'Emission cut the measure states, as a ratio; null if it states none').nullable(),
      leadInZh: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: 'Condition of the measure group, e.g. 在空气达到严重污染的区域' }),
      citation: z.string(),
    })
    .openapi('AlertMeasure');

const output =
  DOCUMENTED &&
  z
    .object({
      level: z.enum(levelCodes).openapi(DOCUMENTED && { description: 'Warning colour 预警颜色, none when no level qualifies' }),
      levelNumber: z
        .number()
        .int()
        .nullable()
        .openapi(DOCUMENTED && { description: '预警级别 (1 = red, most severe … 4 = blue)' }),
      responseLevel: z
        .enum(RESPONSE_LEVELS)
        .nullable()
        .openapi(DOCUMENTED && { description: '应急响应级别 started by the warning (4.3.1)' }),
      signedBy: z
        .object({ role: z.enum(SIGNERS), zh: z.string(), holderZh: z.string(), citation: z.string() })
        .nullable()
        .openapi(DOCUMENTED && { description: 'Who signs the warning (3.3.2（1）) and who holds that post (2.1)' }),
      trigger: z
        .object({
          aqiMin: z.number().nullable(),
          aqiMinInclusive: z.boolean(),
          forecastDays: z.number().int(),
          daysUsed: z.array(z.number().int()),
        })
        .nullable()
        .openapi(DOCUMENTED && { description: 'The band of the level chosen and the forecast AQI values it was tested on' }),
      measures: z
        .array(measureOut)
        .openapi(DOCUMENTED && { description: 'Every measure of the response level (not cumulative: each level lists its own)' }),
      cumulative: z
        .literal(false)
        .openapi(DOCUMENTED && { description: 'Measures of milder levels are not added: each level restates them' }),
    })
    .openapi('AirPollutionAlert');

const categoryOrder = (c: string) => (MEASURE_CATEGORIES as readonly string[]).indexOf(c);
const byItem = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const LEVEL_ZH: Record<string, string> = { red: '红色', orange: '橙色', yellow: '黄色', blue: '蓝色' };
const RESPONSE_ZH: Record<(typeof RESPONSE_LEVELS)[number], string> = { I: 'Ⅰ级', II: 'Ⅱ级', III: 'Ⅲ级', IV: 'Ⅳ级' };
const CATEGORY_ZH: Record<(typeof MEASURE_CATEGORIES)[number], string> = {
  'health-advice': '健康防护措施',
  advised: '倡导性减排措施',
  mandatory: '强制性减排措施',
};
/** A measure's number within its category, as Chinese text reads it: m2b → 2（二）. */
const itemZh = (item: string) => item.slice(1).replace(/[a-z]$/, (c) => `（${'一二三四五六七八九'[c.charCodeAt(0) - 97] ?? c}）`);

interface Tested {
  row: ScaleRow;
  level: string;
  levelNumber: { n: number; use: ParamUse };
  forecastDays: { n: number; use: ParamUse };
  qualifies: boolean;
  days: number[];
}

/**
 * 3.2, 7.1: a level qualifies when each of its first forecast_days days reaches its aqi_min (inclusive). The band is
 * read as a floor: a worse day satisfies a milder band, so aqi_max is not a ceiling.
 */
function testLevel(p: P, trace: Trace, row: ScaleRow, aqi: number[]): Tested {
  const level = String(row.cells.level);
  const colour = LEVEL_ZH[level] ?? level;
  return trace.step({ zh: `检验${colour}预警条件`, en: `test ${level} warning` }, (s) => {
    const ln = p.cell('alert_levels', row, 'level_number');
    const fd = p.cell('alert_levels', row, 'forecast_days');
    p.bounds('alert_levels', row, 'aqi'); // cites the band's set ends: its aqi_min is the threshold tested
    const levelNumber = { n: ln.value as number, use: ln.use };
    const forecastDays = { n: fd.value as number, use: fd.use };
    const band = row.ranges.aqi!;
    // The band is a floor: its upper bound is not a ceiling (a worse day satisfies a milder band).
    const floor = { ...band, max: null, maxInclusive: false };
    const days = aqi.slice(0, forecastDays.n);
    const enoughDays = aqi.length >= forecastDays.n;
    const qualifies = enoughDays && days.every((x) => inRange(floor, x));
    const bound = band.min === null ? 'any AQI' : `AQI ${band.minInclusive ? '≥' : '>'} ${band.min}`;
    const boundZh = band.min === null ? '不限' : `${band.minInclusive ? '≥' : '>'} ${band.min}`;
    s.rule(row.citation.text).inputs({ aqi: days, forecastDaysGiven: aqi.length });
    s.formula(
      !enoughDays
        ? {
            zh: `${colour}预警要看未来 ${forecastDays.n} 天的预报，只给了 ${aqi.length} 天：不符合`,
            en: `needs ${forecastDays.n} forecast days, ${aqi.length} given → does not qualify`,
          }
        : {
            zh:
              `${days.map((x, k) => `未来第 ${k + 1} 天空气质量指数 ${x}`).join('，')}；每天都须 ${boundZh}` +
              `（本级区间 ${formatRange(band, '空气质量指数', 'zh')}，按下限判断，上限不封顶）：${qualifies ? '符合' : '不符合'}`,
            en: `${days.map((x, k) => `day ${k + 1} AQI ${x}`).join(', ')}; each must be ${bound} (band ${describeRange(band, 'AQI')}, read as a floor) → ${qualifies ? 'qualifies' : 'does not qualify'}`,
          },
    );
    return s.result(qualifies, { row, level, levelNumber, forecastDays, qualifies, days });
  });
}

type Level = (typeof levelCodes)[number];
type ResponseLevel = (typeof RESPONSE_LEVELS)[number];

/**
 * 3.2: the most severe qualifying level (smallest level_number) is the warning; none when no level qualifies.
 * `tested` is in the order of severity, most severe first.
 */
function warningLevel(trace: Trace, rows: ScaleRow[], tested: Tested[], aqi: number[]): Tested | undefined {
  const qualifying = tested.filter((t) => t.qualifies);
  const chosen = qualifying[0];
  if (!chosen) {
    trace.step({ zh: '预警等级', en: 'warning level' }, (s) => {
      s.rule(`${rows[0]!.citation.document} ${tested.map((t) => t.row.citation.article).join('；')}`).inputs({ aqi });
      s.formula({ zh: '没有一个等级符合条件：不发布预警', en: 'no level qualifies → no warning' });
      return s.result('none');
    });
    return undefined;
  }
  const level = chosen.level;
  trace.step({ zh: '预警等级', en: 'warning level' }, (s) => {
    s.rule(chosen.row.citation.text)
      .uses(...qualifying.map((t) => t.levelNumber.use))
      .inputs({ aqi });
    s.formula({
      zh: `符合条件的有${qualifying.map((t) => `${LEVEL_ZH[t.level] ?? t.level}预警（第 ${t.levelNumber.n} 级）`).join('、')}，取级别数字最小即最严重的：${LEVEL_ZH[level] ?? level}预警`,
      en: `most severe qualifying level (smallest level number): ${qualifying.map((t) => `${t.level} (${t.levelNumber.n})`).join(', ')} → ${level}`,
    });
    return s.result(level);
  });
  return chosen;
}

/** 4.3.1: the emergency response level the warning starts. */
function responseLevel(p: P, trace: Trace, row: ScaleRow, level: Level): ResponseLevel {
  const colour = LEVEL_ZH[level] ?? level;
  return trace.step({ zh: '应急响应级别', en: 'response level' }, (s) => {
    const response = p.cell('alert_levels', row, 'response_level');
    const responseLevel = String(response.value) as ResponseLevel;
    s.rule(row.citation.text).inputs({ level });
    s.formula({
      zh: `${colour}预警启动${RESPONSE_ZH[responseLevel] ?? responseLevel}应急响应`,
      en: `${level} warning starts response level ${responseLevel}`,
    });
    return s.result(responseLevel, responseLevel);
  });
}

/** 3.3.2（1）: who signs the warning, and (2.1) who holds that post. */
function signedBy(p: P, trace: Trace, row: ScaleRow, level: Level) {
  const colour = LEVEL_ZH[level] ?? level;
  return trace.step({ zh: '预警签发', en: 'signed by' }, (s) => {
    const signer = p.cell('alert_levels', row, 'signed_by');
    const signerZh = String(p.cell('alert_levels', row, 'signed_by_zh').value);
    const role = String(signer.value) as (typeof SIGNERS)[number];
    const holder = p.find('command_roles', { role }).get('holder_zh');
    const citation = `${row.citation.text}；${holder.use.citation}`;
    s.rule(citation).inputs({ level });
    s.formula({
      zh: `${colour}预警由${signerZh.replace(/签发$/, '')}签发（该职务：${String(holder.value)}）`,
      en: `${level} alert: issued by ${signerZh} (held by ${String(holder.value)})`,
    });
    return s.result(role, { role, zh: signerZh, holderZh: String(holder.value), citation });
  });
}

/** 4.3.2: every measure of the response level; each level lists all its measures, milder levels' lists are not added. */
function measures(p: P, trace: Trace, row: ScaleRow, responseLevel: ResponseLevel) {
  return trace.step({ zh: '应急措施', en: 'measures' }, (s) => {
    const measureRows = p
      .rows('measures')
      .filter((m) => m.cells.response_level === responseLevel)
      .sort(
        (a, b) =>
          categoryOrder(String(a.cells.category)) - categoryOrder(String(b.cells.category)) ||
          byItem(String(a.cells.item), String(b.cells.item)),
      );
    const measures = measureRows.map((m) => ({
      item: String(m.cells.item),
      category: String(m.cells.category) as (typeof MEASURE_CATEGORIES)[number],
      topic: String(m.cells.topic),
      textZh: String(p.cell('measures', m, 'text_zh').value),
      textEn: String(p.cell('measures', m, 'text_en').value),
      // An empty reduction_ratio means the measure states no percentage (see the row note), not "unpublished".
      reductionRatio: typeof m.cells.reduction_ratio === 'number' ? m.cells.reduction_ratio : null,
      leadInZh: m.cells.lead_in_zh === null || m.cells.lead_in_zh === undefined ? null : String(m.cells.lead_in_zh),
      citation: m.citation.text,
    }));
    const articles = [...new Set(measureRows.map((m) => m.citation.article.split('（')[0]))];
    const groupsZh = MEASURE_CATEGORIES.map((c) => {
      const items = measures.filter((m) => m.category === c).map((m) => itemZh(m.item));
      return items.length ? `${CATEGORY_ZH[c]}第 ${items.join('、')} 项` : '';
    }).filter(Boolean);
    s.rule(`${row.citation.document} ${articles.join('；')}`).inputs({ responseLevel });
    s.formula({
      zh: `${RESPONSE_ZH[responseLevel] ?? responseLevel}应急响应的全部措施共 ${measures.length} 项${groupsZh.length ? `：${groupsZh.join('；')}` : ''}（每级单独列出全部措施，较轻等级的措施不再叠加）`,
      en: `every measure of response level ${responseLevel}: ${measures.map((m) => m.item).join(', ')} (${measures.length}); milder levels' lists are not added`,
    });
    return s.result(measures.length, measures);
  });
}

export const airPollutionAlert = defineCalculator({
  id: 'air-pollution-alert',
  table: tableRef<typeof APA>('air-pollution-alerts'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.forecast[0]!.date);
    const aqi = req.forecast.map((d) => d.aqi);
    const rows = p.rowsInForce('alert_levels');
    // The most severe level (smallest level_number) is tested, and explained, first.
    const ordered = [...rows].sort((a, b) => Number(a.cells.level_number) - Number(b.cells.level_number));
    const tested = ordered.map((row) => testLevel(p, trace, row, aqi));
    const chosen = warningLevel(trace, rows, tested, aqi);
    if (!chosen) {
      return {
        level: 'none' as const,
        levelNumber: null,
        responseLevel: null,
        signedBy: null,
        trigger: null,
        measures: [],
        cumulative: false as const,
      };
    }
    const { row } = chosen;
    const level = chosen.level as Level;
    const response = responseLevel(p, trace, row, level);
    return {
      level,
      levelNumber: chosen.levelNumber.n,
      responseLevel: response,
      signedBy: signedBy(p, trace, row, level),
      trigger: {
        aqiMin: row.ranges.aqi!.min,
        aqiMinInclusive: row.ranges.aqi!.minInclusive,
        forecastDays: chosen.forecastDays.n,
        daysUsed: chosen.days,
      },
      measures: measures(p, trace, row, response),
      cumulative: false as const,
    };
  },
});
