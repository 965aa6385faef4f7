// Writes the column tables of docs/workbook.md from src/workbook/format.ts (between the
// <!-- workbook-columns --> markers), so the docs never drift from the format. `npm run docs:workbook`.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- workbook-columns:start -->';
const END = '<!-- workbook-columns:end -->';

export async function workbookColumnsMarkdown() {
  const outfile = join(root, 'node_modules', '.cache', 'mieruka-workbook', `format-${process.pid}.mjs`);
  await build({ entryPoints: [join(root, 'src/workbook/format.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const f = await import(pathToFileURL(outfile).href);
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const field = (c) => (c.path.startsWith('@') ? `(${c.key ? 'row key' : ''})`.replace('()', '—') : `\`${c.path}\``);
  const how = (c) => (c.choices ? `${c.kind}: ${c.choices.map((x) => `${x.ja} = ${x.value}`).join(', ')}` : c.kind);
  const table = (columns, extra = []) => [
    '| 列 (header) | English name | JSON field | kind |',
    '| --- | --- | --- | --- |',
    ...columns.map((c) => `| ${cell(c.ja)} | ${cell(c.en)} | ${c.scope && c.scope !== 'both' ? `${c.scope}: ` : ''}${field(c)} | ${cell(how(c))} |`),
    ...extra,
  ].join('\n');
  const parts = [
    `### ${f.SHEET.document} (${f.SHEET_EN.document}) — required; label in column A, value in column B\n\n${table(f.DOCUMENT_ROWS)}`,
    ...f.TABLES.map(([key, columns]) => {
      const extra = key === 'indicators' ? ['| 2016年度, 2017年度 … (one column per fiscal year) | FY2016 … | `observations[].value` | value |'] : [];
      return `### ${f.SHEET[key]} (${f.SHEET_EN[key]})${f.REQUIRED_SHEETS.includes(key) ? ' — required' : ''}\n\n${table(columns, extra)}`;
    }),
  ];
  return `${START}\n${parts.join('\n\n')}\n${END}`;
}

export async function currentWorkbookDocs() {
  return readFile(join(root, 'docs/workbook.md'), 'utf8');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const doc = await currentWorkbookDocs();
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error('docs/workbook.md has no workbook-columns markers');
  await writeFile(join(root, 'docs/workbook.md'), doc.slice(0, a) + (await workbookColumnsMarkdown()) + doc.slice(b + END.length));
  console.log('docs/workbook.md: column tables rewritten');
}
