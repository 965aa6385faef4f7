/**
 * The rules inside one object that a JSON type cannot say (an end before its start, a target
 * with neither number nor words, a grade without its scale). Plain predicates with no zod, so
 * that the zod schema (CLI, data-check page, messages) and the shape check the widgets run
 * (shape-check.ts) apply the very same function: the generated shape table names a rule by its
 * key here, and the zod check is built from the same entry.
 */
interface Rule<T> {
  /** The problem code, as validate.ts turns it into a message. */
  readonly code: string;
  /** Where the problem is reported, below the object. */
  readonly path: readonly string[];
  readonly test: (value: T) => boolean;
}

type Grade = { value?: string | undefined; scale?: string | undefined };

export const RULES = {
  periodOrder: {
    code: 'period-order',
    path: ['end'],
    // Also for an action-plan cell, whose end may be left out (one year).
    test: (p: { start: number; end?: number | undefined }) => p.end == null || p.end >= p.start,
  },
  targetEmpty: {
    code: 'target-empty',
    path: [],
    test: (t: { value?: number | null | undefined; text?: string | undefined }) => t.value != null || (t.text != null && t.text.length > 0),
  },
  gradeNeedsScale: {
    code: 'grade-needs-scale',
    path: ['scale'],
    test: (a: Grade) => a.value == null || a.scale != null,
  },
  gradesNeedScale: {
    code: 'grade-needs-scale',
    path: ['grades'],
    test: (a: Grade & { grades?: Grade[] | undefined }) => (a.grades ?? []).every((g) => g.scale != null || a.scale != null),
  },
} as const satisfies Record<string, Rule<never>>;

export type RuleName = keyof typeof RULES;
