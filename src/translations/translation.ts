import type { Comparator, Direction, FiveLessKey, Status } from '../../data-schema/index.js';

/**
 * The one typed translation of the whole library (Shoelace's model): every interface string of
 * the core and of every element. One file per language, `ja.ts` and `en.ts`, each exporting one
 * named section per element plus `core` (`export const kpiGauge = {…} satisfies
 * Translation['kpiGauge']`), so that a bundle keeps only the sections its elements import. The
 * Japanese sections are imported statically; English is loaded on demand (src/core/i18n.ts). The
 * compiler tells a translator what is missing.
 */
export interface Translation {
  core: CoreStrings;
  kpiGauge: GaugeStrings;
  planTree: PlanTreeStrings;
  fiveLess: FiveLessStrings;
  sdgsBadges: SdgsBadgesStrings;
  trendTable: TrendTableStrings;
  progressSummary: SummaryStrings;
  placeholders: PlaceholderStrings;
}

/** Where SDGs codes were given as attributes. */
export type CodeAttribute = 'targets' | 'goals';

/** What every element shares: loading, alerts, fiscal years, statuses, values with units. */
export interface CoreStrings {
  loading: string;
  updated: (time: string) => string;
  stale: (time: string) => string;
  errorTitle: string;
  errors: {
    /** 404 and 410: the URL or the file's place. */
    notFound: (status: number) => string;
    /** 401 and 403: access rights. */
    forbidden: (status: number) => string;
    /** 5xx: the server; try later. */
    server: (status: number) => string;
    /** Any other status. */
    http: (status: number) => string;
    network: string;
    cors: string;
    timeout: (seconds: number) => string;
    empty: string;
    truncated: (line: number, column: number) => string;
    notJson: (line: number, column: number) => string;
    html: string;
    schema: (count: number) => string;
    moreProblems: (count: number) => string;
    unknownNode: (id: string) => string;
    unknownIndicator: (id: string) => string;
    didYouMean: (ids: string) => string;
    noSource: string;
  };
  fiscalYear: (year: string) => string;
  fiscalYearWithEra: (year: string, era: string) => string;
  empty: string;
  noValue: string;
  /** A formatted number with its unit, as the language writes it: 約1,283人 / about 1,283 people. */
  value: (number: string, unit: string, approximate: boolean) => string;
  /** The word for each status (the symbol and colour are in core/status.ts). */
  status: Record<Status, string>;
  /** A `status` attribute that names no status; `keys`, the statuses it may name, joined as the language lists. */
  invalidStatus: (value: string, keys: string) => string;
  /** What a `status` filter that leaves nothing says. */
  noMatch: string;
  /** The visible marker of note n: ※1 / [1]. */
  noteMarker: (n: number) => string;
  /** What a follower announces when another element narrows it, or stops narrowing it. */
  narrowed: (what: string) => string;
  cleared: string;
}

/** What the loader says of a `data-mieruka` placeholder naming no element. */
export interface PlaceholderStrings {
  unknown: (value: string, names: string) => string;
}

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
  /** When a value was taken, with the source's label for it: 2016年度（策定時） / FY2016 (策定時). */
  when: (time: string, label: string) => string;
  /** Appended (visually hidden) to "values by fiscal year" so each disclosure names its indicator. */
  of: (name: string) => string;
  fiscalYear: string;
  value: string;
  notes: string;
  missing: string;
  seriesCount: (n: number) => string;
  indicators: (n: number) => string;
  /** Said once where a document (or the chosen item) has no indicators at all. */
  noIndicators: (inItem: boolean) => string;
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
  /** The item sheet's code could not be fetched (offline since the page loaded). */
  sheetFailed: string;
  retry: string;
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
  /** Between an assessment's title and where it is printed (its source). */
  placeSep: string;
  noDetail: string;
  children: string;
  roles: { lead: string; coordinating: string; member: string };
}

export interface FiveLessStrings {
  /** The table's caption: what it shows, and for which part of the plan. */
  caption: (scope: string) => string;
  /** The scope in the caption: the document or node title and how many plans. */
  scope: (title: string, n: string, counter: string) => string;
  /** A pause between pieces read together (visually hidden). */
  sep: string;
  /** Label of the summary (the bars per category). */
  summary: string;
  /** One category's count in the summary: 「5 / 16計画」. */
  count: (applies: string, total: string, counter: string) => string;
  /** Plans whose mark is unknown, counted apart: 「未設定 4」. */
  unknownCount: (n: string) => string;
  applies: string;
  notApplies: string;
  unknown: string;
  /** The legend above the table. */
  legend: string;
  total: string;
  grandTotal: string;
  sort: string;
  sortedDescending: string;
  sortedAscending: string;
  sortedNone: string;
  /** The phone layout's sort switch. */
  sortMost: string;
  definitionOf: (name: string) => string;
  /** The title of the phone list's key to the five categories (their definition buttons). */
  keyTitle: string;
  /** What is shown while a category filters the rows. */
  filtered: (name: string, n: string, counter: string, unknown: string) => string;
  clearFilter: string;
  filterCleared: string;
  /** The chip of a plan with no 5レス data at all. */
  allUnknown: string;
  /** Chip text for one category whose mark is unknown. */
  unknownChip: (name: string) => string;
  /** A plan whose five marks are all known and none applies. */
  none: string;
  /** The label of a plan's chip list. */
  chips: string;
  /** A document whose plans carry no 5レス marks at all. */
  noData: (n: string, counter: string) => string;
  invalidCategory: (value: string) => string;
  /** Under a long matrix built in chunks: how many plans are shown, and its button. */
  showing: (shown: string, total: string, counter: string) => string;
  showMore: (rest: string, counter: string) => string;
  /** The word for the rows when the document names none (「計画」). */
  counter: (documentCounter: string | undefined, n: number) => string;
  /** The heading of the plan column. */
  planColumn: (levelName: string | undefined) => string;
  /** What a category's definition panel says when the document defines it not. */
  noDefinition: string;
  /**
   * The definitions seed 003 prints (表1 5レス): only to show a document that carries exactly this
   * Japanese wording in English. Never shown for a document that defines nothing.
   */
  definitions: Record<FiveLessKey, string>;
}

export interface SdgsBadgesStrings {
  /** 目標11 / Goal 11 */
  goal: (n: string) => string;
  /** （ターゲット11.7、11.b） / (targets 11.7 and 11.b): `codes` joined as the language lists, `count` of them. */
  targets: (codes: string, count: number) => string;
  /** One code quoted in a message: 「11.x」 / “11.x”. */
  quote: (code: string) => string;
  /** 5計画 / 5 of 19 */
  count: (n: string, counter: string | undefined, total: string) => string;
  /** Joins the parts of an accessible name: name, count. */
  then: string;
  /** Label of the list; `title` is the node's title when one was named. */
  list: (title: string | undefined) => string;
  /** Label of the 17-goal grid, with how many goals are present. */
  grid: (present: string, title: string | undefined) => string;
  /** Said of a goal of the grid that the scope does not list. */
  absent: string;
  /** How the counts were made and which level was counted. */
  caption: (levelName: string | undefined, total: string, counter: string | undefined) => string;
  invalidTitle: string;
  /** `codes`: the quoted codes joined as the language lists, `count` of them. */
  invalid: (attribute: CodeAttribute, codes: string, count: number) => string;
  empty: string;
  /** Heading of the list of nodes that list the selected goal. */
  detail: (goal: string, levelName: string | undefined) => string;
}

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
  /** Between the labels of one column (策定時／計画策定時; labels are the document's words). */
  labelSep: string;
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
  /** The export code could not be fetched (offline since the page loaded). */
  exportFailed: string;
  sort: string;
  documentOrder: string;
  ascending: string;
  descending: string;
  sortedBy: (column: string, direction: string) => string;
  unsorted: string;
  noIndicators: string;
}

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
