import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { accessibilityTree, flattenAx } from './support/ax.js';
import { FIVE_LESS_KEYS, type FiveLessKey, type MierukaDocument } from '../data-schema/index.js';
import { MierukaSelectEvent, loadLanguage } from '../src/core/index.js';
import '../src/components/five-less/five-less.js';
import type { MierukaFiveLess } from '../src/components/five-less/five-less.js';
import { categoryInfo, collectRows, countCategories, filterRows, rowLevel, sortRows } from '../src/components/five-less/five-less.model.js';
import { until } from './support/probe-element.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const cache = new Map<string, unknown>();
async function example(name: string): Promise<any> {
  if (!cache.has(name)) cache.set(name, await (await fetch(`/data-schema/examples/${name}.json`)).json());
  return structuredClone(cache.get(name));
}

/** A small valid document: goals → plans (counter 計画) → projects. */
function makeDoc(nodes: unknown[], extra: Record<string, unknown> = {}): any {
  return {
    schemaVersion: '1.0',
    id: 'test',
    title: 'テスト計画',
    municipality: 'テスト市',
    levels: [
      { id: 'goal', name: '目標' },
      { id: 'plan', name: '実施計画', counter: '計画' },
      { id: 'project', name: '事業' },
    ],
    nodes,
    ...extra,
  };
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
/** Text without whitespace (visually hidden words included, as a screen reader reads them). */
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, '') ?? '';
/** The words a screen reader gets from a subtree: text, skipping aria-hidden and hidden parts. */
function spoken(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
  if (!(n instanceof Element)) return '';
  if (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('hidden')) return '';
  return [...n.childNodes].map(spoken).join('');
}
const words = (n: Element | null | undefined) => (n ? spoken(n).replace(/\s+/g, '') : '');

const bodyRows = (el: Element) => $$(el, 'tbody tr[part=row]');
const rowTitles = (el: Element) => bodyRows(el).map((r) => r.querySelector('th .title')!.textContent!.trim());

async function render(doc: unknown, attrs: { node?: string; sort?: string; category?: string; lang?: string } = {}): Promise<MierukaFiveLess> {
  const el = await fixture<MierukaFiveLess>(
    html`<mieruka-five-less .data=${doc} node=${attrs.node ?? ''} sort=${attrs.sort ?? 'none'} category=${attrs.category ?? ''} lang=${attrs.lang ?? ''}></mieruka-five-less>`,
  );
  if (!attrs.node) el.removeAttribute('node');
  await el.updateComplete;
  return el;
}

/** The page's accessibility tree, flattened to "role name [state]" lines. */
async function tree(): Promise<string[]> {
  return flattenAx(await accessibilityTree())
    .filter((n) => n.role !== 'RootWebArea')
    .map((n) => {
      const state = n.pressed !== undefined ? ` [pressed=${n.pressed}]` : n.expanded !== undefined ? ` [expanded=${n.expanded}]` : '';
      return `${n.role} ${n.name ?? ''}${state}`.trim();
    });
}

/** An independent count straight from the JSON (not through the element's model). */
function countFromJson(doc: any, level: string) {
  const plans: any[] = [];
  const walk = (ns: any[]) => ns.forEach((n) => (n.level === level ? plans.push(n) : undefined, walk(n.children ?? [])));
  walk(doc.nodes);
  const counts = Object.fromEntries(
    FIVE_LESS_KEYS.map((k) => [
      k,
      {
        applies: plans.filter((p) => p.fiveLess?.[k] === true).length,
        notApplies: plans.filter((p) => p.fiveLess?.[k] === false).length,
        unknown: plans.filter((p) => p.fiveLess?.[k] === undefined).length,
      },
    ]),
  ) as Record<FiveLessKey, { applies: number; notApplies: number; unknown: number }>;
  return { plans, counts };
}

const GOAL3 = 'koriyama-reform-2022-goal3';

before(() => setViewport({ width: 1280, height: 900 }));
afterEach(() => setViewport({ width: 1280, height: 900 }));

// ---------------------------------------------------------------------------------------------

describe('counting (koriyama-reform-2022-goal3)', () => {
  it('rows are the 16 plans; sub-projects are not rows', async () => {
    const doc = await example(GOAL3);
    expect(rowLevel(doc)).to.equal('plan');
    const rows = collectRows(doc);
    expect(rows).to.have.length(16);
    expect(rows.every((r) => r.node.level === 'plan')).to.be.true;
    const el = await render(doc);
    expect(bodyRows(el)).to.have.length(16);
    expect(rowTitles(el)).to.not.include('学校給食調理業務の民間委託');
    expect(text($(el, 'caption'))).to.contain('16計画');
  });

  it('counts per category match an independent count of the JSON', async () => {
    const doc = await example(GOAL3);
    const { plans, counts } = countFromJson(doc, 'plan');
    expect(plans).to.have.length(16);
    expect(countCategories(collectRows(doc))).to.deep.equal(counts);
    // Figures known from seed 000: ペーパーレス 4 of 16, ムーブ 4 with 6 unknown (4 sheets without marks, 2 without a ムーブ column).
    expect(counts.paper).to.deep.equal({ applies: 4, notApplies: 8, unknown: 4 });
    expect(counts.move).to.deep.equal({ applies: 4, notApplies: 6, unknown: 6 });

    const el = await render(doc);
    const buttons = $$(el, '[part~=category]');
    const info = categoryInfo(doc, 'ja');
    FIVE_LESS_KEYS.forEach((k, i) => {
      expect(text(buttons[i])).to.equal(`${info[k].name}、${counts[k].applies}/16計画、未設定${counts[k].unknown}`);
    });
    const totals = $$(el, 'tfoot td');
    FIVE_LESS_KEYS.forEach((k, i) => expect(text(totals[i])).to.equal(`${counts[k].applies}、未設定${counts[k].unknown}`));
    const all = FIVE_LESS_KEYS.reduce((n, k) => n + counts[k].applies, 0);
    expect(text(totals[5])).to.equal(String(all));
  });

  it("each row's total is its number of 該当, with 未設定 apart", async () => {
    const doc = await example(GOAL3);
    const { plans } = countFromJson(doc, 'plan');
    const el = await render(doc);
    bodyRows(el).forEach((tr, i) => {
      const f = plans[i].fiveLess;
      const applies = FIVE_LESS_KEYS.filter((k) => f?.[k] === true).length;
      const unknown = FIVE_LESS_KEYS.filter((k) => f?.[k] === undefined).length;
      const expected = !f ? '未設定' : unknown ? `${applies}、未設定${unknown}` : String(applies);
      expect(words(tr.querySelector('[part~=total]')), plans[i].id).to.equal(expected);
    });
  });

  it('a plan without 5レス data is 未設定, never 非該当; a missing key is 未設定 for that category', async () => {
    const el = await render(await example(GOAL3));
    const rows = bodyRows(el);
    const p2 = rows.find((r) => r.textContent!.includes('業務委託の効果的な活用'))!;
    const cells = p2.querySelectorAll('td');
    expect(cells[0]!.getAttribute('colspan')).to.equal('5');
    expect(words(cells[0])).to.equal('未設定');
    expect(p2.textContent).to.not.contain('非該当');
    const p1 = rows.find((r) => r.textContent!.includes('多様な主体との連携'))!;
    expect([...p1.querySelectorAll('td')].slice(0, 5).map(words)).to.deep.equal(['非該当', '非該当', '非該当', '非該当', '未設定']);
  });

  it('groups rows under their goal and initiative headings', async () => {
    const el = await render(await example(GOAL3));
    const groups = $$(el, 'tbody tr[part=group] th').map((th) => th.textContent!.trim());
    expect(groups).to.deep.equal([
      '重点推進目標3 公民協奏の推進',
      '取組事項1 市民協働の推進',
      '取組事項2 民間活力の活用',
      '取組事項3 自治体等との広域連携',
      '取組事項4 市政運営のパートナーシップ形成と信頼確保',
    ]);
    expect($$(el, 'tbody')).to.have.length(4);
  });

  it('node= narrows to a subtree; a plan is one row; a sub-project shows its plan', async () => {
    const doc = await example(GOAL3);
    expect(collectRows(doc, doc.nodes[0].children[1]).map((r) => r.node.id)).to.deep.equal(['g3-i2-p1', 'g3-i2-p2', 'g3-i2-p3', 'g3-i2-p4', 'g3-i2-p5']);
    let el = await render(doc, { node: 'g3-i1-p1' });
    expect(rowTitles(el)).to.deep.equal(['① 協働のまちづくりの推進']);
    expect(text($$(el, '[part~=category]')[0])).to.equal('カウンターレス、1/1計画');
    el = await render(doc, { node: 'g3-i2-p3-s2' });
    expect(rowTitles(el)).to.deep.equal(['③ PFIの効果的な活用']);
  });

  it('which level is the rows: the plan level with marks, else the deepest with marks, else the counter level, else the deepest', async () => {
    const deep = makeDoc([{ id: 'g1', level: 'goal', title: '目標', children: [{ id: 'p1', level: 'plan', title: '計画', children: [{ id: 's1', level: 'project', title: '事業', fiveLess: { paper: true } }] }] }]);
    expect(rowLevel(deep)).to.equal('project');
    const both = makeDoc([
      { id: 'g1', level: 'goal', title: '目標', children: [{ id: 'p1', level: 'plan', title: '計画', fiveLess: { cash: true }, children: [{ id: 's1', level: 'project', title: '事業', fiveLess: { paper: true } }] }] },
    ]);
    expect(rowLevel(both)).to.equal('plan');
    expect(collectRows(both).map((r) => r.node.id)).to.deep.equal(['p1']);
    const digital = await example('koriyama-digital-city-hall-2021');
    expect(rowLevel(digital)).to.equal('project');
    const none = makeDoc([{ id: 'g1', level: 'goal', title: '目標', children: [{ id: 'p1', level: 'plan', title: '計画' }] }], {
      levels: [{ id: 'goal', name: '目標' }, { id: 'plan', name: '実施計画' }, { id: 'project', name: '事業' }],
    });
    expect(rowLevel(none)).to.equal('plan');
  });

  it('a re-listed item (再掲) is counted once: at its original, or in its place when the original is out of scope', async () => {
    const digital = await example('koriyama-digital-city-hall-2021');
    expect(collectRows(digital)).to.have.length(80);
    const audit = await example('small-audit');
    expect(collectRows(audit).map((r) => r.node.id)).to.deep.equal(['ap1', 'ap3', 'ap72', 'ap73']);
    const target = audit.nodes[1].children[0];
    expect(collectRows(audit, target).map((r) => r.node.id)).to.deep.equal(['ap72', 'ap73', 'ap1-relist']);
    audit.nodes[0].children[0].children[0].fiveLess = { counter: true };
    expect(collectRows(audit, target)[2]!.marks.counter).to.equal(true);
  });

  it('sorts by total (blank plans last either way, ties in document order) and filters to 該当 only', async () => {
    const rows = collectRows(await example(GOAL3));
    const ids = (rs: typeof rows) => rs.map((r) => r.node.id);
    const desc = sortRows(rows, 'descending');
    expect(ids(desc).slice(0, 4)).to.deep.equal(['g3-i1-p1', 'g3-i3-p1', 'g3-i4-p2', 'g3-i1-p3']);
    expect(ids(desc).slice(-4)).to.deep.equal(['g3-i2-p2', 'g3-i2-p3', 'g3-i4-p1', 'g3-i4-p6']);
    const asc = sortRows(rows, 'ascending');
    expect(ids(asc)[0]).to.equal('g3-i1-p2');
    expect(ids(asc).slice(-4)).to.deep.equal(['g3-i2-p2', 'g3-i2-p3', 'g3-i4-p1', 'g3-i4-p6']);
    expect(ids(sortRows(rows, 'none'))).to.deep.equal(ids(rows));
    expect(ids(filterRows(rows, 'counter'))).to.deep.equal(['g3-i1-p1', 'g3-i1-p3']);
    expect(filterRows(rows, undefined)).to.have.length(16);
  });

  it('definitions: only the document\'s own; a document that defines none says so, never seed 003\'s wording', async () => {
    const digital = await example('koriyama-digital-city-hall-2021');
    const goal3 = await example(GOAL3);
    const none = categoryInfo(goal3, 'ja');
    await loadLanguage('en'); // English is loaded on demand (an element does this itself)
    for (const k of FIVE_LESS_KEYS) {
      expect(none[k].source).to.equal('none');
      expect(none[k].name).to.equal(digital.fiveLess[k].name);
      expect(none[k].description).to.equal('この文書には定義がありません。');
      expect(categoryInfo(goal3, 'en')[k].description).to.equal('This document does not define it.');
    }
    expect(categoryInfo(digital, 'ja').counter).to.deep.equal({ ...digital.fiveLess.counter, source: 'document' });
    const own = makeDoc([], { fiveLess: { cash: { name: '現金レス', description: '窓口で現金を扱わない。' } } });
    expect(categoryInfo(own, 'ja').cash).to.deep.equal({ name: '現金レス', description: '窓口で現金を扱わない。', source: 'document' });
    expect(categoryInfo(own, 'ja').paper).to.deep.equal({ name: 'ペーパーレス', description: 'この文書には定義がありません。', source: 'none' });
  });
});

// ---------------------------------------------------------------------------------------------

describe('accessibility', () => {
  it('passes axe on a wide screen, with a filter and an open definition', async () => {
    const el = await render(await example(GOAL3));
    await expect(el).to.be.accessible();
    $$(el, '[part~=category]')[2]!.click();
    $(el, '#info-move')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe on a phone and in dark theme, with a definition open in the key', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await render(await example(GOAL3));
    await expect(el).to.be.accessible();
    $(el, '#key-info-paper')!.click();
    el.theme = 'dark';
    await el.updateComplete;
    expect($(el, '#key-def-paper')!.checkVisibility()).to.be.true;
    await expect(el).to.be.accessible();
  });

  // In forced colours the pressed one keeps a double border: tests/forced-colors.test.ts checks
  // that under Chromium's real emulation.
  it('a pressed category shows a check mark: never colour alone', async () => {
    const el = await render(await example(GOAL3), { category: 'cash' });
    const pressed = $$(el, '[part~=category]')[1]!;
    expect(pressed.querySelector('.check')!.textContent).to.equal('✓');
    expect($$(el, '[part~=category]')[0]!.querySelector('.check')!.textContent).to.equal('');
  });

  it('is a real table: caption, column headers with scope, row headers, a 合計 row', async () => {
    const el = await render(await example(GOAL3));
    const table = $(el, 'table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('5レスの該当状況（郡山市行財政改革大綱 実施計画 重点推進目標3 公民協奏の推進、16計画）');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols).to.have.length(7);
    expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(bodyRows(el).every((tr) => tr.querySelector('th')!.getAttribute('scope') === 'row')).to.be.true;
    expect(text(table.querySelector('tfoot th'))).to.equal('合計');
  });

  it('the accessibility tree holds the counts, the marks as words and the states', async () => {
    const el = await render(await example(GOAL3));
    let lines = await tree();
    expect(lines).to.include('button ペーパーレス 、 4 / 16計画 、 未設定 4 [pressed=false]');
    expect(lines).to.include('button ムーブ（会議）レスの定義 [expanded=false]');
    const at = lines.indexOf('StaticText ① 協働のまちづくりの推進');
    expect(at).to.be.above(-1);
    expect(lines.slice(at + 1, at + 7)).to.deep.equal(['StaticText 該当', 'StaticText 非該当', 'StaticText 該当', 'StaticText 非該当', 'StaticText 該当', 'StaticText 3']);
    expect(lines.slice(lines.indexOf('StaticText 実施計画')).join('\n')).to.not.match(/[○－？]/);
    const blank = lines.indexOf('StaticText ② 業務委託の効果的な活用');
    expect(lines.slice(blank + 1, blank + 3)).to.deep.equal(['StaticText 未設定', 'StaticText 未設定']);

    $(el, '#info-counter')!.click();
    $$(el, '[part~=category]')[0]!.click();
    await el.updateComplete;
    lines = await tree();
    expect(lines).to.include('button カウンターレスの定義 [expanded=true]');
    expect(lines).to.include('StaticText この文書には定義がありません。');
    expect(lines).to.include('button カウンターレス 、 2 / 16計画 、 未設定 4 [pressed=true]'); // the ✓ is aria-hidden
  });

  it('definitions are reachable without hover: a disclosure button per column header, controlling visible text', async () => {
    const el = await render(await example(GOAL3));
    for (const k of FIVE_LESS_KEYS) {
      const button = $(el, `#info-${k}`)!;
      expect(button.closest('th')!.getAttribute('scope')).to.equal('col');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = $(el, `#${button.getAttribute('aria-controls')}`)!;
      expect(region.hidden).to.be.true;
    }
    $(el, '#info-file')!.click();
    await el.updateComplete;
    expect($(el, '#info-file')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#def-file')!.hidden).to.be.false;
    expect($(el, '#def-file')!.textContent).to.equal('ファイルレスこの文書には定義がありません。');
    expect(getComputedStyle($(el, '#def-file')!).display).to.not.equal('none');
    // A document that defines the five shows its own wording.
    el.data = await example('koriyama-digital-city-hall-2021');
    await el.updateComplete;
    expect($(el, '#def-file')!.textContent).to.contain('各種紙資料等のデータ化を推進し');
  });

  it('the summary bars are decorative, sized by a linear scale, with the counts as text', async () => {
    const el = await render(await example(GOAL3));
    const svg = $$(el, '[part~=bar]')[2]!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('.bar-applies')!.getAttribute('width')).to.equal('25');
    expect(svg.querySelector('.bar-unknown')!.getAttribute('width')).to.equal('25');
    expect(svg.querySelector('.bar-unknown')!.getAttribute('x')).to.equal('75');
    expect(words($$(el, '[part~=category]')[2])).to.equal('ペーパーレス、4/16計画、未設定4');
  });
});

// ---------------------------------------------------------------------------------------------

describe('properties and attributes', () => {
  it('sort="descending" ranks plans by total without groups, showing each one\'s initiative', async () => {
    const el = await render(await example(GOAL3), { sort: 'descending' });
    expect(rowTitles(el).slice(0, 3)).to.deep.equal(['① 協働のまちづくりの推進', '① 連携中枢都市圏構想の推進', '② 市政情報の発信']);
    expect(rowTitles(el).slice(-1)).to.deep.equal(['⑥ 行政手続制度の適正な運用']);
    expect($$(el, 'tr[part=group]')).to.have.length(0);
    expect(bodyRows(el)[1]!.querySelector('.path')!.textContent).to.equal('重点推進目標3 公民協奏の推進 › 取組事項3 自治体等との広域連携');
    expect($(el, '[part~=total-header]')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('sort="ascending", an unknown sort value reads as document order, and sort reflects', async () => {
    const el = await render(await example(GOAL3), { sort: 'ascending' });
    expect(rowTitles(el)[0]).to.equal('② セーフコミュニティ活動の推進');
    el.setAttribute('sort', 'bogus');
    await el.updateComplete;
    expect(rowTitles(el)[0]).to.equal('① 協働のまちづくりの推進');
    expect($(el, '[part~=total-header]')!.hasAttribute('aria-sort')).to.be.false;
    el.sort = 'descending';
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('descending');
  });

  it('category="…" filters the rows, presses its button and says what is left out', async () => {
    const el = await render(await example(GOAL3), { category: 'file' });
    expect(rowTitles(el)).to.deep.equal(['① 連携中枢都市圏構想の推進', '② 市政情報の発信']);
    expect($$(el, '[part~=category]').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
    expect(text($(el, '[part~=filter] p'))).to.equal('ファイルレスに該当する2計画を表示しています（未設定の4計画を除く）');
    expect(text($$(el, 'tfoot td')[3])).to.equal('2');
    el.category = '';
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(16);
    expect($(el, '[part~=filter]')).to.not.exist;
  });

  it('changing node re-renders the scope', async () => {
    const el = await render(await example(GOAL3), { node: 'g3-i1' });
    expect(bodyRows(el)).to.have.length(3);
    el.node = 'g3-i4';
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(7);
    expect(text($(el, 'caption'))).to.contain('市政運営のパートナーシップ形成と信頼確保、7計画');
  });

  it('a narrow container shows a list with chips (該当 and 未設定 only); a wide one the table with sticky headers', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await render(await example(GOAL3));
    expect(getComputedStyle($(el, '.table-view')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.list-view')!).display).to.equal('block');
    const items = $$(el, '[part~=item]');
    expect(items).to.have.length(16);
    const chips = (i: number) => [...items[i]!.querySelectorAll('[part~=chip]')].map((c) => c.textContent!.trim());
    expect(chips(0)).to.deep.equal(['カウンターレス', 'ペーパーレス', 'ムーブ（会議）レス']);
    expect(chips(3)).to.deep.equal(['ムーブ（会議）レス：未設定']);
    expect(chips(4)).to.deep.equal(['5レス 未設定']);
    expect(chips(1)).to.deep.equal([]);
    expect(text(items[1]!.querySelector('.chips'))).to.equal('該当なし');
    await setViewport({ width: 1280, height: 900 });
    await until(() => getComputedStyle($(el, '.table-view')!).display !== 'none');
    expect(getComputedStyle($(el, '.list-view')!).display).to.equal('none');
    expect(getComputedStyle($(el, 'thead th')!).position).to.equal('sticky');
  });
});

// ---------------------------------------------------------------------------------------------

describe('keyboard', () => {
  it('Tab moves through the summary toggles; Space and Enter toggle the filter', async () => {
    const el = await render(await example(GOAL3));
    const buttons = $$(el, '[part~=category]');
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.category).to.equal('cash');
    expect(bodyRows(el)).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.category).to.equal('');
    expect(bodyRows(el)).to.have.length(16);
  });

  it('Enter opens a definition, Escape closes it and returns focus to its button', async () => {
    const el = await render(await example(GOAL3));
    const button = $(el, '#info-cash')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#def-cash')!.hidden).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('the total header button cycles aria-sort: descending, ascending, none', async () => {
    const el = await render(await example(GOAL3));
    const th = $(el, '[part~=total-header]')!;
    th.querySelector('button')!.focus();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      seen.push(th.getAttribute('aria-sort'));
    }
    expect(seen).to.deep.equal(['descending', 'ascending', null]);
    expect(text($(el, '[role=status]:not([aria-live])'))).to.equal('元の順に戻しました');
  });

  it('on a phone, the sort switch is a toggle button', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await render(await example(GOAL3));
    const sw = $(el, '.sort-switch')!;
    sw.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sw.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '[part~=item] .title')[0]!.textContent).to.equal('① 協働のまちづくりの推進');
    expect($$(el, '[part~=item] .title')[1]!.textContent).to.equal('① 連携中枢都市圏構想の推進');
  });
});

// ---------------------------------------------------------------------------------------------

describe('events', () => {
  it('choosing a category fires mieruka-select (bubbling, composed) with the category', async () => {
    const el = await render(await example(GOAL3));
    setTimeout(() => $$(el, '[part~=category]')[0]!.click());
    const event = await oneEvent(document, 'mieruka-select');
    expect(event).to.be.instanceOf(MierukaSelectEvent);
    expect(event.detail).to.deep.equal({ kind: 'category', id: 'counter', title: 'カウンターレス' });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('sorting, opening a definition and setting properties fire no mieruka-select', async () => {
    const el = await render(await example(GOAL3), { category: 'paper' });
    const fired: unknown[] = [];
    el.addEventListener('mieruka-select', (e) => fired.push(e.detail));
    el.category = 'move';
    el.sort = 'descending';
    el.node = 'g3-i4';
    await el.updateComplete;
    $(el, '[part~=total-header] button')!.click();
    $(el, '#info-paper')!.click();
    el.category = '';
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
  });

  it('the reader clearing the filter fires mieruka-select with id null, so a page can widen what it narrowed', async () => {
    const el = await render(await example(GOAL3));
    const fired: unknown[] = [];
    el.addEventListener('mieruka-select', (e) => fired.push(e.detail));
    $$(el, '[part~=category]')[2]!.click(); // ペーパーレス
    await el.updateComplete;
    $$(el, '[part~=category]')[2]!.click(); // pressed again: shows all
    await el.updateComplete;
    expect(el.category).to.equal('');
    $$(el, '[part~=category]')[4]!.click(); // ムーブレス
    await el.updateComplete;
    $(el, '[part~=filter] button')!.click(); // the note's 絞り込みを解除
    await el.updateComplete;
    expect(el.category).to.equal('');
    expect(fired).to.deep.equal([
      { kind: 'category', id: 'paper', title: 'ペーパーレス' },
      { kind: 'category', id: null },
      { kind: 'category', id: 'move', title: 'ムーブ（会議）レス' },
      { kind: 'category', id: null },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('language', () => {
  it('Japanese by default', async () => {
    const el = await render(await example(GOAL3));
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('ja');
    expect(text($(el, 'thead th'))).to.equal('実施計画');
    expect(words(bodyRows(el)[0]!.querySelector('td'))).to.equal('該当');
    expect(text($(el, '[part~=legend]'))).to.equal('○該当－非該当？未設定（資料に記載なし）');
  });

  it('English with lang="en": names, definitions, counts, labels', async () => {
    const el = await render(await example(GOAL3), { lang: 'en' });
    expect(words($$(el, '[part~=category]')[0])).to.equal('Counterless,2of16plans,4unknown');
    expect($(el, 'caption')!.textContent).to.equal('5-less (digitalisation aims) by plan: 郡山市行財政改革大綱 実施計画 重点推進目標3 公民協奏の推進, 16 plans');
    expect(text($(el, 'thead th'))).to.equal('Plan');
    expect(words(bodyRows(el)[0]!.querySelector('td'))).to.equal('Applies');
    expect(words(bodyRows(el)[1]!.querySelector('td'))).to.equal('Doesnotapply');
    expect($(el, '#def-counter')!.textContent).to.equal('CounterlessThis document does not define it.');
    expect(words($(el, '#info-move'))).to.equal('DefinitionofMove(meeting)less');
    expect(text($(el, 'tfoot th'))).to.equal('Total');
  });

  it('English keeps a document definition of its own as written, and translates one that is the built-in Japanese', async () => {
    const doc = await example('small-audit');
    doc.fiveLess.cash = { name: '現金レス', description: '窓口で現金を扱わない。' };
    const el = await render(doc, { lang: 'en' });
    expect($(el, '#def-counter')!.textContent).to.contain('without coming to City Hall');
    expect($(el, '#def-cash')!.textContent).to.contain('窓口で現金を扱わない。');
    expect(text($(el, '[part~=category-header] .col-name'))).to.equal('Counterless');
    expect($$(el, '[part~=category-header] .col-name')[1]!.textContent).to.equal('現金レス');
    expect(words($$(el, '[part~=category]')[0])).to.equal('Counterless,0of4projects,4unknown');
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad input', () => {
  it('an unknown node id shows an alert and fires mieruka-error', async () => {
    const doc = await example(GOAL3);
    const el = document.createElement('mieruka-five-less');
    el.node = 'g3-i9';
    setTimeout(() => {
      el.data = doc;
      document.body.append(el);
    });
    const event = await oneEvent(el, 'mieruka-error');
    expect(event.detail.kind).to.equal('unknown-node');
    await el.updateComplete;
    expect($(el, '[role=alert]')!.textContent).to.contain('g3-i9');
    el.remove();
  });

  it('hostile strings in titles and definitions are shown as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const doc = makeDoc([{ id: 'g1', level: 'goal', title: evil, children: [{ id: 'p1', level: 'plan', title: evil, fiveLess: { counter: true } }] }], {
      fiveLess: { counter: { name: evil, description: evil } },
    });
    const el = await render(doc);
    expect(el.shadowRoot!.querySelector('img')).to.not.exist;
    expect(rowTitles(el)).to.deep.equal([evil]);
    expect($(el, '#def-counter')!.textContent).to.contain(evil);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('an unknown category value says what to write and shows every plan', async () => {
    const doc = await example(GOAL3);
    const el = document.createElement('mieruka-five-less');
    el.setAttribute('category', 'paperless');
    el.data = doc;
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'mieruka-error');
    expect(event.detail).to.include({ kind: 'invalid-attribute', path: 'category' });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('category属性の値「paperless」は使えません（counter、cash、paper、file、moveのいずれか）');
    expect(bodyRows(el)).to.have.length(16);
    el.remove();
  });

  it('a document without any 5レス marks says so in one sentence, not with a matrix of 未設定', async () => {
    const el = await render(await example('koriyama-reform-2026'));
    expect(text($(el, '[part~=note]'))).to.equal('この資料の57計画には5レスの記載がありません（すべて未設定）');
    expect($(el, 'table')).to.not.exist;
    expect($$(el, '[part~=category]')).to.have.length(0);
  });

  it('a scope without plans shows an empty note', async () => {
    const doc = makeDoc([{ id: 'g1', level: 'goal', title: '目標' }, { id: 'g2', level: 'goal', title: '目標2', children: [{ id: 'p1', level: 'plan', title: '計画' }] }]);
    const el = await render(doc, { node: 'g1' });
    expect(text($(el, '[part~=note]'))).to.equal('データがありません');
    expect($(el, 'table')).to.not.exist;
  });

  it('a wrong document shows the schema alert', async () => {
    const el = await render({ schemaVersion: '1.0', id: 'x' } as unknown as MierukaDocument);
    expect($(el, '[role=alert]')).to.exist;
    expect($(el, 'table')).to.not.exist;
  });
});
