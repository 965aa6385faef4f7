import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { accessibilityTree, axText, clone, example, root, row, sheet, text } from './support/plan-tree.js';

// Issue #24: a document as another city prints it (schema 1.1, the made-up fixture): the tree and
// its sheet use the source's own words — no invented level name, its labels, its report year,
// department grades on a shared text, the period part, the assessment's source, and the notes.
const fixtureDoc = () => example('made-up-text-report');
const section = (el: MierukaPlanTree, heading: string) =>
  [...sheet(el)!.querySelectorAll('section')].find((s) => text(s.querySelector('[part~=detail-heading]')) === heading);

describe('<mieruka-plan-tree> on a schema 1.1 document', () => {
  it('shows an unnamed level without a badge or a count under a word the city never printed', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} expanded="all"></mieruka-plan-tree>`);
    expect(text(row(el, 'a1')!.querySelector('.row-title'))).to.equal('1 窓口と手続の見直し');
    expect(row(el, 'a1')!.querySelector('.level')).to.equal(null);
    expect(text(root(el).querySelector('[part~=counts]'))).to.equal('取組項目 3 合計3項目');
    expect(text(root(el).querySelector('[part~=counts]'))).not.to.include('area');
  });

  it('says in the header which year the report covers', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()}></mieruka-plan-tree>`);
    expect(text(root(el).querySelector('[part~=report-year]'))).to.equal('2021年度の報告');
    const en = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} lang="en"></mieruka-plan-tree>`);
    expect(text(root(en).querySelector('[part~=report-year]'))).to.equal('Report for FY2021');
  });

  it('a 1.0 document has no report year line and no notes disclosure where it has no notes', async () => {
    const doc = clone(await example('small-plan-tree'));
    delete doc.notes;
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc}></mieruka-plan-tree>`);
    expect(root(el).querySelector('[part~=report-year]')).to.equal(null);
    expect(root(el).querySelector('[part~=notes]')).to.equal(null);
  });

  it('keeps the document’s notes one disclosure away, and a screen reader reaches them', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()}></mieruka-plan-tree>`);
    const details = root(el).querySelector<HTMLDetailsElement>('[part~=notes]')!;
    expect(text(details.querySelector('summary'))).to.equal('この文書の注記（3件）');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const said = axText(await accessibilityTree());
    expect(said).to.include('この文書はテスト用に作った架空のものです。');
    expect(said).to.include('levels の最初の階層は name を省いた');
  });

  it('heads the sheet’s fields with the document’s labels and shows the item’s notes', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} selected="a1-1"></mieruka-plan-tree>`);
    expect(text(sheet(el)!.querySelector('[part~=detail-title]'))).to.equal('取組項目 (1) 申請書の押印の廃止');
    expect(text(sheet(el)!.querySelector('[part~=detail-path]'))).to.equal('位置: 1 窓口と手続の見直し');
    expect(text(sheet(el)!.querySelector('[part~=facts]'))).to.equal('担当課 総務課（取りまとめ）、市民課');
    expect(text(section(el, '内容'))).to.equal('内容 申請書に求めていた押印を見直し、不要なものを廃止する。');
    expect(section(el, '事業概要')).to.equal(undefined);
    expect(text(section(el, '注記'))).to.equal('注記 「298 件」は資料の表の数字をそのまま写した（架空）。');
  });

  it('shows a shared text with each department’s own grade together, the period part and the source', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} selected="a1-1"></mieruka-plan-tree>`);
    const a = section(el, '評価')!.querySelector('.assessments > li')!;
    expect(text(a.querySelector('.grade'))).to.equal('2021年度 総務課、市民課');
    expect(text(a.querySelector('.texts'))).to.equal('R3取組状況 対象の様式 312 件のうち 298 件で押印を廃止した。');
    expect([...a.querySelectorAll('.grades > li')].map(text)).to.deep.equal([
      '総務課 進捗 A',
      '市民課 進捗 B 窓口で使う様式の改訂が翌年度にずれこんだ。',
    ]);
    const final = a.querySelector('.final')!;
    // 完了 is said once: the scale's word already says what the status word would.
    expect(text(final.querySelector('.grade'))).to.equal('計画期間の評価 2019年度〜2021年度 最終評価 完了 ✓');
    expect(text(final.querySelector('.texts'))).to.equal('総括 計画期間で押印の見直しを終えた。残る 14 件は法令で押印が求められている。');
    expect(text(a.querySelector('.source'))).to.equal('出典: （架空）みほん市 行政改革推進計画 取組状況一覧 3ページ 表1 No.1');
  });

  it('a row of an item graded by several departments shows each department’s grade, not only the last one', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} expanded="all"></mieruka-plan-tree>`);
    const grades = (id: string) => [...row(el, id)!.querySelectorAll('[part~=status]')].map(text);
    expect(grades('a1-1')).to.deep.equal(['進捗：総務課 A ／ 市民課 B', '✓ 最終評価 完了']);
    expect(grades('a2-1')).to.deep.equal(['進捗：情報政策課 B ／ 総務課 B', '最終評価 B']);
    // The row's name (what a screen reader hears) holds both.
    expect(axText(await accessibilityTree())).to.include('進捗：総務課 A ／ 市民課 B');
  });

  it('shows a grade whose scale gives it no meaning as printed, never as 判定なし', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} expanded="all" selected="a1-2"></mieruka-plan-tree>`);
    expect(text(row(el, 'a1-2')!.querySelector('[part~=status]'))).to.equal('進捗 C');
    const a = section(el, '評価')!.querySelector('.assessments > li')!;
    expect(text(a.querySelector('.grade'))).to.equal('2021年度 R3進捗 C 市民課');
    expect(text(sheet(el))).not.to.include('判定なし');
    // The final grade "-" has a stated meaning (notApplicable): its status word is shown.
    expect(text(a.querySelector('.final .grade'))).to.include('最終評価 -');
    expect(text(a.querySelector('.final .grade'))).to.include('対象外');
  });

  it('reads the same in English with the document’s own (Japanese) labels', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await fixtureDoc()} lang="en" selected="a1-1"></mieruka-plan-tree>`);
    const a = section(el, 'Assessment')!.querySelector('.assessments > li')!;
    expect(text(a.querySelector('.grade'))).to.equal('FY2021 総務課 and 市民課');
    expect(text(a.querySelector('.final .grade'))).to.match(/^For the whole plan period FY2019–FY2021 最終評価 完了/);
    expect(text(a.querySelector('.source'))).to.equal('Source: （架空）みほん市 行政改革推進計画 取組状況一覧, p. 3, 表1, No.1');
  });
});
