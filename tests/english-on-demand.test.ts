import { expect, fixture, html } from '@open-wc/testing';
import type { MierukaDocument } from '../data-schema/index.js';
import { resetDocumentSources } from '../src/core/index.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { shadowText } from './support/probe-element.js';

// English is loaded on demand (src/core/i18n.ts): a Japanese page never fetches
// src/translations/en.ts; the first element to render in English fetches it, and its
// updateComplete resolves with the English texts on screen (no Japanese in between). This file
// must stay the only one in its page that renders English before these tests: the tests run in
// order, Japanese first. (tests/build/ checks the same on the built CDN pages.)

afterEach(() => resetDocumentSources());

// The dev server serves hundreds of modules, more than the resource timing buffer keeps by default.
performance.setResourceTimingBufferSize(100_000);
const englishFetched = () => performance.getEntriesByType('resource').some((r) => /\/translations\/en\.[jt]s/.test(r.name));
const doc = () => fetch('/data-schema/examples/koriyama-collaboration-2023.json').then((r) => r.json() as Promise<MierukaDocument>);

async function gauge(lang: string, data: MierukaDocument): Promise<MierukaKpiGauge> {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('mieruka-kpi-gauge');
  el.setAttribute('indicator', 'p1-k1');
  el.data = data;
  box.append(el);
  await el.updateComplete;
  return el;
}

describe('English on demand', () => {
  it('a Japanese gauge renders in Japanese and fetches no English', async () => {
    const el = await gauge('ja', await doc());
    expect(shadowText(el, '[part=facts] dt')).to.equal('目標');
    expect(englishFetched()).to.equal(false);
  });

  it('an English gauge fetches the English texts and shows them once updateComplete resolves', async () => {
    const data = await doc();
    expect(englishFetched()).to.equal(false);
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('mieruka-kpi-gauge');
    el.setAttribute('indicator', 'p1-k1');
    el.data = data;
    const seen: string[] = [];
    // Whatever the element renders before updateComplete resolves is English too.
    const watch = new MutationObserver(() => seen.push(el.shadowRoot?.textContent ?? ''));
    box.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    watch.disconnect();
    expect(englishFetched()).to.equal(true);
    expect(shadowText(el, '[part=status]')).to.match(/On track/);
    expect([...(el.shadowRoot!.querySelectorAll('[part=facts] dt') ?? [])].map((d) => d.textContent?.trim())).to.deep.equal(['Target', 'Baseline']);
    expect(seen.filter((t) => /目標|読み込み中|実績/.test(t))).to.deep.equal([]);
  });
});
