import * as z from 'zod/mini';
import { MierukaDocument } from './document.js';
import { RULES, type RuleName } from './rules.js';
import type { ShapeNode, ShapeTable } from './shape-check.js';

const KEYWORDS = new Set(['$ref', 'type', 'properties', 'required', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'enum', 'minimum', 'maximum', 'anyOf', 'x-flags', 'x-rules']);
const ANNOTATIONS = new Set(['description', 'title', 'examples', 'id']);
const RULE_BY_TEST = new Map<unknown, RuleName>(Object.entries(RULES).map(([name, r]) => [r.test, name as RuleName]));

/** Keeps the validation keywords; throws on any other, so that a new zod feature cannot be skipped unnoticed. */
function prune(node: Record<string, unknown>, at: string): ShapeNode {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!KEYWORDS.has(key)) throw new Error(`shape table: ${at} has "${key}", which shape-check.ts does not know`);
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Record<string, Record<string, unknown>>).map(([k, v]) => [k, prune(v, `${at}/${k}`)]));
    else if (key === 'items') out[key] = prune(value as Record<string, unknown>, `${at}/items`);
    else if (key === 'anyOf') out[key] = (value as Record<string, unknown>[]).map((v, i) => prune(v, `${at}/anyOf/${i}`));
    else out[key] = value;
  }
  return out as ShapeNode;
}

/**
 * The table the widgets' shape check (shape-check.ts) reads, generated from the zod schema at
 * build time (`npm run schema`): the types, lengths, patterns and ranges as JSON Schema says
 * them, and each object's refinements by their name in rules.ts. The cross-reference rules are
 * not in it: both ways run references.ts on the whole document.
 */
export function buildShapeTable(): ShapeTable {
  const generated = z.toJSONSchema(MierukaDocument, {
    target: 'draft-2020-12',
    io: 'input',
    override: (ctx) => {
      const checks = (ctx.zodSchema._zod.def as { checks?: { _zod: { def: { check: string; fn?: unknown; pattern?: RegExp } } }[] }).checks ?? [];
      const rules: RuleName[] = [];
      const json = ctx.jsonSchema as Record<string, unknown>;
      for (const check of checks) {
        const def = check._zod.def;
        if (def.pattern?.flags) json['x-flags'] = def.pattern.flags;
        if (def.check !== 'custom') continue;
        const name = RULE_BY_TEST.get(def.fn);
        if (name) rules.push(name);
        // The document's own check is checkReferences, which the shape check runs itself.
        else if (ctx.zodSchema !== MierukaDocument) throw new Error('shape table: a zod refinement that is not in rules.ts');
      }
      if (rules.length) json['x-rules'] = rules;
    },
  }) as { $ref?: string; $defs: Record<string, Record<string, unknown>> };
  const root = generated.$ref?.replace('#/$defs/', '');
  if (!root) throw new Error('shape table: the schema has no root $ref');
  return { root, defs: Object.fromEntries(Object.entries(generated.$defs).map(([k, v]) => [k, prune(v, k)])) };
}
