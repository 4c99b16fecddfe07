import { formatPeriod, formatRange, formatValue, type FormatLang } from '../../src/engine/format';
import {
  citationOf,
  type CompiledScale,
  type DatedValue,
  type Localized,
  type ScaleColumn,
  type ScaleRow,
  type Value,
} from '../../src/tables/model';
import type { Unit } from '../../src/tables/units';
import { formatProblem } from './problems';
import type { CompiledSide } from './revisions';
import type { AnswersReport } from './samples';
import type { ParameterDiff, RowChange, ScaleDiff, TableDiff } from './semantic-diff';

/** Renders a semantic diff as text (terminal) or Markdown (a pull-request comment), in Chinese or English. */

export interface DiffReport {
  from: string;
  to: string;
  tables: TableDiff[];
  answers: AnswersReport[];
  oldSide: CompiledSide;
  newSide: CompiledSide;
}

export type Mark = '+' | '-' | '~';
export interface Item {
  mark: Mark;
  subject: string;
  period: string;
  change: string;
  citation: string;
}
export interface Section {
  title: string;
  items: Item[];
  notes: string[];
}
export interface AnswerBlock {
  title: string;
  fields: { path: string; old: string; new: string }[];
}
export interface TableBlock {
  heading: string;
  warnings: string[];
  sections: Section[];
  answersTitle: string | null;
  answers: AnswerBlock[];
}

const MAX_PROBLEMS_SHOWN = 10;

export function renderDiff(report: DiffReport, options: { lang: FormatLang; format: 'text' | 'md' }): string {
  const blocks = buildBlocks(report, options.lang);
  return options.format === 'md' ? toMarkdown(report, blocks, options.lang) : toText(report, blocks, options.lang);
}

/** The report as blocks per table (what the text and Markdown renderers print; /studio shows them as tables). */
export function buildBlocks(report: DiffReport, lang: FormatLang): TableBlock[] {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const pick = (l: Localized) => (lang === 'en' ? l.en : l.zh);
  const fv = (v: Value, unit: Unit) => formatValue(v, unit, lang);
  const period = (p: { from: string; to: string | null }) => formatPeriod(p, lang);
  const open = t('长期', 'open');

  const ids = [
    ...new Set([...report.tables.map((d) => d.id), ...Object.keys(report.oldSide.failed), ...Object.keys(report.newSide.failed)]),
  ].sort();
  return ids.map((id) => {
    const d = report.tables.find((x) => x.id === id);
    const warnings: string[] = [];
    for (const [side, label] of [
      [report.oldSide, report.from],
      [report.newSide, report.to],
    ] as const) {
      const problems = side.failed[id];
      if (!problems) continue;
      const compared = side.lenient.includes(id);
      warnings.push(
        t(
          `${label} 的工作簿未通过构建（${problems.length} 个问题）${compared ? '；已忽略结构定义中的必需参数后比较' : '，无法比较'}：`,
          `the workbook at ${label} does not pass the build (${problems.length} problem(s))${compared ? "; compared without the schema's required-key checks" : '; it cannot be compared'}:`,
        ),
      );
      for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) warnings.push(`  ${formatProblem(p, lang)}`);
      if (problems.length > MAX_PROBLEMS_SHOWN)
        warnings.push(
          t(
            `  ……另有 ${problems.length - MAX_PROBLEMS_SHOWN} 个（npm run tables:check）`,
            `  … ${problems.length - MAX_PROBLEMS_SHOWN} more (npm run tables:check)`,
          ),
        );
    }
    if (!d) return { heading: `${id}`, warnings, sections: [], answersTitle: null, answers: [] };

    const version =
      d.change === 'added'
        ? t(`新增的表（版本 ${d.new!.version}）`, `new table (version ${d.new!.version})`)
        : d.change === 'removed'
          ? t(`已删除（原版本 ${d.old!.version}）`, `removed (was version ${d.old!.version})`)
          : `${t('版本', 'version')} ${d.old!.version} → ${d.new!.version}`;
    const heading = `${d.id} ${pick(d.title)} — ${version}`;
    const sections: Section[] = [];

    const meta: Section = { title: t('元数据', 'Metadata'), items: [], notes: [] };
    for (const m of d.meta) meta.items.push({ mark: '~', subject: m.field, period: '', change: `${m.old} → ${m.new}`, citation: '' });
    for (const s of d.sources) {
      const title = (x: typeof s.old) => (x ? `${pick(x.title)}${x.effective ? ` (${t('施行', 'effective')} ${x.effective})` : ''}` : '');
      meta.items.push({
        mark: s.change === 'added' ? '+' : s.change === 'removed' ? '-' : '~',
        subject: `${t('来源文件', 'source')} ${s.number}`,
        period: '',
        change: s.change === 'changed' ? describeSourceChange(s.old!, s.new!, lang) : title(s.change === 'added' ? s.new : s.old),
        citation: '',
      });
    }
    for (const e of d.changelog)
      meta.items.push({
        mark: '+',
        subject: t('变更记录', 'change log'),
        period: e.date,
        change: pick(e.change),
        citation: '',
      });
    if (meta.items.length) sections.push(meta);

    if (d.change === 'removed') {
      const rows = d.scales.reduce((n, s) => n + s.rows.length, 0);
      sections.push({
        title: t('已删除的内容', 'Removed content'),
        items: [],
        notes: [
          t(
            `${d.parameters.length} 个参数，${d.scales.length} 个分档表共 ${rows} 行`,
            `${d.parameters.length} parameter(s); ${d.scales.length} scale sheet(s) with ${rows} row(s)`,
          ),
        ],
      });
      d.parameters = [];
      d.scales = [];
    }
    if (d.parameters.length) {
      const params: Section = { title: t('参数', 'Parameters'), items: [], notes: [] };
      for (const p of d.parameters) params.items.push(...parameterItems(p));
      sections.push(params);
    }
    for (const s of d.scales) sections.push(scaleSection(s));

    const answers = report.answers.find((a) => a.table === id);
    let answersTitle: string | null = null;
    const answerBlocks: AnswerBlock[] = [];
    if (answers && (answers.run > 0 || answers.problems.length)) {
      const at = answers.dates.length
        ? t(`按原日期，并移到改动的日期 ${answers.dates.join('、')}`, `at their own dates and moved to ${answers.dates.join(', ')}`)
        : t('按原日期', 'at their own dates');
      answersTitle = t(
        `计算结果变化（样例请求${at}，共运行 ${answers.run} 次，${answers.changed.length} 个结果有变化）`,
        `Calculator answers (sample requests ${at}: ${answers.run} run, ${answers.changed.length} changed)`,
      );
      for (const p of answers.problems) warnings.push(t(`样例文件 ${p.file}：${p.message}`, `samples file ${p.file}: ${p.message}`));
      for (const c of answers.changed) {
        answerBlocks.push({
          title: `${c.calculator} › ${c.sample}${c.date ? ` @ ${c.date}` : ''}${c.description ? ` — ${c.description}` : ''}`,
          fields: c.fields.map((f) => ({ path: f.path, old: show(f.old), new: show(f.new) })),
        });
      }
      if (answers.noticesOnly.length)
        answerBlocks.push({
          title: t(
            `另有 ${answers.noticesOnly.length} 个结果数值不变，仅提示文字变化（如提到的来源文件、核对日期）`,
            `${answers.noticesOnly.length} more answer(s) keep their figures; only the wording of a notice changes (the source named, the date checked)`,
          ),
          fields: answers.noticesOnly[0]!.fields.map((f) => ({ path: f.path, old: show(f.old), new: show(f.new) })),
        });
    }
    return { heading, warnings, sections, answersTitle, answers: answerBlocks };

    function parameterItems(p: ParameterDiff): Item[] {
      const subject = `${p.key} ${pick(p.label)}`;
      const items: Item[] = [];
      if (p.oldUnit) items.push({ mark: '~', subject, period: '', change: `${t('单位', 'unit')} ${p.oldUnit} → ${p.unit}`, citation: '' });
      if (p.oldLabel)
        items.push({
          mark: '~',
          subject,
          period: '',
          change: `${t('名称', 'label')} ${pick(p.oldLabel)} → ${pick(p.label)}`,
          citation: '',
        });
      for (const r of p.rows) items.push(datedItem(r, subject, p.oldUnit ?? p.unit, p.unit));
      return items;
    }

    function datedItem(r: RowChange<DatedValue>, subject: string, oldUnit: Unit, unit: Unit): Item {
      if (r.change === 'added')
        return {
          mark: '+',
          subject,
          period: period(r.new),
          change: fv(r.new.value, unit) + noteOf(r.new.note),
          citation: r.new.citation.text,
        };
      if (r.change === 'removed')
        return { mark: '-', subject, period: period(r.old), change: fv(r.old.value, oldUnit), citation: r.old.citation.text };
      const parts: string[] = [];
      if (r.fields.includes('value')) parts.push(`${fv(r.old.value, oldUnit)} → ${fv(r.new.value, unit)}`);
      parts.push(...otherFields(r.old, r.new, r.fields), ...valueCitations(r.old, r.new, ['value']));
      const citation =
        r.old.citation.text !== r.new.citation.text ? `${r.old.citation.text} → ${r.new.citation.text}` : r.new.citation.text;
      return { mark: '~', subject, period: period(r.new), change: parts.join(t('；', '; ')), citation };
    }

    function otherFields(
      o: { to: string | null; note: Localized | null },
      n: { to: string | null; note: Localized | null },
      fields: string[],
    ): string[] {
      const parts: string[] = [];
      if (fields.includes('to')) parts.push(`${t('失效日期', 'effective_to')} ${o.to ?? open} → ${n.to ?? open}`);
      if (fields.includes('note')) parts.push(`${t('备注', 'note')} “${o.note ? pick(o.note) : ''}” → “${n.note ? pick(n.note) : ''}”`);
      return parts;
    }

    /** Values whose own citation changed while the row's did not (a `restates` mark added or removed). */
    function valueCitations(o: Pick<ScaleRow, 'citation' | 'citations'>, n: Pick<ScaleRow, 'citation' | 'citations'>, columns: string[]) {
      return columns
        .filter((c) => citationOf(o, c).text !== citationOf(n, c).text && o.citation.text === n.citation.text)
        .map((c) => `${t('依据', 'citation of')} ${c}${t('：', ': ')}${citationOf(o, c).text} → ${citationOf(n, c).text}`);
    }

    function noteOf(note: Localized | null) {
      return note ? t(`（备注：${note.zh}）`, ` (note: ${note.en})`) : '';
    }

    function scaleSection(s: ScaleDiff): Section {
      const section: Section = {
        title: `${s.id} ${pick(s.label)}${s.change === 'added' ? t('（新增工作表）', ' (new sheet)') : s.change === 'removed' ? t('（已删除的工作表）', ' (sheet removed)') : ''}`,
        items: [],
        notes: [],
      };
      for (const c of s.columnChanges) {
        section.notes.push(
          c.change === 'added'
            ? t(`新增列 ${c.column}（${c.new}）`, `column ${c.column} added (${c.new})`)
            : c.change === 'removed'
              ? t(`删除列 ${c.column}`, `column ${c.column} removed`)
              : t(`列 ${c.column} 的单位 ${c.old} → ${c.new}`, `column ${c.column}: unit ${c.old} → ${c.new}`),
        );
      }
      const unitOf = (column: string) => s.columns.find((c) => c.id === column)?.unit ?? 'text';
      // a value that keeps the citation of the row before it (carried over unchanged) says so
      const ownCitation = (r: ScaleRow, column: string) => {
        const own = r.citations?.[column];
        return own ? t(`（依据 ${own.text}）`, ` (cited to ${own.text})`) : '';
      };
      const values = (r: ScaleRow) =>
        s.columns
          .filter((c) => c.kind === 'value')
          .map((c) => `${c.id}=${fv(r.cells[c.id] ?? null, c.unit)}${ownCitation(r, c.id)}`)
          .join(', ');
      for (const { row: r, cells } of s.rows) {
        if (r.change === 'added') {
          section.items.push({
            mark: '+',
            subject: caseText(s, r.new, lang),
            period: period(r.new),
            change: values(r.new) + noteOf(r.new.note),
            citation: r.new.citation.text,
          });
        } else if (r.change === 'removed') {
          section.items.push({
            mark: '-',
            subject: caseText(s, r.old, lang),
            period: period(r.old),
            change: values(r.old),
            citation: r.old.citation.text,
          });
        } else {
          const parts = cells.map((c) => `${c.column} ${fv(c.old, unitOf(c.column))} → ${fv(c.new, unitOf(c.column))}`);
          parts.push(...otherFields(r.old, r.new, r.fields));
          const columns = [...new Set([...Object.keys(r.old.citations ?? {}), ...Object.keys(r.new.citations ?? {})])];
          parts.push(...valueCitations(r.old, r.new, columns));
          const citation =
            r.old.citation.text !== r.new.citation.text ? `${r.old.citation.text} → ${r.new.citation.text}` : r.new.citation.text;
          section.items.push({
            mark: '~',
            subject: caseText(s, r.new, lang),
            period: period(r.new),
            change: parts.join(t('；', '; ')),
            citation,
          });
        }
      }
      return section;
    }
  });
}

function describeSourceChange(
  o: NonNullable<TableDiff['sources'][number]['old']>,
  n: NonNullable<TableDiff['sources'][number]['new']>,
  lang: FormatLang,
): string {
  const fields = (['title', 'issued', 'effective', 'link', 'note'] as const).filter((f) => JSON.stringify(o[f]) !== JSON.stringify(n[f]));
  const text = (v: unknown) =>
    v && typeof v === 'object' ? (lang === 'en' ? (v as Localized).en : (v as Localized).zh) : String(v ?? '—');
  return fields.map((f) => `${f} ${text(o[f])} → ${text(n[f])}`).join('; ');
}

/** A scale row's case: its dimension values and brackets ("level=3", "35 < age ≤ 45"); the row number when it has none. */
export function caseText(scale: Pick<CompiledScale, 'columns'>, row: ScaleRow, lang: FormatLang): string {
  const parts: string[] = [];
  for (const c of scale.columns as ScaleColumn[]) {
    if (c.kind === 'dimension') parts.push(`${c.id}=${row.cells[c.id] ?? '*'}`);
    if (c.kind === 'range' && row.ranges[c.id]) parts.push(formatRange(row.ranges[c.id]!, c.id, lang));
  }
  return parts.length ? parts.join(', ') : lang === 'en' ? `row ${row.row}` : `第 ${row.row} 行`;
}

function show(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A section longer than this lists its first items and says how many more there are (keeps PR comments readable). */
export const MAX_ITEMS_PER_SECTION = 200;

function capped(items: Item[], lang: FormatLang): { shown: Item[]; more: string | null } {
  if (items.length <= MAX_ITEMS_PER_SECTION) return { shown: items, more: null };
  const rest = items.length - MAX_ITEMS_PER_SECTION;
  return { shown: items.slice(0, MAX_ITEMS_PER_SECTION), more: lang === 'en' ? `… and ${rest} more` : `……另有 ${rest} 项` };
}

function toText(report: DiffReport, blocks: TableBlock[], lang: FormatLang): string {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const out: string[] = [
    t(`政策参数表的语义差异：${report.from} → ${report.to}`, `Semantic diff of the policy tables: ${report.from} → ${report.to}`),
  ];
  if (!blocks.length) {
    out.push('', t('没有变化。', 'No changes.'));
    return `${out.join('\n')}\n`;
  }
  for (const b of blocks) {
    out.push('', `■ ${b.heading}`);
    for (const w of b.warnings) out.push(w.startsWith('  ') ? `  ${w}` : `  ⚠ ${w}`);
    for (const s of b.sections) {
      out.push(`  ${s.title}:`);
      for (const n of s.notes) out.push(`    ! ${n}`);
      const { shown, more } = capped(s.items, lang);
      for (const i of shown) {
        const when = i.period ? ` [${i.period}]` : '';
        const cite = i.citation ? ` (${i.citation})` : '';
        out.push(`    ${i.mark} ${i.subject}${when}: ${i.change}${cite}`);
      }
      if (more) out.push(`    ${more}`);
    }
    if (b.answersTitle) {
      out.push(`  ${b.answersTitle}${b.answers.length ? ':' : ''}`);
      for (const a of b.answers) {
        out.push(`    ${a.title}`);
        for (const f of a.fields) out.push(`      ${f.path}: ${f.old} → ${f.new}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;

function toMarkdown(report: DiffReport, blocks: TableBlock[], lang: FormatLang): string {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const out: string[] = [`## ${t('政策参数变化', 'Policy table changes')}: ${code(report.from)} → ${code(report.to)}`, ''];
  if (!blocks.length) {
    out.push(t('没有变化。', 'No changes.'));
    return `${out.join('\n')}\n`;
  }
  const changedAnswers = report.answers.reduce((n, a) => n + a.changed.length, 0);
  out.push(
    t(
      `${blocks.length} 个表有变化；样例请求中 ${changedAnswers} 个计算结果改变。`,
      `${blocks.length} table(s) changed; ${changedAnswers} calculator answer(s) to the sample requests change.`,
    ),
    '',
  );
  for (const b of blocks) {
    out.push(`### ${mdCell(b.heading)}`, '');
    for (const w of b.warnings) out.push(`> ⚠️ ${mdCell(w.trim())}`);
    if (b.warnings.length) out.push('');
    for (const s of b.sections) {
      out.push(`**${mdCell(s.title)}**`, '');
      for (const n of s.notes) out.push(`- ${mdCell(n)}`);
      if (s.notes.length) out.push('');
      if (!s.items.length) continue;
      out.push(
        `| | ${t('项目', 'item')} | ${t('生效期间', 'in force')} | ${t('变化', 'change')} | ${t('依据', 'citation')} |`,
        '|---|---|---|---|---|',
      );
      const { shown, more } = capped(s.items, lang);
      for (const i of shown)
        out.push(
          `| ${i.mark === '+' ? '➕' : i.mark === '-' ? '➖' : '✏️'} | ${mdCell(i.subject)} | ${mdCell(i.period)} | ${mdCell(i.change)} | ${mdCell(i.citation)} |`,
        );
      if (more) out.push(`| | ${mdCell(more)} | | | |`);
      out.push('');
    }
    if (b.answersTitle) {
      out.push(`**${mdCell(b.answersTitle)}**`, '');
      if (b.answers.length) {
        out.push(
          `| ${t('计算器 › 样例', 'calculator › sample')} | ${t('字段', 'field')} | ${t('原结果', 'old')} | ${t('新结果', 'new')} |`,
          '|---|---|---|---|',
        );
        for (const a of b.answers) {
          for (const [i, f] of a.fields.entries()) {
            out.push(`| ${i === 0 ? mdCell(a.title) : ''} | ${code(f.path)} | ${mdCell(f.old)} | ${mdCell(f.new)} |`);
          }
        }
        out.push('');
      }
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
