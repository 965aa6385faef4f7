/** Documents nested deeper than this are refused before parsing: real plans have 3–5 levels. */
export const MAX_DEPTH = 64;

/**
 * True when objects and arrays nest deeper than `max`. Recursive, but never more than `max + 1`
 * calls deep: it stops as soon as the limit is passed, so a hostile document nested thousands
 * deep (or a cyclic object) cannot overflow the stack. for…in with an own-key check, not
 * Object.values or a stack of [value, depth] pairs: this runs on every document before zod, and
 * those allocations made it cost as much as a fifth of validating a 10,000-plan document.
 */
function tooDeep(value: object, depth: number, max: number): boolean {
  if (depth > max) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child !== null && typeof child === 'object' && tooDeep(child, depth + 1, max)) return true;
    }
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && tooDeep(child, depth + 1, max)) return true;
  }
  return false;
}

const NO_NODES: unknown[] = [];

/** True when `nodes` → `children` nest more than `max` node levels (the documented limit), counted without recursion. */
export function nodesTooDeep(input: unknown, max: number = MAX_DEPTH): boolean {
  const listAt = (value: unknown, key: 'nodes' | 'children'): unknown[] => {
    const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) ? list : NO_NODES;
  };
  // Whole child lists on the stack, each with its level: no pair allocated per node.
  const stack: [unknown[], number][] = [[listAt(input, 'nodes'), 1]];
  while (stack.length) {
    const [list, level] = stack.pop()!;
    if (list.length && level > max) return true;
    for (const node of list) {
      const children = listAt(node, 'children');
      if (children.length) stack.push([children, level + 1]);
    }
  }
  return false;
}

/** True when a value nests deeper than a document may: checked before any validation, so that a hostile document cannot overflow the stack. */
export function isTooDeep(input: unknown): boolean {
  // Each node level adds about three levels of JSON (children array, node, indicators …).
  return (input !== null && typeof input === 'object' && tooDeep(input, 0, MAX_DEPTH * 3)) || nodesTooDeep(input, MAX_DEPTH);
}
