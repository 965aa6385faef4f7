import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { nodeLabel } from '../../core/lookups.js';
import { property, state } from 'lit/decorators.js';
import { MierukaSelectEvent } from '../../core/events.js';
import { formatNumber } from '../../core/format.js';
import { MierukaElement, type View } from '../../core/mieruka-element.js';
import { baseStyles } from '../../core/theme.js';
import { invalidStatus, isStatus } from '../../core/status.js';
import type { CellContext, LayoutContext } from './trend-table.cells.js';
import { renderCards, renderLegend, renderSortSelect } from './trend-table.cards.js';
import { columnTitle, type RecordContext } from './trend-table.text.js';
import { keepClearOfStickyParts } from './trend-table.scroll.js';
import { renderTable } from './trend-table.table.js';
import { defineSection } from '../../core/i18n.js';
import { trendTable } from '../../translations/ja.js';
import type { TrendTableStrings } from '../../translations/translation.js';
import { buildTable, segments, sortRows, type Column, type Group, type Row, type SortState, type TableModel } from './trend-table.model.js';
import { styles } from './trend-table.styles.js';
import { WidthController } from '../../core/width.js';
import { ChunkController } from '../../core/chunks.js';
import { OnUse } from '../../core/on-use.js';

/** The element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('trendTable', trendTable, { en: () => import('../../translations/en.js').then((m) => m.trendTable) });

/**
 * The CSV/TSV code (trend-table.csv.ts), fetched the first time a reader downloads, copies or
 * points at the toolbar, so that a page that only shows the table does not carry it. A failed
 * fetch is tried again at the next press.
 */
const exporter = new OnUse(() => import('./trend-table.csv.js'));
const prefetchExporter = () => void exporter.load().catch(() => undefined);

/** Below this width (in rem) `layout="auto"` shows cards. */
const CARDS_BELOW_REM = 36;

/**
 * Indicators × fiscal years: each indicator's value at 策定時, 見直し時, 中間年度 and every year
 * since, its target, the data's progress mark, the department, and a sparkline. A real
 * `<table>` with a caption and header scopes, so it is the accessible alternative to the charts.
 *
 * Choices where the issue was silent:
 * - Rows are grouped under their node (level name, number, title), the document's own
 *   indicators (全体指標) last. Sorting a column orders all rows across groups (then each row
 *   names its group under its name); a third press returns to the document's order.
 * - A column's label (策定時) sits in its header when every value of that year carries it;
 *   otherwise the header lists the labels and each cell tells a screen reader its own.
 * - A separate baseline column appears when the data gives baselines apart from the yearly
 *   values (seed 000's 現況値); each cell then says when it was taken (its label or date).
 * - Progress: the data's mark (↑ ↗ → ↘ ↓) read out as its scale level's description; with no
 *   mark, the status computed by core/progress with its symbol and word, marked ＊ (computed).
 *   A mark whose scale level names no status (↗) is followed by the status read otherwise.
 *   A sub-row (小6 / 中3) states its own reading; the mark printed once for the indicator is
 *   the indicator's row's. A baseline with no later value is not judged (no column when none is).
 * - Columns no row needs (baseline, progress, sparkline, department) are left out.
 * - An empty year shows — and reads 値なし. A value is never rounded below the digits it has.
 * - Two values in one cell (a restated figure) show one under the other; notes are numbered
 *   ※1… in the cell and listed under the table.
 * - CSV: UTF-8 with a byte-order mark, RFC 4180, CRLF; the group (区分), then the columns as
 *   shown (not the sparkline), all rows in the order shown, sub-rows named 指標（小6）. Numbers
 *   unformatted, the unit and the target year in columns of their own, and what a
 *   cell says besides its number (併記された値, 以下, 約, notes) in a last 備考 column. A text
 *   that starts with = + - @ gets a leading apostrophe so it cannot run as a formula.
 * - Large documents render the first `chunk-size` rows, then more when the end of the table
 *   scrolls into view or the "show more" button is pressed (focus stays on the button, or
 *   moves to the first new row when no more are left). Sorting, CSV and copy use all rows.
 * - `layout="auto"` shows the table with horizontal scroll (sticky header and first column)
 *   when the element is at least 36rem wide, and cards (one definition list per indicator) when
 *   narrower, as on a phone. A card leaves out a year the indicator has no entry for at all
 *   (a year not yet reported); a year printed as — stays.
 * - `toCSV()` and `toTSV()` resolve to the texts the buttons download and copy. The export code
 *   is fetched the first time it is used (or the toolbar is pointed at or focused).
 * - Opening an indicator's details fires `mieruka-select` (kind "indicator"): the reader chose it.
 *
 * @summary Indicators by fiscal year with targets, progress marks and sparklines; sortable, CSV and TSV export.
 * @attr status - Show only the indicators (or sub-series rows) with this status (achieved, onTrack, flat, behind, offTrack, done, notApplicable, unknown), counted as the progress summary counts them; empty: all.
 * @attr layout - auto, table or cards.
 * @attr chunk-size - How many indicators to render at first and per "show more" (default 100).
 * @csspart toolbar - The row of buttons (CSV, copy, sort in cards).
 * @csspart button - Each toolbar and "show more" button.
 * @csspart status - The message after copying or sorting.
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption (or the cards' title).
 * @csspart header - A column header.
 * @csspart sort - A column header's sort button.
 * @csspart group - A group heading (a node of the plan).
 * @csspart row - An indicator's row (or a sub-row).
 * @csspart name - The indicator's name cell.
 * @csspart toggle - The button that opens an indicator's details.
 * @csspart cell - A value cell.
 * @csspart sparkline - A sparkline.
 * @csspart details - The opened details of an indicator.
 * @csspart more - The "show more" bar.
 * @csspart legend - The key to the marks and the notes under the table.
 * @csspart cards - A list of cards (cards layout).
 * @csspart card - One indicator's card.
 * @csspart empty - The message shown when there are no indicators.
 * @cssproperty --mieruka-trend-table-max-height - Height of the scrolling table (default 80vh).
 * @cssproperty --mieruka-trend-table-name-width - Width of the name column (default 16em).
 * @cssproperty --mieruka-trend-table-sparkline-color - Colour of the sparkline (default the accent).
 * @cssproperty --mieruka-trend-table-header-background - Background of the header and group rows.
 * @event mieruka-select - The reader opened an indicator's details. detail: { kind: 'indicator', id, title }
 */
export class MierukaTrendTable extends MierukaElement {
  static override styles = [baseStyles, styles];

  /** Only the indicators (or sub-series rows) with this status; empty: all. */
  @property({ reflect: true }) status = '';

  /** auto: table when wide, cards when narrow; table; cards. */
  @property({ reflect: true }) layout: 'auto' | 'table' | 'cards' = 'auto';

  /** How many indicators to render at first and per "show more". */
  @property({ type: Number, attribute: 'chunk-size' }) chunkSize = 100;

  @state() private sort?: SortState | undefined;
  @state() private expanded = new Set<string>();
  @state() private message = '';

  private readonly width = new WidthController(this, CARDS_BELOW_REM);
  private model?: TableModel;
  private sorted?: Row[] | undefined;
  private built: unknown[] = [];
  private scope?: string;
  private ordered: unknown[] = [];
  private readonly chunks = new ChunkController(this, () => this.chunk, '.more');

  private get s(): TrendTableStrings {
    return STRINGS.in(this.language);
  }

  private get chunk(): number {
    return Math.max(1, Math.floor(this.chunkSize) || 100);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const v = this.view;
    const status = isStatus(this.status) ? this.status : undefined;
    const inputs = [v?.document, v?.node, v?.indicator?.indicator, status];
    if (v && inputs.some((x, i) => x !== this.built[i])) {
      // A refreshed document keeps the rows the reader has shown; another scope starts again.
      const scope = `${v.node?.id}|${v.indicator?.indicator.id}`;
      if (scope !== this.scope) this.chunks.reset();
      this.scope = scope;
      this.built = inputs;
      this.model = buildTable(v.document, v.node, v.indicator?.indicator, status);
    }
    if (this.status && !status && !this.problem) {
      this.reportProblem({ kind: 'invalid-attribute', message: invalidStatus(this.status, this.language), path: 'status' });
    }
    // A new chunk size keeps the rows the reader has shown (at least one chunk of the new size).
    if (changed.has('chunkSize') && this.model) this.chunks.limit = Math.max(this.chunk, Math.min(this.chunks.limit, this.model.rows.length));
    const order = [this.model, this.sort, this.language];
    if (order.some((x, i) => x !== this.ordered[i])) {
      this.ordered = order;
      const column = this.sort && this.model?.columns.find((c) => c.key === this.sort!.key);
      this.sorted = column ? sortRows(this.model!.rows, column, this.sort!.direction, this.language) : undefined;
    }
  }

  private get ctx(): CellContext & RecordContext {
    return {
      lang: this.language,
      s: this.s,
      t: this.t,
      wareki: this.wareki,
      model: this.model!,
      doc: this.view!.document,
      groupTitle: (g) => this.groupTitle(g),
    };
  }

  private groupTitle(g: Group): string {
    if (!g.node) return this.s.overall;
    return nodeLabel(this.view?.document, g.node);
  }

  private captionTitle(view: View): string {
    return view.indicator?.indicator.name ?? view.node?.title ?? view.document.title;
  }

  protected renderView(view: View | undefined): unknown {
    const m = this.model;
    if (!view || !m) return nothing;
    if (!m.rows.length) return html`<p part="empty">${this.status && isStatus(this.status) ? this.t.noMatch : this.s.noIndicators}</p>`;
    const cards = this.layout === 'cards' || (this.layout !== 'table' && this.width.narrow);
    const ctx = this.ctx;
    // On paper every row is printed (no 「さらに表示」).
    const segs = segments(m, this.sorted, this.print.printing ? Number.POSITIVE_INFINITY : this.chunks.limit);
    const l: LayoutContext = { ctx, sort: this.sort, sorted: Boolean(this.sorted), expanded: this.expanded, onToggle: (row) => this.toggle(row), more: this.renderMore() };
    const caption = this.s.caption(this.captionTitle(view));
    return html`<div part="toolbar" @pointerenter=${prefetchExporter} @focusin=${prefetchExporter}>
        <button part="button" type="button" @click=${this.download}>${this.s.download}</button>
        <button part="button" type="button" @click=${this.copy}>${this.s.copy}</button>
        ${cards ? renderSortSelect(ctx, this.sort, (e) => this.sortFromSelect(e)) : nothing}
      </div>
      <p part="status" role="status">${this.message}</p>
      ${cards ? renderCards(l, caption, segs) : renderTable(l, caption, segs, (c) => this.toggleSort(c), keepClearOfStickyParts)}
      ${renderLegend(ctx)}`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const total = this.model!.rows.length;
    const shown = Math.min(this.chunks.limit, total);
    if (shown >= total || this.print.printing) return nothing;
    const n = (x: number) => formatNumber(x, this.language);
    return html`<div part="more" class="more">
      <span>${this.s.showing(n(shown), n(total))}</span>
      <button part="button" type="button" @click=${this.showMore}>${this.s.showMore(n(total - shown))}</button>
    </div>`;
  }

  /**
   * The table as CSV text (with a byte-order mark): all rows in the order shown when called.
   * A promise, because the export code is fetched on first use.
   */
  toCSV(): Promise<string> {
    return this.exportText('csv');
  }

  /** The table as tab-separated text, as the copy button puts it on the clipboard (async, as toCSV). */
  toTSV(): Promise<string> {
    return this.exportText('tsv');
  }

  private async exportText(kind: 'csv' | 'tsv'): Promise<string> {
    if (!this.model || !this.view) return '';
    // The rows and words as they are now, whatever changes while the code arrives.
    const [model, rows, ctx] = [this.model, this.sorted ?? this.model.rows, this.ctx];
    const csv = await exporter.load();
    const records = csv.tableRecords(model, rows, ctx);
    return kind === 'csv' ? csv.toCsv(records) : csv.toTsv(records);
  }

  private async download(): Promise<void> {
    const name = `${[this.view!.document.id, this.view!.node?.id, this.view!.indicator?.indicator.id].filter(Boolean).join('-')}.csv`;
    // A message of an earlier press goes (and the same one again is announced again).
    this.message = '';
    try {
      const text = await this.toCSV();
      (await exporter.load()).saveFile(name, text, 'text/csv;charset=utf-8');
    } catch {
      this.message = this.s.exportFailed;
    }
  }

  private async copy(): Promise<void> {
    this.message = '';
    let text: string;
    try {
      text = await this.toTSV();
    } catch {
      this.message = this.s.exportFailed;
      return;
    }
    const rows = text.split('\r\n').length - 2;
    try {
      await navigator.clipboard.writeText(text);
      this.message = this.s.copied(formatNumber(rows, this.language));
    } catch {
      this.message = this.s.copyFailed;
    }
  }

  private toggleSort(c: Column): void {
    const s = this.sort?.key === c.key ? this.sort.direction : undefined;
    this.setSort(s === 'descending' ? undefined : { key: c.key, direction: s === 'ascending' ? 'descending' : 'ascending' }, c);
  }

  private sortFromSelect(e: Event): void {
    const [key, direction] = (e.target as HTMLSelectElement).value.split(' ') as [string, SortState['direction']];
    this.setSort(key ? { key, direction } : undefined, this.model!.columns.find((c) => c.key === key));
  }

  private setSort(sort: SortState | undefined, c: Column | undefined): void {
    this.sort = sort;
    this.message = sort && c ? this.s.sortedBy(columnTitle(c, this.ctx), this.s[sort.direction]) : this.s.unsorted;
  }

  private async showMore(): Promise<void> {
    const first = this.chunks.limit;
    this.chunks.more();
    await this.updateComplete;
    if (!this.shadowRoot?.activeElement) (this.renderRoot.querySelector(`[data-i="${first}"] [tabindex], li[data-i="${first}"]`) as HTMLElement | null)?.focus();
  }

  private toggle(row: Row): void {
    const expanded = new Set(this.expanded);
    const opening = !expanded.delete(row.key);
    if (opening) expanded.add(row.key);
    this.expanded = expanded;
    if (opening) this.dispatchEvent(new MierukaSelectEvent({ kind: 'indicator', id: row.indicator.id, title: row.indicator.name }));
  }
}

MierukaTrendTable.define('mieruka-trend-table');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-trend-table': MierukaTrendTable;
  }
}

