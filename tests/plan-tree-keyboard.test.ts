import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import type { MierukaSelectEvent } from '../src/core/events.js';
import { example, focusedRow, root, row, rowIds, rows, sheet, text, until } from './support/plan-tree.js';

const reform = () => example('koriyama-reform-2026');

async function focused(el: MierukaPlanTree, id: string): Promise<void> {
  try {
    await until(() => focusedRow(el) === id, 2000);
  } catch {
    throw new Error(`expected focus on ${id}, found ${focusedRow(el)}`);
  }
}

async function press(el: MierukaPlanTree, key: string, expected: string): Promise<void> {
  await sendKeys({ press: key });
  await focused(el, expected);
}

describe('<mieruka-plan-tree> keyboard', () => {
  let el: MierukaPlanTree;
  beforeEach(async () => {
    el = await fixture<MierukaPlanTree>(html`<div><button id="before">before</button><mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree></div>`).then(
      (div) => div.querySelector('mieruka-plan-tree')!,
    );
    await el.updateComplete;
  });

  it('Tab reaches the tree once, on the first row', async () => {
    (document.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    // The tab order goes through the filter fields, then the toolbar, then the tree.
    for (let i = 0; i < 10 && focusedRow(el) === undefined; i++) await sendKeys({ press: 'Tab' });
    expect(focusedRow(el)).to.equal('g1');
    await sendKeys({ press: 'Tab' });
    expect(focusedRow(el)).to.equal(undefined);
  });

  it('arrow keys move through the visible rows; Home and End go to the first and last', async () => {
    row(el, 'g1')!.focus();
    await press(el, 'ArrowDown', 'g1-i1');
    await press(el, 'ArrowDown', 'g1-i2');
    await press(el, 'ArrowUp', 'g1-i1');
    await press(el, 'End', 'g3-i4');
    await press(el, 'ArrowDown', 'g3-i4');
    await press(el, 'Home', 'g1');
    await press(el, 'ArrowUp', 'g1');
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.id)).to.deep.equal(['g1']);
  });

  it('ArrowRight opens a closed node, then moves to its first child; ArrowLeft closes, then goes to the parent', async () => {
    row(el, 'g1-i1')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => row(el, 'g1-i1')!.getAttribute('aria-expanded') === 'true');
    expect(focusedRow(el)).to.equal('g1-i1');
    expect(rowIds(el)).to.include('g1-i1-p1');
    await press(el, 'ArrowRight', 'g1-i1-p1');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedRow(el)).to.equal('g1-i1-p1');
    await press(el, 'ArrowLeft', 'g1-i1');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => row(el, 'g1-i1')!.getAttribute('aria-expanded') === 'false');
    expect(rowIds(el)).not.to.include('g1-i1-p1');
    expect(focusedRow(el)).to.equal('g1-i1');
    await press(el, 'ArrowLeft', 'g1');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => row(el, 'g1')!.getAttribute('aria-expanded') === 'false');
    expect(rowIds(el).slice(0, 2)).to.deep.equal(['g1', 'g2']);
    expect(focusedRow(el)).to.equal('g1');
  });

  it('* opens every sibling of the focused node', async () => {
    row(el, 'g1-i2')!.focus();
    await sendKeys({ press: '*' });
    await until(() => ['g1-i1', 'g1-i2', 'g1-i3', 'g1-i4'].every((id) => row(el, id)!.getAttribute('aria-expanded') === 'true'));
    expect(row(el, 'g2-i1')!.getAttribute('aria-expanded')).to.equal('false');
    expect(focusedRow(el)).to.equal('g1-i2');
  });

  it('type-ahead moves to the next row whose title starts with the letters typed', async () => {
    el.expanded = 'all';
    await el.updateComplete;
    row(el, 'g1')!.focus();
    await press(el, 'i', 'g1-i3-p1-s2'); // ICT活用啓発事業
  });

  it('type-ahead takes several letters typed in a row', async () => {
    el.expanded = 'all';
    await el.updateComplete;
    row(el, 'g1')!.focus();
    await sendKeys({ type: 'ai' });
    await focused(el, 'g1-i3-p7'); // AIによる要介護認定業務効率化
  });

  it('Enter and Space select the focused row and fire mieruka-select', async () => {
    el.expanded = 'all';
    await el.updateComplete;
    row(el, 'g1-i1-p2')!.focus();
    let event = oneEvent(el, 'mieruka-select') as Promise<MierukaSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ kind: 'node', id: 'g1-i1-p2', title: '適正な定員管理の推進' });
    await el.updateComplete;
    expect(row(el, 'g1-i1-p2')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.selected).to.equal('g1-i1-p2');
    expect(text(sheet(el)!.querySelector('[part~=detail-title]'))).to.equal('実施計画 ② 適正な定員管理の推進');
    expect(focusedRow(el)).to.equal('g1-i1-p2');
    await press(el, 'ArrowDown', 'g1-i1-p3');
    event = oneEvent(el, 'mieruka-select') as Promise<MierukaSelectEvent>;
    await sendKeys({ press: ' ' });
    expect((await event).detail.id).to.equal('g1-i1-p3');
  });

  it('the sheet’s back button returns focus to the selected row', async () => {
    el.selected = 'g2-i1-p1';
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part~=back]')!.focus();
    await sendKeys({ press: 'Enter' });
    await focused(el, 'g2-i1-p1');
  });

  it('expand-all and collapse-all open and close every level', async () => {
    const [expand, collapse] = [...root(el).querySelectorAll<HTMLButtonElement>('[part~=toolbar] button')];
    expand!.click();
    await until(() => rows(el).length === 88);
    expect(rows(el).every((r) => r.getAttribute('aria-expanded') !== 'false')).to.be.true;
    collapse!.click();
    await until(() => rows(el).length === 3);
    expect(rowIds(el)).to.deep.equal(['g1', 'g2', 'g3']);
  });
});

describe('<mieruka-plan-tree> events', () => {
  it('a click selects a row and fires mieruka-select; a click on the triangle only opens or closes', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
    const fired: (string | null)[] = [];
    el.addEventListener('mieruka-select', (e) => fired.push(e.detail.id));
    (row(el, 'g1-i2')!.querySelector('.twisty') as HTMLElement).click();
    await el.updateComplete;
    expect(row(el, 'g1-i2')!.getAttribute('aria-expanded')).to.equal('true');
    expect(fired).to.deep.equal([]);
    (row(el, 'g1-i2-p1')!.querySelector('.row-title') as HTMLElement).click();
    await el.updateComplete;
    expect(fired).to.deep.equal(['g1-i2-p1']);
    expect(row(el, 'g1-i2-p1')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('the event bubbles out of the shadow root to the document', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
    const event = oneEvent(document, 'mieruka-select') as Promise<MierukaSelectEvent>;
    (row(el, 'g2')!.querySelector('.row-title') as HTMLElement).click();
    const e = await event;
    expect([e.bubbles, e.composed, e.detail.id]).to.deep.equal([true, true, 'g2']);
  });

  it('setting selected, node or expanded from code fires no mieruka-select', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
    const fired: (string | null)[] = [];
    el.addEventListener('mieruka-select', (e) => fired.push(e.detail.id));
    el.selected = 'g1-i1-p1';
    await el.updateComplete;
    el.expanded = 'all';
    await el.updateComplete;
    el.node = 'g2';
    await el.updateComplete;
    expect(row(el, 'g2')).to.exist;
    expect(fired).to.deep.equal([]);
  });

  it('fires mieruka-load once the document is shown', async () => {
    const el = document.createElement('mieruka-plan-tree');
    const load = oneEvent(el, 'mieruka-load');
    el.src = '/data-schema/examples/small-plan-tree.json';
    document.body.append(el);
    expect((await load).detail.id).to.equal('small-plan-tree');
    el.remove();
  });
});
