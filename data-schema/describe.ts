import * as z from 'zod/mini';

/**
 * Every field of the published schema carries a Japanese and an English description,
 * so that an editor (VS Code, JSON-aware CMS fields) shows both while someone types.
 * The two are joined by a blank line: the JSON Schema `description` keyword holds one string.
 */
export const describe = (ja: string, en: string) => z.meta({ description: `${ja}\n\n${en}` });

