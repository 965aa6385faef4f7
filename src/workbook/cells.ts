/**
 * Reading and writing one cell: what plan owners type (全角数字, 「1,350人以下」, 「—」, 令和5年度,
 * Excel date serials, ○ and ×) in, plain JSON values out — and back. Pure functions, no
 * spreadsheet library: src/workbook/format.ts names which of these each column uses.
 */

/** A cell's value after the spreadsheet library read it, reduced to what we interpret. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; reason: ReasonCode; text: string };

export type ReasonCode = 'number' | 'integer' | 'fiscalYear' | 'bool' | 'date' | 'choice' | 'sdgs' | 'department';

const DASHES = new Set(['—', '－', '-', '―', '‐', '−', 'ー', '–', '─']);

/** Full-width digits and letters to ASCII, ideographic spaces to spaces, then trim. */
export function normalise(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Text as typed, trimmed of spaces at either end (ideographic ones too); empty → undefined. */
export function readText(cell: CellValue): string | undefined {
  if (cell === null) return undefined;
  let text: string;
  if (cell instanceof Date) text = cell.toISOString().slice(0, 10);
  else text = String(cell);
  text = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return text === '' ? undefined : text;
}

/**
 * XML cannot carry most control characters, and the spreadsheet library drops them silently.
 * Spreadsheets escape them as _xHHHH_ (ECMA-376 §22.4.2.4); so do we, and an existing _xHHHH_
 * in the text is escaped first so that it comes back unchanged. Reading decodes them (exceljs
 * does it for shared strings, which is how every workbook we write stores text).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

export function escapeControl(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text) && !/_x[0-9A-F]{4}_/.test(text)) return text;
  return text
    .replace(/_(x[0-9A-F]{4}_)/g, '_x005F_$1')
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}


export const isDash = (text: string) => DASHES.has(normalise(text)) || DASHES.has(text.trim());

export interface NumberReading {
  value: number | null;
  approximate?: boolean;
  comparator?: 'atLeast' | 'atMost';
}

/**
 * A number as plan owners type it: 1350, 「1,350」, 「１，３５０」, 「約30」, 「1,350人以下」, 「70.5%」,
 * 「—」 (no value → null). Units after the number are dropped (the unit has its own column).
 */
export function readNumber(cell: CellValue): Parsed<NumberReading> {
  if (cell === null) return { ok: true, value: undefined };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: { value: cell } } : { ok: false, reason: 'number', text: String(cell) };
  const raw = readText(cell);
  if (raw === undefined) return { ok: true, value: undefined };
  if (isDash(raw)) return { ok: true, value: { value: null } };
  let text = normalise(raw).replace(/[\s]/g, '');
  const reading: NumberReading = { value: null };
  if (text.startsWith('約')) {
    reading.approximate = true;
    text = text.slice(1);
  }
  const comparator = /(以上|以下)$/.exec(text);
  if (comparator) {
    reading.comparator = comparator[1] === '以上' ? 'atLeast' : 'atMost';
    text = text.slice(0, -2);
  }
  // The number, then an optional unit of letters or symbols (人, %, 件, 千円, km…), nothing else.
  const m = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([^\d.,+-]*)$/.exec(text);
  if (!m) return { ok: false, reason: 'number', text: raw };
  reading.value = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(reading.value) ? { ok: true, value: reading } : { ok: false, reason: 'number', text: raw };
}

const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };

/** A fiscal year: 2023, 「2023年度」, 「令和5年度」, 「R5」, 「平成30年度」, 「FY2023」, 「令和元年度」. */
export function readFiscalYear(cell: CellValue): Parsed<number> {
  if (cell === null) return { ok: true, value: undefined };
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2200 ? { ok: true, value: cell } : { ok: false, reason: 'fiscalYear', text: String(cell) };
  const raw = readText(cell);
  if (raw === undefined) return { ok: true, value: undefined };
  const text = normalise(raw).replace(/\s/g, '').replace(/元/, '1').toUpperCase();
  let m = /^(?:FY)?(\d{4})(?:年度?)?$/.exec(text);
  if (m) return { ok: true, value: Number(m[1]) };
  m = /^(令和|平成|昭和|R|H|S)(\d{1,2})(?:年度?)?$/.exec(text);
  if (m) return { ok: true, value: ERAS[m[1]!]! + Number(m[2]) };
  return { ok: false, reason: 'fiscalYear', text: raw };
}

export function readInteger(cell: CellValue): Parsed<number> {
  const n = readNumber(cell);
  if (!n.ok || n.value === undefined) return n.ok ? { ok: true, value: undefined } : n;
  const v = n.value.value;
  return v !== null && Number.isInteger(v) ? { ok: true, value: v } : { ok: false, reason: 'integer', text: String(cell) };
}

/** ○ (applies) and × (does not); empty is unknown (未設定), which the document keeps apart from ×. */
export const MARK_YES = '○';
export const MARK_NO = '×';
const YES = new Set(['○', '〇', '◯', '◎', '●', 'o', 'O', 'yes', 'true', '1', 'はい', '該当', 'true']);
const NO = new Set(['×', '✕', 'x', 'X', 'no', 'false', '0', 'いいえ', '非該当', '-', '－', '—']);

export function readBool(cell: CellValue): Parsed<boolean> {
  if (cell === null) return { ok: true, value: undefined };
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const raw = readText(cell);
  if (raw === undefined) return { ok: true, value: undefined };
  const text = normalise(raw).toLowerCase();
  if (YES.has(raw) || YES.has(text)) return { ok: true, value: true };
  if (NO.has(raw) || NO.has(text)) return { ok: true, value: false };
  return { ok: false, reason: 'bool', text: raw };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as precise as typed: 「2024」, 「2024-03」, 「2024/3/31」, 「令和6年3月31日」, a date cell, or
 * an Excel date serial (45382 = 2024-03-31). Written back as text (2024-03-31) so Excel keeps it.
 */
export function readDate(cell: CellValue): Parsed<string> {
  if (cell === null) return { ok: true, value: undefined };
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false, reason: 'date', text: String(cell) } : { ok: true, value: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return { ok: true, value: String(cell) };
    if (cell > 0 && cell < 2_958_466) return { ok: true, value: new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10) };
    return { ok: false, reason: 'date', text: String(cell) };
  }
  const raw = readText(cell);
  if (raw === undefined) return { ok: true, value: undefined };
  const text = normalise(raw).replace(/\s/g, '').replace(/元年/, '1年');
  let m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$/.exec(text);
  let year: number | undefined;
  if (m) year = Number(m[1]);
  else {
    m = /^(令和|平成|昭和|R|H|S)(\d{1,2})[年.](?:(\d{1,2})月?(?:(\d{1,2})日?)?)?(?:時点)?$/.exec(text);
    if (m) {
      year = ERAS[m[1]!]! + Number(m[2]);
      m = [m[0], String(year), m[3], m[4]] as unknown as RegExpExecArray;
    }
  }
  if (!m || year === undefined) return { ok: false, reason: 'date', text: raw };
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: 'date', text: raw };
  if (day !== undefined && (day < 1 || day > 31)) return { ok: false, reason: 'date', text: raw };
  return { ok: true, value: `${year}${month === undefined ? '' : '-' + pad(month)}${day === undefined ? '' : '-' + pad(day)}` };
}

/** Several values in one cell: one per line, or separated by 、 , ／ / (SDGs 「3.4/11.7/17.17」). */
export function splitList(text: string, separators = /\r?\n|[、，,／/]/): string[] {
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(separators);
  return parts.map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((p) => p !== '');
}

/** A choice shown in Japanese (以下) and stored in the document as an English word (atMost). */
export interface Choice { value: string; ja: string }

export function readChoice(cell: CellValue, choices: readonly Choice[]): Parsed<string> {
  const raw = readText(cell);
  if (raw === undefined) return { ok: true, value: undefined };
  const text = normalise(raw);
  const found = choices.find((c) => c.ja === raw || c.ja === text || c.value === text || c.value.toLowerCase() === text.toLowerCase());
  return found ? { ok: true, value: found.value } : { ok: false, reason: 'choice', text: raw };
}
