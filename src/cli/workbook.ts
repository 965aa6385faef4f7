/// <reference types="node" />
/**
 * `mieruka export`, `mieruka import` and `mieruka template`: the plan owner's workbook.
 * Exit codes as for validate: 0 ok, 1 problems in the data, 2 a file cannot be read or written
 * (or the command was used wrongly). An output file is written only when the command succeeds,
 * and then all at once (a temporary file renamed into place).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseJson, validateDocument, type Lang, type MierukaDocument } from '../../data-schema/index.js';
import { DEFAULT_LEVELS, EXCEL_CELL_CHARACTERS, diffDocuments, exportWorkbook, formatChange, formatProblem, importWorkbook, longTexts, templateWorkbook } from '../workbook/index.js';

type Print = (s: string) => void;

const TEXT = {
  ja: {
    needOutput: '出力先を -o ファイル名 で指定してください',
    needInput: '入力ファイルを指定してください',
    unreadable: (f: string, why: string) => `${f}: 読み込めません: ${why}`,
    unwritable: (f: string, why: string) => `${f}: 書き込めません: ${why}`,
    notJson: (f: string, l: number, c: number) => `${f}:${l}:${c}: JSON として読めません`,
    wrote: (f: string) => `${f} を書き出しました`,
    notWritten: '問題があるため、出力ファイルは書き出していません',
    changes: (n: number, f: string) => (n === 0 ? `${f} からの変更はありません` : `${f} からの変更 ${n} 件:`),
    badLevels: '--levels は「重点推進目標,取組事項,実施計画」のように、カンマ区切りで1つ以上の名前です',
    longText: (f: string, p: string, n: string) => `${f}: ${p}: 警告: ${n} 文字を超えるため、Excel で開くと切り詰められます（mieruka import では元どおり読めます）`,
    warning: '警告',
  },
  en: {
    needOutput: 'name the output file with -o FILE',
    needInput: 'name the input file',
    unreadable: (f: string, why: string) => `${f}: cannot read: ${why}`,
    unwritable: (f: string, why: string) => `${f}: cannot write: ${why}`,
    notJson: (f: string, l: number, c: number) => `${f}:${l}:${c}: not valid JSON`,
    wrote: (f: string) => `wrote ${f}`,
    notWritten: 'there are problems, so no output file was written',
    changes: (n: number, f: string) => (n === 0 ? `no changes since ${f}` : `${n} changes since ${f}:`),
    badLevels: '--levels takes one or more comma-separated names, e.g. 重点推進目標,取組事項,実施計画',
    longText: (f: string, p: string, n: string) => `${f}: ${p}: warning: longer than ${n} characters, which Excel cuts when it opens the file (mieruka import reads it whole)`,
    warning: 'warning',
  },
};

interface Options { files: string[]; output?: string; previous?: string; levels?: string }

/** Takes -o/--output, --previous and --levels (with a space or =) out of the arguments. */
export function workbookOptions(args: string[]): Options | string {
  const o: Options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^(-o|--output|--previous|--levels)(?:=(.*))?$/.exec(a);
    if (!m) {
      o.files.push(a);
      continue;
    }
    const value = m[2] ?? args[++i];
    if (value === undefined) return a;
    if (m[1] === '--previous') o.previous = value;
    else if (m[1] === '--levels') o.levels = value;
    else o.output = value;
  }
  return o;
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

function readDocument(file: string, lang: Lang, out: Print, err: Print): { status: number; doc?: MierukaDocument } {
  const t = TEXT[lang];
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    err(t.unreadable(file, why(e)));
    return { status: 2 };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    err(t.notJson(file, parsed.line ?? 1, parsed.column ?? 1));
    return { status: 2 };
  }
  const result = validateDocument(parsed.value, { lang });
  for (const w of result.warnings) err(`${file}: ${w.path || '/'}: ${t.warning}: ${w.message}`);
  if (!result.ok) {
    for (const p of result.problems) out(`${file}: ${p.path || '/'}: ${p.message}`);
    return { status: 1 };
  }
  return { status: 0, doc: result.document };
}

export async function runWorkbook(command: string, args: string[], lang: Lang, out: Print, err: Print): Promise<number> {
  const t = TEXT[lang];
  const o = workbookOptions(args);
  if (typeof o === 'string') {
    err(t.needOutput);
    return 2;
  }
  if (command !== 'template' && o.files.length !== 1) {
    err(t.needInput);
    return 2;
  }
  if (command !== 'import' && !o.output) {
    err(t.needOutput);
    return 2;
  }
  const write = (file: string, data: string | Uint8Array): number => {
    try {
      writeAtomically(file, data);
    } catch (e) {
      err(t.unwritable(file, why(e)));
      return 2;
    }
    err(t.wrote(file));
    return 0;
  };

  if (command === 'template') {
    const levels = o.levels === undefined ? DEFAULT_LEVELS : o.levels.split(/[,、，]/).map((s) => s.trim()).filter(Boolean);
    if (levels.length === 0 || levels.length > 20) {
      err(t.badLevels);
      return 2;
    }
    return write(o.output!, await templateWorkbook(levels));
  }

  const file = o.files[0]!;
  if (command === 'export') {
    const { status, doc } = readDocument(file, lang, out, err);
    if (!doc) {
      if (status === 1) err(t.notWritten);
      return status;
    }
    const limit = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en').format(EXCEL_CELL_CHARACTERS);
    for (const p of longTexts(doc)) err(t.longText(file, p, limit));
    return write(o.output!, await exportWorkbook(doc));
  }

  // import
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    err(t.unreadable(file, why(e)));
    return 2;
  }
  const result = await importWorkbook(bytes, lang);
  for (const p of result.problems) (p.severity === 'error' ? out : err)(`${file}: ${formatProblem(p, lang)}`);
  if (result.status !== 'ok' || !result.document) {
    if (result.status === 'invalid') err(t.notWritten);
    return result.status === 'unreadable' ? 2 : 1;
  }
  // Last year's document is read first: if it cannot be, nothing is written.
  const previous = o.previous ? readDocument(o.previous, lang, err, err) : undefined;
  if (previous && !previous.doc) return previous.status;
  const json = JSON.stringify(result.document, null, 2) + '\n';
  let status = 0;
  if (o.output) status = write(o.output, json);
  else out(json.trimEnd());
  if (o.previous && previous?.doc && status === 0) {
    const changes = diffDocuments(previous.doc, result.document);
    const print = o.output ? out : err;
    print(t.changes(changes.length, o.previous));
    for (const c of changes) print('  ' + formatChange(c, lang));
  }
  return status;
}
