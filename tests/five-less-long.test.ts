import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { FIVE_LESS_KEYS, type MierukaDocument } from '../data-schema/index.js';
import '../src/components/five-less/five-less.js';
import type { MierukaFiveLess } from '../src/components/five-less/five-less.js';
import { collectRows, sortRows } from '../src/components/five-less/five-less.model.js';
import { accessibilityTree, flattenAx } from './support/ax.js';
import { until } from './support/probe-element.js';
import { syntheticDocument } from './support/synthetic.js';

/**
 * A long 5レス matrix (issue #22: 1,000 plans) is built in chunks, as the trend table is: the
 * first `chunk-size` plans, then more when the reader asks (the 「さらに表示」 button, or its bar
 * scrolled into view), every plan on paper. What it always says of every plan: the caption, the
 * summary's counts and the 合計 row.
 */

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, '') ?? '';
const rows = (el: Element) => $$(el, 'tbody tr[part=row]');
const titles = (el: Element) => rows(el).map((r) => r.querySelector('th .title')!.textContent!.trim());

/** 50 plans: 5 initiatives of 10 (rows about 40 px high: a chunk of 20 ends below a 900 px screen). */
const fifty = (): MierukaDocument => syntheticDocument({ goals: 1, initiativesPerGoal: 5, plansPerInitiative: 10 });

async function render(doc: MierukaDocument, attrs = ''): Promise<MierukaFiveLess> {
  const el = await fixture<MierukaFiveLess>(html`<mieruka-five-less .data=${doc} chunk-size="20" sort=${attrs || 'none'}></mieruka-five-less>`);
  await el.updateComplete;
  return el;
}

before(() => setViewport({ width: 1280, height: 900 }));
afterEach(() => setViewport({ width: 1280, height: 900 }));

describe('a long matrix, built in chunks', () => {
  it('builds the first chunk-size plans and says how many of how many; caption, summary and 合計 count every plan', async () => {
    const doc = fifty();
    const el = await render(doc);
    expect(rows(el)).to.have.length(20);
    expect(text($(el, '[part~=more] span'))).to.equal('全50計画のうち20計画を表示しています。');
    expect(text($(el, '[part~=more] button'))).to.equal('さらに表示（残り30計画）');
    expect(text($(el, 'caption'))).to.contain('50計画');
    // Independent counts straight from the JSON, over all 50 plans.
    const plans = doc.nodes.flatMap((g) => g.children!.flatMap((i) => i.children!));
    FIVE_LESS_KEYS.forEach((k, i) => {
      const applies = plans.filter((p) => p.fiveLess?.[k] === true).length;
      expect(text($$(el, '[part~=category]')[i]), k).to.contain(`${applies}/50計画`);
      expect(text($$(el, 'tfoot td')[i]), k).to.equal(String(applies));
    });
    const lines = flattenAx(await accessibilityTree()).map((n) => `${n.role} ${n.name ?? ''}`.trim());
    expect(lines).to.include('StaticText 全50計画のうち20計画を表示しています。');
    expect(lines).to.include('button さらに表示（残り30計画）');
  });

  it('the button builds the next chunk and keeps focus; with the last chunk focus moves to the first plan it brought', async () => {
    const el = await render(fifty());
    const button = $(el, '[part~=more] button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.have.length(40);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(text($(el, '[part~=more] button'))).to.equal('さらに表示（残り10計画）');
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 50 && !$(el, '[part~=more]'));
    await until(() => el.shadowRoot!.activeElement !== null);
    expect(el.shadowRoot!.activeElement).to.equal(rows(el)[40]!.querySelector('th'));
    expect(titles(el)[40]).to.equal('① 実施計画 41 の推進');
  });

  it('scrolling the bar into view builds the next chunk', async () => {
    const el = await render(fifty());
    expect(rows(el)).to.have.length(20);
    $(el, '[part~=more]')!.scrollIntoView();
    await until(() => rows(el).length === 40);
    window.scrollTo(0, 0);
  });

  it('sorting ranks every plan, not only those built', async () => {
    const doc = fifty();
    const el = await render(doc, 'descending');
    const expected = sortRows(collectRows(doc), 'descending').slice(0, 20).map((r) => r.node.title);
    expect(titles(el).map((t) => t.replace(/^\S+\s/, ''))).to.deep.equal(expected);
  });

  it('on a phone, the list is built in chunks too', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await render(fifty());
    expect($$(el, '[part~=item]')).to.have.length(20);
    expect(text($(el, '.list-view [part~=more] span'))).to.equal('全50計画のうち20計画を表示しています。');
    $(el, '.list-view [part~=more] button')!.click();
    await el.updateComplete;
    expect($$(el, '[part~=item]')).to.have.length(40);
  });

  it('only the layout shown is built: the table when wide, the list when narrow, the other when the width changes', async () => {
    const el = await render(fifty());
    expect(rows(el)).to.have.length(20);
    expect($$(el, '[part~=item]')).to.have.length(0);
    await setViewport({ width: 390, height: 844 });
    await until(() => $$(el, '[part~=item]').length === 20);
    expect($(el, 'table')).to.not.exist;
    expect($(el, '.table-view')!.hidden).to.be.true;
  });

  it('printing builds every plan, without the bar', async () => {
    const el = await render(fifty());
    try {
      await executeServerCommand('emulate-print', { media: 'print' });
      await until(() => rows(el).length === 50);
      expect($(el, '[part~=more]')).to.not.exist;
    } finally {
      await executeServerCommand('emulate-print', { media: '' });
    }
    await until(() => rows(el).length === 20);
  });
});
