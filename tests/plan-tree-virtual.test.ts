import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { focusedRow, root, row, rows, text, until } from './support/plan-tree.js';
import { syntheticDocument } from './support/synthetic.js';

describe('<mieruka-plan-tree> with 10,000 plans', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  let doc: MierukaDocument;
  let el: MierukaPlanTree;
  before(() => {
    doc = syntheticDocument({ goals: 10, initiativesPerGoal: 10, plansPerInitiative: 100 });
  });
  beforeEach(async () => {
    window.scrollTo(0, 0);
    el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} expanded="all" detail="none"></mieruka-plan-tree>`);
    await until(() => rows(el).length > 0);
  });

  it('counts 10,000 plans and renders far fewer rows, each with its level, position and set size', () => {
    expect(text(root(el).querySelector('[part~=total]'))).to.equal('合計10,000計画');
    const shown = rows(el);
    expect(shown.length).to.be.lessThan(200);
    expect(shown[0]!.dataset.id).to.equal('g1');
    for (const r of shown) {
      const id = r.dataset.id!;
      const depth = id.split('-').length;
      const last = Number(/(\d+)$/.exec(id)![1]);
      expect([r.getAttribute('aria-level'), r.getAttribute('aria-posinset'), r.getAttribute('aria-setsize')]).to.deep.equal([
        String(depth),
        String(last),
        depth === 3 ? '100' : '10',
      ]);
    }
  });

  it('End reaches the last plan and Home the first item, through rows that were not rendered', async () => {
    row(el, 'g1')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => focusedRow(el) === 'g10-i10-p100');
    const last = row(el, 'g10-i10-p100')!;
    expect([last.getAttribute('aria-level'), last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).to.deep.equal(['3', '100', '100']);
    expect(rows(el).length).to.be.lessThan(200);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focusedRow(el) === 'g10-i10-p99');
    await sendKeys({ press: 'Home' });
    await until(() => focusedRow(el) === 'g1');
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.id)).to.deep.equal(['g1']);
  });

  it('keeps one tab stop when the focused row has scrolled away', async () => {
    row(el, 'g1')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => focusedRow(el) === 'g10-i10-p100');
    (document.activeElement as HTMLElement).blur();
    const tree = root(el).querySelector<HTMLElement>('[role=tree]')!;
    // The reader scrolls back to the top (every few frames, as a reader would, while the
    // virtualizer may still be settling the sizes it had estimated).
    let frame = 0;
    await until(() => {
      if (frame++ % 10 === 0) window.scrollTo(0, 0);
      return row(el, 'g10-i10-p100') === null && tree.tabIndex === 0;
    });
    tree.focus();
    await until(() => focusedRow(el) === 'g10-i10-p100');
  });

  it('reveals a node selected by code deep in the tree', async () => {
    el.selected = 'g7-i3-p50';
    await until(() => row(el, 'g7-i3-p50') !== null);
    expect(row(el, 'g7-i3-p50')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('filters 10,000 plans down to one, and collapses to the goals', async () => {
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '実施計画 9999';
    input.dispatchEvent(new Event('input'));
    await until(() => rows(el).length === 3);
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(['g10', 'g10-i10', 'g10-i10-p99']);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    root(el).querySelectorAll<HTMLButtonElement>('[part~=toolbar] button')[1]!.click();
    await until(() => rows(el).length === 10);
  });
});
