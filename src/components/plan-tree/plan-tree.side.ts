import { html, nothing, type TemplateResult } from 'lit';
import type { SheetContext } from './plan-tree.detail.js';

/**
 * The side of the tree: the chosen item's sheet, or (in a panel, nothing chosen) a hint how to
 * choose. The sheet's code (plan-tree.detail.ts, the assessments) is fetched the first time an
 * item is chosen: a tree that is only read, not opened item by item, never loads it.
 */
let sheets: typeof import('./plan-tree.detail.js') | undefined;
let sheetsLoad: Promise<unknown> | undefined;

/** The side, and the loading of the sheet's code when it is on its way (the element waits for it). */
export function renderSide(c: SheetContext, panel: boolean): { side: TemplateResult; loading?: Promise<unknown> } {
  if (c.index < 0) return { side: html`<div class="side">${panel ? html`<p part="detail-hint">${c.s.selectHint}</p>` : nothing}</div>` };
  if (sheets) return { side: html`<div class="side">${sheets.renderSheet(c)}</div>` };
  sheetsLoad ??= import('./plan-tree.detail.js').then((m) => (sheets = m));
  return { side: html`<div class="side"></div>`, loading: sheetsLoad };
}
