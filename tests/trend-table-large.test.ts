import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/trend-table/trend-table.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import { syntheticDocument } from './support/synthetic-indicators.js';
import { $, $$, rowKeys, text } from './trend-table.helpers.js';

/** The 2023 value the synthetic generator gives indicator k<i>. */
const latest = (key: string | undefined, count = 1000) => (Number(key!.slice(1)) * 7919) % count;

const until = (predicate: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (predicate() ? resolve() : requestAnimationFrame(check));
    check();
  });

describe('<mieruka-trend-table> with 1,000 indicators', () => {
  const doc = syntheticDocument(1000);

  it('renders the first chunk only, keeping the table semantics', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table"></mieruka-trend-table>`);
    expect($$(el, 'tbody tr[data-i]').length).to.equal(100);
    expect($$(el, 'tbody tr').length).to.be.lessThan(300); // rows, group headings and hidden detail rows
    expect(rowKeys(el)[0]).to.equal('k0');
    expect(text($(el, '[part~=more]'))).to.contain('全1,000指標のうち100指標を表示しています。').and.contain('さらに表示（残り900指標）');
    expect($$(el, 'thead th[scope=col]').length).to.equal(10);
  });

  it('sorting orders all 1,000 rows, and the first chunk shows the top of that order', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table"></mieruka-trend-table>`);
    const button = $$(el, 'thead th').find((th) => text(th).startsWith('2023年度'))!.querySelector('button')!;
    button.click();
    button.click();
    await el.updateComplete;
    const keys = rowKeys(el);
    expect(keys).to.have.length(100);
    expect(keys.map((k) => latest(k))).to.deep.equal(Array.from({ length: 100 }, (_, i) => 999 - i));
    // Every row, not only the rendered ones, is in the order: the export has them all.
    const values = (await el.toCSV())
      .split('\r\n')
      .slice(1, -1)
      .map((l) => Number(l.split(',')[7]));
    expect(values).to.have.length(1000);
    expect(values).to.deep.equal(Array.from({ length: 1000 }, (_, i) => 999 - i));
  });

  it('"show more" adds the next chunk and keeps focus; at the end focus goes to the first new row', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table" chunk-size="400"></mieruka-trend-table>`);
    expect(rowKeys(el)).to.have.length(400);
    const more = $(el, '[part~=more] button')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowKeys(el)).to.have.length(800);
    expect(el.shadowRoot!.activeElement).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement !== more);
    expect(rowKeys(el)).to.have.length(1000);
    expect($(el, '[part~=more]')).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'tr[data-i="800"] th'));
  });

  it('scrolling to the end of the table loads the next chunk', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table" style="--mieruka-trend-table-max-height: 300px"></mieruka-trend-table>`);
    const scroller = $(el, '[part~=scroller]')!;
    expect(rowKeys(el)).to.have.length(100);
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => rowKeys(el).length === 200);
    expect(rowKeys(el)[199]).to.equal('k199');
  });

  it('a refreshed document keeps the rows shown; another scope starts with one chunk again', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table"></mieruka-trend-table>`);
    $(el, '[part~=more] button')!.click();
    await el.updateComplete;
    expect(rowKeys(el)).to.have.length(200);
    el.data = syntheticDocument(1000);
    await el.updateComplete;
    expect(rowKeys(el)).to.have.length(200);
    el.node = 's2';
    await el.updateComplete;
    expect(rowKeys(el)).to.have.length(100);
    expect(rowKeys(el)[0]).to.equal('k100');
  });

  it('cards render in chunks too', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="cards" chunk-size="50"></mieruka-trend-table>`);
    expect($$(el, 'li[data-i]').length).to.equal(50);
  });
});
