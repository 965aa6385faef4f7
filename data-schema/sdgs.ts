/**
 * The SDGs targets per goal as the UN numbers them: numeric targets 1..n, then
 * means-of-implementation targets a..x. 169 targets in all. The schema validates codes
 * against this table rather than a loose pattern so that "11.z" or "17.20" is caught.
 */
export const SDG_TARGET_COUNTS: Readonly<Record<number, readonly [numeric: number, lettered: number]>> = {
  1: [5, 2], 2: [5, 3], 3: [9, 4], 4: [7, 3], 5: [6, 3], 6: [6, 2], 7: [3, 2], 8: [10, 2],
  9: [5, 3], 10: [7, 3], 11: [7, 3], 12: [8, 3], 13: [3, 2], 14: [7, 3], 15: [9, 3],
  16: [10, 2], 17: [19, 0],
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function targetAlternatives(numeric: number, lettered: number): string {
  const numbers = Array.from({ length: numeric }, (_, i) => String(i + 1));
  const letters = LETTERS.slice(0, lettered);
  // Longest numbers first so that "10" is not read as "1" followed by garbage.
  const alternation = numbers.sort((a, b) => b.length - a.length || Number(a) - Number(b)).join('|');
  return letters ? `(?:${alternation}|[${letters}])` : `(?:${alternation})`;
}

/** One regular expression, shared by zod and the generated JSON Schema: "11", "11.7", "11.b", "17.17". */
export const SDGS_CODE_PATTERN = new RegExp(
  '^(?:' +
    Object.entries(SDG_TARGET_COUNTS)
      .sort(([a], [b]) => Number(b) - Number(a))
      .map(([goal, [numeric, lettered]]) => `${goal}(?:\\.${targetAlternatives(numeric, lettered)})?`)
      .join('|') +
    ')$',
);

/** The goal number of a code: "11.7" → 11, "17" → 17. Returns undefined for an invalid code. */
export function sdgGoalOf(code: string): number | undefined {
  if (!SDGS_CODE_PATTERN.test(code)) return undefined;
  return Number(code.split('.')[0]);
}

/** True when the code names a target (11.7) rather than a whole goal (11). */
export const isSdgTarget = (code: string): boolean => SDGS_CODE_PATTERN.test(code) && code.includes('.');
