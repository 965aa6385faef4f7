import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { clone, example, focusedRow, row, sheet, text, until } from './support/plan-tree.js';

const goal3 = () => example('koriyama-reform-2022-goal3');
const section = (el: MierukaPlanTree, heading: string) =>
  [...sheet(el)!.querySelectorAll('section')].find((s) => text(s.querySelector('[part~=detail-heading]')) === heading);

describe('<mieruka-plan-tree> detail sheet', () => {
  it('shows a plan’s summary, vision, departments, 5レス and disclosure', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} selected="g3-i1-p2"></mieruka-plan-tree>`);
    const s = sheet(el)!;
    expect(s.getAttribute('aria-labelledby')).to.equal('sheet-title');
    expect(text(s.querySelector('[part~=detail-path]'))).to.equal('位置: 重点推進目標3 公民協奏の推進 › 取組事項1 市民協働の推進');
    expect(text(s.querySelector('[part~=detail-title]'))).to.equal('実施計画 ② セーフコミュニティ活動の推進');
    expect(text(s.querySelector('[part~=facts]'))).to.equal('所管課 セーフコミュニティ課');
    expect(text(section(el, '事業概要'))).to.match(/^事業概要 \S/);
    expect(text(section(el, '目指す姿'))).to.match(/^目指す姿 \S/);
    expect(text(section(el, '5レス'))).to.equal('5レス カウンターレス － 非該当 キャッシュレス － 非該当 ペーパーレス － 非該当 ファイルレス － 非該当 ムーブ（会議）レス － 非該当');
    expect(text(section(el, '情報公開'))).to.equal('情報公開 市ウェブサイト ○ 該当 その他 ○ 該当 セーフコミュニティコーナー 掲載ページ セーフコミュニティ');
    expect(s.querySelector('a')).to.equal(null); // the pages carry no URL
  });

  it('5レス marks left out read 未設定, not 非該当', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} selected="g3-i2-p1"></mieruka-plan-tree>`);
    expect(text(section(el, '5レス'))).to.include('ムーブ（会議）レス 未設定');
  });

  it('lays the action plan out by fiscal year: spanning cells and cells that share a year', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} selected="g3-i2-p2-s2"></mieruka-plan-tree>`);
    const table = sheet(el)!.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['取組内容', '2022年度', '2023年度', '2024年度', '2025年度']);
    const lines = [...table.querySelectorAll('tbody tr')];
    expect(lines).to.have.length(3); // 既存委託校の委託継続 on two lines, 新規委託の実施 on one
    expect(lines[0]!.querySelector('th')!.rowSpan).to.equal(2);
    expect([...lines[0]!.querySelectorAll('td')].map((td) => [text(td), td.colSpan])).to.deep.equal([
      ['仕様書の見直し(3年に1回)', 1],
      ['', 1],
      ['', 1],
      ['仕様書の見直し(3年に1回)', 1],
    ]);
    expect([...lines[1]!.querySelectorAll('td')].map((td) => td.colSpan)).to.deep.equal([4]);
    expect(lines[1]!.querySelector('th')).to.equal(null);
    expect(text(lines[2]!.querySelector('th'))).to.equal('新規委託の実施');
    const region = sheet(el)!.querySelector('[part~=action-plan]')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
  });

  it('marks cells that continue', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} selected="g3-i1-p3"></mieruka-plan-tree>`);
    expect(text(sheet(el)!.querySelector('tbody td'))).to.equal('まちづくりネットモニターの実施（継続）');
  });

  it('shows each indicator as text when <mieruka-kpi-gauge> is not on the page', async () => {
    expect(customElements.get('mieruka-kpi-gauge')).to.equal(undefined);
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} selected="g3-i1-p1"></mieruka-plan-tree>`);
    const items = [...sheet(el)!.querySelectorAll('[part~=indicator]')].map(text);
    expect(items).to.deep.equal([
      '地域への愛着度 基準値 68.2%（2021年度末時点の現況値） 目標値 70.0%（2025年度） 状況 ？ 判定なし',
      '市民協働の満足度 基準値 68.7点（2021年度末時点の現況値） 目標値 73.0点（2025年度） 状況 ？ 判定なし',
    ]);
  });

  it('shows observed values, the trend mark and series of an indicator', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')} selected="p1"></mieruka-plan-tree>`);
    const items = [...sheet(el)!.querySelectorAll('[part~=indicator]')].map(text);
    expect(items[0]).to.equal('きらめき出前講座実施件数 基準値 261件（2016年度 策定時） 実績値 299件（2023年度） 目標値 300件（2025年度） 状況 ○ ↑ 順調');
    expect(items[3]).to.match(/^地域の行事に参加している児童\(小6\)・生徒\(中3\)の割合（小6）.+（中3）/);
  });

  it('shows assessments with year, grade in the document’s words, status and texts', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')} selected="p1-n1"></mieruka-plan-tree>`);
    const assessment = section(el, '評価')!;
    expect(text(assessment.querySelector('.grade'))).to.equal('2023年度 達成度 4 予定どおり実施した ◎ 目標達成');
    expect([...assessment.querySelectorAll('dt')].map(text)).to.deep.equal(['計画', '実績']);
    expect(text(sheet(el)!.querySelector('[part~=facts]'))).to.equal('区分 継続 所管課 総務部人事課 SDGs 17');
  });

  it('a goal’s sheet gives its subtotal; an item without details says so', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')} selected="g1"></mieruka-plan-tree>`);
    expect(text(sheet(el)!.querySelector('[part~=facts]'))).to.equal('内訳 計19計画');
    el.selected = 'g1-i1-p1-s1';
    const doc = clone(await example('small-plan-tree'));
    el.data = doc;
    el.selected = 'g3-i2-p2-s1';
    await el.updateComplete;
    expect(text(sheet(el))).to.include('この項目には詳しい情報がありません');
  });

  it('links disclosure pages and related links with http(s) URLs', async () => {
    const doc = clone(await goal3());
    const plan = doc.nodes[0]!.children![0]!.children![0]!;
    plan.disclosure!.pages = [{ title: '市民協働のまちづくり', url: 'https://www.city.koriyama.lg.jp/' }];
    plan.links = [{ title: '関連', url: 'http://example.jp/a' }, { title: 'URLなし' }];
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} selected=${plan.id}></mieruka-plan-tree>`);
    expect([...sheet(el)!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['市民協働のまちづくり', 'https://www.city.koriyama.lg.jp/'],
      ['関連', 'http://example.jp/a'],
    ]);
    expect(text(section(el, '関連リンク'))).to.include('URLなし');
  });

  it('on a phone, a tap scrolls the sheet into view; a key press leaves the page where it is', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')} expanded="all"></mieruka-plan-tree>`);
    window.scrollTo(0, 0);
    (row(el, 'g1-i1-p1')!.querySelector('.row-title') as HTMLElement).click();
    await until(() => {
      const top = sheet(el)?.getBoundingClientRect().top ?? Infinity;
      return top >= 0 && top < window.innerHeight;
    });
    window.scrollTo(0, 0);
    row(el, 'g1-i1-p2')!.focus();
    const before = window.scrollY;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedRow(el)).to.equal('g1-i1-p2');
    expect(window.scrollY).to.equal(before);
    expect(sheet(el)!.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
  });

  // Last: defining the tag cannot be undone in this page.
  it('uses <mieruka-kpi-gauge> by its tag once it is defined', async () => {
    const doc = await goal3();
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} selected="g3-i1-p1" theme="dark" wareki></mieruka-plan-tree>`);
    customElements.define('mieruka-kpi-gauge', class extends HTMLElement {});
    await until(() => sheet(el)!.querySelector('mieruka-kpi-gauge') !== null);
    const gauges = [...sheet(el)!.querySelectorAll('mieruka-kpi-gauge')] as (HTMLElement & { data?: unknown })[];
    expect(gauges.map((g) => [g.getAttribute('indicator'), g.getAttribute('variant'), g.getAttribute('theme'), g.hasAttribute('wareki')])).to.deep.equal([
      ['g3-i1-p1-k1', 'bar', 'dark', true],
      ['g3-i1-p1-k2', 'bar', 'dark', true],
    ]);
    expect((gauges[0]!.data as { id: string }).id).to.equal(doc.id);
    expect(sheet(el)!.querySelector('.reading')).to.equal(null);
  });
});
