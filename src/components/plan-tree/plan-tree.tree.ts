import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { RowFocus } from './plan-tree.focus.js';
import type { TreeInput } from './plan-tree.input.js';
import type { Row } from './plan-tree.model.js';
import { OnUse } from '../../core/on-use.js';

/** Above this many rows the tree renders only what is on screen; below it, every row is in the page. */
export const VIRTUAL_THRESHOLD = 300;

/** The virtualizer (plan-tree.virtual.ts), imported by the first long tree on the page; said once per failed fetch. */
const virtual = new OnUse(() =>
  import('./plan-tree.virtual.js').catch((error: unknown) => {
    console.warn('mieruka: virtual scrolling could not be loaded; drawing every row', error);
    throw error;
  }),
);

/** What the tree (role="tree") is drawn from, and the element's handlers on it. */
export interface TreeContext {
  rows: Row[];
  label: string;
  /** On paper every open row is printed: no virtual scrolling while the page prints. */
  printing: boolean;
  renderRow: (row: Row) => TemplateResult;
  /** Keys, clicks and focus on rows. */
  input: Pick<TreeInput, 'onKeyDown' | 'onClick' | 'onFocusIn'>;
  /** The tab stop while the virtualizer has not rendered the active row, and the rendered range. */
  focus: Pick<RowFocus, 'activeRendered' | 'onTreeFocus' | 'onRange'>;
  /** Asked for once the virtualizer has arrived. */
  requestUpdate: () => void;
}

/**
 * The rows of the tree: every row in the page up to VIRTUAL_THRESHOLD, else only those on screen
 * through the virtualizer, which the first long tree on the page imports (until then the tree
 * is busy). Should it fail to arrive (offline since the page loaded), every row is in the page:
 * slower to draw, but the tree is there.
 */
export function renderTree(c: TreeContext): TemplateResult {
  const long = c.rows.length > VIRTUAL_THRESHOLD && !c.printing;
  if (long && !virtual.value && !virtual.failed) {
    // Drawn again either way: through the virtualizer, or with every row when it did not come.
    virtual.load().then(c.requestUpdate, c.requestUpdate);
    return html`<div role="tree" part="tree" class="virtual" aria-label=${c.label} aria-busy="true"></div>`;
  }
  const { input, focus } = c;
  if (long && virtual.value) {
    const { virtualize, flow } = virtual.value;
    return html`<div role="tree" part="tree" class="virtual" aria-label=${c.label} tabindex=${ifDefined(focus.activeRendered() ? undefined : 0)}
      @keydown=${input.onKeyDown} @click=${input.onClick} @focusin=${input.onFocusIn} @focus=${focus.onTreeFocus}
      @rangeChanged=${(e: RangeChangedEvent) => focus.onRange(e)}>
      ${virtualize({ items: c.rows, keyFunction: (row: Row) => row.i, renderItem: c.renderRow, layout: flow() })}
    </div>`;
  }
  return html`<div role="tree" part="tree" aria-label=${c.label} @keydown=${input.onKeyDown} @click=${input.onClick} @focusin=${input.onFocusIn}>
    ${repeat(c.rows, (row) => row.i, c.renderRow)}
  </div>`;
}

/** What the tree asks of the virtualizer: a row's stand-in, to scroll it into view before it is rendered. */
export interface RowScroller {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
}

/** The virtualizer of a rendered long tree, if any. */
export function virtualizerOf(root: ParentNode): RowScroller | undefined {
  const code = virtual.value;
  return code && (root.querySelector('[role=tree]') as VirtualizerHostElement | null)?.[code.virtualizerRef];
}
