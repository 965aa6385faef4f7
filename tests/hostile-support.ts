// Helpers for the hostile-data and network tests: the five elements, a deep look into their
// shadow roots (nested elements included), and a check for anything that could run script.
import { fixture, html } from '@open-wc/testing';
import { validateDocument } from '../data-schema/index.js';
import type { MierukaErrorDetail } from '../src/core/index.js';
import { key } from './support/probe-element.js';

export const TAGS = ['mieruka-plan-tree', 'mieruka-kpi-gauge', 'mieruka-five-less', 'mieruka-sdgs-badges', 'mieruka-trend-table', 'mieruka-progress-summary'] as const;
export type Tag = (typeof TAGS)[number];

/** A flag every injected handler in the payloads sets. */
export const FLAG = '__mierukaPwned';
export const flagged = () => (window as unknown as Record<string, unknown>)[FLAG];

/** Markup and script that would set the flag if any of it were parsed as HTML or followed. */
export const PAYLOAD =
  `<img src=x onerror="window.${FLAG}=1"><script>window.${FLAG}=1</script>` +
  `<iframe src="javascript:parent.${FLAG}=1"></iframe><a href="javascript:window.${FLAG}=1">リンク</a>` +
  `<svg onload="window.${FLAG}=1"></svg>"'><b onmouseover="window.${FLAG}=1">\${7*7}{{constructor.constructor('window.${FLAG}=1')()}}`;

/** Every shadow root under (and including) an element's, depth first. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) {
      out.push(child.shadowRoot);
      visit(child.shadowRoot);
    }
  };
  if (el.shadowRoot) {
    out.push(el.shadowRoot);
    visit(el.shadowRoot);
  }
  return out;
}

/** The text a reader could see: every shadow root's text, styles left out, whitespace squeezed. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc'];

/** Anything in the element (light DOM and every shadow root) that could run script: a description of each. */
export function dangers(el: Element): string[] {
  const found: string[] = [];
  const nodes = [el, ...el.querySelectorAll('*'), ...shadowRoots(el).flatMap((r) => [...r.querySelectorAll('*')])];
  for (const node of nodes) {
    const tag = node.tagName.toLowerCase();
    if (['script', 'iframe', 'frame', 'object', 'embed'].includes(tag) && !(tag === 'script' && node.parentElement === el && node.getAttribute('type') === 'application/json')) found.push(`<${tag}>`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      // As a browser reads a URL: ASCII whitespace and control characters do not count.
      const value = [...attr.value].filter((c) => c.charCodeAt(0) > 0x20).join('').toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
    }
  }
  return found;
}

/** Waits for an element (and the elements inside it) to finish rendering, and a moment for handlers to fire. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    for (const root of shadowRoots(el)) await (root.host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  await new Promise((r) => setTimeout(r, 30));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const pointer = (path: Path) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function leaves(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) leaves(value[k]!, [...path, k], out);
  return out;
}

function getAt(root: Json, path: Path): Json {
  let v: Json = root;
  for (const p of path) v = (v as Record<string, Json>)[p as string]!;
  return v;
}

function setAt(root: Json, path: Path, value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string, Json>;
  parent[path.at(-1) as string] = value;
}

/**
 * A real document with every string leaf the schema lets be free text replaced by
 * `replace(original)`. Leaves the schema constrains (ids, dates, codes, URLs, enums, references)
 * are found by validating and put back one round at a time, so every other field is covered
 * whatever the schema adds later. Returns the document and the JSON Pointers replaced.
 */
export function hostileDocument(original: unknown, replace: (s: string, path: string) => string): { doc: Record<string, unknown>; replaced: string[] } {
  const doc = structuredClone(original) as Json;
  const all = leaves(doc).filter((p) => p[0] !== '$schema');
  const changed = new Map(all.map((p) => [pointer(p), p]));
  for (const p of all) setAt(doc, p, replace(getAt(doc, p) as string, pointer(p)));
  for (let round = 0; round < 20; round++) {
    const result = validateDocument(doc);
    if (result.ok) return { doc: doc as Record<string, unknown>, replaced: [...changed.keys()] };
    let reverted = 0;
    for (const problem of result.problems) {
      for (const [ptr, p] of changed) {
        if (ptr === problem.path || ptr.startsWith(`${problem.path}/`) || problem.path.startsWith(`${ptr}/`)) {
          setAt(doc, p, getAt(original as Json, p));
          changed.delete(ptr);
          reverted++;
        }
      }
    }
    if (!reverted) throw new Error(`cannot make a valid hostile document: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
  throw new Error('hostile document did not settle');
}

/** The same document with __proto__, constructor and prototype keys added to every object, as JSON text. */
export function withPrototypeKeys(doc: unknown): string {
  const poison = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(poison);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = poison(v);
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      Object.defineProperty(out, k, {
        value: { polluted: 'yes', [FLAG]: 1, prototype: { polluted: 'yes' }, toString: 'polluted', hasOwnProperty: 'polluted' },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return JSON.stringify(poison(doc));
}

/** Own property names of the built-in prototypes, to compare before and after. */
export function prototypeSnapshot(): string {
  const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Map.prototype, Set.prototype, Promise.prototype, HTMLElement.prototype, Element.prototype, Node.prototype, EventTarget.prototype];
  return protos.map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
}

export async function example(name: string): Promise<Record<string, unknown>> {
  return (await fetch(`/data-schema/examples/${name}.json`)).json();
}

export type Mieruka = HTMLElement & { data?: unknown };

export interface Mounted {
  el: Mieruka;
  /** The last mieruka-error detail the element fired, if any. */
  detail: () => MierukaErrorDetail | undefined;
}

/**
 * Puts an element on the page with its document given as data, inline JSON or src, in a
 * container of the given language, and waits until it has settled (for src: until it has
 * left the skeleton or shows an alert).
 */
export async function mount(tag: Tag, how: { data?: unknown; inline?: string; src?: string }, attrs: Record<string, string> = {}, lang = 'ja'): Promise<Mounted> {
  const el = document.createElement(tag) as Mieruka;
  let detail: MierukaErrorDetail | undefined;
  el.addEventListener('mieruka-error', (e) => (detail = (e as CustomEvent<MierukaErrorDetail>).detail));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (how.data !== undefined) el.data = how.data;
  if (how.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = how.inline;
    el.append(script);
  }
  if (how.src) el.setAttribute('src', how.src);
  await fixture(html`<div lang=${lang}>${el}</div>`);
  await settle(el);
  if (how.src) {
    const alerting = () => Boolean(el.shadowRoot?.querySelector('[role=alert]'));
    for (let i = 0; i < 400 && !alerting() && el.shadowRoot!.querySelector('[part=skeleton]'); i++) await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
  return { el, detail: () => detail };
}

/** Stores a body on the mock server and returns the URL that serves it. */
export async function served(body: string): Promise<string> {
  const k = key();
  await fetch(`/__mock/stored/${k}`, { method: 'POST', body });
  return `/__mock/stored/${k}`;
}
