import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { example, focusedRow, root, row, rowIds, rows, text, until } from './support/plan-tree.js';

async function search(el: MierukaPlanTree, query: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** A label's own words (without the options of the select inside it). */
const labelText = (l: Element) => [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();

async function choose(el: MierukaPlanTree, label: string, value: string): Promise<void> {
  const select = [...root(el).querySelectorAll('label')].find((l) => labelText(l) === label)!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const select = (el: MierukaPlanTree, label: string) => [...root(el).querySelectorAll('label')].find((l) => labelText(l) === label)!.querySelector('select')!;
const results = (el: MierukaPlanTree) => text(root(el).querySelector('[part~=results]'));
const marks = (el: MierukaPlanTree) => [...root(el).querySelectorAll('mark')].map((m) => m.textContent);

describe('<mieruka-plan-tree> filters', () => {
  it('finds a plan by part of its title, keeps its ancestors and announces the number of results', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await search(el, '定員');
    expect(rowIds(el)).to.deep.equal(['g1', 'g1-i1', 'g1-i1-p2']);
    expect(results(el)).to.equal('1件が一致しました');
    expect(root(el).querySelector('[part~=results]')!.getAttribute('role')).to.equal('status');
    expect(marks(el)).to.deep.equal(['定員']);
    expect(row(el, 'g1-i1-p2')!.getAttribute('aria-setsize')).to.equal('1');
  });

  it('treats full-width and half-width letters, and upper and lower case, alike', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await search(el, 'ｉｃｔ');
    const wide = rowIds(el);
    expect(wide).to.include('g1-i3-p3');
    expect(marks(el)).to.include('ICT');
    await search(el, 'ict');
    expect(rowIds(el)).to.deep.equal(wide);
    await search(el, 'ＩＣＴ');
    expect(rowIds(el)).to.deep.equal(wide);
  });

  it('searches department names too, and every word must match', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await search(el, 'ダイバーシティ推進課 附属');
    expect(rowIds(el)).to.deep.equal(['g1', 'g1-i1', 'g1-i1-p3']);
    expect(marks(el)).to.deep.equal(['附属', 'ダイバーシティ推進課']);
    // Ancestors kept for context are not highlighted, though 推進 occurs in g1's title.
    await search(el, '推進 ict');
    expect(rowIds(el)).to.include('g1-i3-p3');
    expect(row(el, 'g1')!.querySelector('mark')).to.equal(null);
    expect(row(el, 'g1-i3-p3')!.querySelectorAll('mark')).to.have.length(2);
  });

  it('says so when nothing matches, and clearing brings the tree back', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await search(el, '該当しない言葉');
    expect(rows(el)).to.have.length(0);
    expect(root(el).querySelector('[role=tree]')).to.equal(null);
    expect(results(el)).to.equal('一致する項目はありません');
    root(el).querySelector<HTMLButtonElement>('[part~=filters] button')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(14);
    expect(results(el)).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('input[type=search]')!.value).to.equal('');
  });

  it('filters by department', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await choose(el, '担当課', '人事課');
    const plans = rows(el).filter((r) => r.getAttribute('aria-level') === '3');
    expect(plans.length).to.be.greaterThan(0);
    expect(plans.every((r) => text(r.querySelector('.meta')).includes('人事課'))).to.be.true;
    expect(results(el)).to.equal(`${plans.length}件が一致しました`);
  });

  it('filters by SDGs goal, 5レス category and assessment', async () => {
    const goal3 = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')}></mieruka-plan-tree>`);
    await choose(goal3, '5レス', 'paper');
    expect(results(goal3)).to.equal('4件が一致しました');
    await choose(goal3, 'SDGs', '17');
    expect(rowIds(goal3)).to.deep.equal(['g3', 'g3-i1', 'g3-i1-p1']);
    const report = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')}></mieruka-plan-tree>`);
    await choose(report, '評価', 'achievement\u00012');
    const shown = rows(report).filter((r) => r.getAttribute('aria-level') === '2');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((r) => text(r.querySelector('[part~=status]')).startsWith('△ 達成度 2'))).to.be.true;
  });

  it('the assessment filter offers the document’s own grades on each scale, in its order and words, never 判定なし', async () => {
    const report = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')}></mieruka-plan-tree>`);
    const groups = (el: MierukaPlanTree) =>
      [...select(el, '評価').querySelectorAll('optgroup')].map((g) => [g.label, ...[...g.querySelectorAll('option')].map((o) => o.textContent!.trim())]);
    expect(groups(report)).to.deep.equal([
      ['進捗状況', '○ ↑ 順調', '✕ ↓ 目標から遠ざかっている'],
      ['達成度', '◎ 4 予定どおり実施した', '○ 3 おおむね予定どおり実施した', '△ 2 予定より縮小して実施した'],
    ]);
    // A document graded A / B / 完了 / - with no legend for A and B: its values as printed.
    const other = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('made-up-text-report')}></mieruka-plan-tree>`);
    expect(groups(other)).to.deep.equal([
      ['進捗', 'A', 'B', 'C'],
      ['最終評価', 'B', '✓ 完了', '－ - 対象外'],
    ]);
    expect(text(select(other, '評価'))).not.to.include('判定なし');
    // 市民課 graded a1-1 B and a1-2 C: choosing B keeps a1-1 (graded B by 市民課, A by 総務課) and a2-1.
    await choose(other, '評価', 'progress\u0001B');
    expect(rowIds(other).filter((id) => id!.includes('-'))).to.deep.equal(['a1-1', 'a2-1']);
  });

  it('the department filter has one entry per department: its registry id joins two printed spellings', async () => {
    const doc = await example('made-up-text-report');
    // The same department printed another way on one item, with the registry id.
    doc.nodes[1]!.children![0]!.departments![1] = { name: '総務部総務課', id: 'soumu' };
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc}></mieruka-plan-tree>`);
    expect([...select(el, '担当課').querySelectorAll('option')].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['', 'すべて'],
      ['soumu', '総務課'],
      ['shimin', '市民課'],
      ['joho', '情報政策課'],
    ]);
    await choose(el, '担当課', 'soumu');
    expect(rowIds(el).filter((id) => id!.includes('-'))).to.deep.equal(['a1-1', 'a2-1']);
  });

  it('offers only the filters the data can answer', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    const labels = [...root(el).querySelectorAll('[part~=filters] label')].map(labelText);
    expect(labels).to.deep.equal(['キーワード', '担当課']);
  });

  it('a match opens onto all its children; the keyboard works on the filtered tree', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2026')}></mieruka-plan-tree>`);
    await search(el, '組織・人員の最適化');
    expect(rowIds(el)).to.deep.equal(['g1', 'g1-i1']);
    row(el, 'g1')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focusedRow(el) === 'g1-i1');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => rows(el).length === 5);
    expect(rowIds(el).slice(2)).to.deep.equal(['g1-i1-p1', 'g1-i1-p2', 'g1-i1-p3']);
    expect(focusedRow(el)).to.equal('g1-i1');
  });
});
