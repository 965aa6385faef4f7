import { expect } from '@open-wc/testing';
import type { MierukaDocument } from '../data-schema/index.js';
import {
  buildModel,
  filterItems,
  filterOpen,
  fold,
  highlight,
  initialOpen,
  searchTerms,
  typeAhead,
  visibleRows,
} from '../src/components/plan-tree/plan-tree.model.js';
import { syntheticDocument } from './support/synthetic.js';
import { countedLevel } from '../src/core/document-query.js';

const load = async (name: string): Promise<MierukaDocument> => (await fetch(`/data-schema/examples/${name}.json`)).json();
const ids = (model: ReturnType<typeof buildModel>, rows: { i: number }[]) => rows.map((r) => model.items[r.i]!.node.id);

describe('plan-tree model', () => {
  describe('counting', () => {
    it('counts the plans of koriyama-reform-2026 per goal (19 / 20 / 18) and in all (57), not the sub-projects below them', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      expect(model.countedLevel?.id).to.equal('plan');
      expect(model.roots.map((r) => model.items[r]!.count)).to.deep.equal([19, 20, 18]);
      expect(model.total).to.equal(57);
      expect(model.totalRelisted).to.equal(0);
      // A plan with sub-projects counts once and shows no subtotal of its own.
      const withProjects = model.items.find((it) => it.node.level === 'plan' && it.children.length)!;
      expect(withProjects.counted).to.be.true;
      expect(withProjects.count).to.equal(0);
    });

    it('counts per level, in the document’s level order', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      expect(model.perLevel.map((l) => [l.name, l.count])).to.deep.equal([
        ['重点推進目標', 3],
        ['取組事項', 11],
        ['実施計画', 57],
        ['事業', 17],
      ]);
    });

    it('counts a subtree when given one', async () => {
      const doc = await load('koriyama-reform-2026');
      const model = buildModel(doc, doc.nodes[1]);
      expect(model.roots).to.have.length(1);
      expect(model.total).to.equal(20);
    });

    it('reports re-listed items apart (digital city hall: 82 projects of which 2 re-listed)', async () => {
      const model = buildModel(await load('koriyama-digital-city-hall-2021'));
      expect(model.countedLevel?.counter).to.equal('事業');
      expect([model.total, model.totalRelisted]).to.deep.equal([82, 2]);
    });

    it('without any counter, counts the deepest level present', () => {
      const levels = [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ];
      expect(countedLevel(levels, new Set(['a', 'b']))?.id).to.equal('b');
      // A counter level that is not present does not count: the deepest present level does.
      expect(countedLevel([...levels.slice(0, 2), { id: 'c', name: 'C', counter: '件' }], new Set(['a']))?.id).to.equal('a');
      expect(countedLevel(levels, new Set())).to.equal(undefined);
    });

    it('does not count a node below another counted node of the same level', async () => {
      const doc = await load('small-plan-tree');
      const copy: MierukaDocument = JSON.parse(JSON.stringify(doc));
      const plan = copy.nodes[0]!.children![0]!.children![0]!;
      plan.children = [{ id: 'nested-plan', level: 'plan', title: '入れ子の計画' }];
      const model = buildModel(copy);
      expect(model.items[model.byId.get('nested-plan')!]!.counted).to.be.false;
      expect(model.total).to.equal(2);
    });
  });

  describe('visible rows', () => {
    it('shows open nodes’ children with level, position and set size', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      const rows = visibleRows(model, initialOpen(model, 1));
      expect(rows).to.have.length(3 + 11);
      expect(rows[0]).to.deep.include({ level: 1, pos: 1, size: 3 });
      expect(rows[1]).to.deep.include({ level: 2, pos: 1, size: 4 });
      expect(visibleRows(model, initialOpen(model, 0))).to.have.length(3);
      expect(visibleRows(model, initialOpen(model, Infinity))).to.have.length(3 + 11 + 57 + 17);
    });

    it('under a filter keeps the ancestors of matches and counts positions among the shown siblings', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      const result = filterItems(model, { query: '定員管理' })!;
      expect(result.matches).to.equal(1);
      const rows = visibleRows(model, filterOpen(result.keep), result.keep);
      expect(ids(model, rows)).to.deep.equal(['g1', 'g1-i1', 'g1-i1-p2']);
      expect(rows.map((r) => [r.level, r.pos, r.size])).to.deep.equal([
        [1, 1, 1],
        [2, 1, 1],
        [3, 1, 1],
      ]);
    });

    it('a matching node opens onto all its children', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      const result = filterItems(model, { query: '組織・人員の最適化' })!;
      const open = filterOpen(result.keep);
      open[model.byId.get('g1-i1')!] = 1;
      expect(ids(model, visibleRows(model, open, result.keep))).to.deep.equal(['g1', 'g1-i1', 'g1-i1-p1', 'g1-i1-p2', 'g1-i1-p3']);
    });
  });

  describe('matching', () => {
    it('treats full-width and half-width, upper and lower case alike', () => {
      expect(fold('ＤＸ推進')).to.equal('dx推進');
      expect(fold('ｶﾞｲﾄﾞ')).to.equal('ガイド');
      expect(searchTerms('  ＤＸ　推進 ')).to.deep.equal(['dx', '推進']);
    });

    it('finds DX by ｄｘ and by dx, in titles and department names', async () => {
      const model = buildModel(await load('koriyama-reform-2026'));
      const a = filterItems(model, { query: 'ｄｘ' })!;
      const b = filterItems(model, { query: 'DX' })!;
      expect(a.matches).to.be.greaterThan(0);
      expect([...a.keep]).to.deep.equal([...b.keep]);
      const byDepartment = filterItems(model, { query: '人事課' })!;
      expect(model.items.filter((_, i) => byDepartment.keep[i] === 1).every((it) => it.departments.includes('人事課'))).to.be.true;
    });

    it('requires every word and every criterion', async () => {
      const model = buildModel(await load('koriyama-reform-2022-goal3'));
      const all = filterItems(model, { fiveLess: 'paper' })!;
      const both = filterItems(model, { fiveLess: 'paper', goal: 17 })!;
      expect([all.matches, both.matches]).to.deep.equal([4, 1]);
      expect(model.items.filter((_, i) => both.keep[i] === 1).every((it) => it.fiveLess.includes('paper') && it.goals.includes(17))).to.be.true;
      expect(filterItems(model, {})).to.equal(undefined);
      expect(filterItems(model, { query: '協働 存在しない語' })!.matches).to.equal(0);
    });

    it('filters by assessment status', async () => {
      const model = buildModel(await load('koriyama-collaboration-2023'));
      expect(model.statuses).to.include('achieved');
      const r = filterItems(model, { status: 'achieved' })!;
      expect(r.matches).to.be.greaterThan(0);
      expect(model.items.filter((_, i) => r.keep[i] === 1).every((it) => it.grades.some((g) => g.status === 'achieved'))).to.be.true;
    });

    it('highlights matches in the characters as printed', () => {
      expect(highlight('ＤＸ推進による', ['dx'])).to.deep.equal([
        { text: 'ＤＸ', mark: true },
        { text: '推進による', mark: false },
      ]);
      expect(highlight('ｶﾞｲﾄﾞブック', ['ガイド'])).to.deep.equal([
        { text: 'ｶﾞｲﾄﾞ', mark: true },
        { text: 'ブック', mark: false },
      ]);
      expect(highlight('abc', [])).to.deep.equal([{ text: 'abc', mark: false }]);
    });

    it('type-ahead finds the next title starting with the typed letters, wrapping', () => {
      const model = buildModel(syntheticDocument({ goals: 1, initiativesPerGoal: 2, plansPerInitiative: 2 }));
      const rows = visibleRows(model, initialOpen(model, 1));
      expect(ids(model, [rows[typeAhead(model, rows, 0, '取')]!])).to.deep.equal(['g1-i1']);
      expect(ids(model, [rows[typeAhead(model, rows, 1, '取')]!])).to.deep.equal(['g1-i2']);
      expect(ids(model, [rows[typeAhead(model, rows, 2, '重')]!])).to.deep.equal(['g1']);
      expect(typeAhead(model, rows, 0, 'x')).to.equal(-1);
    });
  });

  describe('a 10,000-plan document', () => {
    it('builds flat arrays and filters them in one pass', () => {
      const model = buildModel(syntheticDocument({ goals: 10, initiativesPerGoal: 10, plansPerInitiative: 100 }));
      expect(model.total).to.equal(10_000);
      expect(model.items).to.have.length(10_110);
      const result = filterItems(model, { query: '実施計画 9999' })!;
      expect(result.matches).to.equal(1);
      expect(visibleRows(model, filterOpen(result.keep), result.keep)).to.have.length(3);
    });
  });
});
