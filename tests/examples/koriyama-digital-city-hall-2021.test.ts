import { sourceText } from './source-text.js';
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../data-schema/index.js';
import type { MierukaDocument, PlanNode } from '../../data-schema/index.js';

const SEED = '/data-schema/sources/koriyama/003_1302548af819a49b.txt';
const DOC = '/data-schema/examples/koriyama-digital-city-hall-2021.json';

/** PDF extraction scattered spaces through the Japanese text (I C T, 電 算); compare without any. */
const norm = (s: string) => s.replace(/\s+/g, '');

interface SeedRow {
  number: string;
  title: string;
  summary: string;
  relisted: boolean;
  /** id of the heading (target or supporting area) the row is printed under */
  under: string;
}
interface SeedHeading {
  id: string;
  number: string;
  title: string;
}

/** Reads 表2 of the seed: its headings and numbered rows, in printed order. */
function parseTable2(seed: string): { headings: SeedHeading[]; rows: SeedRow[] } {
  const start = seed.indexOf('【表2】');
  const end = seed.indexOf('\n3 デジタル市役所の推進体制について');
  expect(start).to.be.greaterThan(0);
  expect(end).to.be.greaterThan(start);
  const headings: SeedHeading[] = [];
  const rows: SeedRow[] = [];
  let under = '';
  for (const line of seed.slice(start, end).split('\n')) {
    let m = /^重点推進目標\s*(\d)\s*[-－]\s*\((\d)\)\s*(.+)$/.exec(line);
    if (m) {
      under = `pol${m[1]}-t${m[2]}`;
      headings.push({ id: under, number: `${m[1]}-(${m[2]})`, title: m[3]! });
      continue;
    }
    m = /^I\s*C\s*T\s*推進を支える推進体制\s+(\d)\s+(.+)$/.exec(line);
    if (m) {
      under = `support-a${m[1]}`;
      headings.push({ id: under, number: m[1]!, title: m[2]! });
      continue;
    }
    m = /^(\d+)\t([^\t]+)\t(.+)$/.exec(line);
    if (m) {
      const relisted = m[2]!.startsWith('【再掲】');
      rows.push({ number: m[1]!, title: m[2]!.replace('【再掲】', ''), summary: m[3]!, relisted, under });
    }
  }
  return { headings, rows };
}

/** Reads 表1 (5レス): number → [name, definition]. */
function parseTable1(seed: string): Map<string, [string, string]> {
  const start = seed.indexOf('【表1】 5レス');
  const end = seed.indexOf('(4) アクションプランについて');
  const out = new Map<string, [string, string]>();
  for (const line of seed.slice(start, end).split('\n')) {
    const m = /^(\d)\t([^\t]+)\t(.+)$/.exec(line);
    if (m) out.set(m[1]!, [m[2]!, m[3]!]);
  }
  return out;
}

function walk(nodes: PlanNode[], parent: PlanNode | null, out: [PlanNode, PlanNode | null][] = []) {
  for (const n of nodes) {
    out.push([n, parent]);
    walk(n.children ?? [], n, out);
  }
  return out;
}

describe('example: 郡山市デジタル市役所推進計画 アクションプラン（令和3年度） from the 令和3年度 行政監査報告 (seed 003)', () => {
  let seed: string;
  let doc: MierukaDocument;
  let table2: ReturnType<typeof parseTable2>;
  let all: [PlanNode, PlanNode | null][];
  let projects: PlanNode[];

  before(async () => {
    seed = await sourceText(SEED);
    doc = (await (await fetch(DOC)).json()) as MierukaDocument;
    table2 = parseTable2(seed);
    all = walk(doc.nodes, null);
    projects = all.map(([n]) => n).filter((n) => n.level === 'project');
  });

  it('validates against the schema with zero problems and zero warnings', () => {
    const r = validateDocument(doc);
    expect(r.ok ? [] : r.problems, JSON.stringify(r.ok ? [] : r.problems)).to.deep.equal([]);
    expect(r.warnings, JSON.stringify(r.warnings)).to.deep.equal([]);
    expect(r.ok).to.equal(true);
  });

  it('names the three levels 基本方針 → 重点推進目標 → 事業', () => {
    expect(doc.levels).to.deep.equal([
      { id: 'policy', name: '基本方針' },
      { id: 'target', name: '重点推進目標' },
      { id: 'project', name: '事業', counter: '事業' },
    ]);
    expect(seed).to.contain('3つの基本方針を掲げ、それぞれ2つの重点推進目標');
    expect(seed).to.contain('\t事業名\t事業概要');
  });

  it('has the 3 基本方針 of 図3, each with the 2 重点推進目標 headed in 表2', () => {
    const policies = doc.nodes.filter((n) => n.id.startsWith('pol'));
    expect(policies.map((p) => p.id)).to.deep.equal(['pol1', 'pol2', 'pol3']);
    const fig3 = seed.slice(seed.indexOf('【図3】'), seed.indexOf('(3) 5レスについて'));
    const fig3Policies = [...fig3.matchAll(/^(\d)\t([^\t]+)\t/gm)].map((m) => [m[1]!, norm(m[2]!)]);
    expect(policies.map((p) => [p.number, norm(p.title)])).to.deep.equal(fig3Policies);
    const seedTargets = table2.headings.filter((h) => h.id.startsWith('pol'));
    expect(seedTargets).to.have.length(6);
    for (const p of policies) {
      expect(p.level).to.equal('policy');
      const targets = p.children ?? [];
      const expected = seedTargets.filter((h) => h.id.startsWith(`${p.id}-`));
      expect(targets, p.id).to.have.length(2);
      expect(targets.map((t) => [t.id, t.level, t.number, norm(t.title)])).to.deep.equal(
        expected.map((h) => [h.id, 'target', h.number, norm(h.title)]),
      );
    }
  });

  it('keeps 表2’s wording for pol2-t1 and pol3-t1 where 図3 words them differently, and says so in notes', () => {
    const byId = new Map(all.map(([n]) => [n.id, n]));
    expect(byId.get('pol2-t1')!.title).to.equal('情報発信・情報共有で安心安全');
    expect(seed).to.contain('(1) 情報発信・情報共有で安全安心');
    expect(byId.get('pol3-t1')!.title).to.equal('情報システム改革・業務の見直し');
    expect(seed).to.contain('(1) QCDの視点による情報システム改革・業務の見直し');
    const notes = (doc.notes ?? []).join('\n');
    expect(notes).to.contain('情報発信・情報共有で安全安心');
    expect(notes).to.contain('QCDの視点による情報システム改革・業務の見直し');
  });

  it('has ICT推進を支える体制 with its 3 supporting areas as headed in 表2', () => {
    const support = doc.nodes.find((n) => n.id === 'support')!;
    expect(support.level).to.equal('policy');
    expect(seed).to.contain(`\n${support.title}\t`);
    const seedAreas = table2.headings.filter((h) => h.id.startsWith('support-'));
    expect(seedAreas).to.have.length(3);
    expect((support.children ?? []).map((a) => [a.id, a.level, a.number, a.title])).to.deep.equal(
      seedAreas.map((h) => [h.id, 'target', h.number, h.title]),
    );
    expect(seedAreas.map((h) => h.title)).to.deep.equal(['情報セキュリティ対策', '人材育成・普及啓発', '研究開発']);
    expect(doc.nodes).to.have.length(4);
  });

  it('lists the 80 projects of 表2, numbered 1..80 exactly once, with each number’s printed title', () => {
    expect(seed).to.contain('現在80の事業が設けられている');
    const originals = table2.rows.filter((r) => !r.relisted);
    expect(originals).to.have.length(80);
    const own = projects.filter((p) => p.category !== '再掲');
    expect(own).to.have.length(80);
    const numbers = own.map((p) => Number(p.number)).sort((a, b) => a - b);
    expect(numbers).to.deep.equal(Array.from({ length: 80 }, (_, i) => i + 1));
    const seedTitles = new Map(originals.map((r) => [r.number, norm(r.title)]));
    expect(seedTitles.size).to.equal(80);
    for (const p of own) {
      expect(p.id).to.equal(`ap${p.number}`);
      expect(norm(p.title), p.id).to.equal(seedTitles.get(p.number!));
    }
  });

  it('puts every project row under the heading it is printed under, in printed order', () => {
    const printed = table2.rows.map((r) => `${r.under}:${r.number}`);
    const inDoc = all.filter(([n]) => n.level === 'project').map(([n, parent]) => `${parent!.id}:${n.number}`);
    expect(inDoc).to.deep.equal(printed);
  });

  it('copies every project’s 事業概要 word for word from its row', () => {
    const rows = new Map(table2.rows.map((r) => [`${r.number}${r.relisted ? 'r' : ''}`, r]));
    for (const p of projects) {
      const row = rows.get(`${p.number}${p.category === '再掲' ? 'r' : ''}`)!;
      expect(p.summary, p.id).to.be.a('string');
      expect(norm(p.summary!), p.id).to.equal(norm(row.summary));
    }
    // a sample, as printed
    const byId = new Map(projects.map((p) => [p.id, p]));
    expect(byId.get('ap4')!.summary).to.contain('（eLTAX）');
    expect(seed).to.contain('（e L T A X）');
    expect(byId.get('ap17')!.summary).to.contain('平成29～30年度');
    expect(seed).to.contain('平成 29～30 年度');
  });

  it('marks the rows printed 【再掲】 under 3-(2) as re-listings of ap1 and ap53', () => {
    const seedRelisted = table2.rows.filter((r) => r.relisted);
    expect(seedRelisted.map((r) => [r.number, r.under])).to.deep.equal([
      ['1', 'pol3-t2'],
      ['53', 'pol3-t2'],
    ]);
    const relisted = projects.filter((p) => p.category === '再掲');
    expect(relisted.map((p) => [p.id, p.number, p.relistOf])).to.deep.equal([
      ['ap1-relist', '1', 'ap1'],
      ['ap53-relist', '53', 'ap53'],
    ]);
    const byId = new Map(projects.map((p) => [p.id, p]));
    for (const r of relisted) {
      const original = byId.get(r.relistOf!)!;
      expect(r.title).to.equal(original.title);
      expect(r.summary).to.equal(original.summary);
      expect(seed).to.contain(`${r.number}\t【再掲】${r.title}\t`);
    }
  });

  it('finds every node title in the seed text', () => {
    const text = norm(seed);
    for (const [n] of all) expect(text.includes(norm(n.title)), `${n.id} ${n.title}`).to.equal(true);
  });

  it('gives the 5レス definitions exactly as 表1 prints them', () => {
    const t1 = parseTable1(seed);
    expect(t1.size).to.equal(5);
    const keys = ['counter', 'cash', 'paper', 'file', 'move'] as const;
    keys.forEach((k, i) => {
      const [name, description] = t1.get(String(i + 1))!;
      expect(doc.fiveLess?.[k], k).to.deep.equal({ name, description });
    });
    expect(doc.fiveLess?.move?.name).to.equal('ムーブ（会議）レス');
  });

  it('names the audit report as its source and the plan period the report states', () => {
    expect(doc.municipality).to.equal('郡山市');
    expect(doc.kind).to.equal('plan');
    const [src] = doc.sources ?? [];
    expect(seed).to.contain(src!.title);
    expect(seed).to.contain(`\n${src!.publisher}\n`);
    expect(seed).to.contain('令和4年3月24日提出');
    expect(src!.date).to.equal('2022-03-24');
    expect(seed).to.contain('その計画期間は、平成30年度から令和3年度までの4か年である。');
    expect(doc.period).to.deep.equal({ start: 2018, end: 2021 });
    expect(norm(seed).includes(norm(doc.description!)), 'description is quoted from the seed').to.equal(true);
    expect(seed).to.contain('【表2】 郡山市デジタル市役所推進計計画アクションプラン（令和3年度）');
    expect(doc.title).to.equal('郡山市デジタル市役所推進計画 アクションプラン（令和3年度）');
  });

  it('records each transcription decision as a 転記 note', () => {
    const notes = (doc.notes ?? []).filter((n) => n.startsWith('転記: '));
    for (const id of ['pol2-t1', 'pol3-t1', 'support', 'ap1-relist', 'ap53-relist']) {
      expect(notes.some((n) => n.includes(id)), id).to.equal(true);
    }
    expect(doc.departments).to.equal(undefined);
  });
});
