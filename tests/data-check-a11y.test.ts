// The data-check page's accessibility tree, as assistive technology gets it: the page's own
// markup and script are loaded into this test page (a snapshot does not reach into an iframe).
import { expect } from '@open-wc/testing';
import { exportWorkbook } from '../src/workbook/index.js';
import { loadExcel } from '../src/workbook/excel.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { until } from './support/probe-element.js';
import { accessibilityTree, axText, findAx, flattenAx } from './support/ax.js';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

describe('データの確認 page: accessibility tree', function () {
  this.timeout(60_000);

  before(async () => {
    const html = await (await fetch('/demo/data-check.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.lang = 'ja';
    document.body.replaceChildren(...[...page.body.children].map((n) => document.importNode(n, true)));
    await import('../demo/data-check.js');
  });

  it('names the file field, announces the problem in an alert, and lists each problem', async () => {
    const example = (await (await fetch('/examples/small-report.json')).json()) as MierukaDocument;
    const Excel = await loadExcel();
    const book = new Excel.Workbook();
    await book.xlsx.load((await exportWorkbook(example)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('指標')!;
    const cell = sheet.getRow(2).getCell((sheet.getRow(1).values as unknown[]).indexOf('2023年度'));
    cell.value = 'abc';
    const transfer = new DataTransfer();
    transfer.items.add(new File([(await book.xlsx.writeBuffer()) as ArrayBuffer], '計画.xlsx'));
    const input = $<HTMLInputElement>('#file');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $('#alert').textContent !== '', 20_000);

    const tree = await accessibilityTree();
    const all = flattenAx(tree);
    expect(all.some((n) => n.role === 'button' && n.name === 'ファイル（.xlsx または .json）'), 'the file field is named by its label').to.equal(true);
    expect(all.some((n) => n.role === 'region' && n.name === '問題と警告'), 'the problems are a named region').to.equal(true);
    const alert = findAx(tree, (n) => n.role === 'alert');
    expect(alert && axText(alert)).to.equal('計画.xlsx: 問題が 1 件あります。直してからもう一度選んでください。');
    const texts = all.map((n) => n.name);
    expect(texts, 'the problem, with its sheet, cell and column').to.include(`「指標」シート ${cell.address}（2023年度）: 数値として読めません「abc」`);
    expect(all.some((n) => n.role === 'button' && n.name === 'JSON をダウンロード'), 'the result stays hidden after a failed file').to.equal(false);
  });
});
