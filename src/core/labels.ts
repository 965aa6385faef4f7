import type { LabelledField, MierukaDocument } from '../../data-schema/index.js';

/**
 * The heading a document prints for one of its fields (schema 1.1): the item's level's own word,
 * else the document's, else undefined so that the element falls back to its catalogue's word.
 * A city that calls the summary 内容 sees 内容, never our 事業概要.
 */
export function fieldLabel(doc: MierukaDocument, level: string | undefined, field: LabelledField): string | undefined {
  const own = level === undefined ? undefined : doc.levels.find((l) => l.id === level)?.labels?.[field];
  return own ?? doc.labels?.[field];
}
