import type { Lang } from './i18n.js';
import { CATALOGUES } from './i18n.js';

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
    f = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
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

/** Units that English pages should read in English; anything else is shown as the data gives it. */
const ENGLISH_UNITS: Record<string, string> = {
  人: 'people', 件: 'cases', 回: 'times', 点: 'points', 円: 'yen', 千円: 'thousand yen', 億円: '100 million yen',
  か所: 'places', 箇所: 'places', 校: 'schools', 施設: 'facilities', 団体: 'groups', 事業者: 'businesses',
  協定: 'agreements', 世帯: 'households', 講座: 'courses', 時間: 'hours', 日: 'days', 年: 'years',
};

/** Units written without a space after the number in English too. */
const TIGHT_UNITS = new Set(['%', 'g', 'kg', 't', 'km', 'm', '㎡']);

export interface ValueFormat {
  unit?: string | undefined;
  decimals?: number | undefined;
  approximate?: boolean | undefined;
}

export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  return numberFormat(lang, decimals).format(value);
}

/** 1283 + 人 → "1,283人"; 502593 + 千円 + approximate → "約502,593千円"; 70 + % + 1 decimal → "70.0%". */
export function formatValue(value: number, lang: Lang, format: ValueFormat = {}): string {
  const number = formatNumber(value, lang, format.decimals);
  const unit = format.unit ?? '';
  if (lang === 'ja') return `${format.approximate ? '約' : ''}${number}${unit}`;
  // Own properties only: a unit named "constructor" must not find Object's.
  const englishUnit = Object.hasOwn(ENGLISH_UNITS, unit) ? ENGLISH_UNITS[unit]! : unit;
  const withUnit = !unit ? number : TIGHT_UNITS.has(unit) ? `${number}${unit}` : `${number} ${englishUnit}`;
  return format.approximate ? `about ${withUnit}` : withUnit;
}

/**
 * The Japanese era of a fiscal year. A fiscal year takes the era in force in its summer, so
 * FY2019 (April 2019 – March 2020) is 令和元年度, as the government writes it, though
 * April 2019 itself was still 平成31年.
 */
export function eraOfFiscalYear(year: number, lang: Lang): string {
  const date = new Date(Date.UTC(year, 6, 1));
  return dateFormat(lang === 'ja' ? 'ja-JP-u-ca-japanese' : 'en-US-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** 2023 → "2023年度", or "2023年度（令和5年度）" with wareki; "FY2023 (Reiwa 5)" in English. */
export function formatFiscalYear(year: number, lang: Lang, options: { wareki?: boolean } = {}): string {
  const t = CATALOGUES[lang];
  const y = String(year);
  return options.wareki ? t.fiscalYearWithEra(y, eraOfFiscalYear(year, lang)) : t.fiscalYear(y);
}

/** A partial ISO date as precise as given: "2024" → 2024年, "2024-03" → 2024年3月, "2024-03-31" → 2024年3月31日. */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
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
  return dateFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { hour: 'numeric', minute: '2-digit' }).format(date);
}

const listFormats = new Map<Lang, Intl.ListFormat>();

function listFormat(lang: Lang): Intl.ListFormat {
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { type: 'conjunction' })));
  return f;
}

/**
 * The shape of a list of `length` items in a language: the items' places (numbers) and the
 * separators between them. In Japanese and English the separators depend on the count only, not
 * on the items, so the shape is asked of Intl once per count: a tree row renders its lists on
 * every key press, and Intl.ListFormat is slow to call.
 */
const listShapes: Record<Lang, (number | string)[][]> = { ja: [], en: [] };

function listShape(length: number, lang: Lang): (number | string)[] {
  const known = listShapes[lang];
  let shape = known[length];
  if (!shape) {
    let k = 0;
    shape = listFormat(lang)
      .formatToParts(Array.from({ length }, (_, i) => String(i)))
      .map((p) => (p.type === 'element' ? k++ : p.value));
    // Short lists only: a hostile document's 10,000-name list is not kept.
    if (length <= 20) known[length] = shape;
  }
  return shape;
}

/** Joins names as the language does: "市民課、保育課" / "Civic Affairs and Childcare". */
export function formatList(items: readonly string[], lang: Lang): string {
  return listParts(items, lang).join('');
}

/**
 * A list as the language joins it, the items kept as they are (to render each in its own
 * way) and the separators as strings: [a, '、', b] / [a, ', ', b, ', and ', c].
 */
export function listParts<T>(items: readonly T[], lang: Lang): (T | string)[] {
  return listShape(items.length, lang).map((p) => (typeof p === 'number' ? items[p]! : p));
}
