import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibilityTree, flattenAx, type AxNode } from './support/ax.js';
import { emulateForcedColors } from './support/forced-colors.js';
import { resetDocumentSources } from '../src/core/index.js';
import type { MierukaErrorEvent, MierukaSelectEvent } from '../src/core/events.js';
import '../src/components/sdgs-badges/sdgs-badges.js';
import type { MierukaSdgsBadges } from '../src/components/sdgs-badges/sdgs-badges.js';
import { SDG_GOALS } from '../src/components/sdgs-badges/sdgs-goals.js';
import { contrast, parentOf, rgba, type Rgba } from './support/colour.js';

const collaboration = '/data-schema/examples/koriyama-collaboration-2023.json';
const reform2022 = '/data-schema/examples/koriyama-reform-2022-goal3.json';
let collaborationDoc: unknown;
let reformDoc: unknown;

before(async () => {
  collaborationDoc = await (await fetch(collaboration)).json();
  reformDoc = await (await fetch(reform2022)).json();
});
afterEach(() => resetDocumentSources());

/** One target of every goal: all 17 colours on screen. */
const ALL = SDG_GOALS.map((g) => `${g.goal}.1`).join(' ');

const $ = (el: MierukaSdgsBadges, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MierukaSdgsBadges, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a screen reader is given for each goal: the one sentence standing for its badge. */
const labels = (el: MierukaSdgsBadges) => $$(el, '[part~="goal"] > .sr-only, [part~="goal-button"] > .sr-only').map(text);
const button = (el: MierukaSdgsBadges, goal: number) => $$(el, '[part~="goal-button"]').find((b) => text(b.querySelector('[part~="number"]')) === String(goal));

const axTree = async (): Promise<AxNode[]> => flattenAx(await accessibilityTree());
const axNames = (tree: AxNode[]) => tree.map((n) => n.name).filter(Boolean);

/** Fixture that is on screen and has data. */
async function loaded(template: ReturnType<typeof html>): Promise<MierukaSdgsBadges> {
  const el = await fixture<MierukaSdgsBadges>(template);
  await el.updateComplete;
  return el;
}

/** An element loading `src`, on screen once its document has loaded (listening before it connects). */
async function fromSrc(src: string, attributes: Record<string, string> = {}): Promise<MierukaSdgsBadges> {
  const el = document.createElement('mieruka-sdgs-badges');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = src;
  const load = oneEvent(el, 'mieruka-load');
  await fixture(html`<div>${el}</div>`);
  await load;
  await el.updateComplete;
  return el;
}

const hex = (h: string): Rgba => [...[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)), 1] as Rgba;

/** The opaque background behind an element (the badges are designed on opaque colours only). */
function opaqueBackgroundOf(el: Element): Rgba {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] === 1) return colour;
    if (colour[3] > 0) throw new Error('translucent backgrounds are not expected');
  }
  return [255, 255, 255, 1];
}

/** Every element that holds text of its own, with its colour, background and ratio. */
function textPairs(el: MierukaSdgsBadges) {
  return $$(el, '*')
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !e.closest('.sr-only'))
    .map((e) => {
      const fg = rgba(getComputedStyle(e).color);
      const bg = opaqueBackgroundOf(e);
      return { part: e.getAttribute('part') ?? e.className ?? e.localName, text: text(e), fg, bg, ratio: contrast(fg, bg) };
    });
}

describe('<mieruka-sdgs-badges>', () => {
  describe('accessibility', () => {
    it('chips from targets are accessible and each goal reads as one sentence', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="11.7 3.4 17.17"></mieruka-sdgs-badges>`);
      await expect(el).to.be.accessible();
      expect(labels(el)).to.deep.equal([
        '目標3 すべての人に健康と福祉を（ターゲット3.4）',
        '目標11 住み続けられるまちづくりを（ターゲット11.7）',
        '目標17 パートナーシップで目標を達成しよう（ターゲット17.17）',
      ]);
      // The visual copy (number, name, codes) is hidden so that nothing is read twice.
      expect($$(el, '.visual').every((v) => v.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect($(el, '[part~="list"]')!.getAttribute('aria-label')).to.equal('SDGs の目標');
      const tree = await axTree();
      const names = axNames(tree);
      expect(names).to.include.members([
        '目標3 すべての人に健康と福祉を（ターゲット3.4）',
        '目標11 住み続けられるまちづくりを（ターゲット11.7）',
        '目標17 パートナーシップで目標を達成しよう（ターゲット17.17）',
      ]);
      expect(names).not.to.include('住み続けられるまちづくりを');
      expect(names).not.to.include('11.7');
    });

    it('a policy from data gives counts and names the level counted', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges .data=${collaborationDoc} node="p1"></mieruka-sdgs-badges>`);
      await expect(el).to.be.accessible();
      expect(labels(el)).to.include('目標11 住み続けられるまちづくりを（ターゲット11.2、11.7、11.a）、3事業');
      expect(labels(el)).to.include('目標17 パートナーシップで目標を達成しよう（ターゲット17.17）、8事業');
      expect(text($(el, '[part~="caption"]'))).to.equal('件数は、その目標またはターゲットを挙げている「事業」の数です（全11事業）。');
      const tree = await axTree();
      const names = axNames(tree);
      expect(names).to.include('目標11 住み続けられるまちづくりを（ターゲット11.2、11.7、11.a）、3事業');
      expect(names).to.include('件数は、その目標またはターゲットを挙げている「事業」の数です（全11事業）。');
    });

    it('the grid names every goal, says which are not listed, and its toggles carry their state', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="grid" selectable selected="11" .data=${reformDoc}></mieruka-sdgs-badges>`);
      await expect(el).to.be.accessible();
      const expected = [
        '目標3 すべての人に健康と福祉を（ターゲット3.4、3.6）、1計画',
        '目標5 ジェンダー平等を実現しよう（ターゲット5.2）、1計画',
        '目標11 住み続けられるまちづくりを（ターゲット11.3、11.7、11.b）、2計画',
        '目標13 気候変動に具体的な対策を（ターゲット13.1、13.3）、2計画',
        '目標16 平和と公正をすべての人に（ターゲット16.1、16.2）、1計画',
        '目標17 パートナーシップで目標を達成しよう（ターゲット17.14、17.17）、2計画',
      ];
      expect($$(el, '[part~="goal-button"]').map((b) => text(b.querySelector('.sr-only')))).to.deep.equal(expected);
      expect($$(el, '[aria-pressed="true"]').map((b) => text(b.querySelector('[part~="number"]')))).to.deep.equal(['11']);
      expect(labels(el)[0]).to.equal('目標1 貧困をなくそう、該当なし');
      expect($(el, '[part~="list"]')!.getAttribute('aria-label')).to.equal('SDGs の17の目標（該当6）');
      expect($(el, '[part~="detail"]')!.getAttribute('aria-label')).to.equal('「目標11 住み続けられるまちづくりを」を挙げている実施計画');
      const tree = await axTree();
      const buttons = tree.filter((n) => n.role === 'button');
      expect(buttons.map((b) => b.name)).to.deep.equal(expected);
      expect(buttons.filter((b) => b.pressed === true).map((b) => b.name!.slice(0, 4))).to.deep.equal(['目標11']);
      expect(axNames(tree)).to.include.members(['目標1 貧困をなくそう、該当なし', '「目標11 住み続けられるまちづくりを」を挙げている実施計画', '③ PFIの効果的な活用', '11.7、11.b']);
    });

    it('listed goals in the grid are marked by ✓ and a solid frame, not by colour alone', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="grid" goals="11"></mieruka-sdgs-badges>`);
      const cells = $$(el, '[part~="goal"]');
      expect(cells).to.have.length(17);
      expect(cells.filter((c) => c.querySelector('[part~="mark"]')).map((c) => text(c.querySelector('[part~="number"]')))).to.deep.equal(['11']);
      expect(getComputedStyle(cells[0]!.querySelector('[part~="block"]')!).borderStyle).to.equal('dashed');
      expect(getComputedStyle(cells[10]!.querySelector('[part~="block"]')!).borderStyle).to.equal('none');
      // Forced colours drop the colours: listed blocks get a solid frame, absent ones keep the dashed one.
      await emulateForcedColors(true);
      try {
        const frame = (cell: HTMLElement) => getComputedStyle(cell.querySelector('[part~="block"]')!).borderStyle;
        expect([frame(cells[10]!), frame(cells[0]!)]).to.deep.equal(['solid', 'dashed']);
      } finally {
        await emulateForcedColors(false);
      }
    });

    it('the ink chosen for each goal colour reaches 4.5:1', () => {
      const below = SDG_GOALS.map((g) => ({ goal: g.goal, ratio: contrast(hex(g.ink), hex(g.colour)) })).filter((p) => p.ratio < 4.5);
      expect(below).to.deep.equal([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const variant of ['chips', 'tiles', 'grid'] as const) {
        it(`every text pair on screen reaches 4.5:1: ${variant}, ${theme}, all 17 goals`, async () => {
          const el = await loaded(html`<mieruka-sdgs-badges variant=${variant} theme=${theme} targets=${ALL}></mieruka-sdgs-badges>`);
          expect(opaqueBackgroundOf(el)).to.deep.equal(theme === 'dark' ? [26, 26, 26, 1] : [255, 255, 255, 1]);
          const pairs = textPairs(el);
          expect(pairs.filter((p) => p.part === 'number')).to.have.length(17);
          // Goal 7's number is drawn in dark ink on its yellow.
          const seven = pairs.find((p) => p.part === 'number' && p.text === '7')!;
          expect([seven.fg.slice(0, 3), seven.bg.slice(0, 3)]).to.deep.equal([[26, 26, 26], [252, 195, 11]]);
          expect(pairs.filter((p) => p.ratio < 4.5).map((p) => `${p.part} "${p.text}" ${p.ratio.toFixed(2)}`)).to.deep.equal([]);
        });
      }
      it(`every text pair reaches 4.5:1 with counts, absent goals and the detail list: ${theme}`, async () => {
        const el = await loaded(html`<mieruka-sdgs-badges variant="grid" selectable selected="8" theme=${theme} .data=${collaborationDoc} node="p6"></mieruka-sdgs-badges>`);
        const pairs = textPairs(el);
        expect(pairs.map((p) => p.part)).to.include.members(['count', 'caption', 'number', 'name', 'target', 'codes']);
        expect(pairs.filter((p) => p.part === 'number' && p.text === '1')[0]!.fg).to.not.deep.equal(pairs.find((p) => p.text === '2')!.fg);
        expect(pairs.filter((p) => p.ratio < 4.5).map((p) => `${p.part} "${p.text}" ${p.ratio.toFixed(2)}`)).to.deep.equal([]);
      });
    }
  });

  describe('properties and attributes', () => {
    it('goals="3 11" shows those goals without a document and without a no-source alert', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges goals="11 3"></mieruka-sdgs-badges>`);
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['3', '11']);
      expect($$(el, '[part~="name"]').map(text)).to.deep.equal(['すべての人に健康と福祉を', '住み続けられるまちづくりを']);
      expect($(el, '[role=alert]')).to.equal(null);
      expect(labels(el)).to.deep.equal(['目標3 すべての人に健康と福祉を', '目標11 住み続けられるまちづくりを']);
    });

    it('reads codes as the plan sheets print them and lists targets under their goal in order', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="17.17/11.b、3.4 11.7" goals="17"></mieruka-sdgs-badges>`);
      const goals = $$(el, '[part~="goal"]');
      expect(goals.map((g) => [text(g.querySelector('[part~="number"]')), [...g.querySelectorAll('[part~="target"]')].map(text)])).to.deep.equal([
        ['3', ['3.4']],
        ['11', ['11.7', '11.b']],
        ['17', ['17.17']],
      ]);
    });

    it('draws each goal in its official colour with its ink (no images)', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="tiles" goals="7 17"></mieruka-sdgs-badges>`);
      const blocks = $$(el, '[part~="block"]').map((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
      expect(blocks).to.deep.equal([
        ['rgb(252, 195, 11)', 'rgb(26, 26, 26)'],
        ['rgb(25, 72, 106)', 'rgb(255, 255, 255)'],
      ]);
      expect($$(el, 'img, image')).to.have.length(0);
    });

    it('attributes win over data: the document, node and counts are then ignored', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="6.1" .data=${collaborationDoc} node="p1"></mieruka-sdgs-badges>`);
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['6']);
      expect($(el, '[part~="caption"]')).to.equal(null);
      el.targets = '';
      await el.updateComplete;
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['1', '3', '4', '10', '11', '12', '13', '17']);
    });

    it('without node, a document is gathered whole; changing node gathers again', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges .data=${reformDoc}></mieruka-sdgs-badges>`);
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['3', '5', '11', '13', '16', '17']);
      expect(text($(el, '[part~="caption"]'))).to.contain('「実施計画」の数です（全16計画）');
      expect($$(el, '[part~="count"]').map(text)).to.deep.equal(['1計画', '1計画', '2計画', '2計画', '1計画', '2計画']);
      el.node = 'g3-i2-p3';
      await el.updateComplete;
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['11', '13', '17']);
      expect($$(el, '[part~="count"]')).to.have.length(0);
      expect($(el, '[part~="caption"]')).to.equal(null);
    });

    it('loads from src like every element', async () => {
      const el = await fromSrc(collaboration, { node: 'p3' });
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['3', '4', '9', '11', '13', '16', '17']);
    });

    it('variant and size reflect, with chips and medium as defaults', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges goals="1"></mieruka-sdgs-badges>`);
      expect([el.getAttribute('variant'), el.getAttribute('size')]).to.deep.equal(['chips', 'medium']);
      const before = $(el, '[part~="number"]')!.getBoundingClientRect().height;
      el.size = 'large';
      await el.updateComplete;
      expect(el.getAttribute('size')).to.equal('large');
      expect($(el, '[part~="number"]')!.getBoundingClientRect().height).to.be.greaterThan(before);
    });

    it('the grid shows all 17 goals; chips and tiles only those listed', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="grid" goals="11"></mieruka-sdgs-badges>`);
      expect($$(el, '[part~="goal"]')).to.have.length(17);
      expect($$(el, '.absent')).to.have.length(16);
      el.variant = 'tiles';
      await el.updateComplete;
      expect($$(el, '[part~="goal"]')).to.have.length(1);
    });

    it('fits a 320 px wide container without overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <mieruka-sdgs-badges variant="grid" .data=${collaborationDoc}></mieruka-sdgs-badges>
      </div>`);
      const el = wrapper.querySelector('mieruka-sdgs-badges')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const block of $$(el, '[part~="block"]')) expect(block.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });
  });

  describe('keyboard', () => {
    it('without selectable nothing is focusable', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="grid" goals="3 11"></mieruka-sdgs-badges>`);
      expect($$(el, 'button, [tabindex], a')).to.have.length(0);
    });

    it('Tab reaches each listed goal; Enter selects, Space toggles it off', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges variant="grid" selectable goals="3 11"></mieruka-sdgs-badges>`);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 3));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 11));
      const event = oneEvent(el, 'mieruka-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ kind: 'goal', id: '11', title: '住み続けられるまちづくりを' });
      await el.updateComplete;
      expect(button(el, 11)!.getAttribute('aria-pressed')).to.equal('true');
      expect(el.selected).to.equal('11');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button(el, 11)!.getAttribute('aria-pressed')).to.equal('false');
      expect(el.selected).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('clicking a goal fires mieruka-select { kind: goal, id }, bubbling and composed', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mieruka-sdgs-badges selectable .data=${collaborationDoc} node="p1"></mieruka-sdgs-badges></div>`);
      const el = wrapper.querySelector('mieruka-sdgs-badges')!;
      await el.updateComplete;
      const event = oneEvent(wrapper, 'mieruka-select') as Promise<MierukaSelectEvent>;
      button(el, 17)!.click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ kind: 'goal', id: '17', title: 'パートナーシップで目標を達成しよう' });
      expect([bubbles, composed]).to.deep.equal([true, true]);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('17');
      expect(text($(el, '[part~="detail"] strong'))).to.equal('「目標17 パートナーシップで目標を達成しよう」を挙げている事業');
      expect($$(el, '[part~="detail"] li')).to.have.length(8);
    });

    it('pressing the selected goal again clears it and fires mieruka-select with id null', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges selectable goals="3 11"></mieruka-sdgs-badges>`);
      const fired: unknown[] = [];
      el.addEventListener('mieruka-select', (e) => fired.push(e.detail));
      button(el, 11)!.click();
      await el.updateComplete;
      button(el, 11)!.click();
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(button(el, 11)!.getAttribute('aria-pressed')).to.equal('false');
      expect(fired).to.deep.equal([{ kind: 'goal', id: '11', title: '住み続けられるまちづくりを' }, { kind: 'goal', id: null }]);
    });

    it('setting selected from code fires no mieruka-select', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges selectable goals="3 11"></mieruka-sdgs-badges>`);
      let fired = 0;
      el.addEventListener('mieruka-select', () => fired++);
      el.selected = '11';
      await el.updateComplete;
      el.setAttribute('selected', '3');
      await el.updateComplete;
      expect(button(el, 3)!.getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, 11)!.getAttribute('aria-pressed')).to.equal('false');
      expect(fired).to.equal(0);
    });

    it('invalid codes fire mieruka-error once, with kind invalid-attribute and the attribute as path', async () => {
      const el = document.createElement('mieruka-sdgs-badges');
      const errors: MierukaErrorEvent['detail'][] = [];
      el.addEventListener('mieruka-error', (e) => errors.push(e.detail));
      el.setAttribute('targets', '3.4 18 11.z');
      el.setAttribute('goals', '11.7');
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      el.variant = 'tiles';
      await el.updateComplete;
      expect(errors.map((e) => [e.kind, e.path])).to.deep.equal([
        ['invalid-attribute', 'targets'],
        ['invalid-attribute', 'goals'],
      ]);
      expect(errors[0]!.message).to.contain('「18」、「11.z」');
    });
  });

  describe('language', () => {
    it('speaks Japanese by default', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges goals="17"></mieruka-sdgs-badges>`);
      expect(text($(el, '[part~="name"]'))).to.equal('パートナーシップで目標を達成しよう');
    });

    it('speaks English with lang="en": UN short titles, counts and messages', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges lang="en" .data=${collaborationDoc} node="p1"></mieruka-sdgs-badges>`);
      expect(labels(el)).to.include('Goal 11 Sustainable Cities and Communities (targets 11.2, 11.7, and 11.a), 3 of 11');
      expect(labels(el)).to.include('Goal 1 No Poverty (target 1.3), 1 of 11');
      expect(text($(el, '[part~="caption"]'))).to.equal('Counts are the number of “事業” items (of 11) that list the goal or one of its targets.');
      el.removeAttribute('node');
      el.data = undefined;
      el.targets = '16.7 18';
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Goal 16 Peace, Justice and Strong Institutions (target 16.7)']);
      expect(text($(el, '[role=alert]'))).to.contain('In the targets attribute, “18” is not an SDGs code');
    });

    it('follows the page when lang is set on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mieruka-sdgs-badges variant="grid" goals="7"></mieruka-sdgs-badges></div>`);
      const el = wrapper.querySelector('mieruka-sdgs-badges')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('The 17 SDGs goals (1 listed)');
      expect(labels(el)[0]).to.equal('Goal 1 No Poverty, not listed');
    });
  });

  describe('bad input', () => {
    it('an invalid code (18, 11.z) is reported in an alert and the rest still shows', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="3.4 18 11.7 11.z"></mieruka-sdgs-badges>`);
      const alert = $(el, '[role=alert]');
      expect(text(alert)).to.contain('SDGs の番号に誤りがあります');
      expect(alert!.getAttribute('part'), 'the documented part stays').to.equal('alert invalid');
      expect(text(alert)).to.contain('targets 属性の「18」、「11.z」は SDGs の番号として読めないため、表示していません。');
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['3', '11']);
      await expect(el).to.be.accessible();
    });

    it('a target in goals is reported with a hint', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges goals="11.7 3"></mieruka-sdgs-badges>`);
      expect(text($(el, '[role=alert]'))).to.contain('（ターゲットは targets 属性に）');
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['3']);
    });

    it('nothing valid: the alert and an empty note, no list', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="18 0"></mieruka-sdgs-badges>`);
      expect($(el, '[role=alert]')).to.exist;
      expect($(el, '[part~="list"]')).to.equal(null);
      expect(text($(el, '[part~="empty"]'))).to.equal('SDGs の目標・ターゲットは挙げられていません。');
    });

    it('a hostile attribute value is shown as text, never markup', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets="<img src=x onerror=alert(1)> 11.7"></mieruka-sdgs-badges>`);
      expect($$(el, 'img')).to.have.length(0);
      expect(text($(el, '[role=alert]'))).to.contain('<img');
      expect($$(el, '[part~="number"]').map(text)).to.deep.equal(['11']);
    });

    it('a hostile node title in data is shown as text in the detail list', async () => {
      const doc = structuredClone(reformDoc) as { nodes: { children: { children: { id: string; title: string }[] }[] }[] };
      doc.nodes[0]!.children.flatMap((i) => i.children).find((p) => p.id === 'g3-i2-p3')!.title = '<b onclick="x()">PFI</b>';
      const el = await loaded(html`<mieruka-sdgs-badges selectable selected="11" .data=${doc}></mieruka-sdgs-badges>`);
      expect($$(el, '[part~="detail"] b')).to.have.length(0);
      expect(text($(el, '[part~="detail"]'))).to.contain('<b onclick="x()">PFI</b>');
    });

    it('an unknown node is an alert with close ids', async () => {
      const el = document.createElement('mieruka-sdgs-badges');
      el.node = 'p11';
      el.data = collaborationDoc;
      const event = oneEvent(el, 'mieruka-error');
      await fixture(html`<div>${el}</div>`);
      expect((await event).detail.kind).to.equal('unknown-node');
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.contain('項目「p11」が見つかりません');
    });

    it('no attributes and no document: the no-source alert; an empty targets attribute counts as none', async () => {
      const el = await loaded(html`<mieruka-sdgs-badges targets=" "></mieruka-sdgs-badges>`);
      expect(text($(el, '[role=alert]'))).to.contain('データが指定されていません');
    });

    it('a document without SDGs says so', async () => {
      const el = await fromSrc('/data-schema/examples/koriyama-reform-2026.json');
      expect(text($(el, '[part~="empty"]'))).to.equal('SDGs の目標・ターゲットは挙げられていません。');
      expect($(el, '[role=alert]')).to.equal(null);
    });
  });
});
