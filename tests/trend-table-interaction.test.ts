import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDocumentSources, type MierukaSelectEvent } from '../src/core/index.js';
import '../src/components/trend-table/trend-table.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';
import { $, $$, REPORT, row, rowKeys, seed, text } from './trend-table.helpers.js';

afterEach(() => resetDocumentSources());

const report = async (node = 'p1', layout = 'table') =>
  fixture<MierukaTrendTable>(html`<mieruka-trend-table .data=${await seed(REPORT)} node=${node} layout=${layout}></mieruka-trend-table>`);

const headerButton = (el: MierukaTrendTable, label: string) => $$(el, 'thead th').find((th) => text(th).startsWith(label))!.querySelector('button')!;
const sortOf = (el: MierukaTrendTable, label: string) => headerButton(el, label).closest('th')!.getAttribute('aria-sort');

/** Tabs until the shadow root's focused element matches, or fails after `max` presses. */
async function tabTo(el: MierukaTrendTable, match: (e: Element) => boolean, max = 30) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error('focus never reached the element');
}

describe('<mieruka-trend-table> keyboard', () => {
  it('Tab reaches the disclosure button; Enter opens the explanation row, Space closes it', async () => {
    const el = await report();
    const button = await tabTo(el, (e) => e.getAttribute('part') === 'toggle');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const details = $(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(details.hidden).to.be.true;
    expect(details.previousElementSibling).to.equal(row(el, 'p1-k1'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.be.false;
    expect(text(details)).to.contain('施策の実施状況・実績の増減理由等').and.contain('目標値に近づいている。 ◆講座数：108講座');
    expect(details.querySelector('td')!.colSpan).to.equal(row(el, 'p1-k1').children.length);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.be.true;
  });

  it('a column sorts from the keyboard: ascending, descending, then back to the document order', async () => {
    const el = await report();
    await tabTo(el, (e) => text(e).startsWith('2023年度'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, '2023年度')).to.equal('ascending');
    // 2023: k1 299, k2 520, k3 10, k4 (小6 57.8)
    expect(rowKeys(el)).to.deep.equal(['p1-k3', 'p1-k4', 'p1-k1', 'p1-k2']);
    expect(text($(el, '[part~=status]'))).to.equal('2023年度の昇順に並べ替えました');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, '2023年度')).to.equal('descending');
    expect(rowKeys(el)).to.deep.equal(['p1-k2', 'p1-k1', 'p1-k4', 'p1-k3']);
    // Sorted rows leave their groups, and each names its group instead.
    expect($(el, 'th[scope=rowgroup]')).to.be.null;
    expect(text(row(el, 'p1-k2').querySelector('.context'))).to.equal('基本施策1 協働を支える人材の育成と協働意識の醸成');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, '2023年度')).to.be.null;
    expect(rowKeys(el)).to.deep.equal(['p1-k1', 'p1-k2', 'p1-k3', 'p1-k4']);
    expect($(el, 'th[scope=rowgroup]')).to.exist;
  });

  it('empty cells sort last in both directions; names sort in Japanese order', async () => {
    const el = await report('p5');
    headerButton(el, '2024年度').click();
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p5-k1', 'p5-k2', 'p5-k3', 'p5-k4', 'p5-k5', 'p5-k6']); // all empty: document order
    // 2016: k1 946, k2 154, k3 90, k4 —, k5 —, k6 16,306
    headerButton(el, '2016年度').click();
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p5-k3', 'p5-k2', 'p5-k1', 'p5-k6', 'p5-k4', 'p5-k5']);
    headerButton(el, '2016年度').click();
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p5-k6', 'p5-k1', 'p5-k2', 'p5-k3', 'p5-k4', 'p5-k5']);
    headerButton(el, '指標').click();
    await el.updateComplete;
    expect(sortOf(el, '指標')).to.equal('ascending');
    expect(sortOf(el, '2016年度')).to.be.null;
    const names = (await el.toTSV())
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split('\t')[1]!);
    expect(names).to.have.length(6);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('ja', { numeric: true }).compare));
    expect(names[0]).to.equal('オープンデータの利活用件数(統計情報データ親ページのアクセス件数)');
  });

  it('in cards, a select sorts', async () => {
    const el = await report('p1', 'cards');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'y2023 descending';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p1-k2', 'p1-k1', 'p1-k4', 'p1-k3']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p1-k1', 'p1-k2', 'p1-k3', 'p1-k4']);
  });
});

describe('<mieruka-trend-table> events', () => {
  it('opening a row selects its indicator (mieruka-select); closing does not', async () => {
    const el = await report();
    const button = $(el, 'tr[data-key="p1-k2"] [part=toggle]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'mieruka-select')) as MierukaSelectEvent;
    expect(event.detail).to.deep.equal({ kind: 'indicator', id: 'p1-k2', title: 'あさかの学園大学卒業・修了生数' });
    expect(event.bubbles && event.composed).to.be.true;
    let fired = 0;
    el.addEventListener('mieruka-select', () => fired++);
    button.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('setting properties from code fires no mieruka-select', async () => {
    const el = await report();
    let fired = 0;
    el.addEventListener('mieruka-select', () => fired++);
    el.node = 'p2';
    await el.updateComplete;
    el.layout = 'cards';
    await el.updateComplete;
    el.indicator = 'p2-k1';
    await el.updateComplete;
    el.data = await seed(REPORT);
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['p2-k1']);
    expect(fired).to.equal(0);
  });

  it('fires mieruka-load once the document is shown', async () => {
    const doc = await seed(REPORT);
    const el = document.createElement('mieruka-trend-table');
    setTimeout(() => {
      el.data = doc;
      document.body.append(el);
    });
    const event = await oneEvent(el, 'mieruka-load');
    expect(event.detail.id).to.equal('koriyama-collaboration-2023');
    el.remove();
  });
});

describe('<mieruka-trend-table> CSV download and TSV copy', () => {
  const originals = {
    create: URL.createObjectURL,
    click: HTMLAnchorElement.prototype.click,
    clipboard: Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!,
  };
  afterEach(() => {
    URL.createObjectURL = originals.create;
    HTMLAnchorElement.prototype.click = originals.click;
    Object.defineProperty(Navigator.prototype, 'clipboard', originals.clipboard);
  });

  const stubClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

  it('downloads a UTF-8 CSV with a byte-order mark through a blob: URL on an <a download>', async () => {
    const el = await report('p4');
    let blob: Blob | undefined;
    let anchor: HTMLAnchorElement | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return originals.create.call(URL, b);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      anchor = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the anchor the element clicked
    };
    $$(el, '[part~=toolbar] button')[0]!.click();
    // The export code is fetched on the first press.
    await waitUntil(() => anchor, 'the CSV was not saved');
    expect(anchor!.download).to.equal('koriyama-collaboration-2023-p4.csv');
    expect(anchor!.href).to.match(/^blob:/);
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      '区分,指標,単位,2016年度（策定時）,2020年度（見直し時）,2021年度（中間年度）,2022年度,2023年度,目標値（2025年度）,目標年度,進捗状況,担当,備考',
    );
    expect(lines[1]).to.equal('基本施策4 市民活動への参加と市民参画の促進,町内会等加入率,%,63.2,61.4,60.9,61.9,61.6,70,2025,✕ 目標から遠ざかっている（表示側で計算した判定）,市民・NPO活動推進課,');
    expect(lines).to.have.length(9); // header, 7 indicators, and the empty string after the last CRLF
  });

  it('copies the table as TSV and says so', async () => {
    const el = await report('p1');
    let copied = '';
    stubClipboard(async (t) => {
      copied = t;
    });
    $$(el, '[part~=toolbar] button')[1]!.click();
    await new Promise<void>((resolve) => {
      const check = () => (text($(el, '[part~=status]')) ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(text($(el, '[part~=status]'))).to.equal('6行をコピーしました。表計算ソフトに貼り付けられます。');
    const lines = copied.split('\r\n');
    expect(lines[0]!.split('\t').slice(0, 4)).to.deep.equal(['区分', '指標', '単位', '2016年度（策定時）']);
    expect(lines[1]).to.equal('基本施策1 協働を支える人材の育成と協働意識の醸成\tきらめき出前講座実施件数\t件\t261\t238\t296\t260\t299\t300\t2025\t↑\t生涯学習課\t');
    expect(lines[5]!.split('\t')[1]).to.equal('地域の行事に参加している児童(小6)・生徒(中3)の割合（小6）');
    expect(copied.charCodeAt(0)).to.not.equal(0xfeff);
  });

  it('says so when the browser refuses the clipboard', async () => {
    const el = await report('p1');
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    $$(el, '[part~=toolbar] button')[1]!.click();
    await new Promise<void>((resolve) => {
      const check = () => (text($(el, '[part~=status]')) ? resolve() : requestAnimationFrame(check));
      check();
    });
    const status = $(el, '[part~=status]')!;
    expect(text(status)).to.equal('コピーできませんでした（ブラウザーが許可しませんでした）。CSVをダウンロードしてください。');
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('exports the rows in the order shown', async () => {
    const el = await report('p1');
    headerButton(el, '2023年度').click();
    headerButton(el, '2023年度').click();
    await el.updateComplete;
    const names = (await el.toTSV())
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split('\t')[1]);
    expect(names[0]).to.equal('あさかの学園大学卒業・修了生数');
    expect(names.at(-1)).to.equal('こおりやま広域圏わかものボーダレスプロジェクト参加人数');
  });
});
