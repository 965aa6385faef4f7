import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../src/index.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { summarize } from '../src/components/progress-summary/progress-summary.model.js';
import { statusInfo } from '../src/core/status.js';
import { accessibilityTree, axText, findAx } from './support/ax.js';

// A summary's count narrows linked gauges and trend tables to exactly what it counted (issue #23).
const SRC = '/data-schema/examples/koriyama-collaboration-2023.json';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const cardNames = (gauge: Element) => $$(gauge, '[part~=card] [part~=name]').map((n) => flat(n.textContent));
const tableKeys = (table: Element) => $$(table, 'tbody tr[data-key]:not(.sub)').map((r) => r.dataset.key!);

async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !predicate(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(predicate(), what).to.equal(true);
}

function block(markup: TemplateResult): HTMLElement {
  const div = document.createElement('div');
  div.className = 'cms-block';
  document.body.append(div);
  render(markup, div);
  return div.firstElementChild as HTMLElement;
}

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

  it('a filter that leaves nothing says so; an unknown status is an alert and the indicators stay', async () => {
    const gauge = block(html`<mieruka-kpi-gauge src="${SRC}" status="notApplicable" no-sparkline></mieruka-kpi-gauge>`);
    const table = block(html`<mieruka-trend-table src="${SRC}" status="nonsense" layout="table"></mieruka-trend-table>`);
    const errors: Event[] = [];
    table.addEventListener('mieruka-error', (e) => errors.push(e));
    const expected = summarize(doc).indicators.counts.some((c) => c.status === 'notApplicable') ? undefined : 'この条件に当てはまる指標はありません。';
    if (expected) await until(() => flat($(gauge, '[part~=empty]')?.textContent) === expected, 'one sentence');
    await until(() => Boolean($(table, '[role=alert]')), 'the table alerts');
    expect(flat($(table, '[role=alert]')!.textContent)).to.contain('nonsense');
    expect(tableKeys(table).length, 'the indicators stay').to.equal(39);
    (table as HTMLElement & { lang: string }).setAttribute('chunk-size', '50');
    await new Promise((r) => setTimeout(r, 100));
    expect(errors.length, 'mieruka-error once').to.be.at.most(1);
  });
});
