import { expect, html } from '@open-wc/testing';
import { $, $$, cmsBlock as block, flat, until } from './support/cms-blocks.js';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { upgradePlaceholders } from '../src/index.js';
import { accessibilityTree, axText, findAx } from './support/ax.js';

// koriyama-collaboration-2023: 39 indicators; node p1 (協働を支える人材の育成と協働意識の醸成) carries 4.
const SRC = '/data-schema/examples/koriyama-collaboration-2023.json';
const P1 = '協働を支える人材の育成と協働意識の醸成';

const cards = (gauge: Element) => $$(gauge, '[part~=card]').length;

const rowTitle = (tree: Element, id: string) => $(tree, `[role=treeitem][data-id='${id}'] .row-title`);
const summaryButton = (summary: Element, word: string) => $$(summary, 'button').find((b) => flat(b.textContent).includes(word))!;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('follow="ID": linked widgets without script', () => {
  afterEach(() => {
    document.querySelectorAll('.cms-block').forEach((b) => b.remove());
    setHash('');
  });

  it('a gauge grid in another block narrows to the node chosen in the tree, and says so', async () => {
    block(html`<mieruka-plan-tree id="plan" src="${SRC}" expanded="0" detail="none"></mieruka-plan-tree>`);
    const gauge = block(html`<p>指標</p><mieruka-kpi-gauge follow="plan" src="${SRC}"></mieruka-kpi-gauge>`).querySelector('mieruka-kpi-gauge')!;
    const tree = document.getElementById('plan')!;
    await until(() => cards(gauge) === 39 && Boolean(rowTitle(tree, 'p1')), 'both loaded, the gauge shows all 39');
    const fired: unknown[] = [];
    gauge.addEventListener('mieruka-select', (e) => fired.push(e));
    rowTitle(tree, 'p1')!.click();
    await until(() => cards(gauge) === 4, 'the gauge shows the 4 indicators of p1');
    expect(gauge.getAttribute('node')).to.equal('p1');
    expect(fired, 'following fires no user event').to.have.length(0);
    await until(() => flat($(gauge, '.announcer')?.textContent).includes(P1), 'announced');
    const ax = await accessibilityTree();
    const status = findAx(ax, (n) => n.role === 'status' && n.name.includes(P1)) ?? findAx(ax, (n) => n.role === 'status' && axText(n).includes(`${P1}に絞り込みました`));
    expect(status, 'the follower’s live region says what it narrowed to').to.not.equal(undefined);
  });

  it('returns to its own attributes when the leader’s choice is cleared', async () => {
    block(html`<mieruka-progress-summary id="head" src="${SRC}"></mieruka-progress-summary>`);
    const follower = block(html`<mieruka-progress-summary follow="head" src="${SRC}" status="behind"></mieruka-progress-summary>`).firstElementChild!;
    const leader = document.getElementById('head')!;
    await until(() => Boolean(leader.shadowRoot?.querySelector('button')) && Boolean(follower.shadowRoot?.querySelector('button')), 'loaded');
    summaryButton(leader, '目標達成').click();
    await until(() => follower.getAttribute('status') === 'achieved', 'follows the status chosen');
    expect(summaryButton(follower, '目標達成').getAttribute('aria-pressed')).to.equal('true');
    summaryButton(leader, '目標達成').click();
    await until(() => follower.getAttribute('status') === 'behind', 'back to its own status');
  });

  it('works through placeholders (data-follow) and follows the tree’s #plan= deep link at load', async () => {
    setHash('#plan=p2');
    // As a CMS keeps them: plain divs with data-* attributes, in separate blocks.
    for (const attrs of [
      { 'data-mieruka': 'kpi-gauge', 'data-follow': 'deep', 'data-src': SRC, id: 'ph-gauge' },
      { 'data-mieruka': 'plan-tree', 'data-hash': '', 'data-src': SRC, id: 'deep' },
    ]) {
      const div = document.createElement('div');
      for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
      block(html``).append(div);
    }
    upgradePlaceholders();
    const gauge = document.getElementById('ph-gauge')!;
    expect(gauge.localName).to.equal('mieruka-kpi-gauge');
    expect(gauge.getAttribute('follow')).to.equal('deep');
    await until(() => gauge.getAttribute('node') === 'p2' && cards(gauge) === 4, 'the gauge follows the hash selection');
  });

  it('follows a leader added after it, and says nothing visible when the leader is missing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const gauge = block(html`<mieruka-kpi-gauge follow="later" src="${SRC}"></mieruka-kpi-gauge>`).firstElementChild!;
      await until(() => cards(gauge) === 39, 'the follower shows its own view');
      expect($(gauge, '[role=alert]'), 'no alert for readers').to.equal(null);
      await until(() => warnings.some((w) => w.includes('"later"')), 'a console note for editors');
      setHash('#plan=p1');
      block(html`<mieruka-plan-tree id="later" hash src="${SRC}"></mieruka-plan-tree>`);
      await until(() => cards(gauge) === 4, 'narrowed once the leader appears');
    } finally {
      console.warn = warn;
    }
  });

  it('has no loops: two summaries that follow each other settle, and only the reader’s choice fires an event', async () => {
    block(html`<mieruka-progress-summary id="a" follow="b" src="${SRC}"></mieruka-progress-summary>`);
    block(html`<mieruka-progress-summary id="b" follow="a" src="${SRC}"></mieruka-progress-summary>`);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    await until(() => Boolean(a.shadowRoot?.querySelector('button') && b.shadowRoot?.querySelector('button')), 'loaded');
    const fired: string[] = [];
    document.addEventListener('mieruka-select', (e) => fired.push((e.target as Element).id));
    summaryButton(a, '遅れ').click();
    await until(() => b.getAttribute('status') === 'behind', 'b follows a');
    summaryButton(b, '順調').click();
    await until(() => a.getAttribute('status') === 'onTrack', 'a follows b');
    await new Promise((r) => setTimeout(r, 200));
    expect([a.getAttribute('status'), b.getAttribute('status')]).to.deep.equal(['onTrack', 'onTrack']);
    expect(fired).to.deep.equal(['a', 'b']);
  });
});

describe('<mieruka-kpi-gauge> as a dashboard grid', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, columns] of [
    [390, 1],
    [1280, 4],
  ] as const) {
    it(`lays 39 gauges out in ${columns} column(s) at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const gauge = block(html`<mieruka-kpi-gauge src="${SRC}"></mieruka-kpi-gauge>`).firstElementChild!;
      await until(() => cards(gauge) === 39, 'loaded');
      const lefts = new Set($$(gauge, '[part~=grid] > li').map((li) => Math.round(li.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(columns);
      const grid = $(gauge, '[part~=grid]')!.getBoundingClientRect();
      expect(grid.width).to.be.greaterThan(width - 40);
      document.querySelectorAll('.cms-block').forEach((b) => b.remove());
    });
  }
});
