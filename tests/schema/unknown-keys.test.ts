import { expect } from '@open-wc/testing';
import { closestKey, editDistance, validateDocument } from '../../data-schema/index.js';
import { PLAN, expectValid, minimalDocument, planOf } from './helpers.js';

describe('unknown keys', () => {
  it('are warnings, not errors: the document still validates', () => {
    const doc = minimalDocument();
    doc.publishedBy = '行政マネジメント課';
    const result = expectValid(doc, { warnings: true });
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]).to.include({ path: '/publishedBy', code: 'unknown-key', severity: 'warning' });
    expect(result.warnings[0]!.message).to.contain('publishedBy');
  });

  it('are dropped from the typed document', () => {
    const doc = minimalDocument();
    planOf(doc).colour = 'red';
    const result = expectValid(doc, { warnings: true });
    expect(result.document.nodes[0]!.children![0]).not.to.have.property('colour');
  });

  it('a misspelt key on a node ("indicater") suggests "indicators", in Japanese and English', () => {
    const doc = minimalDocument();
    planOf(doc).indicater = [];
    const ja = expectValid(doc, { warnings: true });
    expect(ja.warnings.map((w) => w.path)).to.deep.equal([`${PLAN}/indicater`]);
    expect(ja.warnings[0]!.message).to.equal('不明な項目「indicater」（「indicators」の誤りではありませんか）');
    const en = validateDocument(doc, { lang: 'en' });
    expect(en.warnings[0]!.message).to.equal('Unknown key "indicater" (did you mean "indicators"?)');
  });

  // Regression test (fixed): "titel" is a transposition, two edits in plain Levenshtein distance, and closestKey
  // allows only floor(5 / 3) = 1 edit for a five-letter key, so no suggestion is made.
  // Count a transposition as one edit (optimal string alignment distance).
  it('a misspelt top-level key ("titel") suggests "title"', () => {
    const doc = minimalDocument();
    doc.titel = '郡山市';
    const result = validateDocument(doc, { lang: 'en' });
    expect(result.ok, 'a misspelt optional key is only a warning; title is still there').to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['/titel']);
    expect(result.warnings[0]!.message).to.equal('Unknown key "titel" (did you mean "title"?)');
  });

  it('a misspelt required key is a warning and a required error', () => {
    const doc = minimalDocument();
    doc.municipaliti = doc.municipality;
    delete doc.municipality;
    const result = validateDocument(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([['/municipality', 'required']]);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['/municipaliti']);
    expect(result.warnings[0]!.message).to.contain('municipality');
  });

  it('are found at any depth: nested nodes, indicators, series, targets, action-plan cells, periods', () => {
    const doc = minimalDocument();
    doc.period = { start: 2022, end: 2025, ende: 2026 };
    planOf(doc).children = [{ id: 'sub', level: 'plan', title: 'x', sumary: '概要' }];
    planOf(doc).indicators = [
      {
        id: 'i1',
        name: '件数',
        target: { value: 1, comparater: 'atMost' },
        series: [{ name: '小6', baselin: { fiscalYear: 2021, value: 1 } }],
      },
    ];
    planOf(doc).actionPlan = { rows: [{ item: '行', cells: [{ start: 2022, text: 'x', contiues: true }] }] };
    const result = expectValid(doc, { warnings: true });
    expect(result.warnings.map((w) => w.path)).to.deep.equal([
      `${PLAN}/actionPlan/rows/0/cells/0/contiues`,
      `${PLAN}/children/0/sumary`,
      `${PLAN}/indicators/0/series/0/baselin`,
      `${PLAN}/indicators/0/target/comparater`,
      '/period/ende',
    ]);
    const suggestions = result.warnings.map((w) => /「([^」]+)」の誤り/.exec(w.message)?.[1]);
    expect(suggestions).to.deep.equal(['continues', 'summary', 'baseline', 'comparator', 'end']);
  });

  it('a key far from every known key gets no suggestion', () => {
    const doc = minimalDocument();
    planOf(doc).budgetInYen = 1000;
    const result = validateDocument(doc, { lang: 'en' });
    expect(result.warnings[0]!.message).to.equal('Unknown key "budgetInYen" is ignored');
  });

  it('keys beginning with "x-" are a city’s own extensions: no warning, at any depth', () => {
    const doc = minimalDocument();
    doc['x-koriyama-sheet'] = 'A3';
    planOf(doc)['x-budget'] = { amount: 1 };
    planOf(doc).indicators = [{ id: 'i1', name: '件数', 'x-note': '独自', observations: [{ fiscalYear: 2023, value: 1, 'x-cell': 'B7' }] }];
    expectValid(doc);
  });

  it('unknown keys inside an extension are not inspected', () => {
    const doc = minimalDocument();
    planOf(doc)['x-ext'] = { indicater: 1 };
    expectValid(doc);
  });

  it('a warning and an error together: both are reported', () => {
    const doc = minimalDocument();
    doc.titel = 'x';
    doc.asOf = '2024-13';
    const result = validateDocument(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.deep.equal(['/asOf']);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['/titel']);
  });

  describe('editDistance and closestKey', () => {
    it('editDistance is the classic edit distance', () => {
      expect(editDistance('indicater', 'indicators')).to.equal(2);
      expect(editDistance('', 'abc')).to.equal(3);
      expect(editDistance('same', 'same')).to.equal(0);
    });

    it('closestKey suggests near keys only', () => {
      expect(closestKey('indicater', ['id', 'indicators', 'title'])).to.equal('indicators');
      expect(closestKey('Title', ['title', 'id'])).to.equal('title');
      expect(closestKey('zzzz', ['title', 'id'])).to.equal(undefined);
    });
  });
});
