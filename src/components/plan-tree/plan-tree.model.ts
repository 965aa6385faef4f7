import type { DepartmentRef, Level, MierukaDocument, PlanNode, Status } from '../../../data-schema/index.js';
import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/five-less.js';
import { scaleLevel, scaleName } from '../../core/lookups.js';
import { latestGrades } from '../../core/progress.js';
import { countedLevel as countedLevelIn } from '../../core/document-query.js';

/**
 * The plan tree as flat, precomputed arrays: everything the element does per key press or
 * per keystroke in the search field works on these, never on the nested document, so that a
 * 10,000-plan tree stays within a frame. Pure functions, no DOM (like a geometry module).
 */

/** One node of the tree in scope, in document (pre-)order. */
export interface TreeItem {
  node: PlanNode;
  /** Index of the parent item, -1 for the rows at the top. */
  parent: number;
  /** 0 for the rows at the top (aria-level is depth + 1). */
  depth: number;
  /** Indices of the children, in order. */
  children: number[];
  /** Nodes of the counted level below this one (see countedLevel). */
  count: number;
  /** Of `count`, how many are re-listed items (relistOf). */
  relisted: number;
  /** True when this node itself is counted. */
  counted: boolean;
  /** Title, number and departments, normalised for matching (see fold); computed on first search. */
  key?: string;
  /** The title alone, normalised, for type-ahead; computed on first use. */
  titleKey?: string;
  /** Department names as printed (searched). */
  departments: string[];
  /** The departments it belongs to or is graded by, keyed by registry id where the document gives one (else the printed name). */
  departmentKeys: string[];
  /** SDGs goal numbers (1–17) of its goals and targets. */
  goals: number[];
  /** 5レス keys marked as applying. */
  fiveLess: FiveLessKey[];
  /**
   * The latest grade on each scale from each grader (core `latestGrades`): one for an item graded
   * as a whole, one per department for an item each department grades (never only the last one).
   */
  grades: ItemGrade[];
}

/** The grade filter's choices on one scale. */
export interface GradeChoices {
  scale: string;
  name: string;
  options: { key: string; value: string; label?: string | undefined; status: Status }[];
}

/** The filter's key for a grade on a scale. */
export const gradeKey = (scale: string, value: string): string => `${scale}\u0001${value}`;

/** One grade of a tree item, in the document's words. */
export interface ItemGrade {
  /** The scale's id ('' when the assessment names none) and its printed name (達成度, 進捗状況 …). */
  scale: string;
  scaleName: string;
  value: string;
  label?: string | undefined;
  /** The status the scale gives the level; 'unknown' when it gives none (shown as printed). */
  status: Status;
  /** The departments that gave it, as the document names them; empty for the item as a whole. */
  by: DepartmentRef[];
}

export interface LevelCount {
  id: string;
  name: string;
  count: number;
}

export interface TreeModel {
  doc: MierukaDocument;
  /** The node given by `node`, when the tree shows one subtree. */
  root: PlanNode | undefined;
  items: TreeItem[];
  /** Indices of the rows at the top. */
  roots: number[];
  byId: Map<string, number>;
  levels: Map<string, Level>;
  /** The level whose nodes are counted ("計 19計画"); undefined for an empty tree. */
  countedLevel: Level | undefined;
  /** Counted nodes in scope (合計), and how many of them are re-listed. */
  total: number;
  totalRelisted: number;
  /** Nodes per level, in the document's level order. */
  perLevel: LevelCount[];
  /**
   * Filter choices present in scope, in order of first appearance (goals ascending). A department
   * is one entry per registry id (`departments[].id` → the document's `departments`, whose name is
   * shown), so two printed spellings of one department are one entry; without an id, its name.
   */
  departments: { key: string; name: string }[];
  /** The grades in scope on each scale, in the scale's own order and words (unlisted grades last). */
  grades: GradeChoices[];
  goals: number[];
  fiveLess: FiveLessKey[];
  statuses: Status[];
}

/** Full-width and half-width alike, case folded: ＡＢＣ, abc and ABC match; ｶﾞ matches ガ. */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** The words of a search, folded; empty words dropped (full-width spaces separate too). */
export const searchTerms = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * Which level is counted, per parent and in all ("計 19計画 … 合計 57計画"):
 * 1. the top-most level that has a `counter` word (実施計画 with 計画 in the reform plans,
 *    事業 in the reports);
 * 2. without any counter, the deepest level that occurs in scope (the leaves' level in a
 *    regular tree).
 * A node is counted when it is on that level and no ancestor is counted, so sub-projects
 * below plans are never counted, nor a plan listed below another plan. Re-listed items
 * (再掲, `relistOf`) are counted where they are printed and reported apart ("うち再掲 2"):
 * some documents number them anew (the collaboration report's 99 projects), others repeat
 * the original number (the digital city hall's 80 projects plus 2 re-listed).
 */

/** Builds the flat model of a document, or of the subtree of `root`. */
/** One shared empty list for the many items with nothing in a field (never written: items are read only). */
const NONE: never[] = [];

/** The keys (id, else name) of an item's departments and of those that graded it, each once. */
function departmentKeysOf(refs: readonly DepartmentRef[] | undefined, grades: readonly ItemGrade[]): string[] {
  if (!grades.length) {
    if (!refs?.length) return NONE;
    if (refs.length === 1) return [refs[0]!.id ?? refs[0]!.name];
  }
  return [...new Set([...(refs ?? []), ...grades.flatMap((g) => g.by)].map((d) => d.id ?? d.name))];
}

export function buildModel(doc: MierukaDocument, root?: PlanNode): TreeModel {
  const items: TreeItem[] = [];
  const roots: number[] = [];
  const byId = new Map<string, number>();
  const present = new Set<string>();
  // Pre-order walk with an explicit stack (a 10,000-plan document must not hit recursion limits).
  const stack: { node: PlanNode; parent: number; depth: number }[] = (root ? [root] : doc.nodes)
    .map((node) => ({ node, parent: -1, depth: 0 }))
    .reverse();
  while (stack.length) {
    const { node, parent, depth } = stack.pop()!;
    const index = items.length;
    const refs = node.departments;
    const departments = refs?.length ? refs.map((d) => d.name) : NONE;
    // Codes are validated ("11.7", "17"): the goal is the number before the dot.
    const goals = !node.sdgs?.length ? NONE : node.sdgs.length === 1 ? [parseInt(node.sdgs[0]!, 10)] : [...new Set(node.sdgs.map((c) => parseInt(c, 10)))].sort((a, b) => a - b);
    const grades: ItemGrade[] = node.assessments?.length
      ? latestGrades(node, doc).map((a) => {
          const level = scaleLevel(doc, a.scale, a.value!);
          return { scale: a.scale ?? '', scaleName: scaleName(doc, a.scale) ?? '', value: a.value!, label: level?.label, status: level?.status ?? 'unknown', by: a.departments ?? [] };
        })
      : NONE;
    const departmentKeys = departmentKeysOf(refs, grades);
    items.push({
      node,
      parent,
      depth,
      children: [],
      count: 0,
      relisted: 0,
      counted: false,
      departments,
      departmentKeys,
      goals,
      fiveLess: node.fiveLess ? FIVE_LESS_KEYS.filter((k) => node.fiveLess?.[k] === true) : NONE,
      grades,
    });
    byId.set(node.id, index);
    present.add(node.level);
    if (parent >= 0) items[parent]!.children.push(index);
    else roots.push(index);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: index, depth: depth + 1 });
  }

  const countedLevel = countedLevelIn(doc.levels, present);
  // Counted: on the counted level with no counted ancestor (parents come before children).
  const under = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const above = item.parent >= 0 && (under[item.parent] === 1 || items[item.parent]!.counted);
    under[i] = above ? 1 : 0;
    item.counted = !above && item.node.level === countedLevel?.id;
  }
  // Subtotals bottom-up (children come after parents, so walk backwards).
  let total = 0;
  let totalRelisted = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const self = item.counted ? 1 : 0;
    const relisted = item.counted && item.node.relistOf ? 1 : 0;
    if (item.parent >= 0) {
      items[item.parent]!.count += item.count + self;
      items[item.parent]!.relisted += item.relisted + relisted;
    } else {
      total += item.count + self;
      totalRelisted += item.relisted + relisted;
    }
  }

  const levelCounts = new Map<string, number>();
  const departments = new Map<string, string>();
  // The first entry of an id, as Array.find gave it.
  const departmentNames = new Map<string, string>();
  for (const d of doc.departments ?? []) if (!departmentNames.has(d.id)) departmentNames.set(d.id, d.name);
  const name = (d: DepartmentRef) => {
    const key = d.id ?? d.name;
    if (!departments.has(key)) departments.set(key, (d.id && departmentNames.get(d.id)) || d.name);
  };
  const graded = new Map<string, Map<string, ItemGrade>>();
  const goals = new Set<number>();
  const fiveLess = new Set<FiveLessKey>();
  const statuses = new Set<Status>();
  for (const item of items) {
    levelCounts.set(item.node.level, (levelCounts.get(item.node.level) ?? 0) + 1);
    item.node.departments?.forEach(name);
    for (const g of item.grades) g.by.forEach(name);
    for (const g of item.grades) {
      if (!graded.has(g.scale)) graded.set(g.scale, new Map());
      graded.get(g.scale)!.set(g.value, g);
    }
    item.goals.forEach((g) => goals.add(g));
    item.fiveLess.forEach((k) => fiveLess.add(k));
    item.grades.forEach((g) => statuses.add(g.status));
  }
  const levels = new Map(doc.levels.map((l) => [l.id, l]));
  const perLevel: LevelCount[] = [...levelCounts]
    // A level the source leaves unnamed (schema 1.1) is not counted under a name we would invent.
    .flatMap(([id, count]) => {
      const name = levels.get(id)?.name;
      return name ? [{ id, name, count }] : [];
    })
    .sort((a, b) => order(doc.levels, a.id) - order(doc.levels, b.id));
  return {
    doc,
    root,
    items,
    roots,
    byId,
    levels,
    countedLevel,
    total,
    totalRelisted,
    perLevel,
    departments: [...departments].map(([key, name]) => ({ key, name })),
    grades: gradeChoices(doc, graded),
    goals: [...goals].sort((a, b) => a - b),
    fiveLess: FIVE_LESS_KEYS.filter((k) => fiveLess.has(k)),
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
  };
}

const order = (levels: readonly Level[], id: string) => {
  const i = levels.findIndex((l) => l.id === id);
  return i < 0 ? levels.length : i;
};

/** Per scale (document order of first use), the grades present, in the scale's level order, unlisted ones after. */
function gradeChoices(doc: MierukaDocument, graded: Map<string, Map<string, ItemGrade>>): GradeChoices[] {
  return [...graded].map(([scale, present]) => {
    const levels = doc.scales?.find((x) => x.id === scale)?.levels ?? [];
    const rank = (v: string) => {
      const i = levels.findIndex((l) => l.value === v);
      return i < 0 ? levels.length : i;
    };
    const options = [...present.values()]
      .sort((a, b) => rank(a.value) - rank(b.value))
      .map((g) => ({ key: gradeKey(scale, g.value), value: g.value, label: g.label, status: g.status }));
    return { scale, name: present.values().next().value!.scaleName, options };
  });
}

const STATUS_ORDER: Status[] = ['achieved', 'onTrack', 'done', 'flat', 'behind', 'offTrack', 'notApplicable', 'unknown'];

/** Open state for an initial depth: nodes above `depth` are open (0 = only the top rows show). */
export function initialOpen(model: TreeModel, depth: number): Uint8Array {
  const open = new Uint8Array(model.items.length);
  model.items.forEach((item, i) => {
    if (item.depth < depth && item.children.length) open[i] = 1;
  });
  return open;
}

/** A visible row: which item, and its place among the siblings shown. */
export interface Row {
  /** Index into model.items. */
  i: number;
  /** aria-level (1 at the top). */
  level: number;
  /** aria-posinset and aria-setsize among the siblings shown. */
  pos: number;
  size: number;
}

/**
 * The rows shown, top to bottom: open nodes show their children. With a filter (`keep`:
 * 1 = matches, 2 = kept as the ancestor of a match), nodes kept as ancestors show only their
 * kept children, while a matching node shows all its children when opened, so the context of a
 * match can be explored. Cost: the rows shown and their siblings, never the whole tree.
 */
export function visibleRows(model: TreeModel, open: Uint8Array, keep?: Uint8Array): Row[] {
  const rows: Row[] = [];
  const walk = (list: number[], level: number, filtered: boolean): void => {
    const shown = filtered && keep ? list.filter((i) => keep[i]) : list;
    shown.forEach((i, k) => {
      rows.push({ i, level, pos: k + 1, size: shown.length });
      const item = model.items[i]!;
      if (open[i] && item.children.length) walk(item.children, level + 1, filtered && keep?.[i] !== 1);
    });
  };
  walk(model.roots, 1, keep !== undefined);
  return rows;
}

/** What a reader filters by; empty fields do not filter. */
export interface Criteria {
  query?: string | undefined;
  department?: string | undefined;
  goal?: number | undefined;
  fiveLess?: FiveLessKey | '' | undefined;
  status?: Status | '' | undefined;
  /** A grade on a scale (gradeKey): the items whose latest grade from some grader is it. */
  grade?: string | undefined;
}

export const isFiltering = (c: Criteria): boolean =>
  searchTerms(c.query ?? '').length > 0 || Boolean(c.department) || c.goal != null || Boolean(c.fiveLess) || Boolean(c.status) || Boolean(c.grade);

/**
 * Marks the items that match every criterion (1) and their ancestors (2). Every word of the
 * query must occur in the number, title or a department name. Returns undefined when nothing
 * filters. One pass over the precomputed keys.
 */
export function filterItems(model: TreeModel, criteria: Criteria): { keep: Uint8Array; matches: number } | undefined {
  if (!isFiltering(criteria)) return undefined;
  const terms = searchTerms(criteria.query ?? '');
  const keep = new Uint8Array(model.items.length);
  let matches = 0;
  model.items.forEach((item, i) => {
    if (terms.length) {
      const key = (item.key ??= fold([item.node.number ?? '', item.node.title, ...item.departments].join('\n')));
      if (terms.some((t) => !key.includes(t))) return;
    }
    if (criteria.department && !item.departmentKeys.includes(criteria.department)) return;
    if (criteria.goal != null && !item.goals.includes(criteria.goal)) return;
    if (criteria.fiveLess && !item.fiveLess.includes(criteria.fiveLess)) return;
    if (criteria.status && !item.grades.some((g) => g.status === criteria.status)) return;
    if (criteria.grade && !item.grades.some((g) => gradeKey(g.scale, g.value) === criteria.grade)) return;
    keep[i] = 1;
    matches++;
    // Parents come first, so an ancestor already kept has its own ancestors kept too.
    for (let p = item.parent; p >= 0 && !keep[p]; p = model.items[p]!.parent) keep[p] = 2;
  });
  return { keep, matches };
}

/** Under a filter, the ancestors of matches are open and the matches closed. */
export function filterOpen(keep: Uint8Array): Uint8Array {
  return keep.map((k) => (k === 2 ? 1 : 0));
}

/**
 * Type-ahead: the next row after `from` (wrapping) whose title starts with `typed`, folded;
 * -1 when none.
 */
export function typeAhead(model: TreeModel, rows: readonly Row[], from: number, typed: string): number {
  const prefix = fold(typed);
  for (let k = 1; k <= rows.length; k++) {
    const r = (from + k) % rows.length;
    const item = model.items[rows[r]!.i]!;
    if ((item.titleKey ??= fold(item.node.title)).startsWith(prefix)) return r;
  }
  return -1;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits text into pieces, marking those that match a search word (folded as in `fold`):
 * each grapheme is folded on its own, so a match maps back to the characters as printed
 * (ＤＸ highlighted when searching dx).
 */
export function highlight(text: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  if (!terms.length) return [{ text, mark: false }];
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const f = fold(segment);
    for (let k = 0; k < f.length; k++) {
      from.push(index);
      to.push(index + segment.length);
    }
    folded += f;
  }
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      marked.fill(1, from[at], to[at + term.length - 1]);
    }
  }
  const pieces: { text: string; mark: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      pieces.push({ text: text.slice(start, i), mark: marked[start] === 1 });
      start = i;
    }
  }
  return pieces.length ? pieces : [{ text, mark: false }];
}
