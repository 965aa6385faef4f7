import { html, nothing, type TemplateResult } from 'lit';
import { OnUse } from '../../core/on-use.js';
import type { SheetContext } from './plan-tree.detail.js';

/**
 * The sheet's code (plan-tree.detail.ts, the assessments), fetched the first time an item is
 * chosen: a tree that is only read, not opened item by item, never loads it.
 */
const sheets = new OnUse(() => import('./plan-tree.detail.js'));

/** What the side asks of its element: to wait for work (and update after it), to update now, and what to do when a retried sheet arrives. */
export interface SideHooks {
  wait: (work: Promise<unknown>) => void;
  update: () => void;
  retried: () => void;
}

/**
 * A retry is on its way: the message is emptied meanwhile, so that a retry that fails too says it
 * again (role="alert" announces a change), while the button, and the focus on it, stay.
 */
let retrying = false;

/**
 * The side of the tree: the chosen item's sheet, or (in a panel, nothing chosen) a hint how to
 * choose. While the sheet's code is on its way the side is empty; when it cannot be fetched
 * (offline since the page loaded) the side says so, with a button to try again.
 */
export function renderSide(c: SheetContext, panel: boolean, hooks: SideHooks): TemplateResult {
  if (c.index < 0) return html`<div class="side">${panel ? html`<p part="detail-hint">${c.s.selectHint}</p>` : nothing}</div>`;
  if (sheets.value) return html`<div class="side">${sheets.value.renderSheet(c)}</div>`;
  if (sheets.failed) {
    const retry = () => {
      retrying = true;
      hooks.update();
      hooks.wait(sheets.load().then(hooks.retried, () => undefined).finally(() => (retrying = false)));
    };
    return html`<div class="side">
      <div part="alert detail-error" role="alert"><p>${retrying ? '' : c.s.sheetFailed}</p><button type="button" @click=${retry}>${c.s.retry}</button></div>
    </div>`;
  }
  hooks.wait(sheets.load().catch(() => undefined));
  return html`<div class="side"></div>`;
}
