import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetDocumentSources } from '../src/core/index.js';
import '../src/components/trend-table/trend-table.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import { $, $$, axNodes, axRow, axText, cells, REPORT, row, rowKeys, seed, SHEETS, text } from './trend-table.helpers.js';

afterEach(() => resetDocumentSources());

const table = async (file: string, attrs: { node?: string; indicator?: string; layout?: string; wareki?: boolean } = {}) => {
  const doc = await seed(file);
  return fixture<MierukaTrendTable>(html`<mieruka-trend-table
    .data=${doc}
    node=${attrs.node ?? ''}
    indicator=${attrs.indicator ?? ''}
    layout=${attrs.layout ?? 'table'}
    ?wareki=${attrs.wareki}
  ></mieruka-trend-table>`);
};

describe('<mieruka-trend-table> accessibility', () => {
  it('seed 002 as a table passes axe', async () => {
    const el = await table(REPORT);
    await expect(el).to.be.accessible();
  });

  it('seed 002 as cards passes axe', async () => {
    const el = await table(REPORT, { layout: 'cards' });
    await expect(el).to.be.accessible();
  });

  it('seed 000 (baselines and targets only) passes axe, with a row opened', async () => {
    const el = await table(SHEETS);
    await expect(el).to.be.accessible();
    const el2 = await table(REPORT, { node: 'p1' });
    $(el2, '[part~=toggle]')!.click();
    await el2.updateComplete;
    await expect(el2).to.be.accessible();
  });

  it('is a real table: caption, column headers, row headers, row-group headers', async () => {
    const el = await table(REPORT, { node: 'p1' });
    const t = $(el, 'table')!;
    expect(text(t.querySelector('caption'))).to.equal('指標の推移（協働を支える人材の育成と協働意識の醸成）');
    expect($$(el, 'thead th[scope=col]').length).to.equal($$(el, 'tr[data-key="p1-k1"] > *').length);
    expect($$(el, 'tbody th[scope=row]').length).to.equal(6); // 4 indicators, 2 sub-rows
    expect(text($(el, 'tbody th[scope=rowgroup]'))).to.equal('基本施策1 協働を支える人材の育成と協働意識の醸成');
    // The scrolling box can be reached and scrolled from the keyboard, and is named by the caption.
    const scroller = $(el, '[part~=scroller]')!;
    expect(scroller.tabIndex).to.equal(0);
    expect(scroller.getAttribute('aria-labelledby')).to.equal('caption');
  });

  it('a screen reader gets each value, the target with its year, and the mark in words', async function () {
    await table(REPORT, { node: 'p1' });
    const nodes = await axNodes(this);
    const headers = nodes.filter((n) => n.role === 'button').map((n) => n.name);
    expect(headers).to.include.members(['指標', '2016年度 策定時', '2020年度 見直し時', '2021年度 中間年度', '2022年度', '2023年度', '目標値 2025年度', '進捗状況', '担当']);
    expect(axRow(nodes, 'きらめき出前講座実施件数')).to.equal('261件238件296件260件299件300件目標値に近づいている又は超えている生涯学習課');
  });

  it('an empty year shows — and reads 値なし', async function () {
    const el = await table(REPORT, { node: 'p1' });
    const [y2016] = cells(el, 'p1-k3', 'year');
    expect(text(y2016!.querySelector('[aria-hidden=true]'))).to.equal('—');
    const nodes = await axNodes(this);
    expect(axRow(nodes, '【追加】こおりやま広域圏わかものボーダレスプロジェクト参加人数')).to.match(/^値なし値なし18人9人10人20人/);
  });

  it('labels that disagree: the header lists them, each cell says its own', async function () {
    const el = await table(REPORT);
    const h2016 = $$(el, 'thead th')[1]!;
    expect(text(h2016)).to.contain('2016年度').and.contain('策定時／計画策定時');
    expect(text($$(el, 'thead th')[3])).to.contain('中間年度'); // all agree: the label stays in the header
    const nodes = await axNodes(this);
    expect(axRow(nodes, '地域への愛着度')).to.match(/^計画策定時、67\.6%後期見直し時、74\.8%68\.2%67\.1%67\.2%/);
    expect(axRow(nodes, 'きらめき出前講座実施件数')).to.match(/^策定時、261件見直し時、238件296件/);
  });

  it('two values in one cell, with their note numbered and listed under the table', async function () {
    const el = await table(REPORT, { node: 'p4' });
    const [y2016] = cells(el, 'p4-k5', 'year');
    expect(text(y2016!.querySelector('.v'))).to.equal('1,141g');
    expect(text(y2016!.querySelector('.alt'))).to.contain('1,215g').and.contain('※1');
    const notes = $$(el, '.notes li').map(text);
    expect(notes[0]).to.contain('同じ欄に2つ目に印字された値');
    const nodes = await axNodes(this);
    expect(axRow(nodes, '【追加】1人1日当たりのごみ排出量')).to.match(/^1,141g併記された値、1,215g（注1）1,128g/);
  });

  it('sub-rows (小6 / 中3) are named with their indicator for screen readers; the mark is the indicator’s, each sub-row states its own status', async function () {
    const el = await table(REPORT, { node: 'p1' });
    expect($$(el, 'tr.sub').map((r) => r.dataset.key)).to.deep.equal(['p1-k4.0', 'p1-k4.1']);
    expect(text(cells(el, 'p1-k4', 'progress')[0])).to.equal('↑目標値に近づいている又は超えている');
    expect(text(cells(el, 'p1-k4.0', 'progress')[0])).to.equal('✕ 目標から遠ざかっている＊（表示側で計算した判定）');
    const nodes = await axNodes(this);
    // A sub-row's header holds only text, so the snapshot keeps its text rather than a rowheader node.
    expect(axText(nodes)).to.contain('地域の行事に参加している児童(小6)・生徒(中3)の割合（小6）71.2%値なし56.6%51.2%57.8%75.0%');
    expect(axText(nodes)).to.contain('の割合（中3）35.7%');
  });

  it('a computed status shows symbol and word, marked as computed; never colour alone', async function () {
    const el = await table(REPORT, { node: 'p4' });
    const cell = cells(el, 'p4-k1', 'progress')[0]!;
    expect(text(cell)).to.equal('✕ 目標から遠ざかっている＊（表示側で計算した判定）');
    expect(text($(el, '[part~=legend]'))).to.contain('計算した判定です');
    const nodes = await axNodes(this);
    expect(axRow(nodes, '町内会等加入率')).to.contain('目標から遠ざかっている（表示側で計算した判定）');
  });

  it('a mark without a description (↗) is shown as printed and read as is, followed by the status the rule computes', async () => {
    const el = await table(REPORT, { node: 'p2' });
    const mark = cells(el, 'p2-k2', 'progress')[0]!.querySelector('.mark')!;
    expect(mark.textContent).to.equal('↗');
    expect(mark.hasAttribute('aria-hidden')).to.be.false;
    const described = cells(el, 'p2-k1', 'progress')[0]!;
    // ↘ names no status: 276 → 161 for 300 is moving away, computed (＊), as the gauge and the tree say.
    expect(text(described)).to.equal('↘ ✕ 目標から遠ざかっている＊（表示側で計算した判定）');
  });

  it('the sparkline is decorative; the cells carry the values', async () => {
    const el = await table(REPORT, { node: 'p1' });
    const svg = row(el, 'p1-k1').querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('path.line')!.getAttribute('d')).to.match(/^M/);
    expect(svg.querySelector('path.target')).to.exist;
  });
});

describe('<mieruka-trend-table> properties and attributes', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('node= shows that subtree only, without the document-wide indicators', async () => {
    const el = await table(REPORT, { node: 'p1' });
    expect(rowKeys(el)).to.deep.equal(['p1-k1', 'p1-k2', 'p1-k3', 'p1-k4']);
  });

  it('the whole document groups indicators under their node, 全体指標 last', async () => {
    const el = await table(REPORT);
    expect(rowKeys(el)).to.have.length(39);
    const groups = $$(el, 'th[scope=rowgroup]').map(text);
    expect(groups).to.have.length(8);
    expect(groups[7]).to.equal('全体指標');
    expect(rowKeys(el).slice(-3)).to.deep.equal(['overall-1', 'overall-2', 'overall-3']);
  });

  it('indicator= shows one indicator; a restated target shows both values', async () => {
    const el = await table(REPORT, { indicator: 'p3-k2' });
    expect(rowKeys(el)).to.deep.equal(['p3-k2']);
    const target = cells(el, 'p3-k2', 'target')[0]!;
    expect(text(target.querySelector('.v'))).to.equal('21,973人※1（注1）');
    expect(text(target.querySelector('.alt'))).to.contain('22,000人');
  });

  it('seed 000: a baseline column with each baseline’s label or date, the target, no empty columns', async () => {
    const el = await table(SHEETS);
    const headers = $$(el, 'thead th').map(text);
    expect(headers.map((h) => h.replace(/\s*↕$/, ''))).to.deep.equal(['指標', '基準値', '目標値2025年度']);
    expect(text(cells(el, 'g3-i1-p1-k1', 'baseline')[0])).to.equal('68.2%2021年度末時点の現況値');
    expect(text(cells(el, 'g3-i3-p1-k1', 'baseline')[0])).to.contain('71.4%').and.contain('令和3年9月時点');
    expect(text(cells(el, 'g3-i1-p2-k1', 'target')[0])).to.equal('1,350人以下※1（注1）');
    expect(text(cells(el, 'g3-i1-p3-k1', 'target')[0])).to.equal('様々な市民の声に対する対応を通して市民との間に信頼関係を築く');
    expect(text(cells(el, 'g3-i2-p2-s1-k5', 'target')[0])).to.equal('約502,593千円');
    // Only a baseline: nothing to judge, so no progress column (not "横ばい").
    expect($(el, 'td.progress')).to.be.null;
  });

  it('wareki adds the Japanese era to the years', async () => {
    const el = await table(REPORT, { node: 'p1', wareki: true });
    expect(text($$(el, 'thead th')[5])).to.contain('2023年度（令和5年度）');
  });

  it('numbers are right-aligned; header and first column are sticky', async () => {
    const el = await table(REPORT, { node: 'p1' });
    const cell = cells(el, 'p1-k1', 'year')[0]!;
    expect(['end', 'right']).to.include(getComputedStyle(cell).textAlign);
    expect(getComputedStyle($(el, 'thead th')!).position).to.equal('sticky');
    expect(getComputedStyle($(el, 'th[scope=row]')!).position).to.equal('sticky');
  });

  it('layout="cards" shows a list of cards with the values as a definition list', async () => {
    const el = await table(REPORT, { node: 'p1', layout: 'cards' });
    expect($(el, 'table')).to.be.null;
    const card = $(el, 'li[data-key="p1-k1"]')!;
    const terms = [...card.querySelectorAll(':scope > dl > div > dt')].map(text);
    expect(terms).to.deep.equal(['2016年度（策定時）', '2020年度（見直し時）', '2021年度（中間年度）', '2022年度', '2023年度', '目標値（2025年度）', '進捗状況', '担当']);
    expect([...card.querySelectorAll('dd')].map(text).slice(0, 6)).to.deep.equal(['261件', '238件', '296件', '260件', '299件', '300件']);
    expect($$(el, 'li[data-key="p1-k4"] .subcards > li').length).to.equal(2);
  });

  it('layout="auto" follows the element’s width: cards on a phone, the table on a desktop', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await table(REPORT, { node: 'p1', layout: 'auto' });
    expect($(el, 'table')).to.be.null;
    expect($(el, '[part~=cards]')).to.exist;
    await setViewport({ width: 1200, height: 800 });
    await new Promise<void>((resolve) => {
      const check = () => ($(el, 'table') ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect($(el, '[part~=cards]')).to.be.null;
  });

  it('layout="table" keeps the table on a phone, scrolling sideways', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await table(REPORT, { node: 'p1', layout: 'table' });
    const scroller = $(el, '[part~=scroller]')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
  });
});
