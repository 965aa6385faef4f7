import type { Observation } from '../../../data-schema/index.js';
import { formatFiscalYear, formatList, formatPartialDate, formatValue } from '../../core/format.js';
import { defineSection, type Lang } from '../../core/i18n.js';
import { statusInfo } from '../../core/status.js';
import { kpiGauge } from '../../translations/ja.js';
import type { GaugeStrings } from '../../translations/translation.js';
import type { GaugeModel } from './kpi-gauge.model.js';

/** The gauge's texts: Japanese at hand, English when a gauge first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('kpiGauge', kpiGauge, { en: () => import('../../translations/en.js').then((m) => m.kpiGauge) });

type Cell = { value?: number | null | undefined; approximate?: boolean | undefined; restated?: Observation['restated'] };

/** What a gauge says, in one language: every string its card shows and its one-sentence label. */
export interface GaugeReading {
  /** The target as printed with its comparator (300件以上), when numeric. */
  targetValue?: string | undefined;
  /** What the target row shows: the value, or the target's words unless they only repeat the name. */
  targetText?: string | undefined;
  targetYear?: string | undefined;
  /** Lower is better / to be kept; nothing for the usual higher is better. */
  direction?: string | undefined;
  baselineValue?: string | undefined;
  progress?: string | undefined;
  notes: string[];
  /** The whole reading in one sentence (the figure's aria-label), when a graphic is drawn. */
  sentence?: string | undefined;
}

/**
 * A gauge's words in one language and calendar, made once per page and shared by every gauge
 * (fiscal years are formatted once per year, not once per card); numbers go through the core's
 * cached Intl formatters.
 */
export class GaugeWords {
  private readonly years = new Map<number, string>();

  private constructor(
    readonly lang: Lang,
    readonly wareki: boolean,
  ) {
  }

  /** Read when used: the English section arrives after the first gauge asked for it. */
  get s(): GaugeStrings {
    return STRINGS.in(this.lang);
  }

  private static readonly shared = new Map<string, GaugeWords>();

  static of(lang: Lang, wareki: boolean): GaugeWords {
    const key = `${lang}|${wareki}`;
    let words = GaugeWords.shared.get(key);
    if (!words) GaugeWords.shared.set(key, (words = new GaugeWords(lang, wareki)));
    return words;
  }

  fy(year: number): string {
    let text = this.years.get(year);
    if (text === undefined) this.years.set(year, (text = formatFiscalYear(year, this.lang, { wareki: this.wareki })));
    return text;
  }

  /** A cell's value with its unit, 約 and the figures restated beside it; — when it has none. */
  value(g: GaugeModel, cell: Cell): string {
    if (cell.value == null) return this.s.missing;
    const format = { unit: g.reading.unit, decimals: g.reading.decimals };
    const main = formatValue(cell.value, this.lang, { ...format, approximate: cell.approximate });
    if (!cell.restated?.length) return main;
    const also = cell.restated.map((r) => (r.value == null ? this.s.missing : formatValue(r.value, this.lang, format)));
    return this.s.restated(main, formatList(also, this.lang));
  }

  /**
   * When a cell was taken, with the source's label. On the card only labels that add meaning
   * (策定時, 中間年度); "2021年度末時点の現況値" just repeats the date, and the table keeps it.
   */
  when(o: Observation, anyLabel = false): string {
    const year = o.date ? formatPartialDate(o.date, this.lang) : this.fy(o.fiscalYear);
    return o.label && (anyLabel || !/\d/.test(o.label)) ? this.s.when(year, o.label) : year;
  }

  private progressWords(g: GaugeModel): string | undefined {
    const p = g.progress;
    if (p === undefined || g.position === undefined) return undefined;
    const pct = formatValue(p >= 1 ? Math.round(p * 100) : Math.floor(p * 100), this.lang, { unit: '%' });
    return p < 0 ? this.s.away : p === 0 ? this.s.noChange : p >= 1 ? this.s.pastTarget(pct) : this.s.progress(pct);
  }

  /** Everything a gauge states, for a card whose indicator is named `name` (drawn: a graphic is shown). */
  read(g: GaugeModel, name: string, drawn: boolean): GaugeReading {
    const s = this.s;
    const t = g.target;
    const targetValue = t?.value != null ? s.comparator(this.value(g, t), t.comparator) : undefined;
    const targetText = targetValue ?? (t?.text && t.text.replace(/。$/, '') !== name.replace(/。$/, '') ? t.text : undefined);
    const targetYear = t?.fiscalYear != null ? this.fy(t.fiscalYear) : undefined;
    const direction = g.reading.direction !== 'increase' && !g.qualitative ? s.direction[g.reading.direction] : undefined;
    const baselineValue = g.baseline ? (g.baseline.value != null ? this.value(g, g.baseline) : (g.baseline.text ?? s.missing)) : undefined;
    const progress = this.progressWords(g);
    const notes = [
      ...(g.missing.length ? [`${formatList(g.missing.map((o) => this.fy(o.fiscalYear)), this.lang)}: ${s.missing}${g.missing[0]!.note ? ` ${g.missing[0]!.note}` : ''}`] : []),
      ...(t && g.reading.baseline && t.value != null && t.value === g.reading.baseline.value ? [s.targetEqualsBaseline] : []),
      ...(g.assessment?.text ? [g.assessment.text] : []),
    ];
    const sentence = drawn
      ? `${g.reading.name} ${s.sentence({
          latest: g.latest && { value: this.value(g, g.latest), year: this.fy(g.latest.fiscalYear) },
          target: targetValue,
          targetYear,
          direction,
          baseline: g.baseline && baselineValue ? { value: baselineValue, year: this.fy(g.baseline.fiscalYear) } : undefined,
          status: s.withMark(statusInfo(g.status, this.lang).label, g.mark),
          progress,
        })}`
      : undefined;
    return { targetValue, targetText, targetYear, direction, baselineValue, progress, notes, sentence };
  }
}
