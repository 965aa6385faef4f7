import { expect } from '@open-wc/testing';
import { PLAN, expectProblem, expectProblems, expectValid, minimalDocument, planOf } from './helpers.js';

describe('ids are unique across the document', () => {
  describe('node ids, across the whole tree', () => {
    it('two siblings with one id: the later is reported, its message names the earlier', () => {
      const doc = minimalDocument();
      doc.nodes[0].children.push({ id: 'g1-p1', level: 'plan', title: '重複' });
      const problem = expectProblem(doc, '/nodes/0/children/1/id', 'duplicate-id');
      expect(problem.message).to.contain('/nodes/0/children/0/id');
      expect(problem.message).to.contain('g1-p1');
    });

    it('a child with the id of its parent', () => {
      const doc = minimalDocument();
      planOf(doc).id = 'g1';
      const problem = expectProblem(doc, `${PLAN}/id`, 'duplicate-id');
      expect(problem.message).to.contain('/nodes/0/id');
    });

    it('the same id in two different subtrees, deep down', () => {
      const doc = minimalDocument();
      doc.nodes.push({
        id: 'g2',
        level: 'goal',
        title: '戦略的な資産マネジメント',
        children: [{ id: 'g2-p1', level: 'plan', title: 'x', children: [{ id: 'g1-p1', level: 'plan', title: 'y' }] }],
      });
      const problem = expectProblem(doc, '/nodes/1/children/0/children/0/id', 'duplicate-id');
      expect(problem.message).to.contain(`${PLAN}/id`);
    });

    it('three times the same id → two problems, each naming the first', () => {
      const doc = minimalDocument();
      doc.nodes[0].children.push({ id: 'g1-p1', level: 'plan', title: 'b' }, { id: 'g1-p1', level: 'plan', title: 'c' });
      const problems = expectProblems(doc, [
        ['/nodes/0/children/1/id', 'duplicate-id'],
        ['/nodes/0/children/2/id', 'duplicate-id'],
      ]);
      for (const p of problems) expect(p.message).to.contain(`${PLAN}/id`);
    });

    it('ids differing only in case are different ids', () => {
      const doc = minimalDocument();
      doc.nodes[0].children.push({ id: 'G1-P1', level: 'plan', title: 'b' });
      expectValid(doc);
    });
  });

  describe('indicator ids, across nodes and document-level indicators', () => {
    const indicator = (id: string) => ({ id, name: `指標 ${id}` });

    it('distinct ids in nodes and at the top are fine; an indicator may share an id with a node', () => {
      const doc = minimalDocument();
      doc.nodes[0].indicators = [indicator('a')];
      planOf(doc).indicators = [indicator('b'), indicator('g1')];
      doc.indicators = [indicator('c')];
      expectValid(doc);
    });

    it('twice in one node', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [indicator('a'), indicator('a')];
      const problem = expectProblem(doc, `${PLAN}/indicators/1/id`, 'duplicate-id');
      expect(problem.message).to.contain(`${PLAN}/indicators/0/id`);
    });

    it('in two nodes', () => {
      const doc = minimalDocument();
      doc.nodes[0].indicators = [indicator('a')];
      planOf(doc).indicators = [indicator('a')];
      const problem = expectProblem(doc, `${PLAN}/indicators/0/id`, 'duplicate-id');
      expect(problem.message).to.contain('/nodes/0/indicators/0/id');
    });

    it('in a node and among the document-level indicators (both paths reported)', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [indicator('attachment')];
      doc.indicators = [indicator('attachment')];
      const problem = expectProblem(doc, '/indicators/0/id', 'duplicate-id');
      expect(problem.message).to.contain(`${PLAN}/indicators/0/id`);
      expect(problem.message).to.contain('attachment');
    });

    it('twice among the document-level indicators', () => {
      const doc = minimalDocument();
      doc.indicators = [indicator('x'), indicator('y'), indicator('x')];
      const problem = expectProblem(doc, '/indicators/2/id', 'duplicate-id');
      expect(problem.message).to.contain('/indicators/0/id');
    });
  });

  // Regression test (fixed): references.ts calls unique('level') (and 'scale', 'department', 'source') inside
  // forEach, so each id gets a fresh "seen" map and no duplicate is ever found.
  describe('level, scale, department and source ids', () => {
    it('a duplicate level id is reported', () => {
      const doc = minimalDocument();
      doc.levels.push({ id: 'goal', name: '基本方針' });
      const problem = expectProblem(doc, '/levels/2/id', 'duplicate-id');
      expect(problem.message).to.contain('/levels/0/id');
    });

    it('a duplicate scale id is reported', () => {
      const doc = minimalDocument();
      doc.scales = [
        { id: 'grade', name: '達成度', levels: [{ value: '4' }] },
        { id: 'grade', name: '進捗状況', levels: [{ value: '↑' }] },
      ];
      expectProblem(doc, '/scales/1/id', 'duplicate-id');
    });

    it('a duplicate department id is reported', () => {
      const doc = minimalDocument();
      doc.departments = [
        { id: 'dx', name: 'DX戦略課' },
        { id: 'dx', name: '政策開発課' },
      ];
      expectProblem(doc, '/departments/1/id', 'duplicate-id');
    });

    it('a duplicate source id is reported', () => {
      const doc = minimalDocument();
      doc.sources = [
        { id: 'survey', title: '市民意識調査' },
        { id: 'survey', title: 'まちづくりネットモニター' },
      ];
      expectProblem(doc, '/sources/1/id', 'duplicate-id');
    });
  });
});

describe('references resolve', () => {
  describe('node.level → levels', () => {
    it('a level that exists', () => {
      expectValid(minimalDocument());
    });

    it('a level that does not exist', () => {
      const doc = minimalDocument();
      planOf(doc).level = 'project';
      const problem = expectProblem(doc, `${PLAN}/level`, 'unknown-ref');
      expect(problem.message).to.contain('project');
    });

    it('levels may be used in any order and depth (other cities differ)', () => {
      const doc = minimalDocument();
      doc.nodes.push({ id: 'loose', level: 'plan', title: '上位のない計画', children: [{ id: 'sub', level: 'goal', title: 'x' }] });
      expectValid(doc);
    });
  });

  describe('department id → departments', () => {
    const withDepartments = () => {
      const doc = minimalDocument();
      doc.departments = [
        { id: 'admin', name: '行政マネジメント課' },
        { id: 'diversity', name: 'ダイバーシティ推進課', parent: 'admin' },
      ];
      return doc;
    };

    it('on a node, an indicator and an assessment, when the id exists', () => {
      const doc = withDepartments();
      planOf(doc).departments = [{ name: '行政マネジメント課', id: 'admin' }, { name: 'ダイバーシティ推進課', id: 'diversity' }];
      planOf(doc).indicators = [{ id: 'i1', name: '件数', departments: [{ name: '行政マネジメント課', id: 'admin' }] }];
      planOf(doc).assessments = [{ text: '評価', departments: [{ name: 'ダイバーシティ推進課', id: 'diversity' }] }];
      expectValid(doc);
    });

    it('a department named without an id needs no entry in departments', () => {
      const doc = minimalDocument();
      planOf(doc).departments = [{ name: '公有資産マネジメント課 等' }];
      expectValid(doc);
    });

    it('unknown ids on a node, an indicator, a document indicator and an assessment → one problem each', () => {
      const doc = withDepartments();
      planOf(doc).departments = [{ name: '人事課', id: 'hr' }];
      planOf(doc).indicators = [{ id: 'i1', name: '件数', departments: [{ name: 'x', id: 'admin' }, { name: 'y', id: 'nope' }] }];
      planOf(doc).assessments = [{ text: '評価', departments: [{ name: 'z', id: 'gone' }] }];
      doc.indicators = [{ id: 'i2', name: '全体', departments: [{ name: 'w', id: 'missing' }] }];
      expectProblems(doc, [
        [`${PLAN}/departments/0/id`, 'unknown-ref'],
        [`${PLAN}/indicators/0/departments/1/id`, 'unknown-ref'],
        [`${PLAN}/assessments/0/departments/0/id`, 'unknown-ref'],
        ['/indicators/0/departments/0/id', 'unknown-ref'],
      ]);
    });

    it('no departments list at all: any department id is unknown', () => {
      const doc = minimalDocument();
      planOf(doc).departments = [{ name: '人事課', id: 'hr' }];
      expectProblem(doc, `${PLAN}/departments/0/id`, 'unknown-ref');
    });
  });

  describe('assessment and trend scale → scales, grade value → that scale’s levels', () => {
    const withScales = () => {
      const doc = minimalDocument();
      doc.scales = [
        {
          id: 'achievement',
          name: '達成度',
          kind: 'level',
          levels: [
            { value: '4', label: '予定どおり実施した', min: 75, rank: 4 },
            { value: '3', label: 'おおむね予定どおり実施した', min: 50, max: 75, rank: 3 },
          ],
        },
        { id: 'progress', name: '進捗状況', kind: 'arrow', levels: [{ value: '↑' }, { value: '→' }, { value: '↓' }] },
      ];
      return doc;
    };

    it('grades and arrows that exist', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'achievement', value: '4', fiscalYear: 2023 }];
      planOf(doc).indicators = [
        { id: 'i1', name: '件数', trend: { scale: 'progress', value: '↑' }, series: [{ name: '小6', trend: { scale: 'progress', value: '→' } }] },
      ];
      doc.indicators = [{ id: 'i2', name: '全体', trend: { scale: 'progress', value: '↓' } }];
      expectValid(doc);
    });

    it('an assessment may name a scale without a grade', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'achievement', text: '評価なし' }];
      expectValid(doc);
    });

    it('an unknown scale on an assessment', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'abc', value: 'A' }];
      const problem = expectProblem(doc, `${PLAN}/assessments/0/scale`, 'unknown-ref');
      expect(problem.message).to.contain('abc');
    });

    it('a grade that is not a level of its scale', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'achievement', value: '1' }];
      const problem = expectProblem(doc, `${PLAN}/assessments/0/value`, 'unknown-grade');
      expect(problem.message).to.contain('4 3');
    });

    it('a grade that belongs to another scale is still refused', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'achievement', value: '↑' }];
      expectProblem(doc, `${PLAN}/assessments/0/value`, 'unknown-grade');
    });

    it('grades are compared exactly ("4" is not 4, "Ａ" is not "A")', () => {
      const doc = withScales();
      planOf(doc).assessments = [{ scale: 'achievement', value: '４' }];
      expectProblem(doc, `${PLAN}/assessments/0/value`, 'unknown-grade');
    });

    it('an unknown scale and an unknown arrow on trends (indicator, series, document indicator)', () => {
      const doc = withScales();
      planOf(doc).indicators = [
        { id: 'i1', name: '件数', trend: { scale: 'arrows', value: '↑' }, series: [{ name: '中3', trend: { scale: 'progress', value: '↗' } }] },
      ];
      doc.indicators = [{ id: 'i2', name: '全体', trend: { scale: 'progress', value: '↘' } }];
      expectProblems(doc, [
        [`${PLAN}/indicators/0/trend/scale`, 'unknown-ref'],
        [`${PLAN}/indicators/0/series/0/trend/value`, 'unknown-grade'],
        ['/indicators/0/trend/value', 'unknown-grade'],
      ]);
    });

    it('a trend needs a scale and a value', () => {
      const doc = withScales();
      planOf(doc).indicators = [{ id: 'i1', name: '件数', trend: {} }];
      expectProblems(doc, [
        [`${PLAN}/indicators/0/trend/scale`, 'required'],
        [`${PLAN}/indicators/0/trend/value`, 'required'],
      ]);
    });
  });

  describe('indicator source and node source → sources', () => {
    const withSources = () => {
      const doc = minimalDocument();
      doc.sources = [{ id: 'survey-2023', title: '市民意識調査', date: '2023-05-26', description: '調査標本数：1,500人 有効回収数：634件' }];
      return doc;
    };

    it('sources that exist', () => {
      const doc = withSources();
      doc.indicators = [{ id: 'attachment', name: '地域への愛着度', source: 'survey-2023' }];
      planOf(doc).source = { source: 'survey-2023', page: '12' };
      expectValid(doc);
    });

    it('an unknown source on a document indicator, a node indicator and a node', () => {
      const doc = withSources();
      doc.indicators = [{ id: 'attachment', name: '地域への愛着度', source: 'survey-2022' }];
      planOf(doc).indicators = [{ id: 'i1', name: '件数', source: 'census' }];
      planOf(doc).source = { source: 'plan-pdf' };
      expectProblems(doc, [
        [`${PLAN}/source/source`, 'unknown-ref'],
        [`${PLAN}/indicators/0/source`, 'unknown-ref'],
        ['/indicators/0/source', 'unknown-ref'],
      ]);
    });
  });

  describe('relistOf → a node', () => {
    it('a re-listed item points at a node anywhere in the tree, before or after it', () => {
      const doc = minimalDocument();
      doc.nodes[0].children.push({ id: 'relist-1', level: 'plan', title: '【再掲】行政組織の見直し', category: '再掲', relistOf: 'g1-p1' });
      doc.nodes.push({ id: 'g2', level: 'goal', title: 'x', relistOf: 'g1' });
      doc.nodes[0].relistOf = 'g2';
      expectValid(doc);
    });

    it('a re-listed item pointing at nothing', () => {
      const doc = minimalDocument();
      planOf(doc).relistOf = 'g9-p9';
      const problem = expectProblem(doc, `${PLAN}/relistOf`, 'unknown-ref');
      expect(problem.message).to.contain('g9-p9');
    });

    it('relistOf points at nodes, not at indicators', () => {
      const doc = minimalDocument();
      doc.indicators = [{ id: 'kpi', name: '指標' }];
      planOf(doc).relistOf = 'kpi';
      expectProblem(doc, `${PLAN}/relistOf`, 'unknown-ref');
    });
  });
});
