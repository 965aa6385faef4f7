/**
 * The page side of `npm run bench` (scripts/bench.js bundles this, minified and with the
 * schema descriptions stripped, as the library ships). Each scenario runs in a fresh page and
 * returns milliseconds or bytes; the Node side takes medians. Not a test: nothing here asserts.
 */
import { LitElement, css, html } from 'lit';
import { arc } from 'd3-shape';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { MierukaFiveLess, MierukaKpiGauge, MierukaPlanTree, MierukaSdgsBadges, MierukaTrendTable, validateDocument } from '../src/index.js';
import { syntheticDocument } from '../tests/support/synthetic.js';
import { syntheticDocument as syntheticIndicators } from '../tests/support/synthetic-indicators.js';
import type { MierukaDocument, PlanNode } from '../data-schema/index.js';

// package.json's "sideEffects" names only dist/ files, so a bundler would drop the src/
// element modules (and their define() calls) if nothing used them: use them.
export const ELEMENTS = [MierukaPlanTree, MierukaKpiGauge, MierukaFiveLess, MierukaSdgsBadges, MierukaTrendTable];

// ---- baselines: what the budgets are ratios to ----

const gaugeArc = arc();

/** A bare Lit + d3 arc gauge: one path and one text. */
class BareGauge extends LitElement {
  static override properties = { value: { type: Number } };
  static override styles = css`:host { display: inline-block; }`;
  declare value: number;
  constructor() {
    super();
    this.value = 0;
  }
  override render() {
    const d = gaugeArc({ innerRadius: 40, outerRadius: 50, startAngle: -Math.PI / 2, endAngle: -Math.PI / 2 + (Math.PI * Math.min(100, this.value)) / 100 }) ?? '';
    return html`<svg viewBox="-60 -55 120 65" width="120" height="65"><path d=${d} fill="currentColor"></path><text text-anchor="middle" y="0">${this.value}%</text></svg>`;
  }
}
customElements.define('bare-gauge', BareGauge);

interface BareRow {
  i: number;
  number: string;
  title: string;
  department: string;
}

/** A bare @lit-labs/virtualizer list. */
class BareList extends LitElement {
  static override properties = { items: { attribute: false } };
  static override styles = css`:host { display: block; } .row { display: flex; gap: 0.5rem; padding: 0.25rem; border-bottom: 1px solid #ccc; }`;
  declare items: BareRow[];
  constructor() {
    super();
    this.items = [];
  }
  override render() {
    return html`<div role="list">${virtualize({
      items: this.items,
      keyFunction: (r: BareRow) => r.i,
      renderItem: (r: BareRow) => html`<div class="row" role="listitem"><span>${r.number}</span><span>${r.title}</span><span>${r.department}</span></div>`,
      layout: flow(),
    })}</div>`;
  }
}
customElements.define('bare-list', BareList);

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

function indicatorIds(doc: MierukaDocument): string[] {
  const out: string[] = [];
  const walk = (nodes: PlanNode[]) => nodes.forEach((n) => { n.indicators?.forEach((k) => out.push(k.id)); if (n.children) walk(n.children); });
  walk(doc.nodes);
  return out;
}

function flatRows(doc: MierukaDocument): BareRow[] {
  const rows: BareRow[] = [];
  const walk = (nodes: PlanNode[]) => nodes.forEach((n) => { rows.push({ i: rows.length, number: n.number ?? '', title: n.title, department: n.departments?.[0]?.name ?? '' }); if (n.children) walk(n.children); });
  walk(doc.nodes);
  return rows;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

// ---- heap sampling ----

const memory = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();

/** Samples the heap every frame while `work` runs; returns the peak and the floor after gc(). */
async function withHeap(prepare: () => unknown, work: (prepared: unknown) => Promise<unknown>): Promise<{ base: number; peak: number; prepared: number }> {
  gc();
  await afterFrame();
  const base = memory();
  const prepared = prepare();
  gc();
  const afterPrepare = memory();
  let peak = afterPrepare;
  let sampling = true;
  const sample = () => { peak = Math.max(peak, memory()); if (sampling) requestAnimationFrame(sample); };
  requestAnimationFrame(sample);
  const keep = await work(prepared);
  for (let i = 0; i < 10; i++) await afterFrame(); // let layout and late work land
  peak = Math.max(peak, memory());
  sampling = false;
  void keep;
  return { base, peak, prepared: afterPrepare };
}

// ---- scenarios ----

const scenarios = {
  /** Validating a 10,000-plan document against its JSON.parse (each on fresh text). */
  async validate() {
    const text = JSON.stringify(plans(10000));
    const parse: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      const value = JSON.parse(text);
      parse.push(performance.now() - t);
      t = performance.now();
      const result = validateDocument(value, { warnings: false });
      validate.push(performance.now() - t);
      if (!result.ok) throw new Error('synthetic document is not valid: ' + JSON.stringify(result.problems.slice(0, 3)));
    }
    return { parse: median(parse), validate: median(validate) };
  },

  async tree(n: number) {
    const doc = plans(n);
    await afterFrame();
    const t = performance.now();
    const el = make('mieruka-plan-tree', { expanded: 'all' }, doc);
    stage().append(el);
    await settle([el]);
    const first = performance.now() - t;
    const next = plans(n); // a new object: validated again, as a live refresh would be
    const u = performance.now();
    el.data = next;
    await settle([el]);
    return { first, update: performance.now() - u, rows: el.shadowRoot!.querySelectorAll('[role=treeitem]').length };
  },

  async bareList() {
    const rows = flatRows(plans(10000));
    await afterFrame();
    const t = performance.now();
    const el = document.createElement('bare-list') as BareList;
    el.items = rows;
    stage().append(el);
    await settle([el]);
    return { first: performance.now() - t, rows: rows.length };
  },

  async gauges() {
    const doc = plans(2000);
    const ids = indicatorIds(doc).slice(0, 200);
    await afterFrame();
    const t = performance.now();
    const els = ids.map((id) => make('mieruka-kpi-gauge', { indicator: id }, doc));
    stage().append(...els);
    await settle(els);
    const first = performance.now() - t;
    const next = plans(2000);
    const u = performance.now();
    for (const el of els) el.data = next;
    await settle(els);
    return { first, update: performance.now() - u, count: els.length };
  },

  async bareGauges() {
    await afterFrame();
    const t = performance.now();
    const els = Array.from({ length: 200 }, (_, i) => { const el = document.createElement('bare-gauge') as BareGauge; el.value = (i * 37) % 100; return el; });
    stage().append(...els);
    await settle(els);
    return { first: performance.now() - t, count: els.length };
  },

  async single(tag: string, n: number) {
    const doc = plans(n);
    await afterFrame();
    const t = performance.now();
    const el = make(tag, {}, doc);
    stage().append(el);
    await settle([el]);
    const first = performance.now() - t;
    const next = plans(n);
    const u = performance.now();
    el.data = next;
    await settle([el]);
    return { first, update: performance.now() - u };
  },

  /** The trend table of `n` indicators (2,000; 1,000 is the 5レス matrix's floor in issue #22). */
  async trendTable(n = 2000) {
    const doc = syntheticIndicators(n);
    await afterFrame();
    const t = performance.now();
    const el = make('mieruka-trend-table', { layout: 'table' }, doc);
    stage().append(el);
    await settle([el]);
    const first = performance.now() - t;
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=sort]');
    const button = buttons[buttons.length - 1] ?? buttons[0];
    if (!button) throw new Error('trend-table: no sort button');
    const s = performance.now();
    button.click();
    await settle([el]);
    return { first, sort: performance.now() - s, sortButtons: buttons.length };
  },

  // --- heap ---
  async heapGauges() {
    return withHeap(() => plans(2000), async (doc) => {
      const ids = indicatorIds(doc as MierukaDocument).slice(0, 200);
      const els = ids.map((id) => make('mieruka-kpi-gauge', { indicator: id }, doc));
      stage().append(...els);
      await settle(els);
      return els;
    });
  },
  async heapBareGauges() {
    return withHeap(() => null, async () => {
      const els = Array.from({ length: 200 }, (_, i) => { const el = document.createElement('bare-gauge') as BareGauge; el.value = (i * 37) % 100; return el; });
      stage().append(...els);
      await settle(els);
      return els;
    });
  },
  async heapTree() {
    return withHeap(() => plans(10000), async (doc) => {
      const el = make('mieruka-plan-tree', { expanded: 'all' }, doc);
      stage().append(el);
      await settle([el]);
      return el;
    });
  },
  async heapBareList() {
    return withHeap(() => flatRows(plans(10000)), async (rows) => {
      const el = document.createElement('bare-list') as BareList;
      el.items = rows as BareRow[];
      stage().append(el);
      await settle([el]);
      return el;
    });
  },

  // --- key presses: the Node side presses ArrowDown through the real input pipeline ---
  async keysSetup() {
    const el = make('mieruka-plan-tree', { expanded: 'all', detail: 'none' }, plans(10000));
    stage().append(el);
    await settle([el]);
    const row = el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem]');
    if (!row) throw new Error('plan-tree: no row to focus');
    row.focus();
    await afterFrame();
    return { rows: el.shadowRoot!.querySelectorAll('[role=treeitem]').length, focused: el.shadowRoot!.activeElement?.getAttribute('role') ?? null };
  },

  /** The floor of the key-press measure: the same key on a page with nothing listening (frame alignment alone). */
  async keysFloorSetup() {
    await afterFrame();
    return { rows: 0, focused: null };
  },
};

let keyDone: Promise<number> | undefined;
/** Arms a measurement of the next keydown: from the event's time stamp until the frame after it. */
function armKey(): void {
  keyDone = new Promise<number>((resolve) => {
    addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      void afterFrame().then(() => resolve(performance.now() - t0));
    }, { capture: true, once: true });
  });
}
async function keyResult(): Promise<{ ms: number; active: string | null }> {
  const ms = await keyDone!;
  const tree = document.querySelector('mieruka-plan-tree');
  return { ms, active: tree?.shadowRoot?.activeElement?.getAttribute('aria-posinset') ?? null };
}

Object.assign(globalThis, { bench: { scenarios, armKey, keyResult } });
document.documentElement.dataset.ready = '1';
