import type { Lang } from '../../data-schema/index.js';
import type { CoreStrings, Translation } from '../translations/translation.js';
import { core as jaCore } from '../translations/ja.js';

export type { CoreStrings, Lang, Translation };

/** Where a section's text in another language comes from: a dynamic import of its file. */
export type SectionLoaders<K extends keyof Translation> = Partial<Record<Lang, () => Promise<Translation[K]>>>;

const sections = new Set<Section<keyof Translation>>();

/**
 * One section of the translation (the core's, or one element's): the Japanese one at hand, any
 * other language loaded on demand. Each module that speaks defines its section once, with
 * `defineSection`, naming the Japanese it imported from src/translations/ja.ts and how to import
 * the other languages; a page then loads English for the sections of the elements it has, and
 * only when something is to be said in English.
 */
export class Section<K extends keyof Translation> {
  private readonly loaded: Partial<Record<Lang, Translation[K]>> = {};
  private readonly loading: Partial<Record<Lang, Promise<void>>> = {};

  constructor(
    readonly key: K,
    private readonly ja: Translation[K],
    private readonly loaders: SectionLoaders<K>,
  ) {}

  /** The section in `lang`: Japanese until that language has arrived (see languageReady). */
  in(lang: Lang): Translation[K] {
    return this.loaded[lang] ?? this.ja;
  }

  /** undefined when the section is here in `lang` (or never will be); else a promise that settles when it is. */
  ready(lang: Lang): Promise<void> | undefined {
    const load = this.loaders[lang];
    if (!load || lang in this.loaded) return undefined;
    return (this.loading[lang] ??= load().then(
      (t) => void (this.loaded[lang] = t),
      (error: unknown) => {
        // Never again: the section stays Japanese, and the page works on.
        this.loaded[lang] = this.ja;
        console.warn(`mieruka: the ${lang} texts (${this.key}) could not be loaded; showing Japanese.`, error);
      },
    ));
  }
}

/** Registers a section (explicitly: never by importing a translation file for its side effects). */
export function defineSection<K extends keyof Translation>(key: K, ja: Translation[K], loaders: SectionLoaders<K>): Section<K> {
  const section = new Section(key, ja, loaders);
  sections.add(section as unknown as Section<keyof Translation>);
  return section;
}

const CORE = defineSection('core', jaCore, { en: () => import('../translations/en.js').then((m) => m.core) });

/**
 * undefined when every section defined so far is here in `lang`; else a promise that settles when
 * they are. It never rejects: a file that cannot be fetched leaves its texts Japanese.
 */
export function languageReady(lang: Lang): Promise<void> | undefined {
  const waiting = [...sections].flatMap((s) => s.ready(lang) ?? []);
  return waiting.length ? Promise.all(waiting).then(() => undefined) : undefined;
}

/** Loads a language's texts (for code that formats outside an element, such as a test or a tool). */
export const loadLanguage = (lang: Lang): Promise<void> => languageReady(lang) ?? Promise.resolve();

/** The core section in `lang` (loading, alerts, fiscal years, statuses…). */
export const coreStrings = (lang: Lang): CoreStrings => CORE.in(lang);

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
