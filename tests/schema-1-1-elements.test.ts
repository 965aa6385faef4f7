import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { accessibilityTree, axText } from './support/ax.js';
import { summarize } from '../src/components/progress-summary/progress-summary.model.js';

// Issue #24: the made-up schema 1.1 fixture (a report of text and grades only) in every element.
// Each says what the document holds in its own words, and nothing it does not: no invented level
// name, no empty matrix of 未設定, no "no data" where a sentence can say what is missing.
const doc = async () => (await (await fetch('/data-schema/examples/made-up-text-report.json')).json()) as MierukaDocument;
const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a schema 1.1 report of text and grades, in every element', () => {
  it('<mieruka-kpi-gauge> says the document has no indicators', async () => {
    const el = await fixture(html`<mieruka-kpi-gauge .data=${await doc()}></mieruka-kpi-gauge>`);
    expect(shown(el)).to.equal('この文書には指標がありません。');
    const node = await fixture(html`<mieruka-kpi-gauge .data=${await doc()} node="a1" lang="en"></mieruka-kpi-gauge>`);
    expect(shown(node)).to.equal('This item has no indicators.');
  });

  it('<mieruka-trend-table> says there are no indicators', async () => {
    const el = await fixture(html`<mieruka-trend-table .data=${await doc()}></mieruka-trend-table>`);
    expect(shown(el)).to.equal('この範囲には指標がありません。');
  });

  it('<mieruka-five-less> says in one sentence that no item carries 5レス marks', async () => {
    const el = await fixture(html`<mieruka-five-less .data=${await doc()}></mieruka-five-less>`);
    expect(shown(el)).to.equal('この資料の3項目には5レスの記載がありません（すべて未設定）');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('<mieruka-sdgs-badges> says no goals are listed', async () => {
    const el = await fixture(html`<mieruka-sdgs-badges .data=${await doc()}></mieruka-sdgs-badges>`);
    expect(shown(el)).to.equal('SDGs の目標・ターゲットは挙げられていません。');
  });

  it('<mieruka-progress-summary> counts each department’s grade on a shared text, and the period part on its own scale', async () => {
    const d = await doc();
    const [progress, final] = summarize(d).scales;
    expect(progress!.grades.map((g) => [g.value, g.count])).to.deep.equal([['A', 1], ['B', 3], ['C', 1]]);
    expect(progress!.perDepartment).to.equal(4);
    expect(progress!.years).to.deep.equal([2021]);
    expect(final!.grades.map((g) => [g.value, g.count])).to.deep.equal([['A', 0], ['B', 1], ['完了', 1], ['-', 1]]);
    const el = await fixture(html`<mieruka-progress-summary .data=${d}></mieruka-progress-summary>`);
    const said = axText(await accessibilityTree());
    expect(said).to.include('最終評価');
    expect(said).to.include('完了');
    expect(shown(el)).not.to.include('判定なし');
    // The heading counts items (3), not grades (5); a level worded as its own value is said once.
    expect(shown(el)).to.include('進捗（2021年度・3項目）');
    expect(shown(el)).not.to.include('完了 完了');
  });

  it('<mieruka-plan-tree> reads, to a screen reader, in the source’s words', async () => {
    const el = await fixture(html`<mieruka-plan-tree .data=${await doc()} expanded="all" selected="a2-1"></mieruka-plan-tree>`);
    const said = axText(await accessibilityTree());
    expect(said).to.include('2021年度の報告');
    expect(said).to.include('文書管理システムの更新');
    expect(said).to.include('情報政策課 進捗 B');
    expect(said).to.include('総務課 進捗 B');
    expect(said).to.include('最終評価 B');
    for (const word of ['area', '事業概要', '実績']) expect(said, word).not.to.include(word);
    // The rows and the sheet show the ungraded C as printed (the status filter's 判定なし entry is #23's).
    const tree = el.shadowRoot!.querySelector('[role=tree]')!.textContent!;
    expect(tree).to.include('進捗 C');
    expect(tree).not.to.include('判定なし');
    expect(el.shadowRoot!.querySelector('[part~=notes]')).to.exist;
  });
});
