// The 「データの確認 / Check your data」 page (demo/data-check.html), driven with real workbooks
// written by the spreadsheet library in this browser, in a phone-wide iframe.
import { expect } from '@open-wc/testing';
import { exportWorkbook, importWorkbook } from '../src/workbook/index.js';
import { loadExcel } from '../src/workbook/excel.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { until } from './support/probe-element.js';

let example: MierukaDocument;
let frame: HTMLIFrameElement;
let doc: Document;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
const problems = () => [...doc.querySelectorAll('#problems li')].map((li) => li.textContent);
const visiblePreviews = () => [...doc.querySelectorAll<HTMLElement>('.preview')].filter((p) => !p.hidden).length;

/** Gives the page a file as a plan owner would choose it. */
function choose(name: string, data: BlobPart) {
  const input = $<HTMLInputElement>('#file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([data], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The example's workbook with one cell changed, as a plan owner would mistype it. */
async function mistyped(value: string): Promise<{ bytes: ArrayBuffer; address: string }> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  await book.xlsx.load((await exportWorkbook(example)).buffer as ArrayBuffer);
  const sheet = book.getWorksheet('指標')!;
  const col = (sheet.getRow(1).values as unknown[]).indexOf('2023年度');
  const cell = sheet.getRow(2).getCell(col);
  cell.value = value;
  return { bytes: (await book.xlsx.writeBuffer()) as ArrayBuffer, address: cell.address };
}

describe('データの確認 page', function () {
  // Writing and reading real workbooks in the browser takes a few seconds on a shared machine.
  this.timeout(60_000);

  before(async () => {
    example = (await (await fetch('/examples/small-report.json')).json()) as MierukaDocument;
  });

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:390px;height:844px;border:0';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/data-check.html';
    document.body.append(frame);
    await loaded;
    doc = frame.contentDocument!;
    await until(() => Boolean(frame.contentWindow!.customElements.get('mieruka-plan-tree')), 10_000);
  });
  afterEach(() => frame.remove());

  it('is accessible before a file is chosen: a labelled file input, a status region, no previews', () => {
    const input = $<HTMLInputElement>('#file');
    expect(input.labels![0]!.textContent).to.equal('ファイル（.xlsx または .json）');
    expect($('#status').getAttribute('role')).to.equal('status');
    expect(visiblePreviews()).to.equal(0);
  });

  it('a real workbook: no problems, every element previews the result, and nothing leaves the browser', async () => {
    const win = frame.contentWindow!;
    const before = win.performance.getEntriesByType('resource').length;
    choose('計画.xlsx', (await exportWorkbook(example)) as Uint8Array<ArrayBuffer>);
    await until(() => $('#status').textContent!.includes('問題はありません'), 20_000);
    expect($('#status').textContent).to.equal('計画.xlsx: 問題はありません。下に各表示のプレビューがあります。');
    expect(visiblePreviews()).to.equal(5);
    const tree = $('mieruka-plan-tree');
    await until(() => Boolean(tree.shadowRoot?.textContent?.includes(example.title)), 10_000);
    for (const tag of ['mieruka-kpi-gauge', 'mieruka-sdgs-badges', 'mieruka-five-less', 'mieruka-trend-table']) {
      expect(($(tag) as HTMLElement & { data?: unknown }).data, tag).to.deep.equal(example);
    }
    // Only the page's own code was fetched (the workbook module and its library): no data went out.
    const after = win.performance.getEntriesByType('resource').slice(before) as PerformanceResourceTiming[];
    for (const entry of after) expect(new URL(entry.name).origin).to.equal(win.location.origin);
  });

  it('a mistyped cell: an alert, and the problem at its sheet, cell and column', async () => {
    const { bytes, address } = await mistyped('1,2８3.4.5');
    choose('計画.xlsx', bytes);
    await until(() => $('#alert').textContent !== '', 20_000);
    expect($('#alert').getAttribute('role')).to.equal('alert');
    expect($('#alert').textContent).to.equal('計画.xlsx: 問題が 1 件あります。直してからもう一度選んでください。');
    expect(problems()).to.deep.equal([`「指標」シート ${address}（2023年度）: 数値として読めません「1,2８3.4.5」`]);
    expect(visiblePreviews()).to.equal(0);
  });

  it('after a good file, a bad one keeps the last good previews on screen', async () => {
    choose('good.xlsx', (await exportWorkbook(example)) as Uint8Array<ArrayBuffer>);
    await until(() => visiblePreviews() === 5, 20_000);
    choose('bad.xlsx', (await mistyped('abc')).bytes);
    await until(() => $('#alert').textContent !== '', 20_000);
    expect(visiblePreviews()).to.equal(5);
    expect(($('mieruka-trend-table') as HTMLElement & { data?: unknown }).data).to.deep.equal(example);
  });

  it('a JSON document with a mistake: the JSON path and the message', async () => {
    const bad = { ...example, asOf: '2024-13' };
    choose('plan.json', JSON.stringify(bad));
    await until(() => problems().length > 0, 10_000);
    expect(problems()).to.deep.equal(['/asOf: 日付（YYYY、YYYY-MM、YYYY-MM-DD）の形式ではありません']);
  });

  it('downloads the JSON of a workbook, and the workbook of a JSON, each the same document', async () => {
    const win = frame.contentWindow! as Window & typeof globalThis;
    const blobs: Blob[] = [];
    // Catch what the page hands to the browser to save, instead of saving it.
    win.URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'about:blank');
    win.HTMLAnchorElement.prototype.click = function () {};
    choose('計画.xlsx', (await exportWorkbook(example)) as Uint8Array<ArrayBuffer>);
    await until(() => visiblePreviews() === 5, 20_000);
    $('#download-json').click();
    await until(() => blobs.length === 1);
    expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(example);

    choose('plan.json', JSON.stringify(example));
    await until(() => $('#status').textContent!.startsWith('plan.json'), 10_000);
    $('#download-xlsx').click();
    await until(() => blobs.length === 2, 20_000);
    const back = await importWorkbook(new Uint8Array(await blobs[1]!.arrayBuffer()));
    expect(back.status).to.equal('ok');
    expect(back.document).to.deep.equal(example);
  });

  it('a file that is not a workbook, in English', async () => {
    $('#lang').click();
    expect(doc.documentElement.lang).to.equal('en');
    expect($('#lang').getAttribute('aria-pressed')).to.equal('true');
    choose('notes.xlsx', 'just text');
    await until(() => $('#alert').textContent !== '', 10_000);
    expect($('#alert').textContent).to.equal('notes.xlsx: cannot be read.');
    expect(problems()).to.deep.equal(['not an Excel workbook (.xlsx)']);
  });
});
