import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MierukaDocument, PlanNode, Status } from '../../../data-schema/index.js';
import { MierukaElement, MierukaSelectEvent, baseStyles, formatFiscalYear, formatList, formatNumber, invalidStatus, statusInfo, type Lang, type View } from '../../core/index.js';
import { styleProps } from '../../core/style-props.js';
import { BAR_HEIGHT, BAR_WIDTH, stackedBar } from './progress-summary.geometry.js';
import { defineSection } from '../../core/i18n.js';
import { progressSummary } from '../../translations/ja.js';
import type { SummaryStrings } from '../../translations/translation.js';
import { STATUS_ORDER, gradeCount, summarize, type GradeCount, type ScaleSummary, type StatusCount, type Summary } from './progress-summary.model.js';
import { styles } from './progress-summary.styles.js';

/** The element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('progressSummary', progressSummary, { en: () => import('../../translations/en.js').then((m) => m.progressSummary) });

/** One count as shown: its words, its colour (or none), and what choosing it selects. */
interface Entry {
  key: string;
  symbol?: string | undefined;
  words: string;
  colour?: string | undefined;
  count: number;
  notes: string[];
  choose?: (() => void) | undefined;
  pressed: boolean;
}

/**
 * The headline of a plan's progress, for a node (`node`) or the whole document: indicators by
 * status and assessments by grade on each scale the document defines, each as counts with a
 * small stacked bar. How it counts (per-department grades, 再掲, sub-series) is in the README.
 *
 * - Statuses come from the one status rule (`readIndicator`), each as symbol, word and count
 *   (◎ 目標達成 8). Grades come in the scale's own order and words (達成度: 4 予定どおり実施した 85);
 *   a grade whose level gives no meaning (no `status`) is shown as printed, without a status
 *   word or colour, and a graded item is never called 判定なし. A level nobody got shows 0.
 * - Each count is a toggle button (aria-pressed): choosing it fires `mieruka-select` with
 *   `kind: 'status'` (id: achieved, onTrack …) or `kind: 'grade'` (id: the grade, `scale`: the
 *   scale's id); choosing it again clears the choice and fires `mieruka-select` with `id: null`.
 *   One choice at a time. The `status`, `grade` and `scale` attributes reflect it.
 * - The bars are pictures (aria-hidden): the counts are the text.
 *
 * @summary Indicators by status and assessments by grade, as counts a reader can choose.
 *
 * @attr status - A status (achieved, onTrack, flat, behind, offTrack, done, notApplicable, unknown): the chosen count.
 * @attr grade - A grade as printed (4, A, 完了): the chosen count, on the scale named by `scale`.
 * @attr scale - The id of the scale `grade` is on (needed only when two scales share a grade).
 *
 * @csspart scope - What is counted: 「the node's or document's title」の進捗 (names the region).
 * @csspart group - One group of counts (the indicators, or one scale).
 * @csspart heading - A group's heading.
 * @csspart bar - A group's stacked bar (decorative; the counts are text).
 * @csspart count - A count's toggle button (also `status-<status>` or `grade`).
 * @csspart empty - A level with no count (not a button).
 * @csspart note - A sentence about the counting (per department) or about what is missing.
 *
 * @cssproperty --mieruka-progress-summary-grade-color - Fill of grades whose scale gives them no meaning (default: the muted text colour).
 *
 * @event mieruka-select - The reader chose a count: detail { kind: 'status', id, title } or { kind: 'grade', id, scale, title }; or cleared it: { kind, id: null }.
 */
export class MierukaProgressSummary extends MierukaElement {
  static override styles = [baseStyles, styles];

  /** The chosen status; empty: none. */
  @property({ reflect: true }) status = '';
  /** The chosen grade as printed; empty: none. */
  @property({ reflect: true }) grade = '';
  /** The scale of the chosen grade; empty: the first scale in scope with that grade. */
  @property({ reflect: true }) scale = '';

  /** What the last choice did, for screen readers. */
  @state() private message = '';

  private summary: Summary = { indicators: { total: 0, series: 0, relisted: 0, counts: [] }, scales: [] };
  private derivedFrom: { doc?: MierukaDocument; node?: PlanNode | undefined } = {};

  private get s(): SummaryStrings {
    return STRINGS.in(this.language);
  }

  /** The scale of the chosen grade, or undefined when `grade` names nothing in scope. */
  private get chosenScale(): ScaleSummary | undefined {
    if (!this.grade) return undefined;
    return this.summary.scales.find((s) => (!this.scale || s.id === this.scale) && gradeCount(this.summary, s.id, this.grade));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.view;
    if (view && (view.document !== this.derivedFrom.doc || view.node !== this.derivedFrom.node)) {
      this.summary = summarize(view.document, view.node);
      this.derivedFrom = { doc: view.document, node: view.node };
    }
    // A wrong status or grade attribute: the base draws it (the counts stay) and fires mieruka-error once.
    const bad = view ? this.attributeProblem() : '';
    if (bad) this.reportProblem({ kind: 'invalid-attribute', message: bad, path: this.status && !STATUS_ORDER.includes(this.status as Status) ? 'status' : 'grade' }, { heading: null });
  }

  /** What is wrong with `status` or `grade`, in the reader's language; '' when nothing. */
  private attributeProblem(): string {
    if (this.status && !STATUS_ORDER.includes(this.status as Status)) return invalidStatus(this.status, this.language);
    if (this.grade && !this.chosenScale) {
      const known = this.summary.scales.flatMap((s) => s.grades.filter((g) => g.count).map((g) => `${s.name} ${g.value}`));
      return this.s.unknownGrade(this.grade, formatList(known, this.language) || '—');
    }
    return '';
  }

  protected renderView(view: View | undefined): unknown {
    if (!view) return nothing;
    const s = this.s;
    const whole = !view.node;
    const { indicators, scales } = this.summary;
    if (!indicators.total && !scales.length) return html`<p part="note">${s.nothing(whole)}</p>`;
    return html`<section aria-labelledby="scope">
        <p part="scope" id="scope">${s.title(view.node?.title ?? view.document.title)}</p>
        ${indicators.total
          ? this.renderGroup('indicators', s.indicators(this.fmt(indicators.total)), indicators.counts.map((c) => this.statusEntry(c)))
          : html`<p part="note">${s.noIndicators(whole)}</p>`}
        ${scales.map((scale, i) => this.renderScale(view.document, scale, i))}
      </section>
      <div class="sr-only" role="status">${this.message}</div>`;
  }

  private renderScale(doc: MierukaDocument, scale: ScaleSummary, i: number): TemplateResult {
    const s = this.s;
    const years = scale.years.map((y) => formatFiscalYear(y, this.language, { wareki: this.wareki }));
    const when = years.length > 1 ? s.yearRange(years[0]!, years[years.length - 1]!) : years[0];
    const counter = scale.levels.length === 1 ? doc.levels.find((l) => l.id === scale.levels[0])?.counter : undefined;
    const chosen = this.chosenScale?.id === scale.id;
    const entries = scale.grades.map((g, n) => this.gradeEntry(scale, g, n, chosen));
    const note = scale.perDepartment ? html`<p part="note">${s.perDepartment(this.fmt(scale.perDepartment))}</p>` : nothing;
    // The heading counts items; an item graded by several departments is one item with several counts (the note says how many).
    const items = new Set(scale.grades.flatMap((g) => g.nodes)).size;
    return this.renderGroup(`scale-${i}`, s.scale(scale.name, when, this.fmt(items), counter), entries, note);
  }

  private renderGroup(id: string, heading: string, entries: Entry[], after: unknown = nothing): TemplateResult {
    const bar = stackedBar(entries.map((e) => e.count));
    return html`<div part="group" role="group" aria-labelledby=${id}>
      <p part="heading" class="heading" id=${id}>${heading}</p>
      <svg part="bar" aria-hidden="true" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" preserveAspectRatio="none">
        <rect class="track" width=${BAR_WIDTH} height=${BAR_HEIGHT}></rect>
        ${bar.map((seg) => {
          const e = entries[seg.index]!;
          return svg`<rect class=${e.colour ? 'segment' : 'segment plain'} ${styleProps(e.colour ? { fill: e.colour } : { 'fill-opacity': String(1 - (seg.index % 4) * 0.2) })} x=${seg.x} width=${seg.width} height=${BAR_HEIGHT}></rect>`;
        })}
      </svg>
      <ul role="list">
        ${entries.map((e) => html`<li>${e.choose ? this.renderButton(e) : this.renderEmpty(e)}</li>`)}
      </ul>
      ${after}
    </div>`;
  }

  private renderButton(e: Entry): TemplateResult {
    const s = this.s;
    return html`<button type="button" part="count ${e.key}" aria-pressed=${e.pressed ? 'true' : 'false'} @click=${e.choose}>
      <span class="swatch ${e.colour ? '' : 'plain'}" ${styleProps({ background: e.colour })} aria-hidden="true"></span>
      ${e.symbol ? html`<span class="symbol" aria-hidden="true">${e.symbol}</span>` : nothing}
      <span class="words">${e.words}</span><span class="sr-only">${s.sep}</span>
      <span class="number">${this.fmt(e.count)}</span>
      ${e.notes.map((n) => html`<span class="sr-only">${s.sep}</span><span class="muted">${n}</span>`)}
    </button>`;
  }

  private renderEmpty(e: Entry): TemplateResult {
    return html`<span part="empty"><span class="words">${e.words}</span><span class="sr-only">${this.s.sep}</span> <span class="number">${this.fmt(0)}</span></span>`;
  }

  private statusEntry(c: StatusCount): Entry {
    const info = statusInfo(c.status, this.language);
    const notes = [c.series ? this.s.series(this.fmt(c.series)) : '', c.relisted ? this.s.relisted(this.fmt(c.relisted)) : ''].filter(Boolean);
    const pressed = this.status === c.status;
    const choose = () => this.choose(pressed ? undefined : { kind: 'status', id: c.status, title: info.label }, info.label, c.count);
    return { key: `status-${c.status}`, symbol: info.symbol, words: info.label, colour: info.colour, count: c.count, notes, choose, pressed };
  }

  private gradeEntry(scale: ScaleSummary, g: GradeCount, n: number, chosenScale: boolean): Entry {
    // A meaning only where the scale's level gives one: a grade the document does not explain
    // is shown as printed, never with a status word (判定なし least of all) or colour.
    const meaning = g.status && g.status !== 'unknown' ? statusInfo(g.status, this.language) : undefined;
    // A level worded as its own value (完了 / 完了) is said once.
    const words = [...new Set([g.value, g.label ?? meaning?.label].filter(Boolean))].join(' ');
    const pressed = chosenScale && this.grade === g.value;
    const title = `${scale.name} ${words}`;
    const choose = g.count ? () => this.choose(pressed ? undefined : { kind: 'grade', id: g.value, scale: scale.id, title }, title, g.count) : undefined;
    const notes = g.relisted ? [this.s.relisted(this.fmt(g.relisted))] : [];
    return { key: `grade grade-${n}`, symbol: meaning?.symbol, words, colour: meaning?.colour, count: g.count, notes, choose, pressed };
  }

  /** The reader chose a count (or, with no detail, cleared the choice). */
  private choose(detail: { kind: 'status'; id: Status; title: string } | { kind: 'grade'; id: string; scale: string; title: string } | undefined, title: string, count: number): void {
    const previous = this.status ? 'status' : 'grade';
    this.status = detail?.kind === 'status' ? detail.id : '';
    this.grade = detail?.kind === 'grade' ? detail.id : '';
    this.scale = detail?.kind === 'grade' ? detail.scale : '';
    this.message = detail ? this.s.chosen(title, this.fmt(count)) : this.s.cleared;
    this.dispatchEvent(new MierukaSelectEvent(detail ?? { kind: previous, id: null }));
  }

  private fmt(n: number): string {
    return formatNumber(n, this.language as Lang);
  }
}

MierukaProgressSummary.define('mieruka-progress-summary');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-progress-summary': MierukaProgressSummary;
  }
}
