// What both framework examples (React, Vue) must do the same way: the reader picks a plan in
// the tree, the framework hears mieruka-select and hands the gauge the plan's id.
import { expect } from '@open-wc/testing';
import type { MierukaKpiGauge } from '../../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaPlanTree } from '../../src/components/plan-tree/plan-tree.js';
import { row, until } from './plan-tree.js';

export const gaugeText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** In a mounted example on small-report: choosing plan p4 narrows the gauges to that plan. */
export async function choosingAPlanNarrowsTheGauges(box: HTMLElement): Promise<void> {
  const tree = box.querySelector<MierukaPlanTree>('mieruka-plan-tree')!;
  const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
  await until(() => Boolean(row(tree, 'p4')) && gaugeText(gauge).includes('きらめき出前講座実施件数'), 10_000);
  (row(tree, 'p4')!.querySelector('.row-title') as HTMLElement).click();
  const status = box.querySelector('[role=status]')!;
  await until(() => status.textContent === '選択: 市民活動への参加と市民参画の促進');
  // The framework set the gauge's node property; the element reflects it and shows that plan only.
  await until(() => gauge.getAttribute('node') === 'p4');
  await until(() => !gaugeText(gauge).includes('きらめき出前講座実施件数'));
  expect(gaugeText(gauge)).to.contain('1人1日当たりのごみ排出量');
}
