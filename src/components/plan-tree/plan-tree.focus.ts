import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualizerOf } from './plan-tree.tree.js';

/** The element's side of the roving focus: where the rows are, and which one is active. */
export interface FocusHost {
  /** The element's render root (made when it connects, after the constructor). */
  root(): HTMLElement | DocumentFragment;
  requestUpdate(): void;
  /** The active row's index in the model, and the visible row of each index (-1: hidden). */
  where(): { active: number; rowOf: Int32Array };
}

/**
 * The tree's one tab stop, scrolled into view and focused: the active row, rendered first when
 * the virtualizer left it out. Tracks which rows the virtualizer has rendered.
 */
export class RowFocus {
  /** The rows the virtualizer has rendered (not reactive state: see onRange). */
  private range = { first: 0, last: -1 };

  constructor(private readonly host: FocusHost) {}

  rowElement(i: number): HTMLElement | null {
    return this.host.root().querySelector<HTMLElement>(`[role='treeitem'][data-i='${i}']`);
  }

  /** Brings the active row on screen (rendering it if it was virtualized) and returns it. */
  async reveal(block: ScrollLogicalPosition): Promise<HTMLElement | null> {
    const { active: i, rowOf } = this.host.where();
    let el = this.rowElement(i);
    const v = virtualizerOf(this.host.root());
    if (!el && v) {
      v.element(rowOf[i]!)?.scrollIntoView({ block });
      for (let tries = 0; tries < 20 && !(el = this.rowElement(i)); tries++) await new Promise((r) => requestAnimationFrame(r));
    } else if (el && block !== 'nearest') {
      el.scrollIntoView({ block });
    } else if (el) {
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
    }
    return el;
  }

  async focusActive(): Promise<void> {
    const el = await this.reveal('nearest');
    el?.focus();
  }

  activeRendered = (): boolean => {
    const { active, rowOf } = this.host.where();
    const r = rowOf[active] ?? -1;
    return r >= this.range.first && r <= this.range.last;
  };

  /**
   * Which rows the virtualizer has rendered: the tree is the tab stop while the active row is not
   * among them. Only that decides the tree's tabindex, so the element renders again only when it
   * flips: the range changes several times while the first rows are measured and on every scroll,
   * and each full render redid the header, the filters and every rendered row.
   */
  onRange = (e: RangeChangedEvent): void => {
    const before = this.activeRendered();
    this.range = { first: e.first, last: e.last };
    if (this.activeRendered() !== before) this.host.requestUpdate();
  };

  /** The tree itself takes focus only while the active row is scrolled away: hand it on. */
  onTreeFocus = (e: FocusEvent): void => {
    if (e.target === e.currentTarget) void this.focusActive();
  };
}
