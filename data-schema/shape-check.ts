import { RULES, type RuleName } from './rules.js';

/**
 * The shape of a document as a JSON Schema subset: the keywords `z.toJSONSchema` writes for
 * this schema, the flags of a pattern, and each object's rules by name (rules.ts).
 */
export interface ShapeNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, ShapeNode>;
  required?: string[];
  items?: ShapeNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** The flags of `pattern`'s RegExp, which JSON Schema cannot carry (the URL pattern is case-blind). */
  'x-flags'?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  anyOf?: ShapeNode[];
  'x-rules'?: RuleName[];
}

export interface ShapeTable {
  root: string;
  defs: Record<string, ShapeNode>;
}

export type ShapeCheck = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// What zod accepts for each JSON type: finite numbers only, safe integers for `z.int()`.
const TYPES: Record<string, ShapeCheck> = {
  object: isObject,
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isSafeInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
};

/** Length in code points, as zod and JSON Schema measure strings: a surrogate pair is one. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const all = (checks: ShapeCheck[]): ShapeCheck => {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (v) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
};

/** True when any check passes; a loop, as `all`, so that checking allocates nothing. */
const any = (checks: ShapeCheck[]): ShapeCheck => (v) => {
  for (let i = 0; i < checks.length; i++) if (checks[i]!(v)) return true;
  return false;
};

// The checks below loop by index, not with for…of or some()/every() with a closure: on a
// 2,000-plan document those allocated about 2.5 MB of iterators and closures per check (a heap
// sampling profile of the bench's 200 gauges), garbage that raised the page's peak heap.

/**
 * Turns the table into one function, closures all the way down (no `new Function`, so it runs
 * under a strict CSP), that says whether a value has the shape zod would accept. It gives no
 * reasons: the widgets run it on every document, and only a document it refuses loads the zod
 * schema and its messages (validate.ts) to say what is wrong, in the reader's language. The two
 * must agree on every value (lengths in code points, the URL pattern case-blind, finite numbers,
 * safe integers, as zod has them): tests/schema/shape-check.test.ts holds them to it.
 */
export function compileShape(table: ShapeTable): ShapeCheck {
  const compiled = new Map<string, ShapeCheck>();
  const ref = (pointer: string): ShapeCheck => {
    const name = pointer.replace('#/$defs/', '');
    let check = compiled.get(name);
    if (!check) {
      const def = table.defs[name];
      if (!def) throw new Error(`shape table: no definition ${name}`);
      // Set before compiling, so that a recursive reference (a plan's children) finds it.
      let inner: ShapeCheck = () => false;
      compiled.set(name, (check = (v) => inner(v)));
      inner = compile(def);
    }
    return check;
  };

  const compile = (node: ShapeNode): ShapeCheck => {
    const checks: ShapeCheck[] = [];
    if (node.$ref) checks.push(ref(node.$ref));
    if (node.type !== undefined) {
      const types = (Array.isArray(node.type) ? node.type : [node.type]).map((t) => TYPES[t] ?? (() => false));
      checks.push(types.length === 1 ? types[0]! : any(types));
    }
    if (node.enum) {
      const values = node.enum;
      checks.push((v) => values.includes(v));
    }
    if (node.properties || node.required) {
      const required = new Set(node.required);
      const fields = Object.entries(node.properties ?? {}).map(([key, n]) => ({ key, check: compile(n), required: required.delete(key) }));
      const others = [...required];
      checks.push((v) => {
        if (!isObject(v)) return true;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!;
          const x = v[f.key];
          if (x === undefined ? f.required : !f.check(x)) return false;
        }
        for (let i = 0; i < others.length; i++) if (v[others[i]!] === undefined) return false;
        return true;
      });
    }
    if (node.items || node.minItems !== undefined || node.maxItems !== undefined) {
      const item = node.items ? compile(node.items) : undefined;
      const min = node.minItems ?? 0;
      const max = node.maxItems ?? Infinity;
      checks.push((v) => {
        if (!Array.isArray(v)) return true;
        if (v.length < min || v.length > max) return false;
        if (item) for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      });
    }
    if (node.minLength !== undefined || node.maxLength !== undefined || node.pattern !== undefined) {
      const min = node.minLength ?? 0;
      const max = node.maxLength ?? Infinity;
      const pattern = node.pattern === undefined ? undefined : new RegExp(node.pattern, node['x-flags']);
      checks.push((v) => {
        if (typeof v !== 'string') return true;
        // Counting code points is only needed where a pair of units could tip the balance (as zod does it).
        const length = v.length > max || v.length < 2 * min ? codePoints(v) : v.length;
        return length >= min && length <= max && (!pattern || pattern.test(v));
      });
    }
    if (node.minimum !== undefined || node.maximum !== undefined) {
      const min = node.minimum ?? -Infinity;
      const max = node.maximum ?? Infinity;
      checks.push((v) => typeof v !== 'number' || (v >= min && v <= max));
    }
    if (node.anyOf) {
      checks.push(any(node.anyOf.map(compile)));
    }
    // Last, as zod runs an object's refinements only once its fields are right.
    if (node['x-rules']) {
      const tests = all(node['x-rules'].map((name) => RULES[name].test as ShapeCheck));
      checks.push((v) => !isObject(v) || tests(v));
    }
    return all(checks);
  };

  return ref(table.root);
}
