import { coreStrings, type Lang } from './i18n.js';

/** The Intl locale of each language (the words are in src/translations/). */
const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/**
 * Numbers, units, fiscal years and dates as a Japanese (or English) reader expects them,
 * always through Intl. Formatters are cached per language and option set: creating an
 * Intl formatter costs far more than using one, and 200 gauges format thousands of values.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

// By language, then decimals: no key string built per number (a 10,000-plan tree formats tens of thousands).
const numberFormats: Record<Lang, Map<number | undefined, Intl.NumberFormat>> = { ja: new Map(), en: new Map() };

function numberFormat(lang: Lang, decimals: number | undefined): Intl.NumberFormat {
  const formats = numberFormats[lang];
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 3,
    });
    formats.set(decimals, f);
  }
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export interface ValueFormat {
  unit?: string | undefined;
  decimals?: number | undefined;
  approximate?: boolean | undefined;
}

export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  return numberFormat(lang, decimals).format(value);
}

/**
 * 1283 + 人 → "1,283人" ("1,283 people"); 502593 + 千円 + approximate → "約502,593千円"; 70 + % + 1
 * decimal → "70.0%". English reads the usual Japanese units in English (src/translations/en.ts),
 * loaded on demand: outside an element, `await loadLanguage('en')` first.
 */
export function formatValue(value: number, lang: Lang, format: ValueFormat = {}): string {
  return coreStrings(lang).value(formatNumber(value, lang, format.decimals), format.unit ?? '', Boolean(format.approximate));
}

/**
 * The Japanese era of a fiscal year. A fiscal year takes the era in force in its summer, so
 * FY2019 (April 2019 – March 2020) is 令和元年度, as the government writes it, though
 * April 2019 itself was still 平成31年.
 */
export function eraOfFiscalYear(year: number, lang: Lang): string {
  const date = new Date(Date.UTC(year, 6, 1));
  return dateFormat(`${LOCALE[lang]}-u-ca-japanese`, {
    era: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** 2023 → "2023年度", or "2023年度（令和5年度）" with wareki; "FY2023 (Reiwa 5)" in English. */
export function formatFiscalYear(year: number, lang: Lang, options: { wareki?: boolean } = {}): string {
  const t = coreStrings(lang);
  const y = String(year);
  return options.wareki ? t.fiscalYearWithEra(y, eraOfFiscalYear(year, lang)) : t.fiscalYear(y);
}

/** A partial ISO date as precise as given: "2024" → 2024年, "2024-03" → 2024年3月, "2024-03-31" → 2024年3月31日. */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  const locale = LOCALE[lang];
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d != null
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : m != null
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(date);
}

/** Clock time for "showing data as of …": 14:05 in both languages. */
export function formatTime(date: Date, lang: Lang): string {
  return dateFormat(LOCALE[lang], { hour: 'numeric', minute: '2-digit' }).format(date);
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(lang: Lang, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  let f = listFormats.get(`${lang}|${type}`);
  if (!f) listFormats.set(`${lang}|${type}`, (f = new Intl.ListFormat(LOCALE[lang], { type })));
  return f;
}

/**
 * The shape of a list of `length` items in a language: the items' places (numbers) and the
 * separators between them. In Japanese and English the separators depend on the count only, not
 * on the items, so the shape is asked of Intl once per count: a tree row renders its lists on
 * every key press, and Intl.ListFormat is slow to call.
 */
const listShapes = new Map<string, (number | string)[][]>();

function listShape(length: number, lang: Lang, type: Intl.ListFormatType = 'conjunction'): (number | string)[] {
  const key = `${lang}|${type}`;
  let known = listShapes.get(key);
  if (!known) listShapes.set(key, (known = []));
  let shape = known[length];
  if (!shape) {
    let k = 0;
    shape = listFormat(lang, type)
      .formatToParts(Array.from({ length }, (_, i) => String(i)))
      .map((p) => (p.type === 'element' ? k++ : p.value));
    // Short lists only: a hostile document's 10,000-name list is not kept.
    if (length <= 20) known[length] = shape;
  }
  return shape;
}

/** Joins names as the language does: "市民課、保育課" / "Civic Affairs and Childcare" ("… or …" with `disjunction`). */
export function formatList(items: readonly string[], lang: Lang, type?: Intl.ListFormatType): string {
  return listParts(items, lang, type).join('');
}

/**
 * A list as the language joins it, the items kept as they are (to render each in its own
 * way) and the separators as strings: [a, '、', b] / [a, ', ', b, ', and ', c].
 */
export function listParts<T>(items: readonly T[], lang: Lang, type?: Intl.ListFormatType): (T | string)[] {
  return listShape(items.length, lang, type).map((p) => (typeof p === 'number' ? items[p]! : p));
}
