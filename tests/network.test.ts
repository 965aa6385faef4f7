// Issue #12, the network: status codes, timeouts, slow bodies, redirects, an HTML login page,
// empty and truncated bodies and a CORS refusal, each through all five elements: each has its
// own kind and words, none leaves a widget blank or spinning, and as a refresh after a good
// load none loses the data on screen.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { documentSource, resetDocumentSources, type MierukaErrorDetail, type MierukaLoadDetail } from '../src/core/index.js';
import { key, until } from './support/probe-element.js';
import { TAGS, deepText, type Tag } from './hostile-support.js';

type Mieruka = HTMLElement & { updateComplete: Promise<boolean> };

afterEach(() => resetDocumentSources());

/** The wtr server answers on both names; the page is on one, so the other is another origin. */
function otherOrigin(): string {
  const { protocol, hostname, port } = location;
  return `${protocol}//${hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${port}`;
}

interface Failure {
  name: string;
  /** The URL, given a fresh key. */
  url: (k: string, first?: string) => string;
  kind: MierukaErrorDetail['kind'];
  status?: number;
  words: string;
  timeout?: string;
  /** The fault, as city web staff must tell it apart: each has its own message. */
  fault: string;
}

const net = (k: string, steps: string) => `/__mock/net/${k}?doc=small-plan-sheet&steps=${steps}`;

const FAILURES: Failure[] = [
  { name: '404', url: (k, f) => net(k, [f, '404'].filter(Boolean).join(',')), kind: 'http', status: 404, words: 'データのファイルが見つかりません（HTTP 404）。src 属性の URL と', fault: 'not found' },
  { name: '410 Gone', url: (k, f) => net(k, [f, '410'].filter(Boolean).join(',')), kind: 'http', status: 410, words: 'データのファイルが見つかりません（HTTP 410）', fault: 'not found' },
  { name: '403', url: (k, f) => net(k, [f, '403'].filter(Boolean).join(',')), kind: 'http', status: 403, words: 'データのファイルを読む権限がありません（HTTP 403）。ファイルが公開されているか', fault: 'forbidden' },
  { name: '500', url: (k, f) => net(k, [f, '500'].filter(Boolean).join(',')), kind: 'http', status: 500, words: 'データのあるサーバーでエラーが起きました（HTTP 500）。しばらくしてから', fault: 'server' },
  { name: '503', url: (k, f) => net(k, [f, '503'].filter(Boolean).join(',')), kind: 'http', status: 503, words: 'データのあるサーバーでエラーが起きました（HTTP 503）', fault: 'server' },
  { name: 'no answer in time', url: (k, f) => net(k, [f, 'hang'].filter(Boolean).join(',')), kind: 'timeout', words: '0.5秒以内に終わりませんでした（タイムアウト）。', timeout: '0.5', fault: 'timeout' },
  { name: 'a slow body', url: (k, f) => net(k, [f, 'slowbody'].filter(Boolean).join(',')), kind: 'timeout', words: 'timeout 属性で待つ秒数を延ばしてください', timeout: '0.5', fault: 'timeout' },
  { name: 'an HTML login page (200, text/html)', url: (k, f) => net(k, [f, 'html'].filter(Boolean).join(',')), kind: 'html', words: 'データの代わりに HTML のページが返されました。', fault: 'html' },
  { name: 'an empty body', url: (k, f) => net(k, [f, 'empty'].filter(Boolean).join(',')), kind: 'not-json', words: 'データのファイルが空です。', fault: 'empty' },
  { name: 'a body cut mid-JSON', url: (k, f) => net(k, [f, 'truncated'].filter(Boolean).join(',')), kind: 'not-json', words: 'データが途中で切れています（', fault: 'truncated' },
  { name: 'a redirect loop', url: (k, f) => net(k, [f, 'loop'].filter(Boolean).join(',')), kind: 'network', words: 'データを取得できませんでした（ネットワークエラー）。', fault: 'network' },
  {
    name: 'a CORS refusal (another origin, no Access-Control-Allow-Origin)',
    // The first step (for refresh tests) allows the page's origin; the next does not.
    url: (k, f) => `${otherOrigin()}${net(k, [f ? 'cors' : '', 'ok'].filter(Boolean).join(','))}`,
    kind: 'cors',
    words: 'Access-Control-Allow-Origin',
    fault: 'cors',
  },
];

/** What each element shows of small-plan-sheet: text that must stay through a failed refresh. */
const MARKERS: Record<Tag, string> = {
  'mieruka-plan-tree': '公民協奏の推進',
  'mieruka-kpi-gauge': '地域への愛着度',
  'mieruka-five-less': 'カウンターレス',
  'mieruka-sdgs-badges': 'すべての人に健康と福祉を',
  'mieruka-trend-table': '地域への愛着度',
  'mieruka-progress-summary': '指標の状況',
};

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const staleOf = (el: Element) => el.shadowRoot?.querySelector('[part=stale]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function create(tag: Tag, src: string, timeout?: string): Mieruka {
  const el = document.createElement(tag) as Mieruka;
  if (timeout) el.setAttribute('timeout', timeout);
  el.setAttribute('src', src);
  return el;
}

async function place(el: Mieruka): Promise<void> {
  await fixture(html`<div lang="ja">${el}</div>`);
}

function expectFailure(detail: MierukaErrorDetail, f: Failure): void {
  expect(detail.kind, f.name).to.equal(f.kind);
  if (f.status) expect(detail.status).to.equal(f.status);
  expect(detail.message).to.contain(f.words);
}

describe('a first load that fails', () => {
  for (const f of FAILURES) {
    for (const tag of TAGS) {
      it(`${tag}: ${f.name} → ${f.kind}, an alert in words, no skeleton`, async () => {
        const el = create(tag, f.url(key()), f.timeout);
        const event = oneEvent(el, 'mieruka-error');
        await place(el);
        const { detail } = (await event) as CustomEvent<MierukaErrorDetail>;
        await el.updateComplete;
        expectFailure(detail, f);
        expect(alertOf(el)).to.contain(f.words);
        expect(el.shadowRoot!.querySelector('[part=skeleton]'), 'still spinning').to.equal(null);
        expect(el.shadowRoot!.querySelector('[role=alert]')!.getAttribute('part')).to.equal('alert');
      });
    }
  }
});

describe('each fault has its own message (issue #19)', () => {
  it('404/410, 403, 5xx, timeout, HTML, empty, truncated, network and CORS give nine messages; the same fault the same words', async function () {
    this.timeout(60_000);
    const byFault = new Map<string, Set<string>>();
    for (const f of FAILURES) {
      const el = create('mieruka-kpi-gauge', f.url(key()), f.timeout);
      const event = oneEvent(el, 'mieruka-error');
      await place(el);
      const { detail } = (await event) as CustomEvent<MierukaErrorDetail>;
      // The status, the seconds and the place in the file differ within a fault; the words do not.
      const words = detail.message.replace(/[\d.]+/g, '#');
      byFault.set(f.fault, (byFault.get(f.fault) ?? new Set()).add(words));
    }
    expect([...byFault.values()].map((s) => s.size), 'one message per fault').to.deep.equal([...byFault.keys()].map(() => 1));
    expect(new Set([...byFault.values()].map((s) => [...s][0])).size, 'faults told apart').to.equal(9);
  });
});

describe('a refresh that fails keeps the last good data, with the stale note', () => {
  for (const f of FAILURES) {
    for (const tag of TAGS) {
      it(`${tag}: ${f.name}`, async () => {
        const url = f.url(key(), 'ok');
        const el = create(tag, url, f.timeout);
        const loaded = oneEvent(el, 'mieruka-load');
        await place(el);
        await loaded;
        await el.updateComplete;
        expect(deepText(el)).to.contain(MARKERS[tag]);
        const failed = oneEvent(el, 'mieruka-error');
        void documentSource(url).load();
        const { detail } = (await failed) as CustomEvent<MierukaErrorDetail>;
        await el.updateComplete;
        expectFailure(detail, f);
        expect(deepText(el), 'the data on screen was lost').to.contain(MARKERS[tag]);
        expect(staleOf(el)).to.contain('最新の情報を取得できませんでした');
        expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
      });
    }
  }

  it('with the refresh attribute too: the timer brings the failure, the data stays in every element', async () => {
    const k = key();
    const url = net(k, 'ok,503');
    const els = TAGS.map((tag) => create(tag, url));
    for (const el of els) el.setAttribute('refresh', '0.2');
    await fixture(html`<div lang="ja">${els}</div>`);
    await until(() => els.every((el, i) => deepText(el).includes(MARKERS[TAGS[i]!])));
    await until(() => els.every((el) => staleOf(el).includes('最新の情報を取得できませんでした')));
    els.forEach((el, i) => expect(deepText(el)).to.contain(MARKERS[TAGS[i]!]));
  });
});

describe('what is not a failure', () => {
  for (const status of ['r301', 'r302']) {
    for (const tag of TAGS) {
      it(`${tag}: a ${status.slice(1)} redirect to a good document shows that document`, async () => {
        const k = key();
        const el = create(tag, `/__mock/net/${k}?steps=${status}`);
        let error: MierukaErrorDetail | undefined;
        el.addEventListener('mieruka-error', (e) => (error = (e as CustomEvent<MierukaErrorDetail>).detail));
        const loaded = oneEvent(el, 'mieruka-load');
        await place(el);
        const { detail } = (await loaded) as CustomEvent<MierukaLoadDetail>;
        await el.updateComplete;
        expect(detail.id).to.equal('mock');
        expect(error).to.equal(undefined);
        expect(alertOf(el)).to.equal('');
        expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
        if (tag === 'mieruka-plan-tree' || tag === 'mieruka-trend-table') expect(deepText(el)).to.contain('転送先の計画');
      });
    }
  }

  it('another origin that allows the page (Access-Control-Allow-Origin: *) loads: the CORS case above is CORS', async () => {
    const el = create('mieruka-kpi-gauge', `${otherOrigin()}${net(key(), 'cors')}`);
    const loaded = oneEvent(el, 'mieruka-load');
    await place(el);
    await loaded;
    await el.updateComplete;
    expect(deepText(el)).to.contain('地域への愛着度');
  });
});

describe('telling failures apart', () => {
  it('a CORS refusal is told apart from a server that does not answer, and names CORS', async () => {
    // Both reach the page as the same TypeError; a site admin fixes them in different places
    // (the server's Access-Control-Allow-Origin header, or the URL / the server being up).
    const messages: Record<string, MierukaErrorDetail> = {};
    for (const [name, src] of [['unreachable', 'http://127.0.0.1:9/mieruka.json'], ['cors', `${otherOrigin()}${net(key(), 'ok')}`]] as const) {
      const el = create('mieruka-kpi-gauge', src);
      const event = oneEvent(el, 'mieruka-error');
      await place(el);
      messages[name] = ((await event) as CustomEvent<MierukaErrorDetail>).detail;
    }
    expect(messages.cors!.message).not.to.equal(messages.unreachable!.message);
    expect(messages.cors!.message).to.contain('CORS');
  });
});

describe('a widget replaced while its document loads (a block editor re-rendering its preview)', () => {
  it('the new widget with the same src shows the document: the abandoned load does not leave it waiting', async () => {
    const k = key();
    const src = `/__mock/seq/${k}?steps=slow`;
    const first = create('mieruka-kpi-gauge', src);
    await place(first);
    // Wait until the server has the request (it answers 3 s later).
    while ((await (await fetch(`/__mock/hits/${k}`)).json()).hits < 1) await new Promise((r) => setTimeout(r, 20));
    // The preview's HTML is replaced: the first widget leaves, the load it started is abandoned.
    const second = create('mieruka-kpi-gauge', src);
    const loaded = oneEvent(second, 'mieruka-load');
    first.replaceWith(second);
    await loaded;
    await second.updateComplete;
    expect(alertOf(second)).to.equal('');
    expect(second.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
  });
});
