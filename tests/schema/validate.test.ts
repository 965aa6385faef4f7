import { expect } from '@open-wc/testing';
import { MAX_DEPTH, validateDocument } from '../../data-schema/index.js';
import { PLAN, expectProblem, expectProblems, expectValid, minimalDocument, planOf } from './helpers.js';

describe('validateDocument', () => {
  describe('the minimal document', () => {
    it('conforms, with no warnings, and comes back as the typed document', () => {
      const result = expectValid(minimalDocument());
      expect(result.document.nodes[0]!.children![0]!.id).to.equal('g1-p1');
      expect(result.document.levels.map((l) => l.id)).to.deep.equal(['goal', 'plan']);
    });

    it('does not change the input object', () => {
      const doc = minimalDocument();
      const before = JSON.stringify(doc);
      validateDocument(doc);
      expect(JSON.stringify(doc)).to.equal(before);
    });

    it('refuses something that is not an object, at the root path ""', () => {
      for (const input of [null, [], 'text', 42, true, undefined]) {
        const result = validateDocument(input);
        expect(result.ok, JSON.stringify(input)).to.equal(false);
        if (!result.ok) {
          expect(result.problems).to.have.length(1);
          expect(result.problems[0]!.path).to.equal('');
          expect(result.problems[0]!.code).to.be.oneOf(['type', 'required']);
        }
      }
    });

    it('accepts a plan tree with neither period nor asOf (seed 001 states neither)', () => {
      const doc = minimalDocument();
      expect(doc.period).to.equal(undefined);
      expect(doc.asOf).to.equal(undefined);
      expectValid(doc);
    });

    it('accepts KPIs without plans: no nodes, only document-wide indicators', () => {
      const doc = minimalDocument();
      doc.nodes = [];
      doc.indicators = [{ id: 'attachment', name: '地域への愛着度', unit: '%', observations: [{ fiscalYear: 2023, value: 67.2 }] }];
      expectValid(doc);
    });

    it('accepts plans without KPIs, numbered and unnumbered items', () => {
      const doc = minimalDocument();
      doc.nodes[0].children.push({ id: 'g1-x', level: 'plan', title: 'ふるさと納税による税外収入の確保' });
      doc.nodes[0].children.push({ id: 'g1-no12', level: 'plan', number: 'No.12', title: '事業' });
      expectValid(doc);
    });
  });

  describe('required fields', () => {
    for (const key of ['schemaVersion', 'id', 'title', 'municipality', 'levels', 'nodes']) {
      it(`a document without "${key}" → required at /${key}`, () => {
        const doc = minimalDocument();
        delete doc[key];
        expectProblem(doc, `/${key}`, 'required');
      });
    }

    for (const key of ['id', 'level', 'title']) {
      it(`a node without "${key}" → required at ${PLAN}/${key}`, () => {
        const doc = minimalDocument();
        delete planOf(doc)[key];
        expectProblem(doc, `${PLAN}/${key}`, 'required');
      });
    }

    it('a level needs an id (its name may be left out since 1.1, where the source names none)', () => {
      const doc = minimalDocument();
      doc.levels.push({});
      doc.nodes = [];
      expectProblems(doc, [['/levels/2/id', 'required']]);
    });

    it('an indicator needs an id and a name', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ unit: '件' }];
      expectProblems(doc, [
        [`${PLAN}/indicators/0/id`, 'required'],
        [`${PLAN}/indicators/0/name`, 'required'],
      ]);
    });

    it('an observation needs a fiscalYear and a value (null when the source shows —)', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ id: 'i1', name: '件数', observations: [{ fiscalYear: 2020, value: null, text: '—' }, {}] }];
      expectProblems(doc, [
        [`${PLAN}/indicators/0/observations/1/fiscalYear`, 'required'],
        [`${PLAN}/indicators/0/observations/1/value`, 'required'],
      ]);
    });

    it('a scale needs at least one level', () => {
      const doc = minimalDocument();
      doc.scales = [{ id: 'grade', name: '達成度', levels: [] }];
      expectProblem(doc, '/scales/0/levels', 'too-small');
    });

    it('an empty title is refused (too-small), an empty levels list too', () => {
      const doc = minimalDocument();
      doc.title = '';
      expectProblem(doc, '/title', 'too-small');
      const other = minimalDocument();
      other.levels = [];
      other.nodes = [];
      expectProblem(other, '/levels', 'too-small');
    });

    it('a wrong type says what was expected, at the exact path', () => {
      const doc = minimalDocument();
      doc.nodes[0].children = {};
      expectProblem(doc, '/nodes/0/children', 'type');
    });
  });

  describe('ids', () => {
    for (const id of ['g1-i3-p2', 'A', '2026', 'plan.3:1_a', 'koriyama-reform-2026']) {
      it(`accepts the id "${id}"`, () => {
        const doc = minimalDocument();
        planOf(doc).id = id;
        expectValid(doc);
      });
    }

    for (const id of ['bad id', '-leading-dash', '_x', '', 'a/b', 'ｇ1', '計画1', 'a#b']) {
      it(`refuses the id ${JSON.stringify(id)} (format at ${PLAN}/id)`, () => {
        const doc = minimalDocument();
        planOf(doc).id = id;
        expectProblem(doc, `${PLAN}/id`, 'format');
      });
    }

    it('refuses an id longer than 128 characters (too-big)', () => {
      const doc = minimalDocument();
      planOf(doc).id = 'a'.repeat(128);
      expectValid(doc);
      planOf(doc).id = 'a'.repeat(129);
      expectProblem(doc, `${PLAN}/id`, 'too-big');
    });

    it('refuses an id that is a number', () => {
      const doc = minimalDocument();
      planOf(doc).id = 12;
      expectProblem(doc, `${PLAN}/id`, 'type');
    });
  });

  describe('fiscal years and periods', () => {
    it('accepts a period whose end is its start (one year) or later', () => {
      const doc = minimalDocument();
      doc.period = { start: 2022, end: 2025 };
      expectValid(doc);
      doc.period = { start: 2023, end: 2023 };
      expectValid(doc);
    });

    it('refuses a period that ends before it starts (period-order at /period/end)', () => {
      const doc = minimalDocument();
      doc.period = { start: 2025, end: 2022 };
      expectProblem(doc, '/period/end', 'period-order');
    });

    it('refuses a fiscal year that is not an integer', () => {
      const doc = minimalDocument();
      doc.period = { start: 2022.5, end: 2025 };
      expectProblem(doc, '/period/start', 'type');
      doc.period = { start: '2022', end: 2025 };
      expectProblem(doc, '/period/start', 'type');
    });

    it('refuses a fiscal year outside 1900–2200', () => {
      const doc = minimalDocument();
      doc.period = { start: 1899, end: 2025 };
      expectProblem(doc, '/period/start', 'too-small');
      doc.period = { start: 2022, end: 2201 };
      expectProblem(doc, '/period/end', 'too-big');
      doc.period = { start: 1900, end: 2200 };
      expectValid(doc);
    });

    it('refuses a Japanese-era year written as a number (令和5 → 5)', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ id: 'i1', name: '件数', observations: [{ fiscalYear: 5, value: 1 }] }];
      expectProblem(doc, `${PLAN}/indicators/0/observations/0/fiscalYear`, 'too-small');
    });

    it('checks the period of an assessment (a final evaluation) the same way', () => {
      const doc = minimalDocument();
      planOf(doc).assessments = [{ period: { start: 2022, end: 2025 }, text: '最終評価' }];
      expectValid(doc);
      planOf(doc).assessments = [{ period: { start: 2025, end: 2022 }, text: '最終評価' }];
      expectProblem(doc, `${PLAN}/assessments/0/period/end`, 'period-order');
    });
  });

  describe('partial dates (asOf, observation dates, source dates)', () => {
    for (const date of ['2024', '2024-03', '2024-03-31', '2021-09', '2023-05-26']) {
      it(`accepts ${date}`, () => {
        const doc = minimalDocument();
        doc.asOf = date;
        expectValid(doc);
      });
    }

    for (const date of ['2024-13', '2024-00', '2024-3', '2024-03-32', '2024-03-00', '24', '2024/03/31', '令和6年3月', '2024-03-31T00:00:00Z', '']) {
      it(`refuses ${JSON.stringify(date)} (format at /asOf)`, () => {
        const doc = minimalDocument();
        doc.asOf = date;
        expectProblem(doc, '/asOf', 'format');
      });
    }

    it('checks the date of a baseline (令和3年9月時点 → 2021-09)', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ id: 'i1', name: '実施率', baseline: { fiscalYear: 2021, value: 71.4, date: '2021-09' } }];
      expectValid(doc);
      planOf(doc).indicators[0].baseline.date = '2021-9';
      expectProblem(doc, `${PLAN}/indicators/0/baseline/date`, 'format');
    });
  });

  describe('URLs: http(s) only', () => {
    for (const url of ['https://www.city.koriyama.lg.jp/', 'http://example.jp/a?b=c#d', 'HTTPS://EXAMPLE.JP/']) {
      it(`accepts ${url} in a link, a disclosure page and a source`, () => {
        const doc = minimalDocument();
        planOf(doc).links = [{ title: 'リンク', url }];
        planOf(doc).disclosure = { cityWebsite: true, pages: [{ title: '市民協働のまちづくり', url }] };
        doc.sources = [{ id: 'survey', title: '市民意識調査', url }];
        expectValid(doc);
      });
    }

    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.jp/',
      '//example.jp/',
      '/relative/path',
      'https://',
      ' https://example.jp/',
      'https://example.jp/a b',
    ];
    for (const url of refused) {
      it(`refuses ${JSON.stringify(url)} in a link, a disclosure page and a source`, () => {
        const doc = minimalDocument();
        planOf(doc).links = [{ title: 'リンク', url }];
        planOf(doc).disclosure = { pages: [{ title: 'ページ', url }] };
        doc.sources = [{ id: 'survey', title: '市民意識調査', url }];
        expectProblems(doc, [
          [`${PLAN}/disclosure/pages/0/url`, 'format'],
          [`${PLAN}/links/0/url`, 'format'],
          ['/sources/0/url', 'format'],
        ]);
      });
    }

    it('accepts a web page without a URL (the seeds name pages but give no address)', () => {
      const doc = minimalDocument();
      planOf(doc).disclosure = { cityWebsite: true, pages: [{ title: '市民協働のまちづくり' }] };
      expectValid(doc);
    });
  });

  describe('schemaVersion', () => {
    for (const version of ['1.0', '1.12', '1.1']) {
      it(`accepts "${version}"`, () => {
        const doc = minimalDocument();
        doc.schemaVersion = version;
        expectValid(doc);
      });
    }

    for (const version of ['2.0', '1', '1.0.0', 'v1.0', '01.0', '1.', '']) {
      it(`refuses ${JSON.stringify(version)} (format at /schemaVersion)`, () => {
        const doc = minimalDocument();
        doc.schemaVersion = version;
        expectProblem(doc, '/schemaVersion', 'format');
      });
    }

    it('refuses a number (1.0 rather than "1.0")', () => {
      const doc = minimalDocument();
      doc.schemaVersion = 1.0;
      expectProblem(doc, '/schemaVersion', 'type');
    });
  });

  describe('fiveLess', () => {
    it('accepts all five marks as booleans', () => {
      const doc = minimalDocument();
      planOf(doc).fiveLess = { counter: true, cash: false, paper: true, file: false, move: true };
      expectValid(doc);
    });

    it('accepts missing keys (unknown, 未設定) and an empty object', () => {
      const doc = minimalDocument();
      planOf(doc).fiveLess = { paper: true };
      const result = expectValid(doc);
      const marks = result.document.nodes[0]!.children![0]!.fiveLess!;
      expect('counter' in marks && marks.counter !== undefined, 'a missing key must not become false').to.equal(false);
      planOf(doc).fiveLess = {};
      expectValid(doc);
    });

    it('refuses a mark that is not a boolean (○, "true", 1, null)', () => {
      for (const mark of ['○', 'true', 1, null]) {
        const doc = minimalDocument();
        planOf(doc).fiveLess = { counter: true, move: mark };
        expectProblem(doc, `${PLAN}/fiveLess/move`, 'type');
      }
    });
  });

  describe('targets', () => {
    const withTarget = (target: unknown) => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ id: 'i1', name: '指標', target }];
      return doc;
    };

    it('accepts a numeric target with a comparator, and a number alone', () => {
      expectValid(withTarget({ fiscalYear: 2025, value: 380, comparator: 'atLeast' }));
      expectValid(withTarget({ value: 100 }));
      for (const comparator of ['atLeast', 'atMost', 'equal', 'approximately']) expectValid(withTarget({ value: 1, comparator }));
    });

    it('accepts 以下 as atMost (1,350人以下)', () => {
      expectValid(withTarget({ fiscalYear: 2025, value: 1350, comparator: 'atMost', text: '1,350人以下', note: '※2020年から10%減' }));
    });

    it('refuses a comparator written as printed (以下)', () => {
      expectProblem(withTarget({ value: 1350, comparator: '以下' }), `${PLAN}/indicators/0/target/comparator`, 'enum');
    });

    it('accepts a qualitative target: text only', () => {
      expectValid(withTarget({ fiscalYear: 2025, text: '施設方針に基づく事業の実施' }));
    });

    it('refuses an empty target: {}, empty text, a null value alone (target-empty at …/target)', () => {
      const path = `${PLAN}/indicators/0/target`;
      expectProblem(withTarget({}), path, 'target-empty');
      expectProblem(withTarget({ text: '' }), path, 'target-empty');
      expectProblem(withTarget({ value: null }), path, 'target-empty');
      expectProblem(withTarget({ fiscalYear: 2025, comparator: 'atMost' }), path, 'target-empty');
    });

    it('refuses a target value written as text ("1,350人")', () => {
      expectProblem(withTarget({ value: '1,350人' }), `${PLAN}/indicators/0/target/value`, 'type');
    });

    it('checks the direction of an indicator', () => {
      const doc = withTarget({ value: 952 });
      planOf(doc).indicators[0].direction = 'decrease';
      expectValid(doc);
      planOf(doc).indicators[0].direction = 'lower';
      expectProblem(doc, `${PLAN}/indicators/0/direction`, 'enum');
    });
  });


  describe('every problem is reported, not just the first', () => {
    it('three independent field errors → three problems', () => {
      const doc = minimalDocument();
      doc.title = '';
      doc.asOf = '2024-13';
      planOf(doc).sdgs = ['18'];
      expectProblems(doc, [
        ['/title', 'too-small'],
        ['/asOf', 'format'],
        [`${PLAN}/sdgs/0`, 'format'],
      ]);
    });

    it('three independent reference errors → three problems', () => {
      const doc = minimalDocument();
      doc.nodes[0].level = 'initiative';
      planOf(doc).id = 'g1';
      planOf(doc).relistOf = 'nowhere';
      expectProblems(doc, [
        ['/nodes/0/level', 'unknown-ref'],
        [`${PLAN}/id`, 'duplicate-id'],
        [`${PLAN}/relistOf`, 'unknown-ref'],
      ]);
    });

    // Regression test (fixed): the cross-field rules (checkReferences) are a zod check on the whole document, and
    // zod skips such a check once any field has failed; a missing title hides every broken
    // reference. See the report: run the check with `when`, or run it apart in validateDocument.
    it('a field error does not hide reference errors (missing title + unknown level + duplicate id → 3)', () => {
      const doc = minimalDocument();
      delete doc.title;
      doc.nodes[0].level = 'initiative';
      planOf(doc).id = 'g1';
      expectProblems(doc, [
        ['/title', 'required'],
        ['/nodes/0/level', 'unknown-ref'],
        [`${PLAN}/id`, 'duplicate-id'],
      ]);
    });

    it('many problems in a big document are all listed', () => {
      const doc = minimalDocument();
      for (let i = 0; i < 50; i++) doc.nodes[0].children.push({ id: `p${i}`, level: 'plan', title: '計画', sdgs: ['11.z'] });
      const result = validateDocument(doc);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems).to.have.length(50);
    });
  });


  describe('hostile input', () => {
    const nest = (depth: number) => {
      const doc = minimalDocument();
      let node: any = { id: 'n0', level: 'plan', title: '0' };
      doc.nodes = [node];
      for (let i = 1; i < depth; i++) {
        const child = { id: `n${i}`, level: 'plan', title: String(i) };
        node.children = [child];
        node = child;
      }
      return doc;
    };

    it(`a tree ${MAX_DEPTH} levels deep is still fine`, () => {
      expectValid(nest(MAX_DEPTH));
    });

    it('a document nested 10,000 levels deep returns a too-deep problem without throwing', () => {
      const doc = nest(10_000);
      let result: ReturnType<typeof validateDocument> | undefined;
      expect(() => (result = validateDocument(doc))).not.to.throw();
      expect(result!.ok).to.equal(false);
      if (!result!.ok) {
        expect(result!.problems).to.have.length(1);
        expect(result!.problems[0]).to.include({ path: '', code: 'too-deep', severity: 'error' });
        expect(result!.problems[0]!.message).to.equal(`入れ子が深すぎます（${MAX_DEPTH}階層まで）`);
      }
      const en = validateDocument(doc, { lang: 'en' });
      expect(en.ok ? '' : en.problems[0]!.message).to.equal(`Nested too deeply (at most ${MAX_DEPTH} levels)`);
    });

    it('deep nesting hidden in an extension key is caught too', () => {
      const doc = minimalDocument();
      let deep: unknown[] = [];
      const root = deep;
      for (let i = 0; i < 10_000; i++) {
        const next: unknown[] = [];
        deep.push(next);
        deep = next;
      }
      doc['x-deep'] = root;
      const result = validateDocument(doc);
      expect(result.ok ? '' : result.problems[0]!.code).to.equal('too-deep');
    });

    it('a text over the limit is refused, not truncated', () => {
      const doc = minimalDocument();
      planOf(doc).summary = 'あ'.repeat(50_001);
      expectProblem(doc, `${PLAN}/summary`, 'too-big');
    });

    it('a key named __proto__ neither pollutes nor fails: it is an unknown key', () => {
      const text = JSON.stringify(minimalDocument()).replace(/^\{/, '{"__proto__":{"polluted":true},');
      const result = validateDocument(JSON.parse(text));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['/__proto__']);
      if (result.ok) expect(Object.prototype.hasOwnProperty.call(result.document, '__proto__')).to.equal(false);
    });
  });
});
