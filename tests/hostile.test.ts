// Issue #12, hostile data: markup and script in every free-text field of real documents,
// javascript: and data: links, and keys that name prototypes, through all five elements and
// through each way a document arrives (data property, inline JSON, src).
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { resetDocumentSources } from '../src/core/index.js';
import { FLAG, PAYLOAD, TAGS, dangers, deepText, example, flagged, hostileDocument, mount, prototypeSnapshot, served, settle, withPrototypeKeys, type Tag } from './hostile-support.js';

type Mieruka = HTMLElement & { data?: unknown; src?: string };

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
let prototypesBefore = '';

beforeEach(() => {
  errors.length = 0;
  prototypesBefore = prototypeSnapshot();
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  delete (window as unknown as Record<string, unknown>)[FLAG];
  resetDocumentSources();
});

/** The first node without children: the plan whose detail sheet the tree opens. */
function firstLeaf(doc: Record<string, unknown>): string {
  let node = (doc.nodes as { id: string; children?: unknown[] }[])[0]!;
  while (node.children?.length) node = node.children[0] as typeof node;
  return node.id;
}

/** Attributes that make each element show as much of a document as it can. */
function showAll(tag: Tag, doc: Record<string, unknown>): Record<string, string> {
  return tag === 'mieruka-plan-tree' ? { expanded: 'all', detail: 'inline', selected: firstLeaf(doc) } : {};
}

async function untilSettled(el: Mieruka, done: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  await settle(el);
}

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Nothing ran, nothing that could run is in the DOM, no prototype changed, nothing threw. */
function expectInert(el: Element): void {
  expect(flagged(), 'an injected handler ran').to.equal(undefined);
  expect(dangers(el), 'script-capable markup in the element').to.deep.equal([]);
  expect(prototypeSnapshot(), 'a built-in prototype gained or lost a property').to.equal(prototypesBefore);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(errors, 'uncaught errors').to.deep.equal([]);
}

const DOCS = ['small-plan-sheet', 'koriyama-collaboration-2023'] as const;

/**
 * The example, and for small-plan-sheet the fields no example has yet: a related link and a
 * source (with publisher and description) that the first indicator cites, all with http URLs.
 */
async function load(name: (typeof DOCS)[number]): Promise<Record<string, unknown>> {
  const doc = await example(name);
  if (name !== 'small-plan-sheet') return doc;
  const plan = (doc.nodes as any)[0].children[0].children[0];
  plan.links = [{ title: '関連リンク', url: 'https://example.jp/links' }];
  plan.disclosure.pages[0].url = 'https://example.jp/pages';
  plan.indicators[0].source = 'survey';
  doc.sources = [{ id: 'survey', title: '市民意識調査', publisher: '郡山市', url: 'https://example.jp/survey', description: '無作為抽出の市民3,000人' }];
  return doc;
}

describe('hostile strings in every free-text field', () => {
  for (const name of DOCS) {
    it(`${name}: the hostile copy replaces every free-text field and stays valid`, async () => {
      const { replaced } = hostileDocument(await load(name), (s) => PAYLOAD + s);
      const fields = new Set(replaced.map((p) => p.split('/').filter((s) => !/^\d+$/.test(s)).slice(-2).join('/')));
      const expected =
        name === 'small-plan-sheet'
          ? ['/title', 'municipality', 'levels/name', 'levels/counter', 'nodes/title', 'departments/name', 'children/summary', 'children/vision', 'pages/title', 'indicators/name', 'indicators/unit', 'baseline/label', 'target/text', 'target/note', 'children/notes', 'cells/text', 'rows/item', 'links/title', 'sources/title', 'sources/publisher', 'sources/description', '/notes']
          : ['/title', 'description', 'nodes/title', 'indicators/name', 'indicators/unit', 'indicators/explanation', 'indicators/description', 'focusAreas/text', 'assessments/text', 'assessments/result', 'series/name', 'scales/name', 'categories/value', 'sources/title', 'sources/description', 'departments/roleLabel', 'restated/note', 'observations/note', 'observations/label'];
      for (const f of expected) expect([...fields].some((x) => x === f || x.endsWith(`/${f}`) || `/${x}` === f), `field ${f} not covered`).to.equal(true);
      expect(replaced.length).to.be.greaterThan(name === 'small-plan-sheet' ? 70 : 1000);
    });

    for (const tag of TAGS) {
      for (const lang of name === 'small-plan-sheet' ? ['ja', 'en'] : ['ja']) {
        it(`${tag} (${lang}) shows ${name}'s hostile strings as text and runs nothing`, async () => {
          const { doc } = hostileDocument(await load(name), (s) => PAYLOAD + s);
          const { el } = await mount(tag, { data: doc }, showAll(tag, doc), lang);
          expect(alertOf(el), 'a valid document should not raise an alert').to.equal('');
          expect(deepText(el)).to.contain(`<img src=x onerror="window.${FLAG}=1">`);
          expectInert(el);
        });
      }
    }
  }

  for (const tag of TAGS) {
    it(`${tag}: the same hostile document through inline JSON and through src`, async () => {
      const { doc } = hostileDocument(await load('small-plan-sheet'), (s) => PAYLOAD + s);
      const text = JSON.stringify(doc);
      const { el: inline } = await mount(tag, { inline: text }, showAll(tag, doc));
      expect(alertOf(inline)).to.equal('');
      expect(deepText(inline)).to.contain('<script>window.');
      expectInert(inline);
      const url = await served(text);
      const { el: fetched } = await mount(tag, { src: url }, showAll(tag, doc));
      await untilSettled(fetched, () => deepText(fetched).includes('<script>window.'));
      expect(alertOf(fetched)).to.equal('');
      expect(deepText(fetched)).to.contain('<script>window.');
      expectInert(fetched);
    });
  }

  it('an inline document written straight into the page (</script> escaped as JSON allows) is inert too', async () => {
    const { doc } = hostileDocument(await load('small-plan-sheet'), (s) => PAYLOAD + s);
    const json = JSON.stringify(doc).replace(/</g, '\\u003c');
    const wrapper = await fixture<HTMLDivElement>(`<div lang="ja"><mieruka-trend-table><script type="application/json">${json}</script></mieruka-trend-table></div>`);
    const el = wrapper.firstElementChild as Mieruka;
    await settle(el);
    expect(deepText(el)).to.contain('<iframe src="javascript:');
    expectInert(el);
  });
});

describe('links: only http(s) URLs ever become links', () => {
  /** small-plan-sheet with `url` in a disclosure page, a link and a source the first indicator cites. */
  async function withUrls(url: string): Promise<Record<string, unknown>> {
    const doc = await example('small-plan-sheet');
    const plan = (doc.nodes as any)[0].children[0].children[0];
    plan.disclosure.pages[0].url = url;
    plan.links = [{ title: '関連リンク', url }];
    plan.indicators[0].source = 'survey';
    doc.sources = [{ id: 'survey', title: '市民意識調査', url }];
    return doc;
  }

  const BAD = [
    `javascript:window.${FLAG}=1`,
    `JaVaScRiPt:window.${FLAG}=1`,
    ` javascript:window.${FLAG}=1`,
    `java\tscript:window.${FLAG}=1`,
    `data:text/html,<script>parent.${FLAG}=1</script>`,
    `vbscript:msgbox(1)`,
    `https://example.jp/ javascript:1`,
  ];

  for (const tag of TAGS) {
    it(`${tag} refuses a document whose links are javascript:, data: or vbscript:, naming each path`, async () => {
      for (const bad of BAD) {
        const { el } = await mount(tag, { data: await withUrls(bad) }, { expanded: 'all', detail: 'inline', selected: 'g3-i1-p1' });
        const alert = alertOf(el);
        expect(alert, bad).to.contain('データの形式に誤りがあります');
        expect(alert, bad).to.contain('/sources/0/url');
        expect(alert, bad).to.contain('/nodes/0/children/0/children/0/disclosure/pages/0/url');
        expect(alert, bad).to.contain('/nodes/0/children/0/children/0/links/0/url');
        expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
        expectInert(el);
      }
    });
  }

  it('an http URL carrying markup stays an inert attribute value (tree sheet and trend table)', async () => {
    const url = `https://example.jp/"><script>window.${FLAG}=1</script><img/src=x/onerror=window.${FLAG}=1>`;
    const doc = await withUrls(url);
    const { el: tree } = await mount('mieruka-plan-tree', { data: doc }, { expanded: 'all', detail: 'inline', selected: 'g3-i1-p1' });
    const { el: table } = await mount('mieruka-trend-table', { data: doc });
    for (const el of [tree, table]) {
      expect(alertOf(el)).to.equal('');
      expectInert(el);
    }
    const hrefs = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs(tree)).to.include(url);
    expect(hrefs(table)).to.include(url);
  });
});

describe('keys named __proto__, constructor and prototype at every level', () => {
  for (const tag of TAGS) {
    it(`${tag}: through data, inline JSON and src, nothing is polluted and the document still shows`, async () => {
      const doc = await example('small-plan-sheet');
      const text = withPrototypeKeys(doc);
      expect(text).to.contain('"__proto__":{"polluted"');
      const { el: plain } = await mount(tag, { data: doc }, showAll(tag, doc));
      const expected = deepText(plain);
      for (const how of [{ data: JSON.parse(text) }, { inline: text }, { src: await served(text) }]) {
        const { el } = await mount(tag, how, showAll(tag, doc));
        await untilSettled(el, () => deepText(el) === expected);
        expect(alertOf(el), JSON.stringify(Object.keys(how))).to.equal('');
        expect(deepText(el), JSON.stringify(Object.keys(how))).to.equal(expected);
        expectInert(el);
      }
    });
  }

  for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    for (const lang of ['ja', 'en']) {
      it(`"${word}" as the value of every free-text field reads as itself in every element (${lang})`, async () => {
        const { doc } = hostileDocument(await load('small-plan-sheet'), () => word);
        const wrong: string[] = [];
        for (const tag of TAGS) {
          const { el } = await mount(tag, { data: doc }, showAll(tag, doc), lang);
          const text = deepText(el);
          expect(alertOf(el), tag).to.equal('');
          expect(text, tag).to.contain(word);
          // A lookup table indexed with the data's own string must not answer with a built-in.
          for (const m of text.matchAll(/.{0,30}(?:native code|\[object Object\]|\bundefined\b|\bNaN\b).{0,10}/g)) wrong.push(`${tag}: …${m[0]}…`);
          expectInert(el);
        }
        expect([...new Set(wrong)], 'shows a built-in instead of the data').to.deep.equal([]);
      });
    }
  }
});

describe('hostile ids in attributes and the URL hash', () => {
  for (const tag of TAGS) {
    it(`${tag}: node and indicator attributes carrying markup are named as text in the alert`, async () => {
      const doc = await example('small-plan-sheet');
      for (const attribute of ['node', 'indicator']) {
        const { el } = await mount(tag, { data: doc }, { [attribute]: PAYLOAD });
        if (tag !== 'mieruka-sdgs-badges' || attribute === 'node') expect(alertOf(el), attribute).to.contain('<script>window.');
        expectInert(el);
      }
    });
  }

  it('a deep link whose hash carries markup selects nothing and runs nothing', async () => {
    const before = location.hash;
    try {
      location.hash = `plan=${encodeURIComponent(PAYLOAD)}`;
      const doc = await example('small-plan-sheet');
      const { el } = await mount('mieruka-plan-tree', { data: doc }, { hash: '' });
      expectInert(el);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
    }
  });
});
