import * as z from 'zod/mini';
import { describe } from './describe.js';
import { Id, Title } from './primitives.js';

/** Where in a source a node, or (since 1.1) an assessment, comes from. */
export const SourceRef = z
  .object({
    source: Id.check(describe('sources の id', 'Id of an entry in sources')),
    page: z.optional(Title).check(describe('ページ', 'Page')),
    table: z.optional(Title).check(describe('表（【表2】など印字どおり）。1.1 から', 'Table as printed (e.g. 【表2】). Since 1.1')),
    line: z.optional(Title).check(describe('行・欄（No.12 など）。1.1 から', 'Row or line (e.g. No.12). Since 1.1')),
  })
  .register(z.globalRegistry, { id: 'SourceRef', description: '出典の参照。\n\nA reference to a source.' });

export type SourceRef = z.output<typeof SourceRef>;
