import { coreStrings } from './i18n.js';
import { FIVE_LESS_NAMES, type FiveLessKey } from '../../data-schema/five-less.js';
import type { Lang, LabelledField, MierukaDocument, PlanNode, ScaleLevel } from '../../data-schema/index.js';

/**
 * The small lookups every element makes in a document, each in one place: a scale's level by
 * value, a scale's and a level's name, a node's "level + number + title", a 5レス category's
 * name, the marker of a numbered note, and the heading a document prints for a field.
 */

/** The level of a scale the document defines, by scale id and value. */
export function scaleLevel(doc: MierukaDocument | undefined, scale: string | undefined, value: string | undefined): ScaleLevel | undefined {
  if (scale == null || value == null) return undefined;
  return doc?.scales?.find((s) => s.id === scale)?.levels.find((l) => l.value === value);
}

/** The first scale the document defines that has a level of this value (for a grade given without its scale). */
export const scaleOfGrade = (doc: MierukaDocument | undefined, value: string): string | undefined =>
  doc?.scales?.find((s) => s.levels.some((l) => l.value === value))?.id;

/** The name of a scale the document defines (進捗状況, 達成度). */
export const scaleName = (doc: MierukaDocument | undefined, scale: string | undefined): string | undefined =>
  scale == null ? undefined : doc?.scales?.find((s) => s.id === scale)?.name;

/** The name of a tree level (実施計画), by id. */
export const levelName = (doc: MierukaDocument | undefined, level: string): string | undefined => doc?.levels.find((l) => l.id === level)?.name;

/**
 * A node as the seeds print it: level name and number together, then the title
 * (基本施策1 市民協働の推進, 実施計画① …); `withLevel: false` leaves the level name out (① …).
 */
export function nodeLabel(doc: MierukaDocument | undefined, node: PlanNode, withLevel = true): string {
  const level = withLevel ? (levelName(doc, node.level) ?? '') : '';
  return `${level}${node.number ?? ''} ${node.title}`.trim();
}

/**
 * The name of a 5レス category: the document's own, else the built-in one. On an English page a
 * document name that is exactly the built-in Japanese one is shown in its English translation.
 */
export function fiveLessName(doc: MierukaDocument | undefined, key: FiveLessKey, lang: Lang): string {
  const own = doc?.fiveLess?.[key]?.name;
  return own && own !== FIVE_LESS_NAMES[key].ja ? own : FIVE_LESS_NAMES[key][lang];
}

/** The visible marker of note n: ※1 in Japanese, [1] in English. */
export const noteMarker = (n: number, lang: Lang): string => coreStrings(lang).noteMarker(n);

/**
 * The heading a document prints for one of its fields (schema 1.1 `labels`): the item's level's
 * own word, else the document's, else undefined so that the element uses its catalogue's word.
 * A city that calls the summary 内容 sees 内容, never our 事業概要.
 */
export function fieldLabel(doc: MierukaDocument, level: string | undefined, field: LabelledField): string | undefined {
  const own = level === undefined ? undefined : doc.levels.find((l) => l.id === level)?.labels?.[field];
  return own ?? doc.labels?.[field];
}
