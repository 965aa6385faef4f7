// For every example document: export → import gives back exactly the same document, and
// import → export → import is stable. Hostile strings survive as text, never as formulas.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook, ROOT } from './load.mjs';

const wb = await loadWorkbook();
const EXAMPLES = join(ROOT, 'data-schema', 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

async function roundTrip(doc) {
  const bytes = await wb.exportWorkbook(doc);
  const result = await wb.importWorkbook(bytes);
  assert.equal(result.status, 'ok', result.problems.map((p) => wb.formatProblem(p, 'en')).join('\n'));
  return { bytes, doc: result.document, problems: result.problems };
}

describe('round trip of every example document', () => {
  it('there are examples to check', () => assert.ok(examples.length >= 8));
  for (const file of examples) {
    it(`${file}: export → import is deep-equal, with no warning; import → export → import is stable`, async () => {
      const doc = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));
      const first = await roundTrip(doc);
      assert.deepStrictEqual(first.doc, doc);
      assert.deepEqual(first.problems, []);
      const second = await roundTrip(first.doc);
      assert.deepStrictEqual(second.doc, first.doc);
    });
  }
});

describe('hostile strings', () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    '+1+2',
    '-2+3',
    '@SUM(A1:A2)',
    '=1+1',
    '<script>alert(1)</script>',
    '</t></si><si><t>injected',
    'a\u0000b\u0007c\u001Fd',
    '_x0041_ stays as typed',
    '\u202Eevil\u202C',
    '"quoted", \'single\'; & ampersand',
  ];
  const doc = () => ({
    schemaVersion: '1.0',
    id: 'hostile',
    title: HOSTILE[0],
    municipality: HOSTILE[1],
    levels: [{ id: 'plan', name: '実施計画' }],
    nodes: HOSTILE.map((title, i) => ({ id: `p${i}`, level: 'plan', title, summary: HOSTILE[(i + 1) % HOSTILE.length], number: HOSTILE[(i + 2) % HOSTILE.length] })),
    description: 'x'.repeat(30_000),
  });

  it('come back exactly (control characters too) and are written as text, never as formulas', async () => {
    const input = doc();
    const { bytes, doc: back } = await roundTrip(input);
    assert.deepStrictEqual(back, input);
    const book = new wb.ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    let cells = 0;
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      cells++;
      assert.notEqual(cell.type, wb.ExcelJS.ValueType.Formula, `${ws.name}!${cell.address} is a formula`);
    })));
    assert.ok(cells > HOSTILE.length * 3);
    const titles = book.getWorksheet('項目').getColumn(5).values.slice(2);
    assert.equal(titles[0], HOSTILE[0]);
    assert.equal(typeof titles[0], 'string');
  });
});

describe('the exported workbook, as a spreadsheet program sees it', () => {
  it('has 使い方 first, frozen headers with the English name in a note, and dropdown lists', async () => {
    const doc = JSON.parse(readFileSync(join(EXAMPLES, 'small-plan-sheet.json'), 'utf8'));
    const book = new wb.ExcelJS.Workbook();
    await book.xlsx.load(await wb.exportWorkbook(doc));
    assert.equal(book.worksheets[0].name, '使い方');
    const items = book.getWorksheet('項目');
    assert.deepEqual({ state: items.views[0].state, ySplit: items.views[0].ySplit }, { state: 'frozen', ySplit: 1 });
    const header = items.getRow(1).values;
    const col = (name) => header.indexOf(name);
    const note = items.getRow(1).getCell(col('カウンターレス')).note;
    assert.match(typeof note === 'string' ? note : note.texts.map((t) => t.text).join(''), /Counterless/);
    const validation = (name) => items.getRow(2).getCell(col(name)).dataValidation;
    assert.deepEqual(validation('カウンターレス').formulae, ['"○,×"']);
    assert.match(validation('階層').formulae[0], /^'階層'!\$B\$2:\$B\$\d+$/);
    assert.match(validation('所管課').formulae[0], /^'所属'!\$B\$2:\$B\$\d+$/);
    assert.match(validation('区分').formulae[0], /^'区分'!\$A\$2:\$A\$\d+$/);
    const grades = book.getWorksheet('評価');
    const g = grades.getRow(1).values.indexOf('評語');
    assert.match(grades.getRow(2).getCell(g).dataValidation.formulae[0], /^'尺度'!\$F\$2:\$F\$\d+$/);
  });
});
