import type { z } from '@hono/zod-openapi';
import type { Localized } from '../tables/model';

/**
 * How a request schema says what is wrong with a field: a stable code and one sentence in each language, carried in
 * the zod issue's params and read by fieldIssuesOf (src/engine/input-issues.ts).
 */

/** The options of a `.refine()` that fails with `code` and `message`. */
export const failsWith = (code: string, message: Localized) => ({ error: message.en, params: { code, zh: message.zh } });

/** Adds an issue at `path` in a `.superRefine()`. */
export const issue = (ctx: z.RefinementCtx, path: (string | number)[], code: string, message: Localized) =>
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { code, zh: message.zh } });

export const TWO_DECIMALS = failsWith('too-many-decimals', {
  zh: '最多两位小数（金额计到分）',
  en: 'has more than two decimals (yuan are counted to the fen)',
});
export const CALENDAR_DATE = failsWith('invalid-format', {
  zh: '应为有效的日期，写成 年-月-日，如 2015-03-01',
  en: 'must be a valid calendar date YYYY-MM-DD',
});
