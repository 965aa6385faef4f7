import { sendKeys } from '@web/test-runner-commands';
import { backgroundOf, contrast, parentOf, rgba } from './colour.js';

/**
 * What a keyboard user reaches and sees: the focused element through every shadow root,
 * Tab walks between two buttons placed around a widget, everything in a widget that a
 * user could operate, and the focus indicator's size and contrast.
 */

/** The focused element, inside shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Elements a browser can focus, by their nature (tabindex decides whether Tab stops there). */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/** Every element of a shadow root and of the shadow roots inside it, in tree order. */
export function deepElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });

/** Everything in a widget a user can operate with the keyboard, whether or not Tab stops on it. */
export function focusables(root: ShadowRoot): HTMLElement[] {
  return deepElements(root).filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      el.matches(FOCUSABLE) &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert]') &&
      (el.localName !== 'summary' || el.parentElement?.querySelector(':scope > summary') === el) &&
      shown(el),
  );
}

/** The Tab stops of a widget, in the order Tab should reach them (tree order; no positive tabindex is used). */
export const tabStops = (root: ShadowRoot) => focusables(root).filter((el) => el.tabIndex >= 0);

/**
 * Things that look clickable (the pointer cursor), outermost first: each must be operable
 * from the keyboard too, i.e. be or sit inside something focusable.
 */
export function pointerTargets(root: ShadowRoot): Element[] {
  return deepElements(root).filter((el) => {
    if (!shown(el) || getComputedStyle(el).cursor !== 'pointer') return false;
    const parent = parentOf(el);
    return !parent || getComputedStyle(parent).cursor !== 'pointer';
  });
}

/**
 * The nearest element, from `el` outwards through shadow roots, that a keyboard user can focus
 * and operate. A focusable scroll region does not count: focus on it scrolls, it does not click.
 */
export function focusableAround(el: Element): Element | null {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (node instanceof HTMLElement && node.matches(FOCUSABLE) && !(node as HTMLButtonElement).disabled && node.getAttribute('role') !== 'region') return node;
  }
  return null;
}

export interface FocusRing {
  element: string;
  visible: boolean;
  style: string;
  width: number;
  /** Contrast of the indicator with what it is drawn against (the lower of the two sides for an inset ring). */
  contrast: number;
  /** Entirely hidden by something drawn over it, such as a sticky header (WCAG 2.4.11), or off screen. */
  hidden: boolean;
}

/** True when no part of the element can be seen: its centre and its four inner corners are all covered or off screen. */
export function covered(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const r = el.getBoundingClientRect();
  const inset = Math.min(4, r.width / 4, r.height / 4);
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + inset, r.top + inset],
    [r.right - inset, r.top + inset],
    [r.left + inset, r.bottom - inset],
    [r.right - inset, r.bottom - inset],
  ];
  return !points.some(([x, y]) => {
    if (x! < 0 || y! < 0 || x! > innerWidth || y! > innerHeight) return false;
    const hit = root.elementFromPoint(x!, y!);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** A short name for messages: tag, part, id and text. */
export function describe(el: Element): string {
  const part = el.getAttribute('part');
  // A form control by its label's own words (not the options inside it).
  const labelled = (el as HTMLSelectElement).labels?.[0];
  const words = labelled ? [...labelled.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('') : el.textContent;
  const by = el.getAttribute('aria-labelledby');
  const named = by ? (el.getRootNode() as Document | ShadowRoot).getElementById(by)?.textContent : el.getAttribute('aria-label');
  const label = (named ?? words ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${el.localName}${part ? `[part=${part}]` : ''}${el.id ? `#${el.id}` : ''}${label ? ` "${label}"` : ''}`;
}

/**
 * The focus indicator of the focused element: an outline (what the elements use), its width and
 * its contrast with the colours beside it: the background behind the element when the ring is
 * drawn outside it, the element's own background too when the ring is inset.
 */
export function focusRing(el: Element): FocusRing {
  const cs = getComputedStyle(el);
  const colour = rgba(cs.outlineColor);
  const outside = backgroundOf(parentOf(el));
  const sides = parseFloat(cs.outlineOffset) < 0 ? [outside, backgroundOf(el)] : [outside];
  return {
    element: describe(el),
    visible: el.matches(':focus-visible'),
    style: cs.outlineStyle,
    width: parseFloat(cs.outlineWidth),
    contrast: Math.min(...sides.map((bg) => contrast(colour, bg))),
    hidden: covered(el),
  };
}

/** What is wrong with a focus ring, if anything (an empty string when it is visible, ≥ 2 px, ≥ 3:1 and not hidden). */
export function ringProblem(r: FocusRing): string {
  const problems = [
    r.visible ? '' : 'not :focus-visible',
    r.style === 'none' ? 'no outline' : '',
    r.width < 2 ? `outline ${r.width}px` : '',
    r.contrast < 3 ? `contrast ${r.contrast.toFixed(2)}:1` : '',
    r.hidden ? 'hidden from view' : '',
  ].filter(Boolean);
  return problems.length ? `${r.element}: ${problems.join(', ')}` : '';
}

export interface Walk {
  /** Each element Tab stopped on between the two ends, in order. */
  stops: Element[];
  /** The focus ring seen at each stop. */
  rings: FocusRing[];
}

/**
 * Focuses `from`, then presses `key` (Tab or Shift+Tab) until focus lands on `to`. Fails when
 * focus comes back to an element already visited (a trap), leaves the page, or takes more than
 * `max` presses.
 */
export async function walk(from: HTMLElement, to: HTMLElement, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 200): Promise<Walk> {
  from.focus();
  const stops: Element[] = [];
  const rings: FocusRing[] = [];
  const shift = key === 'Shift+Tab';
  if (shift) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < max; i++) {
      await sendKeys({ press: 'Tab' });
      // A frame for what the element does on focus (scrolling a control clear of sticky parts).
      await new Promise((r) => requestAnimationFrame(r));
      const active = deepActive();
      if (active === to) return { stops, rings };
      if (!active || active === document.body) throw new Error(`focus left the page after ${stops.map(describe).join(' → ')}`);
      if (stops.includes(active)) throw new Error(`focus is trapped: ${describe(active)} reached twice, after ${stops.map(describe).join(' → ')}`);
      stops.push(active);
      rings.push(focusRing(active));
    }
  } finally {
    if (shift) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`${key} did not reach ${describe(to)} in ${max} presses`);
}

/** Presses a key and waits a frame, so that the element's update (Lit renders in a microtask) and focus moves settle. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((r) => requestAnimationFrame(r));
}
