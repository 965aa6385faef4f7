/**
 * What the workbook import says, in Japanese first and English second. Every message about a
 * cell names the sheet, the cell address and the column as printed in the header:
 * 「指標」シート F12（2023年度）: 数値として読めません「1,2８3」
 */
import type { Lang } from '../../data-schema/index.js';

export interface WorkbookProblem {
  severity: 'error' | 'warning';
  code: string;
  sheet?: string | undefined;
  /** A1 address of the cell, or of the row's first cell when no column applies. */
  cell?: string | undefined;
  /** The column's header as printed (or the label on 文書). */
  column?: string | undefined;
  /** The JSON path, when the problem came from the validator. */
  path?: string | undefined;
  /** What was in the cell, or other facts the message needs. */
  params: Record<string, string | number>;
  /** Set by the validator: its message, already in the reader's language. */
  message?: string | undefined;
}

const formatters = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en') };
const n = (lang: Lang, v: string | number | undefined) => (typeof v === 'number' ? formatters[lang].format(v) : String(v ?? ''));

type Catalogue = Record<string, (p: Record<string, string | number>) => string>;

const quoteJa = (s: string | number | undefined) => `「${String(s ?? '')}」`;
const quoteEn = (s: string | number | undefined) => `"${String(s ?? '')}"`;

const ja: Catalogue = {
  number: (p) => `数値として読めません${quoteJa(p.text)}`,
  integer: (p) => `整数として読めません${quoteJa(p.text)}`,
  fiscalYear: (p) => `年度として読めません${quoteJa(p.text)}（2023、2023年度、令和5年度 のように）`,
  bool: (p) => `○ か × を入れてください（空欄は未設定）${quoteJa(p.text)}`,
  date: (p) => `日付として読めません${quoteJa(p.text)}（2024-03-31、2024年3月 のように）`,
  choice: (p) => `次のいずれかを入れてください: ${p.allowed}${quoteJa(p.text)}`,
  department: (p) => `所管課の書き方が読めません${quoteJa(p.text)}`,
  sdgs: (p) => `SDGs の番号として読めません${quoteJa(p.text)}`,
  errorValue: (p) => `セルがエラー値です${quoteJa(p.text)}`,
  formula: (p) => `数式のセルです。保存されている計算結果${quoteJa(p.text)}を使いました（数式は計算しません）`,
  formulas: (p) => `ほか ${p.count} 個のセルも数式です。保存されている計算結果を使いました（数式は計算しません）`,
  formulaNoResult: () => '数式の計算結果が保存されていません。Excel で開いて保存し直すか、値を入れてください',
  unknownColumn: (p) => (p.suggestion ? `「${p.text}」列は読みません（「${p.suggestion}」のことですか）` : `「${p.text}」列は読みません`),
  duplicateColumn: (p) => `「${p.text}」列が2つあります。右の列は読みません`,
  unknownSheet: (p) => (p.suggestion ? `「${p.text}」シートは読みません（「${p.suggestion}」のことですか）` : `「${p.text}」シートは読みません`),
  missingSheet: (p) => (p.suggestion ? `「${p.text}」シートがありません（「${p.suggestion}」シートの名前を変えましたか）` : `「${p.text}」シートがありません`),
  missingColumn: (p) => `「${p.text}」列がありません`,
  unknownOwner: (p) => `${p.what}「${p.text}」が見つかりません`,
  parentLoop: (p) => `親IDをたどると、この項目に戻ってしまいます（親ID${quoteJa(p.text)}）`,
  seriesOrphan: (p) => `系列の行ですが、上に指標ID${quoteJa(p.text)}の指標の行がありません`,
  duplicateValue: (p) => `同じ値の行が前にもあります（${p.text}）。この行は読みません`,
  notWorkbook: () => 'Excel ブック（.xlsx）ではありません',
  oldExcel: () => '古い形式の Excel ファイル（.xls）です。Excel で「.xlsx」形式で保存し直してください',
  tooLarge: (p) => `ファイルが大きすぎます（${n('ja', p.size)} バイト。上限 ${n('ja', p.limit)} バイト）`,
  zipBomb: (p) => `展開すると大きすぎます（上限 ${n('ja', p.limit)} バイト）。圧縮爆弾の可能性があるため読みません`,
  tooManyRows: (p) => `行が多すぎます（1シート ${n('ja', p.limit)} 行まで）`,
  tooManyColumns: (p) => `列が多すぎます（${p.count} 列。上限 ${p.limit} 列）`,
  broken: (p) => `ブックを読めません（壊れているか、対応していない形式です: ${p.text}）`,
};

const en: Catalogue = {
  number: (p) => `not a number: ${quoteEn(p.text)}`,
  integer: (p) => `not a whole number: ${quoteEn(p.text)}`,
  fiscalYear: (p) => `not a fiscal year: ${quoteEn(p.text)} (write 2023, 2023年度 or 令和5年度)`,
  bool: (p) => `write ○ or × (empty means unknown): ${quoteEn(p.text)}`,
  date: (p) => `not a date: ${quoteEn(p.text)} (write 2024-03-31 or 2024年3月)`,
  choice: (p) => `write one of ${p.allowed}: ${quoteEn(p.text)}`,
  department: (p) => `cannot read the departments: ${quoteEn(p.text)}`,
  sdgs: (p) => `not an SDGs code: ${quoteEn(p.text)}`,
  errorValue: (p) => `the cell holds an error value: ${quoteEn(p.text)}`,
  formula: (p) => `a formula: its saved result ${quoteEn(p.text)} was used (formulas are never evaluated)`,
  formulas: (p) => `${p.count} more cells hold formulas: their saved results were used (formulas are never evaluated)`,
  formulaNoResult: () => 'the formula has no saved result: open and save the file in Excel, or type the value',
  unknownColumn: (p) => (p.suggestion ? `column "${p.text}" is not read (did you mean "${p.suggestion}"?)` : `column "${p.text}" is not read`),
  duplicateColumn: (p) => `column "${p.text}" appears twice: the one on the right is not read`,
  unknownSheet: (p) => (p.suggestion ? `sheet "${p.text}" is not read (did you mean "${p.suggestion}"?)` : `sheet "${p.text}" is not read`),
  missingSheet: (p) => (p.suggestion ? `sheet "${p.text}" is missing (was "${p.suggestion}" renamed?)` : `sheet "${p.text}" is missing`),
  missingColumn: (p) => `column "${p.text}" is missing`,
  unknownOwner: (p) => `${p.whatEn} "${p.text}" not found`,
  parentLoop: (p) => `following the parent ids leads back to this item (parent ${quoteEn(p.text)})`,
  seriesOrphan: (p) => `a series row, but no row of indicator ${quoteEn(p.text)} above it`,
  duplicateValue: (p) => `a row for the same value came earlier (${p.text}); this row is not read`,
  notWorkbook: () => 'not an Excel workbook (.xlsx)',
  oldExcel: () => 'an old Excel file (.xls): save it as .xlsx in Excel',
  tooLarge: (p) => `file too large (${n('en', p.size)} bytes; the limit is ${n('en', p.limit)})`,
  zipBomb: (p) => `too large once unpacked (limit ${n('en', p.limit)} bytes): not read, it may be a zip bomb`,
  tooManyRows: (p) => `too many rows (at most ${n('en', p.limit)} in one sheet)`,
  tooManyColumns: (p) => `too many columns (${p.count}; the limit is ${p.limit})`,
  broken: (p) => `cannot read the workbook (damaged or unsupported: ${p.text})`,
};

export const WORKBOOK_MESSAGES = { ja, en };

/** One line: 「指標」シート F12（2023年度）: 数値として読めません「1,2８3」 */
export function formatProblem(p: WorkbookProblem, lang: Lang): string {
  const body = p.message ?? (WORKBOOK_MESSAGES[lang][p.code] ?? (() => p.code))(p.params);
  const warn = p.severity === 'warning' ? (lang === 'ja' ? '警告: ' : 'warning: ') : '';
  if (p.sheet === undefined) return warn + body;
  let where: string;
  if (lang === 'ja') {
    where = `「${p.sheet}」シート`;
    if (p.cell) where += ` ${p.cell}`;
    if (p.column) where += `（${p.column}）`;
  } else {
    where = `sheet "${p.sheet}"`;
    if (p.cell) where += ` ${p.cell}`;
    if (p.column) where += ` (${p.column})`;
  }
  if (p.path && !p.cell) where += ` ${p.path}`;
  return `${where}: ${warn}${body}`;
}
