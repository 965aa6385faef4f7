import type { Comparator } from '../../data-schema/index.js';
import type { Translation } from './translation.js';

// English: loaded on demand (src/core/i18n.ts imports this file dynamically the first time an
// element renders in English), so a Japanese page never fetches it. No full-width brackets or
// Japanese punctuation of its own (tests/translations.test.ts).

const join = (parts: (string | false | undefined)[], sep: string) => parts.filter(Boolean).join(sep);

/** Units that English pages read in English; anything else is shown as the data gives it. */
const ENGLISH_UNITS: Record<string, string> = {
  人: 'people', 件: 'cases', 回: 'times', 点: 'points', 円: 'yen', 千円: 'thousand yen', 億円: '100 million yen',
  か所: 'places', 箇所: 'places', 校: 'schools', 施設: 'facilities', 団体: 'groups', 事業者: 'businesses',
  協定: 'agreements', 世帯: 'households', 講座: 'courses', 時間: 'hours', 日: 'days', 年: 'years',
};

/** Units written without a space after the number in English too. */
const TIGHT_UNITS = new Set(['%', 'g', 'kg', 't', 'km', 'm', '㎡']);

export const core = {
  loading: 'Loading',
  updated: (time) => `Updated with the latest data at ${time}`,
  stale: (time) => `Showing data as of ${time} (the latest data could not be loaded)`,
  errorTitle: 'Cannot display',
  errors: {
    notFound: (status) => `The data file was not found (HTTP ${status}). Check the URL in the src attribute, and the file's folder and name on the server`,
    forbidden: (status) => `Not allowed to read the data file (HTTP ${status}). Check that the file is public, and the server's access settings`,
    server: (status) => `The server with the data had an error (HTTP ${status}). Reload later; if it goes on, contact the server's administrator`,
    http: (status) => `Could not load the data (HTTP ${status}). Check the URL in the src attribute`,
    network: 'Could not load the data (network error). Check the network connection and the server name in the src URL',
    cors: 'The server with the data does not allow this page to read it (CORS: it needs an Access-Control-Allow-Origin header). Ask its administrator to allow this site, or put the file on this site',
    timeout: (s) => `Loading the data did not finish within ${s} seconds (timeout). The server is busy or the file is too large. Reload later, or allow more seconds with the timeout attribute`,
    empty: 'The data file is empty. Check that it was exported and uploaded completely',
    truncated: (l, c) => `The data stops short (it ends at line ${l}, column ${c}). The upload may have been cut off: upload the file again`,
    notJson: (l, c) => `The data is not valid JSON (line ${l}, column ${c}). Check what is written there (npx mieruka validate shows it too)`,
    html: 'An HTML page came back instead of the data. Check that the src URL points at the data file (.json), not at a page that needs a login',
    schema: (n) => (n ? `The data does not follow the format (${n} problem${n === 1 ? '' : 's'})` : 'The data does not follow the format'),
    moreProblems: (n) => `and ${n} more`,
    unknownNode: (id) => `No item with id "${id}"`,
    unknownIndicator: (id) => `No indicator with id "${id}"`,
    didYouMean: (ids) => `Did you mean: ${ids}`,
    noSource: 'No data given (a src attribute, the data property, or a JSON script element)',
  },
  fiscalYear: (y) => `FY${y}`,
  fiscalYearWithEra: (y, era) => `FY${y} (${era})`,
  empty: 'No data',
  noValue: 'no value',
  value: (number, unit, approximate) => {
    // Own properties only: a unit named "constructor" must not find Object's.
    const word = Object.hasOwn(ENGLISH_UNITS, unit) ? ENGLISH_UNITS[unit]! : unit;
    const withUnit = !unit ? number : TIGHT_UNITS.has(unit) ? `${number}${unit}` : `${number} ${word}`;
    return approximate ? `about ${withUnit}` : withUnit;
  },
  status: {
    achieved: 'Target met', onTrack: 'On track', flat: 'No change', behind: 'Behind', offTrack: 'Moving away from target',
    done: 'Done', notApplicable: 'Not applicable', unknown: 'Not assessed',
  },
  invalidStatus: (value, keys) => `The status attribute "${value}" is not one of ${keys}`,
  noMatch: 'No indicator has this status.',
  noteMarker: (n) => `[${n}]`,
  narrowed: (what) => `Narrowed to ${what}`,
  cleared: 'Showing everything again',
} satisfies Translation['core'];

export const placeholders = {
  unknown: (value, names) => `mieruka: there is no widget named "${value}" (data-mieruka). Use one of: ${names}.`,
} satisfies Translation['placeholders'];

export const kpiGauge = {
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
  when: (time, label) => `${time} (${label})`,
  of: (name) => ` (${name})`,
  fiscalYear: 'Fiscal year',
  value: 'Value',
  notes: 'Notes',
  missing: '—',
  seriesCount: (n) => `${n} sub-series`,
  indicators: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  noIndicators: (inItem) => (inItem ? 'This item has no indicators.' : 'This document has no indicators.'),
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
} satisfies Translation['kpiGauge'];

export const planTree = {
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
  sheetFailed: 'Could not load the details (network error).',
  retry: 'Try again',
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
  placeSep: ', ',
  noDetail: 'No further details are given for this item',
  children: 'Breakdown',
  roles: { lead: 'lead', coordinating: 'coordinating', member: 'member' },
} satisfies Translation['planTree'];

/** English nouns for the counters Japanese plans use; anything else reads "items". */
const NOUNS: Record<string, [string, string]> = {
  計画: ['plan', 'plans'],
  事業: ['project', 'projects'],
  施策: ['measure', 'measures'],
  取組: ['initiative', 'initiatives'],
  件: ['item', 'items'],
};
const noun = (c: string | undefined, n: number) => (c !== undefined && Object.hasOwn(NOUNS, c) ? NOUNS[c]! : NOUNS['件']!)[n === 1 ? 0 : 1];

export const fiveLess = {
  caption: (scope) => `5-less (digitalisation aims) by plan: ${scope}`,
  scope: (title, n, counter) => `${title}, ${n} ${counter}`,
  sep: ', ',
  summary: 'Plans per 5-less category',
  count: (n, total, counter) => `${n} of ${total} ${counter}`,
  unknownCount: (n) => `${n} unknown`,
  applies: 'Applies',
  notApplies: 'Does not apply',
  unknown: 'Unknown',
  legend: '○ applies, － does not apply, ？ unknown (not stated in the source)',
  total: 'Total',
  grandTotal: 'Total',
  sort: 'sort',
  sortedDescending: 'Sorted by total, most first',
  sortedAscending: 'Sorted by total, fewest first',
  sortedNone: 'Back to the original order',
  sortMost: 'Most categories first',
  definitionOf: (name) => `Definition of ${name}`,
  keyTitle: 'What the 5-less categories mean',
  filtered: (name, n, counter, unknown) => `Showing the ${n} ${counter} that ${name} applies to` + (unknown ? ` (${unknown} unknown not included)` : ''),
  clearFilter: 'Show all',
  filterCleared: 'Showing all again',
  allUnknown: '5-less unknown',
  unknownChip: (name) => `${name}: unknown`,
  none: 'None applies',
  chips: 'The 5-less categories that apply',
  noData: (n, counter) => `None of the ${n} ${counter} in this document has 5-less marks (all unknown)`,
  invalidCategory: (value) => `The category attribute "${value}" is not one of counter, cash, paper, file, move`,
  showing: (shown, total, counter) => `Showing ${shown} of ${total} ${counter}.`,
  showMore: (rest, counter) => `Show more (${rest} ${counter} left)`,
  counter: (c, n) => noun(c, n),
  planColumn: (name) => {
    const n = name ? Object.keys(NOUNS).find((k) => name.includes(k)) : undefined;
    const word = noun(n, 1);
    return word.charAt(0).toUpperCase() + word.slice(1);
  },
  noDefinition: 'This document does not define it.',
  definitions: {
    counter: 'Put administrative procedures online so that residents can complete them without coming to City Hall.',
    cash: 'Offer more ways to pay city taxes, fees and charges, towards a cashless society.',
    paper: 'Digitise applications, documents and other papers, for a better workplace, lower printing and other costs, and better security.',
    file: 'Turn paper records and other materials into data that machines can read and people can search.',
    move: 'Share information efficiently in digital space by making good use of groupware, video conferencing and the like.',
  },
} satisfies Translation['fiveLess'];

export const sdgsBadges = {
  goal: (n) => `Goal ${n}`,
  targets: (codes, count) => ` (${count === 1 ? 'target' : 'targets'} ${codes})`,
  quote: (code) => `“${code}”`,
  count: (n, _counter, total) => `${n} of ${total}`,
  then: ', ',
  list: (title) => (title ? `SDGs goals (${title})` : 'SDGs goals'),
  grid: (present, title) => `The 17 SDGs goals (${title ? `${title}: ` : ''}${present} listed)`,
  absent: 'not listed',
  caption: (levelName, total) =>
    `Counts are the number of ${levelName ? `“${levelName}” items` : 'lowest-level items'} (of ${total}) that list the goal or one of its targets.`,
  invalidTitle: 'Some SDGs codes are wrong',
  invalid: (attribute, codes, count) =>
    `In the ${attribute} attribute, ${codes} ${count === 1 ? 'is' : 'are'} not ${attribute === 'goals' ? 'an SDGs goal number' : 'an SDGs code'} and ${count === 1 ? 'is' : 'are'} not shown. ` +
    (attribute === 'goals' ? 'Goals are numbers 1–17 (put targets in the targets attribute).' : 'Goals are 1–17; targets are written like 11.7 or 11.b.'),
  empty: 'No SDGs goals or targets are listed.',
  detail: (goal, levelName) => `${levelName ? `“${levelName}” items` : 'Items'} listing ${goal}`,
} satisfies Translation['sdgsBadges'];

const COMPARATORS_EN: Record<Comparator, string> = { atLeast: 'or more', atMost: 'or less', equal: '', approximately: 'or so' };

export const trendTable = {
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
  labelSep: ' / ',
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
  exportFailed: 'Could not export the table (network error). Check the connection and press the button again.',
  sort: 'Sort',
  documentOrder: 'Document order',
  ascending: 'ascending',
  descending: 'descending',
  sortedBy: (c, d) => `Sorted by ${c}, ${d}`,
  unsorted: 'Back to document order',
  noIndicators: 'There are no indicators here.',
} satisfies Translation['trendTable'];

export const progressSummary = {
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
} satisfies Translation['progressSummary'];
