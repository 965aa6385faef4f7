import type { MierukaDocument } from './document.js';
import { nodesTooDeep } from './depth.js';
import { checkReferences } from './references.js';
import { compileShape } from './shape-check.js';
import { DOCUMENT_SHAPE } from './document-shape.js';

const documentShape = compileShape(DOCUMENT_SHAPE);

/**
 * True when zod's schema (validate.ts) would accept the value: the same types, lengths,
 * patterns and rules, and the same cross-references — without zod or a single message in the
 * page. The widgets run this on every document; only one it refuses loads the full validator to
 * say what is wrong (src/core/failures.ts).
 *
 * One difference, on purpose: depth is counted along the plan tree (the one place the schema
 * nests without end), not through every value. validate.ts also refuses a document nested
 * deeper than 192 inside a key of its own (x-…); the widgets never walk or read such a key, and
 * walking every value of a 10,000-plan document cost as much as a third of this check.
 */
export function hasDocumentShape(input: unknown): input is MierukaDocument {
  if (nodesTooDeep(input) || !documentShape(input)) return false;
  let clean = true;
  checkReferences(input as Parameters<typeof checkReferences>[0], () => {
    clean = false;
  });
  return clean;
}
