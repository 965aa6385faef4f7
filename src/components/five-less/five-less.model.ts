import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/five-less.js';
import type { MierukaDocument, PlanNode } from '../../../data-schema/index.js';
import { fiveLessName } from '../../core/lookups.js';
import { ancestors, countedLevel, indexDocument, subtree, type Lang } from '../../core/index.js';
import { defineSection } from '../../core/i18n.js';
import { fiveLess } from '../../translations/ja.js';

/** The 5レス element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
export const FIVE_LESS_STRINGS = defineSection('fiveLess', fiveLess, { en: () => import('../../translations/en.js').then((m) => m.fiveLess) });

/**
 * What <mieruka-five-less> shows, read from a document without any DOM: which nodes are the
 * rows, their marks, the counts per category, the names and definitions of the five.
 */

/** true: 該当, false: 非該当, undefined: 未設定 (the document does not say). */
export type Mark = boolean | undefined;

export interface FiveLessRow {
  node: PlanNode;
  /** The row's ancestors, top first (goal, initiative …): the headings it is grouped under. */
  groups: PlanNode[];
  marks: Record<FiveLessKey, Mark>;
  /** Categories marked 該当. */
  applies: number;
  /** Categories whose mark is unknown (5 when the node has no fiveLess at all). */
  unknown: number;
  /** Position in document order. */
  index: number;
}

export interface CategoryCount {
  applies: number;
  notApplies: number;
  unknown: number;
}

export interface CategoryInfo {
  name: string;
  description: string;
  /**
   * Where the definition came from: the document's `fiveLess`, or 'none' when the document
   * defines the category not at all (then `description` says so; never another document's words).
   */
  source: 'document' | 'none';
}

export type FiveLessSort = 'none' | 'descending' | 'ascending';

/**
 * The level whose nodes are the rows. A document's 5レス marks sit on its plans, so:
 * when some nodes carry `fiveLess`, the level with a `counter` among the levels that carry
 * them (the plan level), else the deepest level that carries them; when none carries any,
 * the first level with a `counter`, else the deepest level that has nodes. Nodes below the
 * row level (sub-projects) are never rows: a plan's marks are the plan's.
 */
export function rowLevel(doc: MierukaDocument): string | undefined {
  const order = indexDocument(doc).order;
  const carrying = new Set<string>();
  const present = new Set<string>();
  for (const n of order) {
    present.add(n.level);
    if (n.fiveLess) carrying.add(n.level);
  }
  return countedLevel(doc.levels, carrying.size ? carrying : present)?.id;
}

/**
 * True when the document speaks of 5レス at all: it defines the categories, or some node marks one
 * (as 該当 or 非該当). A document that does neither gets a sentence, not a matrix of 未設定.
 */
export function documentHasFiveLess(doc: MierukaDocument): boolean {
  if (doc.fiveLess) return true;
  return indexDocument(doc).order.some((n) => n.fiveLess && FIVE_LESS_KEYS.some((k) => typeof n.fiveLess?.[k] === 'boolean'));
}

export function marksOf(node: PlanNode): Record<FiveLessKey, Mark> {
  const f = node.fiveLess;
  return { counter: f?.counter, cash: f?.cash, paper: f?.paper, file: f?.file, move: f?.move };
}

/**
 * The rows in scope, in document order: the row-level nodes of the whole document, or of the
 * subtree of `scope`. A scope at the row level is one row; a scope below it (a sub-project)
 * shows the plan it belongs to. Re-listed items (再掲) are counted once.
 */
export function collectRows(doc: MierukaDocument, scope?: PlanNode): FiveLessRow[] {
  const level = rowLevel(doc);
  if (!level) return [];
  let nodes: PlanNode[];
  if (!scope) nodes = indexDocument(doc).order.filter((n) => n.level === level);
  else {
    nodes = subtree(scope).filter((n) => n.level === level);
    if (!nodes.length) {
      const plan = ancestors(doc, scope.id).reverse().find((a) => a.level === level);
      nodes = plan ? [plan] : [];
    }
  }
  // A row-level node nested under another row (rare) is part of that row, not a row of its own.
  // A re-listed item (再掲, relistOf) is the same plan again: counted once, at the original when
  // the original is in scope; otherwise in its own place, with the original's marks if it has none.
  const rows = new Set(nodes);
  const ids = new Set(nodes.map((n) => n.id));
  const byId = indexDocument(doc).nodes;
  return nodes
    .filter((node) => !(node.relistOf && ids.has(node.relistOf)))
    .map((node) => ({ node, groups: ancestors(doc, node.id) }))
    .filter(({ groups }) => !groups.some((g) => rows.has(g)))
    .map(({ node, groups }, index) => {
      const original = node.relistOf && !node.fiveLess ? byId.get(node.relistOf)?.node : undefined;
      const marks = marksOf(original ?? node);
      let applies = 0;
      let unknown = 0;
      for (const k of FIVE_LESS_KEYS) {
        if (marks[k] === true) applies++;
        else if (marks[k] === undefined) unknown++;
      }
      return { node, groups, marks, applies, unknown, index };
    });
}

export function countCategories(rows: readonly FiveLessRow[]): Record<FiveLessKey, CategoryCount> {
  const counts = Object.fromEntries(FIVE_LESS_KEYS.map((k) => [k, { applies: 0, notApplies: 0, unknown: 0 }])) as Record<FiveLessKey, CategoryCount>;
  for (const row of rows) {
    for (const k of FIVE_LESS_KEYS) {
      const m = row.marks[k];
      counts[k][m === true ? 'applies' : m === false ? 'notApplies' : 'unknown']++;
    }
  }
  return counts;
}

/** Sorted by the number of categories that apply; plans with no marks at all last either way; ties in document order. */
export function sortRows(rows: readonly FiveLessRow[], sort: FiveLessSort): FiveLessRow[] {
  if (sort === 'none') return [...rows];
  const sign = sort === 'descending' ? -1 : 1;
  const blank = (r: FiveLessRow) => (r.unknown === FIVE_LESS_KEYS.length ? 1 : 0);
  return [...rows].sort((a, b) => blank(a) - blank(b) || sign * (a.applies - b.applies) || a.index - b.index);
}

/** The rows a category applies to (該当 only: 未設定 is not 該当). */
export function filterRows(rows: readonly FiveLessRow[], category: FiveLessKey | undefined): FiveLessRow[] {
  return category ? rows.filter((r) => r.marks[category] === true) : [...rows];
}

/**
 * Names and definitions. A definition is the document's own (`doc.fiveLess[key].description`);
 * where the document has none, the description says so (「この文書には定義がありません」) and
 * the source is 'none': another document's wording (seed 003's 表1) is never shown as this one's.
 * The name falls back to the usual one (カウンターレス…). On an English page a definition that is
 * exactly seed 003's Japanese is shown in its English translation; other text as written.
 */
export function categoryInfo(doc: MierukaDocument, lang: Lang): Record<FiveLessKey, CategoryInfo> {
  const s = FIVE_LESS_STRINGS.in(lang);
  const out = {} as Record<FiveLessKey, CategoryInfo>;
  for (const k of FIVE_LESS_KEYS) {
    const d = doc.fiveLess?.[k];
    const name = fiveLessName(doc, k, lang);
    const own = d?.description && d.description !== fiveLess.definitions[k];
    out[k] = d?.description
      ? { name, description: own ? d.description : s.definitions[k], source: 'document' }
      : { name, description: s.noDefinition, source: 'none' };
  }
  return out;
}

/** Rows under the same headings, and the headings that start there (those that changed since the previous group). */
export interface Group {
  headings: PlanNode[];
  rows: FiveLessRow[];
}

/** Rows grouped under their ancestors, in the order given; one group when sorted (a ranking has no groups). */
export function groupRows(rows: FiveLessRow[], sort: FiveLessSort): Group[] {
  if (sort !== 'none') return [{ headings: [], rows }];
  const out: Group[] = [];
  let previous: PlanNode[] | undefined;
  for (const row of rows) {
    const g = row.groups;
    let i = 0;
    while (previous && i < g.length && i < previous.length && g[i] === previous[i]) i++;
    if (previous && i === g.length && i === previous.length) out.at(-1)!.rows.push(row);
    else out.push({ headings: g.slice(i), rows: [row] });
    previous = g;
  }
  return out;
}

export function isFiveLessKey(value: string): value is FiveLessKey {
  return (FIVE_LESS_KEYS as readonly string[]).includes(value);
}
