import { placeholders } from '../translations/ja.js';
import { Section, resolveLang } from './i18n.js';

/** The loader's one message, in English only when a placeholder is refused on an English page (not registered with the elements' sections). */
const STRINGS = new Section('placeholders', placeholders, { en: () => import('../translations/en.js').then((m) => m.placeholders) });

/**
 * Placeholders for CMSs that strip unknown elements and scripts from what an editor writes
 * (WordPress for its Author role, among others) but keep a `<div>` with `data-*` attributes:
 *
 *   <div data-mieruka="kpi-gauge" data-src="/data/plan.json" data-indicator="p1-k1"></div>
 *
 * becomes `<mieruka-kpi-gauge src="/data/plan.json" indicator="p1-k1">` once the site loads
 * mieruka (the all-elements bundle starts this by itself), whether the div is in the page at
 * load or added later. The element replaces the div, so the page holds what it would hold
 * had the editor written the element.
 *
 * Rules:
 * - `data-mieruka` names the element: `plan-tree`, `kpi-gauge`, `five-less`, `sdgs-badges`,
 *   `trend-table`, `progress-summary`, or the full tag (`mieruka-kpi-gauge`). Any other name leaves the div with
 *   a visible message (role="alert") and a console warning.
 * - every other `data-NAME` becomes `NAME` (data-src → src, data-no-sparkline → no-sparkline),
 *   only when NAME matches /^[a-z][a-z0-9-]*$/ and does not start with "on" (no event
 *   handler attributes); values are copied as text, never evaluated.
 * - `id`, `class`, `lang`, `dir`, `title`, `style` and `aria-label`/`-labelledby`/`-describedby`
 *   are copied as they are; an inline `<script type="application/json">` child moves over.
 */

/** The element names a placeholder may give, short form → tag. */
export const PLACEHOLDER_ELEMENTS: Readonly<Record<string, string>> = Object.freeze({
  'plan-tree': 'mieruka-plan-tree',
  'kpi-gauge': 'mieruka-kpi-gauge',
  'five-less': 'mieruka-five-less',
  'sdgs-badges': 'mieruka-sdgs-badges',
  'trend-table': 'mieruka-trend-table',
  'progress-summary': 'mieruka-progress-summary',
});

const SELECTOR = '[data-mieruka]';
const NAME = /^[a-z][a-z0-9-]*$/;
const KEPT = new Set(['id', 'class', 'lang', 'dir', 'title', 'style', 'aria-label', 'aria-labelledby', 'aria-describedby']);

/** Shared by every copy of mieruka on the page, so that two bundles upgrade each placeholder once. */
interface PlaceholderState {
  observer?: MutationObserver;
  /** Placeholders already handled (unknown names keep their div and must not get a second message). */
  handled: WeakSet<Element>;
}

const KEY = Symbol.for('mieruka/placeholders');

function state(): PlaceholderState {
  const slot = globalThis as unknown as Record<symbol, PlaceholderState | undefined>;
  return (slot[KEY] ??= { handled: new WeakSet() });
}

/** The tag a placeholder's `data-mieruka` value names, or undefined. */
export function placeholderTag(value: string | null): string | undefined {
  const name = (value ?? '').trim().toLowerCase();
  if (Object.hasOwn(PLACEHOLDER_ELEMENTS, name)) return PLACEHOLDER_ELEMENTS[name];
  return Object.values(PLACEHOLDER_ELEMENTS).includes(name) ? name : undefined;
}

/**
 * The attribute a placeholder's attribute becomes on the element, or undefined when it is not
 * copied: `data-NAME` → NAME (not data-mieruka…, not on…), the kept global attributes as they are.
 */
export function placeholderAttribute(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (KEPT.has(lower)) return lower;
  if (!lower.startsWith('data-') || lower.startsWith('data-mieruka')) return undefined;
  const target = lower.slice('data-'.length);
  return NAME.test(target) && !target.startsWith('on') ? target : undefined;
}

/** Replaces one placeholder by its element (or marks it with a message); returns the element. */
function upgrade(placeholder: Element): HTMLElement | undefined {
  const { handled } = state();
  // A placeholder with no parent cannot be replaced (yet): it is upgraded once it is in a tree.
  if (handled.has(placeholder) || !placeholder.parentNode) return undefined;
  handled.add(placeholder);
  const value = placeholder.getAttribute('data-mieruka');
  const tag = placeholderTag(value);
  if (!tag) {
    refuse(placeholder, value ?? '');
    return undefined;
  }
  const element = placeholder.ownerDocument.createElement(tag);
  for (const { name, value: text } of Array.from(placeholder.attributes)) {
    const target = placeholderAttribute(name);
    if (target) element.setAttribute(target, text);
  }
  const inline = Array.from(placeholder.children).find((c) => c.localName === 'script' && c.getAttribute('type')?.trim().toLowerCase() === 'application/json');
  if (inline) element.append(inline);
  placeholder.replaceWith(element);
  return element;
}

/** Leaves the placeholder with a visible message (text only) and a console warning. */
function refuse(placeholder: Element, value: string): void {
  const names = Object.keys(PLACEHOLDER_ELEMENTS).join(', ');
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  const lang = resolveLang(placeholder);
  const message = () => STRINGS.in(lang).unknown(shown, names);
  const alert = placeholder.ownerDocument.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.setAttribute('data-mieruka-message', '');
  alert.textContent = message();
  placeholder.prepend(alert);
  console.warn(alert.textContent, placeholder);
  // On an English page the English texts may still be on their way: the message follows them.
  void STRINGS.ready(lang)?.then(() => (alert.textContent = message()));
}

/**
 * Upgrades every placeholder in `root` (and `root` itself when it is one). Idempotent: a
 * placeholder is replaced once, an unknown name gets one message. Returns the new elements.
 */
export function upgradePlaceholders(root: ParentNode = document): HTMLElement[] {
  const found: Element[] = [];
  if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
  found.push(...Array.from(root.querySelectorAll(SELECTOR)));
  const upgraded: HTMLElement[] = [];
  for (const placeholder of found) {
    const element = upgrade(placeholder);
    if (element) upgraded.push(element);
  }
  return upgraded;
}

/**
 * Upgrades the placeholders in the document now (after parsing, if it is still being parsed)
 * and those added later, for the life of the page. Started once per page however many copies
 * of mieruka call it.
 */
export function watchPlaceholders(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const shared = state();
  if (shared.observer) return;
  const observer = (shared.observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element) upgradePlaceholders(record.target);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) upgradePlaceholders(node);
    }
  }));
  const start = () => {
    upgradePlaceholders(document);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-mieruka'] });
  };
  // While the parser is still at work a placeholder may be in the page before its inline JSON.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
