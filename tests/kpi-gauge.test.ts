import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { accessibilityTree, flattenAx, type AxNode } from './support/ax.js';
import type { MierukaDocument } from '../data-schema/index.js';
import { resetDocumentSources } from '../src/core/index.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { MierukaKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { key, shadowText, until } from './support/probe-element.js';

afterEach(() => resetDocumentSources());

const cache = new Map<string, Promise<MierukaDocument>>();
const load = (name: string) => {
  if (!cache.has(name)) cache.set(name, fetch(`/data-schema/examples/${name}.json`).then((r) => r.json()));
  return cache.get(name)!;
};
const collab = () => load('koriyama-collaboration-2023');
const goal3 = () => load('koriyama-reform-2022-goal3');

/** A gauge with `doc` as its data, inside a wrapper with `lang` (and an optional width). */
async function gauge(doc: unknown, attrs: Record<string, string> = {}, wrapper: { lang?: string; width?: string } = {}) {
  const box = await fixture<HTMLDivElement>(html`<div lang=${wrapper.lang ?? 'ja'} style=${wrapper.width ? `width:${wrapper.width}` : ''}></div>`);
  const el = document.createElement('mieruka-kpi-gauge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = doc;
  box.append(el);
  await el.updateComplete;
  return el;
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: Element, selector: string) => shadowText(el, selector);
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Each match's text; a row or a dt/dd pair reads with a space between its cells, as a screen reader would. */
const texts = (el: Element, selector: string) =>
  qa(el, selector).map((n) => (n.matches('tr, dl > div') ? [...n.children].map((c) => squash(c.textContent)).filter(Boolean).join(' ') : squash(n.textContent)));
const label = (el: Element) => q(el, '[role=img]')?.getAttribute('aria-label');

/** Copies a seed document and adds observations to one indicator (for states the seeds lack). */
async function withObservations(id: string, observations: { fiscalYear: number; value: number | null }[]) {
  const doc = structuredClone(await goal3()) as MierukaDocument & { nodes: any[] };
  const visit = (nodes: any[]): void =>
    nodes.forEach((n) => {
      for (const i of n.indicators ?? []) if (i.id === id) i.observations = observations;
      visit(n.children ?? []);
    });
  visit(doc.nodes);
  return doc;
}

const axTree = accessibilityTree;
const axAll = (node: AxNode, test: (n: AxNode) => boolean): AxNode[] => {
  return flattenAx(node).filter(test);
};

const KIRAMEKI =
  'きらめき出前講座実施件数 2023年度 299件、目標 300件（2025年度）、基準 261件（2016年度）、順調（進捗状況 ↑）、基準値から目標値までの97%まで進んでいます';

describe('<mieruka-kpi-gauge>', () => {
  describe('accessibility', () => {
    it('passes axe: one indicator', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      await expect(el).to.be.accessible();
    });

    it('passes axe: a policy’s indicators as a grid, with sub-series', async () => {
      const el = await gauge(await collab(), { node: 'p1' });
      await expect(el).to.be.accessible();
    });

    it('passes axe: qualitative and baseline-only readings, bar variant', async () => {
      const el = await gauge(await goal3(), { node: 'g3-i2-p3', variant: 'bar' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme with the table of values open', async () => {
      const el = await gauge(await collab(), { indicator: 'p7-k2', theme: 'dark' });
      (q(el, '[part=summary]') as HTMLButtonElement).click();
      await until(() => q(el, 'table') !== null);
      await expect(el).to.be.accessible();
    });

    it('follows a dark colour scheme without theme="dark", and still passes axe', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      // Cards off screen are not painted (content-visibility: auto), and axe finds a text's
      // background by hit-testing painted boxes: a tall viewport keeps all six cards on screen.
      await setViewport({ width: 1000, height: 4000 });
      try {
        const el = await gauge(await collab(), { node: 'p7' });
        // content-visibility decides what is on screen at the next rendering update.
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        expect(getComputedStyle(el).getPropertyValue('--mieruka-color-background').trim()).to.equal('#1a1a1a');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('labels the drawn gauge with the whole reading in one sentence', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(qa(el, '[role=img]')).to.have.length(1);
      expect(label(el)).to.equal(KIRAMEKI);
    });

    it('the accessibility tree holds the reading once: heading, image with the sentence, disclosure', async () => {
      await gauge(await collab(), { indicator: 'p1-k1' });
      const tree = await axTree();
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'heading' && n.name === 'きらめき出前講座実施件数')).to.include({ level: 3 });
      const images = axAll(tree, (n) => n.role === 'image' || n.role === 'img');
      expect(images.map((n) => n.name)).to.deep.equal([KIRAMEKI]);
      // The visible numbers sit inside the image: not read a second time.
      expect(axAll(tree, (n) => n.role === 'StaticText' && /299/.test(n.name))).to.deep.equal([]);
      // The disclosure is a button that says it is collapsed (the ARIA disclosure pattern).
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'button')).to.deep.include({
        // The visually hidden suffix names the indicator, so each disclosure in a grid is told apart.
        name: '年度ごとの値 （きらめき出前講座実施件数）',
      });
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'button')?.expanded).to.not.equal(true);
      // Closed, the table of values is not built at all: only the button is there.
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'StaticText' && n.name === '2016年度（策定時）')).to.not.exist;
    });

    it('reads a lower-is-better indicator with its direction and the data’s arrow', async () => {
      const el = await gauge(await collab(), { indicator: 'p7-k2' });
      expect(label(el)).to.equal(
        '市内交通事故発生件数 2023年度 601件、目標 300件（2025年度、低いほど良い）、基準 1,128件（2016年度）、目標から遠ざかっている（進捗状況 ↓）、基準値から目標値までの63%まで進んでいます',
      );
    });

    it('a qualitative target is plain text in the tree, with no image', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i2-p3-s5-k1' });
      expect(q(el, 'svg')).to.equal(null);
      expect(q(el, '[role=img]')).to.equal(null);
      const tree = await axTree();
      expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img')).to.deep.equal([]);
      const words = axAll(tree, (n) => n.role === 'StaticText').map((n) => n.name);
      expect(words).to.include.members(['判定なし', '目標', '2025年度', '評価なし']);
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'heading')).to.include({ name: '施設方針の確定及び施設方針に基づく事業の実施' });
    });

    it('hides every SVG from assistive technology (the sentence and the table carry it)', async () => {
      const el = await gauge(await collab(), { node: 'p1' });
      const svgs = qa(el, 'svg');
      expect(svgs.length).to.be.greaterThan(5);
      svgs.forEach((s) => expect(s.getAttribute('aria-hidden')).to.equal('true'));
      const tree = await axTree();
      // One image per drawn gauge (4 indicators, one with 小6 / 中3), nothing else graphic.
      expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img')).to.have.length(5);
    });
  });

  describe('properties and attributes', () => {
    it('indicator picks one indicator; changing it re-renders without a new document', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(text(el, '[part=name]')).to.equal('きらめき出前講座実施件数');
      el.setAttribute('indicator', 'p7-k2');
      await el.updateComplete;
      expect(text(el, '[part=name]')).to.equal('市内交通事故発生件数');
      expect(q(el, '[part=grid]')).to.equal(null);
    });

    it('node shows the indicators of the node and its descendants as a list of cards', async () => {
      const el = await gauge(await collab(), { node: 'p1' });
      expect(q(el, '[part=grid]')!.getAttribute('aria-label')).to.equal('指標4件');
      expect(texts(el, '[part=item] [part=name]')).to.deep.equal([
        'きらめき出前講座実施件数',
        'あさかの学園大学卒業・修了生数',
        'こおりやま広域圏わかものボーダレスプロジェクト参加人数',
        '地域の行事に参加している児童(小6)・生徒(中3)の割合',
      ]);
    });

    it('with neither, shows the whole document’s indicators (36 in the policies and 3 overall)', async () => {
      const el = await gauge(await collab());
      expect(qa(el, '[part=item]')).to.have.length(39);
      expect(texts(el, '[part=item] [part=name]').at(-1)).to.equal('市民協働の重要度');
    });

    it('shows sub-series (小6 / 中3) as gauges of their own, with the indicator’s arrow once', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k4' });
      expect(texts(el, '[part=label]')).to.deep.equal(['小6', '中3']);
      expect(text(el, '[part=card] > [part=status]')).to.equal('○ 順調 · 進捗状況 ↑');
      const [six, nine] = qa(el, '[part=series] [role=img]').map((n) => n.getAttribute('aria-label'));
      expect(six).to.equal(
        '地域の行事に参加している児童(小6)・生徒(中3)の割合（小6） 2023年度 57.8%、目標 75.0%（2025年度）、基準 71.2%（2016年度）、目標から遠ざかっている、基準値より目標値から遠ざかっています',
      );
      expect(nine).to.contain('2023年度 38.0%、目標 50.0%（2025年度）、基準 35.7%（2016年度）、遅れ、基準値から目標値までの16%まで進んでいます');
    });

    it('series picks one sub-series by name', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k4', series: '中3' });
      expect(texts(el, '[part=label]')).to.deep.equal(['中3']);
      el.series = '小6';
      await el.updateComplete;
      expect(texts(el, '[part=label]')).to.deep.equal(['小6']);
    });

    it('a sub-row of a total does not take the total’s target (委託校数 66 → 76; 小学校 42, 中学校 24)', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i2-p2-s2-k1' });
      const gauges = qa(el, '[part=gauge]');
      expect(gauges).to.have.length(3);
      expect(gauges[0]!.textContent).to.contain('76校');
      expect(gauges[1]!.textContent).to.contain('42校').and.contain('数値目標なし');
    });

    it('variant="bar" draws a bar from baseline to target (ごみ排出量, lower is better)', async () => {
      const el = await gauge(await collab(), { indicator: 'p4-k5', variant: 'bar' });
      expect(q(el, 'svg.arc')).to.equal(null);
      expect(q(el, 'svg.bar rect[part=indicator]')!.getAttribute('width')).to.equal('38.095');
      expect(q(el, 'svg.bar [part=marker]')!.getAttribute('x1')).to.equal('38.095');
      el.variant = 'arc';
      await el.updateComplete;
      expect(q(el, 'svg.bar')).to.equal(null);
      expect(q(el, 'svg.arc')).to.exist;
    });

    it('the arc is the d3 geometry of the reading', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(q(el, 'svg.arc [part=marker]')!.getAttribute('d')).to.equal('M63.792,-5.15L99.676,-8.047');
      expect(q(el, 'svg.arc [part=indicator]')!.getAttribute('d')).to.match(/^M-93\.979,0A2,2,0,0,1,-95\.978,-2\.043A96,96,0,0,1,95\.503,-9\.759/);
    });

    it('shows a sparkline with two or more observations; no-sparkline hides it', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(q(el, '[part=sparkline] path')!.getAttribute('d')).to.equal('M3,19.355L68.143,29L84.429,4.677L100.714,19.774L117,3.419');
      el.noSparkline = true;
      await el.updateComplete;
      expect(el.hasAttribute('no-sparkline')).to.equal(true);
      expect(q(el, '[part=sparkline]')).to.equal(null);
      const single = await gauge(await goal3(), { indicator: 'g3-i1-p2-k1' });
      expect(q(single, '[part=sparkline]')).to.equal(null);
    });

    it('wareki adds the era to fiscal years', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1', wareki: '' });
      expect(label(el)).to.contain('2023年度（令和5年度） 299件、目標 300件（2025年度（令和7年度））');
    });

    it('heading-level sets the level of the names', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1', 'heading-level': '2' });
      expect(q(el, '[part=name]')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('readings', () => {
    it('lower is better: at or below 1,350人以下 is achieved, past the target', async () => {
      const el = await gauge(await withObservations('g3-i1-p2-k1', [{ fiscalYear: 2023, value: 1340 }]), { indicator: 'g3-i1-p2-k1' });
      expect(text(el, '[part=status]')).to.equal('◎ 目標達成');
      expect(text(el, '[part=progress]')).to.equal('目標値に達しています（基準値から目標値までの106%）');
      expect(q(el, '[part=marker]')!.getAttribute('d')).to.equal('M64,0L100,0');
      expect(text(el, '[part=facts]')).to.contain('1,350人以下 2025年度 低いほど良い');
    });

    it('lower is better: rising above the baseline moves away from the target', async () => {
      const el = await gauge(await withObservations('g3-i1-p2-k1', [{ fiscalYear: 2023, value: 1600 }]), { indicator: 'g3-i1-p2-k1' });
      expect(text(el, '[part=status]')).to.equal('✕ 目標から遠ざかっている');
      expect(text(el, '[part=progress]')).to.equal('基準値より目標値から遠ざかっています');
      expect(q(el, '[part=indicator]')).to.equal(null);
    });

    it('a target passed shows as such even when the data’s arrow is ↑ (ICT講習会 494人 for 220人)', async () => {
      const el = await gauge(await collab(), { indicator: 'p3-k4' });
      expect(text(el, '[part=status]')).to.equal('○ 順調 · 進捗状況 ↑');
      expect(text(el, '[part=progress]')).to.equal('目標値に達しています（基準値から目標値までの617%）');
    });

    it('a baseline with no value since is not judged (救急搬送 1,504人)', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i1-p2-k1' });
      expect(text(el, '[part=status]')).to.equal('？ 判定なし');
      expect(texts(el, '[part=facts] > div')).to.deep.equal(['実績 まだありません', '目標 1,350人以下 2025年度 低いほど良い', '基準 1,504人 2020年度']);
      expect(q(el, 'svg')).to.equal(null);
    });

    it('shows restated values beside the first (ごみ排出量 1,141g / 1,215g; LINE target 21,973人 / 22,000人)', async () => {
      const el = await gauge(await collab(), { indicator: 'p4-k5' });
      expect(texts(el, '[part=facts] > div')).to.include('基準 1,141g（併記 1,215g） 2016年度（策定時）');
      const line = await gauge(await collab(), { indicator: 'p3-k2' });
      expect(texts(line, '[part=facts] > div')[0]).to.equal('目標 21,973人（併記 22,000人） 2025年度');
    });

    it('shows cells printed as — (スモールスタート支援事業 2024/2025)', async () => {
      const el = await gauge(await collab(), { indicator: 'p5-k5' });
      expect(text(el, '[part=value]')).to.equal('11件 2023年度');
      expect(text(el, '[part=note]')).to.equal('2024年度、2025年度: — 「—」と印字（本事業は2023年度で事業完了）');
    });

    it('a baseline equal to the target draws nothing and says so (給食センター 2 → 2)', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i2-p2-s1-k2' });
      expect(q(el, 'svg')).to.equal(null);
      expect(texts(el, '[part=note]')).to.deep.equal(['目標値は基準値と同じです']);
      expect(text(el, '[part=status]')).to.equal('？ 判定なし');
    });

    it('zero: a baseline of 0 and no change is flat (PFIによる施設整備完了 0 → 0)', async () => {
      const el = await gauge(await withObservations('g3-i2-p3-s1-k1', [{ fiscalYear: 2023, value: 0 }]), { indicator: 'g3-i2-p3-s1-k1' });
      expect(text(el, '[part=value]')).to.equal('0件 2023年度');
      expect(text(el, '[part=status]')).to.equal('― 横ばい');
      expect(text(el, '[part=progress]')).to.equal('基準値から変わっていません');
    });

    it('negative values format and place sensibly', async () => {
      const doc = structuredClone(await collab()) as any;
      doc.indicators = [{ id: 'neg', name: '収支', unit: '億円', observations: [{ fiscalYear: 2021, value: -5 }, { fiscalYear: 2023, value: -1 }], target: { fiscalYear: 2025, value: 5 } }];
      const el = await gauge(doc, { indicator: 'neg' });
      expect(label(el)).to.equal('収支 2023年度 -1億円、目標 5億円（2025年度）、基準 -5億円（2021年度）、遅れ、基準値から目標値までの40%まで進んでいます');
      expect(q(el, '[part=marker]')!.getAttribute('d')).to.equal('M-19.777,-60.868L-30.902,-95.106');
    });

    it('huge values stay exact (市ウェブサイト年間アクセス数 22,000,000件)', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i4-p2-k1' });
      expect(texts(el, '[part=facts] dd')).to.deep.equal(['まだありません', '22,000,000件 2025年度', '19,752,408件 2021年度']);
    });

    it('a qualitative target shows its text and the node’s assessment, with no arc', async () => {
      const doc = structuredClone(await collab()) as any;
      doc.nodes[0].indicators.push({ id: 'q1', name: '協働の意識の醸成', target: { fiscalYear: 2025, text: '市民と市が協働する意識を醸成する' } });
      const el = await gauge(doc, { indicator: 'q1' });
      expect(q(el, 'svg')).to.equal(null);
      expect(text(el, '[part=status]')).to.equal('○ 順調 · 進捗状況 ↑ 2023年度');
      expect(texts(el, '[part=facts] > div')).to.deep.equal(['目標 市民と市が協働する意識を醸成する 2025年度']);
      expect(texts(el, '[part=note]')).to.deep.equal(['基本指標4項目すべて前年度実績値を上回っています。']);
      const none = await gauge(await goal3(), { indicator: 'g3-i2-p3-s5-k1' });
      // The target's text is the name itself: not printed twice.
      expect(texts(none, '[part=facts] > div')).to.deep.equal(['目標 2025年度']);
      expect(texts(none, '[part=note]')).to.deep.equal(['評価: 評価なし']);
    });
  });

  describe('layout by container, not viewport', () => {
    it('fits 160 px without overflowing, huge numbers and long names included', async () => {
      for (const [doc, id] of [[await collab(), 'p7-k2'], [await goal3(), 'g3-i4-p2-k1'], [await collab(), 'p1-k4'], [await collab(), 'p3-k2']] as const) {
        const el = await gauge(doc, { indicator: id }, { width: '160px' });
        const base = q(el, '[part=base]') as HTMLElement;
        expect(base.scrollWidth, id).to.be.at.most(base.clientWidth);
      }
    });

    it('puts the words beside the graphic in a wide container and below it in a narrow one, at the same viewport', async () => {
      const wide = await gauge(await collab(), { indicator: 'p1-k1' }, { width: '640px' });
      const w = [q(wide, '.graphic'), q(wide, '.text')].map((n) => n!.getBoundingClientRect());
      expect(w[1]!.left).to.be.at.least(w[0]!.right);
      const narrow = await gauge(await collab(), { indicator: 'p1-k1' }, { width: '300px' });
      const n = [q(narrow, '.graphic'), q(narrow, '.text')].map((x) => x!.getBoundingClientRect());
      expect(n[1]!.top).to.be.at.least(n[0]!.bottom);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the table of values; Enter opens it, Space closes it', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(q(el, 'table')).to.equal(null);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('summary');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await until(() => q(el, 'table') !== null);
      expect(q(el, '[part=summary]')!.getAttribute('aria-expanded')).to.equal('true');
      const tree = await axTree();
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'button')).to.include({ expanded: true });
      // Opened, the table's cells are in the tree.
      expect(findAccessibilityNode(tree as any, (n: AxNode) => n.role === 'StaticText' && n.name === '2016年度（策定時）')).to.exist;
      expect(texts(el, 'tbody tr')).to.deep.equal([
        '2016年度（策定時） 261件',
        '2020年度（見直し時） 238件',
        '2021年度（中間年度） 296件',
        '2022年度 260件',
        '2023年度 299件',
        '目標 2025年度 300件',
      ]);
      await sendKeys({ press: 'Space' });
      await until(() => q(el, 'table') === null);
    });

    it('the table shows — as a dash with "値なし" for screen readers, and separate baselines with their label', async () => {
      const el = await gauge(await collab(), { indicator: 'p3-k2' });
      (q(el, '[part=summary]') as HTMLButtonElement).click();
      await until(() => q(el, 'table') !== null);
      expect(texts(el, 'tbody tr')[0]).to.equal('2016年度（策定時） — 値なし');
      expect(texts(el, 'tbody tr').at(-1)).to.contain('目標 2025年度 21,973人（併記 22,000人）');
      const g = await gauge(await goal3(), { indicator: 'g3-i3-p1-k1' });
      (q(g, '[part=summary]') as HTMLButtonElement).click();
      await until(() => q(g, 'table') !== null);
      expect(texts(g, 'tbody tr')[0]).to.equal('2021年9月（令和3年9月時点） 71.4% 71.4%(55件/77件) ※その他の連携した取組を含む');
    });

    it('in a grid, the disclosures are the only stops, in reading order', async () => {
      const el = await gauge(await collab(), { node: 'p1' });
      const summaries = qa(el, '[part=summary]');
      expect(summaries).to.have.length(5);
      expect(qa(el, 'a, button, input, [tabindex]')).to.deep.equal(summaries);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(summaries[1]);
    });
  });

  describe('events', () => {
    it('fires mieruka-load with the document id', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('mieruka-kpi-gauge');
      el.setAttribute('indicator', 'p1-k1');
      const loaded = oneEvent(el, 'mieruka-load');
      el.src = '/data-schema/examples/koriyama-collaboration-2023.json';
      box.append(el);
      const { detail } = await loaded;
      expect(detail).to.include({ id: 'koriyama-collaboration-2023', update: false });
    });

    it('setting properties from code, or opening a table, fires no mieruka-select', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      let selects = 0;
      el.addEventListener('mieruka-select', () => selects++);
      el.indicator = 'p1-k4';
      await el.updateComplete;
      el.series = '小6';
      el.variant = 'bar';
      await el.updateComplete;
      el.removeAttribute('indicator');
      el.node = 'p2';
      await el.updateComplete;
      (q(el, '[part=summary]') as HTMLButtonElement).click();
      await until(() => q(el, 'table') !== null);
      expect(selects).to.equal(0);
    });

    it('an unknown series is an alert and one mieruka-error naming the attribute', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="ja"></div>`);
      const el = document.createElement('mieruka-kpi-gauge');
      el.setAttribute('indicator', 'p1-k4');
      el.setAttribute('series', '小5');
      el.data = await collab();
      let errors = 0;
      el.addEventListener('mieruka-error', () => errors++);
      const failed = oneEvent(el, 'mieruka-error');
      box.append(el);
      const { detail } = await failed;
      expect(detail).to.include({ kind: 'invalid-attribute', path: 'series' });
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.equal(1);
      expect(text(el, '[role=alert]')).to.equal('表示できません: 内訳「小5」が見つかりません（候補: 小6、中3）');
      expect(q(el, '[part=gauge]')).to.equal(null);
    });

    it('an unknown indicator is a mieruka-error with ids close to it', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="ja"></div>`);
      const el = document.createElement('mieruka-kpi-gauge');
      el.setAttribute('indicator', 'p1-k11');
      el.data = await collab();
      const failed = oneEvent(el, 'mieruka-error');
      box.append(el);
      const { detail } = await failed;
      expect(detail).to.include({ kind: 'unknown-indicator', path: 'indicator' });
      await el.updateComplete;
      expect(text(el, '[role=alert]')).to.contain('指標「p1-k11」が見つかりません').and.contain('p1-k1');
    });
  });

  describe('language', () => {
    it('Japanese by default', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' });
      expect(text(el, '[part=status]')).to.equal('○ 順調 · 進捗状況 ↑');
      expect(text(el, '[part=value]')).to.equal('299件 2023年度');
      expect(q(el, '[part=summary]')!.textContent).to.contain('年度ごとの値');
    });

    it('English with lang="en": words, units and fiscal years', async () => {
      const el = await gauge(await collab(), { indicator: 'p1-k1' }, { lang: 'en' });
      expect(label(el)).to.equal(
        'きらめき出前講座実施件数 299 cases in FY2023; target 300 cases by FY2025; baseline 261 cases in FY2016; On track (進捗状況 ↑); 97% of the way from baseline to target',
      );
      expect(texts(el, '[part=facts] dt')).to.deep.equal(['Target', 'Baseline']);
      const low = await gauge(await goal3(), { indicator: 'g3-i1-p2-k1' }, { lang: 'en' });
      expect(texts(low, '[part=facts] > div')).to.deep.equal(['Latest none yet', 'Target at most 1,350 people FY2025 lower is better', 'Baseline 1,504 people FY2020']);
      expect(text(low, '[part=status]')).to.equal('？ Not assessed');
    });

    it('follows the page’s language when it changes', async () => {
      const before = document.documentElement.lang;
      try {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('mieruka-kpi-gauge');
        el.setAttribute('indicator', 'p1-k1');
        el.data = await collab();
        box.append(el);
        document.documentElement.lang = 'ja';
        await until(() => text(el, '[part=status]').includes('順調'));
        document.documentElement.lang = 'en';
        await until(() => text(el, '[part=status]').includes('On track'));
      } finally {
        document.documentElement.lang = before;
      }
    });
  });

  describe('bad input', () => {
    it('shows hostile strings as text', async () => {
      const doc = structuredClone(await collab()) as any;
      doc.indicators = [
        {
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">',
          unit: '<b>件</b>',
          observations: [{ fiscalYear: 2022, value: 1, note: '<script>window.__pwned=1</script>' }, { fiscalYear: 2023, value: 2 }],
          target: { fiscalYear: 2025, value: 3, text: '<a href="javascript:alert(1)">x</a>' },
        },
      ];
      const el = await gauge(doc, { indicator: 'x' });
      (q(el, '[part=summary]') as HTMLButtonElement).click();
      await until(() => q(el, 'table') !== null);
      expect(text(el, '[part=name]')).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(text(el, '[part=value]')).to.equal('2<b>件</b> 2023年度');
      expect(qa(el, 'img, b, a, script')).to.deep.equal([]);
      expect((window as any).__pwned).to.equal(undefined);
    });

    it('an indicator with nothing but a name renders sensibly', async () => {
      const doc = structuredClone(await collab()) as any;
      doc.indicators = [{ id: 'empty', name: '空の指標', observations: [{ fiscalYear: 2023, value: null }] }];
      const el = await gauge(doc, { indicator: 'empty' });
      expect(q(el, 'svg')).to.equal(null);
      expect(text(el, '[part=status]')).to.equal('？ 判定なし');
      expect(texts(el, '[part=facts] > div')).to.deep.equal(['実績 まだありません', '目標 数値目標なし']);
      expect(texts(el, '[part=note]')).to.deep.equal(['2023年度: —']);
    });

    it('a baseline printed without a number shows the printed text (※基準未設定)', async () => {
      const el = await gauge(await goal3(), { indicator: 'g3-i4-p7-k1' });
      expect(texts(el, '[part=facts] > div')).to.include('基準 ※基準未設定 2020年度');
    });

    it('a missing file is an alert in the page’s language', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('mieruka-kpi-gauge');
      const failed = oneEvent(el, 'mieruka-error');
      el.src = '/data-schema/examples/no-such-file.json';
      box.append(el);
      expect((await failed).detail).to.include({ kind: 'http', status: 404 });
      await el.updateComplete;
      expect(text(el, '[role=alert]')).to.contain('The data file was not found (HTTP 404)');
      expect(q(el, '[part=card]')).to.equal(null);
    });

    it('shows a loading skeleton first, then the gauge', async () => {
      const el = await fixture<MierukaKpiGauge>(html`<mieruka-kpi-gauge src=${`/__mock/seq/${key()}?steps=slow`} indicator="k1"></mieruka-kpi-gauge>`);
      expect(q(el, '[part=skeleton]')).to.exist;
      expect(text(el, '[role=status]')).to.equal('読み込み中');
      await until(() => text(el, '[part=name]') === '地域への愛着度', 8000);
    }).timeout(12_000);

    it('keeps the last good reading on screen with a stale note when a refresh fails', async () => {
      const el = await fixture<MierukaKpiGauge>(html`<mieruka-kpi-gauge src=${`/__mock/seq/${key()}?steps=ok,500`} refresh="0.3" indicator="k1"></mieruka-kpi-gauge>`);
      await until(() => text(el, '[part=name]') === '地域への愛着度');
      await until(() => q(el, '[part=stale]') !== null);
      expect(text(el, '[part=name]')).to.equal('地域への愛着度');
      expect(q(el, '[role=alert]')).to.equal(null);
    });
  });
});
