import '../src/index.js';
import { parseJson, validateDocument, type Lang, type MierukaDocument } from '../data-schema/index.js';

/**
 * 「データの確認 / Check your data」: a plan owner drops a workbook (.xlsx) or a JSON document,
 * sees every problem with its cell or JSON path, previews every element on the result, and
 * downloads the JSON (or the workbook of a JSON). Everything happens in this page: no request
 * is made. The workbook module and its spreadsheet library are loaded only when needed.
 */
const TEXT = {
  ja: {
    title: 'データの確認', back: 'デモに戻る', choose: 'ファイルを選ぶ', toggle: 'English',
    intro: 'Excel ブック（.xlsx）か JSON ファイルを、ここにドロップするか選んでください。ファイルはこのブラウザの中だけで読み、どこにも送信しません。',
    fileLabel: 'ファイル（.xlsx または .json）', problems: '問題と警告', result: '結果',
    downloadJson: 'JSON をダウンロード', downloadXlsx: 'Excel ブックをダウンロード',
    tree: '計画の体系', gauges: '指標', fiveLess: '5レス', trend: '年度ごとの推移',
    reading: (f: string) => `${f} を読んでいます…`,
    ok: (f: string, w: number) => `${f}: 問題はありません${w ? `（警告 ${w} 件）` : ''}。下に各表示のプレビューがあります。`,
    bad: (f: string, n: number) => `${f}: 問題が ${n} 件あります。直してからもう一度選んでください。`,
    unreadable: (f: string) => `${f}: 読み込めません。`,
    notJson: (l: number, c: number) => `${l}行${c}列: JSON として読めません`,
    kind: 'ファイルは .xlsx か .json を選んでください',
    warning: '警告',
  },
  en: {
    title: 'Check your data', back: 'Back to the demo', choose: 'Choose a file', toggle: '日本語',
    intro: 'Drop an Excel workbook (.xlsx) or a JSON file here, or choose one. The file is read in this browser only and is not sent anywhere.',
    fileLabel: 'File (.xlsx or .json)', problems: 'Problems and warnings', result: 'Result',
    downloadJson: 'Download JSON', downloadXlsx: 'Download Excel workbook',
    tree: 'Plan structure', gauges: 'Indicators', fiveLess: '5-less', trend: 'Values by fiscal year',
    reading: (f: string) => `Reading ${f}…`,
    ok: (f: string, w: number) => `${f}: no problems${w ? ` (${w} warnings)` : ''}. The previews are below.`,
    bad: (f: string, n: number) => `${f}: ${n} problems. Fix them and choose the file again.`,
    unreadable: (f: string) => `${f}: cannot be read.`,
    notJson: (l: number, c: number) => `line ${l}, column ${c}: not valid JSON`,
    kind: 'Choose an .xlsx or a .json file',
    warning: 'warning',
  },
};

interface Line { text: string; severity: 'error' | 'warning' }

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ja');
const workbook = () => import('../src/workbook/index.js');

let current: { name: string; doc: MierukaDocument } | undefined;
let last: { name: string; bytes: Uint8Array } | undefined;

function show(name: string, lines: Line[], doc: MierukaDocument | undefined, unreadable = false) {
  const t = TEXT[lang()];
  const errors = lines.filter((l) => l.severity === 'error').length;
  $('#status').textContent = doc ? t.ok(name, lines.length - errors) : '';
  $('#alert').textContent = doc ? '' : unreadable ? t.unreadable(name) : t.bad(name, errors);
  const list = $('#problems');
  // Errors first: they are what stops the import.
  const sorted = [...lines.filter((l) => l.severity === 'error'), ...lines.filter((l) => l.severity === 'warning')];
  list.replaceChildren(
    ...sorted.map((l) => {
      const li = document.createElement('li');
      li.className = l.severity;
      li.textContent = l.severity === 'warning' && !l.text.includes(t.warning) ? `${t.warning}: ${l.text}` : l.text;
      return li;
    }),
  );
  $('#problems-panel').hidden = lines.length === 0 && !!doc;
  if (doc) {
    // The last good document stays on screen when a later file has problems.
    current = { name, doc };
    for (const panel of document.querySelectorAll<HTMLElement>('.preview')) panel.hidden = false;
    for (const el of document.querySelectorAll<HTMLElement & { data?: unknown }>('.preview [id]')) if (el.localName.startsWith('mieruka-')) el.data = doc;
  }
}

async function check(name: string, bytes: Uint8Array) {
  last = { name, bytes };
  const t = TEXT[lang()];
  $('#status').textContent = t.reading(name);
  if (/\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const wb = await workbook();
    const result = await wb.importWorkbook(bytes, lang());
    const lines = result.problems.map((p) => ({ text: wb.formatProblem(p, lang()), severity: p.severity }));
    show(name, lines, result.document, result.status === 'unreadable');
    return;
  }
  if (!/\.json$/i.test(name) && bytes[0] !== 0x7b && bytes[0] !== 0xef) {
    show(name, [{ text: t.kind, severity: 'error' }], undefined, true);
    return;
  }
  const parsed = parseJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) {
    show(name, [{ text: t.notJson(parsed.line ?? 1, parsed.column ?? 1), severity: 'error' }], undefined, true);
    return;
  }
  const result = validateDocument(parsed.value, { lang: lang(), warnings: true });
  const lines: Line[] = [
    ...(result.ok ? [] : result.problems).map((p) => ({ text: `${p.path || '/'}: ${p.message}`, severity: 'error' as const })),
    ...result.warnings.map((p) => ({ text: `${p.path || '/'}: ${p.message}`, severity: 'warning' as const })),
  ];
  show(name, lines, result.ok ? result.document : undefined);
}

async function readFile(file: File) {
  await check(file.name, new Uint8Array(await file.arrayBuffer()));
}

function download(name: string, data: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const baseName = (name: string) => name.replace(/\.(xlsx|json)$/i, '');

function setLanguage(next: Lang) {
  document.documentElement.lang = next;
  const t = TEXT[next];
  $('#lang').setAttribute('aria-pressed', String(next === 'en'));
  $('#lang').textContent = t.toggle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t[el.dataset.i18n as 'title'];
  if (last) void check(last.name, last.bytes);
}

$('#file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void readFile(file);
});
const drop = $('#drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});
$('#download-json').addEventListener('click', () => {
  if (current) download(`${baseName(current.name)}.json`, JSON.stringify(current.doc, null, 2) + '\n', 'application/json');
});
$('#download-xlsx').addEventListener('click', async () => {
  if (!current) return;
  const bytes = await (await workbook()).exportWorkbook(current.doc);
  download(`${baseName(current.name)}.xlsx`, bytes as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
});
$('#lang').addEventListener('click', () => setLanguage(lang() === 'en' ? 'ja' : 'en'));
