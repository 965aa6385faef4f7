import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { clone, example } from './support/plan-tree.js';

// Issue #23 item 5: every element prints on A4 as a council handout. The page is printed to a PDF
// by Chromium's own print path (tests/support/print-plugin.js: page.pdf on A4, @page and
// @media print applied) and the PDF's text is read back with poppler's pdftotext.

// The virtualizer of the long tree (on screen, before printing) may raise this one benign message.
const BENIGN = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener('error', (e) => e.message === BENIGN && e.stopImmediatePropagation(), true);

interface Printed {
  pages: string[];
  file: string;
}

/** Prints the page and returns each PDF page's text with runs of spaces made one (pdftotext -layout pads columns). */
async function print(name: string): Promise<{ pages: string[]; all: string; file: string }> {
  const r = await executeServerCommand<Printed, { name: string }>('print-pdf', { name });
  const pages = r!.pages.map((p) => p.replace(/[ \t]+/g, ' '));
  return { pages, all: pages.join('\n'), file: r!.file };
}

/** Whether a string occurs in the text with the line breaks a PDF page may put anywhere removed. */
const flat = (s: string) => s.replace(/\s+/g, '');

const waitLoaded = (el: Element) =>
  new Promise<void>((resolve) => {
    if ((el as unknown as { view?: unknown }).view) resolve();
    else el.addEventListener('mieruka-load', () => resolve(), { once: true });
  });

async function page(doc: MierukaDocument): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div style="max-width: 48rem">
    <mieruka-progress-summary .data=${doc}></mieruka-progress-summary>
    <mieruka-plan-tree .data=${doc} expanded="1" selected="p1-n1" detail="inline"></mieruka-plan-tree>
    <mieruka-kpi-gauge .data=${doc} indicator="p1-k1"></mieruka-kpi-gauge>
    <mieruka-trend-table .data=${doc} node="p1"></mieruka-trend-table>
    <mieruka-sdgs-badges .data=${doc} node="p1"></mieruka-sdgs-badges>
  </div>`);
  for (const el of wrap.children) await waitLoaded(el);
  for (const el of wrap.children) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return wrap;
}

describe('printing on A4 (a PDF from Chromium, read with pdftotext)', () => {
  it('prints the data, not the controls: open rows and the sheet in full, per-year values, status in words, link addresses', async () => {
    const doc = clone(await example('koriyama-collaboration-2023'));
    const project = doc.nodes[0]!.children![0]!;
    project.links = [{ title: '人材育成のページ', url: 'https://www.city.example.jp/jinzai/' }];
    const wrap = await page(doc);
    const { pages, all, file } = await print('all-elements');
    console.log(`print test: ${pages.length} A4 pages in ${file}`);
    const text = flat(all);

    // The tree's open rows and its plan sheet, with the link's address after its text.
    for (const title of doc.nodes.map((n) => n.title)) expect(text, title).to.include(flat(title));
    expect(text).to.include(flat(project.title));
    expect(text).to.include(flat('人材育成のページ (https://www.city.example.jp/jinzai/)'));
    // The gauge's values by fiscal year, printed as its table although the disclosure is closed on screen.
    expect(text).to.include(flat('2016年度'));
    expect(text).to.include(flat('261'));
    expect(text).to.include(flat('299'));
    // Status as symbol and word.
    const gauge = wrap.querySelector('mieruka-kpi-gauge')!.shadowRoot!;
    const status = gauge.querySelector('[part~=status]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(status).to.match(/^\S+ \S+/);
    expect(text).to.include(flat(status));
    // No controls: the search box, the tree's toolbar, the table's download and copy buttons, the disclosures.
    for (const control of ['キーワード', 'すべて開く', 'すべて閉じる', 'CSV', '年度別の値']) expect(all, control).not.to.include(control);
  });

  it('the 5レス matrix prints its totals and marks as words, without its definition and sort buttons', async () => {
    const el = await fixture(html`<mieruka-five-less .data=${await example('koriyama-digital-city-hall-2021')}></mieruka-five-less>`);
    await waitLoaded(el);
    const { all } = await print('five-less');
    const text = flat(all);
    expect(text).to.include(flat('カウンターレス'));
    expect(text).to.include('該当');
    // The totals print as their text (they are toggle buttons on screen); the ⓘ buttons and sort arrows do not print.
    const total = el.shadowRoot!.querySelector('[part~=category]')!.textContent!;
    expect(text).to.include(flat(total).replace(/[✓、,]/g, '').slice(0, 12));
    expect(all).not.to.include('ⓘ');
    expect(all).not.to.include('の定義');
  });

  it('prints in the light colours on a dark screen, with the theme attribute or without', async () => {
    const doc = await example('koriyama-collaboration-2023');
    const wrap = await fixture<HTMLElement>(html`<div>
      <mieruka-kpi-gauge .data=${doc} indicator="p1-k1"></mieruka-kpi-gauge>
      <mieruka-kpi-gauge .data=${doc} indicator="p1-k1" theme="dark"></mieruka-kpi-gauge>
      <mieruka-kpi-gauge .data=${doc} indicator="p1-k1" theme="light"></mieruka-kpi-gauge>
    </div>`);
    const background = () => [...wrap.children].map((el) => getComputedStyle(el).getPropertyValue('--mieruka-color-background').trim());
    try {
      await executeServerCommand('emulate-print', { media: '', colorScheme: 'dark' });
      const [light] = background().slice(2);
      expect(background().slice(0, 2)).not.to.include(light);
      await executeServerCommand('emulate-print', { media: 'print', colorScheme: 'dark' });
      expect(background()).to.deep.equal([light, light, light]);
    } finally {
      await executeServerCommand('emulate-print', { media: '' });
    }
  });

  it('a long tree prints every open row, not only those a virtual list would render', async () => {
    const doc = clone(await example('koriyama-collaboration-2023'));
    // 400 plans under one goal: above the 300 rows where the screen renders only what is visible.
    doc.nodes = [{ ...doc.nodes[0]!, children: Array.from({ length: 400 }, (_, i) => ({ id: `x${i}`, level: doc.nodes[0]!.children![0]!.level, title: `印刷確認事業${i + 1}` })) }];
    await fixture(html`<mieruka-plan-tree .data=${doc} expanded="all"></mieruka-plan-tree>`);
    const { pages, all } = await print('long-tree');
    expect(pages.length).to.be.greaterThan(3);
    expect(all).to.include('印刷確認事業1\n'.trim());
    expect(all).to.include('印刷確認事業400');
    expect(all).to.include('印刷確認事業250');
  });
});
