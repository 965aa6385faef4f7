/**
 * fast-check arbitraries for mieruka documents: valid ones (every generated document conforms to
 * data-schema, which tests/fuzz.test.ts checks) and nearly valid ones (a valid document with one
 * mutation, and the JSON path of the mutated place).
 *
 * Sizes are bounded on purpose: the element properties run thousands of cases in a browser, and
 * breadth of shapes finds more than size does. Documents are typed loosely (`any`): the mutator
 * writes wrong values into them.
 */
import fc from 'fast-check';
import { SDG_TARGET_COUNTS } from '../../data-schema/sdgs.js';

type Doc = any;

// ---------------------------------------------------------------------------------------------
// Leaves: text, ids, numbers, years, dates
// ---------------------------------------------------------------------------------------------

/**
 * Strings a city's data really holds, and the awkward ones a fuzzer should try. ("undefined" and
 * "NaN" are left out: the element properties look for them in what is rendered.)
 */
const AWKWARD = [
  '郡山市',
  '行財政改革大綱2026実施計画',
  'ＤＸ推進による行政サービスの提供',
  '市民・NPO活動推進課',
  '①',
  '令和5年度',
  '2021年度末時点の現況値',
  '—',
  '-',
  '↑',
  '完了',
  ' ',
  '\u3000',
  '\u200b',
  '\n\t',
  'e\u0301',
  '😀👨‍👩‍👧',
  '\u202eRTL',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;&lt;',
  '"\'`${x}',
  '%s%d%n',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'javascript:alert(1)',
  '0',
  '。',
];

const longText = fc.constantFrom('あ'.repeat(300), 'Lorem ipsum dolor sit amet, '.repeat(20), '長'.repeat(1000));

/** Any text, empty included. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...AWKWARD, ''), weight: 40 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 30 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 15 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 5 },
  // Rare, or every document would be mostly long text (and slow to generate and render).
  { arbitrary: longText, weight: 1 },
);

/** Text of at least one character (Title). */
export const titleArb: fc.Arbitrary<string> = textArb.map((s) => (s.length === 0 ? 'x' : s));

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,12}$/;
/** A valid Id, not necessarily unique (see uniquify). */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.stringMatching(ID_RE), weight: 3 },
  {
    arbitrary: fc.constantFrom('g1', 'g1-i3-p2', '0', 'A', 'a.b', 'x:y', '1.0', 'constructor', 'hasOwnProperty', 'valueOf', 'prototype', 'a'.repeat(128)),
    weight: 2,
  },
);

/** Numbers: ordinary, zero, negatives, the 22,000,000 of a budget, decimals, extremes. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(0, -0, 1, -1, 100, 22_000_000, -22_000_000, 0.5, 0.1 + 0.2, 99.95, 1e-7, 1e21, -1e21, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 1e16), weight: 2 },
  { arbitrary: fc.integer({ min: -1000, max: 100_000 }), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), weight: 2 },
);

export const fiscalYearArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 2014, max: 2030 }), weight: 5 },
  { arbitrary: fc.constantFrom(1900, 2200, 1989, 2019), weight: 1 },
  { arbitrary: fc.integer({ min: 1900, max: 2200 }), weight: 1 },
);

const two = (n: number) => String(n).padStart(2, '0');
/** YYYY, YYYY-MM or YYYY-MM-DD as the pattern allows it (2023-02-31 included: the pattern does). */
export const partialDateArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }))
  .map(([y, m, d]) => (m === undefined ? String(y) : d === undefined ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`));

export const httpUrlArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://www.city.koriyama.lg.jp/', 'http://example.com/a?b=c&d=<e>', 'HTTPS://X', 'https://例え.jp/パス'),
  fc.webUrl(),
);

/** Every SDGs code the schema accepts: 17 goals and 169 targets. */
export const SDGS_CODES: readonly string[] = Object.entries(SDG_TARGET_COUNTS).flatMap(([goal, [numeric, lettered]]) => [
  goal,
  ...Array.from({ length: numeric }, (_, i) => `${goal}.${i + 1}`),
  ...Array.from({ length: lettered }, (_, i) => `${goal}.${'abcdefghijklmnopqrstuvwxyz'[i]}`),
]);
export const sdgsCodeArb = fc.constantFrom(...SDGS_CODES);

const periodArb = fc.tuple(fiscalYearArb, fiscalYearArb).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

/** Optional keys are absent (not undefined), as in JSON. */
const rec = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T)[]) =>
  fc.record(model, { requiredKeys: required as never }) as fc.Arbitrary<Record<string, unknown>>;

const small = <T>(arb: fc.Arbitrary<T>, maxLength = 3) => fc.array(arb, { maxLength });

// ---------------------------------------------------------------------------------------------
// The context: levels, departments, scales, sources — what nodes and indicators refer to
// ---------------------------------------------------------------------------------------------

interface Context {
  levels: { id: string }[];
  departments: { id: string }[];
  scales: { id: string; levels: { value: string }[] }[];
  sources: { id: string }[];
}

/** Makes ids unique within one namespace by appending -2, -3 … (and staying within 128 characters). */
function uniquify(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; seen.has(candidate); n++) candidate = `${id.slice(0, 120)}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}

const withUniqueIds = <T extends { id: string }>(items: T[]): T[] => {
  const ids = uniquify(items.map((i) => i.id));
  return items.map((item, i) => ({ ...item, id: ids[i]! }));
};

const levelArb = rec({ id: idArb, name: titleArb, counter: titleArb }, ['id', 'name']);

const statusArb = fc.constantFrom('achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown');
const scaleLevelArb = rec(
  { value: titleArb, label: titleArb, description: textArb, min: numberArb, max: numberArb, rank: numberArb, status: statusArb },
  ['value'],
);
const scaleArb = rec(
  {
    id: idArb,
    name: titleArb,
    kind: fc.constantFrom('grade', 'level', 'arrow', 'status'),
    unit: titleArb,
    description: textArb,
    levels: fc.array(scaleLevelArb, { minLength: 1, maxLength: 5 }),
  },
  ['id', 'name', 'levels'],
);
const departmentArb = rec({ id: idArb, name: titleArb, parent: idArb }, ['id', 'name']);
const sourceArb = rec(
  { id: idArb, title: titleArb, publisher: titleArb, date: partialDateArb, url: httpUrlArb, description: textArb },
  ['id', 'title'],
);

const contextArb: fc.Arbitrary<Context> = fc
  .record({
    levels: fc.array(levelArb, { minLength: 1, maxLength: 4 }),
    departments: small(departmentArb, 4),
    scales: small(scaleArb, 3),
    sources: small(sourceArb, 2),
  })
  .map((c) => ({
    levels: withUniqueIds(c.levels as any),
    departments: withUniqueIds(c.departments as any),
    scales: withUniqueIds(c.scales as any),
    sources: withUniqueIds(c.sources as any),
  }));

// ---------------------------------------------------------------------------------------------
// Indicators, assessments, nodes — built against a context
// ---------------------------------------------------------------------------------------------

/** An element of a list, or `none` when the list is empty. */
const pick = <T>(items: readonly T[]): fc.Arbitrary<T> | undefined => (items.length ? fc.constantFrom(...items) : undefined);
/** Drops the keys whose arbitrary is undefined (nothing to refer to). */
const defined = <T extends Record<string, fc.Arbitrary<unknown> | undefined>>(model: T) =>
  Object.fromEntries(Object.entries(model).filter(([, a]) => a !== undefined)) as Record<string, fc.Arbitrary<unknown>>;

function departmentRefArb(ctx: Context) {
  return rec(
    defined({
      name: titleArb,
      id: pick(ctx.departments.map((d) => d.id)),
      role: fc.constantFrom('lead', 'coordinating', 'member'),
      roleLabel: titleArb,
      unit: titleArb,
    }),
    ['name'],
  );
}

/** A grade on one of the document's scales: { scale, value } with value one of its levels. */
function gradeArb(ctx: Context) {
  if (!ctx.scales.length) return undefined;
  return fc.tuple(fc.constantFrom(...ctx.scales), fc.nat()).map(([s, i]) => ({ scale: s.id, value: s.levels[i % s.levels.length]!.value }));
}

const restatedArb = small(rec({ value: fc.option(numberArb, { nil: null }), note: textArb }, ['value']), 2);

const observationArb = rec(
  {
    fiscalYear: fiscalYearArb,
    value: fc.option(numberArb, { nil: null, freq: 6 }),
    text: textArb,
    approximate: fc.boolean(),
    restated: restatedArb,
    note: textArb,
    label: fc.oneof(fc.constantFrom('策定時', '見直し時', '中間年度', '2021年度末時点の現況値'), titleArb),
    date: partialDateArb,
  },
  ['fiscalYear', 'value'],
);

const comparatorArb = fc.constantFrom('atLeast', 'atMost', 'equal', 'approximately');
/** A target has a number or non-empty text (the schema's target-empty rule). */
const targetArb = fc.oneof(
  rec(
    { fiscalYear: fiscalYearArb, value: numberArb, comparator: comparatorArb, text: textArb, approximate: fc.boolean(), restated: restatedArb, note: textArb },
    ['value'],
  ),
  rec(
    { fiscalYear: fiscalYearArb, value: fc.constant(null), comparator: comparatorArb, text: titleArb, note: textArb },
    ['text'],
  ),
);

function seriesFields(ctx: Context, size: Size) {
  const grade = gradeArb(ctx);
  return defined({
    unit: fc.constantFrom('件', '人', '%', '千円', 'g', '回', ' '),
    decimals: fc.integer({ min: 0, max: 6 }),
    baseline: observationArb,
    target: targetArb,
    observations: fc.array(observationArb, { maxLength: size.observations }),
    trend: grade && fc.tuple(grade, fc.option(fiscalYearArb, { nil: undefined })).map(([g, fy]) => (fy === undefined ? g : { ...g, fiscalYear: fy })),
  });
}

function indicatorArb(ctx: Context, size: Size) {
  const seriesArb = rec({ id: idArb, name: titleArb, ...seriesFields(ctx, { ...size, observations: Math.min(3, size.observations) }) }, ['name']);
  return rec(
    defined({
      id: idArb,
      name: titleArb,
      description: textArb,
      direction: fc.constantFrom('increase', 'decrease', 'maintain'),
      ...seriesFields(ctx, size),
      series: small(seriesArb, size.series),
      departments: small(departmentRefArb(ctx), 2),
      explanation: textArb,
      addedAtReview: fc.boolean(),
      source: pick(ctx.sources.map((s) => s.id)),
      notes: small(textArb, 2),
    }),
    ['id', 'name'],
  );
}

function assessmentArb(ctx: Context) {
  const grade = gradeArb(ctx);
  const base = rec(
    {
      fiscalYear: fiscalYearArb,
      period: periodArb,
      departments: small(departmentRefArb(ctx), 2),
      plan: textArb,
      result: textArb,
      text: textArb,
    },
    [],
  );
  if (!grade) return base;
  // A grade needs its scale; a scale alone (no grade) is allowed too.
  return fc
    .tuple(base, fc.option(grade, { nil: undefined }), fc.boolean())
    .map(([a, g, scaleOnly]) => (g === undefined ? a : scaleOnly ? { scale: g.scale, ...a } : { ...g, ...a }));
}

const fiveLessArb = rec(
  { counter: fc.boolean(), cash: fc.boolean(), paper: fc.boolean(), file: fc.boolean(), move: fc.boolean() },
  [],
);
const webPageArb = rec({ title: titleArb, url: httpUrlArb }, ['title']);
const actionPlanArb = rec(
  {
    years: small(fiscalYearArb, 4),
    rows: small(
      rec(
        {
          item: textArb,
          cells: small(
            fc
              .tuple(fiscalYearArb, fc.option(fc.nat({ max: 3 }), { nil: undefined }), textArb, fc.option(fc.boolean(), { nil: undefined }))
              .map(([start, span, text, continues]) => ({
                start,
                ...(span === undefined ? {} : { end: Math.min(2200, start + span) }),
                text,
                ...(continues === undefined ? {} : { continues }),
              })),
            3,
          ),
        },
        ['item', 'cells'],
      ),
      3,
    ),
  },
  ['rows'],
);

/** A node without id, children or relistOf (those are settled once the tree exists). */
function nodeFieldsArb(ctx: Context, size: Size) {
  const sources = ctx.sources.map((s) => s.id);
  return rec(
    defined({
      id: idArb,
      level: fc.constantFrom(...ctx.levels.map((l) => l.id)),
      title: titleArb,
      number: fc.oneof(fc.constantFrom('①', '1', 'No.12', '(1)'), titleArb),
      departments: small(departmentRefArb(ctx), 3),
      summary: textArb,
      vision: textArb,
      description: textArb,
      category: fc.constantFrom('継続', '拡充', '新規', '再掲'),
      relistOf: fc.nat(),
      focusAreas: small(rec({ number: titleArb, text: textArb }, ['text']), 2),
      fiveLess: fiveLessArb,
      disclosure: rec({ cityWebsite: fc.boolean(), other: fc.boolean(), otherText: textArb, pages: small(webPageArb, 2) }, []),
      sdgs: fc.array(sdgsCodeArb, { maxLength: 5 }),
      sdgsNote: textArb,
      actionPlan: actionPlanArb,
      indicators: small(indicatorArb(ctx, size), size.indicatorsPerNode),
      assessments: small(assessmentArb(ctx), 3),
      links: small(webPageArb, 2),
      source: sources.length ? rec({ source: fc.constantFrom(...sources), page: titleArb }, ['source']) : undefined,
      notes: small(textArb, 2),
    }),
    ['id', 'level', 'title'],
  );
}

/** How big a generated document may get. */
export interface Size {
  /** Most children per depth: [goals, initiatives per goal, plans per initiative, …]. */
  width: number[];
  indicatorsPerNode: number;
  /** Document-wide indicators. */
  indicators: number;
  observations: number;
  series: number;
}

/** Up to 4 goals × 3 initiatives × 2 plans × 2 projects; a few indicators with up to 6 values. */
export const DEFAULT_SIZE: Size = { width: [4, 3, 2, 2], indicatorsPerNode: 2, indicators: 3, observations: 6, series: 2 };
/** Smaller, for the element properties that render thousands of documents. */
export const SMALL_SIZE: Size = { width: [3, 2, 2], indicatorsPerNode: 1, indicators: 2, observations: 4, series: 1 };

function treeArb(ctx: Context, size: Size, depth: number): fc.Arbitrary<Doc[]> {
  const fields = nodeFieldsArb(ctx, size);
  const width = size.width[depth] ?? 0;
  if (depth >= size.width.length - 1) return fc.array(fields, { maxLength: width });
  const children = treeArb(ctx, size, depth + 1);
  return fc.array(
    fc.tuple(fields, fc.option(children, { nil: undefined, freq: 2 })).map(([n, c]) => (c === undefined ? n : { ...n, children: c })),
    { maxLength: width },
  );
}

/** Every node, depth first in document order, with its JSON path. */
export function walkNodes(nodes: unknown, path: (string | number)[] = ['nodes'], out: [Doc, (string | number)[]][] = []): [Doc, (string | number)[]][] {
  if (!Array.isArray(nodes)) return out;
  nodes.forEach((n, i) => {
    if (n === null || typeof n !== 'object') return;
    const p = [...path, i];
    out.push([n, p]);
    walkNodes((n as Doc).children, [...p, 'children'], out);
  });
  return out;
}

/** Every indicator in the order the validator checks them: each node's (depth first), then the document's. */
export function walkIndicators(doc: Doc): [Doc, (string | number)[]][] {
  const out: [Doc, (string | number)[]][] = [];
  for (const [node, path] of walkNodes(doc.nodes)) {
    if (Array.isArray(node.indicators)) node.indicators.forEach((ind: Doc, i: number) => out.push([ind, [...path, 'indicators', i]]));
  }
  if (Array.isArray(doc.indicators)) doc.indicators.forEach((ind: Doc, i: number) => out.push([ind, ['indicators', i]]));
  return out;
}

/** Unique node ids and indicator ids, and relistOf pointing at an existing node. */
function settleIds(doc: Doc): Doc {
  const nodes = walkNodes(doc.nodes);
  const nodeIds = uniquify(nodes.map(([n]) => n.id));
  nodes.forEach(([n], i) => (n.id = nodeIds[i]));
  for (const [n] of nodes) if (typeof n.relistOf === 'number') n.relistOf = nodeIds[n.relistOf % nodeIds.length];
  const indicators = walkIndicators(doc);
  const indicatorIds = uniquify(indicators.map(([ind]) => ind.id));
  indicators.forEach(([ind], i) => (ind.id = indicatorIds[i]));
  return doc;
}

const fiveLessDefinitionsArb = rec(
  Object.fromEntries(['counter', 'cash', 'paper', 'file', 'move'].map((k) => [k, rec({ name: titleArb, description: textArb }, ['name'])])),
  [],
);

/** A valid mieruka document of bounded size. */
export const documentArb = (size: Size = DEFAULT_SIZE): fc.Arbitrary<Doc> => contextArb.chain((ctx) =>
  rec(
    {
      $schema: fc.constantFrom('https://mieruka.example/schema/v1/mieruka.schema.json', ''),
      schemaVersion: fc.oneof(fc.constant('1.0'), fc.stringMatching(/^1\.\d{1,3}$/)),
      id: idArb,
      title: titleArb,
      municipality: fc.oneof(fc.constantFrom('郡山市', '福島県郡山市', 'Koriyama'), titleArb),
      municipalityCode: fc.stringMatching(/^\d{6}$/),
      publisher: titleArb,
      kind: fc.constantFrom('plan', 'report', 'evaluation', 'audit'),
      period: periodArb,
      asOf: partialDateArb,
      description: textArb,
      levels: fc.constant(ctx.levels),
      nodes: treeArb(ctx, size, 0),
      indicators: small(indicatorArb(ctx, size), size.indicators),
      departments: fc.constant(ctx.departments),
      scales: fc.constant(ctx.scales),
      categories: small(rec({ value: titleArb, description: textArb }, ['value']), 2),
      fiveLess: fiveLessDefinitionsArb,
      sources: fc.constant(ctx.sources),
      notes: small(textArb, 2),
      'x-city': fc.jsonValue({ maxDepth: 2 }),
    },
    // What nodes and indicators refer to is always there (an empty list is fine).
    ['schemaVersion', 'id', 'title', 'municipality', 'levels', 'nodes', 'departments', 'scales', 'sources'],
  ).map((doc) => settleIds(structuredClone(doc))),
);

// ---------------------------------------------------------------------------------------------
// Nearly valid: one mutation of a valid document
// ---------------------------------------------------------------------------------------------

export type MutationKind =
  | 'drop-required'
  | 'wrong-type'
  | 'bad-id'
  | 'unknown-ref'
  | 'duplicate-id'
  | 'bad-sdgs'
  | 'fiscal-year'
  | 'bad-url';

export interface Mutation {
  kind: MutationKind;
  /** JSON Pointer of the mutated place. */
  path: string;
  document: Doc;
}

type Path = (string | number)[];
interface Site {
  kind: MutationKind;
  path: Path;
  apply: (doc: Doc, choice: number) => void;
}

export const pointer = (path: readonly (string | number)[]): string =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

const at = (doc: Doc, path: Path): Doc => path.reduce((v, k) => v[k], doc);
const parentOf = (doc: Doc, path: Path): [Doc, string | number] => [at(doc, path.slice(0, -1)), path[path.length - 1]!];

const BAD_IDS = ['', ' g1', 'g1 ', '-g1', '_g1', 'g 1', 'あ', 'g1/2', 'g1#x', 'a'.repeat(129), 'javascript:alert(1)', '<b>'];
const BAD_SDGS = ['0', '18', '11.z', '17.20', '11.', '1.6', '3.e', ' 11', '11.7 ', 'SDG11', '11-7', '', '011'];
const BAD_YEARS = [1899, 2201, 2023.5, -1, 0, 1e9, 20230];
const BAD_URLS = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'https://', 'http://a b', '//evil.example/', 'ftp://example.com/'];

/** A value of another JSON type than `value` has, which the schema cannot accept there. */
function wrongTypeFor(value: unknown, choice: number): unknown {
  const options: unknown[] =
    value === null ? ['x', true, [], {}]
    : typeof value === 'string' ? [42, true, null, [], {}]
    : typeof value === 'number' ? ['42', true, [], {}]
    : typeof value === 'boolean' ? ['true', 1, null, []]
    : Array.isArray(value) ? ['', {}, 3, null]
    : ['x', [], 5, null, true];
  return options[choice % options.length];
}

const REQUIRED: Record<string, string[]> = {
  root: ['schemaVersion', 'id', 'title', 'municipality', 'levels', 'nodes'],
  // A level's name may be left out since schema 1.1 (a level the source does not name).
  level: ['id'],
  node: ['id', 'level', 'title'],
  indicator: ['id', 'name'],
  observation: ['fiscalYear', 'value'],
  scale: ['id', 'name', 'levels'],
  department: ['id', 'name'],
  source: ['id', 'title'],
  departmentRef: ['name'],
  trend: ['scale', 'value'],
};

function unusedId(doc: Doc): string {
  const json = JSON.stringify(doc);
  let id = 'no-such-id';
  for (let n = 2; json.includes(`"${id}"`); n++) id = `no-such-id-${n}`;
  return id;
}

/** Every place one mutation can be made, in a stable order. */
function sitesOf(doc: Doc): Site[] {
  const sites: Site[] = [];
  const drop = (path: Path, kind: keyof typeof REQUIRED) => {
    for (const key of REQUIRED[kind]!) {
      sites.push({ kind: 'drop-required', path: [...path, key], apply: (d) => delete at(d, path)[key] });
    }
  };
  /** Every primitive, array or object value under an object, except x- extensions. */
  const everyValue = (value: unknown, path: Path) => {
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('x-')) continue;
      const p = [...path, Array.isArray(value) ? Number(k) : k];
      sites.push({ kind: 'wrong-type', path: p, apply: (d, c) => { const [o, key] = parentOf(d, p); o[key] = wrongTypeFor(v, c); } });
      everyValue(v, p);
    }
  };
  const badId = (path: Path) => sites.push({ kind: 'bad-id', path, apply: (d, c) => { const [o, k] = parentOf(d, path); o[k] = BAD_IDS[c % BAD_IDS.length]; } });
  const unknownRef = (path: Path) =>
    sites.push({ kind: 'unknown-ref', path, apply: (d) => { const [o, k] = parentOf(d, path); o[k] = unusedId(d); } });
  const duplicates = (items: [Doc, Path][]) => {
    for (let j = 1; j < items.length; j++) {
      const later = items[j]!;
      sites.push({
        kind: 'duplicate-id',
        path: [...later[1], 'id'],
        // The validator names the later of two equal ids: copy an earlier id onto a later item.
        apply: (d, c) => (at(d, later[1]).id = at(d, items[c % j]![1]).id),
      });
    }
  };
  const year = (path: Path) => sites.push({ kind: 'fiscal-year', path, apply: (d, c) => { const [o, k] = parentOf(d, path); o[k] = BAD_YEARS[c % BAD_YEARS.length]; } });
  const url = (path: Path) => sites.push({ kind: 'bad-url', path, apply: (d, c) => { const [o, k] = parentOf(d, path); o[k] = BAD_URLS[c % BAD_URLS.length]; } });
  const list = (v: unknown): Doc[] => (Array.isArray(v) ? v : []);

  drop([], 'root');
  everyValue(doc, []);
  badId(['id']);
  // A period can always be added or broken.
  sites.push({ kind: 'fiscal-year', path: ['period', 'start'], apply: (d, c) => (d.period = { start: BAD_YEARS[c % BAD_YEARS.length], end: 2025 }) });
  sites.push({ kind: 'fiscal-year', path: ['period', 'end'], apply: (d, c) => (d.period = { start: 1900, end: BAD_YEARS[c % BAD_YEARS.length] }) });

  const named: [string, 'level' | 'scale' | 'department' | 'source'][] = [['levels', 'level'], ['scales', 'scale'], ['departments', 'department'], ['sources', 'source']];
  for (const [key, kind] of named) {
    const items: [Doc, Path][] = list(doc[key]).map((x, i) => [x, [key, i]]);
    items.forEach(([, p]) => (drop(p, kind), badId([...p, 'id'])));
    duplicates(items);
  }
  list(doc.sources).forEach((s, i) => url(['sources', i, 'url']));

  const checkRefs = (refs: unknown, path: Path) =>
    list(refs).forEach((r, i) => {
      drop([...path, i], 'departmentRef');
      if (typeof r.id === 'string') (unknownRef([...path, i, 'id']), badId([...path, i, 'id']));
    });
  const checkObservation = (o: Doc, path: Path) => {
    if (!o || typeof o !== 'object') return;
    drop(path, 'observation');
    year([...path, 'fiscalYear']);
  };
  const checkGrade = (g: Doc, path: Path) => {
    if (!g || typeof g.scale !== 'string') return;
    unknownRef([...path, 'scale']);
    if (typeof g.value === 'string') sites.push({ kind: 'unknown-ref', path: [...path, 'value'], apply: (d) => (at(d, path).value = 'no-such-grade-✕') });
  };
  const checkSeries = (s: Doc, path: Path) => {
    list(s.observations).forEach((o, i) => checkObservation(o, [...path, 'observations', i]));
    checkObservation(s.baseline, [...path, 'baseline']);
    if (s.target && typeof s.target.fiscalYear === 'number') year([...path, 'target', 'fiscalYear']);
    if (s.trend) (drop([...path, 'trend'], 'trend'), checkGrade(s.trend, [...path, 'trend']));
  };
  const indicators = walkIndicators(doc);
  for (const [ind, path] of indicators) {
    drop(path, 'indicator');
    badId([...path, 'id']);
    checkSeries(ind, path);
    list(ind.series).forEach((s, i) => checkSeries(s, [...path, 'series', i]));
    checkRefs(ind.departments, [...path, 'departments']);
    if (typeof ind.source === 'string') unknownRef([...path, 'source']);
  }
  duplicates(indicators);

  const nodes = walkNodes(doc.nodes);
  for (const [node, path] of nodes) {
    drop(path, 'node');
    badId([...path, 'id']);
    badId([...path, 'level']);
    unknownRef([...path, 'level']);
    if (typeof node.relistOf === 'string') unknownRef([...path, 'relistOf']);
    if (node.source) unknownRef([...path, 'source', 'source']);
    checkRefs(node.departments, [...path, 'departments']);
    list(node.assessments).forEach((a, i) => {
      checkGrade(a, [...path, 'assessments', i]);
      checkRefs(a.departments, [...path, 'assessments', i, 'departments']);
      if (typeof a.fiscalYear === 'number') year([...path, 'assessments', i, 'fiscalYear']);
    });
    const sdgsAt = list(node.sdgs).length;
    sites.push({
      kind: 'bad-sdgs',
      path: [...path, 'sdgs', sdgsAt],
      apply: (d, c) => { const n = at(d, path); n.sdgs = [...list(n.sdgs), BAD_SDGS[c % BAD_SDGS.length]]; },
    });
    const linksAt = list(node.links).length;
    sites.push({
      kind: 'bad-url',
      path: [...path, 'links', linksAt, 'url'],
      apply: (d, c) => { const n = at(d, path); n.links = [...list(n.links), { title: 'リンク', url: BAD_URLS[c % BAD_URLS.length] }]; },
    });
    list(node.actionPlan?.rows).forEach((r, i) => list(r.cells).forEach((_c, j) => year([...path, 'actionPlan', 'rows', i, 'cells', j, 'start'])));
  }
  duplicates(nodes);
  return sites;
}

export const MUTATION_KINDS: readonly MutationKind[] = ['drop-required', 'wrong-type', 'bad-id', 'unknown-ref', 'duplicate-id', 'bad-sdgs', 'fiscal-year', 'bad-url'];

/**
 * A nearly valid document: a valid one with exactly one mutation. The kind is drawn first (so
 * that rare kinds are not drowned by the many wrong-type sites); when the document has no site
 * of that kind, any site is used.
 */
export const mutatedDocumentArb = (size: Size = DEFAULT_SIZE): fc.Arbitrary<Mutation> => fc
  .tuple(documentArb(size), fc.constantFrom(...MUTATION_KINDS), fc.nat(), fc.nat())
  .map(([valid, kind, where, choice]) => {
    const document = structuredClone(valid);
    const all = sitesOf(document);
    const ofKind = all.filter((s) => s.kind === kind);
    const candidates = ofKind.length ? ofKind : all;
    const site = candidates[where % candidates.length]!;
    site.apply(document, choice);
    return { kind: site.kind, path: pointer(site.path), document };
  });

export const validDocumentArb = documentArb();
export const nearlyValidDocumentArb = mutatedDocumentArb();
