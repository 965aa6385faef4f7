import { typeAhead, type Row, type TreeModel } from './plan-tree.model.js';
import { keyAction, withOpen, withSiblingsOpen } from './plan-tree.state.js';

const TYPE_AHEAD_MS = 700;

/** The element's side of keyboard and pointer input on the tree. */
export interface InputHost {
  /** The tree as shown now (read again after every change). */
  tree(): { model: TreeModel | undefined; rows: Row[]; rowOf: Int32Array; open: Uint8Array; active: number };
  /** Makes item i the active row (the roving tab stop); `focus`: move focus to it after the update. */
  activate(i: number, focus: boolean): void;
  /** Replaces the open state in use and lays the rows out again. */
  reopen(open: Uint8Array): void;
  /** The reader selects item i (by pointer or by key). */
  choose(i: number, pointer: boolean): void;
}

/**
 * The tree's keys (WAI-ARIA tree view: arrows, Home/End, * for siblings, Enter/Space to select,
 * type-ahead; plan-tree.state.ts decides what each key does), clicks on rows and triangles, and
 * focus arriving on a row.
 */
export class TreeInput {
  private typed = '';
  private typedAt = 0;

  constructor(private readonly host: InputHost) {}

  /** Focuses visible row `row` (clamped to the rows there are). */
  moveTo(row: number): void {
    const { rows } = this.host.tree();
    const target = rows[Math.max(0, Math.min(rows.length - 1, row))];
    if (target) this.host.activate(target.i, true);
  }

  private setOpen(i: number, value: 0 | 1): void {
    this.host.reopen(withOpen(this.host.tree().open, i, value));
  }

  onKeyDown = (e: KeyboardEvent): void => {
    const { model, rows, rowOf, open, active: i } = this.host.tree();
    if (e.altKey || e.ctrlKey || e.metaKey || !model || !rows.length) return;
    const action = keyAction(model, rows, rowOf, open, i, e.key);
    if (!action) return;
    if ('move' in action) this.moveTo(action.move);
    else if ('open' in action) this.setOpen(i, action.open);
    else if ('choose' in action) this.host.choose(i, false);
    else if ('siblings' in action) {
      this.host.reopen(withSiblingsOpen(model, open, i));
      this.moveTo(this.host.tree().rowOf[i]!);
    } else if ('typeAhead' in action) {
      const now = Date.now();
      this.typed = now - this.typedAt > TYPE_AHEAD_MS ? e.key : this.typed + e.key;
      this.typedAt = now;
      const r = rowOf[i]!;
      const found = typeAhead(model, rows, this.typed.length > 1 ? r - 1 : r, this.typed);
      if (found >= 0) this.moveTo(found);
    }
    e.preventDefault();
  };

  onClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const row = target.closest<HTMLElement>('[role=treeitem]');
    const { model, open } = this.host.tree();
    if (!row || !model) return;
    const i = Number(row.dataset.i);
    this.host.activate(i, false);
    if (target.closest('.twisty') && model.items[i]!.children.length) this.setOpen(i, open[i] ? 0 : 1);
    else this.host.choose(i, true);
  };

  onFocusIn = (e: FocusEvent): void => {
    const row = (e.target as Element).closest<HTMLElement>('[role=treeitem]');
    if (row && Number(row.dataset.i) !== this.host.tree().active) this.host.activate(Number(row.dataset.i), false);
  };
}
