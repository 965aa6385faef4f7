import { expect } from '@open-wc/testing';
import { until } from './support/probe-element.js';

const SRC = '/data-schema/examples/small-report.json';

interface Loaded {
  frame: HTMLIFrameElement;
  doc: Document;
  messages: { type?: string; height?: number; id?: string }[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Loads demo/embed.html with `query` in an iframe of fixed height and collects its messages. */
async function embed(query: string, height = 200): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:480px;height:${height}px;border:0`;
  const messages: Loaded['messages'] = [];
  window.addEventListener('message', (e) => {
    if (e.source === frame.contentWindow && e.origin === location.origin) messages.push(e.data);
  });
  frames.push(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/demo/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, messages };
}

const alertText = (doc: Document) => doc.querySelector('[role=alert]')?.textContent ?? '';
const widgets = (doc: Document) => doc.querySelectorAll('mieruka-plan-tree, mieruka-kpi-gauge, mieruka-five-less, mieruka-sdgs-badges, mieruka-trend-table');

describe('demo/embed.html', () => {
  it('shows one widget from the query and posts its height to the parent', async () => {
    const { doc, messages } = await embed(`element=kpi-gauge&src=${encodeURIComponent(SRC)}&indicator=p1-k1&variant=bar&frame=kpi1`);
    await until(() => Boolean(doc.querySelector('mieruka-kpi-gauge')), 10_000);
    const el = doc.querySelector('mieruka-kpi-gauge')!;
    await until(() => Boolean(el.shadowRoot && !el.shadowRoot.querySelector('[part=skeleton]') && el.shadowRoot.textContent?.includes('きらめき出前講座')), 10_000);
    expect(el.getAttribute('src')).to.equal(SRC);
    expect(el.getAttribute('indicator')).to.equal('p1-k1');
    expect(el.getAttribute('variant')).to.equal('bar');
    expect(el.hasAttribute('frame')).to.be.false;
    expect(el.hasAttribute('element')).to.be.false;
    expect(widgets(doc)).to.have.length(1);
    // Full width, less room on each side for a focus ring (3px outline, 2px offset).
    const box = el.getBoundingClientRect();
    expect(box.width).to.equal(480 - 12);
    expect(box.left).to.be.at.least(5);
    expect(480 - box.right).to.be.at.least(5);

    await until(() => messages.some((m) => m.type === 'mieruka:height' && (m.height ?? 0) > 0), 5000);
    // The last message says the page's height once the widget has settled.
    const pageHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await until(() => messages.at(-1)?.height === pageHeight(), 5000);
    const last = messages.at(-1)!;
    expect(last.type).to.equal('mieruka:height');
    expect(last.id).to.equal('kpi1');
    expect(last.height).to.be.above(100);
    // Each message says a new height.
    const heights = messages.map((m) => m.height);
    heights.forEach((h, i) => i && expect(h).not.to.equal(heights[i - 1]));
  });

  it('follows lang and sends a new height when the content grows', async () => {
    const { doc, messages } = await embed(`element=trend-table&src=${encodeURIComponent(SRC)}&lang=en`);
    expect(doc.documentElement.lang).to.equal('en');
    const el = doc.querySelector('mieruka-trend-table')!;
    expect(el.hasAttribute('lang')).to.be.false;
    await until(() => messages.length > 0 && Boolean(el.shadowRoot?.textContent?.includes('きらめき出前講座')), 10_000);
    const before = messages.length;
    const spacer = doc.createElement('div');
    spacer.style.height = '900px';
    doc.body.append(spacer);
    await until(() => messages.length > before, 5000);
    expect(messages.at(-1)!.height).to.be.above(900);
    expect(messages.at(-1)!.id).to.be.undefined;
  });

  it('says so when the element is unknown, and shows no widget', async () => {
    const { doc, messages } = await embed(`element=${encodeURIComponent('<img src=x onerror=alert(1)>')}&src=${encodeURIComponent(SRC)}`);
    await until(() => alertText(doc) !== '');
    expect(alertText(doc)).to.contain('<img src=x').and.contain('kpi-gauge');
    expect(doc.querySelector('img')).to.be.null;
    expect(widgets(doc)).to.have.length(0);
    await until(() => messages.some((m) => (m.height ?? 0) > 0));
  });

  it('says so when element= is missing', async () => {
    const { doc } = await embed(`src=${encodeURIComponent(SRC)}&lang=en`);
    await until(() => alertText(doc) !== '');
    expect(alertText(doc)).to.contain('element=');
    expect(widgets(doc)).to.have.length(0);
  });

  for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}']) {
    it(`refuses src=${src.trim()}`, async () => {
      const { doc } = await embed(`element=kpi-gauge&indicator=p1-k1&src=${encodeURIComponent(src)}`);
      await until(() => alertText(doc) !== '');
      expect(alertText(doc)).to.contain('src');
      expect(widgets(doc)).to.have.length(0);
    });
  }

  it('copies only attribute-like parameter names, never event handlers', async () => {
    const { doc } = await embed(`element=sdgs-badges&goals=11%2017&onclick=alert(1)&Bad_Name=1&x%3Cy=1&frame=f`);
    const el = doc.querySelector('mieruka-sdgs-badges')!;
    expect(el).to.exist;
    const names = [...el.attributes].map((a) => a.name);
    expect(names).to.include('goals');
    for (const name of ['onclick', 'bad_name', 'x<y', 'frame', 'element']) expect(names).not.to.include(name);
    expect(el.getAttribute('goals')).to.equal('11 17');
  });
});
