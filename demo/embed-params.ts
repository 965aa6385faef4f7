/*
 * How the embed page (demo/embed.html, dist/cdn/embed.html) reads its query, apart from the page so
 * that the embed-code helper (demo/embed-code.ts) and its tests can check that what they write
 * is what the page reads.
 *
 *   embed.html?element=kpi-gauge&src=/data/plan.json&indicator=p1-k1&lang=en&frame=kpi1
 *
 * `element` names the widget; `lang` is the page's language; `frame` is echoed in the height
 * messages; every other parameter becomes an attribute, when its name is attribute-like and
 * not an event handler.
 */
import { PLACEHOLDER_ELEMENTS, placeholderTag } from '../src/core/placeholders.js';

/** Attribute names the page copies: lower-case words with hyphens, never an event handler. */
const NAME = /^[a-z][a-z0-9-]*$/;
/** Parameters that are about the page, not the element. */
export const PAGE_PARAMETERS: ReadonlySet<string> = new Set(['element', 'lang', 'frame']);
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** True when `name` may be an attribute of the embedded element. */
export function isCopiedParameter(name: string): boolean {
  return !PAGE_PARAMETERS.has(name) && NAME.test(name) && !name.startsWith('on');
}

/** True for an http(s) URL, absolute or relative to `base`. */
export function isWebUrl(value: string, base: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

export interface EmbedRequest {
  /** The element's tag (mieruka-kpi-gauge). */
  tag: string;
  /** Attributes in query order. */
  attributes: [name: string, value: string][];
  /** The id echoed in height messages, when given. */
  frame?: string | undefined;
}

export type EmbedProblem = { kind: 'no-element' } | { kind: 'unknown-element'; value: string } | { kind: 'bad-src' };

/** The element names the page accepts, for messages. */
export const ELEMENT_NAMES = Object.keys(PLACEHOLDER_ELEMENTS);

export type EmbedQuery = { lang: string | undefined } & ({ request: EmbedRequest } | { problem: EmbedProblem });

/** Reads an embed page query; `base` is the page's URL (relative `src` values resolve against it). */
export function parseEmbedQuery(query: string | URLSearchParams, base: string): EmbedQuery {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const rawLang = params.get('lang')?.trim();
  const lang = rawLang && LANG.test(rawLang) ? rawLang : undefined;
  const requested = params.get('element') ?? '';
  const tag = placeholderTag(requested);
  if (!tag) return { problem: requested ? { kind: 'unknown-element', value: requested } : { kind: 'no-element' }, lang };
  const src = params.get('src');
  if (src !== null && !isWebUrl(src, base)) return { problem: { kind: 'bad-src' }, lang };
  const attributes: EmbedRequest['attributes'] = [];
  for (const [name, value] of params) if (isCopiedParameter(name)) attributes.push([name, value]);
  return { request: { tag, attributes, frame: params.get('frame') ?? undefined }, lang };
}
