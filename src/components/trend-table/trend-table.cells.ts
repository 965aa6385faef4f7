import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MierukaDocument, Observation, Target } from '../../../data-schema/index.js';
import { formatFiscalYear, formatPartialDate, formatValue } from '../../core/format.js';
import type { CoreStrings, Lang } from '../../core/i18n.js';
import { noteMarker } from '../../core/lookups.js';
import { statusInfo } from '../../core/status.js';
import { sparkline, type Sparkline } from './trend-table.geometry.js';
import type { TrendTableStrings } from '../../translations/translation.js';
import { departmentText, type RecordContext } from './trend-table.text.js';
import { fractionDigits, type Column, type Row, type SortState, type TableModel } from './trend-table.model.js';

/**
 * The content of each kind of cell, shared by the table and the cards. Text only, through
 * Lit bindings; numbers through core/format. What the eye gets from a mark or a symbol, a
 * screen reader gets in words (sr-only), and the mark itself is then hidden from it.
 */
export interface CellContext {
  lang: Lang;
  s: TrendTableStrings;
  t: CoreStrings;
  wareki: boolean;
  model: TableModel;
  doc: MierukaDocument;
}

export const SPARK_WIDTH = 96;
export const SPARK_HEIGHT = 28;

const squash = (text: string) => text.replace(/\s+/g, '');
const fiscalYear = (ctx: CellContext, year: number) => formatFiscalYear(year, ctx.lang, { wareki: ctx.wareki });

/** A number with the row's unit, never rounding away digits the data has (10.91% in a 1-decimal column). */
export function formatCell(ctx: CellContext, row: Row, value: number, approximate?: boolean): string {
  const d = row.reading.decimals;
  return formatValue(value, ctx.lang, { unit: row.reading.unit, decimals: d == null ? undefined : Math.max(d, fractionDigits(value)), approximate });
}

function noteRef(ctx: CellContext, text: string | undefined) {
  const n = text ? ctx.model.noteIndex.get(text) : undefined;
  return n ? html`<span class="ref" aria-hidden="true">${noteMarker(n, ctx.lang)}</span><span class="sr-only">${ctx.s.paren(ctx.s.noteRef(n))}</span>` : nothing;
}

/** A number never breaks; a value in words (a qualitative target) wraps within a readable width. */
const main_ = (ctx: CellContext, o: Observation | Target, text: string) =>
  html`<span class=${o.value != null ? 'v' : 'words'}>${text}${noteRef(ctx, o.note)}</span>`;

const dash = (label: string) => html`<span aria-hidden="true">—</span><span class="sr-only">${label}</span>`;

function rest(ctx: CellContext, row: Row, o: Observation | Target, main: string) {
  const printed = o.value != null && o.text && squash(o.text) !== squash(main) ? o.text : undefined;
  return html`${(o.restated ?? []).map(
    (r) =>
      html`<span class="alt"><span class="sr-only">${ctx.s.otherValue}${ctx.s.sep}</span>${r.value != null ? formatCell(ctx, row, r.value) : '—'}${noteRef(ctx, r.note)}</span>`,
  )}${printed ? html`<span class="printed">${printed}</span>` : nothing}`;
}

/** When a baseline was taken, as the data says it: its label, else its date, else its fiscal year. */
export const baselineWhen = (ctx: CellContext, o: Observation) =>
  o.label ?? (o.date ? formatPartialDate(o.date, ctx.lang) : fiscalYear(ctx, o.fiscalYear));

/** A baseline or a year's value. The column's own label is in its header; a label that differs goes with the value. */
export function valueCell(ctx: CellContext, row: Row, o: Observation | undefined, column: Column): TemplateResult {
  if (!o || (o.value == null && !o.text)) return html`${dash(ctx.t.noValue)}${noteRef(ctx, o?.note)}`;
  const main = o.value != null ? formatCell(ctx, row, o.value, o.approximate) : o.text!;
  const label = column.kind === 'year' && !column.label && o.label ? html`<span class="sr-only">${o.label}${ctx.s.sep}</span>` : nothing;
  const when = column.kind === 'baseline' && !column.label ? html`<span class="when">${baselineWhen(ctx, o)}</span>` : nothing;
  return html`${label}${main_(ctx, o, main)}${rest(ctx, row, o, main)}${when}`;
}

export function targetCell(ctx: CellContext, row: Row, column: Column): TemplateResult {
  const t = row.target;
  if (!t) return dash(ctx.t.noValue);
  const main = t.value != null ? ctx.s.comparator(t.comparator, formatCell(ctx, row, t.value, t.approximate)) : (t.text ?? '');
  const year = t.fiscalYear != null && column.targetYear == null ? html`<span class="when">${fiscalYear(ctx, t.fiscalYear)}</span>` : nothing;
  return html`${main_(ctx, t, main)}${rest(ctx, row, t, main)}${year}`;
}

/** The computed status with its symbol and word, marked ＊ when the rule computed it. */
function statusContent(ctx: CellContext, p: Row['progress']): TemplateResult {
  const info = statusInfo(p.status, ctx.lang);
  return html`<span class="status s-${p.status}"><span aria-hidden="true">${info.symbol}</span> ${info.label}${p.computed
      ? html`<span aria-hidden="true">${ctx.s.computedMark}</span><span class="sr-only">${ctx.s.paren(ctx.s.computed)}</span>`
      : nothing}</span>`;
}

/**
 * The data's mark, read out as its scale level's words; when the mark's level names no status,
 * the status the core read otherwise follows it. Without a mark, the status alone.
 */
export function progressCell(ctx: CellContext, row: Row): TemplateResult | typeof nothing {
  const p = row.progress;
  if (p.mark) {
    const words = p.level?.description ?? p.level?.label;
    const fromMark = Boolean(p.level?.status);
    return html`<span class="mark s-${fromMark ? p.status : 'unknown'}" aria-hidden=${words ? 'true' : nothing}>${p.mark}</span>${words
      ? html`<span class="sr-only">${words}</span>`
      : nothing}${!fromMark && p.status !== 'unknown' ? html` ${statusContent(ctx, p)}` : nothing}`;
  }
  if (p.status === 'unknown') return dash(statusInfo(p.status, ctx.lang).label);
  return statusContent(ctx, p);
}

const sparks = new WeakMap<Row, Sparkline>();

/** The row's values as a line and its target as a dashed line; decorative (the cells say it all). */
export function sparkCell(ctx: CellContext, row: Row): TemplateResult | typeof nothing {
  const span = ctx.model.span;
  if (!span || (!row.own && row.sub.length)) return nothing;
  let g = sparks.get(row);
  if (!g) {
    const points = [...row.years.values()].map((o) => ({ fiscalYear: o.fiscalYear, value: o.value }));
    const b = row.baseline;
    if (b && !row.years.has(b.fiscalYear)) points.push({ fiscalYear: b.fiscalYear, value: b.value });
    sparks.set(row, (g = sparkline({ points, target: row.target?.value ?? undefined, span, width: SPARK_WIDTH, height: SPARK_HEIGHT })));
  }
  if (!g.line && !g.target) return nothing;
  return html`<svg part="sparkline" class="spark" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" width=${SPARK_WIDTH} height=${SPARK_HEIGHT} aria-hidden="true" focusable="false">
    ${g.target ? svg`<path class="target" d=${g.target}></path>` : nothing}
    ${g.line ? svg`<path class="line" d=${g.line}></path>` : nothing}
    ${g.last ? svg`<circle cx=${g.last.x} cy=${g.last.y} r="2.5"></circle>` : nothing}
  </svg>`;
}

/** The name; a sub-row shows its own name (小6) and says its parent's to a screen reader. */
export function nameContent(ctx: CellContext, row: Row): TemplateResult {
  if (row.series) return html`<span class="sr-only">${row.indicator.name}（</span>${row.series.name}<span class="sr-only">）</span>`;
  return html`${row.indicator.addedAtReview ? html`<span class="added">${ctx.s.addedAtReview}</span>` : nothing}<span class="name-text">${row.indicator.name}</span>`;
}

export const hasDetails = (row: Row) =>
  !row.series && Boolean(row.indicator.description || row.indicator.explanation || row.indicator.source || row.indicator.notes?.length);

/** What opens under a row: the indicator's description, 施策の実施状況・実績の増減理由等, its source and remarks. */
export function detailsContent(ctx: CellContext, row: Row): TemplateResult {
  const i = row.indicator;
  const source = i.source ? ctx.doc.sources?.find((x) => x.id === i.source) : undefined;
  const url = source?.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  const item = (term: string, body: unknown) => html`<div><dt>${term}</dt><dd>${body}</dd></div>`;
  return html`<dl class="details">
    ${i.description ? item(ctx.s.description, i.description) : nothing}
    ${i.explanation ? item(ctx.s.explanation, i.explanation) : nothing}
    ${source ? item(ctx.s.source, url ? html`<a href=${url} rel="noopener">${source.title}</a>` : source.title) : nothing}
    ${i.notes?.length ? item(ctx.s.remarks, html`<ul>${i.notes.map((n) => html`<li>${n}</li>`)}</ul>`) : nothing}
  </dl>`;
}

/** What the table and the cards are drawn from (trend-table.table.ts, trend-table.cards.ts). */
export interface LayoutContext {
  ctx: CellContext & RecordContext;
  sort: SortState | undefined;
  /** Whether the rows are sorted across groups (each row then names its group). */
  sorted: boolean;
  /** The keys of the rows whose details are open. */
  expanded: ReadonlySet<string>;
  /** The reader opens or closes a row's details. */
  onToggle: (row: Row) => void;
  /** The "show more" bar under the rows, or nothing. */
  more: unknown;
}

/** What a row shows in a column (a sub-row's own values; the indicator's row keeps the rest). */
export function columnCell(ctx: CellContext, row: Row, c: Column): unknown {
  const own = row.own || !row.sub.length;
  switch (c.kind) {
    case 'baseline':
      return own ? valueCell(ctx, row, row.baseline, c) : nothing;
    case 'year':
      return own ? valueCell(ctx, row, row.years.get(c.year!), c) : nothing;
    case 'target':
      return own ? targetCell(ctx, row, c) : nothing;
    case 'trend':
      return sparkCell(ctx, row);
    case 'progress':
      return progressCell(ctx, row);
    case 'department':
      return row.series ? nothing : departmentText(row.indicator.departments, ctx.lang);
    default:
      return nothing;
  }
}

/** A row's name: a button that opens its details where it has any. */
export function renderName(l: LayoutContext, row: Row): unknown {
  const name = nameContent(l.ctx, row);
  if (!hasDetails(row)) return name;
  const open = l.expanded.has(row.key);
  return html`<button part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`d-${row.key}`} @click=${() => l.onToggle(row)}>
    <span class="chev" aria-hidden="true">${open ? '▾' : '▸'}</span><span>${name}</span>
  </button>`;
}

/** The group a sorted row came from, under its name. */
export const rowContext = (l: LayoutContext, row: Row) => (l.sorted ? html`<span class="context">${l.ctx.groupTitle(row.group)}</span>` : nothing);
