/**
 * The CDN loader, `dist/cdn/mieruka.js`: the one `<script type="module">` a site puts in its
 * template. It imports only the elements the page uses, when the page first uses them:
 *
 * - `mieruka-*` tags present at load or added later (a MutationObserver on the document);
 * - `data-mieruka` placeholders (src/core/placeholders.ts), which it upgrades into elements;
 * - until an element's code arrives its tag keeps the space of the element's skeleton and shows
 *   a quiet loading state (a constructed stylesheet: no inline style, so a strict CSP allows it).
 *
 * Everything it imports resolves against its own URL, so the folder works from any path; the
 * imports carry no query string, so `mieruka.js?ver=1` and `mieruka.js?ver=2` on one page share
 * every chunk. The second copy (a module with another URL runs again) finds the first one's
 * mark on `globalThis` (a `Symbol.for` key, shared by every copy) and does nothing.
 */
import { ELEMENTS, type ElementName } from './elements.js';

const KEY = Symbol.for('mieruka/loader');
const PREFIX = 'mieruka-';
const NAMES = Object.keys(ELEMENTS) as ElementName[];
const SELECTOR = [...NAMES.map((n) => PREFIX + n), '[data-mieruka]'].join(',');

/** The space each element's skeleton takes (its `--mieruka-skeleton-height`), kept until it is defined, in a faint grey that suits light and dark pages. */
const RESERVED = `:is(${NAMES.map((n) => PREFIX + n).join(',')}):not(:defined){display:block;min-height:var(--mieruka-skeleton-height,8rem);border-radius:var(--mieruka-radius,.5rem);background:var(--mieruka-color-surface,rgb(127 127 127/.12))}mieruka-kpi-gauge:not(:defined){min-height:var(--mieruka-skeleton-height,12rem)}@media (forced-colors:active){:is(${NAMES.map((n) => PREFIX + n).join(',')}):not(:defined){border:1px solid GrayText}}`;

const requested = new Set<string>();
let placeholders: Promise<unknown> | undefined;

/** Imports the element named by a tag, once per page; a failed import may be tried again later. */
function load(tag: string): void {
  const name = tag.slice(PREFIX.length) as ElementName;
  if (requested.has(name) || !Object.hasOwn(ELEMENTS, name) || customElements.get(tag)) return;
  requested.add(name);
  ELEMENTS[name]().catch((error: unknown) => {
    requested.delete(name);
    console.error(`mieruka: <${tag}> could not be loaded`, error);
  });
}

/** Loads what `root` (and its subtree) uses. */
function scan(root: Element | Document): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  for (const el of [...found, ...root.querySelectorAll(SELECTOR)]) {
    if (el.localName.startsWith(PREFIX)) load(el.localName);
    // The placeholder module watches the page itself from then on; its new elements come back here.
    else placeholders ??= import('./core/placeholders.js').then((m) => m.watchPlaceholders());
  }
}

function reserve(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructed stylesheets: the elements still load, without the reservation.
  }
}

function start(): void {
  reserve();
  new MutationObserver((records) => {
    for (const record of records)
      if (record.type === 'attributes') scan(record.target as Element);
      else for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-mieruka'] });
  scan(document);
}

const slot = globalThis as unknown as Record<symbol, boolean | undefined>;
if (typeof document !== 'undefined' && !slot[KEY]) {
  slot[KEY] = true;
  start();
}
