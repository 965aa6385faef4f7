import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatList } from '../../core/format.js';
import { MierukaElement, type View } from '../../core/mieruka-element.js';
import { invalidStatus, isStatus, statusInfo } from '../../core/status.js';
import { narrowToStatus } from '../../core/progress.js';
import { ARC_VIEWBOX, BAR_HEIGHT, BAR_VIEWBOX, BAR_WIDTH, SPARK_HEIGHT, SPARK_WIDTH } from './kpi-gauge.geometry.js';
import { ensureBar, indicatorModel, modelsInScope, type GaugeModel, type IndicatorModel } from './kpi-gauge.model.js';
import { styles } from './kpi-gauge.styles.js';
import { GaugeWords, type GaugeReading } from './kpi-gauge.text.js';
import { renderValues } from './kpi-gauge.values.js';

/**
 * Where an indicator started, where it is and where it must get to: the latest value with its
 * fiscal year, the target with its year, the baseline, a d3-computed arc (or bar) from baseline
 * to target with the latest value placed on it, the status, an achievement rate in words and a
 * sparkline of the observations.
 *
 * **Selection.** `indicator="ID"` shows that indicator. Without it, `node="ID"` shows every
 * indicator of the node and its descendants, and with neither the whole document's, as a
 * responsive grid of cards (a list; each name is a heading at `heading-level`). An indicator
 * with sub-series (小6 / 中3) shows one gauge per series inside its card; `series="小6"` picks
 * one by name or id (single-indicator mode only; an unknown name is an alert).
 *
 * **Status rule**: the core's one reading (src/core/progress.ts; README "How status is decided"),
 * the same for the gauge, the trend table and the plan tree. The gauge renders it, nothing more.
 *
 * **Choices where the issue is silent.**
 * - A qualitative target (text only) shows the text and the status of the carrying node's latest
 *   graded assessment (read by the core), and no arc.
 * - An arc is drawn only when there is a baseline, a numeric target different from it and a
 *   value observed since the baseline; otherwise the reading is text only (no made-up arc).
 *   A baseline with no value since is 判定なし, whatever the rule would say of it.
 * - The arc runs from the baseline (left) to the target (right) whichever way is better, so for
 *   lower-is-better indicators falling values fill it. Values past either end sit at that end;
 *   the words say "past the target" or "further from the target than the baseline".
 * - The achievement rate is the share of the way from baseline to target (floored, so 99.7% is
 *   not shown as 100% before the target is met), not latest ÷ target, which misleads for
 *   lower-is-better indicators and for baselines far from zero.
 * - A drawn gauge (arc, value, status, words, facts, sparkline) is one `role="img"` whose label
 *   is the whole reading in one sentence ("きらめき出前講座実施件数 2023年度 299件、目標 300件
 *   （2025年度）、基準 261件（2016年度）、順調（進捗状況 ↑）、…"), so a screen reader hears it
 *   once. Not `role="meter"`: Chromium exposes a meter's visible children as well, so the reading
 *   would be heard twice, and a meter's 0–100 range cannot say "past the target" or "lower is
 *   better" anyway. A gauge without a graphic is plain text. The table of values per fiscal year,
 *   behind a disclosure, is the sparkline's equivalent (rendered when opened, so hundreds of cards
 *   stay cheap). The disclosure is a button with `aria-expanded` (the ARIA disclosure pattern),
 *   not `<details>`: each `<details>` brings a user-agent shadow tree with its own style sheet,
 *   which was a fifth of the cost of 200 gauges (docs/bench-gauges.md).
 * - Cards use `content-visibility: auto`: with hundreds on a page, those off screen are not laid
 *   out or painted until scrolled to (they stay in the accessibility tree and in find-in-page).
 * - `status` (e.g. `follow` of a summary's count) keeps the indicators that count with that
 *   status exactly as the summary counts them (core `narrowToStatus`): an indicator counted once
 *   keeps its whole card; one counted per sub-series keeps only the sub-series with that status.
 * - Nothing in a gauge is a selection, so it fires no `mieruka-select`.
 *
 * @summary One indicator (or many): baseline → latest → target, direction-aware, with a text equivalent.
 *
 * @attr variant - `arc` (default) or `bar` (for narrow places such as table cells).
 * @attr no-sparkline - Hide the sparkline of observations.
 * @attr series - In single-indicator mode, show only the sub-series with this name or id.
 * @attr status - Show only the indicators (or sub-series) with this status (achieved, onTrack, flat, behind, offTrack, done, notApplicable, unknown), counted as the progress summary counts them; empty: all.
 * @attr heading-level - Level of the indicator names as headings (1–6, default 3).
 *
 * @csspart grid - The list of cards when several indicators are shown.
 * @csspart item - One list item of the grid.
 * @csspart card - One indicator: its name and its gauge(s).
 * @csspart name - The indicator's name (a heading).
 * @csspart series - The sub-series gauges of an indicator.
 * @csspart gauge - One gauge (an indicator or one sub-series).
 * @csspart label - The sub-series name (小6).
 * @csspart figure - The graphic and its text, role="img" labelled with the whole reading.
 * @csspart track - The arc or bar from baseline to target.
 * @csspart indicator - The filled part, from baseline to the latest value.
 * @csspart marker - The needle at the latest value.
 * @csspart value - The latest value.
 * @csspart year - A fiscal year beside a value.
 * @csspart status - The status: symbol, words and the data's mark.
 * @csspart status-symbol - The status symbol (◎ ○ ― △ ✕ ？), coloured by status.
 * @csspart progress - The achievement rate in words.
 * @csspart facts - Target and baseline (and latest, when no graphic is drawn).
 * @csspart note - Notes such as values printed as —.
 * @csspart sparkline - The sparkline SVG.
 * @csspart details - The disclosure: its button and, once opened, the table of values (it scrolls sideways when the table is wider).
 * @csspart summary - The disclosure's button (年度ごとの値), with aria-expanded.
 * @csspart table - The table of values per fiscal year.
 * @csspart empty - The message shown when a node or document has no indicators.
 * @cssproperty --mieruka-kpi-gauge-track - Colour of the track (default: the theme's divider colour).
 * @cssproperty --mieruka-kpi-gauge-size - Largest width of the arc (default 15rem).
 * @cssproperty --mieruka-kpi-gauge-column - Narrowest column of the grid (default 17rem).
 * @event mieruka-load - A document was loaded or a refresh brought a change.
 * @event mieruka-error - Fetch, JSON, schema, unknown id or unknown `series`. detail: { kind, message, path }
 */
export class MierukaKpiGauge extends MierukaElement {
  static override styles = [...MierukaElement.styles, styles];

  /** `arc` or `bar`. */
  @property({ reflect: true }) variant: 'arc' | 'bar' = 'arc';

  /** Hide the sparkline. */
  @property({ type: Boolean, reflect: true, attribute: 'no-sparkline' }) noSparkline = false;

  /** One sub-series by name or id (single-indicator mode). */
  @property({ reflect: true }) series?: string;

  /** Only the indicators (or sub-series) with this status; empty: all. */
  @property({ reflect: true }) status = '';

  /** Level of the indicator names as headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Gauges whose table of values is open. */
  @state() private openTables = new Set<string>();

  private models: IndicatorModel[] = [];
  private inputs: unknown[] = [];
  /** The series there are, when `series` names none of them. */
  private unknownSeries?: string[] | undefined;
  /** This render's words (language and calendar), shared with every gauge on the page. */
  private words = GaugeWords.of('ja', false);

  constructor() {
    super();
    // One listener for every disclosure of the element, rather than one per gauge.
    this.addEventListener('click', (e) => {
      const button = (e.composedPath()[0] as Element | undefined)?.closest?.('button[data-key]');
      if (button && button.getRootNode() === this.renderRoot) this.toggleTable(button.getAttribute('data-key')!);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.words = GaugeWords.of(this.language, this.wareki);
    const view = this.view;
    const inputs = [view?.document, view?.indicator?.indicator, view?.node, this.series, this.status];
    if (inputs.some((v, i) => v !== this.inputs[i])) {
      this.inputs = inputs;
      this.models = view ? this.derive(view) : [];
    }
    const s = this.words.s;
    if (this.unknownSeries && !this.problem) {
      this.reportProblem({ kind: 'invalid-attribute', message: s.unknownSeries(this.series ?? '', formatList(this.unknownSeries, this.language)), path: 'series' });
    }
    if (this.status && !isStatus(this.status) && !this.problem) {
      this.reportProblem({ kind: 'invalid-attribute', message: invalidStatus(this.status, this.language), path: 'status' });
    }
    if (this.variant === 'bar') for (const m of this.models) [m.own, ...m.series].forEach((g) => g && ensureBar(g));
  }

  private derive(view: View): IndicatorModel[] {
    this.unknownSeries = undefined;
    const doc = view.document;
    if (view.indicator) {
      const built = indicatorModel(doc, view.indicator.indicator, view.indicator.node, this.series || undefined);
      if (!('unknownSeries' in built)) return this.narrow([built]);
      this.unknownSeries = built.unknownSeries;
      return [];
    }
    return this.narrow(modelsInScope(doc, view.node));
  }

  /** The cards a `status` keeps, as the progress summary counts them (an unknown status: all). */
  private narrow(models: IndicatorModel[]): IndicatorModel[] {
    const status = this.status;
    const doc = this.view?.document;
    if (!status || !isStatus(status) || !doc) return models;
    return models.flatMap((m) => {
      const kept = narrowToStatus(m.indicator, status, doc, m.node);
      if (!kept) return [];
      if ('whole' in kept) return [m];
      const keys = new Set(kept.series.map((s) => `${m.indicator.id}/${s.id ?? s.name}`));
      const series = m.series.filter((g) => keys.has(g.key));
      return series.length ? [{ ...m, own: undefined, series }] : [];
    });
  }

  protected renderView(view: View | undefined): unknown {
    if (!view || this.unknownSeries) return nothing;
    const s = this.words.s;
    if (!this.models.length && isStatus(this.status)) return html`<p part="empty">${this.t.noMatch}</p>`;
    if (view.indicator) return this.models[0] ? this.renderCard(this.models[0]) : nothing;
    if (!this.models.length) return html`<p part="empty">${s.noIndicators(Boolean(view.node))}</p>`;
    return html`<ul part="grid" role="list" aria-label=${s.indicators(this.models.length)}>
      ${
        // In document order, narrowed only by a filter set from elsewhere: no reordering for a keyed
        // repeat to keep DOM through (an open disclosure is kept by key, in openTables), so a plain
        // map, which spares a page of gauges the repeat directive's code.
        this.models.map((m) => html`<li part="item">${this.renderCard(m)}</li>`)
      }
    </ul>`;
  }

  private renderCard(m: IndicatorModel): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    // Templates of the card are written without whitespace between elements, and leaf text is set
    // as .textContent: every whitespace node and child-part marker is one more node per card.
    return html`<div part="card"><p part="name" role="heading" aria-level=${level} .textContent=${m.indicator.name}></p>${m.overall ? this.renderStatus(m.overall) : nothing}${
      m.own ? this.renderGauge(m.own, m.indicator.name, false) : nothing}${
      m.series.length ? html`<div part="series">${m.series.map((g) => this.renderGauge(g, m.indicator.name, true))}</div>` : nothing}</div>`;
  }

  private renderStatus(g: GaugeModel): TemplateResult {
    const info = statusInfo(g.status, this.language);
    const a = g.assessment;
    const extra = a ? [a.value, a.label, a.fiscalYear != null ? this.words.fy(a.fiscalYear) : ''].filter(Boolean).join(' ') : g.mark;
    // A grade whose scale gives it no meaning is shown as printed: no symbol, never 判定なし (issue #23).
    if (a && g.statusSource === 'assessment' && g.status === 'unknown') return html`<p part="status" data-status=${g.status}>${extra}</p>`;
    return html`<p part="status" data-status=${g.status}><span part="status-symbol" aria-hidden="true" .textContent=${info.symbol}></span> ${info.label}${
      extra ? html`<span class="mark" .textContent=${` · ${extra}`}></span>` : nothing}</p>`;
  }

  /** One row of the facts: a term and its value, with the year it is for beside it. */
  private fact(term: string, value: unknown, year?: string): TemplateResult {
    return year === undefined
      ? html`<div><dt .textContent=${term}></dt><dd>${value}</dd></div>`
      : html`<div><dt .textContent=${term}></dt><dd>${value} <span part="year" .textContent=${year}></span></dd></div>`;
  }

  /**
   * The words of a gauge: status, progress, facts, notes and sparkline. Few nested templates
   * (the target row, always there, is inline): each costs a clone and markers, 200 times over.
   */
  private renderText(g: GaugeModel, r: GaugeReading, drawn: boolean): TemplateResult {
    const w = this.words;
    const s = w.s;
    const latest = drawn || g.qualitative ? nothing : g.latest ? this.fact(s.latest, w.value(g, g.latest), w.when(g.latest)) : this.fact(s.latest, s.noObservation);
    return html`${this.renderStatus(g)}${r.progress ? html`<p part="progress">${r.progress}</p>` : nothing}<dl part="facts">${latest}<div><dt .textContent=${s.target}></dt><dd>${g.target ? (r.targetText ?? '') : s.noTarget} <span part="year" .textContent=${r.targetYear ?? ''}></span>${r.direction ? html` <span class="direction">${r.direction}</span>` : nothing}</dd></div>${g.baseline ? this.fact(s.baseline, r.baselineValue, w.when(g.baseline)) : nothing}</dl>${r.notes.map((n) => html`<p part="note">${n}</p>`)}${g.qualitative && !g.assessment ? html`<p part="note">${s.assessment}: ${s.noAssessment}</p>` : nothing}${g.spark && !this.noSparkline ? this.renderSpark(g) : nothing}`;
  }

  private renderGauge(g: GaugeModel, name: string, sub: boolean): TemplateResult {
    const w = this.words;
    const geometry = this.variant === 'bar' ? g.bar : g.arc;
    const r = w.read(g, name, Boolean(geometry));
    const body = this.renderText(g, r, Boolean(geometry));
    return html`<div part="gauge" data-variant=${this.variant} data-status=${g.status}>${sub ? html`<p part="label">${g.label}</p>` : nothing}${
      geometry
        ? html`<div part="figure" role="img" aria-label=${r.sentence!}>
            <div class="graphic">
              ${this.variant === 'bar' ? this.renderBar(g) : this.renderArc(g)}
              <p part="value">${w.value(g, g.latest!)} <span part="year">${w.fy(g.latest!.fiscalYear)}</span></p>
            </div>
            <div class="text">${body}</div>
          </div>`
        : body}${g.rows.length ? this.renderDetails(g) : nothing}</div>`;
  }

  private renderArc(g: GaugeModel): TemplateResult {
    const a = g.arc!;
    return html`<svg class="arc" viewBox=${ARC_VIEWBOX} aria-hidden="true" focusable="false">
      ${svg`<path part="track" d=${a.track}></path>
        ${a.fill ? svg`<path part="indicator" d=${a.fill}></path>` : nothing}
        <path part="marker" d=${a.marker}></path>`}
    </svg>`;
  }

  private renderBar(g: GaugeModel): TemplateResult {
    const b = g.bar!;
    return html`<svg class="bar" viewBox=${BAR_VIEWBOX} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<rect part="track" x="0" y="6" width=${BAR_WIDTH} height="12" rx="2"></rect>
        ${b.fill > 0 ? svg`<rect part="indicator" x="0" y="6" width=${b.fill} height="12" rx="2"></rect>` : nothing}
        <line part="marker" x1=${b.marker} x2=${b.marker} y1="1" y2=${BAR_HEIGHT - 1}></line>`}
    </svg>`;
  }

  private renderSpark(g: GaugeModel): TemplateResult {
    const p = g.spark!;
    return html`<svg part="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" aria-hidden="true" focusable="false">
      ${svg`${p.targetY !== undefined ? svg`<line class="target" x1="0" x2=${SPARK_WIDTH} y1=${p.targetY} y2=${p.targetY}></line>` : nothing}
        <path class="line" d=${p.path}></path>
        <circle class="last" cx=${p.last.x} cy=${p.last.y} r="2.5"></circle>`}
    </svg>`;
  }

  /** The disclosure of the values by fiscal year: the table is built when opened (and when printed). */
  private renderDetails(g: GaugeModel): TemplateResult {
    const s = this.words.s;
    const open = this.openTables.has(g.key) || this.print.printing;
    return html`<div part="details" ?data-open=${open}><button part="summary" type="button" data-key=${g.key} aria-expanded=${open ? 'true' : 'false'}>${s.values}<span class="sr-only" .textContent=${s.of(g.reading.name)}></span></button>${
      open ? renderValues(g, this.words, this.t.noValue) : nothing}</div>`;
  }

  private toggleTable(key: string): void {
    const next = new Set(this.openTables);
    if (!next.delete(key)) next.add(key);
    this.openTables = next;
  }
}

MierukaKpiGauge.define('mieruka-kpi-gauge');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-kpi-gauge': MierukaKpiGauge;
  }
}
