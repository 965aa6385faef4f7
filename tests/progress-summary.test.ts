import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { accessibilityTree, flattenAx } from './support/ax.js';
import { deepActive } from './support/keyboard.js';
import { MierukaErrorEvent, MierukaSelectEvent } from '../src/core/index.js';
import '../src/components/progress-summary/progress-summary.js';
import type { MierukaProgressSummary } from '../src/components/progress-summary/progress-summary.js';
import { GRADED_DOCUMENT as GRADED } from '../stories/lib/fixtures.js';

const cache = new Map<string, unknown>();
async function example(name: string): Promise<any> {
  if (!cache.has(name)) cache.set(name, await (await fetch(`/data-schema/examples/${name}.json`)).json());
  return structuredClone(cache.get(name));
}
const COLLAB = 'koriyama-collaboration-2023';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
/** The words a screen reader gets from a subtree: text, skipping aria-hidden parts. */
function spoken(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
  if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
  return [...n.childNodes].map(spoken).join('');
}
/** Spoken words with white space squeezed, and none around the separators (、 ,). */
const words = (n: Element | null | undefined) => (n ? spoken(n).replace(/\s+/g, ' ').replace(/ ?([、,]) ?/g, '$1').trim() : '');
const groups = (el: Element) => $$(el, '[part~=group]');
const buttons = (group: Element) => [...group.querySelectorAll<HTMLButtonElement>('button')];

async function render(doc: unknown, attrs: { node?: string; lang?: string; status?: string; grade?: string } = {}): Promise<MierukaProgressSummary> {
  const el = await fixture<MierukaProgressSummary>(
    html`<mieruka-progress-summary .data=${doc} node=${attrs.node ?? ''} lang=${attrs.lang ?? ''} status=${attrs.status ?? ''} grade=${attrs.grade ?? ''}></mieruka-progress-summary>`,
  );
  if (!attrs.node) el.removeAttribute('node');
  await el.updateComplete;
  return el;
}

async function axLines(): Promise<string[]> {
  return flattenAx(await accessibilityTree()).map((n) => `${n.role} ${n.name ?? ''}${n.pressed !== undefined ? ` [pressed=${n.pressed}]` : ''}`.trim());
}

describe('<mieruka-progress-summary>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    it('passes axe, light and dark, with a count chosen', async () => {
      const el = await render(await example(COLLAB));
      await expect(el).to.be.accessible();
      buttons(groups(el)[2]!)[0]!.click();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe on a phone with the document graded A / B / 完了 / -', async () => {
      await setViewport({ width: 360, height: 800 });
      await expect(await render(structuredClone(GRADED))).to.be.accessible();
    });

    it('the accessibility tree holds every count as a toggle button with its word and number; the bars are hidden', async () => {
      await render(await example(COLLAB));
      const lines = await axLines();
      const expected = [
        'region 「第二次郡山市協働推進基本計画 2023年度実施報告」の進捗',
        'StaticText 指標の状況（39指標）',
        'button 目標達成 、 5 [pressed=false]',
        'button 順調 、 18 [pressed=false]',
        'button 横ばい 、 1 [pressed=false]',
        'button 遅れ 、 3 [pressed=false]',
        'button 目標から遠ざかっている 、 12 [pressed=false]',
        'StaticText 進捗状況（2023年度・7件）',
        'button ↑ 順調 、 5 [pressed=false]',
        'button ↓ 目標から遠ざかっている 、 2 [pressed=false]',
        'StaticText 達成度（2023年度・99事業）',
        'button 4 予定どおり実施した 、 85 、 うち再掲 4 [pressed=false]',
        'button 3 おおむね予定どおり実施した 、 13 [pressed=false]',
        'button 2 予定より縮小して実施した 、 1 [pressed=false]',
      ];
      // In this order (headings before their counts), whatever else lies between.
      let at = -1;
      for (const line of expected) {
        const next = lines.indexOf(line, at + 1);
        expect(next, line).to.be.greaterThan(at);
        at = next;
      }
      expect(lines.some((l) => l.startsWith('img') || l.includes('svg'))).to.be.false;
    });

    it('a level nobody got reads as its grade and 0, not as a button', async () => {
      const el = await render(await example(COLLAB));
      const achievement = groups(el).find((g) => g.textContent!.includes('達成度'))!;
      const empty = achievement.querySelector('[part~=empty]')!;
      expect(words(empty)).to.equal('1、0');
      expect(empty.closest('button')).to.equal(null);
    });
  });

  describe('grades the document does not explain', () => {
    it('shows A / B / 完了 / - as printed, with no status word, symbol or colour, and never 判定なし', async () => {
      const el = await render(structuredClone(GRADED));
      const graded = groups(el)[1]!;
      // 5 items; 7 counts, as an item graded per department counts once per department (the note).
      expect(words(graded.querySelector('[part~=heading]'))).to.equal('評価（2023年度・5項目）');
      expect(buttons(graded).map(words)).to.deep.equal(['A、3、うち再掲 1', 'B、2', '完了、1', '-、1']);
      expect(graded.querySelectorAll('.symbol')).to.have.length(0);
      expect(graded.textContent).not.to.include('判定なし');
      for (const swatch of graded.querySelectorAll<HTMLElement>('.swatch')) expect(swatch.style.background).to.equal('');
      expect(words(graded.querySelector('[part~=note]'))).to.equal('所属ごとに評価された項目は、所属ごとに1件と数えています（3件）');
    });

    it('a grade whose level names a meaning gets its symbol and colour', async () => {
      const el = await render(await example(COLLAB));
      const four = buttons(groups(el).find((g) => g.textContent!.includes('達成度'))!)[0]!;
      expect(four.querySelector('.symbol')!.textContent).to.equal('◎');
      expect(four.querySelector<HTMLElement>('.swatch')!.style.background).to.equal('var(--mieruka-status-achieved)');
    });

    it('indicators read by the status rule say 判定なし only for an indicator the rule cannot read, and count sub-series', async () => {
      const el = await render(structuredClone(GRADED));
      expect(buttons(groups(el)[0]!).map(words)).to.deep.equal([
        '目標達成、1、うち小区分 1', '遅れ、1', '目標から遠ざかっている、1、うち小区分 1', '判定なし、1',
      ]);
    });
  });

  describe('properties and attributes', () => {
    it('node= counts that subtree only', async () => {
      const el = await render(await example(COLLAB), { node: 'p2' });
      expect(words(groups(el)[0]!.querySelector('[part~=heading]'))).to.equal('指標の状況（4指標）');
      expect(groups(el).map((g) => words(g.querySelector('[part~=heading]')))).to.include('達成度（2023年度・6事業）');
    });

    it('status= and grade= press their count; one choice at a time', async () => {
      const el = await render(await example(COLLAB), { grade: '3' });
      const pressed = () => $$(el, 'button[aria-pressed=true]').map(words);
      expect(pressed()).to.deep.equal(['3 おおむね予定どおり実施した、13']);
      el.removeAttribute('grade');
      el.status = 'behind';
      await el.updateComplete;
      expect(pressed()).to.deep.equal(['遅れ、3']);
    });

    it('a document with neither indicators nor grades says so in one sentence', async () => {
      const el = await render(await example('koriyama-reform-2026'));
      expect(groups(el)).to.have.length(0);
      expect(words($(el, '[part~=note]'))).to.equal('この文書には指標も評価もありません');
    });

    it('grades without indicators: one sentence for the indicators', async () => {
      const doc = structuredClone(GRADED);
      (doc.nodes[1]!.children![2]! as { indicators?: unknown }).indicators = undefined;
      const el = await render(doc);
      expect(words($(el, '[part~=note]'))).to.equal('この文書には指標がありません');
      expect(groups(el)).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every count; Enter and Space toggle it', async () => {
      const el = await render(await example(COLLAB));
      const first = buttons(groups(el)[0]!)[0]!;
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(buttons(groups(el)[0]!)[1]);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, '[role=status]:not(.announcer)')!.textContent).to.equal('選択を解除しました');
    });
  });

  describe('events', () => {
    it('choosing a status fires mieruka-select { kind: status }; choosing it again fires id null', async () => {
      const el = await render(await example(COLLAB));
      const behind = buttons(groups(el)[0]!).find((b) => b.textContent!.includes('遅れ'))!;
      setTimeout(() => behind.click());
      const chosen = await oneEvent(el, MierukaSelectEvent.eventName);
      expect(chosen.detail).to.deep.equal({ kind: 'status', id: 'behind', title: '遅れ' });
      expect(chosen.bubbles && chosen.composed).to.be.true;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('behind');
      setTimeout(() => behind.click());
      const cleared = await oneEvent(el, MierukaSelectEvent.eventName);
      expect(cleared.detail).to.deep.equal({ kind: 'status', id: null });
    });

    it('choosing a grade fires { kind: grade, id, scale }, and reflects grade and scale', async () => {
      const el = await render(await example(COLLAB));
      const four = buttons(groups(el).find((g) => g.textContent!.includes('達成度'))!)[0]!;
      setTimeout(() => four.click());
      const { detail } = await oneEvent(el, MierukaSelectEvent.eventName);
      expect(detail).to.deep.equal({ kind: 'grade', id: '4', scale: 'achievement', title: '達成度 4 予定どおり実施した' });
      await el.updateComplete;
      expect([el.getAttribute('grade'), el.getAttribute('scale'), el.getAttribute('status')]).to.deep.equal(['4', 'achievement', '']);
    });

    it('setting status or grade from script fires no mieruka-select', async () => {
      const el = await render(await example(COLLAB));
      let fired = 0;
      el.addEventListener(MierukaSelectEvent.eventName, () => fired++);
      el.status = 'achieved';
      await el.updateComplete;
      el.status = '';
      el.grade = '4';
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect($$(el, 'button[aria-pressed=true]')).to.have.length(1);
    });
  });

  describe('language', () => {
    it('speaks English on an English page, numbers through Intl', async () => {
      const el = await render(await example(COLLAB), { lang: 'en' });
      expect(words(groups(el)[0]!.querySelector('[part~=heading]'))).to.equal('Indicators by status (39)');
      expect(buttons(groups(el)[0]!).map(words)).to.include('Moving away from target,12');
      const achievement = groups(el).find((g) => g.textContent!.includes('達成度'))!;
      expect(words(achievement.querySelector('[part~=heading]'))).to.equal('達成度 (FY2023,99)');
      expect(words(buttons(achievement)[0]!)).to.equal('4 予定どおり実施した,85,4 re-listed');
    });
  });

  describe('bad input', () => {
    it('an unknown node: role=alert naming the id, mieruka-error, nothing counted', async () => {
      const el = document.createElement('mieruka-progress-summary');
      el.node = 'p9';
      el.data = await example(COLLAB);
      setTimeout(() => document.body.append(el));
      const { detail } = await oneEvent(el, MierukaErrorEvent.eventName);
      expect(detail.kind).to.equal('unknown-node');
      expect($(el, '[role=alert]')!.textContent).to.include('項目「p9」が見つかりません');
      expect(groups(el)).to.have.length(0);
      el.remove();
    });

    it('a status that does not exist, or a grade nobody got: role=alert and mieruka-error; the counts stay', async () => {
      const el = await render(await example(COLLAB));
      setTimeout(() => (el.status = 'great'));
      const { detail } = await oneEvent(el, MierukaErrorEvent.eventName);
      expect(detail).to.include({ kind: 'invalid-attribute', path: 'status' });
      expect($(el, '[role=alert]')!.textContent).to.include('「great」');
      expect(groups(el).length).to.equal(3);
      el.status = '';
      setTimeout(() => (el.grade = 'Z'));
      const second = await oneEvent(el, MierukaErrorEvent.eventName);
      expect(second.detail.path).to.equal('grade');
      expect($(el, '[role=alert]')!.textContent).to.include('「Z」');
    });

    it('a wrong document keeps the last good counts under the alert', async () => {
      const el = await render(await example(COLLAB));
      el.data = { nodes: 'x' };
      await el.updateComplete;
      expect($(el, '[role=alert]')).to.exist;
      expect(groups(el).length).to.equal(3);
    });
  });
});
