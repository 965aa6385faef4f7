import type { Comparator } from '../../../data-schema/index.js';
import type { Lang } from '../../core/i18n.js';

/** The trend table's own interface strings (the core catalogue has the shared ones). */
export interface TrendTableStrings {
  caption: (title: string) => string;
  indicator: string;
  group: string;
  unit: string;
  baseline: string;
  baselineWhen: string;
  target: string;
  targetYear: string;
  trend: string;
  progress: string;
  department: string;
  notes: string;
  overall: string;
  addedAtReview: string;
  /** The words that go with a target number: 以上, 以下 … */
  comparator: (comparator: Comparator | undefined, value: string) => string;
  /** Accessible text of a status the element computed (the data had no mark). */
  computed: string;
  /** The visible mark of a computed status, explained under the table. */
  computedMark: string;
  computedLegend: string;
  legend: string;
  otherValue: string;
  /** Words in brackets: （…） in Japanese, (…) in English. */
  paren: (text: string) => string;
  /** Between a label read to a screen reader and its value (a space alone is dropped by the accessibility tree). */
  sep: string;
  noteRef: (n: number) => string;
  details: string;
  description: string;
  explanation: string;
  source: string;
  remarks: string;
  showMore: (count: string) => string;
  showing: (shown: string, total: string) => string;
  download: string;
  copy: string;
  copied: (rows: string) => string;
  copyFailed: string;
  sort: string;
  documentOrder: string;
  ascending: string;
  descending: string;
  sortedBy: (column: string, direction: string) => string;
  unsorted: string;
  noIndicators: string;
}

const COMPARATORS_JA: Record<Comparator, string> = { atLeast: '以上', atMost: '以下', equal: '', approximately: '程度' };
const COMPARATORS_EN: Record<Comparator, string> = { atLeast: 'or more', atMost: 'or less', equal: '', approximately: 'or so' };

export const ja: TrendTableStrings = {
  caption: (title) => `指標の推移（${title}）`,
  indicator: '指標',
  group: '区分',
  unit: '単位',
  baseline: '基準値',
  baselineWhen: '基準値の時点',
  target: '目標値',
  targetYear: '目標年度',
  trend: '推移',
  progress: '進捗状況',
  department: '担当',
  notes: '注',
  overall: '全体指標',
  addedAtReview: '【追加】',
  comparator: (c, v) => `${v}${c ? COMPARATORS_JA[c] : ''}`,
  computed: '表示側で計算した判定',
  computedMark: '＊',
  computedLegend: '＊ 資料に記号がない指標は、基準値・最新の値・目標値から計算した判定です。',
  legend: '凡例',
  otherValue: '併記された値',
  sep: '、',
  paren: (x) => `（${x}）`,
  noteRef: (n) => `注${n}`,
  details: '詳細',
  description: '指標の説明',
  explanation: '施策の実施状況・実績の増減理由等',
  source: '出典',
  remarks: '備考',
  showMore: (n) => `さらに表示（残り${n}指標）`,
  showing: (shown, total) => `全${total}指標のうち${shown}指標を表示しています。`,
  download: 'CSVをダウンロード',
  copy: '表をコピー（TSV）',
  copied: (n) => `${n}行をコピーしました。表計算ソフトに貼り付けられます。`,
  copyFailed: 'コピーできませんでした（ブラウザーが許可しませんでした）。CSVをダウンロードしてください。',
  sort: '並べ替え',
  documentOrder: '資料の順',
  ascending: '昇順',
  descending: '降順',
  sortedBy: (c, d) => `${c}の${d}に並べ替えました`,
  unsorted: '資料の順に戻しました',
  noIndicators: 'この範囲には指標がありません。',
};

export const en: TrendTableStrings = {
  caption: (title) => `Indicators over time (${title})`,
  indicator: 'Indicator',
  group: 'Group',
  unit: 'Unit',
  baseline: 'Baseline',
  baselineWhen: 'Baseline as of',
  target: 'Target',
  targetYear: 'Target year',
  trend: 'Trend',
  progress: 'Progress',
  department: 'Department',
  notes: 'Notes',
  overall: 'Overall indicators',
  addedAtReview: '[added]',
  comparator: (c, v) => (c && COMPARATORS_EN[c] ? `${v} ${COMPARATORS_EN[c]}` : v),
  computed: 'computed by this page',
  computedMark: '*',
  computedLegend: '* Where the data has no mark, the status is computed from the baseline, the latest value and the target.',
  legend: 'Key',
  otherValue: 'also printed',
  sep: ': ',
  paren: (x) => ` (${x})`,
  noteRef: (n) => `note ${n}`,
  details: 'Details',
  description: 'About the indicator',
  explanation: 'What was done and why the figure changed',
  source: 'Source',
  remarks: 'Remarks',
  showMore: (n) => `Show more (${n} indicators left)`,
  showing: (shown, total) => `Showing ${shown} of ${total} indicators.`,
  download: 'Download CSV',
  copy: 'Copy table (TSV)',
  copied: (n) => `Copied ${n} rows. You can paste them into a spreadsheet.`,
  copyFailed: 'Could not copy (the browser did not allow it). Download the CSV instead.',
  sort: 'Sort',
  documentOrder: 'Document order',
  ascending: 'ascending',
  descending: 'descending',
  sortedBy: (c, d) => `Sorted by ${c}, ${d}`,
  unsorted: 'Back to document order',
  noIndicators: 'There are no indicators here.',
};

export const STRINGS: Record<Lang, TrendTableStrings> = { ja, en };
