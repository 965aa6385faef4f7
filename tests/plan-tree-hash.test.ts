import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { example, row, sheet, text, until } from './support/plan-tree.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('<mieruka-plan-tree> deep links (hash)', () => {
  afterEach(() => setHash(''));

  it('opens the plan named in the URL hash at load, without a mieruka-select', async () => {
    setHash('#plan=g2-i3-p1');
    const fired: string[] = [];
    const el = await fixture<MierukaPlanTree>(
      html`<mieruka-plan-tree hash .data=${await example('koriyama-reform-2026')} @mieruka-select=${(e: CustomEvent) => fired.push(e.detail.id)}></mieruka-plan-tree>`,
    );
    expect(el.selected).to.equal('g2-i3-p1');
    expect(row(el, 'g2-i3-p1')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(sheet(el)!.querySelector('[part~=detail-title]'))).to.match(/^実施計画 ① /);
    expect(fired).to.deep.equal([]);
  });

  it('writes the reader’s selection into the hash with replaceState, keeping other keys', async () => {
    setHash('#tab=2');
    const length = history.length;
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree hash .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    (row(el, 'g1-i2')!.querySelector('.row-title') as HTMLElement).click();
    expect(location.hash).to.equal('#tab=2&plan=g1-i2');
    expect(history.length).to.equal(length);
  });

  it('follows the hash when it changes (a link on the page)', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree hash .data=${await example('koriyama-reform-2026')} expanded="0"></mieruka-plan-tree>`);
    location.hash = '#plan=g3-i1-p2';
    await until(() => el.selected === 'g3-i1-p2');
    await el.updateComplete;
    expect(row(el, 'g3-i1-p2')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('uses its own key when hash has a value, and ignores ids it does not know', async () => {
    setHash('#plan=g1-i1-p1&tree2=nope');
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree hash="tree2" .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    expect(sheet(el)).to.equal(null);
    (row(el, 'g1')!.querySelector('.row-title') as HTMLElement).click();
    expect(location.hash).to.equal('#plan=g1-i1-p1&tree2=g1');
  });

  it('without the hash attribute leaves the URL alone', async () => {
    setHash('#plan=g1-i1-p1');
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    expect(el.selected).to.equal(undefined);
    (row(el, 'g2')!.querySelector('.row-title') as HTMLElement).click();
    expect(location.hash).to.equal('#plan=g1-i1-p1');
  });
});
