import type { Lang } from '../../core/i18n.js';

/** The interface strings of <mieruka-plan-tree>, Japanese first. Numbers come in already formatted. */
export interface PlanTreeStrings {
  treeLabel: (title: string) => string;
  levelCounts: string;
  subtotal: (count: string, word: string) => string;
  total: (count: string, word: string) => string;
  /** The re-listed part of a count, with its brackets: （うち再掲2） / (2 re-listed). */
  relisted: (count: string) => string;
  indicators: (count: string) => string;
  expandAll: string;
  collapseAll: string;
  filters: string;
  keyword: string;
  keywordHint: string;
  department: string;
  goal: string;
  goalName: (goal: number) => string;
  fiveLess: string;
  status: string;
  state: string;
  any: string;
  clear: string;
  results: (count: string) => string;
  noResults: string;
  matchesShown: string;
  expand: string;
  collapse: string;
  detail: string;
  back: string;
  selectHint: string;
  path: string;
  level: string;
  category: string;
  departments: string;
  summary: string;
  vision: string;
  description: string;
  focusAreas: string;
  marks: { yes: string; no: string; unknown: string };
  sdgs: string;
  disclosure: string;
  cityWebsite: string;
  otherMeans: string;
  pages: string;
  actionPlan: string;
  activity: string;
  continues: string;
  indicatorList: string;
  baseline: string;
  latest: string;
  target: string;
  comparator: { atLeast: string; atMost: string; equal: string; approximately: string };
  assessments: string;
  plan: string;
  result: string;
  links: string;
  notes: string;
  documentNotes: (count: string) => string;
  reportYear: (year: string) => string;
  finalPart: string;
  gradesByDepartment: string;
  source: string;
  sourcePlace: { page: (p: string) => string; table: (t: string) => string; line: (l: string) => string };
  period: (start: string, end: string) => string;
  valueAt: (value: string, when: string) => string;
  /** Between a scale's name and its departments' grades in a row (「達成度：市民課 A、文化課 B」). */
  gradesBy: string;
  /** Between two graders' grades in a row (a joint grade lists its departments with the list separator). */
  graderSep: string;
  noDetail: string;
  children: string;
  roles: { lead: string; coordinating: string; member: string };
}

const ja: PlanTreeStrings = {
  treeLabel: (title) => `${title}の体系`,
  levelCounts: '階層ごとの数',
  subtotal: (n, word) => `計${n}${word}`,
  total: (n, word) => `合計${n}${word}`,
  relisted: (n) => `（うち再掲${n}）`,
  indicators: (n) => `指標${n}`,
  expandAll: 'すべて開く',
  collapseAll: 'すべて閉じる',
  filters: '絞り込み',
  keyword: 'キーワード',
  keywordHint: '名称・番号・担当課から探します（全角・半角は区別しません）',
  department: '担当課',
  goal: 'SDGs',
  goalName: (g) => `ゴール${g}`,
  fiveLess: '5レス',
  status: '評価',
  state: '状況',
  any: 'すべて',
  clear: '条件をクリア',
  results: (n) => `${n}件が一致しました`,
  noResults: '一致する項目はありません',
  matchesShown: '一致',
  expand: '開く',
  collapse: '閉じる',
  detail: '詳細',
  back: '一覧に戻る',
  selectHint: '項目を選ぶと詳細を表示します',
  path: '位置',
  level: '階層',
  category: '区分',
  departments: '所管課',
  summary: '事業概要',
  vision: '目指す姿',
  description: '説明',
  focusAreas: '重点項目',
  marks: { yes: '該当', no: '非該当', unknown: '未設定' },
  sdgs: 'SDGs',
  disclosure: '情報公開',
  cityWebsite: '市ウェブサイト',
  otherMeans: 'その他',
  pages: '掲載ページ',
  actionPlan: '行動計画',
  activity: '取組内容',
  continues: '（継続）',
  indicatorList: '指標・目標値',
  baseline: '基準値',
  latest: '実績値',
  target: '目標値',
  comparator: { atLeast: '以上', atMost: '以下', equal: '', approximately: '程度' },
  assessments: '評価',
  plan: '計画',
  result: '実績',
  links: '関連リンク',
  notes: '注記',
  documentNotes: (n) => `この文書の注記（${n}件）`,
  reportYear: (y) => `${y}の報告`,
  finalPart: '計画期間の評価',
  gradesByDepartment: '所属ごとの評語',
  source: '出典',
  sourcePlace: { page: (p) => `${p}ページ`, table: (t) => t, line: (l) => l },
  period: (s, e) => `${s}〜${e}`,
  valueAt: (v, when) => `${v}（${when}）`,
  gradesBy: '：',
  graderSep: ' ／ ',
  noDetail: 'この項目には詳しい情報がありません',
  children: '内訳',
  roles: { lead: '所管', coordinating: '取りまとめ', member: '関係課' },
};

const en: PlanTreeStrings = {
  treeLabel: (title) => `Structure of ${title}`,
  levelCounts: 'Items per level',
  subtotal: (n, word) => `${n} ${word}`,
  total: (n, word) => `Total ${n} ${word}`,
  relisted: (n) => ` (${n} re-listed)`,
  indicators: (n) => `${n} indicator${n === '1' ? '' : 's'}`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  filters: 'Filter',
  keyword: 'Keyword',
  keywordHint: 'Searches names, numbers and departments (full-width and half-width alike)',
  department: 'Department',
  goal: 'SDGs',
  goalName: (g) => `Goal ${g}`,
  fiveLess: '5-less',
  status: 'Assessment',
  state: 'Status',
  any: 'All',
  clear: 'Clear filters',
  results: (n) => `${n} matching item${n === '1' ? '' : 's'}`,
  noResults: 'No items match',
  matchesShown: 'Match',
  expand: 'Expand',
  collapse: 'Collapse',
  detail: 'Details',
  back: 'Back to the list',
  selectHint: 'Select an item to see its details',
  path: 'Location',
  level: 'Level',
  category: 'Category',
  departments: 'Responsible departments',
  summary: 'Summary',
  vision: 'Vision',
  description: 'Description',
  focusAreas: 'Focus areas',
  marks: { yes: 'Applies', no: 'Does not apply', unknown: 'Not set' },
  sdgs: 'SDGs',
  disclosure: 'Disclosure',
  cityWebsite: 'City website',
  otherMeans: 'Other means',
  pages: 'Web pages',
  actionPlan: 'Action plan',
  activity: 'Activity',
  continues: ' (continues)',
  indicatorList: 'Indicators and targets',
  baseline: 'Baseline',
  latest: 'Latest',
  target: 'Target',
  comparator: { atLeast: ' or more', atMost: ' or less', equal: '', approximately: ' or so' },
  assessments: 'Assessment',
  plan: 'Plan',
  result: 'Result',
  links: 'Related links',
  notes: 'Notes',
  documentNotes: (n) => `Notes on this document (${n})`,
  reportYear: (y) => `Report for ${y}`,
  finalPart: 'For the whole plan period',
  gradesByDepartment: 'Grades by department',
  source: 'Source',
  sourcePlace: { page: (p) => `p. ${p}`, table: (t) => t, line: (l) => l },
  period: (s, e) => `${s}–${e}`,
  valueAt: (v, when) => `${v} (${when})`,
  gradesBy: ': ',
  graderSep: '; ',
  noDetail: 'No further details are given for this item',
  children: 'Breakdown',
  roles: { lead: 'lead', coordinating: 'coordinating', member: 'member' },
};

export const PLAN_TREE_STRINGS: Record<Lang, PlanTreeStrings> = { ja, en };
