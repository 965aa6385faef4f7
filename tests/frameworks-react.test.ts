// examples/react mounted with React 19 in Chromium: React gives the elements the document as a
// property, changes their properties when its state changes, and hears their custom events
// through `onmieruka-…` props. React comes as a browser module from
// tests/support/framework-modules.js (React itself ships CommonJS only).
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '../src/index.js';
import { resetDocumentSources } from '../src/core/index.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { PlanIndicators, type PlanIndicatorsProps } from '../examples/react/PlanIndicators.js';
import { example, until } from './support/plan-tree.js';
import { choosingAPlanNarrowsTheGauges, gaugeText } from './support/framework-scenarios.js';


describe('examples/react with React 19', () => {
  let box: HTMLElement;
  let root: Root;
  const render = (props: PlanIndicatorsProps) => flushSync(() => root.render(createElement(PlanIndicators, props)));

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
    root = createRoot(box);
  });
  afterEach(() => {
    root.unmount();
    box.remove();
    resetDocumentSources();
  });

  it('passes the document as a property (an object, not an attribute) and renders it', async () => {
    const doc = await example('small-report');
    render({ doc });
    const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
    const tree = box.querySelector<MierukaPlanTree>('mieruka-plan-tree')!;
    expect(gauge.data).to.equal(doc);
    expect(tree.data).to.equal(doc);
    expect(gauge.hasAttribute('data')).to.be.false;
    await until(() => gaugeText(gauge).includes('きらめき出前講座実施件数'), 10_000);
    expect(gaugeText(gauge)).to.contain('299').and.contain('1人1日当たりのごみ排出量');
    expect(tree.detail).to.equal('none');
  });

  it('hears mieruka-load through onmieruka-load', async () => {
    render({ doc: await example('small-report') });
    const status = box.querySelector('[role=status]')!;
    await until(() => status.textContent === '読み込み済み: small-report', 10_000);
  });

  it('re-renders the element when React changes a property', async () => {
    const doc = await example('small-report');
    render({ doc });
    const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
    await until(() => Boolean(gauge.shadowRoot?.querySelector('svg.arc')), 10_000);
    expect(gauge.shadowRoot!.querySelector('svg.bar')).to.equal(null);
    render({ doc, variant: 'bar' });
    expect(gauge.variant).to.equal('bar');
    await gauge.updateComplete;
    expect(gauge.getAttribute('variant')).to.equal('bar');
    expect(gauge.shadowRoot!.querySelector('svg.bar'), 'bar gauges').to.exist;
    expect(gauge.shadowRoot!.querySelector('svg.arc'), 'no arc left').to.equal(null);
  });

  it('hears a reader’s mieruka-select through onmieruka-select and narrows the gauges to that plan', async () => {
    render({ doc: await example('small-report') });
    await choosingAPlanNarrowsTheGauges(box);
  });
});
