// Workbooks as plan owners really type them: merged cells, full-width digits, 「1,350人以下」,
// 「—」 and 「－」, date serials, formulas, spaces; and bad files: not a workbook, a zip bomb,
// a million rows, missing or renamed sheets, unknown columns. Built with the library itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorkbook } from './load.mjs';
import { zip } from './zip.mjs';

const wb = await loadWorkbook();
const { ExcelJS } = wb;

/** The workbook a plan owner would type by hand: only the columns they need, in their own order. */
function handMade({ fy2023 = '—', counter = '○', sdgsHeader = 'SDGs', nodesSheet = '項目', asOf = 45382, extraColumn } = {}) {
  const book = new ExcelJS.Workbook();
  const doc = book.addWorksheet('文書');
  doc.addRows([
    ['項目', '値'],
    ['名称', '  郡山市テスト計画　'],
    ['自治体', '郡山市'],
    ['種類', '計画'],
    ['計画期間（開始年度）', '令和4年度'],
    ['計画期間（終了年度）', '２０２５'],
    ['データの時点', asOf],
  ]);
  const levels = book.addWorksheet('階層');
  levels.addRows([['階層ID', '階層の名前'], ['goal', '重点推進目標'], ['plan', '実施計画']]);
  const nodes = book.addWorksheet(nodesSheet);
  nodes.addRows([
    ['親ID', 'ID', '階層', '番号', '名称', '所管課', 'カウンターレス', 'キャッシュレス', sdgsHeader],
    [null, 'g1', '重点推進目標', '①', '公民協奏の推進'],
    ['g1', 'p1', '実施計画', '1', '窓口改革', '市民課、税務課', counter, '×', '3.4/11.7'],
    [null, 'p2', '実施計画', 2, '会議の削減', ' 総務課 ', null, '○'],
  ]);
  nodes.mergeCells('A3:A4'); // the parent spans both plans, as plan owners lay it out
  const ind = book.addWorksheet('指標');
  const header = ['項目ID', '指標ID', '指標名', '単位', '基準年度', '基準値', '目標値', '2022年度', '2023年度', '令和6年度'];
  if (extraColumn) header.push(extraColumn);
  ind.addRows([
    header,
    ['p1', 'k1', '窓口の利用者数', '人', 'R3', '約30', '1,350人以下', '１，２００', fy2023, null],
    ['p2', 'k2', '会議の回数', '回', null, null, null, '－', 12, null],
  ]);
  ind.getCell('J2').value = { formula: 'H2+300', result: 1500 };
  return book;
}

const importBook = async (book, lang = 'ja') => wb.importWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), lang);
const lines = (r, lang = 'ja') => r.problems.map((p) => wb.formatProblem(p, lang));

describe('a hand-made workbook', () => {
  it('imports with the right values: merged parent, full-width digits, 以下 and 約 in a cell, dashes, a date serial, a formula, spaces', async () => {
    const r = await importBook(handMade());
    assert.equal(r.status, 'ok', lines(r).join('\n'));
    const d = r.document;
    assert.equal(d.title, '郡山市テスト計画');
    assert.deepEqual(d.period, { start: 2022, end: 2025 });
    assert.equal(d.asOf, '2024-03-31');
    assert.deepEqual(d.nodes.map((n) => n.id), ['g1']);
    const [p1, p2] = d.nodes[0].children;
    assert.deepEqual([p1.id, p2.id], ['p1', 'p2'], 'the merged 親ID cell gives p2 the parent g1');
    assert.equal(p1.number, '1');
    assert.equal(p2.number, '2', 'a number typed as a number is kept as the text "2"');
    assert.deepEqual(p1.departments, [{ name: '市民課' }, { name: '税務課' }]);
    assert.deepEqual(p2.departments, [{ name: '総務課' }]);
    assert.deepEqual(p1.fiveLess, { counter: true, cash: false });
    assert.deepEqual(p2.fiveLess, { cash: true }, 'an empty ○ cell stays unknown (未設定), not ×');
    assert.deepEqual(p1.sdgs, ['3.4', '11.7']);
    const [k1] = p1.indicators;
    assert.deepEqual(k1.baseline, { fiscalYear: 2021, value: 30, approximate: true });
    assert.deepEqual(k1.target, { value: 1350, comparator: 'atMost' });
    assert.deepEqual(k1.observations, [
      { fiscalYear: 2022, value: 1200 },
      { fiscalYear: 2023, value: null },
      { fiscalYear: 2024, value: 1500 },
    ]);
    assert.deepEqual(p2.indicators[0].observations, [{ fiscalYear: 2022, value: null }, { fiscalYear: 2023, value: 12 }]);
    assert.deepEqual(lines(r), ['「指標」シート J2（令和6年度）: 警告: 数式のセルです。保存されている計算結果「1500」を使いました（数式は計算しません）']);
  });

  it('a date typed as a date cell is read as that day', async () => {
    const r = await importBook(handMade({ asOf: new Date(Date.UTC(2024, 2, 31)) }));
    assert.equal(r.document.asOf, '2024-03-31');
  });

  it('a wrong one gets every problem at once, each with sheet, cell address and column', async () => {
    const r = await importBook(handMade({ fy2023: '1,2.8', counter: 'はい?' }));
    assert.equal(r.status, 'invalid');
    assert.equal(r.document, undefined);
    assert.deepEqual(lines(r).filter((l) => !l.includes('警告')), [
      '「項目」シート G3（カウンターレス）: ○ か × を入れてください（空欄は未設定）「はい?」',
      '「指標」シート I2（2023年度）: 数値として読めません「1,2.8」',
    ]);
    assert.deepEqual(lines(r, 'en').filter((l) => !l.includes('warning')), [
      'sheet "項目" G3 (カウンターレス): write ○ or × (empty means unknown): "はい?"',
      'sheet "指標" I2 (2023年度): not a number: "1,2.8"',
    ]);
  });

  it('problems found by the validator are shown at their cell too', async () => {
    const book = handMade();
    book.getWorksheet('項目').getCell('I3').value = '18.1';
    book.getWorksheet('指標').getCell('B3').value = 'k1';
    const r = await importBook(book);
    assert.equal(r.status, 'invalid');
    const errors = lines(r).filter((l) => !l.includes('警告'));
    assert.ok(errors.some((l) => l.startsWith('「項目」シート I3（SDGs）: ')), errors.join('\n'));
    assert.ok(errors.some((l) => l.startsWith('「指標」シート B3（指標ID）: ') && l.includes('k1')), errors.join('\n'));
  });

  it('a parent that is not there, parents in a loop, an indicator of an unknown item: each at its cell', async () => {
    const book = handMade();
    const nodes = book.getWorksheet('項目');
    nodes.unMergeCells('A3:A4');
    nodes.getCell('A3').value = 'g9';
    nodes.getCell('A4').value = 'p5';
    nodes.addRow(['p2', 'p5', '実施計画', '5', 'ループ']);
    book.getWorksheet('指標').getCell('A3').value = 'p7';
    const r = await importBook(book);
    assert.equal(r.status, 'invalid');
    assert.deepEqual(lines(r).filter((l) => !l.includes('警告')), [
      '「項目」シート A3（親ID）: 親の項目「g9」が見つかりません',
      '「項目」シート A4（親ID）: 親IDをたどると、この項目に戻ってしまいます（親ID「p5」）',
      '「項目」シート A5（親ID）: 親IDをたどると、この項目に戻ってしまいます（親ID「p2」）',
      '「指標」シート A3（項目ID）: 項目ID「p7」が見つかりません',
    ]);
  });

  it('schema 1.1 sheets: grades, period part, source, field labels, a level with no name — read into the document', async () => {
    const book = handMade();
    book.getWorksheet('文書').addRow(['報告の年度', '令和3年度']);
    book.getWorksheet('階層').addRow(['step', null]);
    const a = book.addWorksheet('評価');
    a.addRows([
      ['項目ID', '年度', '尺度ID', '評価の文章', '期間の評価: 尺度ID', '最終評価', '総括', '期間の評価: 開始年度', '期間の評価: 終了年度', '出典ID', 'ページ', '表', '行'],
      ['p1', 2021, 's', '共通の文章', 's', '完了', '終えた', '令和4年度', 2025, 'r', '3', '表1', 'No.1'],
    ]);
    book.addWorksheet('所属ごとの評語').addRows([
      ['項目ID', '評価の番号', '所属', '評語', '文章'],
      ['p1', 1, '市民課、税務課', 'A', '窓口で'],
    ]);
    book.addWorksheet('欄の見出し').addRows([
      ['対象', '欄', '見出し'],
      ['文書', '期間の総括', '総括'],
      ['plan', '事業概要', '内容'],
    ]);
    book.addWorksheet('出典').addRows([['出典ID', '資料名'], ['r', '報告書']]);
    book.addWorksheet('尺度').addRows([['尺度ID', '尺度の名前', '尺度の種類', '評語'], ['s', '評語', '評語', 'A'], ['s', null, null, '完了']]);
    const r = await importBook(book);
    assert.equal(r.status, 'ok', lines(r).join('\n'));
    const d = r.document;
    assert.equal(d.reportYear, 2021);
    assert.deepEqual(d.labels, { finalText: '総括' });
    assert.deepEqual(d.levels[1].labels, { summary: '内容' });
    assert.equal(d.levels[2].name, undefined);
    const [assessment] = d.nodes[0].children[0].assessments;
    assert.deepEqual(assessment.final, { scale: 's', value: '完了', text: '終えた', period: { start: 2022, end: 2025 } });
    assert.deepEqual(assessment.source, { source: 'r', page: '3', table: '表1', line: 'No.1' });
    assert.deepEqual(assessment.grades, [{ departments: [{ name: '市民課' }, { name: '税務課' }], value: 'A', text: '窓口で' }]);
  });

  it('所属ごとの評語: an assessment number the item does not have, an empty 所属, an unknown 対象 of a label — each at its cell, ja and en', async () => {
    const book = handMade();
    book.addWorksheet('評価').addRows([['項目ID', '年度', '評価の文章'], ['p1', 2021, '共通の文章']]);
    book.addWorksheet('所属ごとの評語').addRows([
      ['項目ID', '評価の番号', '所属', '評語'],
      ['p1', 2, '市民課', 'A'],
      ['p1', 1, null, 'B'],
    ]);
    book.addWorksheet('欄の見出し').addRows([['対象', '欄', '見出し'], ['nowhere', '事業概要', '内容']]);
    const r = await importBook(book);
    assert.equal(r.status, 'invalid');
    const errors = lines(r).filter((l) => !l.includes('警告'));
    assert.ok(errors.includes('「所属ごとの評語」シート B2（評価の番号）: 項目「p1」の評価の番号「2」が見つかりません'), errors.join('\n'));
    assert.ok(errors.some((l) => l.startsWith('「所属ごとの評語」シート C3（所属）: ')), errors.join('\n'));
    assert.ok(errors.includes('「欄の見出し」シート A2（対象）: 対象（文書、または階層ID）「nowhere」が見つかりません'), errors.join('\n'));
    const en = lines(r, 'en').join('\n');
    assert.match(en, /B2/);
    assert.match(en, /assessment number of item "p1"/);
  });

  it('an unknown column is a warning that names the closest known column', async () => {
    const r = await importBook(handMade({ sdgsHeader: 'SDG', extraColumn: '備考欄' }));
    assert.equal(r.status, 'ok');
    const warnings = lines(r).filter((l) => l.includes('列は読みません'));
    assert.deepEqual(warnings, [
      '「項目」シート I1: 警告: 「SDG」列は読みません（「SDGs」のことですか）',
      '「指標」シート K1: 警告: 「備考欄」列は読みません',
    ]);
  });

  it('a renamed required sheet: a clear error naming the sheet and the likely rename; nothing is produced', async () => {
    const r = await importBook(handMade({ nodesSheet: '項目一覧' }));
    assert.equal(r.status, 'invalid');
    assert.deepEqual(lines(r).filter((l) => !l.includes('数式')), ['警告: 「項目一覧」シートは読みません（「項目」のことですか）', '「項目」シートがありません（「項目一覧」シートの名前を変えましたか）']);
  });

  it('a missing required sheet', async () => {
    const book = handMade();
    book.removeWorksheet(book.getWorksheet('階層').id);
    const r = await importBook(book, 'en');
    assert.deepEqual(lines(r, 'en').filter((l) => !l.includes('formula')), ['sheet "階層" is missing']);
  });
});

describe('files that are not workbooks, or are too big', () => {
  const workbookXml = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="項目" sheetId="1"/></sheets></workbook>';

  it('a text file → not a workbook', async () => {
    const r = await wb.importWorkbook(new TextEncoder().encode('ID,名称\np1,窓口改革\n'));
    assert.equal(r.status, 'unreadable');
    assert.deepEqual(lines(r), ['Excel ブック（.xlsx）ではありません']);
  });

  it('an old .xls file → asks for .xlsx', async () => {
    const r = await wb.importWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    assert.deepEqual(lines(r, 'en'), ['an old Excel file (.xls): save it as .xlsx in Excel']);
  });

  it('a zip that is not a workbook (no xl/workbook.xml)', async () => {
    const r = await wb.importWorkbook(zip([{ name: 'readme.txt', data: 'hello' }]));
    assert.deepEqual(lines(r), ['Excel ブック（.xlsx）ではありません']);
  });

  it('a zip bomb whose parts claim to be small is stopped while unpacking', async () => {
    const bomb = Buffer.alloc(WORKBOOK_UNPACKED() + 1024 * 1024, 0x20);
    const file = zip([{ name: 'xl/workbook.xml', data: workbookXml }, { name: 'xl/sharedStrings.xml', data: bomb, declaredSize: 1000 }]);
    assert.ok(file.length < 2 * 1024 * 1024, 'the bomb is small on disk');
    const r = await wb.importWorkbook(file);
    assert.equal(r.status, 'unreadable');
    assert.deepEqual(lines(r), [`展開すると大きすぎます（上限 ${WORKBOOK_UNPACKED().toLocaleString('ja-JP')} バイト）。圧縮爆弾の可能性があるため読みません`]);
  });

  it('a zip whose parts declare a huge size is refused before unpacking', async () => {
    const file = zip([{ name: 'xl/workbook.xml', data: workbookXml, declaredSize: 0xfffffff0 }]);
    const r = await wb.importWorkbook(file);
    assert.equal(r.problems[0].code, 'zipBomb');
  });

  it('a sheet of 1,000,000 rows is refused with the row limit', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    const file = zip([{ name: 'xl/workbook.xml', data: workbookXml }, { name: 'xl/worksheets/sheet1.xml', data: sheet }]);
    const r = await wb.importWorkbook(file);
    assert.equal(r.status, 'unreadable');
    assert.equal(r.problems[0].code, 'tooManyRows');
    assert.deepEqual(lines(r), ['行が多すぎます（1シート 100,000 行まで）']);
  });

  it('a file over the size limit', async () => {
    const r = await wb.importWorkbook(new Uint8Array(wb.WORKBOOK_LIMITS.fileBytes + 1));
    assert.equal(r.problems[0].code, 'tooLarge');
  });

  it('a damaged workbook (a valid zip with broken XML) → unreadable, no crash', async () => {
    const file = zip([{ name: 'xl/workbook.xml', data: '<workbook><sheets><sheet' }, { name: '[Content_Types].xml', data: '<Types/>' }]);
    const r = await wb.importWorkbook(file);
    assert.equal(r.status, 'unreadable');
  });
});

function WORKBOOK_UNPACKED() {
  return wb.WORKBOOK_LIMITS.unpackedBytes;
}
