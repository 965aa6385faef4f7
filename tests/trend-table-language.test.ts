import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MierukaDocument } from '../data-schema/index.js';
import { resetDocumentSources, type MierukaErrorEvent } from '../src/core/index.js';
import '../src/components/trend-table/trend-table.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import { $, $$, axNodes, axRow, cells, REPORT, row, rowKeys, seed, text } from './trend-table.helpers.js';

afterEach(() => resetDocumentSources());

const tiny = (indicator: Record<string, unknown>, extra: Partial<MierukaDocument> = {}): MierukaDocument =>
  ({
    schemaVersion: '1.0',
    id: 'tiny',
    title: '小さな文書',
    municipality: 'テスト市',
    levels: [{ id: 'plan', name: '施策' }],
    nodes: [{ id: 'n1', level: 'plan', title: '施策一', indicators: [indicator] }],
    ...extra,
  }) as MierukaDocument;

describe('<mieruka-trend-table> language', () => {
  it('speaks Japanese by default', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${await seed(REPORT)} node="p4" layout="table"></mieruka-trend-table>`);
    expect($$(el, '[part~=toolbar] button').map(text)).to.deep.equal(['CSVをダウンロード', '表をコピー（TSV）']);
    expect(text($(el, 'caption'))).to.equal('指標の推移（市民活動への参加と市民参画の促進）');
  });

  it('speaks English with lang="en": headers, units, statuses, the empty year', async function () {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table lang="en" .data=${await seed(REPORT)} node="p4" layout="table"></mieruka-trend-table>`);
    expect($$(el, '[part~=toolbar] button').map(text)).to.deep.equal(['Download CSV', 'Copy table (TSV)']);
    expect(text($(el, 'caption'))).to.equal('Indicators over time (市民活動への参加と市民参画の促進)');
    const headers = $$(el, 'thead th').map((th) => text(th).replace(/\s*[↕▲▼]$/, ''));
    expect(headers).to.deep.equal(['Indicator', 'FY2016策定時', 'FY2020見直し時', 'FY2021中間年度', 'FY2022', 'FY2023', 'TargetFY2025', 'Progress', 'Trend', 'Department']);
    expect(text(cells(el, 'p4-k3', 'year')[0])).to.equal('392 times');
    expect(text(cells(el, 'p4-k1', 'progress')[0])).to.equal('✕ Moving away from target* (computed by this page)');
    expect(text($(el, '[part~=legend]'))).to.contain('the status is computed from the baseline');
    const nodes = await axNodes(this);
    expect(axRow(nodes, '[added]ワークショップ等を活用した市民参加型会議の開催数')).to.match(/^9 times6 timesno value6 times/);
  });

  it('follows an ancestor’s lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mieruka-trend-table .data=${await seed(REPORT)} node="p1" layout="cards"></mieruka-trend-table></div>`);
    const el = wrapper.querySelector('mieruka-trend-table')!;
    await el.updateComplete;
    expect(text($(el, 'label.sort'))).to.match(/^Sort/);
    expect([...$(el, 'li[data-key="p1-k1"]')!.querySelectorAll(':scope > dl dt')].map(text)[0]).to.equal('FY2016 (策定時)');
  });
});

describe('<mieruka-trend-table> bad input', () => {
  it('an unknown node gives an alert in the widget and a mieruka-error', async () => {
    const doc = await seed(REPORT);
    const el = document.createElement('mieruka-trend-table');
    el.node = 'p9';
    el.data = doc;
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'mieruka-error')) as MierukaErrorEvent;
    expect(event.detail.kind).to.equal('unknown-node');
    expect(text($(el, '[role=alert]'))).to.contain('p9');
    expect($(el, 'table')).to.be.null;
    el.remove();
  });

  it('a missing file gives an alert', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table src="/data-schema/examples/missing.json"></mieruka-trend-table>`);
    await oneEvent(el, 'mieruka-error');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('HTTP 404');
  });

  it('shows hostile strings as text, and keeps them from running as spreadsheet formulas', async () => {
    const doc = tiny({
      id: 'x1',
      name: '<img src=x onerror="window.__pwned=1">',
      unit: '<b>件</b>',
      explanation: '<script>window.__pwned=1</script>',
      observations: [{ fiscalYear: 2022, value: 1, label: '<i>策定時</i>' }],
      target: { fiscalYear: 2025, text: '=HYPERLINK("http://evil.example")' },
    });
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table"></mieruka-trend-table>`);
    expect($(el, 'img, script, b, i')).to.be.null;
    expect(text(row(el, 'x1').querySelector('th'))).to.equal('▸<img src=x onerror="window.__pwned=1">');
    expect(text(cells(el, 'x1', 'year')[0])).to.equal('1<b>件</b>');
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    expect(text($(el, 'tr[part~=details]'))).to.contain('<script>');
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    const line = (await el.toCSV()).split('\r\n')[1]!;
    expect(line).to.contain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('an indicator with no values and no target shows — everywhere and no status', async () => {
    const el = await fixture<MierukaTrendTable>(
      html`<mieruka-trend-table .data=${tiny({ id: 'x1', name: '値のない指標', observations: [{ fiscalYear: 2023, value: null }] })} layout="table"></mieruka-trend-table>`,
    );
    expect(rowKeys(el)).to.deep.equal(['x1']);
    expect(text(cells(el, 'x1', 'year')[0])).to.equal('—値なし');
    expect($(el, 'td.target, td.progress, td.trend')).to.be.null;
  });

  it('a scope without indicators says so', async () => {
    const doc = tiny({ id: 'x1', name: '指標' });
    doc.nodes.push({ id: 'n2', level: 'plan', title: '指標のない施策' });
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} node="n2"></mieruka-trend-table>`);
    expect(text($(el, '[part~=empty]'))).to.equal('この範囲には指標がありません。');
    expect($(el, 'table')).to.be.null;
  });

  it('shows a loading placeholder until a document arrives', async () => {
    const el = await fixture<MierukaTrendTable>(html`<mieruka-trend-table></mieruka-trend-table>`);
    expect($(el, 'table')).to.be.null;
    expect($(el, '[part~=skeleton], [role=alert]')).to.exist;
  });
});
