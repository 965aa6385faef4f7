/**
 * Fuzzing the five elements (issue #12): fast-check generates documents, valid and nearly valid,
 * and each element renders them through the `data` property, sometimes with `node` or
 * `indicator` naming an existing or a missing id, in Japanese or English.
 * Each case also sets the element's own display properties (variant, layout, sort …) to valid values.
 * - nothing is thrown, rejected, logged with console.error or reported as an uncaught error;
 * - an invalid document shows a role="alert" naming the first problem's path and fires a
 *   mieruka-error of kind "schema";
 * - a valid one shows no alert (unless the id asked for is missing), fires no mieruka-error
 *   and renders something.
 * 2,000 cases per element, 10,000 in all. One element is reused for the valid documents
 * (set `data` again); an invalid document goes to a fresh element, because a reused one keeps
 * its last good view (a separate describe checks that case).
 * Further describes: nothing NaN/undefined on screen (500 valid-or-not cases per element), a
 * reused element given an invalid document, and the shrunk counterexamples of what failed.
 *
 * Seeds are fixed; fast-check prints the seed and the counterexample on failure. Set
 * ENDONFAILURE to false to shrink a failure to its smallest counterexample.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument } from '../data-schema/index.js';
import type { MierukaElement } from '../src/core/index.js';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/five-less/five-less.js';
import '../src/components/sdgs-badges/sdgs-badges.js';
import '../src/components/trend-table/trend-table.js';
import '../src/components/progress-summary/progress-summary.js';
import { documentArb, mutatedDocumentArb, SMALL_SIZE, walkIndicators, walkNodes } from './support/arbitraries.js';

const TAGS = ['mieruka-plan-tree', 'mieruka-kpi-gauge', 'mieruka-five-less', 'mieruka-sdgs-badges', 'mieruka-trend-table', 'mieruka-progress-summary'] as const;
type Tag = (typeof TAGS)[number];

const RUNS_PER_ELEMENT = 2_000;
const GARBAGE_RUNS = 500;
const SEED = 20_261_123;
const ENDONFAILURE = true;

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

type Selection = { node?: string; indicator?: string; missing: boolean };

interface Case {
  document: any;
  /** What was done to a valid document, when something was. */
  mutation?: string;
  selection: Selection;
  lang: 'ja' | 'en' | '';
  /** The element's own display properties, every one set on every case (valid values only). */
  options: Record<string, unknown>;
}

const MISSING = 'no-such-id-zz';

/** `node` or `indicator` naming an id of the document, or a missing one, or neither. */
function selectionFor(doc: any, what: number, pick: number): Selection {
  const nodes = walkNodes(doc?.nodes).map(([n]) => n?.id).filter((id) => typeof id === 'string');
  const indicators = walkIndicators(doc ?? {}).map(([i]) => i?.id).filter((id) => typeof id === 'string');
  const present = (ids: string[]) => (ids.length ? ids[pick % ids.length] : undefined);
  switch (what) {
    case 1: { const id = present(nodes); return id ? { node: id, missing: false } : { node: MISSING, missing: true }; }
    case 2: { const id = present(indicators); return id ? { indicator: id, missing: false } : { indicator: MISSING, missing: true }; }
    case 3: return { node: MISSING, missing: true };
    case 4: return { indicator: MISSING, missing: true };
    case 5: {
      const [node, indicator] = [present(nodes), present(indicators)];
      return node && indicator ? { node, indicator, missing: false } : { missing: false };
    }
    default: return { missing: false };
  }
}

const headingLevel = fc.constantFrom(1, 2, 3, 6, 0, 9, -1, 2.5);
/** `selected` of the plan tree: a node of the document (filled in per case) or nothing. */
const SOME_NODE = Symbol('some node');

/** Valid values of each element's own properties (an invalid value is an attribute error, not a document one). */
const OPTIONS: Record<Tag, fc.Arbitrary<Record<string, unknown>>> = {
  'mieruka-plan-tree': fc.record({
    expanded: fc.constantFrom(undefined, '', '0', '1', '2', 'all'),
    detail: fc.constantFrom('none', 'inline', 'panel'),
    selected: fc.constantFrom(undefined, SOME_NODE),
    headingLevel,
    noFilter: fc.boolean(),
  }),
  'mieruka-kpi-gauge': fc.record({ variant: fc.constantFrom('arc', 'bar'), noSparkline: fc.boolean(), headingLevel }),
  'mieruka-five-less': fc.record({
    sort: fc.constantFrom('none', 'descending', 'ascending'),
    category: fc.constantFrom('', 'counter', 'cash', 'paper', 'file', 'move'),
  }),
  'mieruka-sdgs-badges': fc.record({
    variant: fc.constantFrom('chips', 'tiles', 'grid'),
    size: fc.constantFrom('small', 'medium', 'large'),
    selectable: fc.boolean(),
    selected: fc.constantFrom(undefined, '1', '11', '17'),
  }),
  'mieruka-trend-table': fc.record({ layout: fc.constantFrom('auto', 'table', 'cards'), chunkSize: fc.constantFrom(100, 1, 2) }),
  'mieruka-progress-summary': fc.record({ status: fc.constantFrom('', 'achieved', 'onTrack', 'behind', 'unknown') }),
};

const caseArb = (tag: Tag): fc.Arbitrary<Case> =>
  fc
    .tuple(
      fc.oneof(
        { arbitrary: documentArb(SMALL_SIZE).map((document) => ({ document, mutation: undefined as string | undefined })), weight: 3 },
        { arbitrary: mutatedDocumentArb(SMALL_SIZE).map((m) => ({ document: m.document, mutation: `${m.kind} at ${m.path}` })), weight: 2 },
      ),
      // 0 and 5 are "no missing id"; weighted so that half of the cases select nothing.
      fc.oneof({ arbitrary: fc.constant(0), weight: 5 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 5 }),
      fc.nat(),
      fc.constantFrom<Case['lang']>('ja', 'en', ''),
      OPTIONS[tag],
    )
    .map(([{ document, mutation }, what, pick, lang, options]) => {
      const nodes = walkNodes(document?.nodes).map(([n]) => n.id);
      if (options.selected === SOME_NODE) options = { ...options, selected: nodes[pick % Math.max(1, nodes.length)] };
      return { document, mutation, selection: selectionFor(document, what, pick), lang, options };
    });

// ---------------------------------------------------------------------------------------------
// Uncaught errors, for the whole test
// ---------------------------------------------------------------------------------------------

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.error?.stack ?? e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${(e.reason as Error)?.stack ?? String(e.reason)}`);
const consoleErrors: string[] = [];
let originalConsoleError: typeof console.error;

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  originalConsoleError = console.error;
  // Lit reports an exception in an update through console.error too; any such call is a failure.
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    originalConsoleError.apply(console, args);
  };
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = originalConsoleError;
});

function expectNothingUncaught(context: string): void {
  const all = [...uncaught, ...consoleErrors];
  uncaught.length = 0;
  consoleErrors.length = 0;
  if (all.length) throw new Error(`${context}: ${all.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

let host: HTMLDivElement;
beforeEach(() => {
  host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
});
afterEach(() => host.remove());

function create(tag: Tag): MierukaElement {
  const el = document.createElement(tag) as MierukaElement;
  host.append(el);
  return el;
}

/** Waits until the element has no update pending (a first render may ask for another). */
async function settle(el: MierukaElement): Promise<void> {
  for (let i = 0; i < 5; i++) if (await el.updateComplete) return;
  throw new Error('the element keeps updating');
}

async function show(el: MierukaElement, c: Case): Promise<void> {
  Object.assign(el, c.options);
  el.lang = c.lang;
  el.node = c.selection.node;
  el.indicator = c.selection.indicator;
  el.data = c.document;
  await settle(el);
}

const root = (el: Element) => el.shadowRoot!;
const alertOf = (el: Element) => root(el).querySelector<HTMLElement>('[role=alert]');

/** Something besides the live region: text, a chart or a table. */
function rendersSomething(el: Element): boolean {
  const base = root(el).querySelector('[part~=base]');
  if (!base || root(el).querySelector('[part~=skeleton]')) return false;
  return [...base.children].some((c) => !c.matches('[aria-live]') && ((c.textContent ?? '').trim() !== '' || c.querySelector('svg, table') !== null));
}

/** Every text and attribute value an element shows, through nested shadow roots (gauges in the tree's sheet). */
function shownStrings(node: Node, out: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) out.push(`${node.parentElement?.localName ?? ''}: ${node.textContent ?? ''}`);
  if (node instanceof Element) {
    for (const a of node.attributes) out.push(`<${node.localName} ${a.name}="${a.value}">`);
    if (node.shadowRoot) shownStrings(node.shadowRoot, out);
  }
  for (const child of node.childNodes) shownStrings(child, out);
  return out;
}

/** What a computation gone wrong leaves on screen (a NaN in an SVG path, "undefined" in a label …). */
const GARBAGE = /\bNaN\b|\bundefined\b|\[object Object\]|\bInfinity\b/;

const describeCase = (c: Case) =>
  `${c.mutation ?? 'valid'}; node=${c.selection.node ?? '-'} indicator=${c.selection.indicator ?? '-'} lang=${c.lang || '-'} ${JSON.stringify(c.options)}`;

/** The property for one element: see the file's comment. */
async function check(tag: Tag, reused: MierukaElement, c: Case, checkGarbage = false): Promise<void> {
  const result = validateDocument(c.document);
  const el = result.ok ? reused : create(tag);
  const errors: string[] = [];
  const onMierukaError = (e: Event) => errors.push((e as CustomEvent<{ kind: string }>).detail.kind);
  el.addEventListener('mieruka-error', onMierukaError);
  try {
    await show(el, c);
  } catch (e) {
    throw new Error(`${tag} threw for ${describeCase(c)}: ${(e as Error).stack ?? e}`, { cause: e });
  } finally {
    el.removeEventListener('mieruka-error', onMierukaError);
  }
  expectNothingUncaught(`${tag}, ${describeCase(c)}`);
  const alert = alertOf(el);
  if (!result.ok) {
    expect(alert, `${tag}: no alert for an invalid document (${describeCase(c)})`).to.exist;
    const first = result.problems[0]!.path || '/';
    expect(alert!.textContent, `${tag}: the alert names the first problem (${describeCase(c)})`).to.contain(first);
    expect(errors, `${tag}: mieruka-error for an invalid document (${describeCase(c)})`).to.include('schema');
    el.remove();
  } else if (c.selection.missing) {
    expect(alert, `${tag}: no alert for a missing id (${describeCase(c)})`).to.exist;
    expect(alert!.textContent).to.contain(MISSING);
  } else {
    expect(alert?.textContent, `${tag}: an alert for a valid document (${describeCase(c)})`).to.equal(undefined);
    expect(rendersSomething(el), `${tag}: nothing rendered (${describeCase(c)})`).to.equal(true);
    expect(errors, `${tag}: mieruka-error for a valid document (${describeCase(c)})`).to.deep.equal([]);
  }
  if (checkGarbage) {
    const garbage = shownStrings(root(el)).filter((v) => GARBAGE.test(v));
    expect(garbage, `${tag}: garbage on screen (${describeCase(c)})`).to.deep.equal([]);
  }
}

describe('fuzz: the five elements render generated documents', () => {
  TAGS.forEach((tag, i) => {
    it(`<${tag}>: ${RUNS_PER_ELEMENT} documents, valid and nearly valid`, async function () {
      this.timeout(120_000);
      const reused = create(tag);
      const started = performance.now();
      const seen = { valid: 0, invalid: 0, missingId: 0 };
      await fc.assert(
        fc.asyncProperty(caseArb(tag), (c) => {
          seen[c.mutation ? 'invalid' : c.selection.missing ? 'missingId' : 'valid']++;
          return check(tag, reused, c);
        }),
        { seed: SEED + i, numRuns: RUNS_PER_ELEMENT, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
      );
      expectNothingUncaught(tag);
      console.log(`${tag}: ${RUNS_PER_ELEMENT} cases in ${Math.round(performance.now() - started)} ms ${JSON.stringify(seen)}`);
      // Each kind of case was tried often enough to mean something.
      for (const [kind, n] of Object.entries(seen)) expect(n, kind).to.be.at.least(RUNS_PER_ELEMENT / 10);
    });
  });
});

// FAILS (bugs) for <mieruka-kpi-gauge> (seed 20261174) and <mieruka-trend-table> (seed 20261177):
// see the shrunk counterexamples at the end of this file and fuzz-geometry.test.ts.
describe('fuzz: no NaN, Infinity, undefined or [object Object] on screen', () => {
  TAGS.forEach((tag, i) => {
    it(`<${tag}>: ${GARBAGE_RUNS} documents`, async function () {
      this.timeout(60_000);
      const reused = create(tag);
      await fc.assert(
        fc.asyncProperty(caseArb(tag), (c) => check(tag, reused, c, true)),
        { seed: SEED + 50 + i, numRuns: GARBAGE_RUNS, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
      );
      expectNothingUncaught(tag);
    });
  });
});

// FAILS (bug) for every element on the first case: a reused element that showed a valid document
// and is then given an invalid one shows the stale note (role="status") instead of the alert.
// Shrunk counterexample (any element): good = {"schemaVersion":"1.0","id":"g1","title":"x",
// "municipality":"x","levels":[{"id":"g1","name":"郡山市"}],"nodes":[],"departments":[],"scales":[],
// "sources":[]}, then bad = the same without "schemaVersion" (drop-required at /schemaVersion).
describe('fuzz: a reused element given an invalid document after a valid one', () => {
  TAGS.forEach((tag, i) => {
    it(`<${tag}> shows the alert and keeps the last good view`, async function () {
      this.timeout(60_000);
      const el = create(tag);
      await fc.assert(
        fc.asyncProperty(documentArb(SMALL_SIZE), mutatedDocumentArb(SMALL_SIZE), async (good, bad) => {
          await show(el, { document: good, selection: { missing: false }, lang: '', options: {} });
          expect(alertOf(el), `${tag}: alert for a valid document`).to.not.exist;
          await show(el, { document: bad.document, mutation: `${bad.kind} at ${bad.path}`, selection: { missing: false }, lang: '', options: {} });
          expectNothingUncaught(tag);
          expect(alertOf(el), `${tag}: no alert after ${bad.kind} at ${bad.path}`).to.exist;
          expect(rendersSomething(el), `${tag}: the last good view is gone`).to.equal(true);
        }),
        { seed: SEED + 100 + i, numRuns: 100, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
      );
    });
  });
});

/**
 * The shrunk counterexamples of the failures above, as plain examples (they fail until the
 * fixes land; see the comments for the cause).
 */
describe('fuzz: shrunk counterexamples', () => {
  const doc = (extra: Record<string, unknown>) => ({
    schemaVersion: '1.0',
    id: 'd',
    title: 'x',
    municipality: '郡山市',
    levels: [{ id: 'l', name: 'x' }],
    nodes: [],
    ...extra,
  });

  async function shown(tag: Tag, document: unknown): Promise<string[]> {
    const el = create(tag);
    await show(el, { document, selection: { missing: false }, lang: 'ja', options: {} });
    expect(validateDocument(document).ok).to.equal(true);
    return shownStrings(root(el)).filter((v) => GARBAGE.test(v));
  }

  // Shrunk from seed 20261177: a row whose only value is -1e21 draws <circle cy="NaN">.
  // trend-table.geometry.ts sparkline(): lo === hi, and lo - 1 === hi + 1 for |v| ≥ 2^53, so
  // linear() divides by zero. The same for any flat row at ≥ 2^53 and for ±Number.MAX_VALUE (overflow).
  it('<mieruka-trend-table>: a row with one huge value has a finite sparkline', async () => {
    expect(await shown('mieruka-trend-table', doc({ indicators: [{ id: 'k', name: 'x', baseline: { fiscalYear: 2014, value: -1e21 } }] }))).to.deep.equal([]);
    expect(await shown('mieruka-trend-table', doc({ indicators: [{ id: 'k', name: 'x', observations: [{ fiscalYear: 2020, value: 1e16 }, { fiscalYear: 2021, value: 1e16 }] }] }))).to.deep.equal([]);
  });

  // Shrunk from seed 20261174: baseline 0.5 (2014), latest -Number.MAX_VALUE (2015), target 0:
  // (latest - baseline) / (target - baseline) overflows to -Infinity, d3's interpolation turns it
  // into NaN, and kpi-gauge.geometry.ts gaugePosition() returns NaN → <path d="MNaN,NaNLNaN,NaN">.
  it('<mieruka-kpi-gauge>: a latest value far past the target still draws a finite needle', async () => {
    const indicators = [{ id: 'A', name: '郡山市', target: { value: 0 }, observations: [{ fiscalYear: 2015, value: -Number.MAX_VALUE }, { fiscalYear: 2014, value: 0.5 }] }];
    expect(await shown('mieruka-kpi-gauge', doc({ nodes: [{ id: 'g1', level: 'l', title: '郡山市', indicators }] }))).to.deep.equal([]);
  });

  // Shrunk from seeds 20261223–20261227: any valid document, then any invalid one, set as `data`
  // on the same element. The element shows the stale note (role="status", "HH:MMの情報を表示しています")
  // and no alert: no message, no JSON path, for a document a developer just handed it.
  TAGS.forEach((tag) => {
    it(`<${tag}>: an invalid document given as data after a valid one shows the alert`, async () => {
      const el = create(tag);
      await show(el, { document: doc({}), selection: { missing: false }, lang: 'ja', options: {} });
      await show(el, { document: doc({ schemaVersion: undefined }), selection: { missing: false }, lang: 'ja', options: {} });
      expect(alertOf(el), 'alert').to.exist;
      expect(alertOf(el)!.textContent).to.contain('/schemaVersion');
    });
  });
});
