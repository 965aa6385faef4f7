// examples/vue mounted with Vue 3 in Chromium: the template compiler treats mieruka-* as custom
// elements, `:data.prop` gives them the document as a property, Vue changes their properties
// when its state changes, and `@mieruka-…` hears their events. 'vue' is Vue's browser build with
// the template compiler here (tests/support/framework-modules.js).
import { expect } from '@open-wc/testing';
import { createApp, h, markRaw, nextTick, ref, type App } from 'vue';
import '../src/index.js';
import { resetDocumentSources } from '../src/core/index.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { PlanIndicators, createPlanIndicatorsApp, useMieruka } from '../examples/vue/plan-indicators.js';
import { clone, example, until } from './support/plan-tree.js';
import { choosingAPlanNarrowsTheGauges, gaugeText } from './support/framework-scenarios.js';


describe('examples/vue with Vue 3', () => {
  let box: HTMLElement;
  let app: App | undefined;
  const warnings: string[] = [];
  const originalWarn = console.warn;

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
    warnings.length = 0;
    // Vue says "Failed to resolve component" through console.warn when isCustomElement is missing.
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      originalWarn.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
    app?.unmount();
    app = undefined;
    box.remove();
    resetDocumentSources();
  });

  it('treats mieruka-* as custom elements and passes the document as a property', async () => {
    const doc = await example('small-report');
    app = createPlanIndicatorsApp(doc);
    app.mount(box);
    const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
    const tree = box.querySelector<MierukaPlanTree>('mieruka-plan-tree')!;
    expect(gauge, 'the element is in the DOM').to.exist;
    expect(gauge.data).to.equal(doc);
    expect(tree.data).to.equal(doc);
    expect(gauge.hasAttribute('data')).to.be.false;
    expect(tree.detail).to.equal('none');
    await until(() => gaugeText(gauge).includes('きらめき出前講座実施件数'), 10_000);
    expect(gaugeText(gauge)).to.contain('299').and.contain('1人1日当たりのごみ排出量');
    expect(warnings.filter((w) => /resolve component/i.test(w))).to.deep.equal([]);
  });

  it('keeps mieruka-* tags custom elements even before they are registered (isCustomElement)', async () => {
    // Vue's in-browser compiler takes a tag already registered for a custom element; one that is
    // registered later (a lazily loaded bundle), or a template compiled at build time, needs
    // isCustomElement, or Vue looks for a Vue component of that name.
    // markRaw: a document in data() would otherwise reach the element as a deep reactive proxy.
    const doc = markRaw(clone(await example('small-report')));
    const template = '<mieruka-not-yet-registered :data.prop="doc"></mieruka-not-yet-registered>';
    app = useMieruka(createApp({ data: () => ({ doc }), template }));
    app.mount(box);
    expect((box.querySelector('mieruka-not-yet-registered') as HTMLElement & { data?: unknown }).data).to.equal(doc);
    expect(warnings.filter((w) => /resolve component/i.test(w))).to.deep.equal([]);
    app.unmount();
    // Without it, Vue warns (and a build-time compiler would emit a component lookup).
    app = createApp({ data: () => ({ doc }), template });
    app.mount(box);
    expect(warnings.filter((w) => /resolve component: mieruka-not-yet-registered/i.test(w))).to.have.length(1);
  });

  it('hears mieruka-load through @mieruka-load', async () => {
    app = createPlanIndicatorsApp(await example('small-report'));
    app.mount(box);
    const status = box.querySelector('[role=status]')!;
    await until(() => status.textContent === '読み込み済み: small-report', 10_000);
  });

  it('re-renders the element when Vue changes a property', async () => {
    const doc = await example('small-report');
    const variant = ref<'arc' | 'bar'>('arc');
    app = useMieruka(createApp({ render: () => h(PlanIndicators, { doc, variant: variant.value }) }));
    app.mount(box);
    const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
    await until(() => Boolean(gauge.shadowRoot?.querySelector('svg.arc')), 10_000);
    variant.value = 'bar';
    await nextTick();
    expect(gauge.variant).to.equal('bar');
    await gauge.updateComplete;
    expect(gauge.getAttribute('variant')).to.equal('bar');
    expect(gauge.shadowRoot!.querySelector('svg.bar'), 'bar gauges').to.exist;
    expect(gauge.shadowRoot!.querySelector('svg.arc'), 'no arc left').to.equal(null);
  });

  it('hears a reader’s mieruka-select through @mieruka-select and narrows the gauges to that plan', async () => {
    app = createPlanIndicatorsApp(await example('small-report'));
    app.mount(box);
    await choosingAPlanNarrowsTheGauges(box);
  });

  it('also works from a render function, with the .data prefix forcing the property', async () => {
    const doc = await example('small-report');
    let loaded = '';
    app = createApp({
      render: () => h('mieruka-kpi-gauge', { '.data': doc, indicator: 'p1-k1', onMierukaLoad: (e: CustomEvent<{ id: string }>) => (loaded = e.detail.id) }),
    });
    app.mount(box);
    const gauge = box.querySelector<MierukaKpiGauge>('mieruka-kpi-gauge')!;
    expect(gauge.data).to.equal(doc);
    await until(() => loaded === 'small-report', 10_000);
    expect(gaugeText(gauge)).to.contain('きらめき出前講座実施件数').and.not.contain('1人1日当たりのごみ排出量');
  });
});
