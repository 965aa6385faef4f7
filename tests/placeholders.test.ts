import { expect } from '@open-wc/testing';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { resetDocumentSources } from '../src/core/index.js';
import { placeholderAttribute, placeholderTag } from '../src/core/placeholders.js';
import { until } from './support/probe-element.js';

const SRC = '/data-schema/examples/small-report.json';
// small-report.json (第二次郡山市協働推進基本計画 2023年度実施報告（抜粋）): node p1 with indicator
// p1-k1 (きらめき出前講座実施件数), node p4 with p4-k5.

/** Text of an element's shadow root, spaces squashed. */
const shadowAll = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const rendered = (el: Element | null) => Boolean(el?.shadowRoot && !el.shadowRoot.querySelector('[part=skeleton]') && shadowAll(el).trim());

/** A placeholder as a CMS keeps it: a div with data-* attributes. */
function placeholder(attrs: Record<string, string>, parent: ParentNode = document.body): HTMLDivElement {
  const div = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  parent.append(div);
  return div;
}

/** Lets the MutationObserver run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

// Placeholders present before mieruka loads: the all-in-one entry upgrades them by itself.
const atLoad = {
  gauge: placeholder({ 'data-mieruka': 'kpi-gauge', 'data-src': SRC, 'data-indicator': 'p1-k1', id: 'at-load-gauge', class: 'cms-widget' }),
  tree: placeholder({ 'data-mieruka': 'mieruka-plan-tree', 'data-src': SRC, 'data-node': 'p1' }),
};

before(async () => {
  await import('../src/index.js');
});

afterEach(() => resetDocumentSources());

describe('placeholders (<div data-mieruka>)', () => {
  it('upgrades placeholders that were in the page when mieruka loaded', async () => {
    expect(atLoad.gauge.isConnected, 'the div is replaced').to.be.false;
    const gauge = document.getElementById('at-load-gauge') as MierukaKpiGauge;
    expect(gauge.localName).to.equal('mieruka-kpi-gauge');
    expect(gauge.getAttribute('src')).to.equal(SRC);
    expect(gauge.getAttribute('indicator')).to.equal('p1-k1');
    expect(gauge.className).to.equal('cms-widget');
    expect(gauge.hasAttribute('data-mieruka')).to.be.false;
    await until(() => rendered(gauge));
    expect(shadowAll(gauge)).to.contain('きらめき出前講座');

    const tree = document.querySelector('mieruka-plan-tree[node="p1"]')!;
    expect(tree).to.exist;
    expect(atLoad.tree.isConnected).to.be.false;
    await until(() => rendered(tree));
    expect(shadowAll(tree)).to.contain('協働を支える人材の育成');
  });

  it('upgrades placeholders added later, also inside an added container', async () => {
    const later = placeholder({ 'data-mieruka': 'kpi-gauge', 'data-src': SRC, 'data-indicator': 'p4-k5', id: 'later-gauge' });
    const box = document.createElement('section');
    const inner = document.createElement('div');
    box.append(inner);
    placeholder({ 'data-mieruka': 'trend-table', 'data-src': SRC, 'data-node': 'p1', id: 'nested-table' }, inner);
    placeholder({ 'data-mieruka': 'five-less', 'data-src': SRC, id: 'nested-five' }, inner);
    document.body.append(box);
    await settle();

    expect(later.isConnected).to.be.false;
    const gauge = document.getElementById('later-gauge')!;
    expect(gauge.localName).to.equal('mieruka-kpi-gauge');
    const table = document.getElementById('nested-table')!;
    expect(table.localName).to.equal('mieruka-trend-table');
    expect(table.parentElement).to.equal(inner);
    expect(document.getElementById('nested-five')!.localName).to.equal('mieruka-five-less');
    await until(() => rendered(gauge) && rendered(table));
    expect(shadowAll(table)).to.contain('きらめき出前講座');
    box.remove();
    gauge.remove();
  });

  it('upgrades a div that is given data-mieruka after it was added', async () => {
    const div = placeholder({ 'data-src': SRC, 'data-goals': '11 17', id: 'late-attr' });
    await settle();
    expect(document.getElementById('late-attr')!.localName).to.equal('div');
    div.setAttribute('data-mieruka', 'sdgs-badges');
    await settle();
    const badges = document.getElementById('late-attr')!;
    expect(badges.localName).to.equal('mieruka-sdgs-badges');
    expect(badges.getAttribute('goals')).to.equal('11 17');
    badges.remove();
  });

  it('maps data-* to attributes, keeps id/class/lang/aria-label, and leaves out the rest', async () => {
    placeholder({
      'data-mieruka': 'KPI-Gauge',
      'data-src': SRC,
      'data-indicator': 'p1-k1',
      'data-no-sparkline': '',
      'data-heading-level': '4',
      'data-variant': 'bar',
      'data-onclick': 'alert(1)',
      'data-mieruka-upgraded': '',
      'data-9lives': 'x',
      id: 'mapped',
      class: 'a b',
      lang: 'en',
      'aria-label': 'KPI',
      onmouseover: 'alert(2)',
      hidden: '',
    });
    await settle();
    const el = document.getElementById('mapped')!;
    expect(el.localName).to.equal('mieruka-kpi-gauge');
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    expect(attrs).to.include({ src: SRC, indicator: 'p1-k1', 'no-sparkline': '', 'heading-level': '4', variant: 'bar', id: 'mapped', class: 'a b', lang: 'en', 'aria-label': 'KPI' });
    for (const dropped of ['onclick', 'onmouseover', 'mieruka-upgraded', 'data-mieruka', 'hidden', '9lives']) expect(attrs, dropped).not.to.have.property(dropped);
    await until(() => rendered(el));
    expect(shadowAll(el)).to.match(/lectures|Kirameki|きらめき/i);
    el.remove();

    expect(placeholderAttribute('data-chunk-size')).to.equal('chunk-size');
    expect(placeholderAttribute('data-src')).to.equal('src');
    expect(placeholderAttribute('data-onload')).to.be.undefined;
    expect(placeholderAttribute('data-mieruka')).to.be.undefined;
    expect(placeholderAttribute('onclick')).to.be.undefined;
    expect(placeholderAttribute('data-x_y')).to.be.undefined;
    expect(placeholderTag('mieruka-trend-table')).to.equal('mieruka-trend-table');
    expect(placeholderTag('mieruka-probe')).to.be.undefined;
  });

  it('moves an inline JSON child into the element', async () => {
    const doc = await (await fetch(SRC)).json();
    const div = placeholder({ 'data-mieruka': 'kpi-gauge', 'data-indicator': 'p1-k1', id: 'inline' });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc);
    div.append(script, document.createTextNode('読み込み中…'));
    await settle();
    const el = document.getElementById('inline')!;
    expect(el.localName).to.equal('mieruka-kpi-gauge');
    expect(el.querySelector(':scope > script[type="application/json"]')).to.equal(script);
    expect(el.textContent).not.to.contain('読み込み中');
    await until(() => rendered(el));
    expect(shadowAll(el)).to.contain('きらめき出前講座');
    el.remove();
  });

  it('leaves an unknown name as a div with a visible message, and makes no element', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const div = placeholder({ 'data-mieruka': 'kpi-gauges', 'data-src': SRC, id: 'unknown' });
      await settle();
      expect(div.isConnected).to.be.true;
      expect(div.querySelector('mieruka-kpi-gauge')).to.be.null;
      const alert = div.querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('kpi-gauges').and.contain('kpi-gauge,');
      expect(warnings).to.have.length(1);
      // A second pass adds no second message.
      const { upgradePlaceholders } = await import('../src/index.js');
      upgradePlaceholders();
      expect(div.querySelectorAll('[role=alert]')).to.have.length(1);
      div.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('says so in English on an English page (its English arrives on demand)', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const div = placeholder({ 'data-mieruka': 'gauge', lang: 'en' });
      await settle();
      await until(() => /there is no widget named "gauge"/.test(div.querySelector('[role=alert]')?.textContent ?? ''));
      expect(div.querySelector('[role=alert]')!.textContent).to.match(/^mieruka: there is no widget named "gauge" \(data-mieruka\)\. Use one of: plan-tree, kpi-gauge, /);
      div.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('keeps hostile values as text', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const hostile = '"><img src=x onerror="window.__pwned=1">';
      placeholder({ 'data-mieruka': 'kpi-gauge', 'data-indicator': hostile, 'data-src': SRC, id: 'hostile' });
      const bad = placeholder({ 'data-mieruka': `<img src=x onerror="window.__pwned=2">` });
      await settle();
      const el = document.getElementById('hostile')!;
      expect(el.getAttribute('indicator')).to.equal(hostile);
      expect(el.querySelector('img')).to.be.null;
      expect(bad.querySelector('img')).to.be.null;
      expect(bad.querySelector('[role=alert]')!.textContent).to.contain('<img src=x');
      await until(() => Boolean(el.shadowRoot?.querySelector('[role=alert]')));
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__pwned).to.be.undefined;
      el.remove();
      bad.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('upgrades each placeholder once, however often it is asked and however many copies run', async () => {
    const { upgradePlaceholders, watchPlaceholders } = await import('../src/index.js');
    const key = Symbol.for('mieruka/placeholders');
    const shared = (globalThis as any)[key];
    expect(shared?.observer).to.be.instanceOf(MutationObserver);

    // A second copy of the module (as a second bundle on the page would be) starts nothing new.
    const second = (await import(/* @vite-ignore */ new URL('../src/core/placeholders.ts?copy=2', import.meta.url).href)) as typeof import('../src/core/placeholders.js');
    expect(second.watchPlaceholders, 'a distinct module instance').not.to.equal(watchPlaceholders);
    second.watchPlaceholders();
    watchPlaceholders();
    expect((globalThis as any)[key]).to.equal(shared);
    expect((globalThis as any)[key].observer).to.equal(shared.observer);

    // A container not yet in the page (an app building its DOM) can be upgraded too.
    const box = document.createElement('div');
    placeholder({ 'data-mieruka': 'kpi-gauge', 'data-src': SRC, 'data-indicator': 'p1-k1' }, box);
    const first = upgradePlaceholders(box);
    const again = [...upgradePlaceholders(box), ...second.upgradePlaceholders(box)];
    expect(first).to.have.length(1);
    expect(again).to.have.length(0);
    document.body.append(box);
    const later = [...upgradePlaceholders(box), ...second.upgradePlaceholders(box), ...upgradePlaceholders()];
    await settle();
    expect(later).to.have.length(0);
    expect(box.querySelectorAll('mieruka-kpi-gauge')).to.have.length(1);
    expect(box.querySelectorAll('[data-mieruka]')).to.have.length(0);
    await until(() => rendered(first[0]!));
    box.remove();
  });
});
