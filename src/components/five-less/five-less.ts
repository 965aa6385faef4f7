import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/five-less.js';
import type { MierukaDocument, PlanNode } from '../../../data-schema/index.js';
import { nodeLabel } from '../../core/lookups.js';
import { MierukaElement, MierukaSelectEvent, baseStyles, formatNumber, type Lang, type View } from '../../core/index.js';
import { BAR_HEIGHT, BAR_WIDTH, summaryBar } from './five-less.geometry.js';
import type { FiveLessStrings } from '../../translations/translation.js';
import {
  FIVE_LESS_STRINGS, categoryInfo, collectRows, countCategories, documentHasFiveLess, filterRows, isFiveLessKey, rowLevel, sortRows,
  type CategoryInfo, type FiveLessRow, type FiveLessSort, type Mark,
} from './five-less.model.js';
import { styles } from './five-less.styles.js';

interface Group {
  /** The headings that start here (only those that changed since the previous group). */
  headings: PlanNode[];
  rows: FiveLessRow[];
}

const NEXT_SORT: Record<FiveLessSort, FiveLessSort> = { none: 'descending', descending: 'ascending', ascending: 'none' };
const SORT_ICON: Record<FiveLessSort, string> = { none: '↕', descending: '↓', ascending: '↑' };

/**
 * Where a definition disclosure is shown: a column header of the table, or the phone list's key.
 * Both layouts are rendered, so the key's ids carry a prefix: info-cash, key-info-cash.
 */
type DefinitionPlace = 'header' | 'key';
const idPrefix = (place: DefinitionPlace) => (place === 'key' ? 'key-' : '');

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
 * - Narrower than 48rem (container width), the table becomes a list of plans with chips for
 *   the categories that apply and for those not set; the table's header sticks on wide screens.
 *   The list has no column headers, so it opens with a key (「5レスとは」): one disclosure per
 *   category, the same buttons, state and definitions as the headers', each definition shown
 *   in the flow below its button.
 *
 * @summary 5レス (five digitalisation aims) × plans, with definitions, totals, a filter and sort.
 *
 * @attr sort - none (document order, grouped), descending or ascending: plans by their number of 該当.
 * @attr category - counter, cash, paper, file or move: show only the plans that category applies to.
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

  @state() private openDefinition: FiveLessKey | undefined;
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

  private get s(): FiveLessStrings {
    return FIVE_LESS_STRINGS.in(this.language);
  }

  private get selected(): FiveLessKey | undefined {
    return isFiveLessKey(this.category) ? this.category : undefined;
  }

  private get sortOrder(): FiveLessSort {
    return this.sort === 'descending' || this.sort === 'ascending' ? this.sort : 'none';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
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
    if (this.rows !== from.rows || this.sortOrder !== from.sort || this.selected !== from.category) {
      this.shown = filterRows(sortRows(this.rows, this.sortOrder), this.selected);
      this.shownCounts = countCategories(this.shown);
    }
    this.derivedFrom = { doc: view.document, node: view.node, lang: this.language, rows: this.rows, sort: this.sortOrder, category: this.selected };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.openDefinition) document.addEventListener('pointerdown', this.onOutside, true);
    else document.removeEventListener('pointerdown', this.onOutside, true);
  }

  protected renderView(view: View | undefined): unknown {
    if (!view) return nothing;
    const s = this.s;
    if (!this.rows.length) return html`<p part="note">${this.t.empty}</p>`;
    const total = this.rows.length;
    const counter = s.counter(this.levelCounter, total);
    const caption = s.caption(s.scope(view.node?.title ?? view.document.title, this.fmt(total), counter));
    const groups = this.groups();
    // A document that neither defines nor marks 5レス gets one sentence, not a matrix of 未設定;
    // within a document that does, a scope without marks keeps the matrix under the same note.
    const unmarked = this.rows.every((r) => r.unknown === FIVE_LESS_KEYS.length);
    if (unmarked && !this.documentMarked) return html`<p part="note">${s.noData(this.fmt(total), counter)}</p>`;
    return html`${unmarked ? html`<p part="note">${s.noData(this.fmt(total), counter)}</p>` : nothing}
      ${this.renderSummary(total, counter)} ${this.renderFilter()}
      <div class="table-view">${this.renderTable(groups, caption)}</div>
      <div class="list-view">${this.renderList(groups, caption)}</div>
      <div class="sr-only" role="status">${this.message}</div>`;
  }

  private renderSummary(total: number, counter: string): TemplateResult {
    const s = this.s;
    return html`<div part="summary" role="group" aria-labelledby="summary-title">
      <p class="summary-title" id="summary-title">${s.summary}</p>
      <ul role="list">
        ${FIVE_LESS_KEYS.map((k) => {
          const c = this.counts[k];
          const bar = summaryBar(c.applies, c.unknown, total);
          const pressed = this.selected === k;
          return html`<li>
            <button type="button" part="category" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.choose(k)}>
              <span class="name"><span class="check" aria-hidden="true">${pressed ? '✓' : ''}</span>${this.info[k].name}<span class="sr-only">${s.sep}</span></span>
              <svg part="bar" aria-hidden="true" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" preserveAspectRatio="none">
                <rect class="track" width=${BAR_WIDTH} height=${BAR_HEIGHT}></rect>
                <rect class="bar-applies" x=${bar.applies.x} width=${bar.applies.width} height=${BAR_HEIGHT}></rect>
                ${c.unknown ? svg`<rect class="bar-unknown" x=${bar.unknown.x} width=${bar.unknown.width} height=${BAR_HEIGHT}></rect>` : nothing}
              </svg>
              <span class="count"
                ><span>${s.count(this.fmt(c.applies), this.fmt(total), counter)}</span>${c.unknown
                  ? html`<span class="sr-only">${s.sep}</span><span class="muted">${s.unknownCount(this.fmt(c.unknown))}</span>`
                  : nothing}</span
              >
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderFilter(): TemplateResult | typeof nothing {
    const k = this.selected;
    if (!k) return nothing;
    return html`<div part="filter">
      <p>${this.filteredText(k)}</p>
      <button type="button" class="link-button" @click=${() => this.clearFilter(k)}>${this.s.clearFilter}</button>
    </div>`;
  }

  private renderTable(groups: Group[], caption: string): TemplateResult {
    const s = this.s;
    const flat = this.sortOrder !== 'none';
    const sort = this.sortOrder;
    const sum = FIVE_LESS_KEYS.reduce((n, k) => n + this.shownCounts[k].applies, 0);
    return html`<p part="legend">${s.legend}</p>
      <table part="table" @keydown=${this.onDefinitionKeydown}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col" part="header">${s.planColumn(this.levelName)}</th>
            ${FIVE_LESS_KEYS.map((k, i) => {
              return html`<th scope="col" part="header category-header" class="${i >= 3 ? 'end' : ''} ${this.selected === k ? 'selected' : ''}" data-definition=${k}>
                <span class="col-name">${this.info[k].name}</span>
                ${this.definitionButton(k, 'header')} ${this.definitionPanel(k, 'header')}
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
            ${g.rows.map((r) => this.renderRow(r, flat))}
          </tbody>`,
        )}
        <tfoot>
          <tr part="totals">
            <th scope="row">${s.grandTotal}</th>
            ${FIVE_LESS_KEYS.map((k) => {
              const c = this.shownCounts[k];
              return html`<td part="cell" class=${this.selected === k ? 'selected' : ''}>${this.fmt(c.applies)}${c.unknown ? this.unknownNote(c.unknown) : nothing}</td>`;
            })}
            <td part="total">${this.fmt(sum)}</td>
          </tr>
        </tfoot>
      </table>`;
  }

  private renderRow(r: FiveLessRow, flat: boolean): TemplateResult {
    const s = this.s;
    const blank = r.unknown === FIVE_LESS_KEYS.length;
    return html`<tr part="row">
      <th scope="row" part="plan"><span class="title">${this.planLabel(r.node)}</span>${flat ? this.path(r) : nothing}</th>
      ${blank ? html`<td colspan="5" part="cell unknown" class="unknown">${s.unknown}</td>` : FIVE_LESS_KEYS.map((k) => this.renderMark(k, r.marks[k]))}
      <td part="total">${blank ? this.symbol(undefined) : html`${this.fmt(r.applies)}${r.unknown ? this.unknownNote(r.unknown) : nothing}`}</td>
    </tr>`;
  }

  private renderMark(k: FiveLessKey, mark: Mark): TemplateResult {
    const kind = mark === true ? 'applies' : mark === false ? 'not-applies' : 'unknown';
    return html`<td part="cell ${kind}" class="${kind} ${this.selected === k ? 'selected' : ''}">${this.symbol(mark)}</td>`;
  }

  private symbol(mark: Mark): TemplateResult {
    const s = this.s;
    const [sym, label] = mark === true ? ['○', s.applies] : mark === false ? ['－', s.notApplies] : ['？', s.unknown];
    return html`<span aria-hidden="true">${sym}</span><span class="sr-only">${label}</span>`;
  }

  private unknownNote(n: number): TemplateResult {
    return html`<span class="sr-only">${this.s.sep}</span><span class="unknown-note">${this.s.unknownCount(this.fmt(n))}</span>`;
  }

  private renderList(groups: Group[], caption: string): TemplateResult {
    const s = this.s;
    const flat = this.sortOrder !== 'none';
    const item = (r: FiveLessRow) => html`<li part="item">
      <span class="title">${this.planLabel(r.node)}</span>${flat ? this.path(r) : nothing}
      <ul class="chips" role="list" aria-label=${s.chips}>${this.chips(r)}</ul>
    </li>`;
    return html`${this.renderKey()}
      <div class="list-head">
        <p id="list-title">${caption}</p>
        <button type="button" class="sort-switch" aria-pressed=${this.sortOrder === 'descending' ? 'true' : 'false'} @click=${this.toggleSortMost}>
          ${s.sortMost}
        </button>
      </div>
      <ul part="list" role="list" aria-labelledby="list-title">
        ${flat
          ? this.shown.map(item)
          : groups.map(
              (g) => html`<li>
                ${g.headings.map((h) => html`<p class="group-title" part="group">${this.headingLabel(h)}</p>`)}
                <ul role="list">${g.rows.map(item)}</ul>
              </li>`,
            )}
      </ul>`;
  }

  /**
   * The phone layout's key to the five names: the same disclosures as the table's column headers
   * (one open at a time, shared with them), laid out in the flow so that an open definition
   * pushes the rest down instead of covering it on a narrow screen.
   */
  private renderKey(): TemplateResult {
    return html`<div class="key" role="group" aria-labelledby="key-title" @keydown=${this.onDefinitionKeydown}>
      <p class="key-title" id="key-title">${this.s.keyTitle}</p>
      ${FIVE_LESS_KEYS.map(
        (k) => html`<div class="disclosure" data-definition=${k}>${this.definitionButton(k, 'key')}${this.definitionPanel(k, 'key')}</div>`,
      )}
    </div>`;
  }

  /**
   * A category's definition button, wherever it is shown. The header's shows ⓘ under the column
   * name; the key's shows the name itself. Either way its name is 「…の定義」.
   */
  private definitionButton(k: FiveLessKey, place: DefinitionPlace): TemplateResult {
    const { name } = this.info[k];
    const p = idPrefix(place);
    return html`<button type="button" class="info" id="${p}info-${k}" data-key=${k} aria-expanded=${this.openDefinition === k ? 'true' : 'false'} aria-controls="${p}def-${k}"
      @click=${() => this.toggleDefinition(k)}
    >
      <span aria-hidden="true">${place === 'key' ? html`<span class="info-name">${name}</span> ` : nothing}ⓘ</span><span class="sr-only">${this.s.definitionOf(name)}</span>
    </button>`;
  }

  /** The definition a button discloses: the document's wording, or that it has none (categoryInfo). */
  private definitionPanel(k: FiveLessKey, place: DefinitionPlace): TemplateResult {
    const { name, description } = this.info[k];
    return html`<div part="definition" id="${idPrefix(place)}def-${k}" ?hidden=${this.openDefinition !== k}><strong>${name}</strong>${description}</div>`;
  }

  private chips(r: FiveLessRow): TemplateResult | TemplateResult[] {
    const s = this.s;
    if (r.unknown === FIVE_LESS_KEYS.length) return html`<li part="chip" class="unknown">${s.allUnknown}</li>`;
    const chips = FIVE_LESS_KEYS.flatMap((k) => {
      const name = this.info[k].name;
      if (r.marks[k] === true) return [html`<li part="chip">${name}</li>`];
      if (r.marks[k] === undefined) return [html`<li part="chip" class="unknown">${s.unknownChip(name)}</li>`];
      return [];
    });
    return chips.length ? chips : html`<li class="none">${s.none}</li>`;
  }

  /** Rows grouped under their ancestors; one group when sorted (a ranking has no groups). */
  private groups(): Group[] {
    if (this.sortOrder !== 'none') return [{ headings: [], rows: this.shown }];
    const out: Group[] = [];
    let previous: PlanNode[] | undefined;
    for (const row of this.shown) {
      const g = row.groups;
      let i = 0;
      while (previous && i < g.length && i < previous.length && g[i] === previous[i]) i++;
      if (previous && i === g.length && i === previous.length) out.at(-1)!.rows.push(row);
      else out.push({ headings: g.slice(i), rows: [row] });
      previous = g;
    }
    return out;
  }

  private headingLabel(n: PlanNode): string {
    return nodeLabel(this.view?.document, n);
  }

  private planLabel(n: PlanNode): string {
    return nodeLabel(this.view?.document, n, false);
  }

  private path(r: FiveLessRow): TemplateResult | typeof nothing {
    return r.groups.length ? html`<span class="path">${r.groups.map((g) => this.headingLabel(g)).join(' › ')}</span>` : nothing;
  }

  private fmt(n: number): string {
    return formatNumber(n, this.language);
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

  private setSort(sort: FiveLessSort): void {
    this.sort = sort;
    const s = this.s;
    this.message = sort === 'descending' ? s.sortedDescending : sort === 'ascending' ? s.sortedAscending : s.sortedNone;
  }

  private cycleSort = (): void => this.setSort(NEXT_SORT[this.sortOrder]);

  private toggleSortMost = (): void => this.setSort(this.sortOrder === 'descending' ? 'none' : 'descending');

  private toggleDefinition(k: FiveLessKey): void {
    this.openDefinition = this.openDefinition === k ? undefined : k;
  }

  /** Escape in the table or the key closes the open definition; focus goes back to its button there. */
  private onDefinitionKeydown = (e: KeyboardEvent): void => {
    const k = this.openDefinition;
    if (e.key !== 'Escape' || !k) return;
    e.stopPropagation();
    this.openDefinition = undefined;
    (e.currentTarget as Element).querySelector<HTMLButtonElement>(`button[data-key=${k}]`)?.focus();
  };

  /** A press outside the open definition and its button closes it (in either place). */
  private onOutside = (e: PointerEvent): void => {
    const k = this.openDefinition;
    if (!k) return;
    const path = e.composedPath();
    if (![...this.renderRoot.querySelectorAll(`[data-definition=${k}]`)].some((box) => path.includes(box))) this.openDefinition = undefined;
  };
}

MierukaFiveLess.define('mieruka-five-less');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-five-less': MierukaFiveLess;
  }
}
