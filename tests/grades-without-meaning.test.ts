import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/plan-tree/plan-tree.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { GRADED_DOCUMENT } from '../stories/lib/fixtures.js';
import { until } from './support/plan-tree.js';

/**
 * Issue #23, part 2: many documents print grades (A, B, 完了, -) without a legend. Such a grade is
 * shown as printed, with no status word, symbol or colour, and a graded item is never called
 * 判定なし (not assessed). Status words appear only where the scale's level gives a meaning.
 * (The summary's side of this is in tests/progress-summary.test.ts.)
 */

const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The made-up evaluation, with its indicator of qualitative target on an item graded B. */
function graded(): typeof GRADED_DOCUMENT {
  const doc = structuredClone(GRADED_DOCUMENT);
  (doc.nodes[1]!.children![2]! as Record<string, unknown>).assessments = [{ scale: 'eval', value: 'B', fiscalYear: 2023 }];
  return doc;
}

describe('grades the document does not explain', () => {
  it('the plan tree shows 評価 A as printed on the row and in the sheet: no symbol, no 判定なし', async () => {
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${graded()} expanded="all" selected="i1"></mieruka-plan-tree>`);
    await el.updateComplete;
    const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
    await until(() => $('[role=treeitem][data-id=i1]') !== null && $('.assessments .grade') !== null);
    expect(text($('[role=treeitem][data-id=i1] [part~=status]'))).to.equal('評価 A');
    const rows = [...el.shadowRoot!.querySelectorAll('[role=treeitem] [part~=status]')].map(text);
    // Item i2 is graded by three graders (issue #23 item 6): each one's grade, not only the last.
    expect(rows).to.deep.equal(['評価 A', '評価：情報政策課 A ／ 市民課 B ／ 税務課、収納課 完了', '評価 A', '評価 -', '評価 B', '評価 B']);
    expect([...el.shadowRoot!.querySelectorAll('.assessments .grade')].map(text)).to.deep.equal(['2022年度 評価 B', '2023年度 評価 A']);
    // The rows and the sheet. (The status filter's options are issue #23 part 6: not here.)
    expect(text($('[role=tree]'))).not.to.include('判定なし');
    expect(text($('.assessments'))).not.to.include('判定なし');
  });

  it('a grade whose level names a meaning keeps its symbol and word (seed 002: 達成度 4 予定どおり実施した)', async () => {
    const doc = await (await fetch('/data-schema/examples/koriyama-collaboration-2023.json')).json();
    const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} expanded="all"></mieruka-plan-tree>`);
    const status = () => el.shadowRoot!.querySelector('[role=treeitem][data-id=p1-n1] [part~=status]');
    await until(() => status() !== null);
    expect(text(status())).to.equal('◎ 達成度 4 予定どおり実施した');
  });

  it('a gauge of a qualitative indicator on an item graded B shows 評価 B 2023年度, not 判定なし', async () => {
    const el = await fixture<MierukaKpiGauge>(html`<mieruka-kpi-gauge .data=${graded()} indicator="k3"></mieruka-kpi-gauge>`);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part~=status]')!;
    expect(text(status)).to.equal('評価 B 2023年度');
    expect(status.querySelector('[part~=status-symbol]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part=base]'))).not.to.include('判定なし');
  });
});
