import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FIVE_LESS_KEYS, type FiveLessKey, type MierukaDocument } from '../data-schema/index.js';
import '../src/components/five-less/five-less.js';
import type { MierukaFiveLess } from '../src/components/five-less/five-less.js';
import { accessibilityTree, axText, findAx, flattenAx, type AxNode } from './support/ax.js';
import { backgroundOf, contrast, rgba } from './support/colour.js';
import { emulateForcedColors } from './support/forced-colors.js';
import { deepActive, describe as name, press, ringProblem, walk } from './support/keyboard.js';
import { clone, example } from './support/plan-tree.js';

/**
 * On a phone the 5レス table is a list of plans with chips, and the table's column headers (with
 * their definition buttons) are gone. A resident must still be able to find out what
 * カウンターレス and the others mean: the list view opens with a key whose buttons disclose each
 * definition, by keyboard as by touch, in Japanese and English, at 320 px with the text at 200%,
 * and in forced colours.
 */

const GOAL3 = 'koriyama-reform-2022-goal3';
const DIGITAL = 'koriyama-digital-city-hall-2021';

interface Around {
  el: MierukaFiveLess;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

async function around(doc: MierukaDocument, lang = ''): Promise<Around> {
  const box = await fixture<HTMLDivElement>(
    html`<div><button id="before">before</button><mieruka-five-less .data=${doc} lang=${lang}></mieruka-five-less><button id="after">after</button></div>`,
  );
  const el = box.children[1] as MierukaFiveLess;
  if (!lang) el.removeAttribute('lang');
  await el.updateComplete;
  return { el, before: box.querySelector('#before')!, after: box.querySelector('#after')! };
}

const list = (el: MierukaFiveLess) => el.shadowRoot!.querySelector<HTMLElement>('.list-view')!;
/** The elements of the phone list view that hold a category's definition. */
const panelsIn = (el: MierukaFiveLess) => [...list(el).querySelectorAll<HTMLElement>('[part~=definition]')];
/** The button that discloses `panel` (the one whose aria-controls names it). */
const controlling = (el: MierukaFiveLess, panel: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-controls="${panel.id}"]`)!;

const tree = async () => accessibilityTree();
/** A panel's definition: its text outside the <strong> name. */
const ownText = (panel: HTMLElement) =>
  [...panel.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
const button = (t: AxNode, label: string) => findAx(t, (n) => n.role === 'button' && n.name === label);

/** The seed 003 wording (表1), as transcribed in the digital city hall document. */
async function seedWording(): Promise<Record<FiveLessKey, { name: string; description: string }>> {
  return (await example(DIGITAL)).fiveLess as Record<FiveLessKey, { name: string; description: string }>;
}

/** Seed 000's goal 3 (no definitions of its own) given seed 003's, for the tests that read a definition's text. */
async function goal3Defined(): Promise<MierukaDocument> {
  const doc = clone(await example(GOAL3));
  doc.fiveLess = clone(await example(DIGITAL)).fiveLess;
  return doc;
}

afterEach(() => setViewport({ width: 1280, height: 900 }));

for (const width of [390, 320]) {
  describe(`phone, ${width} px: the list view's definitions`, () => {
    beforeEach(() => setViewport({ width, height: 800 }));

    it('shows the list, not the table, and Tab reaches a labelled definition button per category inside the list view', async () => {
      const a = await around(await example(GOAL3));
      expect(getComputedStyle(a.el.shadowRoot!.querySelector('.table-view')!).display).to.equal('none');
      const { stops, rings } = await walk(a.before, a.after);
      const inList = stops.filter((s) => list(a.el).contains(s) && s.getAttribute('aria-controls'));
      const seed = await seedWording();
      expect(inList.map((b) => b.textContent!.replace(/\s+/g, ''))).to.deep.equal(FIVE_LESS_KEYS.map((k) => `${seed[k].name}ⓘ${seed[k].name}の定義`));
      expect(inList.every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
      // Each is a disclosure of a panel in the list view, hidden until asked for.
      expect(inList.map((b) => list(a.el).querySelector<HTMLElement>(`#${b.getAttribute('aria-controls')}`)?.hidden)).to.deep.equal([true, true, true, true, true]);
      expect(rings.map(ringProblem).filter(Boolean), 'focus rings').to.deep.equal([]);
      // The key is a labelled group, read before the plans.
      const group = inList[0]!.closest('[role=group]')!;
      expect(a.el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('5レスとは');
      expect(group.compareDocumentPosition(list(a.el).querySelector('[part~=list]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('Enter opens a definition: the accessibility tree holds its text, and it is on screen', async () => {
      const a = await around(await goal3Defined());
      const seed = await seedWording();
      const panel = panelsIn(a.el)[0]!;
      const open = controlling(a.el, panel);
      let t = await tree();
      expect(button(t, 'カウンターレスの定義')?.expanded).to.equal(false);
      expect(axText(t)).to.not.contain(seed.counter.description);
      open.focus();
      await press('Enter');
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      t = await tree();
      expect(button(t, 'カウンターレスの定義')?.expanded).to.equal(true);
      expect(flattenAx(t).map((n) => n.name)).to.include(seed.counter.description);
      // Visible, inside the screen, and not covering the next button.
      expect(panel.checkVisibility()).to.be.true;
      const r = panel.getBoundingClientRect();
      expect(r.left).to.be.at.least(0);
      expect(r.right).to.be.at.most(width);
      // Right below its button, where the reader is looking.
      const from = open.getBoundingClientRect();
      expect(r.top - from.bottom, 'gap between the button and its definition').to.be.within(-1, parseFloat(getComputedStyle(open).fontSize));
      const next = controlling(a.el, panelsIn(a.el)[1]!).getBoundingClientRect();
      expect(r.bottom <= next.top || r.top >= next.bottom || r.right <= next.left || r.left >= next.right, 'the definition covers the next button').to.be.true;
      // One open at a time: the next replaces it.
      await sendKeys({ press: 'Tab' });
      await press('Enter');
      expect(panelsIn(a.el).map((p) => p.hidden)).to.deep.equal([true, false, true, true, true]);
    });

    it('Escape closes the definition and returns focus to its button, from the button or from the next one', async () => {
      const a = await around(await example(GOAL3));
      const panel = panelsIn(a.el)[2]!;
      const open = controlling(a.el, panel);
      open.focus();
      await press('Enter');
      expect(panel.hidden).to.be.false;
      await press('Escape');
      expect(panel.hidden).to.be.true;
      expect(open.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(open);
      await press('Space');
      expect(panel.hidden).to.be.false;
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.not.equal(open);
      await press('Escape');
      expect(panel.hidden).to.be.true;
      expect(deepActive()).to.equal(open);
    });

    it('a press elsewhere closes it; a press on the definition itself does not', async () => {
      const a = await around(await example(GOAL3));
      const panel = panelsIn(a.el)[4]!;
      controlling(a.el, panel).click();
      await a.el.updateComplete;
      panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await a.el.updateComplete;
      expect(panel.hidden).to.be.false;
      a.after.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await a.el.updateComplete;
      expect(panel.hidden).to.be.true;
    });

    it("the text is the document's definition when it has one; otherwise it says the document has none", async () => {
      const seed = await seedWording();
      const own = clone(await example(DIGITAL));
      own.fiveLess!.cash = { name: '現金レス', description: '窓口で現金を扱わない。' };
      const docs: [MierukaDocument, Record<FiveLessKey, string>][] = [
        [own, { ...Object.fromEntries(FIVE_LESS_KEYS.map((k) => [k, seed[k].description])), cash: '窓口で現金を扱わない。' } as Record<FiveLessKey, string>],
        [await example(GOAL3), Object.fromEntries(FIVE_LESS_KEYS.map((k) => [k, 'この文書には定義がありません。'])) as Record<FiveLessKey, string>],
      ];
      for (const [doc, expected] of docs) {
        const a = await around(doc);
        const got: string[] = [];
        for (const panel of panelsIn(a.el)) {
          controlling(a.el, panel).click();
          await a.el.updateComplete;
          got.push(ownText(panel));
          expect(findAx(await tree(), (n) => n.name === got.at(-1)), `${panel.id} in the accessibility tree`).to.exist;
        }
        expect(got).to.deep.equal(FIVE_LESS_KEYS.map((k) => expected[k]));
      }
      // The document's own name labels its button too.
      await around(own);
      expect(button(await tree(), '現金レスの定義')).to.exist;
    });

    it('English: the title, the button names and the built-in definitions in English; a document’s own wording as written', async () => {
      const doc = await goal3Defined();
      doc.fiveLess!.cash = { name: '現金レス', description: '窓口で現金を扱わない。' };
      delete doc.fiveLess!.paper;
      const a = await around(doc, 'en');
      const group = list(a.el).querySelector('[role=group]')!;
      expect(a.el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('What the 5-less categories mean');
      const panels = panelsIn(a.el);
      controlling(a.el, panels[0]!).click();
      await a.el.updateComplete;
      let t = await tree();
      expect(button(t, 'Definition of Counterless')?.expanded).to.equal(true);
      expect(flattenAx(t).map((n) => n.name)).to.include('Put administrative procedures online so that residents can complete them without coming to City Hall.');
      controlling(a.el, panels[1]!).click();
      await a.el.updateComplete;
      t = await tree();
      expect(button(t, 'Definition of 現金レス')?.expanded).to.equal(true);
      expect(flattenAx(t).map((n) => n.name)).to.include('窓口で現金を扱わない。');
      controlling(a.el, panels[2]!).click();
      await a.el.updateComplete;
      expect(ownText(panels[2]!)).to.equal('This document does not define it.');
    });
  });
}

describe('phone, 320 px with the text at 200%: an open definition reflows', () => {
  const WIDTH = 320;
  beforeEach(() => setViewport({ width: WIDTH, height: 640 }));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  /** Text of the key (buttons, title, open definition) that is off screen or cut off, as tests/reflow.test.ts judges it. */
  function misplaced(key: Element): string[] {
    const out: string[] = [];
    for (const e of key.querySelectorAll('*')) {
      if (!e.checkVisibility() || e.closest('.sr-only')) continue;
      for (const t of [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) {
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) {
          if (r.width && (r.left < -1 || r.right > WIDTH + 1)) out.push(`${name(e)} "${t.textContent!.trim().slice(0, 12)}" at ${Math.round(r.left)}–${Math.round(r.right)}px`);
        }
      }
      const cs = getComputedStyle(e);
      if (cs.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) out.push(`${name(e)} cut off`);
    }
    return out;
  }

  for (const lang of ['', 'en']) {
    it(lang ? 'English' : 'Japanese', async () => {
      const doc = await goal3Defined();
      const small = await around(doc, lang);
      const before = parseFloat(getComputedStyle(panelsIn(small.el)[4]!).fontSize);
      small.el.parentElement!.remove();
      document.documentElement.style.fontSize = '200%';
      const a = await around(doc, lang);
      const panel = panelsIn(a.el)[4]!;
      controlling(a.el, panel).click();
      await a.el.updateComplete;
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      expect(parseFloat(getComputedStyle(panel).fontSize), 'the definition’s text grew').to.be.at.least(before * 1.5);
      const key = panel.closest('[role=group]')!;
      expect(misplaced(key)).to.deep.equal([]);
      const wide = [...a.el.shadowRoot!.querySelectorAll('*')].filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > WIDTH + 1).map((e) => `${name(e)} to ${Math.round(e.getBoundingClientRect().right)}`);
      expect(document.documentElement.scrollWidth, `the page scrolls sideways: ${wide.slice(0, 8).join('; ')}`).to.be.at.most(WIDTH);
      // The definition is a readable column, not a sliver: at least ten characters wide.
      expect(panel.getBoundingClientRect().width).to.be.at.least(10 * parseFloat(getComputedStyle(panel).fontSize));
    });
  }
});

describe('phone, forced colours: the key keeps its shapes', () => {
  before(() => emulateForcedColors(true));
  after(() => emulateForcedColors(false));
  beforeEach(() => setViewport({ width: 390, height: 844 }));

  it('buttons keep a border, the open one a double border; the definition keeps its frame; text and ring readable', async () => {
    const a = await around(await example(GOAL3));
    const panels = panelsIn(a.el);
    const buttons = panels.map((p) => controlling(a.el, p));
    const edge = (e: Element) => contrast(rgba(getComputedStyle(e).borderTopColor), backgroundOf(e.parentElement));
    expect(buttons.map((b) => getComputedStyle(b).borderTopStyle)).to.deep.equal(['solid', 'solid', 'solid', 'solid', 'solid']);
    expect(buttons.every((b) => edge(b) >= 3)).to.be.true;
    buttons[1]!.focus();
    await press('Enter');
    expect(getComputedStyle(buttons[1]!).borderTopStyle, 'the open one stands apart without its tint').to.equal('double');
    expect(getComputedStyle(buttons[0]!).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(panels[1]!).borderTopStyle).to.not.equal('none');
    expect(contrast(rgba(getComputedStyle(panels[1]!).borderTopColor), backgroundOf(panels[1]!))).to.be.at.least(3);
    expect(contrast(rgba(getComputedStyle(panels[1]!).color), backgroundOf(panels[1]!))).to.be.at.least(4.5);
    const { rings } = await walk(a.before, buttons[2]!);
    expect(rings.map(ringProblem).filter(Boolean)).to.deep.equal([]);
  });
});
