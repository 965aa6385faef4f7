import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/five-less/five-less.js';
import type { MierukaFiveLess } from '../src/components/five-less/five-less.js';
import '../src/components/progress-summary/progress-summary.js';
import type { MierukaProgressSummary } from '../src/components/progress-summary/progress-summary.js';
import '../src/components/trend-table/trend-table.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import '../src/components/sdgs-badges/sdgs-badges.js';
import type { MierukaSdgsBadges } from '../src/components/sdgs-badges/sdgs-badges.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import type { MierukaSelectEvent } from '../src/core/events.js';
import { describe as name, deepActive, focusRing, focusableAround, focusables, pointerTargets, press, ringProblem, tabStops, walk, type Walk } from './support/keyboard.js';
import { clone, example, rowIds, sheet, text, until } from './support/plan-tree.js';

/**
 * Keyboard-only walkthroughs: what a reader who cannot use a pointer does, from a button before
 * the widget to a button after it. Each walk checks that Tab reaches every control in order and
 * leaves again (no trap), that Shift+Tab comes back the same way, that each stop shows a focus
 * ring of at least 2 px and 3:1, and that nothing clickable or focusable is out of reach.
 * (Single keys already covered elsewhere — tree arrows, type-ahead, sort cycles — are used here,
 * not asserted again.)
 */

interface Around<T> {
  el: T;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

async function around<T extends HTMLElement>(template: TemplateResult): Promise<Around<T>> {
  const box = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`);
  const el = box.children[1] as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return { el, before: box.querySelector('#before')!, after: box.querySelector('#after')! };
}

const names = (list: Element[]) => list.map(name);

/**
 * The whole-widget checks: Tab stops are exactly the widget's tabbable controls in tree order;
 * Shift+Tab returns through them in reverse; every ring is visible; whatever is focusable only by
 * script is a `roving` item (reached with arrows); whatever shows a pointer cursor sits in
 * something the keyboard reaches.
 */
async function fullWalk(a: Around<HTMLElement>, roving: (e: Element) => boolean = () => false): Promise<Walk> {
  const root = a.el.shadowRoot!;
  const expected = tabStops(root);
  const fwd = await walk(a.before, a.after);
  expect(names(fwd.stops), 'Tab order').to.deep.equal(names(expected));
  expect(fwd.stops.every((s, i) => s === expected[i]), 'Tab stops are the tabbable controls').to.be.true;
  expect(fwd.rings.map(ringProblem).filter(Boolean), 'focus rings').to.deep.equal([]);
  const back = await walk(a.after, a.before, 'Shift+Tab');
  expect(names(back.stops), 'Shift+Tab order').to.deep.equal(names([...fwd.stops].reverse()));
  expect(back.rings.map(ringProblem).filter(Boolean), 'focus rings, going back').to.deep.equal([]);
  const scriptOnly = focusables(root).filter((f) => f.tabIndex < 0 && !roving(f));
  expect(names(scriptOnly), 'focusable, but neither by Tab nor by arrows').to.deep.equal([]);
  const dead = pointerTargets(root).filter((p) => {
    const f = focusableAround(p);
    return !f || (f instanceof HTMLElement && f.tabIndex < 0 && !roving(f));
  });
  expect(names(dead), 'clickable, but out of keyboard reach').to.deep.equal([]);
  return fwd;
}

before(() => setViewport({ width: 1280, height: 900 }));

describe('<mieruka-plan-tree> keyboard walkthrough', () => {
  const goal3 = () => example('koriyama-reform-2022-goal3');
  const treeitem = (e: Element) => e.getAttribute('role') === 'treeitem';
  const focusedId = () => (deepActive() as HTMLElement | null)?.dataset.id;

  it('Tab: the document’s notes, the search box, each filter, the toolbar, the tree as one stop, then out; Shift+Tab back', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()}></mieruka-plan-tree>`);
    const fwd = await fullWalk(a, treeitem);
    expect(names(fwd.stops)).to.deep.equal([
      'summary "この文書の注記（48件）"',
      'input#keyword "キーワード"',
      'select "担当課"',
      'select "SDGs"',
      'select "5レス"',
      'button "すべて開く"',
      'button "すべて閉じる"',
      'div[part=row] "重点推進目標 3 公民協奏の推進 計16計画"',
    ]);
  });

  it('arrows reach every row of a fully open tree, each with a visible focus ring; Home and End jump to the ends', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} expanded="all"></mieruka-plan-tree>`);
    const all = rowIds(a.el);
    a.before.focus();
    for (let i = 0; i < 8 && !treeitem(deepActive()!); i++) await sendKeys({ press: 'Tab' });
    const seen = [focusedId()];
    const problems = [ringProblem(focusRing(deepActive()!))];
    for (let i = 1; i < all.length; i++) {
      await press('ArrowDown');
      seen.push(focusedId());
      problems.push(ringProblem(focusRing(deepActive()!)));
    }
    expect(seen).to.deep.equal(all);
    expect(problems.filter(Boolean)).to.deep.equal([]);
    await press('Home');
    expect(focusedId()).to.equal(all[0]);
    await press('End');
    expect(focusedId()).to.equal(all.at(-1));
    // Only the focused row is a Tab stop, so Tab leaves the tree for the next thing on the page.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(a.after);
  });

  it('the search box and a filter work from the keyboard; the clear button joins the Tab order and empties them', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()}></mieruka-plan-tree>`);
    const root = a.el.shadowRoot!;
    a.before.focus();
    await sendKeys({ press: 'Tab' });
    expect(name(deepActive()!)).to.equal('summary "この文書の注記（48件）"');
    await sendKeys({ press: 'Tab' });
    expect(name(deepActive()!)).to.equal('input#keyword "キーワード"');
    await sendKeys({ type: '監査' });
    await until(() => text(root.querySelector('[part~=results]')) === '2件が一致しました');
    // The tree shows the matches with their ancestors, and Tab from the box still reaches it.
    expect(rowIds(a.el)).to.deep.equal(['g3', 'g3-i4', 'g3-i4-p3', 'g3-i4-p4']);
    // 所管課: a closed <select> takes ArrowDown as "next option" (Windows and Linux).
    await sendKeys({ press: 'Tab' });
    expect(name(deepActive()!)).to.equal('select "担当課"');
    await press('ArrowDown');
    expect((deepActive() as HTMLSelectElement).value).to.equal('市民・NPO活動推進課');
    await until(() => text(root.querySelector('[part~=results]')) === '一致する項目はありません');
    const clear = tabStops(root).find((b) => text(b) === '条件をクリア');
    expect(clear, 'a clear button in the Tab order').to.exist;
    for (let i = 0; i < 6 && deepActive() !== clear; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(clear);
    await press('Enter');
    await until(() => rowIds(a.el).length === 5);
    expect((root.querySelector('#keyword') as HTMLInputElement).value).to.equal('');
    expect(root.querySelector('[part~=results]')!.textContent).to.equal('');
    // The button went with the filters; focus must not go with it, but back to the search box.
    expect(tabStops(root).some((b) => text(b) === '条件をクリア')).to.be.false;
    expect(name(deepActive()!)).to.equal('input#keyword "キーワード"');
  });

  it('Enter on a row opens its sheet; Tab goes on into the sheet and out of the widget; the back button and Escape return to the row', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} expanded="all"></mieruka-plan-tree>`);
    a.before.focus();
    for (let i = 0; i < 8 && !treeitem(deepActive()!); i++) await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 20 && focusedId() !== 'g3-i1-p1'; i++) await press('ArrowDown');
    const row = deepActive() as HTMLElement;
    expect(row.dataset.id).to.equal('g3-i1-p1');
    const selected = oneEvent(a.el, 'mieruka-select') as Promise<MierukaSelectEvent>;
    await press('Enter');
    expect((await selected).detail.id).to.equal('g3-i1-p1');
    await a.el.updateComplete;
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(ringProblem(focusRing(row)), 'the ring on the selected row').to.equal('');
    expect(text(sheet(a.el)!.querySelector('[part~=detail-title]'))).to.equal('実施計画 ① 協働のまちづくりの推進');
    // From the row, Tab leaves the tree for the sheet: the action plan's scroll region, each
    // gauge's table of values, the back button; then the page.
    const inSheet = await walk(row, a.after);
    expect(names(inSheet.stops)).to.deep.equal([
      'div[part=action-plan] "行動計画"',
      'button[part=summary] "年度ごとの値（地域への愛着度）"',
      'button[part=summary] "年度ごとの値（市民協働の満足度）"',
      'button[part=back] "一覧に戻る"',
    ]);
    expect(inSheet.rings.map(ringProblem).filter(Boolean)).to.deep.equal([]);
    const back = inSheet.stops.at(-1) as HTMLElement;
    back.focus();
    await press('Enter');
    await until(() => deepActive() === row);
    // Escape anywhere in the sheet goes back to the row too, without Tabbing back through it.
    (inSheet.stops[0] as HTMLElement).focus();
    await press('Escape');
    await until(() => deepActive() === row);
    expect(row.getAttribute('aria-selected')).to.equal('true');
  });

  it('the toolbar opens and closes every level from the keyboard; focus stays on the button', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await goal3()} no-filter></mieruka-plan-tree>`);
    const fwd = await fullWalk(a, treeitem);
    expect(names(fwd.stops)).to.deep.equal(['summary "この文書の注記（48件）"', 'button "すべて開く"', 'button "すべて閉じる"', 'div[part=row] "重点推進目標 3 公民協奏の推進 計16計画"']);
    (fwd.stops[1] as HTMLElement).focus();
    await press('Enter');
    await until(() => rowIds(a.el).length > 20);
    expect(deepActive()).to.equal(fwd.stops[1]);
    await sendKeys({ press: 'Tab' });
    await press('Space');
    await until(() => rowIds(a.el).length === 1);
    expect(deepActive()).to.equal(fwd.stops[2]);
  });
});

describe('<mieruka-progress-summary> keyboard walkthrough', () => {
  it('Tab goes through every count with a number (not the levels at 0), and out; Space chooses and keeps focus', async () => {
    const a = await around<MierukaProgressSummary>(html`<mieruka-progress-summary .data=${await example('koriyama-collaboration-2023')} node="p2"></mieruka-progress-summary>`);
    const fwd = await fullWalk(a);
    expect(names(fwd.stops)).to.deep.equal([
      'button[part=count status-achieved] "◎ 目標達成、 2"',
      'button[part=count status-onTrack] "○ 順調、 1"',
      'button[part=count status-offTrack] "✕ 目標から遠ざかっている、 1"',
      'button[part=count grade grade-0] "○ ↑ 順調、 1"',
      'button[part=count grade grade-0] "◎ 4 予定どおり実施した、 5 、うち再掲 1"',
      'button[part=count grade grade-1] "○ 3 おおむね予定どおり実施した、 1"',
    ]);
    const third = fwd.stops[2] as HTMLButtonElement;
    third.focus();
    const chosen = oneEvent(a.el, 'mieruka-select');
    await press('Space');
    expect((await chosen).detail).to.deep.include({ kind: 'status', id: 'offTrack' });
    expect(deepActive()).to.equal(third);
    expect(third.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<mieruka-five-less> keyboard walkthrough', () => {
  const goal3 = () => example('koriyama-reform-2022-goal3');
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  it('wide: Tab goes through the five category toggles, the five definition buttons and the sort button, and out', async () => {
    const a = await around<MierukaFiveLess>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
    const fwd = await fullWalk(a);
    expect(names(fwd.stops)).to.deep.equal([
      'button[part=category] "カウンターレス、 2 / 16計画、未設定 4"',
      'button[part=category] "キャッシュレス、 0 / 16計画、未設定 4"',
      'button[part=category] "ペーパーレス、 4 / 16計画、未設定 4"',
      'button[part=category] "ファイルレス、 2 / 16計画、未設定 4"',
      'button[part=category] "ムーブ（会議）レス、 4 / 16計画、未設定 6"',
      'button#info-counter "ⓘカウンターレスの定義"',
      'button#info-cash "ⓘキャッシュレスの定義"',
      'button#info-paper "ⓘペーパーレスの定義"',
      'button#info-file "ⓘファイルレスの定義"',
      'button#info-move "ⓘムーブ（会議）レスの定義"',
      'button "計、並べ替え ↕"',
    ]);
  });

  it('a definition opened from the keyboard stays readable while Tab moves on, and the next one replaces it', async () => {
    const a = await around<MierukaFiveLess>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
    const root = a.el.shadowRoot!;
    const info = (k: string) => root.querySelector<HTMLButtonElement>(`#info-${k}`)!;
    info('counter').focus();
    await press('Enter');
    expect(info('counter').getAttribute('aria-expanded')).to.equal('true');
    const definition = root.querySelector<HTMLElement>('#def-counter')!;
    expect(definition.checkVisibility()).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(info('cash'));
    // The open definition does not cover the control focus moved to (WCAG 2.4.11).
    const [d, b] = [definition.getBoundingClientRect(), info('cash').getBoundingClientRect()];
    expect(d.right <= b.left || d.left >= b.right || d.bottom <= b.top || d.top >= b.bottom, 'the definition hides the next button').to.be.true;
    await press('Enter');
    expect([info('counter'), info('cash')].map((x) => x.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
  });

  it('a category from the keyboard filters; the clear button joins the Tab order; clearing keeps focus in the widget', async () => {
    const a = await around<MierukaFiveLess>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
    a.before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const paper = deepActive() as HTMLElement;
    expect(name(paper)).to.match(/^button\[part=category\] "ペーパーレス/);
    const selected = oneEvent(a.el, 'mieruka-select') as Promise<MierukaSelectEvent>;
    await press('Space');
    expect((await selected).detail.id).to.equal('paper');
    expect(paper.getAttribute('aria-pressed')).to.equal('true');
    const fwd = await fullWalk(a);
    const clear = fwd.stops.find((b) => text(b) === '絞り込みを解除') as HTMLElement;
    expect(fwd.stops.indexOf(clear), 'after the toggles, before the table').to.equal(5);
    clear.focus();
    await press('Enter');
    expect(a.el.category).to.equal('');
    // The button went with the filter; focus goes back to the toggle that set it, now released.
    expect(deepActive()).to.equal(paper);
    expect(paper.getAttribute('aria-pressed')).to.equal('false');
  });

  it('narrow: the toggles, the key’s five definition buttons (the headers’ are gone with the table) and the sort switch', async () => {
    await setViewport({ width: 390, height: 844 });
    const a = await around<MierukaFiveLess>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
    const fwd = await fullWalk(a);
    expect(names(fwd.stops).map((n) => n.replace(/、.*/, ''))).to.deep.equal([
      'button[part=category] "カウンターレス',
      'button[part=category] "キャッシュレス',
      'button[part=category] "ペーパーレス',
      'button[part=category] "ファイルレス',
      'button[part=category] "ムーブ（会議）レス',
      'button#key-info-counter "カウンターレス ⓘカウンターレスの定義"',
      'button#key-info-cash "キャッシュレス ⓘキャッシュレスの定義"',
      'button#key-info-paper "ペーパーレス ⓘペーパーレスの定義"',
      'button#key-info-file "ファイルレス ⓘファイルレスの定義"',
      'button#key-info-move "ムーブ（会議）レス ⓘムーブ（会議）レスの定義"',
      'button "該当数の多い順"',
    ]);
  });
});

describe('<mieruka-trend-table> keyboard walkthrough', () => {
  const report = () => example('koriyama-collaboration-2023');
  /** The row header takes focus only from the "show more" button, for the reader to carry on from the first new row. */
  const rowHeader = (e: Element) => e.matches('th[part~=name]');
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  it('table: the toolbar, the scrolling table, each sort button, each row’s explanation button, and out', async () => {
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} node="p1" layout="table"></mieruka-trend-table>`);
    const fwd = await fullWalk(a, rowHeader);
    expect(names(fwd.stops)).to.deep.equal([
      'button[part=button] "CSVをダウンロード"',
      'button[part=button] "表をコピー（TSV）"',
      'div[part=scroller] "指標の推移（協働を支える人材の育成と協働意識の醸成）"',
      'button[part=sort] "指標↕"',
      'button[part=sort] "2016年度策定時↕"',
      'button[part=sort] "2020年度見直し時↕"',
      'button[part=sort] "2021年度中間年度↕"',
      'button[part=sort] "2022年度↕"',
      'button[part=sort] "2023年度↕"',
      'button[part=sort] "目標値2025年度↕"',
      'button[part=sort] "進捗状況↕"',
      'button[part=sort] "担当↕"',
      'button[part=toggle] "▸きらめき出前講座実施件数"',
      'button[part=toggle] "▸【追加】あさかの学園大学卒業・修了生数"',
      'button[part=toggle] "▸【追加】こおりやま広域圏わかものボーダレスプロジェクト参加"',
      'button[part=toggle] "▸【追加】地域の行事に参加している児童(小6)・生徒(中3)"',
    ]);
  });

  it('a long table: no stop is hidden under the sticky header or first column, going down or up', async () => {
    await setViewport({ width: 1024, height: 600 });
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} layout="table"></mieruka-trend-table>`);
    const fwd = await fullWalk(a, rowHeader);
    expect(fwd.stops.length).to.be.greaterThan(40);
  });

  describe('the toolbar', () => {
    const originals = {
      click: HTMLAnchorElement.prototype.click,
      clipboard: Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!,
    };
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originals.click;
      Object.defineProperty(Navigator.prototype, 'clipboard', originals.clipboard);
    });

    it('Enter downloads the CSV and Space copies the TSV; focus stays on each button and the result is said', async () => {
      const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} node="p1" layout="table"></mieruka-trend-table>`);
      const downloads: string[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
      let copied = '';
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: async (t: string) => void (copied = t) }) });
      a.before.focus();
      await sendKeys({ press: 'Tab' });
      const csv = deepActive();
      await press('Enter');
      expect(downloads).to.deep.equal(['koriyama-collaboration-2023-p1.csv']);
      expect(deepActive()).to.equal(csv);
      await sendKeys({ press: 'Tab' });
      const copy = deepActive();
      await press('Space');
      await until(() => text(a.el.shadowRoot!.querySelector('[part~=status]')) !== '');
      expect(copied.split('\r\n')[0]).to.match(/^区分\t指標\t/);
      expect(text(a.el.shadowRoot!.querySelector('[part~=status]'))).to.equal('6行をコピーしました。表計算ソフトに貼り付けられます。');
      expect(deepActive()).to.equal(copy);
    });
  });

  it('a sort button keeps focus while the rows reorder; aria-sort follows; Tab order stays the same', async () => {
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} node="p1" layout="table"></mieruka-trend-table>`);
    const before = tabStops(a.el.shadowRoot!);
    const button = before.find((b) => text(b).startsWith('2023年度'))!;
    button.focus();
    await press('Enter');
    expect(deepActive()).to.equal(button);
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(ringProblem(focusRing(button))).to.equal('');
    await press('Space');
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(deepActive()).to.equal(button);
    // Sorted rows are the same rows: the same number of stops, the toggles in the new order.
    expect(tabStops(a.el.shadowRoot!)).to.have.length(before.length);
  });

  it('an opened explanation is next in the Tab order: its link, then the next row', async () => {
    const doc = clone(await report());
    doc.sources!.find((x) => x.id === 'citizen-survey')!.url = 'https://www.city.koriyama.lg.jp/';
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${doc} layout="table"></mieruka-trend-table>`);
    const root = a.el.shadowRoot!;
    const toggle = [...root.querySelectorAll<HTMLButtonElement>('[part~=toggle]')].find((b) => root.querySelector(`#${b.getAttribute('aria-controls')} a`))!;
    toggle.focus();
    const selected = oneEvent(a.el, 'mieruka-select') as Promise<MierukaSelectEvent>;
    await press('Enter');
    expect((await selected).detail.kind).to.equal('indicator');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(name(deepActive()!)).to.equal('a "市民意識調査"');
    expect(ringProblem(focusRing(deepActive()!))).to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.getAttribute('part')).to.equal('toggle');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal(toggle);
    await press('Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('“show more” from the keyboard: focus stays on the button, then moves to the first new row when none are left', async () => {
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} layout="table" chunk-size="15"></mieruka-trend-table>`);
    const root = a.el.shadowRoot!;
    const total = () => root.querySelectorAll('tr[data-i]').length;
    const more = () => root.querySelector<HTMLButtonElement>('[part~=more] button');
    expect(tabStops(root)).to.include(more());
    more()!.focus();
    await press('Enter');
    await a.el.updateComplete;
    expect(total()).to.equal(30);
    expect(deepActive()).to.equal(more());
    await press('Enter');
    await until(() => more() === null);
    const first = deepActive() as HTMLElement;
    expect(first.matches('th[part~=name]'), name(first)).to.be.true;
    expect(first.closest('tr')!.dataset.i).to.equal('30');
    expect(ringProblem(focusRing(first))).to.equal('');
    // From there Tab goes on to that row's explanation button.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(first.querySelector('[part~=toggle]'));
  });

  it('cards on a phone: the toolbar with its sort select, then each card’s explanation button; the select sorts from the keyboard', async () => {
    await setViewport({ width: 390, height: 844 });
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} node="p1"></mieruka-trend-table>`);
    const fwd = await fullWalk(a, (e) => e.matches('li[part~=card]'));
    expect(names(fwd.stops).map((n) => n.replace(/ ".*/, ''))).to.deep.equal([
      'button[part=button]',
      'button[part=button]',
      'select',
      'button[part=toggle]',
      'button[part=toggle]',
      'button[part=toggle]',
      'button[part=toggle]',
    ]);
    (fwd.stops[2] as HTMLElement).focus();
    await press('ArrowDown');
    await a.el.updateComplete;
    expect(text(a.el.shadowRoot!.querySelector('[part~=status]'))).to.equal('指標の昇順に並べ替えました');
    expect(deepActive()).to.equal(fwd.stops[2]);
  });

  it('a table on a phone scrolls sideways from the keyboard once its region has focus; no stop hides under the sticky parts', async () => {
    await setViewport({ width: 390, height: 844 });
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await report()} node="p1" layout="table"></mieruka-trend-table>`);
    await fullWalk(a, rowHeader);
    a.before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const scroller = deepActive() as HTMLElement;
    expect(scroller.getAttribute('part')).to.equal('scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    await press('ArrowRight');
    await until(() => scroller.scrollLeft > 0);
    await press('End');
  });
});

describe('<mieruka-sdgs-badges> keyboard walkthrough', () => {
  const report = () => example('koriyama-collaboration-2023');

  for (const variant of ['chips', 'tiles', 'grid'] as const) {
    it(`selectable ${variant}: each listed goal is one stop in order; Enter selects, Space releases; absent goals are not stops`, async () => {
      const a = await around<MierukaSdgsBadges>(html`<mieruka-sdgs-badges .data=${await report()} variant=${variant} selectable></mieruka-sdgs-badges>`);
      const root = a.el.shadowRoot!;
      const fwd = await fullWalk(a);
      const listed = [...root.querySelectorAll('[part~=goal].present [part~=number]')].map(text);
      expect(fwd.stops.map((b) => text(b.querySelector('[part~=number]')))).to.deep.equal(listed);
      expect(fwd.stops.every((b) => b.matches('button[part~=goal-button]'))).to.be.true;
      const eleven = fwd.stops[listed.indexOf('11')] as HTMLButtonElement;
      eleven.focus();
      const selected = oneEvent(a.el, 'mieruka-select') as Promise<MierukaSelectEvent>;
      await press('Enter');
      expect((await selected).detail).to.include({ kind: 'goal', id: '11' });
      await a.el.updateComplete;
      expect(eleven.getAttribute('aria-pressed')).to.equal('true');
      // The ring of a pressed goal is still the focus ring, and still 3:1.
      expect(ringProblem(focusRing(eleven))).to.equal('');
      // The list of plans that opened below holds no control: Tab goes on to the next goal.
      expect(root.querySelector('[part~=detail]')).to.exist;
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(fwd.stops[listed.indexOf('11') + 1] ?? a.after);
      eleven.focus();
      await press('Space');
      expect(eleven.getAttribute('aria-pressed')).to.equal('false');
      expect(a.el.selected).to.equal(undefined);
    });
  }
});

describe('<mieruka-kpi-gauge> keyboard walkthrough', () => {
  const report = () => example('koriyama-collaboration-2023');

  it('a grid of cards: each card’s table of values is one stop, in reading order, and out', async () => {
    const a = await around<MierukaKpiGauge>(html`<mieruka-kpi-gauge .data=${await report()} node="p4"></mieruka-kpi-gauge>`);
    const fwd = await fullWalk(a);
    expect(fwd.stops.length).to.equal(a.el.shadowRoot!.querySelectorAll('[part~=details]').length);
    expect(fwd.stops.every((s) => s.matches('button[part=summary]'))).to.be.true;
  });

  it('Enter opens a table of values, Tab goes on to the next card, Shift+Tab comes back and Space closes it', async () => {
    const a = await around<MierukaKpiGauge>(html`<mieruka-kpi-gauge .data=${await report()} node="p1"></mieruka-kpi-gauge>`);
    const root = a.el.shadowRoot!;
    const summaries = tabStops(root);
    summaries[0]!.focus();
    await press('Enter');
    await until(() => root.querySelector('table') !== null);
    expect(summaries[0]!.getAttribute('aria-expanded')).to.equal('true');
    // The opened table is read, not operated: the next stop is the next card's disclosure.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(summaries[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal(summaries[0]);
    await press('Space');
    await until(() => root.querySelector('table') === null);
    expect(ringProblem(focusRing(summaries[0]!))).to.equal('');
  });

  it('one gauge in dark theme: the disclosure’s ring still reaches 3:1', async () => {
    const a = await around<MierukaKpiGauge>(html`<mieruka-kpi-gauge .data=${await report()} indicator="p1-k1" theme="dark"></mieruka-kpi-gauge>`);
    await fullWalk(a);
  });
});

describe('dark theme: the same walks, every ring still 3:1 on the dark colours', () => {
  it('plan tree with a selected plan and its sheet', async () => {
    const a = await around<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')} theme="dark" selected="g3-i1-p1"></mieruka-plan-tree>`);
    await fullWalk(a, (e) => e.getAttribute('role') === 'treeitem');
  });
  it('5レス with a category pressed', async () => {
    const a = await around<MierukaFiveLess>(html`<mieruka-five-less .data=${await example('koriyama-reform-2022-goal3')} theme="dark" category="paper"></mieruka-five-less>`);
    await fullWalk(a);
  });
  it('trend table', async () => {
    const a = await around<MierukaTrendTable>(html`<mieruka-trend-table .data=${await example('koriyama-collaboration-2023')} theme="dark" node="p1" layout="table"></mieruka-trend-table>`);
    await fullWalk(a, (e) => e.matches('th[part~=name]'));
  });
  it('SDGs badges with a goal selected', async () => {
    const a = await around<MierukaSdgsBadges>(html`<mieruka-sdgs-badges .data=${await example('koriyama-collaboration-2023')} theme="dark" selectable selected="11"></mieruka-sdgs-badges>`);
    await fullWalk(a);
  });
});
