import { editDistance } from '../../data-schema/edit-distance.js';
import type { Indicator, Level, MierukaDocument, PlanNode } from '../../data-schema/index.js';

export interface NodeEntry {
  node: PlanNode;
  parent: PlanNode | undefined;
  /** 0 for top-level nodes. */
  depth: number;
}

export interface IndicatorEntry {
  indicator: Indicator;
  /** The node that carries it; undefined for document-wide indicators. */
  node: PlanNode | undefined;
}

export interface DocumentIndex {
  nodes: Map<string, NodeEntry>;
  indicators: Map<string, IndicatorEntry>;
  /** Every node in document order (pre-order). */
  order: PlanNode[];
}

const indexes = new WeakMap<MierukaDocument, DocumentIndex>();

/**
 * Lookups every element needs (by id, parent, depth), built once per document snapshot
 * and shared: documents are immutable, so the index can be cached on the object itself.
 */
export function indexDocument(doc: MierukaDocument): DocumentIndex {
  let index = indexes.get(doc);
  if (index) return index;
  index = { nodes: new Map(), indicators: new Map(), order: [] };
  const stack: NodeEntry[] = doc.nodes.map((node) => ({ node, parent: undefined, depth: 0 })).reverse();
  while (stack.length) {
    const entry = stack.pop()!;
    index.nodes.set(entry.node.id, entry);
    index.order.push(entry.node);
    for (const indicator of entry.node.indicators ?? []) index.indicators.set(indicator.id, { indicator, node: entry.node });
    const children = entry.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: entry.node, depth: entry.depth + 1 });
  }
  for (const indicator of doc.indicators ?? []) index.indicators.set(indicator.id, { indicator, node: undefined });
  indexes.set(doc, index);
  return index;
}

/** A node and all its descendants, in document order. */
export function subtree(node: PlanNode): PlanNode[] {
  const out: PlanNode[] = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    const children = n.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** The nodes in scope: the subtree of `node` when given, otherwise the whole document. */
export function nodesInScope(doc: MierukaDocument, node?: PlanNode): PlanNode[] {
  return node ? subtree(node) : indexDocument(doc).order;
}

/** Indicators in scope, each with its node; document-wide indicators only for the whole document. */
export function indicatorsInScope(doc: MierukaDocument, node?: PlanNode): IndicatorEntry[] {
  const entries: IndicatorEntry[] = nodesInScope(doc, node).flatMap((n) => (n.indicators ?? []).map((indicator) => ({ indicator, node: n })));
  if (!node) entries.push(...(doc.indicators ?? []).map((indicator) => ({ indicator, node: undefined })));
  return entries;
}

/** The ancestors of a node, top first. */
export function ancestors(doc: MierukaDocument, id: string): PlanNode[] {
  const index = indexDocument(doc);
  const out: PlanNode[] = [];
  for (let entry = index.nodes.get(id); entry?.parent; entry = index.nodes.get(entry.parent.id)) out.unshift(entry.parent);
  return out;
}

/**
 * Ids close to one that was not found, for "did you mean": a CMS editor who types
 * g1-i3-p11 for g1-i3-p1 should be told which ids exist nearby.
 */
export function closeIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: [string, number][] = [];
  const lower = id.toLowerCase();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A candidate that contains what was typed (p1 → g1-i3-p1) is a likely intent; the reverse (g1 for g1-p3) is noise.
    const d = c.includes(lower) ? 0.5 : editDistance(lower, c);
    if (d <= Math.max(1, Math.min(3, Math.floor(id.length / 3)))) scored.push([candidate, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([c]) => c);
}

/**
 * The level a document's items are counted by ("計 19計画 … 合計 57計画"), among the levels
 * present: the first one with a `counter` word (実施計画 → 計画), else the deepest. Every
 * element that counts plans (tree totals, 5レス rows, SDGs counts) asks this one function.
 */
export function countedLevel(levels: readonly Level[], present: ReadonlySet<string>): Level | undefined {
  return levels.find((l) => l.counter && present.has(l.id)) ?? [...levels].reverse().find((l) => present.has(l.id));
}
