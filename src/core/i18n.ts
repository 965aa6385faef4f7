import type { Lang } from '../../data-schema/index.js';

export type { Lang };

import type { CoreStrings, Translation } from '../translations/translation.js';
import { core as jaCore } from '../translations/ja.js';

export type { CoreStrings, Translation };

/**
 * The languages that are loaded on demand: Japanese, the first language, is always there (each
 * module imports the Japanese sections it uses from src/translations/ja.ts); English arrives
 * with a dynamic import the first time something needs it, so a Japanese page never fetches it.
 */
const LOADERS: Partial<Record<Lang, () => Promise<Translation>>> = {
  en: () => import('../translations/en.js'),
};
const loaded: Partial<Record<Lang, Translation>> = {};
const loading = new Map<Lang, Promise<void>>();

/**
 * undefined when `lang`'s texts are here; else a promise that settles when they are (it never
 * rejects: if the file cannot be fetched, the texts stay Japanese and the console says why).
 */
export function languageReady(lang: Lang): Promise<void> | undefined {
  const load = LOADERS[lang];
  if (!load || loaded[lang]) return undefined;
  let promise = loading.get(lang);
  if (!promise) {
    promise = load().then(
      (t) => void (loaded[lang] = t),
      (error: unknown) => console.warn(`mieruka: the ${lang} texts could not be loaded; showing Japanese.`, error),
    );
    loading.set(lang, promise);
  }
  return promise;
}

/** Loads a language's texts (for code that formats outside an element, such as a test or a tool). */
export const loadLanguage = (lang: Lang): Promise<void> => languageReady(lang) ?? Promise.resolve();

/**
 * One section of the translation in `lang`: the loaded one, else `ja` (the Japanese section
 * the caller imported from src/translations/ja.ts), until the language has arrived.
 */
export function translate<K extends keyof Translation>(lang: Lang, key: K, ja: Translation[K]): Translation[K] {
  return loaded[lang]?.[key] ?? ja;
}

/** The core section in `lang` (loading, alerts, fiscal years, statuses…). */
export const coreStrings = (lang: Lang): CoreStrings => translate(lang, 'core', jaCore);

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
