import type { MierukaDocument } from '../../data-schema/index.js';
import type { MierukaPlanTree } from '../../src/components/plan-tree/plan-tree.js';

const cache = new Map<string, Promise<MierukaDocument>>();

/** An example document (fetched once per test file; never mutate it — copy with clone()). */
export function example(name: string): Promise<MierukaDocument> {
  let doc = cache.get(name);
  if (!doc) cache.set(name, (doc = fetch(`/data-schema/examples/${name}.json`).then((r) => r.json())));
  return doc;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export const root = (el: MierukaPlanTree) => el.shadowRoot!;
export const rows = (el: MierukaPlanTree) => [...root(el).querySelectorAll<HTMLElement>('[role=treeitem]')];
export const row = (el: MierukaPlanTree, id: string) => root(el).querySelector<HTMLElement>(`[role=treeitem][data-id='${id}']`);
export const rowIds = (el: MierukaPlanTree) => rows(el).map((r) => r.dataset.id);
/** The text as rendered (innerText: block and flex items apart), whitespace collapsed. */
export const text = (node: Element | ShadowRoot | null | undefined) =>
  (node instanceof HTMLElement ? node.innerText : (node?.textContent ?? '')).replace(/\s+/g, ' ').trim();
export const focusedRow = (el: MierukaPlanTree) => {
  const active = root(el).activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'treeitem' ? active.dataset.id : undefined;
};
export const sheet = (el: MierukaPlanTree) => root(el).querySelector<HTMLElement>('[part~=detail]');

/** Waits until `predicate` holds, checking every frame (fails the test after `ms`). */
export async function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export { accessibilityTree, axText, findAx, type AxNode } from './ax.js';
