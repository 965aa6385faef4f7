import { expect } from '@open-wc/testing';
import { validateDocument } from '../../data-schema/index.js';
import { PLAN, minimalDocument, planOf } from './helpers.js';

describe('language of the messages', () => {
  const cases: { name: string; make: () => unknown; path: string; ja: string; en: string }[] = [
    {
      name: 'required',
      make: () => Object.assign(minimalDocument(), { title: undefined }),
      path: '/title',
      ja: '必須の項目がありません',
      en: 'Required field is missing',
    },
    {
      name: 'type',
      make: () => Object.assign(minimalDocument(), { schemaVersion: 1 }),
      path: '/schemaVersion',
      ja: '文字列が必要ですが、数値です',
      en: 'Expected text, got a number',
    },
    {
      name: 'too-small',
      make: () => Object.assign(minimalDocument(), { title: '' }),
      path: '/title',
      ja: '空にはできません',
      en: 'Must not be empty',
    },
    {
      name: 'date format',
      make: () => Object.assign(minimalDocument(), { asOf: '2024-13' }),
      path: '/asOf',
      ja: '日付（YYYY、YYYY-MM、YYYY-MM-DD）の形式ではありません',
      en: 'Not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)',
    },
    {
      name: 'enum',
      make: () => Object.assign(minimalDocument(), { kind: 'budget' }),
      path: '/kind',
      ja: '次のいずれかを指定してください: plan, report, evaluation, audit',
      en: 'Use one of: plan, report, evaluation, audit',
    },
    {
      name: 'period-order',
      make: () => Object.assign(minimalDocument(), { period: { start: 2025, end: 2022 } }),
      path: '/period/end',
      ja: '終了年度が開始年度より前です',
      en: 'The end comes before the start',
    },
    {
      name: 'unknown-ref',
      make: () => {
        const doc = minimalDocument();
        doc.nodes[0].level = 'initiative';
        return doc;
      },
      path: '/nodes/0/level',
      ja: '階層「initiative」が見つかりません',
      en: 'No level with id "initiative"',
    },
    {
      name: 'duplicate-id',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).id = 'g1';
        return doc;
      },
      path: `${PLAN}/id`,
      ja: '項目の id「g1」が重複しています（/nodes/0/id と同じ）',
      en: 'Duplicate item id "g1" (also at /nodes/0/id)',
    },
    {
      name: 'target-empty',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).indicators = [{ id: 'i1', name: '指標', target: {} }];
        return doc;
      },
      path: `${PLAN}/indicators/0/target`,
      ja: '目標には数値（value）か文言（text）が必要です',
      en: 'A target needs a number (value) or words (text)',
    },
    {
      name: 'unknown-grade',
      make: () => {
        const doc = minimalDocument();
        doc.scales = [{ id: 'grade', name: '達成度', levels: [{ value: '4' }, { value: '3' }] }];
        planOf(doc).assessments = [{ scale: 'grade', value: '5' }];
        return doc;
      },
      path: `${PLAN}/assessments/0/value`,
      ja: '「5」は尺度「grade」にありません（4 3）',
      en: '"5" is not a level of scale "grade" (4 3)',
    },
    {
      name: 'grade-needs-scale',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).assessments = [{ value: '4' }];
        return doc;
      },
      path: `${PLAN}/assessments/0/scale`,
      ja: '評語（value）には尺度（scale）の指定が必要です',
      en: 'A grade (value) needs its scale',
    },
    {
      name: 'SDGs format',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).sdgs = ['11.z'];
        return doc;
      },
      path: `${PLAN}/sdgs/0`,
      ja: 'SDGs のゴール・ターゲット番号（11、11.7、11.b など）の形式ではありません',
      en: 'Not a valid SDGs goal or target code (11, 11.7, 11.b …)',
    },
    {
      name: 'URL format',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).links = [{ title: 'x', url: 'javascript:alert(1)' }];
        return doc;
      },
      path: `${PLAN}/links/0/url`,
      ja: 'http または https の URLの形式ではありません',
      en: 'Not a valid http or https URL',
    },
    {
      name: 'id format',
      make: () => {
        const doc = minimalDocument();
        planOf(doc).id = 'bad id';
        return doc;
      },
      path: `${PLAN}/id`,
      ja: '識別子（英数字で始まり、英数字と _ . : - のみ）の形式ではありません',
      en: 'Not a valid identifier (a letter or digit first; then letters, digits, _ . : -)',
    },
    // Regression test (fixed): these two say "regexの形式ではありません" / "Not a valid regex": validate.ts matches
    // the version and code patterns with ^…$ anchors against String(regex), which has slashes.
    {
      name: 'schemaVersion format',
      make: () => Object.assign(minimalDocument(), { schemaVersion: '2.0' }),
      path: '/schemaVersion',
      ja: 'スキーマの版（"1.0" など）の形式ではありません',
      en: 'Not a valid schema version ("1.0" …)',
    },
    {
      name: 'municipalityCode format',
      make: () => Object.assign(minimalDocument(), { municipalityCode: '7203' }),
      path: '/municipalityCode',
      ja: '全国地方公共団体コード（6桁の数字）の形式ではありません',
      en: 'Not a valid local government code (6 digits)',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: Japanese by default, English with {lang: 'en'}`, () => {
      const ja = validateDocument(c.make());
      expect(ja.ok ? [] : ja.problems.map((p) => p.path)).to.deep.equal([c.path]);
      expect(ja.ok ? '' : ja.problems[0]!.message).to.equal(c.ja);
      const explicitJa = validateDocument(c.make(), { lang: 'ja' });
      expect(explicitJa.ok ? '' : explicitJa.problems[0]!.message).to.equal(c.ja);
      const en = validateDocument(c.make(), { lang: 'en' });
      expect(en.ok ? '' : en.problems[0]!.message).to.equal(c.en);
      expect(en.ok ? '' : en.problems[0]!.path).to.equal(c.path);
    });
  }

  it('no problem message in English contains Japanese, none in Japanese is left in English words only', () => {
    const doc = minimalDocument();
    delete doc.id;
    doc.period = { start: 2025, end: 2022 };
    planOf(doc).sdgs = ['0'];
    const en = validateDocument(doc, { lang: 'en' });
    const ja = validateDocument(doc);
    expect(en.ok || ja.ok).to.equal(false);
    if (!en.ok) for (const p of en.problems) expect(p.message, p.message).not.to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    if (!ja.ok) for (const p of ja.problems) expect(p.message, p.message).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
