import { accessibilityTree, flattenAx, type AxNode } from './support/ax.js';
import type { MierukaDocument } from '../data-schema/index.js';
import type { MierukaTrendTable } from '../src/components/trend-table/trend-table.js';

/** Shared by the trend-table test files (not a test file itself). */
export const seed = async (name: string): Promise<MierukaDocument> => (await fetch(`/data-schema/examples/${name}.json`)).json();
export const REPORT = 'koriyama-collaboration-2023';
export const SHEETS = 'koriyama-reform-2022-goal3';

export const $ = <T extends Element = HTMLElement>(el: MierukaTrendTable, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: MierukaTrendTable, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The keys (indicator ids) of the top-level rows rendered, in order. */
export const rowKeys = (el: MierukaTrendTable) => $$(el, '[data-i]').map((r) => r.dataset.key);

/** A row's element by its key (indicator id, or id.N for sub-row N). */
export const row = (el: MierukaTrendTable, key: string) => $(el, `tr[data-key="${key}"]`)!;

/** The cell of a row under a column (by the column's class: year, target, progress …; nth for years). */
export const cells = (el: MierukaTrendTable, key: string, kind: string) => [...row(el, key).querySelectorAll<HTMLElement>(`td.${kind}`)];

export type { AxNode } from './support/ax.js';

/** The page's accessibility tree, flattened in reading order. */
export async function axNodes(_ctx?: Mocha.Context): Promise<AxNode[]> {
  return flattenAx(await accessibilityTree());
}

/** What a screen reader reads in the row whose header has this name: the names up to the next row header. */
export function axRow(nodes: AxNode[], rowHeader: string): string {
  const start = nodes.findIndex((n) => n.role === 'rowheader' && n.name === rowHeader);
  if (start < 0) throw new Error(`no row header "${rowHeader}" in the accessibility tree`);
  const texts: string[] = [];
  for (let i = start + 1; i < nodes.length && nodes[i]!.role !== 'rowheader' && !/^(region|list|listitem)$/.test(nodes[i]!.role); i++) {
    if (nodes[i]!.role === 'StaticText') texts.push(nodes[i]!.name);
  }
  return texts.join('').replace(/\s+/g, ' ');
}

/** Everything a screen reader reads as text, joined (for sequences across cells and rows). */
export const axText = (nodes: AxNode[]) =>
  nodes
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join('');
