import type { Comparator, Direction } from '../../../data-schema/index.js';
import type { Lang } from '../../core/i18n.js';

/** The gauge's own interface strings. Values, units and years arrive already formatted. */
export interface GaugeStrings {
  latest: string;
  target: string;
  baseline: string;
  /** "at least 300 cases" / "300件以上": the comparator around a formatted value. */
  comparator: (value: string, comparator: Comparator | undefined) => string;
  direction: Record<Direction, string>;
  /** Share of the way from baseline to target, in words. pct is formatted (e.g. "64%"). */
  progress: (pct: string) => string;
  pastTarget: (pct: string) => string;
  noChange: string;
  away: string;
  /** A value with the figures printed beside it in the same cell (restated after a change of method…). */
  restated: (value: string, others: string) => string;
  /** A status with the data's mark: 順調（進捗状況 ↑）. */
  withMark: (status: string, mark: string | undefined) => string;
  noObservation: string;
  noTarget: string;
  targetEqualsBaseline: string;
  assessment: string;
  noAssessment: string;
  values: string;
  /** Appended (visually hidden) to "values by fiscal year" so each disclosure names its indicator. */
  of: (name: string) => string;
  fiscalYear: string;
  value: string;
  notes: string;
  missing: string;
  seriesCount: (n: number) => string;
  indicators: (n: number) => string;
  unknownSeries: (name: string, known: string) => string;
  /** The whole reading in one sentence, for assistive technology. Parts arrive formatted. */
  sentence: (p: SentenceParts) => string;
}

export interface SentenceParts {
  latest?: { value: string; year: string } | undefined;
  target?: string | undefined;
  targetYear?: string | undefined;
  baseline?: { value: string; year: string } | undefined;
  direction?: string | undefined;
  status: string;
  progress?: string | undefined;
}

const join = (parts: (string | false | undefined)[], sep: string) => parts.filter(Boolean).join(sep);

const ja: GaugeStrings = {
  latest: '実績',
  target: '目標',
  baseline: '基準',
  comparator: (v, c) => (c === 'atLeast' ? `${v}以上` : c === 'atMost' ? `${v}以下` : c === 'approximately' ? `${v}程度` : v),
  direction: { increase: '高いほど良い', decrease: '低いほど良い', maintain: '維持が目標' },
  progress: (pct) => `基準値から目標値までの${pct}まで進んでいます`,
  pastTarget: (pct) => `目標値に達しています（基準値から目標値までの${pct}）`,
  noChange: '基準値から変わっていません',
  away: '基準値より目標値から遠ざかっています',
  restated: (v, others) => `${v}（併記 ${others}）`,
  withMark: (status, mark) => (mark ? `${status}（${mark}）` : status),
  noObservation: 'まだありません',
  noTarget: '数値目標なし',
  targetEqualsBaseline: '目標値は基準値と同じです',
  assessment: '評価',
  noAssessment: '評価なし',
  values: '年度ごとの値',
  of: (name) => `（${name}）`,
  fiscalYear: '年度',
  value: '値',
  notes: '備考',
  missing: '—',
  seriesCount: (n) => `内訳${n}件`,
  indicators: (n) => `指標${n}件`,
  unknownSeries: (name, known) => `内訳「${name}」が見つかりません${known ? `（候補: ${known}）` : ''}`,
  sentence: (p) =>
    join(
      [
        p.latest ? `${p.latest.year} ${p.latest.value}` : '実績値なし',
        p.target && `目標 ${p.target}${p.targetYear || p.direction ? `（${join([p.targetYear, p.direction], '、')}）` : ''}`,
        p.baseline && `基準 ${p.baseline.value}（${p.baseline.year}）`,
        p.status,
        p.progress,
      ],
      '、',
    ),
};

const en: GaugeStrings = {
  latest: 'Latest',
  target: 'Target',
  baseline: 'Baseline',
  comparator: (v, c) => (c === 'atLeast' ? `at least ${v}` : c === 'atMost' ? `at most ${v}` : c === 'approximately' ? `about ${v}` : v),
  direction: { increase: 'higher is better', decrease: 'lower is better', maintain: 'to be kept' },
  progress: (pct) => `${pct} of the way from baseline to target`,
  pastTarget: (pct) => `Target reached (${pct} of the way from baseline to target)`,
  noChange: 'No change from the baseline',
  away: 'Further from the target than the baseline',
  restated: (v, others) => `${v} (also printed: ${others})`,
  withMark: (status, mark) => (mark ? `${status} (${mark})` : status),
  noObservation: 'none yet',
  noTarget: 'No numeric target',
  targetEqualsBaseline: 'The target equals the baseline',
  assessment: 'Assessment',
  noAssessment: 'Not assessed',
  values: 'Values by fiscal year',
  of: (name) => ` (${name})`,
  fiscalYear: 'Fiscal year',
  value: 'Value',
  notes: 'Notes',
  missing: '—',
  seriesCount: (n) => `${n} sub-series`,
  indicators: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  unknownSeries: (name, known) => `No sub-series named "${name}"${known ? ` (there are: ${known})` : ''}`,
  sentence: (p) =>
    join(
      [
        p.latest ? `${p.latest.value} in ${p.latest.year}` : 'no values yet',
        p.target && `target ${p.target}${p.targetYear ? ` by ${p.targetYear}` : ''}${p.direction ? ` (${p.direction})` : ''}`,
        p.baseline && `baseline ${p.baseline.value} in ${p.baseline.year}`,
        p.status,
        p.progress,
      ],
      '; ',
    ),
};

export const GAUGE_STRINGS: Record<Lang, GaugeStrings> = { ja, en };
