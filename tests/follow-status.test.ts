import { expect, html } from '@open-wc/testing';
import { $, $$, cmsBlock, flat, until } from './support/cms-blocks.js';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { summarize } from '../src/components/progress-summary/progress-summary.model.js';
import { statusInfo } from '../src/core/status.js';
import { GRADED_DOCUMENT } from '../stories/lib/fixtures.js';
import { accessibilityTree, axText, findAx } from './support/ax.js';

/** An element in a block of its own. */
const block = (markup: TemplateResult) => cmsBlock(markup).firstElementChild as HTMLElement;

// A summary's count narrows linked gauges and trend tables to exactly what it counted (issue #23).
const SRC = '/data-schema/examples/koriyama-collaboration-2023.json';

const cardNames = (gauge: Element) => $$(gauge, '[part~=card] [part~=name]').map((n) => flat(n.textContent));
const tableKeys = (table: Element) => $$(table, 'tbody tr[data-key]:not(.sub)').map((r) => r.dataset.key!);

let doc: MierukaDocument;
const nameOf = (id: string) => doc.indicators?.find((i) => i.id === id)?.name ?? findIn(doc.nodes ?? [], id);
function findIn(nodes: NonNullable<MierukaDocument['nodes']>, id: string): string | undefined {
  for (const n of nodes) {
    const hit = n.indicators?.find((i) => i.id === id)?.name ?? findIn(n.children ?? [], id);
    if (hit) return hit;
  }
  return undefined;
}

describe('a summary’s status count narrows linked gauges and trend tables', () => {
  before(async () => {
    doc = (await (await fetch(SRC)).json()) as MierukaDocument;
  });
  afterEach(() => document.querySelectorAll('.cms-block').forEach((b) => b.remove()));

  it('pressing a count leaves exactly the indicators it counted; pressing again restores all', async () => {
    const summary = block(html`<mieruka-progress-summary id="sum" src="${SRC}"></mieruka-progress-summary>`);
    const gauge = block(html`<mieruka-kpi-gauge follow="sum" src="${SRC}" no-sparkline></mieruka-kpi-gauge>`);
    const table = block(html`<mieruka-trend-table follow="sum" src="${SRC}" layout="table"></mieruka-trend-table>`);
    const all = summarize(doc).indicators;
    // The count with the most indicators that still leaves some out.
    const count = all.counts.filter((c) => c.indicators.length < 39).sort((a, b) => b.count - a.count)[0]!;
    const words = statusInfo(count.status, 'ja').label;
    await until(() => cardNames(gauge).length === 39 && tableKeys(table).length === 39 && $$(summary, 'button').length > 0, 'all loaded');
    const button = $$(summary, 'button').find((b) => flat(b.textContent).includes(words))!;
    const fired: Event[] = [];
    for (const el of [gauge, table]) el.addEventListener('mieruka-select', (e) => fired.push(e));

    button.click();
    await until(() => cardNames(gauge).length === count.indicators.length, `the gauge narrows to ${words}`);
    expect(cardNames(gauge)).to.deep.equal(count.indicators.map(nameOf));
    await until(() => tableKeys(table).length === count.indicators.length, 'the table narrows');
    expect(tableKeys(table)).to.deep.equal(count.indicators);
    expect(gauge.getAttribute('status')).to.equal(count.status);
    expect(fired, 'following fires no event').to.have.length(0);
    await until(() => flat($(table, '.announcer')?.textContent).includes(words), 'the table says what narrowed it');
    const ax = await accessibilityTree();
    const said = findAx(ax, (n) => n.role === 'status' && (n.name.includes(`${words}`) || axText(n).includes(`${words}`)) && axText(n).includes('絞り込みました'));
    expect(said, 'a live region says what the followers narrowed to').to.not.equal(undefined);

    button.click();
    await until(() => cardNames(gauge).length === 39 && tableKeys(table).length === 39, 'all 39 again');
    expect(gauge.hasAttribute('status') && gauge.getAttribute('status') !== '').to.equal(false);
  });

  it('agrees with the summary for every status: the gauge shows exactly the counted items', async () => {
    const gauge = block(html`<mieruka-kpi-gauge src="${SRC}" no-sparkline></mieruka-kpi-gauge>`) as HTMLElement & { status: string };
    await until(() => cardNames(gauge).length === 39, 'loaded');
    for (const c of summarize(doc).indicators.counts) {
      gauge.status = c.status;
      await until(() => cardNames(gauge).length === c.indicators.length, `${c.status}: ${c.indicators.length} indicators`);
      expect(cardNames(gauge), c.status).to.deep.equal(c.indicators.map(nameOf));
      // Counted items: a card counted as a whole is one; a card counted per sub-series shows those sub-series only.
      const items = $$(gauge, '[part~=card]').reduce((n, card) => {
        const subs = [...card.querySelectorAll('[part~=series] > [part~=gauge]')];
        // Counted once: its own gauge, or a status for the whole (the data's mark) with this status.
        const whole = card.querySelector(`:scope > [part~=gauge], :scope > [part~=status][data-status=${c.status}]`);
        return n + (whole || !subs.length ? 1 : subs.length);
      }, 0);
      expect(items, `${c.status}: ${c.count} counted`).to.equal(c.count);
      for (const g of $$(gauge, '[part~=series] > [part~=gauge]')) {
        if (!g.closest('[part~=card]')!.querySelector(`:scope > [part~=gauge], :scope > [part~=status][data-status=${c.status}]`)) expect(g.dataset.status).to.equal(c.status);
      }
    }
  });

  it('a filter that leaves nothing says so; an unknown status is an alert (once) and the indicators stay', async () => {
    // koriyama-collaboration-2023 has no indicator 完了 (done).
    const gauge = block(html`<mieruka-kpi-gauge src="${SRC}" status="done" no-sparkline></mieruka-kpi-gauge>`);
    const table = block(html`<mieruka-trend-table src="${SRC}" status="nonsense" layout="table"></mieruka-trend-table>`);
    const errors: Event[] = [];
    table.addEventListener('mieruka-error', (e) => errors.push(e));
    await until(() => flat($(gauge, '[part~=empty]')?.textContent) === 'この条件に当てはまる指標はありません。', 'one sentence');
    expect(cardNames(gauge)).to.have.length(0);
    await until(() => Boolean($(table, '[role=alert]')) && tableKeys(table).length === 39, 'the table alerts and keeps every indicator');
    expect(flat($(table, '[role=alert]')!.textContent)).to.contain('「nonsense」');
    table.setAttribute('chunk-size', '50');
    await until(() => (table as HTMLElement & { chunkSize: number }).chunkSize === 50, 'updated');
    expect(errors, 'mieruka-error once').to.have.length(1);
    table.setAttribute('status', 'offTrack');
    await until(() => !$(table, '[role=alert]') && tableKeys(table).length === 12, 'a valid status clears the alert and narrows');
  });

  it('an indicator counted per sub-series keeps only the sub-series with that status', async () => {
    const gauge = block(html`<mieruka-kpi-gauge no-sparkline></mieruka-kpi-gauge>`) as HTMLElement & { data: unknown; status: string };
    const table = block(html`<mieruka-trend-table layout="table"></mieruka-trend-table>`) as HTMLElement & { data: unknown; status: string };
    const graded = structuredClone(GRADED_DOCUMENT) as unknown as MierukaDocument;
    const counts = summarize(graded).indicators.counts;
    const achieved = counts.find((c) => c.status === 'achieved')!;
    expect([achieved.count, achieved.series, achieved.indicators]).to.deep.equal([1, 1, ['k1']]);
    const selects: Event[] = [];
    for (const el of [gauge, table]) el.addEventListener('mieruka-select', (e) => selects.push(e));
    gauge.data = graded;
    table.data = graded;
    gauge.status = 'achieved';
    table.status = 'offTrack';
    await until(() => cardNames(gauge).length === 1, 'one card');
    const subs = $$(gauge, '[part~=series] > [part~=gauge]');
    expect(subs.map((g) => g.dataset.status)).to.deep.equal(['achieved']);
    expect($$(gauge, '[part~=card] > [part~=gauge]'), 'no gauge for the whole').to.have.length(0);
    await until(() => tableKeys(table).length === 1, 'one row');
    expect($$(table, 'tbody tr.sub').length).to.equal(1);
    expect(selects, 'setting status from script fires no event').to.have.length(0);
  });
});

describe('a summary’s grade count narrows a linked tree', () => {
  afterEach(() => document.querySelectorAll('.cms-block').forEach((b) => b.remove()));

  it('pressing 「4 予定どおり実施した 85」 leaves the 85 items it counted in the tree; pressing again shows all', async () => {
    const d = (await (await fetch(SRC)).json()) as MierukaDocument;
    const achievement = summarize(d).scales.find((s) => s.id === 'achievement')!;
    const four = achievement.grades.find((g) => g.value === '4')!;
    const summary = block(html`<mieruka-progress-summary id="sum" src="${SRC}"></mieruka-progress-summary>`);
    const tree = block(html`<mieruka-plan-tree follow="sum" src="${SRC}" expanded="all"></mieruka-plan-tree>`);
    const results = () => flat($(tree, '[part~=results]')?.textContent);
    await until(() => $$(summary, 'button').length > 0 && $$(tree, '[role=treeitem]').length > 0, 'both loaded');
    const fired: Event[] = [];
    tree.addEventListener('mieruka-select', (e) => fired.push(e));
    const button = $$(summary, 'button').find((b) => flat(b.textContent).startsWith('◎ 4 予定どおり実施した'))!;
    button.click();
    await until(() => results() === `${four.count}件が一致しました`, `the tree says ${four.count} items match`);
    // Exactly the counted items are matches (their ancestors stay on screen as the path to them).
    const shown = $$(tree, '[role=treeitem]').map((r) => r.dataset.id!);
    for (const id of four.nodes) expect(shown, id).to.include(id);
    expect(tree.getAttribute('grade')).to.equal('4');
    expect(fired, 'following fires no mieruka-select').to.have.length(0);
    button.click();
    await until(() => results() === '' && !tree.hasAttribute('grade'), 'the tree shows everything again');
  });
});
