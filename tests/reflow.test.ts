import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/five-less/five-less.js';
import '../src/components/trend-table/trend-table.js';
import '../src/components/sdgs-badges/sdgs-badges.js';
import '../src/components/progress-summary/progress-summary.js';
import type { MierukaDocument, PlanNode } from '../data-schema/index.js';
import { accessibilityTree, flattenAx } from './support/ax.js';
import { deepElements, focusables, describe as name } from './support/keyboard.js';
import { example } from './support/plan-tree.js';

/**
 * WCAG 1.4.10 (reflow at 320 CSS px) together with 1.4.4 (text at 200%): each element on the
 * seed data at a 320 px wide viewport with the root font size at 200%, as a reader who has
 * doubled the browser's text size on a phone sees it. The page must not scroll sideways, no
 * text may be cut off or pushed off screen, every value must still be there for a screen
 * reader, and the text must really have grown. A data table may scroll sideways inside its
 * own box (WCAG allows it for tables), if that box can be focused and scrolled from the
 * keyboard and has a name.
 */

const WIDTH = 320;

async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T & { updateComplete: Promise<unknown> }>(template);
  await el.updateComplete;
  // Layout that follows the element's own width (ResizeObserver) settles in the next frames.
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const overflows = (v: string) => v !== 'visible';
const scrolls = (v: string) => v === 'auto' || v === 'scroll';

/** The element, from `el` outwards (inside the widget's shadow roots and up to the host), that scrolls sideways, if any. */
function sidewaysScroller(el: Element, host: Element): HTMLElement | undefined {
  for (let node: Element | null = el; node && node !== host; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node instanceof HTMLElement && scrolls(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth + 1) return node;
  }
  return undefined;
}

interface Reflow {
  /** Text cut off by a box that hides its overflow, or by an ellipsis. */
  clipped: string[];
  /** Text outside the viewport (and not inside a sideways scroller). */
  offscreen: string[];
  /** Sideways scrollers: each must be a labelled, focusable table region. */
  scrollers: HTMLElement[];
  /** Boxes that reach past the viewport's right edge outside any scroller (what makes the page scroll). */
  wide: string[];
  /** Text squeezed into a column a character or two wide (it fits, but cannot be read as words). */
  squeezed: string[];
}

/** Where the text of a widget ends up: clipped, off screen, or in a sideways scroller. */
function reflow(host: HTMLElement): Reflow {
  const clipped = new Set<string>();
  const squeezed = new Set<string>();
  const offscreen = new Set<string>();
  const scrollers = new Set<HTMLElement>();
  for (const el of deepElements(host.shadowRoot!)) {
    if (!el.checkVisibility() || el.closest('.sr-only')) continue;
    const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!texts.length) continue;
    const scroller = sidewaysScroller(el, host);
    if (scroller) scrollers.add(scroller);
    for (const t of texts) {
      const range = document.createRange();
      range.selectNodeContents(t);
      const label = `${name(el)} "${t.textContent!.trim().slice(0, 20)}"`;
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (!scroller && (r.left < -1 || r.right > WIDTH + 1)) offscreen.add(`${label} at ${Math.round(r.left)}–${Math.round(r.right)}px`);
        // Any box between the text and the host that hides overflow must hold the whole text.
        for (let box: Element | null = el; box && box !== host; box = box.parentElement ?? ((box.getRootNode() as ShadowRoot).host ?? null)) {
          const cs = getComputedStyle(box);
          if (!overflows(cs.overflowX) && !overflows(cs.overflowY)) continue;
          if (scrolls(cs.overflowX) && scrolls(cs.overflowY)) break; // a scroller shows it when scrolled to
          const b = box.getBoundingClientRect();
          const outX = overflows(cs.overflowX) && !scrolls(cs.overflowX) && (r.left < b.left - 1 || r.right > b.right + 1);
          const outY = overflows(cs.overflowY) && !scrolls(cs.overflowY) && (r.top < b.top - 1 || r.bottom > b.bottom + 1);
          if (outX || outY) clipped.add(`${label} cut by ${name(box)}`);
        }
      }
      if (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) clipped.add(`${label} ends in an ellipsis`);
      // Three lines or more, none of them three characters wide: a column too narrow to read.
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const em = parseFloat(getComputedStyle(el).fontSize);
      if (lines.length >= 3 && Math.max(...lines.map((r) => r.width)) < 3 * em) squeezed.add(`${label} in ${lines.length} lines of ${Math.round(Math.max(...lines.map((r) => r.width)))}px`);
    }
  }
  const wide = deepElements(host.shadowRoot!)
    .filter((e) => e.checkVisibility() && !sidewaysScroller(e.parentElement ?? host, host) && e.getBoundingClientRect().right > WIDTH + 1)
    .map((e) => `${name(e)} to ${Math.round(e.getBoundingClientRect().right)}px`);
  return { clipped: [...clipped], offscreen: [...offscreen], scrollers: [...scrollers], wide, squeezed: [...squeezed] };
}

/**
 * What is wrong with a sideways scroller: it must hold a table, have a name (a labelled region,
 * or a disclosure named by its summary or its button), and scroll with the arrow keys once focus is on it or
 * on the control inside it a keyboard user reaches first.
 */
async function scrollerProblem(s: HTMLElement): Promise<string> {
  const summary = s.localName === 'details' ? s.querySelector(':scope > summary') : s.querySelector(':scope > button[aria-expanded]');
  const named = Boolean(s.getAttribute('aria-label') || s.getAttribute('aria-labelledby') || summary?.textContent?.trim());
  const focus = s.tabIndex >= 0 ? s : focusables(s.getRootNode() as ShadowRoot).find((f) => s.contains(f));
  let scrolls = false;
  if (focus) {
    focus.focus();
    s.scrollLeft = 0;
    await sendKeys({ press: 'ArrowRight' });
    for (let i = 0; i < 20 && !scrolls; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      scrolls = s.scrollLeft > 0;
    }
    s.scrollLeft = 0;
  }
  const problems = [s.querySelector('table') ? '' : 'not a table', named ? '' : 'no name', focus ? '' : 'nothing to focus', scrolls ? '' : 'arrow keys do not scroll it'].filter(Boolean);
  return problems.length ? `${name(s)}: ${problems.join(', ')}` : '';
}

/** One scroller after the other: each check presses a key. */
async function scrollerProblems(list: HTMLElement[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of list) out.push(await scrollerProblem(s));
  return out.filter(Boolean);
}

/** Every text element's font size, keyed by element. */
const fontSizes = (host: HTMLElement) =>
  new Map(
    deepElements(host.shadowRoot!)
      .filter((e) => e.checkVisibility() && !e.closest('.sr-only') && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((e) => [e, parseFloat(getComputedStyle(e).fontSize)] as const),
  );

/**
 * Chromium leaves the skipped contents of `content-visibility: auto` (the gauge cards off
 * screen) out of the accessibility tree unless a screen reader has switched on its full
 * accessibility mode, which the test browser runs without; so, before the tree is read, every
 * such box in the widget is rendered, as it is for a screen-reader user.
 */
function renderSkipped(host: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  for (const root of [host.shadowRoot!, ...deepElements(host.shadowRoot!).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))]) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** All the names in the page's accessibility tree, joined: what a screen reader can reach. */
async function axText(): Promise<string> {
  return flattenAx(await accessibilityTree())
    .map((n) => n.name)
    .filter(Boolean)
    .join('\n');
}

/**
 * The checks for one element: it is rendered at 100% first to record its font sizes, then at
 * 200%; the text must have grown (the host's size exactly ×2; no text below ×1.5 — a narrower
 * layout may step a size down, but nothing may stay as it was), the page must not scroll
 * sideways, nothing may be cut off or off screen, and every `expected` text must be in the
 * accessibility tree.
 */
async function check(template: TemplateResult, expected: string[]): Promise<HTMLElement> {
  const root = document.documentElement;
  root.style.fontSize = '';
  const small = await render<HTMLElement>(template);
  const before = new Map([...fontSizes(small)].map(([e, size]) => [name(e), size]));
  const hostBefore = parseFloat(getComputedStyle(small).fontSize);
  small.remove();
  root.style.fontSize = '200%';
  const el = await render<HTMLElement>(template);
  expect(parseFloat(getComputedStyle(el).fontSize), 'the element’s text size follows the reader’s').to.equal(hostBefore * 2);
  const fixed = [...fontSizes(el)].filter(([e, size]) => before.has(name(e)) && size < before.get(name(e))! * 1.5).map(([e, size]) => `${name(e)} ${before.get(name(e))}→${size}px`);
  expect(fixed, 'text that did not grow with the reader’s setting').to.deep.equal([]);
  const r = reflow(el);
  expect(root.scrollWidth, `the page scrolls sideways: ${r.wide.slice(-8).join('; ')}`).to.be.at.most(WIDTH);
  expect(r.clipped, 'text cut off').to.deep.equal([]);
  expect(r.offscreen, 'text off screen').to.deep.equal([]);
  expect(r.squeezed, 'text squeezed into a narrow column').to.deep.equal([]);
  expect(await scrollerProblems(r.scrollers), 'boxes that scroll sideways').to.deep.equal([]);
  renderSkipped(el);
  const ax = await axText();
  expect(expected.filter((t) => !ax.includes(t)), 'missing from the accessibility tree').to.deep.equal([]);
  return el;
}

const walk = (nodes: PlanNode[], out: PlanNode[] = []) => {
  for (const n of nodes) out.push(n, ...walk(n.children ?? []));
  return out;
};
const titles = (doc: MierukaDocument) => walk(doc.nodes).map((n) => n.title);

before(() => setViewport({ width: WIDTH, height: 640 }));
after(async () => {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

describe('320 px wide, text at 200%', () => {
  describe('<mieruka-plan-tree>', () => {
    it('the whole 2026 plan, every level open', async () => {
      const doc = await example('koriyama-reform-2026');
      await check(html`<mieruka-plan-tree .data=${doc} expanded="all"></mieruka-plan-tree>`, titles(doc));
    });

    it('a plan sheet with its action plan, gauges and links', async () => {
      const doc = await example('koriyama-reform-2022-goal3');
      await check(html`<mieruka-plan-tree .data=${doc} selected="g3-i1-p1"></mieruka-plan-tree>`, ['協働のまちづくりの推進', '行動計画', '地域への愛着度', '一覧に戻る']);
    });
  });

  describe('<mieruka-kpi-gauge>', () => {
    it('every indicator of the 2023 report as cards', async () => {
      const doc = await example('koriyama-collaboration-2023');
      const names = [...walk(doc.nodes).flatMap((n) => n.indicators ?? []), ...(doc.indicators ?? [])].map((i) => i.name);
      await check(html`<mieruka-kpi-gauge .data=${doc}></mieruka-kpi-gauge>`, names);
    });

    for (const variant of ['arc', 'bar'] as const) {
      it(`one ${variant} gauge with its table of values open`, async () => {
        const doc = await example('koriyama-collaboration-2023');
        const el = await check(html`<mieruka-kpi-gauge .data=${doc} indicator="p3-k2" variant=${variant}></mieruka-kpi-gauge>`, []);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=summary]')!.click();
        await new Promise((r) => setTimeout(r, 50));
        const r = reflow(el);
        expect(r.clipped).to.deep.equal([]);
        expect(r.offscreen).to.deep.equal([]);
        expect(r.squeezed).to.deep.equal([]);
        // Wider than the card at this size: the disclosure scrolls, and the table keeps a table's layout.
        expect(r.scrollers.map((x) => x.getAttribute('part'))).to.deep.equal(['details']);
        expect(await scrollerProblems(r.scrollers)).to.deep.equal([]);
        expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.equal('table');
        expect(document.documentElement.scrollWidth).to.be.at.most(WIDTH);
      });
    }
  });

  describe('<mieruka-five-less>', () => {
    for (const file of ['koriyama-reform-2022-goal3', 'koriyama-digital-city-hall-2021']) {
      it(file, async () => {
        const doc = await example(file);
        const el = await check(html`<mieruka-five-less .data=${doc}></mieruka-five-less>`, []);
        const plans = [...el.shadowRoot!.querySelectorAll('[part~=item] .title')].map((t) => t.textContent!.trim());
        expect(plans.length).to.be.greaterThan(10);
        const ax = await axText();
        expect(plans.filter((p) => !ax.includes(p))).to.deep.equal([]);
      });
    }

    it('with a category chosen: the filter note and its clear button', async () => {
      const doc = await example('koriyama-reform-2022-goal3');
      const el = await check(html`<mieruka-five-less .data=${doc} category="paper"></mieruka-five-less>`, ['ペーパーレス']);
      expect(el.shadowRoot!.querySelector('[part~=filter]')).to.exist;
    });
  });

  describe('<mieruka-progress-summary>', () => {
    it('the 2023 report, with a count chosen', async () => {
      const doc = await example('koriyama-collaboration-2023');
      await check(html`<mieruka-progress-summary .data=${doc} grade="4"></mieruka-progress-summary>`, [
        '目標から遠ざかっている 、 12',
        '4 予定どおり実施した 、 85 、 うち再掲 4',
        '達成度（2023年度・99事業）',
      ]);
    });
  });

  describe('<mieruka-trend-table>', () => {
    it('the 2023 report as cards', async () => {
      const doc = await example('koriyama-collaboration-2023');
      await check(html`<mieruka-trend-table .data=${doc}></mieruka-trend-table>`, ['きらめき出前講座実施件数', '299件', '町内会等加入率']);
    });

    it('the 2023 report as a table, scrolling inside its own labelled region', async () => {
      const doc = await example('koriyama-collaboration-2023');
      const el = await check(html`<mieruka-trend-table .data=${doc} layout="table" node="p1"></mieruka-trend-table>`, ['きらめき出前講座実施件数', '299件']);
      expect(reflow(el).scrollers.map((s) => s.getAttribute('part'))).to.deep.equal(['scroller']);
    });

    it('the 2022 plan sheets’ targets and baselines as cards', async () => {
      const doc = await example('koriyama-reform-2022-goal3');
      await check(html`<mieruka-trend-table .data=${doc}></mieruka-trend-table>`, ['地域への愛着度']);
    });
  });

  describe('<mieruka-sdgs-badges>', () => {
    for (const variant of ['chips', 'tiles', 'grid'] as const) {
      it(variant, async () => {
        const doc = await example('koriyama-collaboration-2023');
        await check(html`<mieruka-sdgs-badges .data=${doc} variant=${variant} selectable selected="11"></mieruka-sdgs-badges>`, ['目標11 住み続けられるまちづくりを']);
      });
    }
  });
});
