import type { Lang } from '../../data-schema/index.js';

export type { Lang };

import type { Catalogue, Translation } from '../translations/translation.js';
import { ja } from '../translations/ja.js';
import { en } from '../translations/en.js';

export type { Catalogue, Translation };

/**
 * The translations in use, one per language (src/translations/): registered here, by name,
 * never by an import's side effect. A page or a build may register another object for a
 * language (e.g. English loaded later with a dynamic import); until English is there, Japanese
 * is used.
 */
const translations: Partial<Record<Lang, Translation>> = { ja, en };

export function registerTranslation(...list: Translation[]): void {
  for (const t of list) translations[t.lang] = t;
}

/** The translation for a language (Japanese when that language is not registered). */
export function translation(lang: Lang): Translation {
  return translations[lang] ?? ja;
}

/** Japanese first: anything that is not English reads Japanese. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'ja';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across
 * shadow roots, so a widget inside another component follows the page), else the page's.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    // lang="" means "unknown" in HTML: keep looking outward rather than default to Japanese.
    if (node instanceof Element && node.getAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}
