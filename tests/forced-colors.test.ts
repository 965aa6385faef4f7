import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/five-less/five-less.js';
import '../src/components/trend-table/trend-table.js';
import '../src/components/sdgs-badges/sdgs-badges.js';
import '../src/components/progress-summary/progress-summary.js';
import { backgroundOf, contrast, rgba, type Rgba } from './support/colour.js';
import { emulateForcedColors } from './support/forced-colors.js';
import { deepActive, deepElements, describe as name, focusRing, ringProblem } from './support/keyboard.js';
import { example, until } from './support/plan-tree.js';

/**
 * Forced colours (Windows High Contrast and the like), emulated by Chromium: the reader's
 * palette replaces the author's colours, backgrounds become Canvas, box-shadows and
 * background images go. What carries meaning must still show: text in the reader's colours,
 * SVG graphics (which Chromium does not recolour) in system colours with enough contrast,
 * borders where a shape mattered, status in words, and the focus ring.
 */

const SYSTEM = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** The system colours as the emulated palette resolves them. */
function systemPalette(): Set<string> {
  const probe = document.createElement('div');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const out = new Set(
    SYSTEM.map((c) => {
      probe.style.color = c;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  return out;
}

let palette: Set<string>;
before(async () => {
  await setViewport({ width: 1280, height: 900 });
  await emulateForcedColors(true);
  palette = systemPalette();
});
after(() => emulateForcedColors(false));

async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${template}</div>`);
  const el = box.children[1] as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Each SVG shape that paints, with the colours it paints in (fill and stroke that are not none). */
function shapes(root: ShadowRoot): { shape: Element; paint: { prop: 'fill' | 'stroke'; colour: string }[] }[] {
  return deepElements(root)
    .filter((e) => e instanceof SVGGeometryElement && e.checkVisibility())
    .map((shape) => {
      const cs = getComputedStyle(shape);
      const paint = (['fill', 'stroke'] as const)
        .filter((prop) => cs[prop] !== 'none' && parseFloat(cs[prop === 'fill' ? 'fillOpacity' : 'strokeOpacity']) > 0 && (prop === 'fill' || parseFloat(cs.strokeWidth) > 0))
        .map((prop) => ({ prop, colour: cs[prop] }));
      return { shape, paint };
    });
}

const label = (e: Element) => `${(e.closest('svg')?.getAttribute('part') ?? e.closest('svg')?.getAttribute('class')) || 'svg'} ${e.getAttribute('part') ?? e.getAttribute('class') ?? e.localName}`;

/** Graphics keep to the reader's palette: any SVG colour that is not a system colour is one the author chose. */
function authorPaint(root: ShadowRoot): string[] {
  return shapes(root).flatMap(({ shape, paint }) => paint.filter((p) => !palette.has(p.colour)).map((p) => `${label(shape)} ${p.prop} ${p.colour}`));
}

/** Every element holding text of its own (screen-reader-only text aside): its colour against what is behind it. */
function lowTextContrast(root: ShadowRoot): string[] {
  return deepElements(root)
    .filter((e) => e.checkVisibility() && !e.closest('.sr-only') && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .map((e) => ({ e, ratio: contrast(rgba(getComputedStyle(e).color), backgroundOf(e)) }))
    .filter(({ ratio }) => ratio < 4.5)
    .map(({ e, ratio }) => `${name(e)} ${ratio.toFixed(2)}:1`);
}

/** The colour a shape paints with, composited over what is behind its svg. */
const paintOf = (shape: Element, prop: 'fill' | 'stroke'): Rgba => rgba(getComputedStyle(shape)[prop]);

/** The focus ring of the first control Tab reaches from the button before the element. */
async function firstRing(el: HTMLElement): Promise<string> {
  (el.previousElementSibling as HTMLElement).focus();
  await sendKeys({ press: 'Tab' });
  const active = deepActive()!;
  expect(deepElements(el.shadowRoot!).includes(active), 'Tab went into the element').to.be.true;
  return ringProblem(focusRing(active));
}

describe('forced colours', () => {
  it('the emulation is on: the media query matches and an author colour gives way to the palette', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const probe = document.createElement('p');
    probe.style.color = '#ff0000';
    document.body.append(probe);
    expect(palette.has(getComputedStyle(probe).color)).to.be.true;
    probe.remove();
  });

  describe('<mieruka-kpi-gauge>', () => {
    for (const variant of ['arc', 'bar'] as const) {
      it(`${variant}: track, fill and needle in system colours that stand apart; status in words; text and ring readable`, async () => {
        const doc = await example('koriyama-collaboration-2023');
        const el = await render<HTMLElement>(html`<mieruka-kpi-gauge .data=${doc} indicator="p1-k1" variant=${variant}></mieruka-kpi-gauge>`);
        const root = el.shadowRoot!;
        expect(authorPaint(root)).to.deep.equal([]);
        const [track, fill, needle] = ['track', 'indicator', 'marker'].map((p) => shadow(el, `[part~=${p}]`)!) as [HTMLElement, HTMLElement, HTMLElement];
        const canvas = backgroundOf(track.closest('svg'));
        // The track's outline shows the whole scale; the fill stands apart from the track's inside and from the page.
        expect(contrast(paintOf(track, 'stroke'), canvas), 'track outline').to.be.at.least(3);
        expect(contrast(paintOf(fill, 'fill'), paintOf(track, 'fill')), 'fill against track').to.be.at.least(3);
        expect(contrast(paintOf(fill, 'fill'), canvas), 'fill against page').to.be.at.least(3);
        expect(contrast(paintOf(needle, 'stroke'), canvas), 'needle').to.be.at.least(3);
        expect(text(shadow(el, '[part~=status]'))).to.contain('順調');
        expect(lowTextContrast(root)).to.deep.equal([]);
        expect(await firstRing(el)).to.equal('');
      });
    }

    it('the sparkline and an open table of values stay visible', async () => {
      const el = await render<HTMLElement>(html`<mieruka-kpi-gauge .data=${await example('koriyama-collaboration-2023')} node="p1"></mieruka-kpi-gauge>`);
      (shadow(el, '[part~=summary]') as HTMLButtonElement).click();
      await until(() => shadow(el, 'table') !== null);
      const root = el.shadowRoot!;
      const line = shadow(el, '[part~=sparkline] .line')!;
      expect(contrast(paintOf(line, 'stroke'), backgroundOf(line.closest('svg')))).to.be.at.least(3);
      expect(authorPaint(root)).to.deep.equal([]);
      expect(lowTextContrast(root)).to.deep.equal([]);
    });
  });

  describe('<mieruka-five-less>', () => {
    const goal3 = () => example('koriyama-reform-2022-goal3');

    it('bars in system colours: 該当 apart from the track and from 未設定; marks are symbols; text and ring readable', async () => {
      const el = await render<HTMLElement>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
      const root = el.shadowRoot!;
      expect(authorPaint(root)).to.deep.equal([]);
      const bar = shadow(el, '[part~=bar]')!;
      const [track, applies, unknown] = ['.track', '.bar-applies', '.bar-unknown'].map((c) => bar.querySelector(c)!) as [Element, Element, Element];
      expect(contrast(paintOf(applies, 'fill'), paintOf(track, 'fill')), '該当 against the track').to.be.at.least(3);
      expect(contrast(paintOf(track, 'stroke'), backgroundOf(bar)), 'track outline').to.be.at.least(3);
      expect(contrast(paintOf(applies, 'fill'), paintOf(unknown, 'fill')), '該当 against 未設定').to.be.at.least(3);
      expect(getComputedStyle(unknown).strokeDasharray, '未設定 apart from the empty track').to.not.equal('none');
      // Cells say ○ － ？ in text: nothing rests on the cell's background.
      expect([...root.querySelectorAll('td.applies, td.not-applies, td.unknown')].every((td) => /[○－？]|未設定/.test(td.textContent!))).to.be.true;
      expect(lowTextContrast(root)).to.deep.equal([]);
      expect(await firstRing(el)).to.equal('');
    });

    it('a pressed category keeps a double border; the filtered column keeps its frame; a definition keeps its border', async () => {
      const el = await render<HTMLElement>(html`<mieruka-five-less .data=${await goal3()} category="paper"></mieruka-five-less>`);
      const pressed = shadow(el, '[part~=category][aria-pressed=true]')!;
      expect(getComputedStyle(pressed).borderTopStyle).to.equal('double');
      expect(contrast(rgba(getComputedStyle(pressed).borderTopColor), backgroundOf(pressed.parentElement))).to.be.at.least(3);
      // Box shadows are dropped in forced colours: the chosen column is framed by a border instead.
      const th = shadow(el, 'th.selected')!;
      const side = getComputedStyle(th);
      expect([side.borderInlineStartStyle, side.borderInlineEndStyle], 'the chosen column’s frame').to.deep.equal(['solid', 'solid']);
      shadow(el, '#info-cash')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const def = shadow(el, '#def-cash')!;
      expect(getComputedStyle(def).borderTopStyle).to.not.equal('none');
      expect(contrast(rgba(getComputedStyle(def).borderTopColor), backgroundOf(def))).to.be.at.least(3);
      expect(lowTextContrast(el.shadowRoot!)).to.deep.equal([]);
    });

    it('on a phone, chips keep their borders: solid for 該当, dashed for 未設定', async () => {
      await setViewport({ width: 390, height: 844 });
      try {
        const el = await render<HTMLElement>(html`<mieruka-five-less .data=${await goal3()}></mieruka-five-less>`);
        const chips = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=chip]')];
        const styles = new Set(chips.map((c) => `${c.classList.contains('unknown') ? 'unknown' : 'applies'} ${getComputedStyle(c).borderTopStyle}`));
        expect([...styles].sort()).to.deep.equal(['applies solid', 'unknown dashed']);
        expect(chips.every((c) => contrast(rgba(getComputedStyle(c).borderTopColor), backgroundOf(c.parentElement)) >= 3)).to.be.true;
        expect(lowTextContrast(el.shadowRoot!)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  });

  describe('<mieruka-progress-summary>', () => {
    it('bars in system colours, apart from the track; the pressed count keeps a double border; counts in words; ring readable', async () => {
      const el = await render<HTMLElement>(html`<mieruka-progress-summary .data=${await example('koriyama-collaboration-2023')} status="behind"></mieruka-progress-summary>`);
      const root = el.shadowRoot!;
      expect(authorPaint(root)).to.deep.equal([]);
      const bar = shadow(el, '[part~=bar]')!;
      const track = bar.querySelector('.track')!;
      const segments = [...bar.querySelectorAll('.segment')];
      expect(segments.length).to.equal(5);
      expect(contrast(paintOf(track, 'stroke'), backgroundOf(bar)), 'track outline').to.be.at.least(3);
      for (const s of segments) expect(contrast(paintOf(s, 'fill'), paintOf(track, 'fill')), 'segment against the track').to.be.at.least(3);
      // Neighbouring segments are parted by a gap in the page's colour.
      expect(contrast(paintOf(segments[0]!, 'stroke'), paintOf(segments[0]!, 'fill'))).to.be.at.least(3);
      const pressed = shadow(el, 'button[aria-pressed=true]')!;
      expect(getComputedStyle(pressed).borderTopStyle).to.equal('double');
      expect(text(pressed)).to.contain('遅れ');
      expect(lowTextContrast(root)).to.deep.equal([]);
      expect(await firstRing(el)).to.equal('');
    });
  });

  describe('<mieruka-plan-tree>', () => {
    it('the selected row keeps a frame, statuses keep words, the triangles and search matches stay visible', async () => {
      const el = await render<HTMLElement>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')} expanded="all" selected="p1-n1"></mieruka-plan-tree>`);
      const root = el.shadowRoot!;
      const row = shadow(el, '[role=treeitem][aria-selected=true]')!;
      const cs = getComputedStyle(row);
      expect(cs.outlineStyle).to.equal('solid');
      expect(contrast(rgba(cs.outlineColor), backgroundOf(row))).to.be.at.least(3);
      expect(text(row.querySelector('[part~=status]'))).to.match(/目標達成|順調|予定どおり/);
      expect(authorPaint(root)).to.deep.equal([]);
      const twisty = shadow(el, '[part~=toggle] path')!;
      expect(contrast(paintOf(twisty, 'fill'), backgroundOf(twisty.closest('[role=treeitem]')))).to.be.at.least(3);
      expect(lowTextContrast(root)).to.deep.equal([]);
      expect(await firstRing(el)).to.equal('');
      const input = shadow(el, '#keyword') as HTMLInputElement;
      input.value = '講座';
      input.dispatchEvent(new Event('input'));
      await until(() => shadow(el, 'mark') !== null);
      const mark = shadow(el, 'mark')!;
      expect(contrast(rgba(getComputedStyle(mark).backgroundColor), backgroundOf(mark.parentElement)), 'the match stands out').to.be.at.least(3);
      expect(lowTextContrast(root)).to.deep.equal([]);
    });
  });

  describe('<mieruka-trend-table>', () => {
    it('sparklines in system colours; progress marks and computed statuses in words; sort state in arrows; text and ring readable', async () => {
      const el = await render<HTMLElement>(html`<mieruka-trend-table .data=${await example('koriyama-collaboration-2023')} layout="table"></mieruka-trend-table>`);
      const root = el.shadowRoot!;
      expect(authorPaint(root)).to.deep.equal([]);
      const line = shadow(el, '.spark .line')!;
      expect(contrast(paintOf(line, 'stroke'), backgroundOf(line.closest('td')))).to.be.at.least(3);
      const sort = shadow(el, 'thead button')!;
      sort.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(sort.querySelector('.arrow'))).to.equal('▲');
      expect(root.querySelectorAll('td.progress .status').length).to.be.greaterThan(0);
      expect([...root.querySelectorAll('td.progress .status')].every((s) => /\p{L}{2}/u.test(text(s)))).to.be.true;
      expect(lowTextContrast(root)).to.deep.equal([]);
      expect(await firstRing(el)).to.equal('');
    });
  });

  describe('<mieruka-sdgs-badges>', () => {
    for (const variant of ['chips', 'tiles', 'grid'] as const) {
      it(`${variant}: each goal keeps a bordered block and its number; absent goals a dashed one; the pressed goal a ring`, async () => {
        const el = await render<HTMLElement>(html`<mieruka-sdgs-badges .data=${await example('koriyama-collaboration-2023')} variant=${variant} selectable selected="11"></mieruka-sdgs-badges>`);
        const root = el.shadowRoot!;
        const blocks = [...root.querySelectorAll<HTMLElement>('[part~=goal] [part~=block]')];
        const frames = blocks.map((b) => {
          const cs = getComputedStyle(b);
          const present = b.closest('[part~=goal]')!.classList.contains('present');
          return `${present ? 'present' : 'absent'} ${cs.borderTopStyle} ${contrast(rgba(cs.borderTopColor), backgroundOf(b)) >= 3 ? 'visible' : 'faint'} ${text(b.querySelector('[part~=number]')) ? 'numbered' : 'no number'}`;
        });
        expect([...new Set(frames)].sort()).to.deep.equal(variant === 'grid' ? ['absent dashed visible numbered', 'present solid visible numbered'] : ['present solid visible numbered']);
        const pressed = shadow(el, '[aria-pressed=true]')!;
        expect(getComputedStyle(pressed).outlineStyle).to.equal('solid');
        expect(contrast(rgba(getComputedStyle(pressed).outlineColor), backgroundOf(pressed.parentElement))).to.be.at.least(3);
        expect(lowTextContrast(root)).to.deep.equal([]);
        expect(await firstRing(el)).to.equal('');
      });
    }
  });
});
