/**
 * The plan owner's workbook ↔ the mieruka document. Used by the CLI (mieruka export / import /
 * template) and by the data-check page; imports data-schema only, never a component.
 */
import { SCHEMA_VERSION, type Lang, type MierukaDocument } from '../../data-schema/index.js';
import { readWorkbook, writeWorkbook } from './excel.js';
import { DEFAULT_LEVELS } from './format.js';
import { sheetsToDocument } from './from-sheets.js';
import { formatProblem, type WorkbookProblem } from './messages.js';
import { documentToSheets } from './to-sheets.js';
import { guardWorkbook } from './zip-guard.js';

export { diffDocuments, formatChange, type Change } from './diff.js';
export { formatProblem, type WorkbookProblem } from './messages.js';
export { WORKBOOK_LIMITS, DEFAULT_LEVELS } from './format.js';

export interface ImportResult {
  /** 'ok': a valid document; 'invalid': problems with cells; 'unreadable': not a workbook, too large … */
  status: 'ok' | 'invalid' | 'unreadable';
  document?: MierukaDocument;
  problems: WorkbookProblem[];
}

/** A document as an .xlsx workbook (bytes). */
export function exportWorkbook(doc: MierukaDocument): Promise<Uint8Array> {
  return writeWorkbook(documentToSheets(doc));
}

/** An empty workbook in the same format, with the given levels (default 重点推進目標 / 取組事項 / 実施計画). */
export function templateWorkbook(levels: string[] = DEFAULT_LEVELS, fiscalYears?: { start: number; end: number }): Promise<Uint8Array> {
  const ids = ['goal', 'initiative', 'plan', 'project', 'task'];
  const doc: MierukaDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: 'plan',
    title: '（計画の名称）',
    municipality: '（自治体名）',
    kind: 'plan',
    levels: levels.map((name, i) => ({ id: ids[i] ?? `level${i + 1}`, name })),
    nodes: [],
    ...(fiscalYears ? { period: fiscalYears } : {}),
  };
  return writeWorkbook(documentToSheets(doc), 1000);
}

/** Reads a workbook; never throws on bad input. The document is returned only when it is valid. */
export async function importWorkbook(bytes: Uint8Array, lang: Lang = 'ja'): Promise<ImportResult> {
  const guard = await guardWorkbook(bytes);
  if (!guard.ok) return { status: 'unreadable', problems: [{ severity: 'error', code: guard.code, params: guard.params }] };
  let read;
  try {
    read = await readWorkbook(bytes);
  } catch (e) {
    return { status: 'unreadable', problems: [{ severity: 'error', code: 'broken', params: { text: e instanceof Error ? e.message.slice(0, 200) : String(e) } }] };
  }
  const result = sheetsToDocument(read.sheets, lang);
  const problems = [...read.problems, ...result.problems];
  const ok = result.ok && !read.problems.some((p) => p.severity === 'error');
  return ok ? { status: 'ok', document: result.document as MierukaDocument, problems } : { status: 'invalid', problems };
}

export const problemLines = (problems: WorkbookProblem[], lang: Lang) => problems.map((p) => formatProblem(p, lang));

/** Excel keeps at most 32,767 characters in a cell; the schema allows longer texts. */
export const EXCEL_CELL_CHARACTERS = 32_767;

/** JSON pointers of the texts Excel would cut (export still writes them whole). */
export function longTexts(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length > EXCEL_CELL_CHARACTERS) out.push(path);
  } else if (Array.isArray(value)) value.forEach((v, i) => longTexts(v, `${path}/${i}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) longTexts(v, `${path}/${k}`, out);
  return out;
}
