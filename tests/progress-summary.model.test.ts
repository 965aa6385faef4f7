import { sourceText } from './examples/source-text.js';
import { expect } from '@open-wc/testing';
import { validateDocument, type MierukaDocument } from '../data-schema/index.js';
import { stackedBar } from '../src/components/progress-summary/progress-summary.geometry.js';
import { latestGrades, summarize } from '../src/components/progress-summary/progress-summary.model.js';
import { GRADED_DOCUMENT as GRADED } from '../stories/lib/fixtures.js';

async function example(name: string): Promise<MierukaDocument> {
  const json = await (await fetch(`/data-schema/examples/${name}.json`)).json();
  const result = validateDocument(json, { warnings: false });
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.document;
}

function valid(doc: unknown): MierukaDocument {
  const result = validateDocument(doc, { warnings: false });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.document;
}

describe('progress-summary model', () => {
  describe('the 2023 協働推進基本計画 report (seed 002)', () => {
    it('counts 達成度 as the report prints it: 4 × 85, 3 × 13, 2 × 1 of 99 projects, 4 of them re-listed', async () => {
      const { scales } = summarize(await example('koriyama-collaboration-2023'));
      const achievement = scales.find((s) => s.id === 'achievement')!;
      expect(achievement.name).to.equal('達成度');
      expect(achievement.total).to.equal(99);
      expect(achievement.relisted).to.equal(4);
      expect(achievement.years).to.deep.equal([2023]);
      expect(achievement.levels).to.deep.equal(['project']);
      expect(achievement.grades.map((g) => [g.value, g.label, g.status, g.count, g.relisted])).to.deep.equal([
        ['4', '予定どおり実施した', 'achieved', 85, 4],
        ['3', 'おおむね予定どおり実施した', 'onTrack', 13, 0],
        ['2', '予定より縮小して実施した', 'behind', 1, 0],
        ['1', undefined, undefined, 0, 0],
      ]);
    });

    it('the same counts straight from the source text (each project row ends in its 達成度)', async () => {
      const text = await sourceText('/data-schema/sources/koriyama/002_68c792b44f61db43.txt');
      const rows = text.split('\n').filter((l) => /^\d+\t(継続|拡充|新規|再掲)\t/.test(l));
      const grade = (l: string) => /\t([1-4]) ?(予定|おおむね)/.exec(l)![1];
      const seed: Record<string, number> = {};
      for (const l of rows) seed[grade(l)!] = (seed[grade(l)!] ?? 0) + 1;
      const relisted = rows.filter((l) => l.split('\t')[1] === '再掲').length;
      const achievement = summarize(await example('koriyama-collaboration-2023')).scales.find((s) => s.id === 'achievement')!;
      expect(Object.fromEntries(achievement.grades.filter((g) => g.count).map((g) => [g.value, g.count]))).to.deep.equal(seed);
      expect(achievement.relisted).to.equal(relisted);
    });

    it('counts the policies’ 進捗状況 on its own scale, in the scale’s order, with its unexplained arrows at 0', async () => {
      const progress = summarize(await example('koriyama-collaboration-2023')).scales.find((s) => s.id === 'progress')!;
      expect(progress.grades.map((g) => [g.value, g.count])).to.deep.equal([['↑', 5], ['→', 0], ['↓', 2], ['↗', 0], ['↘', 0]]);
      expect(progress.levels).to.deep.equal(['policy']);
      expect(summarize(await example('koriyama-collaboration-2023')).scales.map((s) => s.id)).to.deep.equal(['progress', 'achievement']);
    });

    it('counts indicators by the one status rule: 36 基本指標 and 3 全体指標, the 小6/中3 indicator once by its ↑', async () => {
      // 17 arrows ↑ read onTrack by the scale, 1 more by the rule; p4's 7 have no arrow (the rule reads them).
      const doc = await example('koriyama-collaboration-2023');
      const { indicators } = summarize(doc);
      expect(indicators.total).to.equal(39);
      expect(indicators.series).to.equal(0);
      expect(indicators.counts.map((c) => [c.status, c.count])).to.deep.equal([
        ['achieved', 5], ['onTrack', 18], ['flat', 1], ['behind', 3], ['offTrack', 12],
      ]);
      expect(indicators.counts.find((c) => c.status === 'onTrack')!.indicators).to.include('p1-k4');
    });

    it('for a node: only its subtree, without the document-wide indicators', async () => {
      const doc = await example('koriyama-collaboration-2023');
      const p2 = doc.nodes.find((n) => n.id === 'p2')!;
      const s = summarize(doc, p2);
      expect(s.indicators.total).to.equal(4);
      const achievement = s.scales.find((x) => x.id === 'achievement')!;
      expect(achievement.total).to.equal(p2.children!.length);
      expect(achievement.relisted).to.equal(1);
      expect(s.scales.find((x) => x.id === 'progress')!.grades.map((g) => g.count)).to.deep.equal([1, 0, 0, 0, 0]);
    });
  });

  describe('a document graded A / B / 完了 / - without a legend', () => {
    it('counts an item graded per department once per department, a joint grade once, the latest year only', () => {
      const s = summarize(valid(GRADED)).scales[0]!;
      expect(s.grades.map((g) => [g.value, g.count, g.status, g.listed])).to.deep.equal([
        ['A', 3, undefined, true], ['B', 2, undefined, true], ['完了', 1, undefined, true], ['-', 1, undefined, true],
      ]);
      expect(s.total).to.equal(7);
      expect(s.perDepartment).to.equal(3);
      expect(s.relisted).to.equal(1);
      expect(s.grades[0]!.relisted).to.equal(1);
      expect(s.grades[0]!.nodes).to.deep.equal(['i1', 'i2', 'i3']);
      expect(s.years).to.deep.equal([2023]);
    });

    it('a grade the scale does not list (the validator reports it) is counted as printed, after the listed ones', () => {
      const doc = structuredClone(GRADED) as any;
      doc.nodes[1].children[1].assessments[0].value = 'C';
      const s = summarize(doc as MierukaDocument).scales[0]!;
      expect(s.grades.map((g) => [g.value, g.count, g.listed])).to.deep.equal([['A', 3, true], ['B', 1, true], ['完了', 1, true], ['-', 1, true], ['C', 1, false]]);
    });

    it('an item’s latest grade from each grader', () => {
      const doc = valid(GRADED);
      const i1 = doc.nodes[0]!.children![0]!;
      expect(latestGrades(i1).map((a) => a.value)).to.deep.equal(['A']);
      const i2 = doc.nodes[0]!.children![1]!;
      expect(latestGrades(i2).map((a) => a.value)).to.deep.equal(['A', 'B', '完了']);
    });

    it('sub-series count one by one when only they carry numbers; an indicator without a numeric target is 判定なし', () => {
      const { indicators } = summarize(valid(GRADED));
      expect(indicators.total).to.equal(4);
      expect(indicators.series).to.equal(2);
      expect(indicators.counts.map((c) => [c.status, c.count, c.series])).to.deep.equal([
        ['achieved', 1, 1], ['behind', 1, 0], ['offTrack', 1, 1], ['unknown', 1, 0],
      ]);
      expect(indicators.counts[0]!.indicators).to.deep.equal(['k1']);
    });

    it('a document with neither indicators nor grades counts nothing', async () => {
      const s = summarize(await example('koriyama-reform-2026'));
      expect(s.indicators).to.deep.equal({ total: 0, series: 0, relisted: 0, counts: [] });
      expect(s.scales).to.deep.equal([]);
    });
  });

  describe('stacked bar', () => {
    it('one segment per non-zero count, in order, over 0 … 100', () => {
      expect(stackedBar([85, 13, 1, 0])).to.deep.equal([
        { index: 0, x: 0, width: 85.86 },
        { index: 1, x: 85.86, width: 13.13 },
        { index: 2, x: 98.99, width: 1.01 },
      ]);
      expect(stackedBar([1, 0, 1])).to.deep.equal([{ index: 0, x: 0, width: 50 }, { index: 2, x: 50, width: 50 }]);
      expect(stackedBar([])).to.deep.equal([]);
      expect(stackedBar([0, 0])).to.deep.equal([]);
    });
  });
});
