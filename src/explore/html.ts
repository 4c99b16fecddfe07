/**
 * HTML by tagged template with escaping by default: every interpolated value is escaped unless it is
 * itself the result of `html` (or `raw`). Workbook text (labels, notes, citations) is untrusted here:
 * a cell holding `<script>` must reach the browser as text.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup (only for constants written in this code base). */
export const raw = (s: string) => new Html(s);

export const join = (parts: readonly Part[], separator: Part = '') => new Html(parts.map(render).join(render(separator)));

/** Size in bytes of the UTF-8 encoding (what the response weighs). */
const encoder = new TextEncoder();
export const byteLength = (s: string | Html) => encoder.encode(String(s)).length;
