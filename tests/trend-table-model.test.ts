import { expect } from '@open-wc/testing';
import type { MierukaDocument } from '../data-schema/index.js';
import { tableRecords, toCsv, toDelimited, toTsv } from '../src/components/trend-table/trend-table.csv.js';
import { columnTitle, type RecordContext } from '../src/components/trend-table/trend-table.text.js';
import { trendTable as ja } from '../src/translations/ja.js';
import { buildTable, fractionDigits, sortRows, type Column } from '../src/components/trend-table/trend-table.model.js';
import { REPORT, seed, SHEETS } from './trend-table.helpers.js';

const ctx: RecordContext = { lang: 'ja', s: ja, wareki: false, groupTitle: (g) => g.node?.title ?? '全体指標' };

describe('trend table model', () => {
  let report: MierukaDocument;
  let sheets: MierukaDocument;
  before(async () => {
    report = await seed(REPORT);
    sheets = await seed(SHEETS);
  });

  it('takes the fiscal years present as columns, with a label only where every value agrees', () => {
    const m = buildTable(report);
    const years = m.columns.filter((c) => c.kind === 'year');
    expect(years.map((c) => c.year)).to.deep.equal([2016, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years.map((c) => c.label)).to.deep.equal([undefined, undefined, '中間年度', undefined, undefined, undefined, undefined]);
    expect(years[0]!.labels).to.deep.equal(['策定時', '計画策定時']);
    expect(years[3]!.labels).to.deep.equal([]);
    expect(m.columns.map((c) => c.kind)).to.deep.equal(['name', 'year', 'year', 'year', 'year', 'year', 'year', 'year', 'target', 'progress', 'trend', 'department']);
    expect(m.columns.find((c) => c.kind === 'target')!.targetYear).to.equal(2025);
  });

  it('within one policy the labels agree and stay in the header', () => {
    const years = buildTable(report, report.nodes[0]).columns.filter((c) => c.kind === 'year');
    expect(years.map((c) => c.label)).to.deep.equal(['策定時', '見直し時', '中間年度', undefined, undefined]);
  });

  it('seed 000 gets a baseline column and a target, and nothing to judge', () => {
    const m = buildTable(sheets);
    expect(m.columns.map((c) => c.kind)).to.deep.equal(['name', 'baseline', 'target']);
    expect(m.rows.every((r) => r.progress?.status === 'unknown' && !r.progress.computed)).to.be.true;
    expect(m.notes).to.deep.equal(['※2020年から10%減', '※その他の連携した取組を含む', '※PDCAサイクルによる事業実施']);
  });

  it('numbers the notes once each, in document order', () => {
    const m = buildTable(report);
    expect(m.notes[0]).to.equal('目標値の欄に「21,973人 22,000人」と2つの値が印字されている');
    expect(m.noteIndex.get('同じ欄に2つ目に印字された値。資料に説明はない（算定方法の違いによる併記とみられる）')).to.equal(3);
    expect(m.notes).to.have.length(4);
  });

  it('the mark printed once is the indicator’s; each sub-row states its own reading; the legend lists the marks the rows use', () => {
    const m = buildTable(report);
    const k4 = m.rows.find((r) => r.key === 'p1-k4')!;
    expect(k4.own).to.be.false;
    expect(k4.progress.mark).to.equal('↑');
    // 小6 71.2% → 57.8% for 75.0%: moving away; 中3 35.7% → 38.0% for 50.0%: behind the pace (as the gauge says).
    expect(k4.sub.map((r) => [r.progress.mark, r.progress.status, r.progress.computed])).to.deep.equal([
      [undefined, 'offTrack', true],
      [undefined, 'behind', true],
    ]);
    expect(m.marks.map((l) => l.value)).to.deep.equal(['↑', '↘', '↗', '↓', '→']);
  });

  it('sorts empty values last in both directions and ties in document order', () => {
    const m = buildTable(report, report.nodes[4]);
    const col = m.columns.find((c) => c.year === 2016)!;
    expect(sortRows(m.rows, col, 'ascending', 'ja').map((r) => r.key)).to.deep.equal(['p5-k3', 'p5-k2', 'p5-k1', 'p5-k6', 'p5-k4', 'p5-k5']);
    expect(sortRows(m.rows, col, 'descending', 'ja').map((r) => r.key)).to.deep.equal(['p5-k6', 'p5-k1', 'p5-k2', 'p5-k3', 'p5-k4', 'p5-k5']);
    const progress = m.columns.find((c) => c.kind === 'progress')!;
    // ↑ onTrack, → flat, ↓ offTrack: k3 ↑, k2 →, then the ↓ rows in document order.
    expect(sortRows(m.rows, progress, 'descending', 'ja').map((r) => r.key)).to.deep.equal(['p5-k3', 'p5-k2', 'p5-k1', 'p5-k4', 'p5-k5', 'p5-k6']);
  });

  it('counts the digits a value has, so 10.91% is not shown as 10.9%', () => {
    expect([fractionDigits(10.91), fractionDigits(70), fractionDigits(1e-7), fractionDigits(0.1234567)]).to.deep.equal([2, 0, 0, 6]);
  });
});

describe('trend table CSV and TSV', () => {
  it('quotes fields per RFC 4180 and ends lines with CRLF', () => {
    expect(toDelimited([['a,b', 'say "hi"', 'two\nlines', 'plain', 12.5, undefined]], ',')).to.equal('"a,b","say ""hi""","two\nlines",plain,12.5,\r\n');
  });

  it('TSV quotes only what a tab, quote or line break would break', () => {
    expect(toDelimited([['a,b', 'tab\there', 'x']], '\t')).to.equal('a,b\t"tab\there"\tx\r\n');
  });

  it('a text that would run as a spreadsheet formula gets an apostrophe; numbers do not', () => {
    expect(toDelimited([['=HYPERLINK("http://x")', '+1', '-x', '@SUM(A1)', -5]], ',')).to.equal(`"'=HYPERLINK(""http://x"")",'+1,'-x,'@SUM(A1),-5\r\n`);
  });

  it('CSV starts with a byte-order mark; TSV does not', () => {
    expect(toCsv([['a']])).to.equal('\uFEFFa\r\n');
    expect(toTsv([['a']])).to.equal('a\r\n');
  });

  it('keeps numbers unformatted, the unit in its own column and the rest in 備考', async () => {
    const doc = await seed(REPORT);
    const m = buildTable(doc, doc.nodes[3]);
    const records = tableRecords(m, m.rows, ctx);
    const k5 = records.find((r) => r[1] === '1人1日当たりのごみ排出量')!;
    expect(k5.slice(2, 10)).to.deep.equal(['g', 1141, 1128, 1133, 1116, 1105, 952, 2025]);
    expect(k5.at(-1)).to.equal(
      '【追加】 / 2016年度: 併記された値 1215（同じ欄に2つ目に印字された値。資料に説明はない（算定方法の違いによる併記とみられる）） / 2020年度: 併記された値 1190（同じ欄に2つ目に印字された値。資料に説明はない（算定方法の違いによる併記とみられる）） / 2021年度: 併記された値 1183（同じ欄に2つ目に印字された値。資料に説明はない（算定方法の違いによる併記とみられる）） / 2022年度: 併記された値 1165（同じ欄に2つ目に印字された値。資料に説明はない（算定方法の違いによる併記とみられる））',
    );
    const k6 = records.find((r) => r[1] === '市全体のリサイクル率')!;
    expect(k6[4]).to.equal(10.91);
  });

  it('seed 000: the baseline with when it was taken, targets in words where they have no number', async () => {
    const doc = await seed(SHEETS);
    const m = buildTable(doc);
    const records = tableRecords(m, m.rows, ctx);
    expect(records[0]).to.deep.equal(['区分', '指標', '単位', '基準値', '基準値の時点', '目標値（2025年度）', '目標年度', '備考']);
    expect(records.find((r) => r[1] === '都市圏ビジョンによる連携事業の実施率')!.slice(2, 7)).to.deep.equal(['%', 71.4, '令和3年9月時点', 100, 2025]);
    expect(records.find((r) => r[1] === '監査結果の措置通知等公表')!.slice(3, 6)).to.deep.equal([9, '2021年度末時点の現況値', '随時']);
    expect(records.find((r) => r[1] === '人口10万人あたりの交通事故及び一般負傷で救急搬送された65歳以上の高齢者の人数')!.at(-1)).to.equal('目標値: 以下 ※2020年から10%減');
  });

  it('titles columns as shown', () => {
    const year: Column = { key: 'y2016', kind: 'year', year: 2016, labels: ['策定時', '計画策定時'] };
    expect(columnTitle(year, ctx)).to.equal('2016年度（策定時／計画策定時）');
    expect(columnTitle({ key: 'target', kind: 'target', labels: [], targetYear: 2025 }, { ...ctx, wareki: true })).to.equal('目標値（2025年度（令和7年度））');
  });
});
