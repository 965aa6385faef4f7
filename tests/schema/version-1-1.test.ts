import { expect } from '@open-wc/testing';
import { SCHEMA_VERSION, validateDocument } from '../../data-schema/index.js';
import { PLAN, expectProblem, expectValid, minimalDocument, planOf } from './helpers.js';

// Issue #24: schema 1.1 carries documents as other cities print them. Every field is optional, so
// every 1.0 document stays valid (json-schema.test.ts runs every example, 1.0 and 1.1, through zod
// and the generated JSON Schema); these tests pin what each new field accepts and refuses.

const FIXTURE = '/data-schema/examples/made-up-text-report.json';
const gradedDoc = () => {
  const doc = minimalDocument();
  doc.schemaVersion = '1.1';
  doc.scales = [
    { id: 'progress', name: '進捗', levels: [{ value: 'A' }, { value: 'B' }] },
    { id: 'final', name: '最終評価', levels: [{ value: '完了', status: 'done' }, { value: '-' }] },
  ];
  doc.departments = [{ id: 'soumu', name: '総務課' }, { id: 'shimin', name: '市民課' }];
  doc.sources = [{ id: 'report', title: '取組状況一覧' }];
  return doc;
};

describe('schema 1.1', () => {
  it('is the version this library writes', () => {
    expect(SCHEMA_VERSION).to.equal('1.1');
  });

  it('a 1.0 document is still valid, with no warnings', () => {
    expectValid(minimalDocument());
  });

  describe('the made-up fixture (a report of text and grades, per department)', () => {
    it('validates as 1.1 with every new field in use and no warnings', async () => {
      const doc = await (await fetch(FIXTURE)).json();
      expect(doc.schemaVersion).to.equal('1.1');
      const { document } = expectValid(doc);
      expect(document.levels[0]!.name, 'the top level is left unnamed, as printed').to.equal(undefined);
      expect(document.reportYear).to.equal(2021);
      expect(document.labels).to.deep.include({ summary: '内容', result: 'R3取組状況', finalText: '総括' });
      const item = document.nodes[0]!.children![0]!;
      const a = item.assessments![0]!;
      expect(a.grades!.map((g) => [g.departments.map((d) => d.id).join(), g.value])).to.deep.equal([['soumu', 'A'], ['shimin', 'B']]);
      expect(a.final).to.deep.include({ scale: 'final', value: '完了' });
      expect(a.source).to.deep.equal({ source: 'report', page: '3', table: '表1', line: 'No.1' });
      expect(document.notes!.length).to.be.greaterThan(0);
    });
  });

  describe('unnamed levels', () => {
    it('accepts a level with no name', () => {
      const doc = minimalDocument();
      delete doc.levels[0].name;
      expectValid(doc);
    });
    it('still refuses an empty name (leave it out instead)', () => {
      const doc = minimalDocument();
      doc.levels[0].name = '';
      expectProblem(doc, '/levels/0/name', 'too-small');
    });
  });

  describe('reportYear and labels', () => {
    it('accepts a report year and field labels on the document and on a level', () => {
      const doc = minimalDocument();
      doc.reportYear = 2021;
      doc.labels = { summary: '内容', result: 'R3取組状況', finalText: '総括' };
      doc.levels[1].labels = { summary: '事業の内容' };
      expectValid(doc);
    });
    it('refuses a report year that is not a fiscal year', () => {
      const doc = minimalDocument();
      doc.reportYear = '令和3年度';
      expectProblem(doc, '/reportYear', 'type');
    });
    it('warns about a label for a field it does not know, with the closest name', () => {
      const doc = minimalDocument();
      doc.labels = { sumary: '内容' };
      const result = validateDocument(doc);
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((w) => [w.path, w.message.includes('summary')])).to.deep.equal([['/labels/sumary', true]]);
    });
  });

  describe('assessment groups, period parts and sources', () => {
    it('accepts a shared text with each department’s grade, a final part and a source', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [
        {
          scale: 'progress',
          departments: [{ name: '総務課', id: 'soumu' }, { name: '市民課', id: 'shimin' }],
          result: '共通の文章',
          grades: [
            { departments: [{ name: '総務課', id: 'soumu' }], value: 'A' },
            { departments: [{ name: '市民課', id: 'shimin' }], value: 'B', text: '市民課だけの文章' },
          ],
          final: { scale: 'final', value: '完了', text: '総括' },
          source: { source: 'report', page: '3', table: '表1', line: 'No.1' },
        },
      ];
      expectValid(doc);
    });
    it('checks a department’s grade against the assessment’s scale', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ scale: 'progress', grades: [{ departments: [{ name: '総務課', id: 'soumu' }], value: 'Z' }] }];
      expectProblem(doc, `${PLAN}/assessments/0/grades/0/value`, 'unknown-grade');
    });
    it('refuses a department’s grade with no scale anywhere', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ grades: [{ departments: [{ name: '総務課' }], value: 'A' }] }];
      expectProblem(doc, `${PLAN}/assessments/0/grades`, 'grade-needs-scale');
    });
    it('refuses a grade group without a department', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ scale: 'progress', grades: [{ departments: [], value: 'A' }] }];
      expectProblem(doc, `${PLAN}/assessments/0/grades/0/departments`, 'too-small');
    });
    it('checks the departments of a grade against the registry', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ scale: 'progress', grades: [{ departments: [{ name: '財政課', id: 'zaisei' }], value: 'A' }] }];
      expectProblem(doc, `${PLAN}/assessments/0/grades/0/departments/0/id`, 'unknown-ref');
    });
    it('checks the final grade against its own scale', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ scale: 'progress', value: 'A', final: { scale: 'final', value: 'A' } }];
      expectProblem(doc, `${PLAN}/assessments/0/final/value`, 'unknown-grade');
    });
    it('refuses a final grade with no scale', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ final: { value: '完了' } }];
      expectProblem(doc, `${PLAN}/assessments/0/final/scale`, 'grade-needs-scale');
    });
    it('checks the source an assessment names', () => {
      const doc = gradedDoc();
      planOf(doc).assessments = [{ text: '総括', source: { source: 'nowhere', page: '3' } }];
      expectProblem(doc, `${PLAN}/assessments/0/source/source`, 'unknown-ref');
    });
  });
});
