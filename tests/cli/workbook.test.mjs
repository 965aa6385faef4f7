// `mieruka export`, `import` and `template`, run as a plan owner runs them: `node bin/mieruka.js …`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mieruka.js');
const EXAMPLE = join(ROOT, 'data-schema', 'examples', 'small-report.json');

function mieruka(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  const lines = (s) => s.split('\n').filter((l) => l !== '');
  return { status: r.status, out: lines(r.stdout), err: lines(r.stderr), stdout: r.stdout };
}

let dir;
const path = (name) => join(dir, name);

describe('mieruka export / import / template', () => {
  before(() => {
    execFileSync(process.execPath, ['scripts/build-cli.js'], { cwd: ROOT, stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'mieruka-wb-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('export then import gives back the same document; exit 0', () => {
    const e = mieruka(['export', EXAMPLE, '-o', path('report.xlsx')]);
    assert.equal(e.status, 0, e.err.join('\n'));
    const i = mieruka(['import', path('report.xlsx'), '-o', path('report.json')]);
    assert.equal(i.status, 0, i.out.join('\n'));
    assert.deepEqual(JSON.parse(readFileSync(path('report.json'), 'utf8')), JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  });

  it('export warns about a text longer than Excel keeps in a cell, and still writes it whole', () => {
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    doc.description = 'あ'.repeat(40_000);
    writeFileSync(path('long.json'), JSON.stringify(doc));
    const e = mieruka(['export', path('long.json'), '-o', path('long.xlsx')]);
    assert.equal(e.status, 0);
    assert.ok(e.err.includes(`${path('long.json')}: /description: 警告: 32,767 文字を超えるため、Excel で開くと切り詰められます（mieruka import では元どおり読めます）`), e.err.join('\n'));
    const i = mieruka(['import', path('long.xlsx')]);
    assert.equal(JSON.parse(i.stdout).description.length, 40_000);
  });

  it('import without -o prints the document on stdout', () => {
    mieruka(['export', EXAMPLE, '-o', path('a.xlsx')]);
    const i = mieruka(['import', path('a.xlsx')]);
    assert.equal(i.status, 0);
    assert.equal(JSON.parse(i.stdout).id, 'small-report');
  });

  it('export of an invalid document → exit 1, its problems, and no workbook written', () => {
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    delete bad.title;
    writeFileSync(path('bad.json'), JSON.stringify(bad));
    const e = mieruka(['export', path('bad.json'), '-o', path('bad.xlsx')]);
    assert.equal(e.status, 1);
    assert.deepEqual(e.out, [`${path('bad.json')}: /title: 必須の項目がありません`]);
    assert.equal(existsSync(path('bad.xlsx')), false);
  });

  it('import of a workbook with a bad cell → exit 1, sheet + cell + column, and no output file', async () => {
    const { default: ExcelJS } = await import('exceljs');
    mieruka(['export', EXAMPLE, '-o', path('edit.xlsx')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path('edit.xlsx'));
    const sheet = book.getWorksheet('指標');
    const col = sheet.getRow(1).values.indexOf('2023年度');
    const cell = sheet.getRow(2).getCell(col);
    cell.value = '1,2８3.4.5';
    await book.xlsx.writeFile(path('edit.xlsx'));
    const i = mieruka(['import', path('edit.xlsx'), '-o', path('edit.json')]);
    assert.equal(i.status, 1);
    assert.deepEqual(i.out, [`${path('edit.xlsx')}: 「指標」シート ${cell.address}（2023年度）: 数値として読めません「1,2８3.4.5」`]);
    assert.equal(existsSync(path('edit.json')), false, 'nothing is written when the import fails');
    const en = mieruka(['import', path('edit.xlsx'), '-o', path('edit.json'), '--lang', 'en']);
    assert.deepEqual(en.out, [`${path('edit.xlsx')}: sheet "指標" ${cell.address} (2023年度): not a number: "1,2８3.4.5"`]);
  });

  it('import of a file that is not a workbook → exit 2; a missing file → exit 2', () => {
    const i = mieruka(['import', EXAMPLE, '-o', path('x.json')]);
    assert.equal(i.status, 2);
    assert.deepEqual(i.out, [`${EXAMPLE}: Excel ブック（.xlsx）ではありません`]);
    assert.equal(existsSync(path('x.json')), false);
    assert.equal(mieruka(['import', path('nowhere.xlsx')]).status, 2);
  });

  it('the yearly update: --previous lists the values added, changed and removed', async () => {
    const { default: ExcelJS } = await import('exceljs');
    mieruka(['export', EXAMPLE, '-o', path('year.xlsx')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path('year.xlsx'));
    const sheet = book.getWorksheet('指標');
    const header = sheet.getRow(1);
    const next = header.cellCount + 1;
    header.getCell(next).value = '2026年度';
    sheet.getRow(2).getCell(next).value = 99;
    const idCol = header.values.indexOf('指標ID');
    const id = sheet.getRow(2).getCell(idCol).value;
    const name = sheet.getRow(2).getCell(header.values.indexOf('指標名')).value;
    await book.xlsx.writeFile(path('year.xlsx'));
    const i = mieruka(['import', path('year.xlsx'), '-o', path('year.json'), '--previous', EXAMPLE]);
    assert.equal(i.status, 0, i.out.join('\n'));
    assert.deepEqual(i.out, [`${EXAMPLE} からの変更 1 件:`, `  追加: 指標 ${id} ${name} 2026年度：99`]);
  });

  it('--previous that cannot be read → exit 2 and nothing written', () => {
    mieruka(['export', EXAMPLE, '-o', path('p.xlsx')]);
    const i = mieruka(['import', path('p.xlsx'), '-o', path('p.json'), '--previous', path('nowhere.json')]);
    assert.equal(i.status, 2);
    assert.equal(existsSync(path('p.json')), false);
  });

  it('template writes an empty workbook with the given levels, which imports as a valid document', () => {
    const t = mieruka(['template', '-o', path('様式.xlsx'), '--levels', '基本目標,施策,事業']);
    assert.equal(t.status, 0, t.err.join('\n'));
    const i = mieruka(['import', path('様式.xlsx')]);
    assert.equal(i.status, 0, i.out.join('\n'));
    assert.deepEqual(JSON.parse(i.stdout).levels.map((l) => l.name), ['基本目標', '施策', '事業']);
  });

  it('template and export need -o; a wrong --levels → exit 2', () => {
    assert.equal(mieruka(['template']).status, 2);
    assert.equal(mieruka(['export', EXAMPLE]).status, 2);
    assert.equal(mieruka(['template', '-o', path('t.xlsx'), '--levels', ',']).status, 2);
    assert.equal(existsSync(path('t.xlsx')), false);
  });
});
