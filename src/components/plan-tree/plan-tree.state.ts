import type { MierukaDocument, PlanNode } from '../../../data-schema/index.js';
import { buildModel, filterItems, filterOpen, initialOpen, searchTerms, visibleRows, type Criteria, type Row, type TreeModel } from './plan-tree.model.js';

/**
 * The tree's state changes as small pure functions: each takes the state it changes and returns
 * a new one. An open state (1 = open, one byte per item) is never written after it is made:
 * every change returns a copy, so a state handed out stays as it was.
 */

/** The model, the reader's open state and the active item. */
export interface TreeState {
  model: TreeModel;
  open: Uint8Array;
  /** Index of the item that has the focus stop; −1 for none. */
  active: number;
}

/** How many levels the `expanded` attribute opens: a count, `all` or the bare attribute (every level), else 1. */
export function expandedDepth(expanded: string | undefined): number {
  const v = expanded?.trim();
  if (v === '' || v === 'all') return Infinity;
  const n = Number(v);
  return v != null && Number.isInteger(n) && n >= 0 ? n : 1;
}

/**
 * The tree for a (new or refreshed) document: a new model; what the reader opened and where
 * they were carried over by node id when the same subtree is shown, else the initial depth.
 */
export function rebuild(prev: Partial<TreeState>, doc: MierukaDocument, root: PlanNode | undefined, depth: number): TreeState {
  const model = buildModel(doc, root);
  const open = initialOpen(model, depth);
  const old = prev.model;
  if (old && prev.open && old.root?.id === model.root?.id) {
    old.items.forEach((item, i) => {
      const j = model.byId.get(item.node.id);
      if (j !== undefined) open[j] = prev.open![i] ?? 0;
    });
  }
  const activeId = old?.items[prev.active ?? -1]?.node.id;
  return { model, open, active: activeId ? (model.byId.get(activeId) ?? -1) : -1 };
}

/** `open` with item i set to `value` (a copy; the same array when nothing changes). */
export function withOpen(open: Uint8Array, i: number, value: 0 | 1): Uint8Array {
  if (open[i] === value) return open;
  const next = open.slice();
  next[i] = value;
  return next;
}

/** Every item open (1) or closed (0). */
export const withAll = (open: Uint8Array, value: 0 | 1): Uint8Array => new Uint8Array(open.length).fill(value);

/** `open` with every ancestor of item i open: the way to it. */
export function withPathOpen(model: TreeModel, open: Uint8Array, i: number): Uint8Array {
  let next = open;
  for (let p = model.items[i]?.parent ?? -1; p >= 0; p = model.items[p]!.parent) next = withOpen(next, p, 1);
  return next;
}

/** `open` with item i and all its siblings open (the * key). */
export function withSiblingsOpen(model: TreeModel, open: Uint8Array, i: number): Uint8Array {
  const item = model.items[i]!;
  const next = open.slice();
  for (const k of item.parent >= 0 ? model.items[item.parent]!.children : model.roots) next[k] = 1;
  return next;
}

/** What a change of `selected` does: the index, and, when code (not the reader) chose it, the way to it opened and made active. */
export function select(
  state: TreeState,
  selected: string | undefined,
  byCode: boolean,
): { selectedIndex: number; open: Uint8Array; active: number; moved: boolean } {
  const selectedIndex = selected ? (state.model.byId.get(selected) ?? -1) : -1;
  if (selectedIndex < 0 || !byCode) return { selectedIndex, open: state.open, active: state.active, moved: false };
  return { selectedIndex, open: withPathOpen(state.model, state.open, selectedIndex), active: selectedIndex, moved: true };
}

/** A filter's state: which items are kept (undefined: no filter), how many match, its own open state, the search terms. */
export interface FilterState {
  keep?: Uint8Array | undefined;
  matches: number;
  /** Under a filter, the reader opens and closes within this state; the unfiltered one waits. */
  open: Uint8Array;
  terms: string[];
}

export function filter(model: TreeModel, criteria: Criteria, prev?: FilterState): FilterState {
  const result = filterItems(model, criteria);
  return {
    keep: result?.keep,
    matches: result?.matches ?? 0,
    open: result ? filterOpen(result.keep) : (prev?.open ?? new Uint8Array(0)),
    terms: searchTerms(criteria.query ?? ''),
  };
}

/** The rows shown, where each item is among them, and the active item kept visible (else its nearest shown ancestor, else the first row). */
export function layout(model: TreeModel, open: Uint8Array, keep: Uint8Array | undefined, active: number): { rows: Row[]; rowOf: Int32Array; active: number } {
  const rows = visibleRows(model, open, keep);
  const rowOf = new Int32Array(model.items.length).fill(-1);
  rows.forEach((r, k) => (rowOf[r.i] = k));
  let a = active;
  while (a >= 0 && rowOf[a]! < 0) a = model.items[a]!.parent;
  return { rows, rowOf, active: a >= 0 ? a : (rows[0]?.i ?? -1) };
}

/** What a key does in the tree (WAI-ARIA tree pattern): move to a row, open or close the active item, open its siblings, choose it, or type ahead. */
/** `{ none: true }`: the key is the tree's but does nothing here (ArrowRight on a leaf); undefined: not the tree's key. */
export type KeyAction = { move: number } | { open: 0 | 1 } | { siblings: true } | { choose: true } | { typeAhead: true } | { none: true } | undefined;

export function keyAction(model: TreeModel, rows: readonly Row[], rowOf: Int32Array, open: Uint8Array, active: number, key: string): KeyAction {
  const r = rowOf[active]!;
  const item = model.items[active]!;
  const isOpen = open[active] === 1 && item.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return { move: r + 1 };
    case 'ArrowUp':
      return { move: r - 1 };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: rows.length - 1 };
    case 'ArrowRight':
      return item.children.length && !isOpen ? { open: 1 } : isOpen ? { move: r + 1 } : { none: true };
    case 'ArrowLeft':
      return isOpen ? { open: 0 } : item.parent >= 0 && rowOf[item.parent]! >= 0 ? { move: rowOf[item.parent]! } : { none: true };
    case 'Enter':
    case ' ':
      return { choose: true };
    case '*':
      return { siblings: true };
    default:
      return key.length === 1 ? { typeAhead: true } : undefined;
  }
}
