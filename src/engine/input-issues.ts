import type { z } from 'zod';
import type { Localized } from '../tables/model';
import type { FieldIssue } from './errors';

/**
 * zod's issues as field issues a reader can act on: a stable code and one sentence in Chinese and English per
 * offending field. zod's own wording ("Invalid option: expected one of …") never reaches an answer; a refinement
 * gives its code and both sentences with `issue()` (src/engine/inputs.ts).
 */

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, Localized> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  string: { zh: '文字', en: 'text' },
  boolean: { zh: '是或否（true / false）', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段（对象）', en: 'an object' },
  date: { zh: '日期', en: 'a date' },
};

const grouped = (n: number) => (Number.isInteger(n) && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n));
const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const quotedZh = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('、');

/** The value at `path` of `input`, or undefined where the path does not exist. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const isMissing = (input: unknown, path: readonly PropertyKey[]) => {
  if (input === undefined) return false;
  const parent = valueAt(input, path.slice(0, -1));
  return path.length > 0 && parent !== null && typeof parent === 'object' && valueAt(input, path) === undefined;
};

const REQUIRED: Localized = { zh: '必填', en: 'is required' };

function sizeMessage(i: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>): Localized {
  const small = i.code === 'too_small';
  const bound = Number(small ? i.minimum : i.maximum);
  const n = grouped(bound);
  switch (i.origin) {
    case 'array':
    case 'set':
      return small
        ? { zh: `至少 ${n} 项`, en: `must have at least ${n} item${bound === 1 ? '' : 's'}` }
        : { zh: `最多 ${n} 项`, en: `must have at most ${n} item${bound === 1 ? '' : 's'}` };
    case 'string':
      if (small && bound === 1) return { zh: '不能为空', en: 'must not be empty' };
      return small
        ? { zh: `至少 ${n} 个字符`, en: `must have at least ${n} characters` }
        : { zh: `最多 ${n} 个字符`, en: `must have at most ${n} characters` };
    default:
      if (small && bound === 0)
        return i.inclusive ? { zh: '不能为负数', en: 'must not be negative' } : { zh: '须大于 0', en: 'must be greater than 0' };
      if (small)
        return i.inclusive ? { zh: `不能小于 ${n}`, en: `must be at least ${n}` } : { zh: `须大于 ${n}`, en: `must be greater than ${n}` };
      return i.inclusive ? { zh: `不能大于 ${n}`, en: `must be at most ${n}` } : { zh: `须小于 ${n}`, en: `must be less than ${n}` };
  }
}

/** The code and sentences of one zod issue at its path (an unknown key is reported at the key itself). */
function issuesOf(i: ZodIssue, input: unknown): FieldIssue[] {
  const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = (code: string, message: Localized, p: (string | number)[] = path): FieldIssue => ({ path: p, code, message });
  switch (i.code) {
    case 'unrecognized_keys':
      return i.keys.map((k) => at('unknown-field', { zh: '不是可接受的字段', en: 'unknown field' }, [...path, k]));
    case 'invalid_type': {
      if (isMissing(input, path)) return [at('required', REQUIRED)];
      const t = TYPE_NAMES[i.expected] ?? { zh: i.expected, en: i.expected };
      return [at('invalid-type', { zh: `应为${t.zh}`, en: `must be ${t.en}` })];
    }
    case 'invalid_value':
      if (isMissing(input, path)) return [at('required', REQUIRED)];
      return [
        at(
          'invalid-option',
          i.values.length === 1
            ? { zh: `应为 ${quotedZh(i.values)}`, en: `must be ${quoted(i.values)}` }
            : { zh: `应为以下之一：${quotedZh(i.values)}`, en: `must be one of ${quoted(i.values)}` },
        ),
      ];
    case 'invalid_union': {
      if (isMissing(input, path)) return [at('required', REQUIRED)];
      const options = (i as { options?: unknown[] }).options;
      if (options?.length)
        return [at('invalid-option', { zh: `应为以下之一：${quotedZh(options)}`, en: `must be one of ${quoted(options)}` })];
      return [at('invalid-type', { zh: '不符合任何一种可接受的格式', en: 'does not match any accepted form' })];
    }
    case 'too_small':
    case 'too_big':
      return [at(i.code === 'too_small' ? 'too-small' : 'too-big', sizeMessage(i))];
    case 'invalid_format':
      // a schema's own wording (a pattern's message) is English; zod's default starts "Invalid"
      return [
        at('invalid-format', { zh: '格式不正确', en: i.message.startsWith('Invalid') ? `has the wrong format (${i.format})` : i.message }),
      ];
    case 'not_multiple_of':
      return [
        Number(i.divisor) === 0.01
          ? at('too-many-decimals', { zh: '最多两位小数（金额计到分）', en: 'has more than two decimals (yuan are counted to the fen)' })
          : at('invalid-format', { zh: `应为 ${i.divisor} 的整数倍`, en: `must be a multiple of ${i.divisor}` }),
      ];
    case 'custom': {
      const params = (i.params ?? {}) as { code?: string; zh?: string };
      return [at(params.code ?? 'invalid', { zh: params.zh ?? '不符合要求', en: i.message })];
    }
    default:
      return [at('invalid-type', { zh: '不符合要求', en: 'is not valid' })];
  }
}

/** Every field issue of a refused request, in zod's order; `input` (the raw request) tells a missing field from a wrong one. */
export const fieldIssuesOf = (issues: readonly ZodIssue[], input?: unknown): FieldIssue[] => issues.flatMap((i) => issuesOf(i, input));
