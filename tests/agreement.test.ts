/**
 * One reading of every indicator (issue #19): the gauge, the trend table and the plan sheet of
 * the tree state the same status and the same target for every indicator and every sub-series.
 *
 * fast-check generates one indicator at a time, edge cases on purpose: a baseline in the same
 * year as an observation, one observation, null values, targets met exactly, 以下 / 以上, no
 * target, a qualitative target (with and without a graded assessment on its plan), sub-series
 * with and without a target of their own under an indicator with and without figures of its
 * own, and trend marks (one whose scale level names no status). Each element renders it in
 * Japanese and the test reads what a reader sees: the status word and the target's number (or
 * words).
 *
 * The plan sheet shows its own text only when <mieruka-kpi-gauge> is not on the page (else it
 * embeds gauges, which would agree by construction). So the tree and the table render in this
 * page, where the gauge is never defined, and the gauge renders in an iframe of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument } from '../data-schema/index.js';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/trend-table/trend-table.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import { statusInfo } from '../src/core/status.js';
import { resetDocumentSources } from '../src/core/index.js';

const SEED = 20_261_204;
const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Generated indicators
// ---------------------------------------------------------------------------------------------

const valueArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 200 }), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
const YEARS = [2016, 2020, 2021, 2022, 2023] as const;

/** Observations in some of the years, oldest first; sometimes one, sometimes none. */
const observationsArb = fc.subarray([...YEARS], { maxLength: 4 }).chain((years) =>
  fc.tuple(...years.map((y) => valueArb.map((value) => ({ fiscalYear: y, value })))).map((o) => o as { fiscalYear: number; value: number | null }[]),
);

const targetArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  {
    arbitrary: fc.record(
      { fiscalYear: fc.constantFrom(2025, 2023, 2021), value: fc.integer({ min: 0, max: 200 }), comparator: fc.constantFrom(undefined, 'atLeast', 'atMost') },
      { requiredKeys: ['fiscalYear', 'value'] },
    ),
    weight: 5,
  },
  { arbitrary: fc.constant({ fiscalYear: 2025, text: '全校で実施' }), weight: 1 },
);

const trendArb = fc.option(fc.constantFrom('↑', '→', '↓', '↗'), { nil: undefined });

/** The cells of an indicator or a series; the baseline may repeat an observation (same year, same value). */
const cellsArb = fc
  .record({
    observations: observationsArb,
    baseline: fc.constantFrom('none', 'own', 'same-as-observation'),
    baselineYear: fc.constantFrom(2016, 2021),
    baselineValue: valueArb,
    target: targetArb,
    targetAtBaseline: fc.boolean(),
    trend: trendArb,
  })
  .map((c) => {
    const out: Record<string, unknown> = {};
    if (c.observations.length) out.observations = c.observations;
    const copied = c.observations.find((o) => o.fiscalYear === c.baselineYear) ?? c.observations[0];
    if (c.baseline === 'own') out.baseline = { fiscalYear: c.baselineYear, value: c.baselineValue, label: '現況値' };
    if (c.baseline === 'same-as-observation' && copied) out.baseline = { ...copied };
    if (c.target) {
      const base = (out.baseline as { value?: number | null } | undefined)?.value;
      // Targets met exactly: a target equal to the baseline (or to the latest value, below).
      out.target = c.targetAtBaseline && 'value' in c.target && base != null ? { ...c.target, value: base } : c.target;
    }
    if (c.trend) out.trend = { scale: 'arrow', value: c.trend };
    return out;
  });

const indicatorArb = fc
  .record({
    own: cellsArb,
    hasOwn: fc.boolean(),
    direction: fc.constantFrom(undefined, undefined, 'increase', 'decrease'),
    series: fc.array(cellsArb, { maxLength: 2 }),
    graded: fc.boolean(),
  })
  .map(({ own, hasOwn, direction, series, graded }) => {
    const indicator: Record<string, unknown> = { id: 'k1', name: '指標A', unit: '件' };
    if (direction) indicator.direction = direction;
    // An indicator with series is often a mere heading (no figures of its own), sometimes with a target or a mark.
    const cells = series.length && !hasOwn ? { target: own.target, trend: own.trend } : own;
    for (const [k, v] of Object.entries(cells)) if (v !== undefined) indicator[k] = v;
    if (series.length) indicator.series = series.map((s, i) => ({ name: ['小6', '中3'][i], ...s }));
    const node: Record<string, unknown> = { id: 'n1', level: 'plan', title: '施策A', indicators: [indicator] };
    if (graded) node.assessments = [{ fiscalYear: 2023, scale: 'grade', value: '4' }];
    return {
      schemaVersion: '1.0',
      id: 'agreement',
      title: '一致の確認',
      municipality: 'テスト市',
      levels: [{ id: 'plan', name: '施策' }],
      scales: [
        {
          id: 'arrow',
          name: '進捗状況',
          kind: 'arrow',
          levels: [
            { value: '↑', status: 'onTrack' },
            { value: '→', status: 'flat' },
            { value: '↓', status: 'offTrack' },
            { value: '↗', label: '目標値に近づいている' },
          ],
        },
        { id: 'grade', name: '達成度', kind: 'level', levels: [{ value: '4', label: '予定どおり実施した', status: 'achieved' }, { value: '1', status: 'behind' }] },
      ],
      nodes: [node],
    };
  });

// ---------------------------------------------------------------------------------------------
// Reading what each element states
// ---------------------------------------------------------------------------------------------

/** What one element states for one unit (the indicator itself, '', or a series by name). */
interface Stated {
  status: string;
  target: string;
}
type Statement = Map<string, Stated>;

const STATUSES = ['achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown'] as const;
/** The status whose Japanese word the text holds (目標から遠ざかっている before 目標達成: no overlap either way). */
const statusIn = (text: string): string => STATUSES.find((s) => text.includes(statusInfo(s, 'ja').label)) ?? `? ${text}`;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A target as a reader compares it: its number, or its words; '' for none. */
const targetKey = (text: string): string => {
  const t = squash(text);
  if (!t || t === '—' || t === '数値目標なし') return '';
  return /-?\d[\d,]*(\.\d+)?/.exec(t)?.[0] ?? t;
};
const textWithout = (el: Element | null | undefined, drop: string): string => {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(drop).forEach((n) => n.remove());
  return copy.textContent ?? '';
};

let frame: HTMLIFrameElement;
before(async function () {
  this.timeout(20_000);
  frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="ja"><body><script type="module" src="/src/components/kpi-gauge/kpi-gauge.ts"></script></body></html>';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  await frame.contentWindow!.customElements.whenDefined('mieruka-kpi-gauge');
});
after(() => frame.remove());
afterEach(() => resetDocumentSources());

async function gaugeStates(doc: unknown): Promise<Statement> {
  const d = frame.contentDocument!;
  d.body.replaceChildren();
  const el = d.createElement('mieruka-kpi-gauge') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.setAttribute('indicator', 'k1');
  el.data = (frame.contentWindow as Window & typeof globalThis).JSON.parse(JSON.stringify(doc));
  d.body.append(el);
  await el.updateComplete;
  const out: Statement = new Map();
  for (const g of el.shadowRoot!.querySelectorAll('[part~=gauge]')) {
    const name = squash(g.querySelector('[part~=label]')?.textContent);
    const dt = [...g.querySelectorAll('[part~=facts] dt')].find((x) => squash(x.textContent) === '目標');
    out.set(name, { status: statusIn(squash(g.querySelector('[part~=status]')?.textContent)), target: targetKey(textWithout(dt?.nextElementSibling, '[part~=year], .direction')) });
  }
  return out;
}

async function tableStates(doc: unknown): Promise<Statement> {
  const el = await fixture<MierukaTrendTable>(html`<div lang="ja"><mieruka-trend-table layout="table" indicator="k1" .data=${doc}></mieruka-trend-table></div>`).then(
    (box) => box.firstElementChild as MierukaTrendTable,
  );
  await el.updateComplete;
  const out: Statement = new Map();
  const rows = [...el.shadowRoot!.querySelectorAll('tr[part~=row]')];
  for (const row of rows) {
    const sub = row.classList.contains('sub');
    const name = sub ? squash(textWithout(row.querySelector('th'), '.sr-only')) : '';
    // The status word when there is one; else the status a mark stands for (its colour class);
    // no progress column at all: nothing judged.
    const cell = row.querySelector('td.progress');
    const words = cell?.querySelector('.status') ?? (cell?.querySelector('.mark') ? undefined : cell);
    const mark = cell?.querySelector('.mark');
    const status = !cell ? 'unknown' : words ? statusIn(squash(words.textContent)) : (/\bs-(\w+)/.exec(mark!.className)?.[1] ?? '?');
    out.set(name, { status, target: targetKey(textWithout(row.querySelector('td.target'), '.when, .sr-only, .alt, .printed')) });
  }
  return out;
}

async function sheetStates(doc: unknown): Promise<Statement> {
  const el = await fixture<MierukaPlanTree>(html`<div lang="ja"><mieruka-plan-tree selected="n1" .data=${doc}></mieruka-plan-tree></div>`).then(
    (box) => box.firstElementChild as MierukaPlanTree,
  );
  await el.updateComplete;
  const out: Statement = new Map();
  for (const r of el.shadowRoot!.querySelectorAll('.reading')) {
    const full = squash(r.querySelector('strong')?.textContent);
    const name = /（(.+)）$/.exec(full)?.[1] ?? '';
    const dd = (term: string) => [...r.querySelectorAll('dt')].find((x) => squash(x.textContent) === term)?.nextElementSibling;
    const target = squash(dd('目標値')?.textContent).replace(/（[^）]*年度[^）]*）$/, '');
    out.set(name, { status: statusIn(squash(dd('状況')?.textContent)), target: targetKey(target) });
  }
  return out;
}

/** A document with one plan carrying `indicator` (id k1). */
const docWith = (indicator: Record<string, unknown>) => ({
  schemaVersion: '1.0',
  id: 'agreement',
  title: '一致の確認',
  municipality: 'テスト市',
  levels: [{ id: 'plan', name: '施策' }],
  nodes: [{ id: 'n1', level: 'plan', title: '施策A', indicators: [{ id: 'k1', name: '指標A', unit: '件', ...indicator }] }],
});

async function allThree(doc: unknown): Promise<Statement[]> {
  return [await gaugeStates(doc), await tableStates(doc), await sheetStates(doc)];
}

describe('agreement: gauge, trend table and plan sheet read an indicator the same way', () => {
  it('a baseline that is its only observation (2021 = 100, target 120) is 判定なし everywhere, not 横ばい in the table', async () => {
    const doc = docWith({ baseline: { fiscalYear: 2021, value: 100 }, observations: [{ fiscalYear: 2021, value: 100 }], target: { fiscalYear: 2025, value: 120 } });
    for (const states of await allThree(doc)) expect(states.get('')).to.deep.equal({ status: 'unknown', target: '120' });
  });

  it('series without a target under a heading with one (76) show and are judged against 76 everywhere', async () => {
    const doc = docWith({
      target: { fiscalYear: 2025, value: 76 },
      series: [
        { name: '小6', observations: [{ fiscalYear: 2021, value: 40 }, { fiscalYear: 2023, value: 80 }] },
        { name: '中3', observations: [{ fiscalYear: 2021, value: 40 }, { fiscalYear: 2023, value: 30 }] },
      ],
    });
    for (const states of await allThree(doc)) {
      expect(states.get('小6')).to.deep.equal({ status: 'achieved', target: '76' });
      expect(states.get('中3')).to.deep.equal({ status: 'offTrack', target: '76' });
    }
  });

  it('the generator makes valid documents', () => {
    fc.assert(fc.property(indicatorArb, (doc) => validateDocument(doc).ok), { seed: SEED, numRuns: 200 });
  });

  it(`${RUNS} generated indicators: the same status and the same target for the indicator and each sub-series`, async function () {
    this.timeout(300_000);
    const seen = new Map<string, number>();
    const tally = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(indicatorArb, async (doc) => {
        const [gauge, table, sheet] = [await gaugeStates(doc), await tableStates(doc), await sheetStates(doc)];
        expect(gauge.size, 'the gauge shows something').to.be.at.least(1);
        for (const [name, g] of gauge) {
          tally(g.status);
          tally(name ? 'series' : 'indicator');
          tally(g.target === '' ? 'no target' : /\d/.test(g.target) ? 'numeric target' : 'qualitative target');
        }
        // The sheet and the gauge show the same units (the indicator, its series); the table has a row for each.
        expect([...sheet.keys()], 'units: sheet vs gauge').to.deep.equal([...gauge.keys()]);
        for (const [name, g] of gauge) {
          expect(table.get(name), `table row ${name || '(indicator)'}`).to.deep.equal(g);
          expect(sheet.get(name), `sheet reading ${name || '(indicator)'}`).to.deep.equal(g);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false, includeErrorInReport: true },
    );
    // The cases reached every status the rule, a mark or an assessment gives, and every kind of unit and target.
    for (const key of ['achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'unknown', 'series', 'indicator', 'no target', 'numeric target', 'qualitative target']) {
      expect(seen.get(key) ?? 0, key).to.be.at.least(3);
    }
  });
});
