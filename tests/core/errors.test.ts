import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetDocumentSources } from '../../src/core/index.js';
import { key, shadowText, until, MierukaProbe } from '../support/probe-element.js';
import '../support/probe-element.js';
import { mockDocument } from '../support/mock-document.js';

afterEach(() => resetDocumentSources());

async function failing(src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('mieruka-probe');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${attrs.lang ?? 'ja'}></div>`);
  const event = oneEvent(el, 'mieruka-error');
  el.src = src;
  wrapper.append(el);
  const { detail } = await event;
  await el.updateComplete;
  return { el, detail, alert: shadowText(el, '[role=alert]') };
}

describe('error messages, each kind', () => {
  it('an HTTP error names the status', async () => {
    const { detail, alert } = await failing(`/__mock/seq/${key()}?steps=404`);
    expect(detail).to.include({ kind: 'http', status: 404 });
    expect(alert).to.contain('データのファイルが見つかりません（HTTP 404）');
  });

  it('a network failure (nothing listening) is a network error', async () => {
    const { detail, alert } = await failing('http://127.0.0.1:9/mieruka.json');
    expect(detail.kind).to.equal('network');
    expect(alert).to.contain('ネットワークエラー');
  });

  it('a request slower than the timeout is aborted and reported as a timeout', async () => {
    const { detail, alert } = await failing(`/__mock/seq/${key()}?steps=slow`, { timeout: '0.5' });
    expect(detail.kind).to.equal('timeout');
    expect(alert).to.contain('0.5秒以内に終わりませんでした');
  });

  it('a slow body counts as a timeout too', async () => {
    const { detail } = await failing(`/__mock/slow-body/${key()}?ms=3000`, { timeout: '0.5' });
    expect(detail.kind).to.equal('timeout');
  });

  it('a body that is not JSON says where (line and column)', async () => {
    const { detail, alert } = await failing(`/__mock/seq/${key()}?steps=notjson`);
    expect(detail.kind).to.equal('not-json');
    expect(alert).to.match(/JSON として読めません（3行\d+文字目）/);
  });

  it('an HTML page (a login page) instead of JSON is named as such', async () => {
    const { detail, alert } = await failing(`/__mock/seq/${key()}?steps=html`);
    expect(detail.kind).to.equal('html');
    expect(alert).to.contain('HTML のページが返されました');
  });

  it('an empty body is not JSON', async () => {
    const { detail } = await failing(`/__mock/seq/${key()}?steps=empty`);
    expect(detail.kind).to.equal('not-json');
  });

  it('schema problems list the first paths and the count', async () => {
    const { detail, alert, el } = await failing(`/__mock/seq/${key()}?steps=schema`);
    expect(detail.kind).to.equal('schema');
    expect(detail.path).to.equal('/title');
    expect(detail.problems!.map((p: { path: string }) => p.path)).to.include.members(['/title', '/nodes/0/id']);
    expect(alert).to.match(/データの形式に誤りがあります（\d+件）/);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=alert] li code')].map((c) => c.textContent);
    expect(items).to.include('/nodes/0/id');
  });

  it('a document given as data is validated too', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe .data=${{ schemaVersion: '1.0' }}></mieruka-probe>`);
    expect(shadowText(el, '[role=alert]')).to.contain('データの形式に誤りがあります');
    expect(shadowText(el, '[role=alert]')).to.contain('/id');
  });

  it('no source at all is explained', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe></mieruka-probe>`);
    expect(shadowText(el, '[role=alert]')).to.contain('データが指定されていません');
  });

  it('an unknown indicator id names the id and close matches', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe .data=${mockDocument()} indicator="k2"></mieruka-probe>`);
    expect(shadowText(el, '[role=alert]')).to.contain('指標「k2」が見つかりません');
    expect(shadowText(el, '[role=alert]')).to.contain('k1');
  });

  it('hostile strings in a document are shown as text, never markup', async () => {
    const doc = mockDocument('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    const el = await fixture<MierukaProbe>(html`<mieruka-probe .data=${doc}></mieruka-probe>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el, '.doc')).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('language', () => {
  it('speaks English when the page or an ancestor is English', async () => {
    const { alert } = await failing(`/__mock/seq/${key()}?steps=404`, { lang: 'en' });
    expect(alert).to.contain('The data file was not found (HTTP 404)');
  });

  it('follows a change of the page language', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe></mieruka-probe>`);
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      await until(() => shadowText(el, '[role=alert]').includes('No data given'));
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('schema problems come in the reader’s language', async () => {
    const el = await fixture<MierukaProbe>(html`<mieruka-probe lang="en" .data=${{ ...mockDocument(), title: '' }}></mieruka-probe>`);
    expect(shadowText(el, '[role=alert]')).to.contain('The data does not follow the format (1 problem)');
    expect(shadowText(el, '[role=alert]')).to.contain('/title Must not be empty');
  });
});

describe('problems an element reports (reportProblem, issue #19)', () => {
  /** A probe that reports one problem per word of its `bad` attribute. */
  class ReportingProbe extends MierukaProbe {
    static override properties = { bad: {} };
    bad = '';
    protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
      super.willUpdate(changed as never);
      for (const word of this.bad.split(' ').filter(Boolean)) this.reportProblem({ kind: 'invalid-attribute', message: `「${word}」は使えません`, path: 'bad' }, word === 'quiet' ? { heading: null, part: 'quiet' } : {});
    }
  }
  before(() => customElements.define('mieruka-reporting-probe', ReportingProbe));

  it('draws every problem in one alert, fires mieruka-error once per distinct problem, and keeps the view', async () => {
    const el = document.createElement('mieruka-reporting-probe') as ReportingProbe;
    const events: string[] = [];
    el.addEventListener('mieruka-error', (e) => events.push(e.detail.message));
    el.data = { schemaVersion: '1.0', id: 'd', title: '文書', municipality: 'm', levels: [{ id: 'l', name: 'L' }], nodes: [] };
    el.bad = 'x quiet';
    await fixture(html`<div lang="ja">${el}</div>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role=alert]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.getAttribute('part')).to.equal('alert quiet');
    expect(shadowText(el, '[role=alert]')).to.equal('表示できません: 「x」は使えません 「quiet」は使えません');
    expect(shadowText(el, '.doc')).to.equal('文書');
    expect(events).to.deep.equal(['「x」は使えません', '「quiet」は使えません']);
    el.requestUpdate();
    await el.updateComplete;
    expect(events, 'not again while it lasts').to.have.length(2);
    el.bad = 'x y';
    await el.updateComplete;
    expect(events, 'only the new one').to.deep.equal(['「x」は使えません', '「quiet」は使えません', '「y」は使えません']);
    el.bad = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    el.bad = 'x';
    await el.updateComplete;
    expect(events, 'again once it came back').to.have.length(4);
  });
});
