/*
 * The embed-code helper's snippets, built as text (demo/embed-helper.ts shows them; tests in
 * tests/embed-helper.test.ts). Pure: no DOM, no fetch.
 *
 * Three ways to put one widget in a CMS page (README, "CMS embedding"):
 *   script   <script type="module" src=".../cdn/mieruka.js"> (the loader: it imports the elements
 *            a page uses; a site loads it once) and the element
 *   iframe   embed.html?element=…&src=…, for CMSs that strip every script
 *   div      <div data-mieruka="…" data-src="…">, for CMSs that keep data-* on a div while the
 *            site loads mieruka.js once
 * and, for WordPress, any of them wrapped as a Custom HTML block.
 *
 * Every attribute value is escaped; attribute names are checked (never an event handler); every
 * URL must be http(s) or relative, or nothing is written (EmbedCodeError says which field).
 */
import { ELEMENT_NAMES, isCopiedParameter, isWebUrl } from './embed-params.js';

/** What to embed: an element (its short name) and its attributes, in order. */
export interface EmbedChoice {
  element: string;
  attributes: [name: string, value: string][];
}

export interface IframeOptions {
  /** URL of embed.html (absolute, or relative to the host page). */
  embedPage: string;
  /** The iframe's accessible name: what the widget shows. */
  title: string;
  /** The frame's id, echoed in height messages (`frame=`). */
  id: string;
  /** The frame's height before (or without) automatic sizing, in CSS pixels. */
  height: number;
  /** Append the host script that sizes the frame from its height messages. */
  autoHeight?: boolean;
}

export type EmbedField = 'element' | 'attribute' | 'src' | 'script' | 'embedPage';

/** A choice or setting that cannot be written safely; `field` says which. */
export class EmbedCodeError extends Error {
  constructor(
    readonly field: EmbedField,
    message: string,
  ) {
    super(message);
    this.name = 'EmbedCodeError';
  }
}

/** Attributes whose value is a URL (checked like `src`). */
const URL_ATTRIBUTES = new Set(['src']);
/** Any base will do: only the scheme of the resolved URL is looked at. */
const CHECK_BASE = 'https://example.invalid/';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as an HTML attribute value (inside double quotes) or as text. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** True for an http(s) URL or a relative one (javascript:, data: and the like are not). */
export function isAllowedUrl(value: string): boolean {
  return value.trim() !== '' && isWebUrl(value.trim(), CHECK_BASE);
}

function checkUrl(field: EmbedField, value: string): string {
  if (!isAllowedUrl(value)) throw new EmbedCodeError(field, `${field}: not an http(s) or relative URL: ${value}`);
  return value.trim();
}

/** The choice, checked: a known element, attribute-like names, web URLs. */
function checked(choice: EmbedChoice): EmbedChoice {
  if (!ELEMENT_NAMES.includes(choice.element)) throw new EmbedCodeError('element', `unknown element: ${choice.element}`);
  const attributes = choice.attributes.map(([name, value]): [string, string] => {
    // What the embed page copies, and lang, which it applies to the whole page (so to the element).
    if (!isCopiedParameter(name) && name !== 'lang') throw new EmbedCodeError('attribute', `not an attribute that can be embedded: ${name}`);
    return [name, URL_ATTRIBUTES.has(name) ? checkUrl('src', value) : value];
  });
  return { element: choice.element, attributes };
}

const attributeText = (attributes: [string, string][], prefix = '') => attributes.map(([name, value]) => ` ${prefix}${name}="${escapeHtml(value)}"`).join('');

/** Form 1: the loader's script tag (dist/cdn/mieruka.js; a second copy on a page does nothing) and the element. */
export function scriptSnippet(choice: EmbedChoice, scriptUrl: string): string {
  const c = checked(choice);
  const tag = `mieruka-${c.element}`;
  return `<script type="module" src="${escapeHtml(checkUrl('script', scriptUrl))}"></script>\n<${tag}${attributeText(c.attributes)}></${tag}>`;
}

/** The embed page URL for a choice (what demo/embed-params.ts reads back). */
export function embedPageUrl(choice: EmbedChoice, embedPage: string, frame?: string): string {
  const c = checked(choice);
  const page = checkUrl('embedPage', embedPage);
  const query = new URLSearchParams([['element', c.element], ...c.attributes]);
  if (frame) query.set('frame', frame);
  const [beforeHash, hash = ''] = page.split('#', 2);
  const separator = beforeHash!.includes('?') ? '&' : '?';
  return `${beforeHash}${separator}${query}${hash ? `#${hash}` : ''}`;
}

/** The origin an absolute URL's frame posts from; undefined for a relative URL (the host's own). */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Form 2: an iframe on the embed page, optionally with the host script that sizes it. That
 * script is for those who may post scripts (in WordPress, Editors and Administrators): for an
 * Author, WordPress strips the <script> tags and leaves their text on the page.
 */
export function iframeSnippet(choice: EmbedChoice, options: IframeOptions): string {
  const url = embedPageUrl(choice, options.embedPage, options.id);
  const height = Math.max(100, Math.round(options.height) || 0);
  // display:block, so that a block theme's content column (max-width with auto margins on
  // its children) centres the frame as it centres a paragraph; an inline iframe sits on the left.
  const frame = `<iframe id="${escapeHtml(options.id)}" src="${escapeHtml(url)}" title="${escapeHtml(options.title)}" loading="lazy" style="display:block;width:100%;height:${height}px;border:0;margin-inline:auto"></iframe>`;
  if (!options.autoHeight) return frame;
  // The host checks who speaks: the embed page's origin (the host's own for a relative URL)
  // and the frame's own window. JSON text, with "<" escaped, cannot end the script element.
  const origin = originOf(url);
  const from = origin ? JSON.stringify(origin).replace(/</g, '\\u003c') : 'location.origin';
  return `${frame}
<script>
  addEventListener('message', (e) => {
    if (e.origin !== ${from} || e.data?.type !== 'mieruka:height') return;
    const f = document.getElementById(e.data.id);
    if (f && f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + 'px';
  });
</script>`;
}

/** Form 3: a placeholder div that the site's copy of mieruka.js turns into the element. */
export function placeholderSnippet(choice: EmbedChoice): string {
  const c = checked(choice);
  return `<div data-mieruka="${escapeHtml(c.element)}"${attributeText(c.attributes, 'data-')}></div>`;
}

/** Any snippet as a WordPress block-editor Custom HTML block (paste in the code editor). */
export function wordpressBlock(snippet: string): string {
  return `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`;
}

/** A frame id for a choice: `mieruka-` + the element + the item's id, letters, digits and hyphens only. */
export function frameId(choice: EmbedChoice): string {
  const item = choice.attributes.find(([name]) => name === 'indicator' || name === 'node')?.[1] ?? '';
  const slug = `${choice.element}-${item}`.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/g, '').slice(0, 60);
  return `mieruka-${slug}`;
}
