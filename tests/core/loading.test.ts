import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetDocumentSources } from '../../src/core/index.js';
import { hits, key, shadowText, until, type MierukaProbe } from '../support/probe-element.js';
import '../support/probe-element.js';
import { mockDocument } from '../support/mock-document.js';

afterEach(() => resetDocumentSources());

describe('data sources', () => {
  it('fetches a URL once however many widgets on the page use it', async () => {
    const k = key();
    const url = `/__mock/doc/${k}`;
    const el = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 12 }, () => html`<mieruka-probe src=${url}></mieruka-probe>`)}
    </div>`);
    const probes = [...el.querySelectorAll('mieruka-probe')];
    await until(() => probes.every((p) => shadowText(p, '.doc') === 'テスト計画'));
    expect((await hits(k)).hits).to.equal(1);
  });

  it('a widget added later reuses the document already fetched', async () => {
    const k = key();
    const first = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/doc/${k}`}></mieruka-probe>`);
    await until(() => shadowText(first, '.doc') === 'テスト計画');
    const second = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/doc/${k}`} node="g1-p2"></mieruka-probe>`);
    await until(() => shadowText(second, '.node') === 'セーフコミュニティ活動の推進');
    expect((await hits(k)).hits).to.equal(1);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(mockDocument('インラインの計画'));
    const el = await fixture<MierukaProbe>(`<mieruka-probe><script type="application/json">${json}</script></mieruka-probe>`);
    await until(() => shadowText(el, '.doc') === 'インラインの計画');
  });

  it('takes a document object through the data property', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe .data=${mockDocument('プロパティの計画')}></mieruka-probe>`);
    expect(shadowText(el, '.doc')).to.equal('プロパティの計画');
  });

  it('prefers data over inline JSON over src', async () => {
    const k = key();
    const json = JSON.stringify(mockDocument('インライン'));
    const el = await fixture<MierukaProbe>(
      `<mieruka-probe src="/__mock/doc/${k}?title=src"><script type="application/json">${json}</script></mieruka-probe>`,
    );
    await until(() => shadowText(el, '.doc') === 'インライン');
    el.data = mockDocument('データ');
    await el.updateComplete;
    expect(shadowText(el, '.doc')).to.equal('データ');
    expect((await hits(k)).hits).to.equal(0);
  });

  it('given data as well as src: renders once, fetches nothing, and fetches src once data is taken away', async () => {
    const k = key();
    const el = document.createElement('mieruka-probe') as MierukaProbe;
    el.setAttribute('src', `/__mock/doc/${k}?title=src`);
    el.data = mockDocument('データ');
    // Counts renders: a page of 200 gauges given one document must not render each twice.
    let renders = 0;
    const render = (Object.getPrototypeOf(el) as { render: () => unknown }).render;
    Object.assign(el, { render: () => (renders++, render.call(el)) });
    document.body.append(el);
    try {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(shadowText(el, '.doc')).to.equal('データ');
      expect(renders).to.equal(1);
      expect((await hits(k)).hits).to.equal(0);
      el.data = undefined;
      await until(() => shadowText(el, '.doc') === 'src');
      expect((await hits(k)).hits).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('changing node or indicator re-renders without a new fetch', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/doc/${k}`} node="g1-p1"></mieruka-probe>`);
    await until(() => shadowText(el, '.node') === '協働のまちづくりの推進');
    el.setAttribute('node', 'g1-p2');
    el.setAttribute('indicator', 'k1');
    await el.updateComplete;
    expect(shadowText(el, '.node')).to.equal('セーフコミュニティ活動の推進');
    expect(shadowText(el, '.indicator')).to.equal('地域への愛着度');
    expect((await hits(k)).hits).to.equal(1);
  });

  it('shows a loading skeleton with text for screen readers, then the data', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/seq/${k}?steps=slow`} timeout="10"></mieruka-probe>`);
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    expect(shadowText(el, '[role=status]')).to.equal('読み込み中');
    await until(() => shadowText(el, '.doc') === 'テスト計画', 8000);
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.not.exist;
  });
});

describe('live refresh', () => {
  it('re-fetches with a conditional request and shows a changed document in every widget', async () => {
    const k = key();
    const url = `/__mock/seq/${k}?steps=ok,ok,ok2`;
    const el = await fixture<HTMLDivElement>(html`<div>
      <mieruka-probe src=${url} refresh="0.3" node="g1"></mieruka-probe>
      <mieruka-probe src=${url} node="g1"></mieruka-probe>
    </div>`);
    const [a, b] = [...el.querySelectorAll('mieruka-probe')];
    await until(() => shadowText(a!, '.node') === '目標一 v1');
    await until(() => shadowText(a!, '.node') === '目標一 v2' && shadowText(b!, '.node') === '目標一 v2', 5000);
    const h = await hits(k);
    expect(h.hits).to.be.at.least(3);
    expect(h.conditional).to.be.at.least(1);
  });

  it('keeps the last good data with a visible note when a refresh fails, and drops the note when one succeeds', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/seq/${k}?steps=ok,500,ok2`} refresh="0.3" node="g1"></mieruka-probe>`);
    await until(() => shadowText(el, '.node') === '目標一 v1');
    await until(() => el.shadowRoot!.querySelector('[part=stale]') !== null);
    expect(shadowText(el, '[part=stale]')).to.match(/^\d{1,2}:\d{2}の情報を表示しています/);
    expect(shadowText(el, '.node')).to.equal('目標一 v1');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.not.exist;
    // Back-off doubles the interval after a failure; the next success clears the note.
    await until(() => shadowText(el, '.node') === '目標一 v2', 6000);
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.not.exist;
  });

  it('keeps the last good data when a refresh brings an invalid document', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/seq/${k}?steps=ok,schema`} refresh="0.3" node="g1"></mieruka-probe>`);
    await until(() => shadowText(el, '.node') === '目標一 v1');
    await until(() => el.shadowRoot!.querySelector('[part=stale]') !== null);
    expect(shadowText(el, '.node')).to.equal('目標一 v1');
  });

  it('announces a live change once, politely', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/seq/${k}?steps=ok,ok2`} refresh="0.3" node="g1"></mieruka-probe>`);
    await until(() => shadowText(el, '.node') === '目標一 v2', 5000);
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    await until(() => /更新しました/.test(live.textContent ?? ''), 12_000);
  }).timeout(15_000);

  it('stops fetching when the element leaves the page', async () => {
    const k = key();
    const el = await fixture<MierukaProbe>(html`<mieruka-probe src=${`/__mock/doc/${k}`} refresh="0.2"></mieruka-probe>`);
    await until(() => shadowText(el, '.doc') === 'テスト計画');
    el.remove();
    const before = (await hits(k)).hits;
    await new Promise((r) => setTimeout(r, 700));
    expect((await hits(k)).hits).to.equal(before);
  });
});

describe('events', () => {
  it('fires mieruka-load with the document id and asOf, bubbling and composed', async () => {
    const k = key();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const listener = oneEvent(wrapper, 'mieruka-load');
    const probe = document.createElement('mieruka-probe');
    probe.src = `/__mock/doc/${k}`;
    wrapper.append(probe);
    const event = await listener;
    expect(event.detail).to.include({ id: 'mock', asOf: '2024-03-31', update: false });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires mieruka-error with kind, message and path for an unknown id, and keeps the last view', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe .data=${mockDocument()} node="g1-p1"></mieruka-probe>`);
    const listener = oneEvent(el, 'mieruka-error');
    el.node = 'g1-p3';
    const event = await listener;
    expect(event.detail.kind).to.equal('unknown-node');
    expect(event.detail.path).to.equal('node');
    await el.updateComplete;
    expect(shadowText(el, '[role=alert]')).to.contain('項目「g1-p3」が見つかりません');
    expect(shadowText(el, '[role=alert]')).to.contain('候補: g1-p1またはg1-p2');
    expect(shadowText(el, '.node')).to.equal('協働のまちづくりの推進');
  });
});

describe('one way data arrives (issue #19)', () => {
  type Reader = { documents: { read(): unknown } };
  it('each change is one new frozen state; reading again without a change gives the same object', async () => {
    const el = document.createElement('mieruka-probe') as MierukaProbe;
    el.src = `/__mock/seq/${key()}?steps=ok,ok2`;
    const loaded = oneEvent(el, 'mieruka-load');
    await fixture(html`<div lang="ja">${el}</div>`);
    await loaded;
    await el.updateComplete;
    const controller = (el as unknown as Reader).documents;
    const first = controller.read() as { document?: { title: string } };
    expect(Object.isFrozen(first)).to.be.true;
    expect(controller.read()).to.equal(first);
    el.requestUpdate();
    await el.updateComplete;
    expect(controller.read(), 'an update with nothing new').to.equal(first);
    el.data = mockDocument('別の計画', 3);
    await el.updateComplete;
    const second = controller.read() as { document?: { title: string }; origin?: string };
    expect(second).to.not.equal(first);
    expect([second.origin, second.document?.title]).to.deep.equal(['data', '別の計画']);
    expect(first.document?.title, 'the earlier state is untouched').to.equal('テスト計画');
  });
});
