/**
 * The page side of `npm run bench` (scripts/bench.js bundles this, minified and with the
 * schema descriptions stripped, as the library ships). Each scenario runs in a fresh page and
 * returns milliseconds or bytes; the Node side takes medians. Not a test: nothing here asserts.
 *
 * Every measured stretch goes through `region()`: a gc() and a frame before it, the JS heap
 * sampled every frame while it runs (its peak is reported beside the time), and the marks
 * `bench:start` / `bench:end` around it, which the Node side's Chromium trace is cut to. When the
 * Node side profiles a run it sets `bench.control.hold`: the region then waits for `go()` so
 * that the profiler starts just before it, and the scenario stops after its first region.
 */
import { MierukaFiveLess, MierukaKpiGauge, MierukaPlanTree, MierukaSdgsBadges, MierukaTrendTable, validateDocument } from '../src/index.js';
import { checkDocument } from '../src/core/store.js';
import { syntheticDocument } from '../tests/support/synthetic.js';
import { syntheticDocument as syntheticIndicators } from '../tests/support/synthetic-indicators.js';
import type { MierukaDocument, PlanNode } from '../data-schema/index.js';
import { BareGauge, BareList, BareTable, echartsGauges, flatRows, gaugeValues } from './floors.js';

// package.json's "sideEffects" names only dist/ files, so a bundler would drop the src/
// element modules (and their define() calls) if nothing used them: use them.
export const ELEMENTS = [MierukaPlanTree, MierukaKpiGauge, MierukaFiveLess, MierukaSdgsBadges, MierukaTrendTable];

// ---- helpers ----

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };

const stage = () => document.getElementById('stage')!;
const raf = () => new Promise<number>((r) => requestAnimationFrame(r));
/** After the next frame has been produced (rAF, then a task after it). */
const afterFrame = () => new Promise<void>((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));

/** Time to the second animation frame after every element's updateComplete. */
async function settle(els: Updatable[]): Promise<void> {
  await Promise.all(els.map((e) => e.updateComplete));
  await raf();
  await afterFrame();
}

function make(tag: string, attrs: Record<string, string>, data?: unknown): Updatable {
  const el = document.createElement(tag) as Updatable;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  return el;
}

const PLANS: Record<number, { goals: number; initiativesPerGoal: number; plansPerInitiative: number }> = {
  100: { goals: 1, initiativesPerGoal: 10, plansPerInitiative: 10 },
  1000: { goals: 10, initiativesPerGoal: 10, plansPerInitiative: 10 },
  2000: { goals: 2, initiativesPerGoal: 10, plansPerInitiative: 100 },
  10000: { goals: 10, initiativesPerGoal: 10, plansPerInitiative: 100 },
};
const plans = (n: number): MierukaDocument => syntheticDocument(PLANS[n]!);

/**
 * The gauges' document: the 2,000-plan document whose indicators also have values for 2022 and
 * 2023 (the synthetic plans give only a baseline and a target, and a gauge with no value draws no
 * arc, which would flatter it beside floors that draw one).
 */
function gaugeDocument(): MierukaDocument {
  const doc = plans(2000);
  let i = 0;
  const walk = (nodes: PlanNode[]) =>
    nodes.forEach((n) => {
      for (const k of n.indicators ?? []) {
        const v = (i++ * 37) % 100;
        (k as { observations?: unknown }).observations = [{ fiscalYear: 2022, value: Math.max(0, v - 5) }, { fiscalYear: 2023, value: v }];
      }
      if (n.children) walk(n.children);
    });
  walk(doc.nodes);
  return doc;
}

function indicatorIds(doc: MierukaDocument): string[] {
  const out: string[] = [];
  const walk = (nodes: PlanNode[]) => nodes.forEach((n) => { n.indicators?.forEach((k) => out.push(k.id)); if (n.children) walk(n.children); });
  walk(doc.nodes);
  return out;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

// ---- heap sampling ----

const memory = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();

/** Samples the heap every frame from now until stop(); stop() returns the peak. */
function heapMeter(): { stop: () => number } {
  let peak = memory();
  let sampling = true;
  const sample = () => { peak = Math.max(peak, memory()); if (sampling) requestAnimationFrame(sample); };
  requestAnimationFrame(sample);
  return { stop: () => { sampling = false; return Math.max(peak, memory()); } };
}

/** Set by the Node side to profile one run (see the file's comment). */
const control = { hold: false, waiting: false, release: undefined as (() => void) | undefined };
const go = () => { control.waiting = false; control.release?.(); };

/** One measured stretch: its time, the JS heap's peak while it ran, and what it returned. */
async function region<T>(work: () => Promise<T> | T): Promise<{ ms: number; heap: number; value: T }> {
  gc();
  await afterFrame();
  if (control.hold) {
    await new Promise<void>((r) => { control.release = r; control.waiting = true; });
    await afterFrame();
  }
  const heap = heapMeter();
  performance.mark('bench:start');
  const t = performance.now();
  const value = await work();
  const ms = performance.now() - t;
  performance.mark('bench:end');
  return { ms, heap: heap.stop(), value };
}

/** The second region of a scenario (an update, a sort) is skipped while profiling the first. */
const profiling = () => control.hold;

async function elementRun(tag: string, attrs: Record<string, string>, doc: () => unknown, fromText: boolean) {
  const text = fromText ? JSON.stringify(doc()) : '';
  const parsed = fromText ? undefined : doc();
  const first = await region(async () => {
    const el = make(tag, attrs, fromText ? JSON.parse(text) : parsed);
    stage().append(el);
    await settle([el]);
    return el;
  });
  return { el: first.value, first: first.ms, heap: first.heap };
}

async function withUpdate(tag: string, attrs: Record<string, string>, doc: () => unknown) {
  const { el, first, heap } = await elementRun(tag, attrs, doc, false);
  if (profiling()) return { first, heap };
  const next = doc(); // a new object: validated again, as a live refresh would be
  const update = await region(async () => { el.data = next; await settle([el]); });
  return { first, heap, update: update.ms, ...(tag === 'mieruka-plan-tree' ? { rows: el.shadowRoot!.querySelectorAll('[role=treeitem]').length } : {}) };
}

// ---- scenarios ----

const scenarios = {
  /**
   * Validating a 10,000-plan document against its JSON.parse (each on fresh text): the widgets'
   * check (the store's checkDocument: the generated shape table, the rules and the references),
   * and beside it the full zod validation (the CLI, and the widgets for a refused document).
   */
  async validate() {
    const text = JSON.stringify(plans(10000));
    const parse: number[] = [];
    const check: number[] = [];
    const zod: number[] = [];
    let heapParse = 0;
    let heapCheck = 0;
    let heapZod = 0;
    for (let i = 0; i < 5; i++) {
      const p = await region(() => JSON.parse(text) as unknown);
      const c = await region(() => checkDocument(p.value));
      if (!('document' in c.value)) throw new Error('synthetic document refused by the widgets\' check');
      const z = await region(() => validateDocument(JSON.parse(text), { warnings: false }));
      if (!z.value.ok) throw new Error('synthetic document is not valid: ' + JSON.stringify(z.value.problems.slice(0, 3)));
      parse.push(p.ms);
      check.push(c.ms);
      zod.push(z.ms);
      heapParse = Math.max(heapParse, p.heap);
      heapCheck = Math.max(heapCheck, c.heap);
      heapZod = Math.max(heapZod, z.heap);
    }
    return { parse: median(parse), validate: median(check), zod: median(zod), heapParse, heapValidate: heapCheck, heapZod };
  },
  /** One validation (the widgets' check, or zod's) or one JSON.parse, for the profiles. */
  async validateOnce(which: 'validate' | 'zod' | 'parse') {
    const text = JSON.stringify(plans(10000));
    const value = which === 'parse' ? undefined : JSON.parse(text);
    const r = await region(() => (which === 'validate' ? checkDocument(value) : which === 'zod' ? validateDocument(value, { warnings: false }) : JSON.parse(text)));
    return { first: r.ms, heap: r.heap };
  },

  /** The tree from `.data` already parsed, then a data update. */
  async tree(n: number) {
    return withUpdate('mieruka-plan-tree', { expanded: 'all' }, () => plans(n));
  },
  /** The tree from the JSON text as fetched: JSON.parse and `.data` inside the measure. */
  async treeText(n: number) {
    const { el, first, heap } = await elementRun('mieruka-plan-tree', { expanded: 'all' }, () => plans(n), true);
    return { first, heap, rows: el.shadowRoot!.querySelectorAll('[role=treeitem]').length };
  },
  /** The tree through `src`: the store fetches the text (a blob: URL of this page), parses and validates it. */
  async treeSrc(n: number) {
    const url = URL.createObjectURL(new Blob([JSON.stringify(plans(n))], { type: 'application/json' }));
    const r = await region(async () => {
      const el = make('mieruka-plan-tree', { expanded: 'all' });
      const loaded = new Promise<void>((resolve, reject) => {
        el.addEventListener('mieruka-load', () => resolve(), { once: true });
        el.addEventListener('mieruka-error', (e) => reject(new Error(`mieruka-error: ${JSON.stringify((e as CustomEvent).detail)}`)), { once: true });
      });
      el.setAttribute('src', url);
      stage().append(el);
      await loaded;
      await settle([el]);
      return el;
    });
    return { first: r.ms, heap: r.heap, rows: r.value.shadowRoot!.querySelectorAll('[role=treeitem]').length };
  },
  /** The floor fetching the same kind of URL: fetch, text, JSON.parse, flattening. */
  async bareListSrc() {
    const url = URL.createObjectURL(new Blob([JSON.stringify(plans(10000))], { type: 'application/json' }));
    const r = await region(async () => {
      const el = document.createElement('bare-list') as BareList;
      el.items = flatRows(JSON.parse(await (await fetch(url)).text()) as MierukaDocument);
      stage().append(el);
      await settle([el]);
      return el.items.length;
    });
    return { first: r.ms, heap: r.heap, rows: r.value };
  },
  /** The floor from rows already flattened (the old figure). */
  async bareList() {
    const rows = flatRows(plans(10000));
    const r = await region(async () => {
      const el = document.createElement('bare-list') as BareList;
      el.items = rows;
      stage().append(el);
      await settle([el]);
    });
    return { first: r.ms, heap: r.heap, rows: rows.length };
  },
  /** The floor from the JSON text: JSON.parse and flattening inside the measure. */
  async bareListText() {
    const text = JSON.stringify(plans(10000));
    const r = await region(async () => {
      const el = document.createElement('bare-list') as BareList;
      el.items = flatRows(JSON.parse(text) as MierukaDocument);
      stage().append(el);
      await settle([el]);
      return el.items.length;
    });
    return { first: r.ms, heap: r.heap, rows: r.value };
  },

  async gauges() {
    const doc = gaugeDocument();
    const ids = indicatorIds(doc).slice(0, 200);
    const first = await region(async () => {
      const els = ids.map((id) => make('mieruka-kpi-gauge', { indicator: id }, doc));
      stage().append(...els);
      await settle(els);
      return els;
    });
    if (profiling()) return { first: first.ms, heap: first.heap };
    // A gauge that could not show its indicator would make the figure meaningless: count them.
    const alerts = first.value.filter((el) => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim()).length;
    const next = gaugeDocument();
    const update = await region(async () => { for (const el of first.value) el.data = next; await settle(first.value); });
    return { first: first.ms, heap: first.heap, update: update.ms, count: ids.length, alerts };
  },
  async bareGauges() {
    const values = gaugeValues(200);
    const r = await region(async () => {
      const els = values.map((v) => { const el = document.createElement('bare-gauge') as BareGauge; el.value = v; return el; });
      stage().append(...els);
      await settle(els);
    });
    return { first: r.ms, heap: r.heap, count: values.length };
  },
  async echartsGauges() {
    const values = gaugeValues(200);
    const r = await region(async () => {
      const charts = echartsGauges(stage(), values);
      await raf();
      await afterFrame();
      return charts.length;
    });
    return { first: r.ms, heap: r.heap, count: r.value, paths: stage().querySelectorAll('svg path').length };
  },

  async single(tag: string, n: number) {
    return withUpdate(tag, {}, () => plans(n));
  },

  /** The trend table (its first chunk of rows), then a sort click. */
  async trendTable(n: number) {
    const { el, first, heap } = await elementRun('mieruka-trend-table', { layout: 'table' }, () => syntheticIndicators(n), false);
    if (profiling()) return { first, heap };
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=sort]');
    const button = buttons[buttons.length - 1] ?? buttons[0];
    if (!button) throw new Error('trend-table: no sort button');
    const sort = await region(async () => { button.click(); await settle([el]); });
    return { first, heap, sort: sort.ms, rows: el.shadowRoot!.querySelectorAll('tr[part~=row]').length };
  },
  /** The floor: every indicator in one Lit + d3 table. */
  async bareTable(n: number) {
    const doc = syntheticIndicators(n);
    const r = await region(async () => {
      const el = document.createElement('bare-table') as BareTable;
      el.data = doc;
      stage().append(el);
      await settle([el]);
      return el.shadowRoot!.querySelectorAll('tbody tr').length;
    });
    return { first: r.ms, heap: r.heap, rows: r.value };
  },

  // --- key presses: the Node side presses ArrowDown through the real input pipeline ---
  async keysSetup() {
    const el = make('mieruka-plan-tree', { expanded: 'all', detail: 'none' }, plans(10000));
    stage().append(el);
    await settle([el]);
    const row = el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem]');
    if (!row) throw new Error('plan-tree: no row to focus');
    row.focus();
    gc();
    observeEvents();
    await afterFrame();
    return { rows: el.shadowRoot!.querySelectorAll('[role=treeitem]').length, focused: el.shadowRoot!.activeElement?.getAttribute('role') ?? null };
  },
  /** The floor of the key-press measures: the same key on a page with nothing listening. */
  async keysFloorSetup() {
    gc();
    observeEvents();
    await afterFrame();
    return { rows: 0, focused: null };
  },
};

// ---- key presses ----

interface KeyTiming {
  /** keydown's time stamp → just after the next frame. */
  frame: number;
  /**
   * The press's main-thread work: keydown's time stamp → the tree's update done and a layout
   * forced, plus the next frame's rendering (its first animation-frame callback → the task
   * after the frame: the virtualizer's frame callbacks, style, layout, resize observers, paint).
   * The wait for the frame between the two is left out.
   */
  work: number;
  /** The first part of `work` alone. */
  handler: number;
}
let keyDone: Promise<KeyTiming> | undefined;

/**
 * Arms a measurement of the next keydown. A capture listener on window takes the time stamp and
 * asks for the next frame; a bubbling one on window runs after the tree's own handler (which does
 * not stop the event), waits for the tree's update and forces a layout.
 */
function armKey(): void {
  keyDone = new Promise<KeyTiming>((resolve) => {
    let t0 = 0;
    let handler: number | undefined;
    let frame: number | undefined;
    let render = 0;
    const done = () => { if (handler !== undefined && frame !== undefined) resolve({ frame, handler, work: handler + render }); };
    addEventListener('keydown', (e) => {
      t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const c = new MessageChannel();
        c.port1.onmessage = () => { const end = performance.now(); frame = end - t0; render = end - frameStart; done(); };
        c.port2.postMessage(0);
      });
    }, { capture: true, once: true });
    addEventListener('keydown', () => {
      const tree = document.querySelector('mieruka-plan-tree') as Updatable | null;
      void (tree?.updateComplete ?? Promise.resolve()).then(() => {
        (tree?.shadowRoot?.activeElement ?? document.body).getBoundingClientRect();
        handler = performance.now() - t0;
        done();
      });
    }, { once: true });
  });
}
async function keyResult(): Promise<KeyTiming & { active: string | null }> {
  const timing = await keyDone!;
  const tree = document.querySelector('mieruka-plan-tree');
  return { ...timing, active: tree?.shadowRoot?.activeElement?.getAttribute('aria-posinset') ?? null };
}

/** The Event Timing API's keydown entries (Chromium reports only those of 16 ms or more). */
const eventEntries: { duration: number; processing: number }[] = [];
let keysHeap: { stop: () => number } | undefined;
/** Watches the presses to come: Event Timing entries, and the JS heap sampled every frame. */
function observeEvents(): void {
  keysHeap = heapMeter();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (e.name === 'keydown') eventEntries.push({ duration: e.duration, processing: e.processingEnd - e.startTime });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}
async function eventTimings() {
  await afterFrame();
  await afterFrame();
  return { entries: eventEntries, heap: keysHeap?.stop() ?? 0 };
}

Object.assign(globalThis, { bench: { scenarios, armKey, keyResult, eventTimings, control, go } });
document.documentElement.dataset.ready = '1';
