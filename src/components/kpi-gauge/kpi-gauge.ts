import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Indicator, Observation } from '../../../data-schema/index.js';
import { indicatorsInScope } from '../../core/document-query.js';
import { formatFiscalYear, formatList, formatPartialDate, formatValue } from '../../core/format.js';
import { MierukaElement, type View } from '../../core/mieruka-element.js';
import { invalidStatus, isStatus, statusInfo } from '../../core/status.js';
import { narrowToStatus } from '../../core/progress.js';
import { ARC_VIEWBOX, BAR_HEIGHT, BAR_VIEWBOX, BAR_WIDTH, SPARK_HEIGHT, SPARK_WIDTH } from './kpi-gauge.geometry.js';
import { defineSection } from '../../core/i18n.js';
import { kpiGauge } from '../../translations/ja.js';
import type { GaugeStrings } from '../../translations/translation.js';
import { buildIndicator, ensureBar, type GaugeModel, type IndicatorModel } from './kpi-gauge.model.js';
import { styles } from './kpi-gauge.styles.js';

/** The element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('kpiGauge', kpiGauge, { en: () => import('../../translations/en.js').then((m) => m.kpiGauge) });

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
 *   stay cheap).
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
 * @csspart details - The disclosure with the table of values.
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

  private get s(): GaugeStrings {
    return STRINGS.in(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.view;
    const inputs = [view?.document, view?.indicator?.indicator, view?.node, this.series, this.status];
    if (inputs.some((v, i) => v !== this.inputs[i])) {
      this.inputs = inputs;
      this.models = view ? this.derive(view) : [];
    }
    if (this.unknownSeries && !this.problem) {
      this.reportProblem({ kind: 'invalid-attribute', message: this.s.unknownSeries(this.series ?? '', formatList(this.unknownSeries, this.language)), path: 'series' });
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
      const built = buildIndicator(doc, view.indicator.indicator, view.indicator.node, this.series || undefined);
      if (!('unknownSeries' in built)) return this.narrow([built]);
      this.unknownSeries = built.unknownSeries;
      return [];
    }
    return this.narrow(indicatorsInScope(doc, view.node).map((e) => buildIndicator(doc, e.indicator, e.node) as IndicatorModel));
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
    if (!this.models.length && isStatus(this.status)) return html`<p part="empty">${this.t.noMatch}</p>`;
    if (view.indicator) return this.models[0] ? this.renderCard(this.models[0]) : nothing;
    if (!this.models.length) return html`<p part="empty">${this.s.noIndicators(Boolean(view.node))}</p>`;
    return html`<ul part="grid" role="list" aria-label=${this.s.indicators(this.models.length)}>
      ${repeat(this.models, (m) => m.key, (m) => html`<li part="item">${this.renderCard(m)}</li>`)}
    </ul>`;
  }

  private renderCard(m: IndicatorModel): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div part="card">
      <p part="name" role="heading" aria-level=${level}>${m.indicator.name}</p>
      ${m.overall ? this.renderStatus(m.overall) : nothing}
      ${m.own ? this.renderGauge(m.own, m.indicator, false) : nothing}
      ${m.series.length
        ? html`<div part="series">${m.series.map((g) => this.renderGauge(g, m.indicator, true))}</div>`
        : nothing}
    </div>`;
  }

  private fy(year: number): string {
    return formatFiscalYear(year, this.language, { wareki: this.wareki });
  }

  private value(g: GaugeModel, cell: { value?: number | null | undefined; approximate?: boolean | undefined; restated?: Observation['restated'] }): string {
    const lang = this.language;
    const format = { unit: g.reading.unit, decimals: g.reading.decimals };
    if (cell.value == null) return this.s.missing;
    const main = formatValue(cell.value, lang, { ...format, approximate: cell.approximate });
    const also = (cell.restated ?? []).map((r) => (r.value == null ? this.s.missing : formatValue(r.value, lang, format)));
    return also.length ? this.s.restated(main, formatList(also, lang)) : main;
  }

  /**
   * When a cell was taken, with the source's label. On the card only labels that add meaning
   * (策定時, 中間年度); "2021年度末時点の現況値" just repeats the date, and the table keeps it.
   */
  private when(o: Observation, anyLabel = false): string {
    const year = o.date ? formatPartialDate(o.date, this.language) : this.fy(o.fiscalYear);
    return o.label && (anyLabel || !/\d/.test(o.label)) ? this.s.when(year, o.label) : year;
  }

  private progressWords(g: GaugeModel): string | undefined {
    const p = g.progress;
    if (p === undefined || g.position === undefined) return undefined;
    const pct = formatValue(p >= 1 ? Math.round(p * 100) : Math.floor(p * 100), this.language, { unit: '%' });
    return p < 0 ? this.s.away : p === 0 ? this.s.noChange : p >= 1 ? this.s.pastTarget(pct) : this.s.progress(pct);
  }

  private renderStatus(g: GaugeModel): TemplateResult {
    const info = statusInfo(g.status, this.language);
    const a = g.assessment;
    const extra = a ? [a.value, a.label, a.fiscalYear != null ? this.fy(a.fiscalYear) : ''].filter(Boolean).join(' ') : g.mark;
    // A grade whose scale gives it no meaning is shown as printed: no symbol, never 判定なし (issue #23).
    if (a && g.statusSource === 'assessment' && g.status === 'unknown') return html`<p part="status" data-status=${g.status}>${extra}</p>`;
    return html`<p part="status" data-status=${g.status}>
      <span part="status-symbol" aria-hidden="true">${info.symbol}</span> ${info.label}${extra ? html`<span class="mark"> · ${extra}</span>` : nothing}
    </p>`;
  }

  private renderGauge(g: GaugeModel, indicator: Indicator, sub: boolean): TemplateResult {
    const s = this.s;
    const t = g.target;
    const targetValue = t?.value != null ? s.comparator(this.value(g, t), t.comparator) : undefined;
    const targetText = targetValue ?? (t?.text && t.text.replace(/。$/, '') !== indicator.name.replace(/。$/, '') ? t.text : undefined);
    const targetYear = t?.fiscalYear != null ? this.fy(t.fiscalYear) : undefined;
    const direction = g.reading.direction !== 'increase' && !g.qualitative ? s.direction[g.reading.direction] : undefined;
    const baselineValue = g.baseline ? (g.baseline.value != null ? this.value(g, g.baseline) : (g.baseline.text ?? s.missing)) : undefined;
    const progress = this.progressWords(g);
    const info = statusInfo(g.status, this.language);
    const geometry = this.variant === 'bar' ? g.bar : g.arc;
    const facts = html`<dl part="facts">
      ${!geometry && !g.qualitative
        ? html`<div><dt>${s.latest}</dt><dd>${g.latest ? html`${this.value(g, g.latest)} <span part="year">${this.when(g.latest)}</span>` : s.noObservation}</dd></div>`
        : nothing}
      ${t
        ? html`<div><dt>${s.target}</dt><dd>${targetText ?? nothing} ${targetYear ? html`<span part="year">${targetYear}</span>` : nothing}
            ${direction ? html`<span class="direction">${direction}</span>` : nothing}</dd></div>`
        : g.qualitative ? nothing : html`<div><dt>${s.target}</dt><dd>${s.noTarget}</dd></div>`}
      ${g.baseline ? html`<div><dt>${s.baseline}</dt><dd>${baselineValue} <span part="year">${this.when(g.baseline)}</span></dd></div>` : nothing}
    </dl>`;
    const notes = [
      ...(g.missing.length ? [`${formatList(g.missing.map((o) => this.fy(o.fiscalYear)), this.language)}: ${s.missing}${g.missing[0]!.note ? ` ${g.missing[0]!.note}` : ''}`] : []),
      ...(t && g.reading.baseline && t.value != null && t.value === g.reading.baseline.value ? [s.targetEqualsBaseline] : []),
      ...(g.assessment?.text ? [g.assessment.text] : []),
    ];
    const body = html`${this.renderStatus(g)} ${progress ? html`<p part="progress">${progress}</p>` : nothing} ${facts}
      ${notes.map((n) => html`<p part="note">${n}</p>`)} ${g.qualitative && !g.assessment ? html`<p part="note">${s.assessment}: ${s.noAssessment}</p>` : nothing}
      ${g.spark && !this.noSparkline ? this.renderSpark(g) : nothing}`;
    return html`<div part="gauge" data-variant=${this.variant} data-status=${g.status}>
      ${sub ? html`<p part="label">${g.label}</p>` : nothing}
      ${geometry
        ? html`<div part="figure" role="img" aria-label=${`${g.reading.name} ${s.sentence({
              latest: g.latest && { value: this.value(g, g.latest), year: this.fy(g.latest.fiscalYear) },
              target: targetValue,
              targetYear,
              direction,
              baseline: g.baseline && baselineValue ? { value: baselineValue, year: this.fy(g.baseline.fiscalYear) } : undefined,
              status: s.withMark(info.label, g.mark),
              progress,
            })}`}>
            <div class="graphic">
              ${this.variant === 'bar' ? this.renderBar(g) : this.renderArc(g)}
              <p part="value">${this.value(g, g.latest!)} <span part="year">${this.fy(g.latest!.fiscalYear)}</span></p>
            </div>
            <div class="text">${body}</div>
          </div>`
        : html`<div class="text">${body}</div>`}
      ${g.rows.length ? this.renderDetails(g) : nothing}
    </div>`;
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

  private renderDetails(g: GaugeModel): TemplateResult {
    const s = this.s;
    // On paper the values by fiscal year are printed under the chart (its text equivalent).
    const open = this.openTables.has(g.key) || this.print.printing;
    const t = g.target;
    const noteOf = (o: { text?: string | undefined; note?: string | undefined; restated?: Observation['restated'] }, printed: string) =>
      [o.text && o.text !== printed ? o.text : '', o.note ?? '', ...(o.restated ?? []).map((r) => r.note ?? '')].filter(Boolean).join(' ');
    const cell = (text: string) =>
      text === s.missing ? html`<span aria-hidden="true">${s.missing}</span> <span class="sr-only">${this.t.noValue}</span>` : text;
    return html`<details part="details" ?open=${open} @toggle=${(e: Event) => this.toggleTable(g.key, (e.target as HTMLDetailsElement).open)}>
      <summary>${s.values}<span class="sr-only">${s.of(g.reading.name)}</span></summary>
      ${open
        ? html`<table part="table">
            <caption class="sr-only">${g.reading.name}</caption>
            <thead><tr><th scope="col">${s.fiscalYear}</th><th scope="col">${s.value}</th><th scope="col">${s.notes}</th></tr></thead>
            <tbody>
              ${g.rows.map((o) => {
                const printed = this.value(g, o);
                return html`<tr><th scope="row">${this.when(o, true)}</th><td>${cell(printed)}</td><td>${noteOf(o, printed)}</td></tr>`;
              })}
              ${t
                ? html`<tr><th scope="row">${s.target}${t.fiscalYear != null ? html` ${this.fy(t.fiscalYear)}` : nothing}</th>
                    <td>${t.value != null ? s.comparator(this.value(g, t), t.comparator) : (t.text ?? '')}</td>
                    <td>${noteOf(t.value != null ? t : { ...t, text: undefined }, '')}</td></tr>`
                : nothing}
            </tbody>
          </table>`
        : nothing}
    </details>`;
  }

  private toggleTable(key: string, open: boolean): void {
    if (open === this.openTables.has(key)) return;
    const next = new Set(this.openTables);
    if (open) next.add(key);
    else next.delete(key);
    this.openTables = next;
  }
}

MierukaKpiGauge.define('mieruka-kpi-gauge');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-kpi-gauge': MierukaKpiGauge;
  }
}
