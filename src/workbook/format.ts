/**
 * The workbook format, declared once: which sheets, which columns, in which order, with their
 * Japanese header, English name, the JSON field each column holds and how a cell is read.
 * Export, import, the template, the 使い方 sheet and docs/workbook.md all follow these tables.
 *
 * Adding a schema field is one line in the right table: { ja, en, path, kind }.
 * tests/workbook/format.test.mjs fails when a field of the zod shapes has no column.
 */
import type { Choice } from './cells.js';

export type Kind =
  | 'text' // free text; empty cell = field absent
  | 'textRequired' // free text that must exist on the row (an empty cell is "")
  | 'id'
  | 'number' // a plain number (scale bounds, rank)
  | 'int'
  | 'value' // a figure: number, or 「—」 for a value the source does not give (null)
  | 'fy' // a fiscal year: 2023, 2023年度, 令和5年度
  | 'fyList' // fiscal years, one per line or separated by 、
  | 'bool' // ○ / × ; empty = unknown
  | 'date' // 2024, 2024-03, 2024-03-31
  | 'list' // texts separated by 、 or one per line (SDGs codes)
  | 'choice' // one of `choices`, shown in Japanese
  | 'level' // a level of the tree, by its name (or id)
  | 'departments' // departments, separated by 、, each optionally with （役割: …; 表記: …; 係: …; ID: …）
  | 'restated'; // other values in the same cell: one per line, 「1215（注記）」

export interface Column {
  /** The header as printed in row 1 (Japanese). */
  ja: string;
  /** The English name: in docs/workbook.md, in the header cell's note, and accepted as a header. */
  en: string;
  /** Where the value goes in the row's record, dotted: 'target.value'. */
  path: string;
  kind: Kind;
  choices?: readonly Choice[];
  width?: number;
  /** 指標 sheet only: the column belongs to the indicator row, the series row (小6 / 中3) or both. */
  scope?: 'indicator' | 'series' | 'both';
  /** The row is identified by this column (an id or a parent reference): not a schema field. */
  key?: true;
}

export const KIND_CHOICES: readonly Choice[] = [
  { value: 'plan', ja: '計画' },
  { value: 'report', ja: '実施報告' },
  { value: 'evaluation', ja: '評価' },
  { value: 'audit', ja: '監査' },
];
export const DIRECTION_CHOICES: readonly Choice[] = [
  { value: 'increase', ja: '高いほど良い' },
  { value: 'decrease', ja: '低いほど良い' },
  { value: 'maintain', ja: '維持' },
];
export const COMPARATOR_CHOICES: readonly Choice[] = [
  { value: 'atLeast', ja: '以上' },
  { value: 'atMost', ja: '以下' },
  { value: 'equal', ja: '同値' },
  { value: 'approximately', ja: '程度' },
];
export const SCALE_KIND_CHOICES: readonly Choice[] = [
  { value: 'grade', ja: '評語' },
  { value: 'level', ja: '段階' },
  { value: 'arrow', ja: '矢印' },
  { value: 'status', ja: '状態' },
];
export const STATUS_CHOICES: readonly Choice[] = [
  { value: 'achieved', ja: '達成' },
  { value: 'onTrack', ja: '順調' },
  { value: 'flat', ja: '横ばい' },
  { value: 'behind', ja: '遅れ' },
  { value: 'offTrack', ja: '遠ざかる' },
  { value: 'done', ja: '完了' },
  { value: 'notApplicable', ja: '対象外' },
  { value: 'unknown', ja: '不明' },
];
export const ROLE_CHOICES: readonly Choice[] = [
  { value: 'lead', ja: '所管' },
  { value: 'coordinating', ja: 'とりまとめ' },
  { value: 'member', ja: '関係課' },
];
export const WEB_PAGE_KINDS: readonly Choice[] = [
  { value: 'disclosure', ja: '情報公開' },
  { value: 'link', ja: '関連リンク' },
];
export const VALUE_KINDS: readonly Choice[] = [
  { value: 'observation', ja: '実績' },
  { value: 'baseline', ja: '基準値' },
  { value: 'target', ja: '目標' },
];
export const NOTE_OWNERS: readonly Choice[] = [
  { value: 'document', ja: '文書' },
  { value: 'node', ja: '項目' },
  { value: 'indicator', ja: '指標' },
];
/** The 18 field headings a document may rename (schema 1.1 labels), shown by their default words. */
export const LABEL_KEYS: readonly Choice[] = [
  { value: 'summary', ja: '事業概要' },
  { value: 'vision', ja: '目指す姿' },
  { value: 'description', ja: '説明' },
  { value: 'category', ja: '区分' },
  { value: 'departments', ja: '所管課' },
  { value: 'focusAreas', ja: '重点項目' },
  { value: 'sdgs', ja: 'SDGs' },
  { value: 'sdgsNote', ja: 'SDGsの取り組み' },
  { value: 'actionPlan', ja: '行動計画' },
  { value: 'indicators', ja: '指標・目標値' },
  { value: 'fiveLess', ja: '5レス' },
  { value: 'plan', ja: '計画（評価）' },
  { value: 'result', ja: '取組状況・実績（評価）' },
  { value: 'text', ja: '評価の文章（評価）' },
  { value: 'value', ja: '評語（評価）' },
  { value: 'finalText', ja: '期間の総括' },
  { value: 'finalValue', ja: '最終評価' },
  { value: 'notes', ja: '注記' },
];
/** The 対象 cell of 欄の見出し that means the whole document (any other value is a level id). */
export const LABEL_ON_DOCUMENT = '文書';

const FIVE_LESS = [
  ['counter', 'カウンターレス', 'Counterless'],
  ['cash', 'キャッシュレス', 'Cashless'],
  ['paper', 'ペーパーレス', 'Paperless'],
  ['file', 'ファイルレス', 'Fileless'],
  ['move', 'ムーブ（会議）レス', 'Move(meeting)less'],
] as const;

/** The sheet names. Japanese, as plan owners read them; the English name is in the docs. */
export const SHEET = {
  howTo: '使い方',
  document: '文書',
  levels: '階層',
  nodes: '項目',
  indicators: '指標',
  assessments: '評価',
  scales: '尺度',
  departments: '所属',
  categories: '区分',
  sources: '出典',
  focusAreas: '重点項目',
  actionPlan: '行動計画',
  webPages: 'ウェブページ',
  valueDetails: '値の詳細',
  notes: '注記',
  labels: '欄の見出し',
  grades: '所属ごとの評語',
} as const;
export type SheetKey = keyof typeof SHEET;

export const SHEET_EN: Record<SheetKey, string> = {
  howTo: 'How to use',
  document: 'Document',
  levels: 'Levels',
  nodes: 'Items',
  indicators: 'Indicators',
  assessments: 'Assessments',
  scales: 'Scales',
  departments: 'Departments',
  categories: 'Categories',
  sources: 'Sources',
  focusAreas: 'Focus areas',
  actionPlan: 'Action plan',
  webPages: 'Web pages',
  valueDetails: 'Value details',
  notes: 'Notes',
  labels: 'Field labels',
  grades: 'Department grades',
};

/** Sheets without which no document can be made. The others may be left out. */
export const REQUIRED_SHEETS: readonly SheetKey[] = ['document', 'levels', 'nodes'];

/** 文書: one label/value row per fact of the document (column A label, column B value). */
export const DOCUMENT_ROWS: readonly Column[] = [
  { ja: '名称', en: 'Title', path: 'title', kind: 'text' },
  { ja: '自治体', en: 'Municipality', path: 'municipality', kind: 'text' },
  { ja: '自治体コード', en: 'Municipality code', path: 'municipalityCode', kind: 'text' },
  { ja: '担当部署', en: 'Publisher', path: 'publisher', kind: 'text' },
  { ja: '種類', en: 'Kind', path: 'kind', kind: 'choice', choices: KIND_CHOICES },
  { ja: '計画期間（開始年度）', en: 'Period start', path: 'period.start', kind: 'fy' },
  { ja: '計画期間（終了年度）', en: 'Period end', path: 'period.end', kind: 'fy' },
  { ja: 'データの時点', en: 'As of', path: 'asOf', kind: 'date' },
  { ja: '報告の年度', en: 'Report year', path: 'reportYear', kind: 'fy' },
  { ja: '説明', en: 'Description', path: 'description', kind: 'text' },
  { ja: '文書ID', en: 'Document id', path: 'id', kind: 'id' },
  { ja: 'スキーマの版', en: 'Schema version', path: 'schemaVersion', kind: 'text' },
  { ja: 'JSON Schema の URL', en: '$schema', path: '$schema', kind: 'text' },
  ...FIVE_LESS.flatMap(([key, ja, en]) => [
    { ja: `5レスの定義: ${ja}（名前）`, en: `5レス definition: ${en} (name)`, path: `fiveLess.${key}.name`, kind: 'text' as const },
    { ja: `5レスの定義: ${ja}（説明）`, en: `5レス definition: ${en} (description)`, path: `fiveLess.${key}.description`, kind: 'text' as const },
  ]),
];

export const LEVEL_COLUMNS: readonly Column[] = [
  { ja: '階層ID', en: 'Level id', path: 'id', kind: 'id', width: 14 },
  { ja: '階層の名前', en: 'Name', path: 'name', kind: 'text', width: 20 },
  { ja: '助数詞', en: 'Counter word', path: 'counter', kind: 'text', width: 10 },
];

export const NODE_COLUMNS: readonly Column[] = [
  { ja: '親ID', en: 'Parent id', path: '@parent', kind: 'id', width: 12, key: true },
  { ja: 'ID', en: 'Id', path: 'id', kind: 'id', width: 12 },
  { ja: '階層', en: 'Level', path: 'level', kind: 'level', width: 14 },
  { ja: '番号', en: 'Number', path: 'number', kind: 'text', width: 7 },
  { ja: '名称', en: 'Title', path: 'title', kind: 'text', width: 40 },
  { ja: '所管課', en: 'Departments', path: 'departments', kind: 'departments', width: 24 },
  { ja: '区分', en: 'Category', path: 'category', kind: 'text', width: 8 },
  { ja: '再掲元ID', en: 'Re-listed from (id)', path: 'relistOf', kind: 'id', width: 10 },
  ...FIVE_LESS.map(([key, ja, en]) => ({ ja, en, path: `fiveLess.${key}`, kind: 'bool' as const, width: 8 })),
  { ja: 'SDGs', en: 'SDGs codes', path: 'sdgs', kind: 'list', width: 14 },
  { ja: 'SDGsの取り組み', en: 'SDGs activity', path: 'sdgsNote', kind: 'text', width: 20 },
  { ja: '事業概要', en: 'Summary', path: 'summary', kind: 'text', width: 40 },
  { ja: '目指す姿', en: 'Vision', path: 'vision', kind: 'text', width: 30 },
  { ja: '説明', en: 'Description', path: 'description', kind: 'text', width: 30 },
  { ja: '市ウェブサイトで公開', en: 'Published on the city website', path: 'disclosure.cityWebsite', kind: 'bool', width: 8 },
  { ja: 'その他の方法で公開', en: 'Published by other means', path: 'disclosure.other', kind: 'bool', width: 8 },
  { ja: 'その他の公開方法', en: 'The other means', path: 'disclosure.otherText', kind: 'text', width: 16 },
  { ja: '行動計画の年度', en: 'Action plan years', path: 'actionPlan.years', kind: 'fyList', width: 14 },
  { ja: '出典ID', en: 'Source id', path: 'source.source', kind: 'id', width: 10 },
  { ja: '出典のページ', en: 'Source page', path: 'source.page', kind: 'text', width: 8 },
  { ja: '出典の表', en: 'Source table', path: 'source.table', kind: 'text', width: 8 },
  { ja: '出典の行', en: 'Source line', path: 'source.line', kind: 'text', width: 8 },
];

/**
 * 指標: one row per indicator, then one row per sub-series (小6 / 中3) with the same 指標ID.
 * After these columns come the fiscal years (2016年度, 2017年度 …): one column each.
 */
export const INDICATOR_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id (empty: document-wide)', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '指標ID', en: 'Indicator id', path: 'id', kind: 'id', width: 12, scope: 'indicator' },
  { ja: '指標名', en: 'Indicator name', path: 'name', kind: 'text', width: 36, scope: 'indicator' },
  { ja: '系列名', en: 'Series name (小6, 中3…)', path: 'name', kind: 'text', width: 8, scope: 'series' },
  { ja: '系列ID', en: 'Series id', path: 'id', kind: 'id', width: 8, scope: 'series' },
  { ja: '単位', en: 'Unit', path: 'unit', kind: 'text', width: 7, scope: 'both' },
  { ja: '小数の桁数', en: 'Decimals', path: 'decimals', kind: 'int', width: 6, scope: 'both' },
  { ja: '方向', en: 'Direction', path: 'direction', kind: 'choice', choices: DIRECTION_CHOICES, width: 12, scope: 'indicator' },
  { ja: '基準年度', en: 'Baseline fiscal year', path: 'baseline.fiscalYear', kind: 'fy', width: 8, scope: 'both' },
  { ja: '基準値の呼び名', en: 'Baseline label', path: 'baseline.label', kind: 'text', width: 10, scope: 'both' },
  { ja: '基準値', en: 'Baseline', path: 'baseline.value', kind: 'value', width: 10, scope: 'both' },
  { ja: '目標年度', en: 'Target fiscal year', path: 'target.fiscalYear', kind: 'fy', width: 8, scope: 'both' },
  { ja: '目標値', en: 'Target', path: 'target.value', kind: 'value', width: 10, scope: 'both' },
  { ja: '以上・以下', en: 'Comparator', path: 'target.comparator', kind: 'choice', choices: COMPARATOR_CHOICES, width: 8, scope: 'both' },
  { ja: '目標の文言', en: 'Target in words', path: 'target.text', kind: 'text', width: 20, scope: 'both' },
  { ja: '進捗状況', en: 'Trend mark', path: 'trend.value', kind: 'text', width: 6, scope: 'both' },
  { ja: '進捗の尺度ID', en: 'Trend scale id', path: 'trend.scale', kind: 'id', width: 8, scope: 'both' },
  { ja: '進捗の年度', en: 'Trend fiscal year', path: 'trend.fiscalYear', kind: 'fy', width: 8, scope: 'both' },
  { ja: '担当所属', en: 'Departments', path: 'departments', kind: 'departments', width: 20, scope: 'indicator' },
  { ja: '説明', en: 'Description', path: 'description', kind: 'text', width: 30, scope: 'indicator' },
  { ja: '実施状況・増減理由', en: 'Explanation', path: 'explanation', kind: 'text', width: 30, scope: 'indicator' },
  { ja: '見直し時に追加', en: 'Added at review', path: 'addedAtReview', kind: 'bool', width: 8, scope: 'indicator' },
  { ja: '出典ID', en: 'Source id', path: 'source', kind: 'id', width: 8, scope: 'indicator' },
];

/** How a fiscal-year column is headed; 令和5年度, FY2023 and a bare 2023 are read too. */
export const fiscalYearHeader = (year: number) => `${year}年度`;

/** 値の詳細: what a figure carries besides its number (label 策定時, printed text, 約, note, date, restated). */
export const VALUE_DETAIL_COLUMNS: readonly Column[] = [
  { ja: '指標ID', en: 'Indicator id', path: '@indicator', kind: 'id', width: 12, key: true },
  { ja: '系列名', en: 'Series name', path: '@series', kind: 'text', width: 8, key: true },
  { ja: '種類', en: 'Which value', path: '@which', kind: 'choice', choices: VALUE_KINDS, width: 8, key: true },
  { ja: '年度', en: 'Fiscal year', path: '@year', kind: 'fy', width: 8, key: true },
  { ja: '呼び名', en: 'Label (策定時, 見直し時…)', path: 'label', kind: 'text', width: 10 },
  { ja: '印字どおりの表記', en: 'As printed', path: 'text', kind: 'text', width: 20 },
  { ja: '約', en: 'Approximate', path: 'approximate', kind: 'bool', width: 5 },
  { ja: '時点', en: 'Date', path: 'date', kind: 'date', width: 10 },
  { ja: '併記された値', en: 'Restated values', path: 'restated', kind: 'restated', width: 20 },
  { ja: '注記', en: 'Note', path: 'note', kind: 'text', width: 30 },
];

export const ASSESSMENT_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '年度', en: 'Fiscal year', path: 'fiscalYear', kind: 'fy', width: 8 },
  { ja: '期間（開始年度）', en: 'Period start', path: 'period.start', kind: 'fy', width: 8 },
  { ja: '期間（終了年度）', en: 'Period end', path: 'period.end', kind: 'fy', width: 8 },
  { ja: '尺度ID', en: 'Scale id', path: 'scale', kind: 'id', width: 10 },
  { ja: '評語', en: 'Grade', path: 'value', kind: 'text', width: 6 },
  { ja: '評価した所属', en: 'Departments', path: 'departments', kind: 'departments', width: 20 },
  { ja: '計画', en: 'Plan', path: 'plan', kind: 'text', width: 30 },
  { ja: '取組状況・実績', en: 'Result', path: 'result', kind: 'text', width: 30 },
  { ja: '評価の文章', en: 'Text', path: 'text', kind: 'text', width: 30 },
  { ja: '期間の評価: 開始年度', en: 'Final: period start', path: 'final.period.start', kind: 'fy', width: 8 },
  { ja: '期間の評価: 終了年度', en: 'Final: period end', path: 'final.period.end', kind: 'fy', width: 8 },
  { ja: '期間の評価: 尺度ID', en: 'Final: scale id', path: 'final.scale', kind: 'id', width: 10 },
  { ja: '最終評価', en: 'Final grade', path: 'final.value', kind: 'text', width: 6 },
  { ja: '総括', en: 'Final text', path: 'final.text', kind: 'text', width: 30 },
  { ja: '出典ID', en: 'Source id', path: 'source.source', kind: 'id', width: 10 },
  { ja: 'ページ', en: 'Source page', path: 'source.page', kind: 'text', width: 6 },
  { ja: '表', en: 'Source table', path: 'source.table', kind: 'text', width: 8 },
  { ja: '行', en: 'Source line', path: 'source.line', kind: 'text', width: 8 },
];

/**
 * 所属ごとの評語: grades given per department on a shared text (schema 1.1 grades). 評価の番号 names
 * the assessment: 1 for the item's first row on 評価, 2 for its second … (explicit, never by position).
 */
export const GRADE_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '評価の番号', en: 'Assessment number', path: '@assessment', kind: 'int', width: 6, key: true },
  { ja: '所属', en: 'Departments', path: 'departments', kind: 'departments', width: 24 },
  { ja: '尺度ID', en: 'Scale id (empty: the assessment’s)', path: 'scale', kind: 'id', width: 10 },
  { ja: '評語', en: 'Grade', path: 'value', kind: 'text', width: 6 },
  { ja: '文章', en: 'Text', path: 'text', kind: 'text', width: 40 },
];

/** 欄の見出し: one row per heading the source prints in place of mieruka's default word. */
export const LABEL_COLUMNS: readonly Column[] = [
  { ja: '対象', en: 'On (文書, or a level id)', path: '@on', kind: 'text', width: 12, key: true },
  { ja: '欄', en: 'Field', path: '@field', kind: 'choice', choices: LABEL_KEYS, width: 22, key: true },
  { ja: '見出し', en: 'Heading as printed', path: '@text', kind: 'textRequired', width: 24, key: true },
];

/** 尺度: one row per level of a scale; the scale's own columns are read from its first row. */
export const SCALE_COLUMNS: readonly Column[] = [
  { ja: '尺度ID', en: 'Scale id', path: '@scale.id', kind: 'id', width: 10, key: true },
  { ja: '尺度の名前', en: 'Scale name', path: '@scale.name', kind: 'text', width: 14, key: true },
  { ja: '尺度の種類', en: 'Scale kind', path: '@scale.kind', kind: 'choice', choices: SCALE_KIND_CHOICES, width: 8, key: true },
  { ja: '範囲の単位', en: 'Unit of bounds', path: '@scale.unit', kind: 'text', width: 6, key: true },
  { ja: '尺度の説明', en: 'Scale description', path: '@scale.description', kind: 'text', width: 20, key: true },
  { ja: '評語', en: 'Grade', path: 'value', kind: 'text', width: 6 },
  { ja: '評語の言葉', en: 'Wording', path: 'label', kind: 'text', width: 20 },
  { ja: '意味の説明', en: 'Meaning', path: 'description', kind: 'text', width: 30 },
  { ja: '下限（含む）', en: 'Lower bound (inclusive)', path: 'min', kind: 'number', width: 8 },
  { ja: '上限（含まない）', en: 'Upper bound (exclusive)', path: 'max', kind: 'number', width: 8 },
  { ja: '順位', en: 'Rank (higher is better)', path: 'rank', kind: 'number', width: 6 },
  { ja: 'mieruka での意味', en: 'Status', path: 'status', kind: 'choice', choices: STATUS_CHOICES, width: 10 },
];

export const DEPARTMENT_COLUMNS: readonly Column[] = [
  { ja: '所属ID', en: 'Department id', path: 'id', kind: 'id', width: 12 },
  { ja: '名称', en: 'Name', path: 'name', kind: 'text', width: 24 },
  { ja: '上位の所属ID', en: 'Parent id', path: 'parent', kind: 'id', width: 12 },
];

export const CATEGORY_COLUMNS: readonly Column[] = [
  { ja: '区分', en: 'Category', path: 'value', kind: 'text', width: 10 },
  { ja: '説明', en: 'Description', path: 'description', kind: 'text', width: 40 },
];

export const SOURCE_COLUMNS: readonly Column[] = [
  { ja: '出典ID', en: 'Source id', path: 'id', kind: 'id', width: 10 },
  { ja: '資料名', en: 'Title', path: 'title', kind: 'text', width: 36 },
  { ja: '発行者', en: 'Publisher', path: 'publisher', kind: 'text', width: 14 },
  { ja: '日付', en: 'Date', path: 'date', kind: 'date', width: 10 },
  { ja: 'URL', en: 'URL', path: 'url', kind: 'text', width: 30 },
  { ja: '説明', en: 'Description', path: 'description', kind: 'text', width: 40 },
];

export const FOCUS_AREA_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '番号', en: 'Number', path: 'number', kind: 'text', width: 6 },
  { ja: '内容', en: 'Text', path: 'text', kind: 'textRequired', width: 50 },
];

/** 行動計画: one row per cell of the plan; 行 numbers the plan's rows (1, 2 …) within the item. */
export const ACTION_PLAN_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '行', en: 'Row', path: '@row', kind: 'int', width: 4, key: true },
  { ja: '取組内容', en: 'Activity', path: '@item', kind: 'textRequired', width: 30, key: true },
  { ja: '開始年度', en: 'First fiscal year', path: 'start', kind: 'fy', width: 8 },
  { ja: '終了年度', en: 'Last fiscal year', path: 'end', kind: 'fy', width: 8 },
  { ja: '内容', en: 'Text', path: 'text', kind: 'textRequired', width: 40 },
  { ja: '継続（➔）', en: 'Continues (➔)', path: 'continues', kind: 'bool', width: 6 },
];

export const WEB_PAGE_COLUMNS: readonly Column[] = [
  { ja: '項目ID', en: 'Item id', path: '@owner', kind: 'id', width: 10, key: true },
  { ja: '種類', en: 'Kind', path: '@kind', kind: 'choice', choices: WEB_PAGE_KINDS, width: 10, key: true },
  { ja: 'ページ名', en: 'Title', path: 'title', kind: 'text', width: 30 },
  { ja: 'URL', en: 'URL', path: 'url', kind: 'text', width: 40 },
];

export const NOTE_COLUMNS: readonly Column[] = [
  { ja: '対象', en: 'On', path: '@on', kind: 'choice', choices: NOTE_OWNERS, width: 8, key: true },
  { ja: 'ID', en: 'Id', path: '@id', kind: 'id', width: 12, key: true },
  { ja: '注記', en: 'Note', path: '@text', kind: 'textRequired', width: 80, key: true },
];

/** The table sheets in workbook order (文書 and 使い方 are laid out apart). */
export const TABLES: ReadonlyArray<readonly [SheetKey, readonly Column[]]> = [
  ['levels', LEVEL_COLUMNS],
  ['nodes', NODE_COLUMNS],
  ['indicators', INDICATOR_COLUMNS],
  ['assessments', ASSESSMENT_COLUMNS],
  ['grades', GRADE_COLUMNS],
  ['scales', SCALE_COLUMNS],
  ['departments', DEPARTMENT_COLUMNS],
  ['categories', CATEGORY_COLUMNS],
  ['sources', SOURCE_COLUMNS],
  ['focusAreas', FOCUS_AREA_COLUMNS],
  ['actionPlan', ACTION_PLAN_COLUMNS],
  ['webPages', WEB_PAGE_COLUMNS],
  ['valueDetails', VALUE_DETAIL_COLUMNS],
  ['notes', NOTE_COLUMNS],
  ['labels', LABEL_COLUMNS],
];

export const DEFAULT_LEVELS = ['重点推進目標', '取組事項', '実施計画'];

/** Limits that keep a hostile file from freezing the page or the CLI (docs/workbook.md). */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** All parts of the file once unpacked: a zip bomb stops here, before the spreadsheet library sees it. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Rows in one sheet (a 10,000-plan workbook has about 10,000). */
  rows: 100_000,
  /** Columns in one sheet. */
  columns: 500,
} as const;

/** Dotted path get/set on plain records; set creates the objects on the way. */
export function getPath(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = record;
  for (const key of keys.slice(0, -1)) {
    const next = o[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) o[key] = {};
    o = o[key] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]!] = value;
}

/**
 * Where each object of the schema keeps its fields in the workbook: the columns of a table
 * (optionally under a path prefix), and the fields carried elsewhere (another sheet, a column
 * per fiscal year, or a cell syntax). tests/workbook/format.test.mjs reads every zod shape and
 * fails when a field is in neither — add its column above, or say here where it lives.
 */
export const SCHEMA_COVERAGE: ReadonlyArray<{ schema: string; columns: readonly Column[]; prefix?: string; scope?: 'indicator' | 'series'; elsewhere?: Record<string, string> }> = [
  { schema: 'MierukaDocument', columns: DOCUMENT_ROWS, elsewhere: { levels: SHEET.levels, nodes: SHEET.nodes, indicators: SHEET.indicators, departments: SHEET.departments, scales: SHEET.scales, categories: SHEET.categories, sources: SHEET.sources, notes: SHEET.notes, labels: SHEET.labels } },
  { schema: 'FiscalPeriod', columns: DOCUMENT_ROWS, prefix: 'period.' },
  { schema: 'FiveLessDefinitions', columns: DOCUMENT_ROWS, prefix: 'fiveLess.' },
  { schema: 'FiveLessDefinition', columns: DOCUMENT_ROWS, prefix: 'fiveLess.counter.' },
  { schema: 'Level', columns: LEVEL_COLUMNS, elsewhere: { labels: SHEET.labels } },
  { schema: 'FieldLabels', columns: [], elsewhere: Object.fromEntries(LABEL_KEYS.map((k) => [k.value, `${SHEET.labels}: 欄`])) },
  { schema: 'PlanNode', columns: NODE_COLUMNS, elsewhere: { children: '親ID', indicators: SHEET.indicators, assessments: SHEET.assessments, focusAreas: SHEET.focusAreas, links: SHEET.webPages, notes: SHEET.notes } },
  { schema: 'FiveLess', columns: NODE_COLUMNS, prefix: 'fiveLess.' },
  { schema: 'Disclosure', columns: NODE_COLUMNS, prefix: 'disclosure.', elsewhere: { pages: SHEET.webPages } },
  { schema: 'ActionPlan', columns: NODE_COLUMNS, prefix: 'actionPlan.', elsewhere: { rows: SHEET.actionPlan } },
  { schema: 'ActionPlanRow', columns: [], elsewhere: { item: '取組内容', cells: SHEET.actionPlan } },
  { schema: 'ActionPlanCell', columns: ACTION_PLAN_COLUMNS },
  { schema: 'FocusArea', columns: FOCUS_AREA_COLUMNS },
  { schema: 'WebPage', columns: WEB_PAGE_COLUMNS },
  { schema: 'SourceRef', columns: NODE_COLUMNS, prefix: 'source.' },
  { schema: 'Indicator', columns: INDICATOR_COLUMNS, scope: 'indicator', elsewhere: { series: '系列名', observations: '年度の列', notes: SHEET.notes } },
  { schema: 'IndicatorSeries', columns: INDICATOR_COLUMNS, scope: 'series', elsewhere: { observations: '年度の列' } },
  { schema: 'Observation', columns: VALUE_DETAIL_COLUMNS, elsewhere: { fiscalYear: '年度の列', value: '年度の列' } },
  { schema: 'Target', columns: [...INDICATOR_COLUMNS, ...VALUE_DETAIL_COLUMNS.map((c) => ({ ...c, path: `target.${c.path}` }))], prefix: 'target.' },
  { schema: 'Trend', columns: INDICATOR_COLUMNS, prefix: 'trend.' },
  { schema: 'Restatement', columns: [], elsewhere: { value: '併記された値「1215（注記）」', note: '併記された値「1215（注記）」' } },
  { schema: 'Assessment', columns: ASSESSMENT_COLUMNS, elsewhere: { grades: SHEET.grades } },
  { schema: 'PeriodAssessment', columns: ASSESSMENT_COLUMNS, prefix: 'final.' },
  { schema: 'DepartmentGrade', columns: GRADE_COLUMNS },
  { schema: 'Scale', columns: SCALE_COLUMNS, prefix: '@scale.', elsewhere: { levels: SHEET.scales } },
  { schema: 'ScaleLevel', columns: SCALE_COLUMNS },
  { schema: 'Department', columns: DEPARTMENT_COLUMNS },
  { schema: 'DepartmentRef', columns: [], elsewhere: { name: '所管課', role: '（役割: …）', roleLabel: '（表記: …）', unit: '（係: …）', id: '（ID: …）' } },
  { schema: 'CategoryDefinition', columns: CATEGORY_COLUMNS },
  { schema: 'Source', columns: SOURCE_COLUMNS },
];
