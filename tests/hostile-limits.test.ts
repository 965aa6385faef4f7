// Issue #12, hostile sizes: 10 MB strings, nesting 10,000 deep, duplicate ids, and the limits
// docs/data-format.md documents ("Limits"): ids ≤ 128, titles ≤ 2,000, texts ≤ 50,000,
// lists ≤ 10,000, nesting ≤ 64 node levels. Every refusal is a visible alert, never a freeze.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { resetDocumentSources, type MierukaErrorDetail } from '../src/core/index.js';
import { TAGS, dangers, deepText, example, mount, served, type Tag } from './hostile-support.js';

afterEach(() => resetDocumentSources());

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const MB10 = 10 * 1024 * 1024;

/** A refused document: an alert with the schema message and the given paths, not echoing the data, no skeleton. */
function expectRefused(el: Element, detail: MierukaErrorDetail | undefined, paths: string[]): void {
  const alert = alertOf(el);
  expect(alert).to.contain('データの形式に誤りがあります');
  for (const p of paths) expect(alert).to.contain(p);
  expect(alert.length, 'the alert repeats the data').to.be.lessThan(5000);
  expect(detail?.kind).to.equal('schema');
  expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
  expect(dangers(el)).to.deep.equal([]);
}

const planSheet = () => example('small-plan-sheet');
const plan = (doc: any) => doc.nodes[0].children[0].children[0];

/** A chain of `levels` nested nodes, as a document object. */
function chain(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { id: `n${levels}`, level: 'plan', title: `項目${levels}` };
  for (let i = levels - 1; i >= 1; i--) node = { id: `n${i}`, level: 'plan', title: `項目${i}`, children: [node] };
  return { schemaVersion: '1.0', id: 'deep', title: '深い計画', municipality: '郡山市', levels: [{ id: 'plan', name: '計画' }], nodes: [node] };
}

/** The same chain as JSON text, built without recursion (JSON.stringify recurses). */
function chainText(levels: number): string {
  const head = '{"schemaVersion":"1.0","id":"deep","title":"深い計画","municipality":"郡山市","levels":[{"id":"plan","name":"計画"}],"nodes":[';
  const open = Array.from({ length: levels }, (_, i) => `{"id":"n${i + 1}","level":"plan","title":"項目","children":[`).join('');
  return `${head}${open}${']}'.repeat(levels)}]}`;
}

describe('10 MB strings', () => {
  async function huge(): Promise<Record<string, unknown>> {
    const doc = await planSheet();
    const big = 'あ<script>'.repeat(MB10 / 10);
    doc.title = big;
    plan(doc).summary = big;
    plan(doc).indicators[0].unit = big;
    plan(doc).disclosure.pages[0].url = `https://example.jp/${'a'.repeat(MB10)}`;
    plan(doc).departments[0].name = big;
    return doc;
  }

  for (const tag of TAGS) {
    it(`${tag} refuses a document with 10 MB strings with a short alert naming each field`, async () => {
      const { el, detail } = await mount(tag, { data: await huge() });
      expectRefused(el, detail(), ['/title', '/nodes/0/children/0/children/0/summary']);
      expect(detail()!.problems!.map((p) => p.path)).to.include.members([
        '/title',
        '/nodes/0/children/0/children/0/summary',
        '/nodes/0/children/0/children/0/indicators/0/unit',
        '/nodes/0/children/0/children/0/disclosure/pages/0/url',
        '/nodes/0/children/0/children/0/departments/0/name',
      ]);
    });
  }

  it('a 10 MB document fetched by src, and one inline, are refused the same way', async function () {
    // 10 MB goes up to the mock server and back, then is parsed twice: on a busy 2-core CI
    // machine that can take longer than the default 10 s, which says nothing about the widget.
    this.timeout(30_000);
    const text = JSON.stringify(await huge());
    for (const how of [{ src: await served(text) }, { inline: text }]) {
      const { el, detail } = await mount('mieruka-plan-tree', how);
      expectRefused(el, detail(), ['/title']);
    }
  });

  it('a 10 MB id is refused without being echoed', async () => {
    const doc = await planSheet();
    plan(doc).id = `a${'b'.repeat(MB10)}`;
    const { el, detail } = await mount('mieruka-kpi-gauge', { data: doc });
    expectRefused(el, detail(), ['/nodes/0/children/0/children/0/id']);
  });

  it('a very long unknown key (2 MB) renders or is refused within the test timeout', async () => {
    // 10 MB would take minutes and gigabytes here: the "did you mean" suggestion for unknown
    // keys computes a full edit-distance table against every known key.
    const doc = await planSheet();
    doc[`k${'x'.repeat(2 * 1024 * 1024)}`] = 1;
    const { el } = await mount('mieruka-sdgs-badges', { data: doc });
    expect(deepText(el)).to.contain('すべての人に健康と福祉を');
  });
});

describe('many unknown keys', () => {
  it('a document padded with 300,000 unknown keys (3 MB) renders within the test timeout', async () => {
    // Unknown keys are only warnings, which no element shows; yet each gets a "did you mean"
    // edit-distance search over the known keys. 10 MB of them would freeze the page for a minute.
    const doc = await planSheet();
    for (let i = 0; i < 300_000; i++) doc[`k${i}`] = 1;
    const { el } = await mount('mieruka-sdgs-badges', { data: doc });
    expect(alertOf(el)).to.equal('');
    expect(deepText(el)).to.contain('すべての人に健康と福祉を');
  });
});

describe('nesting 10,000 deep', () => {
  for (const tag of TAGS) {
    it(`${tag} refuses it with the documented limit in words`, async () => {
      const { el, detail } = await mount(tag, { data: chain(10_000) });
      expectRefused(el, detail(), []);
      expect(alertOf(el)).to.contain('入れ子が深すぎます（64階層まで）');
      expect(detail()!.problems![0]!.path).to.equal('');
    });
  }

  it('through src and inline JSON too', async () => {
    const text = chainText(10_000);
    for (const how of [{ src: await served(text) }, { inline: text }]) {
      const { el, detail } = await mount('mieruka-plan-tree', how);
      expectRefused(el, detail(), []);
      expect(alertOf(el)).to.contain('入れ子が深すぎます（64階層まで）');
    }
  });
});

describe('duplicate ids', () => {
  async function duplicated(): Promise<Record<string, unknown>> {
    const doc = await planSheet();
    const a = plan(doc);
    const b = (doc.nodes as any)[0].children[0].children[1];
    b.id = a.id;
    b.indicators[0].id = a.indicators[0].id;
    return doc;
  }

  for (const tag of TAGS) {
    it(`${tag} refuses a document with a duplicated node id and indicator id, naming both`, async () => {
      const { el, detail } = await mount(tag, { data: await duplicated() });
      expectRefused(el, detail(), ['重複しています']);
      const messages = detail()!.problems!.map((p) => p.message).join(' ');
      expect(messages).to.contain('g3-i1-p1');
      expect(messages).to.contain('g3-i1-p1-k1');
    });
  }
});

describe('the documented limits are the enforced ones', () => {
  async function accepted(doc: unknown, tag: Tag = 'mieruka-kpi-gauge'): Promise<void> {
    const { el } = await mount(tag, { data: doc });
    expect(alertOf(el)).to.equal('');
  }
  async function refused(doc: unknown, path: string): Promise<void> {
    const { el, detail } = await mount('mieruka-kpi-gauge', { data: doc });
    expectRefused(el, detail(), [path]);
  }

  it('ids: 128 characters pass, 129 are refused', async () => {
    for (const [n, ok] of [[128, true], [129, false]] as const) {
      const doc = await planSheet();
      plan(doc).id = `g${'1'.repeat(n - 1)}`;
      if (ok) await accepted(doc);
      else await refused(doc, '/nodes/0/children/0/children/0/id');
    }
  });

  it('titles: 2,000 characters pass, 2,001 are refused', async () => {
    for (const [n, ok] of [[2000, true], [2001, false]] as const) {
      const doc = await planSheet();
      plan(doc).title = '題'.repeat(n);
      if (ok) await accepted(doc);
      else await refused(doc, '/nodes/0/children/0/children/0/title');
    }
  });

  it('texts: 50,000 characters pass, 50,001 are refused', async () => {
    for (const [n, ok] of [[50_000, true], [50_001, false]] as const) {
      const doc = await planSheet();
      plan(doc).summary = '文'.repeat(n);
      if (ok) await accepted(doc);
      else await refused(doc, '/nodes/0/children/0/children/0/summary');
    }
  });

  it('lists: 10,000 entries pass, 10,001 are refused', async () => {
    for (const [n, ok] of [[10_000, true], [10_001, false]] as const) {
      const doc = chain(1);
      doc.nodes = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, level: 'plan', title: `計画${i}` }));
      if (ok) await accepted(doc);
      else await refused(doc, '/nodes');
    }
  });

  it('nesting: 64 node levels pass, 65 are refused', async () => {
    await accepted(chain(64), 'mieruka-plan-tree');
    const { el } = await mount('mieruka-kpi-gauge', { data: chain(65) });
    expect(alertOf(el)).to.contain('入れ子が深すぎます（64階層まで）');
  });
});
