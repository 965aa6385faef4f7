import type { Lang } from '../../core/i18n.js';

/** The summary's own interface strings. Numbers and years arrive already formatted. */
export interface SummaryStrings {
  /** The name of the whole summary, for assistive technology: 「…」の進捗. */
  title: (scope: string) => string;
  indicators: (n: string) => string;
  /** A scale's heading: 達成度（2023年度・99事業）. */
  scale: (name: string, years: string | undefined, n: string, counter: string | undefined) => string;
  sep: string;
  /** How many of a count are re-listed (再掲) items. */
  relisted: (n: string) => string;
  /** How many of a count are sub-series (小6 / 中3) of an indicator. */
  series: (n: string) => string;
  /** Below a scale whose items are graded per department. */
  perDepartment: (n: string) => string;
  noIndicators: (whole: boolean) => string;
  nothing: (whole: boolean) => string;
  chosen: (name: string, n: string) => string;
  cleared: string;
  unknownGrade: (value: string, known: string) => string;
  yearRange: (first: string, last: string) => string;
}

export const ja: SummaryStrings = {
  title: (scope) => `「${scope}」の進捗`,
  indicators: (n) => `指標の状況（${n}指標）`,
  scale: (name, years, n, counter) => `${name}（${years ? `${years}・` : ''}${n}${counter ?? '件'}）`,
  sep: '、',
  relisted: (n) => `うち再掲 ${n}`,
  series: (n) => `うち小区分 ${n}`,
  perDepartment: (n) => `所属ごとに評価された項目は、所属ごとに1件と数えています（${n}件）`,
  noIndicators: (whole) => (whole ? 'この文書には指標がありません' : 'この項目には指標がありません'),
  nothing: (whole) => (whole ? 'この文書には指標も評価もありません' : 'この項目には指標も評価もありません'),
  chosen: (name, n) => `「${name}」（${n}）を選びました`,
  cleared: '選択を解除しました',
  unknownGrade: (v, known) => `grade 属性の評語「${v}」はこの範囲の評価にありません（${known}）`,
  yearRange: (a, b) => `${a}〜${b}`,
};

export const en: SummaryStrings = {
  title: (scope) => `Progress of ${scope}`,
  indicators: (n) => `Indicators by status (${n})`,
  scale: (name, years, n) => `${name} (${years ? `${years}, ` : ''}${n})`,
  sep: ', ',
  relisted: (n) => `${n} re-listed`,
  series: (n) => `${n} sub-series`,
  perDepartment: (n) => `An item graded by each of its departments counts once per department (${n} grades)`,
  noIndicators: (whole) => (whole ? 'This document has no indicators' : 'This item has no indicators'),
  nothing: (whole) => (whole ? 'This document has no indicators and no assessments' : 'This item has no indicators and no assessments'),
  chosen: (name, n) => `Chosen: ${name} (${n})`,
  cleared: 'Choice cleared',
  unknownGrade: (v, known) => `The grade "${v}" is not among the grades in this scope (${known})`,
  yearRange: (a, b) => `${a}–${b}`,
};

export const STRINGS: Record<Lang, SummaryStrings> = { ja, en };
