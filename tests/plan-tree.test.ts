import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { isHttpUrl } from '../src/components/plan-tree/plan-tree.detail.js';
import { resetDocumentSources } from '../src/core/index.js';
import { accessibilityTree, axText, clone, example, findAx, root, row, rowIds, rows, sheet, text, until } from './support/plan-tree.js';

afterEach(() => resetDocumentSources());

const reform = () => example('koriyama-reform-2026');

describe('<mieruka-plan-tree>', () => {
  describe('accessibility', () => {
    it('is accessible with the reform plan', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a plan sheet open, in dark theme', async () => {
      const el = await fixture<MierukaPlanTree>(
        html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')} selected="g3-i1-p1" theme="dark"></mieruka-plan-tree>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with graded projects and an open filter', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')} expanded="all"></mieruka-plan-tree>`);
      const input = root(el).querySelector('input')!;
      input.value = '防災';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('gives a screen reader a named tree of items with level, state, counts and departments', async () => {
      await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
      const ax = await accessibilityTree();
      const tree = findAx(ax, (n) => n.role === 'tree')!;
      expect(tree.name).to.equal('郡山市行財政改革大綱2026実施計画体系図の体系');
      const items = tree.children!.filter((n) => n.role === 'treeitem');
      expect(items[0]).to.deep.include({ name: '重点推進目標 1 DX推進による行政サービスの提供、組織・業務の最適化 計19計画', level: 1, expanded: true });
      expect(items[1]).to.deep.include({ name: '取組事項 1 組織・人員の最適化 計3計画', level: 2, expanded: false });
      expect(axText(ax)).to.include('合計57計画');
    });

    it('reads a plan sheet’s departments, 5レス, action-plan years and indicator values to a screen reader', async () => {
      await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')} selected="g3-i1-p1"></mieruka-plan-tree>`);
      const ax = await accessibilityTree();
      const region = findAx(ax, (n) => n.role === 'region' && n.name === '実施計画 ① 協働のまちづくりの推進')!;
      const said = axText(region);
      for (const words of ['所管課 市民・NPO活動推進課', 'カウンターレス ○ 該当', 'キャッシュレス － 非該当', '2022年度 2023年度 2024年度 2025年度', '地域への愛着度 基準値 68.2%（2021年度末時点の現況値） 目標値 70.0%（2025年度） 状況 判定なし']) {
        expect(said).to.include(words);
      }
      const selected = findAx(ax, (n) => n.role === 'treeitem' && n.selected === true)!;
      expect(selected.name).to.equal('① 協働のまちづくりの推進 市民・NPO活動推進課 5レス: カウンターレス、ペーパーレス、ムーブ（会議）レス SDGs 3、5、11、13、16、17 指標2');
    });

    it('marks the selected row by more than colour in forced-colors mode', async () => {
      // emulateMedia cannot force colours here, so read the rule the browser would apply.
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
      const rules = root(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === '(forced-colors: active)')
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const selected = rules.find((r) => r.selectorText === "[role=\"treeitem\"][aria-selected=\"true\"]");
      expect(selected?.style.outline.toLowerCase()).to.equal('highlight solid 2px');
    });

    it('uses only one tab stop for the whole tree', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} expanded="all"></mieruka-plan-tree>`);
      expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
      expect(rows(el).every((r) => r.hasAttribute('aria-level') && r.hasAttribute('aria-setsize') && r.hasAttribute('aria-posinset'))).to.be.true;
    });
  });

  describe('properties and attributes', () => {
    it('shows level names, numbers, departments, subtotals and the total of the reform plan (19 / 20 / 18, 合計 57)', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} expanded="all"></mieruka-plan-tree>`);
      expect(['g1', 'g2', 'g3'].map((id) => text(row(el, id)!.querySelector('.count')))).to.deep.equal(['計19計画', '計20計画', '計18計画']);
      expect(text(root(el).querySelector('[part~=total]'))).to.equal('合計57計画');
      expect(text(root(el).querySelector('[part~=counts]'))).to.equal('重点推進目標 3 取組事項 11 実施計画 57 事業 17 合計57計画');
      const plan = row(el, 'g1-i1-p3')!;
      expect(text(plan.querySelector('.row-title'))).to.equal('③ 附属機関等の設置及び運営の適正化');
      expect(text(plan.querySelector('.meta'))).to.equal('行政マネジメント課、ダイバーシティ推進課');
      expect(rows(el)).to.have.length(3 + 11 + 57 + 17);
    });

    it('expanded sets the initial depth: 0, 1 (default), all; changing it resets what is open', async () => {
      const doc = await reform();
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc}></mieruka-plan-tree>`);
      expect(rows(el)).to.have.length(14);
      el.expanded = '0';
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['g1', 'g2', 'g3']);
      el.setAttribute('expanded', '2');
      await el.updateComplete;
      expect(rows(el)).to.have.length(3 + 11 + 57);
      el.setAttribute('expanded', '');
      await el.updateComplete;
      expect(rows(el)).to.have.length(88);
    });

    it('node="ID" shows one subtree with its own counts', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} node="g2"></mieruka-plan-tree>`);
      expect(text(root(el).querySelector('[part~=title]'))).to.equal('戦略的な資産マネジメントと多様な財源確保による持続可能な財政基盤の構築');
      expect(text(root(el).querySelector('[part~=total]'))).to.equal('合計20計画');
      expect(rowIds(el)[0]).to.equal('g2');
      expect(row(el, 'g2')!.getAttribute('aria-level')).to.equal('1');
      expect(row(el, 'g1')).to.equal(null);
    });

    it('shows category, assessment with symbol and words, SDGs goals and the number of indicators', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-collaboration-2023')}></mieruka-plan-tree>`);
      const policy = row(el, 'p1')!;
      expect(text(policy.querySelector('[part~=status]'))).to.equal('○ 進捗状況 ↑ 順調');
      expect(text(policy.querySelector('.meta'))).to.include('指標4');
      const project = row(el, 'p1-n1')!;
      expect(text(project.querySelector('[part~=category]'))).to.equal('継続');
      expect(text(project.querySelector('[part~=status]'))).to.equal('◎ 達成度 4 予定どおり実施した');
      expect(text(project.querySelector('.meta'))).to.include('SDGs 17');
      expect(text(root(el).querySelector('[part~=total]'))).to.equal('合計99事業（うち再掲4）');
    });

    it('selected shows that node’s sheet and opens the way to it', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} expanded="0"></mieruka-plan-tree>`);
      expect(sheet(el)).to.equal(null);
      expect(text(root(el).querySelector('[part~=detail-hint]'))).to.equal('項目を選ぶと詳細を表示します');
      el.selected = 'g2-i2-p1';
      await el.updateComplete;
      expect(row(el, 'g2-i2-p1')!.getAttribute('aria-selected')).to.equal('true');
      expect(row(el, 'g2-i2')!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(sheet(el)!.querySelector('[part~=detail-title]'))).to.match(/^実施計画 ① /);
      expect(root(el).activeElement).to.equal(null);
    });

    it('detail="none" shows no sheet; detail="inline" puts it below the tree', async () => {
      const doc = await reform();
      const none = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} detail="none" selected="g1-i1-p1"></mieruka-plan-tree>`);
      expect(sheet(none)).to.equal(null);
      expect(root(none).querySelector('[part~=detail-hint]')).to.equal(null);
      expect(row(none, 'g1-i1-p1')!.getAttribute('aria-selected')).to.equal('true');
      await setViewport({ width: 1280, height: 900 });
      const inline = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} detail="inline" selected="g1-i1-p1"></mieruka-plan-tree>`);
      const tree = root(inline).querySelector('[role=tree]')!.getBoundingClientRect();
      expect(sheet(inline)!.getBoundingClientRect().top).to.be.greaterThan(tree.bottom - 1);
      const panel = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} selected="g1-i1-p1"></mieruka-plan-tree>`);
      const panelTree = root(panel).querySelector('[role=tree]')!.getBoundingClientRect();
      expect(sheet(panel)!.getBoundingClientRect().left).to.be.greaterThan(panelTree.right - 1);
      await setViewport({ width: 390, height: 844 });
      await until(() => sheet(panel)!.getBoundingClientRect().top > root(panel).querySelector('[role=tree]')!.getBoundingClientRect().bottom - 1);
    });

    it('no-filter hides the filters; heading-level sets the title heading', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} no-filter heading-level="3"></mieruka-plan-tree>`);
      expect(root(el).querySelector('[part~=filters]')).to.equal(null);
      expect(root(el).querySelector('[part~=title]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('loads from src and keeps what the reader opened when the data object is replaced', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree src="/data-schema/examples/koriyama-reform-2026.json" expanded="0"></mieruka-plan-tree>`);
      await until(() => rows(el).length === 3);
      el.data = clone(await reform());
      await el.updateComplete;
      (row(el, 'g3')!.querySelector('.twisty') as HTMLElement).click();
      await el.updateComplete;
      const next = clone(await reform());
      next.nodes[2]!.title = '改題された目標';
      el.data = next;
      await el.updateComplete;
      expect(row(el, 'g3')!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(row(el, 'g3')!.querySelector('.row-title'))).to.include('改題された目標');
    });
  });

  describe('language', () => {
    it('speaks Japanese by default', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()}></mieruka-plan-tree>`);
      const buttons = [...root(el).querySelectorAll('[part~=toolbar] button')].map(text);
      expect(buttons).to.deep.equal(['すべて開く', 'すべて閉じる']);
    });

    it('speaks English with lang="en", numbers and fiscal years included', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')} lang="en" selected="g3-i1-p1"></mieruka-plan-tree>`);
      expect([...root(el).querySelectorAll('[part~=toolbar] button')].map(text)).to.deep.equal(['Expand all', 'Collapse all']);
      expect(text(root(el).querySelector('[part~=total]'))).to.equal('Total 16 計画');
      expect(root(el).querySelector('[role=tree]')!.getAttribute('aria-label')).to.match(/^Structure of /);
      expect(text(sheet(el)!.querySelector('thead'))).to.equal('Activity FY2022 FY2023 FY2024 FY2025');
      expect(text(sheet(el))).to.include('Counterless ○ Applies');
      expect(text(root(el).querySelector('label[for=keyword]'))).to.equal('Keyword');
    });

    it('shows fiscal years with the era when wareki is set', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await example('koriyama-reform-2022-goal3')} wareki selected="g3-i1-p1"></mieruka-plan-tree>`);
      expect(text(sheet(el)!.querySelector('thead th:nth-child(2)'))).to.equal('2022年度（令和4年度）');
    });
  });

  describe('bad input', () => {
    it('an unknown node gives an alert in the page’s language and a mieruka-error', async () => {
      const doc = await reform();
      const el = document.createElement('mieruka-plan-tree');
      el.node = 'g1-i9';
      const error = oneEvent(el, 'mieruka-error');
      el.data = doc;
      document.body.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('unknown-node');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role=alert]'))).to.include('項目「g1-i9」が見つかりません');
      el.remove();
    });

    it('a document that breaks the schema shows the JSON path of the problem', async () => {
      const doc = clone(await reform()) as unknown as { nodes: { title: unknown }[] };
      doc.nodes[0]!.title = 42;
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc}></mieruka-plan-tree>`);
      await until(() => root(el).querySelector('[role=alert]') !== null);
      expect(text(root(el).querySelector('[role=alert]'))).to.include('/nodes/0/title');
      expect(rows(el)).to.have.length(0);
    });

    it('a missing file shows an alert', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree src="/data-schema/examples/missing.json"></mieruka-plan-tree>`);
      await until(() => root(el).querySelector('[role=alert]') !== null);
      expect(text(root(el).querySelector('[role=alert]'))).to.include('HTTP 404');
    });

    it('shows hostile strings as text', async () => {
      const doc = clone(await example('small-plan-sheet'));
      const hostile = '<img src=x onerror="window.__pwned=1">計画';
      doc.nodes[0]!.title = hostile;
      doc.nodes[0]!.children![0]!.children![0]!.departments = [{ name: '<script>alert(1)</script>課' }];
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} expanded="all"></mieruka-plan-tree>`);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(rows(el)[0]!.querySelector('.row-title'))).to.include(hostile);
      expect(text(root(el))).to.include('<script>alert(1)</script>課');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('links only http(s) URLs', () => {
      expect(isHttpUrl('https://www.city.koriyama.lg.jp/')).to.be.true;
      expect(isHttpUrl('javascript:alert(1)')).to.be.false;
      expect(isHttpUrl('data:text/html,hi')).to.be.false;
      expect(isHttpUrl(undefined)).to.be.false;
    });

    it('copes with missing values: no number, no departments, an indicator without values', async () => {
      const doc = clone(await example('small-plan-tree'));
      const plan = doc.nodes[0]!.children![0]!.children![0]!;
      delete plan.number;
      delete plan.departments;
      plan.indicators = [{ id: 'bare', name: '値のない指標' }];
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc} expanded="all" selected=${plan.id}></mieruka-plan-tree>`);
      expect(text(row(el, plan.id)!.querySelector('.row-title'))).to.equal(plan.title);
      expect(text(sheet(el)!.querySelector('[part~=indicator]'))).to.equal('値のない指標 基準値 — 目標値 — 状況 ？ 判定なし');
    });

    it('an empty document says so', async () => {
      const doc = clone(await reform());
      doc.nodes = [];
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${doc}></mieruka-plan-tree>`);
      expect(text(root(el).querySelector('[part~=empty]'))).to.equal('データがありません');
    });

    it('an unknown selected id selects nothing', async () => {
      const el = await fixture<MierukaPlanTree>(html`<mieruka-plan-tree .data=${await reform()} selected="nope"></mieruka-plan-tree>`);
      expect(rows(el).some((r) => r.getAttribute('aria-selected') === 'true')).to.be.false;
      expect(sheet(el)).to.equal(null);
    });
  });
});
