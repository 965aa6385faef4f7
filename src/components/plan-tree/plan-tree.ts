import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FiveLessKey } from '../../../data-schema/plan-node.js';
import { MierukaSelectEvent } from '../../core/events.js';
import { MierukaElement, type View } from '../../core/mieruka-element.js';
import { scaleOfGrade } from '../../core/lookups.js';
import { baseStyles } from '../../core/theme.js';
import { renderSide } from './plan-tree.side.js';
import { renderFilters, renderHeader, renderToolbar } from './plan-tree.header.js';
import { readHash, writeHash } from './plan-tree.hash.js';
import { renderRow } from './plan-tree.row.js';
import { RowFocus } from './plan-tree.focus.js';
import { TreeInput } from './plan-tree.input.js';
import { renderTree } from './plan-tree.tree.js';
import { defineSection } from '../../core/i18n.js';
import { planTree } from '../../translations/ja.js';
import type { PlanTreeStrings } from '../../translations/translation.js';
import { gradeKey, initialOpen, type Row, type TreeModel } from './plan-tree.model.js';
import { expandedDepth, filter, layout, rebuild, select, withAll, type FilterState } from './plan-tree.state.js';
import { styles } from './plan-tree.styles.js';

/** The element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('planTree', planTree, { en: () => import('../../translations/en.js').then((m) => m.planTree) });

export { VIRTUAL_THRESHOLD } from './plan-tree.tree.js';

const GAUGE_TAG = 'mieruka-kpi-gauge';

/**
 * The shape of a plan: its goals, initiatives and plans with their numbers (①), departments,
 * counts per level and in all (計 19計画 … 合計 57計画), and per node the assessment, category,
 * 5レス marks, SDGs goals and number of indicators. Filter, expand, select; the selected item's
 * sheet shows beside or below the tree.
 *
 * Choices where the issue was silent:
 * - **Counting.** Per parent and in all, the nodes of one level are counted: the top-most level
 *   with a `counter` word, or without one the deepest level present; a node below another counted
 *   node is not counted again (sub-projects sit below plans). Re-listed items (`relistOf`) are
 *   counted where printed and reported apart: 合計82事業（うち再掲2）.
 * - **Rows.** The tree is a WAI-ARIA tree of rows with aria-level, aria-setsize and aria-posinset
 *   (one roving tab stop). Up to 300 visible rows every row is in the page (so find-in-page,
 *   printing and screen-reader browse mode see all of them); above that only the rows on screen are
 *   rendered, and keys still move through every row.
 * - **Filters.** A search word must occur in an item's number, title or a department name; every
 *   word must occur (AND). Full-width and half-width, upper and lower case are alike (NFKC + case
 *   folding). Matches stay with their ancestors; a match opens to show all its children. The
 *   評価 filter offers the document's own grades on each scale (A, B, 完了, -), grouped by scale
 *   in its order; the 担当課 filter has one entry per department (its registry id where the
 *   document gives one, so two printed spellings are one entry). A row shows each department's
 *   grade where several departments grade an item.
 * - **Detail.** `panel` (default): beside the tree when the element is at least 48rem wide,
 *   below it otherwise; `inline`: always below; `none`: no sheet (the event still fires). After a
 *   pointer selection the sheet is scrolled into view when it is off screen; keyboard focus stays
 *   on the tree. The sheet's 一覧に戻る button, or Escape anywhere in the sheet, returns focus to the row.
 * - **Events.** `mieruka-select` fires only when a reader selects (click, Enter, Space), never
 *   when `selected`, `node` or the URL hash are set by code or a link.
 * - **Live refresh** keeps what the reader opened, selected and typed.
 *
 * @summary The plan's hierarchy: counts, departments, marks and status; expand, filter, select.
 *
 * @attr expanded - How many levels start open: 0 (only the top rows), 1 (default), 2 …, or `all` (also the bare attribute).
 * @attr detail - Where the selected item's sheet shows: `panel` (default), `inline` or `none`.
 * @attr selected - Id of the selected node (set by code: no event).
 * @attr hash - Opt-in deep links: the selection is kept in the URL hash as `#plan=<id>`; a value names another key (`hash="tree2"` → `#tree2=<id>`).
 * @attr heading-level - Level of the tree's title heading (default 2); the sheet's title is one below.
 * @attr no-filter - Hide the search and filter fields.
 * @attr grade - A grade as printed: show only the items whose latest grade is it (a progress summary's grade count sets it through `follow`).
 * @attr scale - The scale of `grade` (an id in the document's scales); unset: the first scale that has the grade.
 *
 * @csspart header - The title and the counts.
 * @csspart title - The tree's title.
 * @csspart report-year - The fiscal year a report covers (schema 1.1 reportYear).
 * @csspart counts - Counts per level and the total.
 * @csspart notes - The document's notes, a disclosure under the counts.
 * @csspart total - The total (合計 57計画).
 * @csspart filters - The search and filter fields.
 * @csspart toolbar - Expand-all and collapse-all, with the number of results.
 * @csspart results - The number of results (a live region).
 * @csspart tree - The tree (role="tree").
 * @csspart row - One item (role="treeitem"); also `row-selected` on the selected one.
 * @csspart toggle - The expand/collapse triangle.
 * @csspart category - The category badge (継続/拡充/新規/再掲).
 * @csspart status - The assessment.
 * @csspart match - A highlighted search match.
 * @csspart detail - The selected item's sheet.
 * @csspart detail-title - The sheet's title.
 * @csspart detail-heading - A section heading in the sheet.
 * @csspart detail-path - Where the item sits in the tree.
 * @csspart detail-hint - What the panel shows before anything is selected.
 * @csspart detail-error - The message, with a button to try again, when the item's details could not be fetched.
 * @csspart facts - A list of facts in the sheet.
 * @csspart five-less - The 5レス marks in the sheet.
 * @csspart action-plan - The action plan table (scrolls sideways on narrow screens).
 * @csspart indicators - The indicators in the sheet.
 * @csspart indicator - One indicator (a <mieruka-kpi-gauge> when defined, text otherwise).
 * @csspart back - The sheet's 一覧に戻る button.
 * @csspart empty - What shows for a document without nodes.
 * @cssproperty --mieruka-plan-tree-indent - Indent per level (1.25rem, less in a narrow element).
 * @cssproperty --mieruka-plan-tree-row-border - Line between rows (the divider colour).
 * @cssproperty --mieruka-plan-tree-selected-background - Background of the selected row.
 * @cssproperty --mieruka-plan-tree-match-background - Background of a search match.
 * @event mieruka-select - The reader selected a node. detail: { kind: 'node', id, title }
 */
export class MierukaPlanTree extends MierukaElement {
  static override styles = [baseStyles, styles];

  @property() expanded?: string;
  @property({ reflect: true }) detail: 'none' | 'inline' | 'panel' = 'panel';
  @property({ reflect: true }) selected?: string;
  @property() hash?: string;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ type: Boolean, attribute: 'no-filter' }) noFilter = false;
  @property({ reflect: true }) grade?: string;
  @property({ reflect: true }) scale?: string;

  @state() private query = '';
  @state() private department = '';
  @state() private goal = '';
  @state() private fiveLess: FiveLessKey | '' = '';
  /** The grade filter: a grade on one of the document's scales (gradeKey), '' for any. */
  @state() private gradeFilter = '';

  private model?: TreeModel;
  /** The reader's open state (never written in place: see plan-tree.state.ts). */
  private open: Uint8Array = new Uint8Array(0);
  private filtered: FilterState = { matches: 0, open: new Uint8Array(0), terms: [] };
  private rows: Row[] = [];
  private rowOf: Int32Array = new Int32Array(0);
  private active = -1;
  private selectedIndex = -1;
  private pending: { focus?: boolean; reveal?: ScrollLogicalPosition; sheet?: boolean } = {};
  /** The id the reader chose last (a change of `selected` to it is not revealed again). */
  private chosen?: string;
  private gauges = false;
  private readonly input = new TreeInput({
    tree: () => ({ model: this.model, rows: this.rows, rowOf: this.rowOf, open: this.openState, active: this.active }),
    activate: (i, focus) => {
      this.active = i;
      if (focus) this.pending.focus = true;
      this.requestUpdate();
    },
    reopen: (open) => {
      this.openState = open;
      this.relayout();
      this.pending.focus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('role') === 'treeitem';
      this.requestUpdate();
    },
    choose: (i, pointer) => this.choose(i, pointer),
  });
  private readonly rowFocus = new RowFocus({
    root: () => this.renderRoot,
    requestUpdate: () => this.requestUpdate(),
    where: () => ({ active: this.active, rowOf: this.rowOf }),
  });

  private get s(): PlanTreeStrings {
    return STRINGS.in(this.language);
  }

  private get keep(): Uint8Array | undefined {
    return this.filtered.keep;
  }

  /** The open state in use: the reader's own, or the one of the current filter. */
  private get openState(): Uint8Array {
    return this.keep ? this.filtered.open : this.open;
  }

  /** Replaces the open state in use with a new one. */
  private set openState(open: Uint8Array) {
    if (this.keep) this.filtered = { ...this.filtered, open };
    else this.open = open;
  }

  private get hashKey(): string | undefined {
    return this.hash == null ? undefined : this.hash || 'plan';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (!customElements.get(GAUGE_TAG)) customElements.whenDefined(GAUGE_TAG).then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.gauges = customElements.get(GAUGE_TAG) !== undefined;
    const doc = this.view?.document;
    if (!doc) return;
    const old = this.model;
    const rebuilt = !old || old.doc !== doc || old.root !== this.view?.node;
    if (rebuilt) {
      ({ model: this.model, open: this.open, active: this.active } = rebuild({ model: old, open: this.open, active: this.active }, doc, this.view?.node, expandedDepth(this.expanded)));
      const linked = !old && this.hashKey ? readHash(this.hashKey) : undefined;
      if (linked && this.model.byId.has(linked)) {
        this.selected = linked;
        this.pending.reveal = 'center'; // a deep link: bring the plan on screen
      }
    } else if (changed.has('expanded')) {
      this.open = initialOpen(this.model!, expandedDepth(this.expanded));
    }
    const model = this.model!;
    // `grade` and `scale` (from code or `follow`) set the 評価 filter; the reader may change it there.
    if (changed.has('grade') || changed.has('scale')) this.gradeFilter = this.grade ? gradeKey(this.scale ?? scaleOfGrade(doc, this.grade) ?? '', this.grade) : '';
    let dirty = rebuilt || changed.has('expanded');
    if (rebuilt || changed.has('selected')) {
      // Set by code, by the URL hash or at load (not by the reader's own choice): open the way to
      // it. After load, bring it on screen if it is not (at load the page is left where it is,
      // unless a deep link asked).
      const byCode = this.selected !== this.chosen && (changed.has('selected') || !old);
      this.chosen = undefined;
      const next = select({ model, open: this.open, active: this.active }, this.selected, byCode);
      this.selectedIndex = next.selectedIndex;
      if (next.moved) {
        ({ open: this.open, active: this.active } = next);
        if (old) this.pending.reveal ??= 'nearest';
        dirty = true;
      }
    }
    if (rebuilt || ['query', 'department', 'goal', 'fiveLess', 'gradeFilter'].some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      dirty = true;
      this.filtered = filter(model, { query: this.query, department: this.department, goal: this.goal ? Number(this.goal) : undefined, fiveLess: this.fiveLess, grade: this.gradeFilter }, this.filtered);
    }
    if (dirty) this.relayout();
  }

  /** Recomputes the visible rows (O(rows shown)) and keeps the active row among them. */
  private relayout(): void {
    if (this.model) ({ rows: this.rows, rowOf: this.rowOf, active: this.active } = layout(this.model, this.openState, this.keep, this.active));
  }

  protected renderView(_view: View | undefined): unknown {
    const model = this.model;
    if (!model) return nothing;
    if (!model.items.length) return html`<p part="empty">${this.t.empty}</p>`;
    return html`<div class="layout" data-detail=${this.detail}>
      <div class="main">
        ${renderHeader(model, this.s, this.language, this.headingLevel, this.wareki)}
        ${this.noFilter
          ? nothing
          : renderFilters(model, {
              s: this.s,
              lang: this.language,
              values: { query: this.query, department: this.department, goal: this.goal, fiveLess: this.fiveLess, grade: this.gradeFilter },
              filtering: Boolean(this.keep),
              set: (key, value) => (key === 'grade' ? (this.gradeFilter = value) : (this[key] = value as never)),
              onClear: this.clearFilters,
            })}
        ${renderToolbar(this.s, this.language, this.keep ? this.filtered.matches : undefined, (value) => void this.setAll(value))}
        ${this.rows.length
          ? renderTree({
              rows: this.rows,
              label: this.s.treeLabel(model.root ? model.root.title : model.doc.title),
              printing: this.print.printing,
              renderRow: this.renderRow,
              input: this.input,
              focus: this.rowFocus,
              requestUpdate: () => this.requestUpdate(),
            })
          : nothing}
      </div>
      ${this.detail === 'none' ? nothing : this.side(model)}
    </div>`;
  }

  private renderRow = (row: Row): TemplateResult =>
    renderRow(
      {
        model: this.model!,
        lang: this.language,
        s: this.s,
        open: this.openState,
        selected: this.selectedIndex,
        active: this.active,
        terms: this.filtered.terms,
        keep: this.keep,
      },
      row,
    );

  private side(model: TreeModel): TemplateResult {
    const c = { model, index: this.selectedIndex, lang: this.language, s: this.s, wareki: this.wareki, headingLevel: this.headingLevel + 1, theme: this.theme, gauges: this.gauges, onBack: this.onBack };
    return renderSide(c, this.detail === 'panel', {
      wait: (work) => this.waitFor(work),
      update: () => this.requestUpdate(),
      // The reader pressed "try again" (its button goes with the message): the focus returns to the tree.
      retried: () => void (this.pending.focus = true),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { focus, reveal, sheet } = this.pending;
    this.pending = {};
    if (focus) void this.rowFocus.focusActive();
    else if (reveal) void this.rowFocus.reveal(reveal);
    if (sheet) {
      const el = this.renderRoot.querySelector('.sheet');
      // The sheet's code may still be on its way (plan-tree.side.ts): bring it on screen when it is drawn.
      if (!el) this.pending.sheet = true;
      const top = el?.getBoundingClientRect().top ?? 0;
      if (el && (top < 0 || top > window.innerHeight - 48)) el.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  }

  private async setAll(value: 0 | 1): Promise<void> {
    await this.updateComplete; // a filter typed a moment ago decides which open state this is
    this.openState = withAll(this.openState, value);
    this.relayout();
    this.requestUpdate();
  }

  /** The reader selects an item: the sheet shows it, the URL hash follows, the event fires. */
  private choose(i: number, pointer: boolean): void {
    const node = this.model!.items[i]!.node;
    this.active = i;
    this.chosen = node.id;
    this.selected = node.id;
    this.pending.sheet = pointer && this.detail !== 'none';
    if (this.hashKey) writeHash(this.hashKey, node.id);
    this.dispatchEvent(new MierukaSelectEvent({ kind: 'node', id: node.id, title: node.title }));
  }

  private onBack = (): void => {
    if (this.selectedIndex < 0) return;
    this.active = this.selectedIndex;
    this.input.moveTo(this.rowOf[this.active]!);
  };

  private clearFilters = async (): Promise<void> => {
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    this.query = this.department = this.goal = this.fiveLess = this.gradeFilter = '';
    await this.updateComplete;
    // The button goes with the filters; focus goes to the search box (where filtering starts
    // again) instead of falling back to the page.
    if (focused && !focused.isConnected) this.renderRoot.querySelector<HTMLInputElement>('#keyword')?.focus();
  };

  private onHashChange = (): void => {
    if (!this.hashKey) return;
    const id = readHash(this.hashKey);
    if (id && id !== this.selected && this.model?.byId.has(id)) this.selected = id;
  };
}

MierukaPlanTree.define('mieruka-plan-tree');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-plan-tree': MierukaPlanTree;
  }
}
