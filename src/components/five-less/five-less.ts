import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/five-less.js';
import type { MierukaDocument, PlanNode } from '../../../data-schema/index.js';
import { nodeLabel } from '../../core/lookups.js';
import { MierukaElement, MierukaSelectEvent, baseStyles, formatNumber, type Lang, type View } from '../../core/index.js';
import { ChunkController } from '../../core/chunks.js';
import { WidthController } from '../../core/width.js';
import { DefinitionsController } from './five-less.definitions.js';
import type { FiveLessStrings } from '../../translations/translation.js';
import {
  FIVE_LESS_STRINGS, categoryInfo, collectRows, countCategories, documentHasFiveLess, filterRows, groupRows, isFiveLessKey, rowLevel, sortRows,
  type CategoryInfo, type FiveLessRow, type FiveLessSort, type Group,
} from './five-less.model.js';
import { listItem, moreBar, tableRow, unknownNote, type RowContext } from './five-less.rows.js';
import { summary } from './five-less.summary.js';
import { styles } from './five-less.styles.js';

const NEXT_SORT: Record<FiveLessSort, FiveLessSort> = { none: 'descending', descending: 'ascending', ascending: 'none' };
const SORT_ICON: Record<FiveLessSort, string> = { none: '↕', descending: '↓', ascending: '↑' };
/** Narrower than this many ems, the table becomes a list. */
const LIST_BELOW_REM = 48;
/** Counts as text, per language (see fmt). */
const formatted = new Map<string, string>();

/**
 * The 5レス matrix: which of the five digitalisation aims (カウンターレス, キャッシュレス,
 * ペーパーレス, ファイルレス, ムーブ（会議）レス) each plan serves, with totals.
 *
 * What it shows, and the choices made where the issue is silent:
 * - **Rows** are the plans: the nodes of the level that carries 5レス marks (the level with a
 *   `counter` among those, else the deepest one); in a document with no marks, the level with
 *   a `counter`, else the deepest level. Sub-projects below the plans are never rows. With
 *   `node`, the plans of that subtree; `node` naming a sub-project shows its plan. A re-listed
 *   item (再掲, `relistOf`) is counted once: at its original when that is in scope.
 * - Rows are grouped under their ancestors' headings (goal, initiative) in document order.
 *   Sorting by total drops the grouping (a ranking across the whole scope) and shows each
 *   plan's initiative under its title instead; plans with no marks at all stay last.
 * - Each cell shows a symbol with a word for screen readers: ○ 該当, － 非該当, ？ 未設定.
 *   A plan without 5レス data is one 未設定 cell across the five, never 非該当; a missing key is
 *   未設定 for that category. Totals count 該当 only and say how many are 未設定 beside them.
 * - Column headers carry each category's definition behind a disclosure button
 *   (aria-expanded; Escape or a click elsewhere closes it): the document's own `fiveLess`
 *   definition; where the document has none, the panel says so (「この文書には定義がありません。」),
 *   never another document's wording.
 * - The summary counts each category over every plan in scope ("カウンターレス 2 / 16計画",
 *   未設定 apart, drawn as a separate hatched-grey end of the bar). Its buttons are toggles
 *   (aria-pressed): one category filters the rows to the plans it applies to (未設定 excluded,
 *   and said so) and fires `mieruka-select`; pressing it again (or the note's 絞り込みを解除)
 *   shows all and fires `mieruka-select` with `id: null`.
 * - Narrower than 48rem (the element's own width), the table becomes a list of plans with chips
 *   for the categories that apply and for those not set; the table's header sticks on wide
 *   screens. Only the layout shown is built (a matrix of 1,000 plans is 5,000 cells): the other
 *   is built when the width changes, and either is a complete text equivalent of the matrix.
 * - A long matrix is built in chunks, as the trend table is: the first `chunk-size` plans (100),
 *   then more when the bar under them scrolls into view or its 「さらに表示」 button is pressed,
 *   with 「全1,000計画のうち100計画を表示しています。」 beside it; every plan when printed. The
 *   summary, the caption and the 合計 row always count every plan in scope.
 *   The list has no column headers, so it opens with a key (「5レスとは」): one disclosure per
 *   category, the same buttons, state and definitions as the headers', each definition shown
 *   in the flow below its button.
 *
 * @summary 5レス (five digitalisation aims) × plans, with definitions, totals, a filter and sort.
 *
 * @attr sort - none (document order, grouped), descending or ascending: plans by their number of 該当.
 * @attr category - counter, cash, paper, file or move: show only the plans that category applies to.
 * @attr chunk-size - How many plans to build at first and per 「さらに表示」 (default 100).
 *
 * @csspart summary - The per-category counts with their bars.
 * @csspart category - A category's toggle button in the summary.
 * @csspart bar - A summary bar (decorative; the counts are text).
 * @csspart filter - The note shown while a category filters the rows.
 * @csspart legend - The key to the symbols above the table.
 * @csspart note - A note (e.g. a document without any 5レス marks).
 * @csspart table - The table (wide containers).
 * @csspart header - A column header.
 * @csspart category-header - A category's column header.
 * @csspart definition - A category's definition, shown from its header or from the phone list's key.
 * @csspart group - A goal or initiative heading row (table) or line (list).
 * @csspart row - A plan's row.
 * @csspart plan - A plan's title cell.
 * @csspart cell - A mark cell (also `applies`, `not-applies` or `unknown`).
 * @csspart total - A row's total.
 * @csspart totals - The 合計 row.
 * @csspart list - The list of plans (narrow containers).
 * @csspart item - A plan in the list.
 * @csspart chip - A category chip in the list.
 * @csspart more - The bar under a long matrix: how many plans are shown, and the button for more.
 *
 * @cssproperty --mieruka-five-less-applies-color - Text and border colour of 該当 (default: the accent).
 * @cssproperty --mieruka-five-less-applies-background - Background of 該当 cells, chips and pressed buttons.
 * @cssproperty --mieruka-five-less-bar-color - Fill of the summary bars.
 * @cssproperty --mieruka-five-less-sticky-top - Offset of the sticky header (e.g. below a fixed page header).
 *
 * @event mieruka-select - The reader chose a category in the summary: detail { kind: 'category', id, title }; or cleared it: { kind: 'category', id: null }.
 */
export class MierukaFiveLess extends MierukaElement {
  static override styles = [baseStyles, styles];

  /** Order of the plans: none (document order, grouped), descending or ascending by number of 該当. */
  @property({ reflect: true }) sort: FiveLessSort = 'none';

  /** A category key (counter, cash, paper, file, move): show only the plans it applies to. Empty: all. */
  @property({ reflect: true }) category = '';

  /** How many plans to build at first and per 「さらに表示」. */
  @property({ type: Number, attribute: 'chunk-size' }) chunkSize = 100;

  /** What the last user action did, for screen readers. */
  @state() private message = '';

  private rows: FiveLessRow[] = [];
  private shown: FiveLessRow[] = [];
  private counts = countCategories([]);
  private shownCounts = countCategories([]);
  private info = {} as Record<FiveLessKey, CategoryInfo>;
  private levelCounter: string | undefined;
  private documentMarked = false;
  private levelName: string | undefined;
  private derivedFrom: { doc?: MierukaDocument; node?: PlanNode | undefined; lang?: Lang; rows?: FiveLessRow[]; sort?: FiveLessSort; category?: FiveLessKey | undefined } = {};
  private readonly definitions = new DefinitionsController(this);
  private readonly width = new WidthController(this, LIST_BELOW_REM);
  private readonly chunks = new ChunkController(this, () => Math.max(1, Math.floor(this.chunkSize) || 100), '.more');
  /** The scope the rows were built for: another one starts again from the first chunk; a refresh keeps what the reader has shown. */
  private scope?: string;

  private get s(): FiveLessStrings {
    return FIVE_LESS_STRINGS.in(this.language);
  }

  private get selected(): FiveLessKey | undefined {
    return isFiveLessKey(this.category) ? this.category : undefined;
  }

  private get sortOrder(): FiveLessSort {
    return this.sort === 'descending' || this.sort === 'ascending' ? this.sort : 'none';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.category && !this.selected) this.reportProblem({ kind: 'invalid-attribute', message: this.s.invalidCategory(this.category), path: 'category' }, { heading: null });
    const view = this.view;
    if (!view) return;
    const from = this.derivedFrom;
    if (view.document !== from.doc || view.node !== from.node) {
      const level = view.document.levels.find((l) => l.id === rowLevel(view.document));
      this.levelCounter = level?.counter;
      this.levelName = level?.name;
      this.rows = collectRows(view.document, view.node);
      if (view.document !== from.doc) this.documentMarked = documentHasFiveLess(view.document);
      this.counts = countCategories(this.rows);
    }
    if (view.document !== from.doc || this.language !== from.lang) this.info = categoryInfo(view.document, this.language);
    const scope = view.node?.id ?? '';
    if (scope !== this.scope || changed.has('chunkSize')) this.chunks.reset();
    this.scope = scope;
    if (this.rows !== from.rows || this.sortOrder !== from.sort || this.selected !== from.category) {
      this.shown = filterRows(sortRows(this.rows, this.sortOrder), this.selected);
      this.shownCounts = countCategories(this.shown);
    }
    this.derivedFrom = { doc: view.document, node: view.node, lang: this.language, rows: this.rows, sort: this.sortOrder, category: this.selected };
  }

  protected renderView(view: View | undefined): unknown {
    if (!view) return nothing;
    const s = this.s;
    if (!this.rows.length) return html`<p part="note">${this.t.empty}</p>`;
    const total = this.rows.length;
    const counter = s.counter(this.levelCounter, total);
    const caption = s.caption(s.scope(view.node?.title ?? view.document.title, this.fmt(total), counter));
    // A document that neither defines nor marks 5レス gets one sentence, not a matrix of 未設定;
    // within a document that does, a scope without marks keeps the matrix under the same note.
    const unmarked = this.rows.every((r) => r.unknown === FIVE_LESS_KEYS.length);
    if (unmarked && !this.documentMarked) return html`<p part="note">${s.noData(this.fmt(total), counter)}</p>`;
    // What is not on screen is built when asked for (ChunkController); all of it on paper.
    const built = this.print.printing ? this.shown : this.shown.slice(0, this.chunks.limit);
    const groups = groupRows(built, this.sortOrder);
    const list = this.width.narrow;
    const c = this.rowContext();
    const more = moreBar(c, built.length, this.shown.length, (n) => s.counter(this.levelCounter, n), this.showMore);
    return html`${unmarked ? html`<p part="note">${s.noData(this.fmt(total), counter)}</p>` : nothing}
      ${summary(c, this.counts, total, counter, (k) => this.choose(k))} ${this.renderFilter()}
      <div class="table-view" ?hidden=${list}>${list ? nothing : this.renderTable(c, groups, caption)}${list ? nothing : more}</div>
      <div class="list-view" ?hidden=${!list}>${list ? this.renderList(c, built, groups, caption) : nothing}${list ? more : nothing}</div>
      <div class="sr-only" role="status">${this.message}</div>`;
  }

  private rowContext(): RowContext {
    return {
      s: this.s,
      info: this.info,
      selected: this.selected,
      flat: this.sortOrder !== 'none',
      n: (v) => this.fmt(v),
      plan: (n) => nodeLabel(this.view?.document, n, false),
      heading: (n) => this.headingLabel(n),
    };
  }

  private renderFilter(): TemplateResult | typeof nothing {
    const k = this.selected;
    if (!k) return nothing;
    return html`<div part="filter">
      <p>${this.filteredText(k)}</p>
      <button type="button" class="link-button" @click=${() => this.clearFilter(k)}>${this.s.clearFilter}</button>
    </div>`;
  }

  private renderTable(c: RowContext, groups: Group[], caption: string): TemplateResult {
    const s = this.s;
    const sort = this.sortOrder;
    const sum = FIVE_LESS_KEYS.reduce((n, k) => n + this.shownCounts[k].applies, 0);
    return html`<p part="legend">${s.legend}</p>
      <table part="table" @keydown=${this.definitions.onKeydown}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col" part="header">${s.planColumn(this.levelName)}</th>
            ${FIVE_LESS_KEYS.map((k, i) => {
              return html`<th scope="col" part="header category-header" class="${i >= 3 ? 'end' : ''} ${this.selected === k ? 'selected' : ''}" data-definition=${k}>
                <span class="col-name">${this.info[k].name}</span>
                ${this.definitions.button(k, 'header', this.info[k], s)} ${this.definitions.panel(k, 'header', this.info[k])}
              </th>`;
            })}
            <th scope="col" part="header total-header" aria-sort=${sort === 'none' ? nothing : sort}>
              <button type="button" class="sort" @click=${this.cycleSort}>
                ${s.total}<span class="sr-only">${s.sep}${s.sort}</span> <span aria-hidden="true">${SORT_ICON[sort]}</span>
              </button>
            </th>
          </tr>
        </thead>
        ${groups.map(
          (g) => html`<tbody>
            ${g.headings.map((h) => html`<tr part="group"><th scope="rowgroup" colspan="7">${this.headingLabel(h)}</th></tr>`)}
            ${g.rows.map((r) => tableRow(c, r))}
          </tbody>`,
        )}
        <tfoot>
          <tr part="totals">
            <th scope="row">${s.grandTotal}</th>
            ${FIVE_LESS_KEYS.map((k) => {
              const n = this.shownCounts[k];
              return html`<td part="cell" class=${this.selected === k ? 'selected' : ''}>${this.fmt(n.applies)}${n.unknown ? unknownNote(c, n.unknown) : nothing}</td>`;
            })}
            <td part="total">${this.fmt(sum)}</td>
          </tr>
        </tfoot>
      </table>`;
  }

  private renderList(c: RowContext, built: FiveLessRow[], groups: Group[], caption: string): TemplateResult {
    const s = this.s;
    return html`${this.definitions.key(this.info, this.s)}
      <div class="list-head">
        <p id="list-title">${caption}</p>
        <button type="button" class="sort-switch" aria-pressed=${this.sortOrder === 'descending' ? 'true' : 'false'} @click=${this.toggleSortMost}>
          ${s.sortMost}
        </button>
      </div>
      <ul part="list" role="list" aria-labelledby="list-title">
        ${c.flat
          ? built.map((r) => listItem(c, r))
          : groups.map(
              (g) => html`<li>
                ${g.headings.map((h) => html`<p class="group-title" part="group">${this.headingLabel(h)}</p>`)}
                <ul role="list">${g.rows.map((r) => listItem(c, r))}</ul>
              </li>`,
            )}
      </ul>`;
  }

  private headingLabel(n: PlanNode): string {
    return nodeLabel(this.view?.document, n);
  }

  /** Counts are small whole numbers, formatted thousands of times in a large matrix: each is formatted once per language. */
  private fmt(n: number): string {
    const key = `${this.language}|${n}`;
    let text = formatted.get(key);
    if (text === undefined) formatted.set(key, (text = formatNumber(n, this.language)));
    return text;
  }

  private filteredText(k: FiveLessKey): string {
    const c = this.counts[k];
    return this.s.filtered(this.info[k].name, this.fmt(c.applies), this.s.counter(this.levelCounter, c.applies), c.unknown ? this.fmt(c.unknown) : '');
  }

  private choose(k: FiveLessKey): void {
    if (this.selected === k) {
      this.category = '';
      this.message = this.s.filterCleared;
      this.dispatchEvent(new MierukaSelectEvent({ kind: 'category', id: null }));
      return;
    }
    this.category = k;
    this.message = this.filteredText(k);
    this.dispatchEvent(new MierukaSelectEvent({ kind: 'category', id: k, title: this.info[k].name }));
  }

  /** The note's clear button goes away with the filter: focus moves to the category's toggle, not to the page. */
  private async clearFilter(k: FiveLessKey): Promise<void> {
    this.choose(k);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~=category]')[FIVE_LESS_KEYS.indexOf(k)]?.focus();
  }

  /**
   * The button stays focused while more remain; with the last chunk it goes away, and focus moves
   * to the first plan it brought (its row header or list item), not to the page.
   */
  private showMore = async (): Promise<void> => {
    const first = this.chunks.limit;
    this.chunks.more();
    await this.updateComplete;
    if (this.shadowRoot?.activeElement) return;
    const row = this.renderRoot.querySelectorAll<HTMLElement>('[part~=row] > th, [part~=item]')[first];
    if (!row) return;
    row.tabIndex = -1;
    row.focus();
  };

  private setSort(sort: FiveLessSort): void {
    this.sort = sort;
    const s = this.s;
    this.message = sort === 'descending' ? s.sortedDescending : sort === 'ascending' ? s.sortedAscending : s.sortedNone;
  }

  private cycleSort = (): void => this.setSort(NEXT_SORT[this.sortOrder]);

  private toggleSortMost = (): void => this.setSort(this.sortOrder === 'descending' ? 'none' : 'descending');
}

MierukaFiveLess.define('mieruka-five-less');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-five-less': MierukaFiveLess;
  }
}
