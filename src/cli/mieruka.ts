/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { jsonSchemaText, parseJson, validateDocument, type Lang } from '../../data-schema/index.js';
import { runWorkbook } from './workbook.js';

/**
 * `mieruka validate FILE…` and `mieruka schema`. Results go to stdout, diagnostics to stderr.
 * Exit codes scripts can rely on: 0 all files conform, 1 a file does not conform,
 * 2 a file could not be read or is not JSON (or the command was used wrongly).
 */
const HELP = {
  ja: `使い方:
  mieruka validate [--lang ja|en] ファイル…   文書がスキーマに合うか調べます（- は標準入力）
  mieruka schema                              JSON Schema を出力します
  mieruka export 文書.json -o ブック.xlsx       文書を Excel ブックに書き出します
  mieruka import ブック.xlsx [-o 文書.json] [--previous 前回.json]
                                              ブックを読み、検証して文書にします（前回からの変更も示します）
  mieruka template -o 様式.xlsx [--levels 重点推進目標,取組事項,実施計画]
                                              空の様式を書き出します
終了コード: 0 すべて適合、1 不適合あり、2 読めない・JSON でない`,
  en: `Usage:
  mieruka validate [--lang ja|en] FILE…   check documents against the schema (- reads stdin)
  mieruka schema                          print the JSON Schema
  mieruka export DOC.json -o BOOK.xlsx    write a document as an Excel workbook
  mieruka import BOOK.xlsx [-o DOC.json] [--previous OLD.json]
                                          read, validate and convert a workbook (and list changes)
  mieruka template -o BOOK.xlsx [--levels 重点推進目標,取組事項,実施計画]
                                          write an empty workbook
Exit codes: 0 all conform, 1 a file does not conform, 2 a file cannot be read or is not JSON`,
};

const TEXT = {
  ja: {
    ok: (f: string) => `${f}: OK`,
    unreadable: (f: string, why: string) => `${f}: 読み込めません: ${why}`,
    notJson: (f: string, l: number, c: number) => `${f}:${l}:${c}: JSON として読めません`,
    warning: '警告',
    badLang: '--lang は ja か en です',
    noFiles: 'ファイルを指定してください',
  },
  en: {
    ok: (f: string) => `${f}: OK`,
    unreadable: (f: string, why: string) => `${f}: cannot read: ${why}`,
    notJson: (f: string, l: number, c: number) => `${f}:${l}:${c}: not valid JSON`,
    warning: 'warning',
    badLang: '--lang takes ja or en',
    noFiles: 'name at least one file',
  },
};

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  let lang: Lang = 'ja';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a.includes('=') ? a.slice(7) : argv[++i];
      if (value !== 'ja' && value !== 'en') {
        err(TEXT.ja.badLang + ' / ' + TEXT.en.badLang);
        return 2;
      }
      lang = value;
    } else args.push(a);
  }
  const t = TEXT[lang];
  const [command, ...files] = args;
  if (command === 'schema') {
    out(jsonSchemaText().trimEnd());
    return 0;
  }
  if (command === 'export' || command === 'import' || command === 'template') return runWorkbook(command, files, lang, out, err);
  if (command !== 'validate') {
    (command === undefined || command === 'help' || command === '--help' ? out : err)(HELP[lang]);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
  if (files.length === 0) {
    err(t.noFiles);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      err(t.unreadable(file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      err(t.notJson(file, parsed.line ?? 1, parsed.column ?? 1));
      status = 2;
      continue;
    }
    const result = validateDocument(parsed.value, { lang });
    for (const w of result.warnings) err(`${file}: ${w.path || '/'}: ${t.warning}: ${w.message}`);
    if (result.ok) out(t.ok(file));
    else {
      for (const p of result.problems) out(`${file}: ${p.path || '/'}: ${p.message}`);
      status = Math.max(status, 1);
    }
  }
  return status;
}
