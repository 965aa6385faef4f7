import type { MierukaDocument } from './document.js';
import { isTooDeep } from './depth.js';
import { checkReferences } from './references.js';
import { compileShape } from './shape-check.js';
import { DOCUMENT_SHAPE } from './document-shape.js';

const documentShape = compileShape(DOCUMENT_SHAPE);

/**
 * True when zod's schema (validate.ts) would accept the value: the same depth limit, types,
 * lengths, patterns and rules, and the same cross-references — without zod or a single
 * message in the page. The widgets run this on every document; only one it refuses loads the
 * full validator to say what is wrong (src/core/failures.ts).
 */
export function hasDocumentShape(input: unknown): input is MierukaDocument {
  if (isTooDeep(input) || !documentShape(input)) return false;
  let clean = true;
  checkReferences(input as Parameters<typeof checkReferences>[0], {
    addIssue: () => {
      clean = false;
    },
  } as unknown as Parameters<typeof checkReferences>[1]);
  return clean;
}
