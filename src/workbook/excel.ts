/**
 * The only file that talks to the spreadsheet library (exceljs). It is loaded with a dynamic
 * import, so the library is fetched only by the CLI and the data-check page, never by a widget.
 */
import type * as ExcelJSTypes from 'exceljs';
import type { CellValue } from './cells.js';
import { DOCUMENT_ROWS, SHEET, SHEET_EN, WORKBOOK_LIMITS, type Column } from './format.js';
import type { SheetIn } from './from-sheets.js';
import { address, columnLetter } from './from-sheets.js';
import type { WorkbookProblem } from './messages.js';
import type { SheetOut } from './to-sheets.js';
import { HOW_TO } from './how-to.js';

type ExcelJS = typeof ExcelJSTypes;

let library: Promise<ExcelJS> | undefined;
const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/**
 * exceljs, loaded once on first use: its Node build in the CLI, its browser build (one
 * self-contained file, which bundlers also pick through the package's "browser" field) in a
 * page. The browser file is UMD: as a CommonJS module its exports sit on `default`; loaded as
 * a plain script module it sets globalThis.ExcelJS.
 */
export function loadExcel(): Promise<ExcelJS> {
  const load = inNode ? import('exceljs') : import('exceljs/dist/exceljs.min.js');
  return (library ??= load.then((m: unknown) => {
    const mod = ((m as { default?: unknown }).default ?? m) as Partial<ExcelJS>;
    return (mod.Workbook ? mod : (globalThis as { ExcelJS?: ExcelJS }).ExcelJS) as ExcelJS;
  }));
}

const HEADER_FILL: ExcelJSTypes.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FB' } };
const KEY_FILL: ExcelJSTypes.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F4F4' } };

/** Dropdown lists: literal choices, or a column of another sheet (levels, scale grades, departments, categories). */
function listFor(column: Column, key: SheetOut['key'], lastRow: number): { formula: string; strict: boolean } | undefined {
  const range = (sheet: string, col: string) => `'${sheet}'!$${col}$2:$${col}$${lastRow}`;
  switch (column.kind) {
    case 'bool':
      return { formula: '"○,×"', strict: true };
    case 'choice':
      return { formula: `"${column.choices!.map((c) => c.ja).join(',')}"`, strict: true };
    case 'level':
      return { formula: range(SHEET.levels, 'B'), strict: false };
    case 'departments':
      // Several departments are allowed in one cell: offer the list, accept any text.
      return { formula: range(SHEET.departments, 'B'), strict: false };
    default:
      if (column.path === 'category') return { formula: range(SHEET.categories, 'A'), strict: false };
      if (key === 'assessments' && column.path === 'value') return { formula: range(SHEET.scales, 'F'), strict: false };
      if ((key === 'assessments' || key === 'grades') && column.path === 'scale') return { formula: range(SHEET.scales, 'A'), strict: false };
      if (key === 'grades' && column.path === 'value') return { formula: range(SHEET.scales, 'F'), strict: false };
      // 対象 of 欄の見出し: 文書 is typed; the level ids are offered from 階層.
      if (key === 'labels' && column.path === '@on') return { formula: range(SHEET.levels, 'A'), strict: false };
      return undefined;
  }
}

/** Writes the sheets into an .xlsx: frozen headers, widths, notes with the English names, dropdowns, 使い方 first. */
export async function writeWorkbook(sheets: SheetOut[], spareRows = 200): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = 'mieruka';
  // Printed (or saved as PDF) landscape, one page wide, the header row on every page.
  const pageSetup = (titles: boolean): Partial<ExcelJSTypes.PageSetup> => ({
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(titles ? { printTitlesRow: '1:1' } : {}),
  });
  const howTo = wb.addWorksheet(SHEET.howTo, { properties: { tabColor: { argb: 'FF0031D8' } }, pageSetup: pageSetup(false) });
  howTo.columns = [{ width: 110 }];
  for (const line of HOW_TO) {
    const row = howTo.addRow([line.text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheets do not grow a row for wrapped text they did not lay out themselves: give each
    // line its height (a Japanese character is two columns wide).
    const columns = [...line.text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    row.height = Math.max(1, Math.ceil(columns / 105)) * (line.heading ? 20 : 16);
    if (line.heading) row.getCell(1).font = { bold: true, size: line.heading === 1 ? 14 : 12 };
  }
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { pageSetup: pageSetup(true) });
    const frozenColumns = sheet.key === 'nodes' ? 5 : sheet.key === 'indicators' ? 3 : sheet.key === 'document' ? 1 : 0;
    ws.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }];
    ws.columns = sheet.columns.map((c) => ({ width: c.width ?? 12 }));
    const header = ws.getRow(1);
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.ja;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.border = { bottom: { style: 'thin' } };
      cell.note = `${c.en}${c.key ? '（行の対象を示す列 / identifies the row）' : ''}`;
    });
    header.height = 45;
    for (const values of sheet.rows) {
      const row = ws.addRow(values.map((v) => (v === undefined ? null : v)));
      if (sheet.key === 'document') {
        row.getCell(1).fill = KEY_FILL;
        row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      }
    }
    sheet.columns.forEach((c, i) => {
      if ((c.width ?? 0) >= 20) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    if (sheet.key === 'document') {
      // The value column of each row takes that row's dropdown.
      sheet.rows.forEach((_, r) => {
        const col = DOCUMENT_LIST_ROWS.get(r);
        if (col) ws.getCell(`B${r + 2}`).dataValidation = { type: 'list', allowBlank: true, formulae: [col] };
      });
      continue;
    }
    const lastRow = sheet.rows.length + spareRows + 1;
    sheet.columns.forEach((c, i) => {
      const list = listFor(c, sheet.key, Math.max(lastRow, 200));
      if (!list) return;
      const letter = columnLetter(i);
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJSTypes.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [list.formula],
        showErrorMessage: list.strict,
        errorStyle: 'stop',
        errorTitle: c.ja,
        error: '一覧から選んでください / Choose from the list',
      });
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const DOCUMENT_LIST_ROWS = new Map<number, string>(
  DOCUMENT_ROWS.flatMap((c, r): Array<[number, string]> => (c.choices ? [[r, `"${c.choices.map((x) => x.ja).join(',')}"`]] : [])),
);

/** A cell as we interpret it: formulas give their saved result (never evaluated), rich text its text. */
function cellValue(cell: ExcelJSTypes.Cell): { value: CellValue; formula?: boolean; error?: string; noResult?: boolean } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v };
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result;
    if (result === undefined || result === null) return { value: null, formula: true, noResult: true };
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in (result as object)) return { value: null, formula: true, error: String((result as { error: unknown }).error) };
    return { value: result as CellValue, formula: true };
  }
  if ('richText' in o && Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join('') };
  if ('text' in o) return { value: typeof o.text === 'string' ? o.text : String((o.text as { richText?: Array<{ text: string }> }).richText?.map((t) => t.text).join('') ?? '') };
  if ('error' in o) return { value: null, error: String(o.error) };
  return { value: String(v) };
}

export interface ReadResult { sheets: SheetIn[]; problems: WorkbookProblem[] }

/** Reads every sheet (except 使い方) into rows of plain values; merged cells take their first cell's value. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  // Dropdowns and conditional formats are not data; skipping them makes big files faster to read.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations', 'conditionalFormatting'] } as never);
  const sheets: SheetIn[] = [];
  const problems: WorkbookProblem[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === SHEET.howTo || ws.name === SHEET_EN.howTo) continue;
    const rows: CellValue[][] = [];
    const formulas: string[] = [];
    const width = ws.columnCount;
    if (width > WORKBOOK_LIMITS.columns) {
      problems.push({ severity: 'error', code: 'tooManyColumns', sheet: ws.name, params: { count: width, limit: WORKBOOK_LIMITS.columns } });
      continue;
    }
    const header = ws.getRow(1);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const values: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const read = cellValue(cell);
        const col = readHeader(header.getCell(c));
        if (read.error) problems.push({ severity: 'error', code: 'errorValue', sheet: ws.name, cell: address(r - 1, c - 1), column: col, params: { text: read.error } });
        else if (read.noResult) problems.push({ severity: 'error', code: 'formulaNoResult', sheet: ws.name, cell: address(r - 1, c - 1), column: col, params: {} });
        else if (read.formula) {
          if (formulas.length === 0) problems.push({ severity: 'warning', code: 'formula', sheet: ws.name, cell: address(r - 1, c - 1), column: col, params: { text: String(read.value) } });
          formulas.push(address(r - 1, c - 1));
        }
        values.push(read.value);
      }
      rows[r - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    if (formulas.length > 1) problems.push({ severity: 'warning', code: 'formulas', sheet: ws.name, params: { count: formulas.length - 1 } });
    sheets.push({ name: ws.name, rows });
  }
  return { sheets, problems };
}

function readHeader(cell: ExcelJSTypes.Cell): string | undefined {
  const v = cell.value;
  return typeof v === 'string' ? v : v == null ? undefined : String(v);
}
