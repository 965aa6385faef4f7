import { isSdgTarget, sdgGoalOf } from '../../../data-schema/sdgs.js';
import type { MierukaDocument, PlanNode } from '../../../data-schema/index.js';
import { countedLevel, nodesInScope, subtree } from '../../core/document-query.js';
import type { CodeAttribute } from '../../translations/translation.js';

/**
 * What the badges show, worked out without the DOM: codes read from attributes, or the
 * goals and targets gathered from a node's subtree with counts. What a valid code is comes
 * from data-schema/sdgs.ts, the one definition shared with the schema.
 */

/** A node of the counted level that lists a goal, with the codes of that goal it (or its subtree) lists. */
export interface GoalNode {
  node: PlanNode;
  codes: string[];
}

export interface GoalBadge {
  /** 1 … 17. */
  goal: number;
  /** The goal itself is listed ("17"), not only some of its targets. */
  listed: boolean;
  /** Its targets, in the UN's order (11.1 … 11.7, then 11.a, 11.b). */
  targets: string[];
  /** How many nodes of the counted level list the goal or one of its targets (data only). */
  count?: number | undefined;
  /** Those nodes, in document order (data only). */
  nodes?: GoalNode[] | undefined;
}

/** Which nodes the counts count. */
export interface Counted {
  /** The level's name as the document gives it (実施計画, 事業); undefined when leaves of mixed levels were counted. */
  levelName: string | undefined;
  /** The level's counter word (計画 in 19計画), when the document gives one. */
  counter: string | undefined;
  /** How many such nodes the scope holds. */
  total: number;
  /** True when no level has a counter and the leaves were counted. */
  leaves: boolean;
}

export interface Gathered {
  goals: GoalBadge[];
  /** Present when counts were made (more than one countable node in scope). */
  counted?: Counted | undefined;
}

/** Where SDGs codes were given as attributes. */
export type { CodeAttribute };

/** Separators a CMS editor may type between codes: spaces, commas, slashes (as the plan sheets print "3.4/11.7"), 、 and ・. */
const SEPARATORS = /[\s,、，/／・;；]+/;

/**
 * Reads the codes of a `targets` or `goals` attribute. Full-width digits and dots (typed
 * with a Japanese IME) and upper-case letters are accepted and normalised; `goals` takes
 * goal numbers only. Returns the valid codes (normalised, without repeats) and the invalid
 * tokens as typed.
 */
export function parseCodes(text: string | null | undefined, attribute: CodeAttribute): { codes: string[]; invalid: string[] } {
  const codes = new Set<string>();
  const invalid = new Set<string>();
  for (const token of (text ?? '').split(SEPARATORS)) {
    if (!token) continue;
    const code = token.normalize('NFKC').toLowerCase();
    const ok = sdgGoalOf(code) !== undefined && (attribute === 'targets' || !isSdgTarget(code));
    (ok ? codes : invalid).add(ok ? code : token);
  }
  return { codes: [...codes], invalid: [...invalid] };
}

/** Sort key of the part after the dot: numeric targets first, then lettered (means of implementation). */
const targetKey = (code: string): number => {
  const part = code.slice(code.indexOf('.') + 1);
  return /^\d+$/.test(part) ? Number(part) : 100 + part.charCodeAt(0);
};

export const compareCodes = (a: string, b: string): number =>
  sdgGoalOf(a)! - sdgGoalOf(b)! || (isSdgTarget(a) ? targetKey(a) : 0) - (isSdgTarget(b) ? targetKey(b) : 0);

/** Groups valid codes by goal, goals in order, targets in the UN's order. Invalid codes are skipped. */
export function badgesOf(codes: Iterable<string>): GoalBadge[] {
  const byGoal = new Map<number, GoalBadge>();
  for (const code of new Set(codes)) {
    const goal = sdgGoalOf(code);
    if (goal === undefined) continue;
    let badge = byGoal.get(goal);
    if (!badge) byGoal.set(goal, (badge = { goal, listed: false, targets: [] }));
    if (isSdgTarget(code)) badge.targets.push(code);
    else badge.listed = true;
  }
  const badges = [...byGoal.values()].sort((a, b) => a.goal - b.goal);
  for (const badge of badges) badge.targets.sort(compareCodes);
  return badges;
}

const codesOf = (nodes: readonly PlanNode[]): string[] => nodes.flatMap((n) => n.sdgs ?? []);

/**
 * The goals and targets of `node` and its subtree (or of the whole document), with counts:
 * how many nodes of the counted level (core countedLevel: the first level with a `counter`, else the deepest) —
 * list the goal or one of its targets, themselves or in their subtree. Counts are made only
 * when the scope holds more than one such node (one plan's own badges need no "1計画").
 */
export function gatherDocument(doc: MierukaDocument, node?: PlanNode): Gathered {
  const scope = nodesInScope(doc, node);
  const goals = badgesOf(codesOf(scope));
  const level = countedLevel(doc.levels, new Set(scope.map((n) => n.level)));
  const counted = level ? scope.filter((n) => n.level === level.id) : [];
  if (counted.length < 2 || !goals.length) return { goals };

  const byGoal = new Map(goals.map((g) => [g.goal, g]));
  for (const n of counted) {
    const codes = codesOf(n.children?.length ? subtree(n) : [n]);
    for (const badge of badgesOf(codes)) {
      const entry = byGoal.get(badge.goal)!;
      entry.count = (entry.count ?? 0) + 1;
      (entry.nodes ??= []).push({ node: n, codes: [...(badge.listed ? [String(badge.goal)] : []), ...badge.targets] });
    }
  }
  return { goals, counted: { levelName: level?.name, counter: level?.counter, total: counted.length, leaves: !level?.counter } };
}
