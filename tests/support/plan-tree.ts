import { a11ySnapshot } from '@web/test-runner-commands';
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

export interface AxNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  selected?: boolean;
  description?: string;
  children?: AxNode[];
}

/** The page's accessibility tree, as Chromium gives it to assistive technology. */
export async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

export function findAx(node: AxNode, predicate: (n: AxNode) => boolean): AxNode | undefined {
  if (predicate(node)) return node;
  for (const child of node.children ?? []) {
    const found = findAx(child, predicate);
    if (found) return found;
  }
  return undefined;
}

/** All the text the accessibility tree holds below a node, in order. */
export function axText(node: AxNode): string {
  return [node.name, ...(node.children ?? []).map(axText)].filter(Boolean).join(' ');
}
