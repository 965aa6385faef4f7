import type * as z from 'zod/mini';

import { editDistance } from './edit-distance.js';

type AnySchema = z.core.$ZodType;

export function closestKey(key: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const k of known) {
    // A key more than 3 characters longer or shorter cannot be within 3 edits: skip the
    // quadratic table (a hostile 10 MB key must not freeze the page).
    if (Math.abs(k.length - key.length) > 3) continue;
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  // Close enough to be a typo: at most a third of the key's length, and never more than 3 edits.
  return best !== undefined && bestDistance <= Math.min(3, Math.max(1, Math.floor(key.length / 3))) ? best : undefined;
}

export interface UnknownKey { path: (string | number)[]; key: string; suggestion?: string | undefined }

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: AnySchema; getter?: () => AnySchema };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) s = def.innerType;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else return s;
  }
}

/**
 * Walks an input beside its schema and lists the object keys the schema does not know.
 * zod strips them silently; we keep the document valid (a newer minor version may add
 * fields) but tell the editor, with the closest known key.
 */
export function findUnknownKeys(schema: AnySchema, input: unknown): UnknownKey[] {
  // Paths are kept as parent links and spelt out only for the rare unknown key: building an
  // array per visited value made this walk cost more than the validation itself.
  type Link = { parent: Link | undefined; key: string | number } | undefined;
  const spell = (link: Link, key: string): (string | number)[] => {
    const path: (string | number)[] = [key];
    for (let l = link; l; l = l.parent) path.unshift(l.key);
    return path;
  };
  const found: UnknownKey[] = [];
  const stack: [AnySchema, unknown, Link][] = [[schema, input, undefined]];
  while (stack.length) {
    const [raw, value, link] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const s = unwrap(raw);
    const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && def.shape && !Array.isArray(value)) {
      const shape = def.shape;
      for (const key of Object.keys(value)) {
        if (Object.prototype.hasOwnProperty.call(shape, key)) stack.push([shape[key]!, (value as Record<string, unknown>)[key], { parent: link, key }]);
        else if (!key.startsWith('x-')) found.push({ path: spell(link, key), key, suggestion: closestKey(key, Object.keys(shape)) });
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([def.element, value[i], { parent: link, key: i }]);
    }
  }
  return found.sort((a, b) => comparePaths(a.path, b.path));
}

function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
