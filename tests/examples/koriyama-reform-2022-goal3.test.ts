import { sourceText } from './source-text.js';
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../data-schema/index.js';
import type { ActionPlanCell, FiveLess, Indicator, IndicatorSeries, MierukaDocument, PlanNode } from '../../data-schema/index.js';

const SEED = '/data-schema/sources/koriyama/000_7b7e01cdc4df4bb6.txt';
const DOC = '/data-schema/examples/koriyama-reform-2022-goal3.json';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const FIVE_KEYS = ['counter', 'cash', 'paper', 'file', 'move'] as const;
const ARROW = /[➔→]/g;

/** PDF extraction scatters spaces, tabs and line breaks; compare with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');
/** As printed: 1283 → "1,283", 70 with decimals 1 → "70.0". */
const fmt = (v: number, decimals?: number) =>
  v.toLocaleString('en-US', { minimumFractionDigits: decimals ?? 0, maximumFractionDigits: Math.max(decimals ?? 0, 6) });

/** One 実施計画シート (a plan may run over several). */
interface Sheet {
  initiative: string;
  number: string;
  title: string;
  departments: string[];
  /** The seed text from this sheet's 実施計画名 to the next one. */
  body: string;
}

/** One printed row of an action-plan table: the 取組内容 and its non-empty year cells. */
interface SeedRow {
  item: string;
  lines: { year: number; text: string }[][];
}

interface Seed {
  text: string;
  lines: string[];
  goals: [string, string][];
  initiatives: [string, string][];
  sheets: Sheet[];
  projects: { plan: string; title: string; department: string }[];
  tableRows: SeedRow[];
  sdgsBlocks: string[][];
}

function parseSeed(text: string): Seed {
  const lines = text.split('\n');
  const uniq = (pairs: [string, string][]) => pairs.filter((p, i) => pairs.findIndex((q) => q[0] === p[0] && q[1] === p[1]) === i);
  const goals = uniq([...text.matchAll(/重点推進目標\s*(\d+)\s*([^\s\d][^\n]*)/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const initiatives = uniq([...text.matchAll(/取組事項\s*(\d+)\s*([^\n]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));

  const starts = [...text.matchAll(/実施計画名/g)].map((m) => m.index);
  const sheets = starts.map((at, k) => {
    const body = text.slice(at, starts[k + 1] ?? text.length);
    const before = text.slice(0, at);
    const number = [...before.slice(-20)].reverse().find((ch) => CIRCLED.includes(ch))!;
    const initiative = [...before.matchAll(/取組事項\s*(\d+)/g)].at(-1)![1]!;
    const title = /^実施計画名\s*([^\t\n]+?)\s*(?=\t|\n|所管課)/.exec(body)![1]!;
    const afterDept = body.slice(body.indexOf('所管課', body.indexOf(title) + title.length) + 3).replace(/^\s+/, '');
    const end = afterDept.search(/\n(?:\s*\n|-|事業概要|取組内容)/);
    const departments = afterDept.slice(0, end).split(/[\s、]+/).filter((n) => n);
    return { initiative, number, title, departments, body };
  });

  // sub-projects: a line "title <department>", belonging to the sheet it is printed on
  const projects: Seed['projects'] = [];
  for (const l of lines) {
    const m = /^([^<>\t]+?)\s*<([^<>/a-zA-Z][^<>]*)>\s*$/.exec(l);
    if (m) projects.push({ plan: '', title: m[1]!, department: m[2]! });
  }
  let s = 0;
  let offset = 0;
  for (const p of projects) {
    const at = text.indexOf(`${p.title} <${p.department}>`, offset);
    while (s + 1 < starts.length && starts[s + 1]! < at) s++;
    p.plan = sheets[s]!.title;
    offset = at + 1;
  }

  // action-plan tables: a header line with the year columns, then rows up to the next blank line
  const tableRows: SeedRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!.split('\t');
    const cols = new Map<number, number>();
    cells.forEach((c, k) => {
      const m = /^(\d{4})年度\s*[（(]令和/.exec(c.trim());
      if (m) cols.set(k, Number(m[1]));
    });
    if (!lines[i]!.includes('\t') || cols.size !== 4) continue;
    for (i++; i < lines.length && lines[i]!.trim(); i++) {
      const rc = lines[i]!.split('\t');
      const yearCells = [...cols].filter(([k]) => rc[k]?.trim()).map(([k, year]) => ({ year, text: rc[k]!.trim() }));
      if (rc[0]!.trim()) tableRows.push({ item: rc[0]!.trim(), lines: [yearCells] });
      else tableRows.at(-1)!.lines.push(yearCells);
    }
  }

  // SDGs: runs of lines made only of codes and slashes
  const sdgsBlocks: string[][] = [];
  let prevWasCode = false;
  for (const l of lines) {
    const isCode = /^\s*(?:\d{1,2}\.[0-9a-z]{1,2}\/?)+\s*$/.test(l);
    if (isCode) {
      const codes = l.split('/').map((c) => c.trim()).filter((c) => c);
      if (prevWasCode) sdgsBlocks.at(-1)!.push(...codes);
      else sdgsBlocks.push(codes);
    }
    if (l.trim()) prevWasCode = isCode;
  }
  return { text, lines, goals, initiatives, sheets, projects, tableRows, sdgsBlocks };
}

/** The 市ウェブページ cell of a sheet: the cells after it on an inline header, else the next printed line. */
function pageCell(body: string): string {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => l.split('\t').includes('市ウェブページ'));
  if (at < 0) return '';
  const cells = lines[at]!.split('\t');
  if (/^5\s*レス|^5\t/.test(lines[at]!)) return cells.slice(cells.lastIndexOf('市ウェブページ') + 1).join(' ').replace(/<[^>]+>/g, ' ').trim();
  const next = lines.slice(at + 1).find((l) => l.trim() && !/^[○\t]+$/.test(l)) ?? '';
  return next.trim();
}

const walk = (nodes: PlanNode[] | undefined, f: (n: PlanNode, depth: number) => void, depth = 0): void =>
  nodes?.forEach((n) => {
    f(n, depth);
    walk(n.children, f, depth + 1);
  });

/** The seed value as printed: the `text` when it carries the number, else 約 + number + unit. */
function printed(v: { value?: number | null; text?: string; approximate?: boolean }, ind: { unit?: string; decimals?: number }): string {
  if (v.value == null) return v.text!;
  const num = fmt(v.value, ind.decimals);
  if (v.text && squash(v.text).includes(num)) return v.text;
  return `${v.approximate ? '約' : ''}${num}${ind.unit ?? ''}`;
}

describe('example koriyama-reform-2022-goal3 (seed 000, 実施計画シート 重点推進目標3)', () => {
  let seed: Seed;
  let doc: MierukaDocument;
  let plans: PlanNode[];
  let byId: Map<string, PlanNode>;
  const planByTitle = (t: string) => plans.find((p) => p.title === t)!;
  const sheetsOf = (p: PlanNode) => seed.sheets.filter((s) => s.title === p.title);

  before(async () => {
    seed = parseSeed(await sourceText(SEED));
    doc = (await (await fetch(DOC)).json()) as MierukaDocument;
    plans = [];
    byId = new Map();
    walk(doc.nodes, (n) => {
      byId.set(n.id, n);
      if (n.level === 'plan') plans.push(n);
    });
  });

  it('validates against the schema with zero problems and zero warnings', () => {
    const r = validateDocument(doc);
    expect(r.warnings, JSON.stringify(r.warnings)).to.deep.equal([]);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problems)).to.equal(true);
  });

  it('describes the document only with words the seed prints, and says that it prints no overall title', () => {
    for (const word of doc.title.split(' ')) expect(squash(seed.text), word).to.contain(squash(word));
    expect(doc.sources!.map((s) => [s.id, s.title])).to.deep.equal([['seed-000', doc.title]]);
    expect(doc.sources![0]).to.not.have.any.keys('publisher', 'date', 'url');
    expect(doc.municipality).to.equal('郡山市');
    expect(doc.kind).to.equal('plan');
    expect(doc.period).to.deep.equal({ start: 2022, end: 2025 });
    for (const y of [2022, 2025]) expect(seed.text).to.contain(`${y}年度`);
    expect(seed.text).to.contain('2025年度末までの目標値');
    expect(doc).to.not.have.any.keys('asOf', 'publisher');
    const notes = doc.notes!.filter((n) => n.startsWith('転記: '));
    expect(notes.some((n) => n.includes('表題が印字されていない'))).to.equal(true);
  });

  it('names the levels as the seed does, and notes that the sub-project level is unnamed', () => {
    expect(doc.levels.map((l) => l.id)).to.deep.equal(['goal', 'initiative', 'plan', 'project']);
    for (const l of doc.levels.slice(0, 3)) expect(seed.text).to.contain(l.name);
    expect(doc.levels[2]!.counter).to.equal('計画');
    expect(doc.notes!.some((n) => n.startsWith('転記: ') && n.includes('事業') && n.includes('名前を付けていない'))).to.equal(true);
  });

  it('has the one 重点推進目標 and its four 取組事項 with numbers and titles as printed', () => {
    expect(seed.goals).to.deep.equal([['3', '公民協奏の推進']]);
    expect(doc.nodes.map((g) => [g.id, g.level, g.number, g.title])).to.deep.equal([['g3', 'goal', '3', '公民協奏の推進']]);
    expect(seed.initiatives.length).to.equal(4);
    expect(doc.nodes[0]!.children!.map((i) => [i.id, i.level, i.number, i.title])).to.deep.equal(
      seed.initiatives.map(([n, t]) => [`g3-i${n}`, 'initiative', n, t]),
    );
  });

  it('has 16 plans: one per 実施計画名 sheet, continuation sheets of the same plan counted once', () => {
    expect(seed.sheets.length).to.equal(19); // 業務委託 runs over 2 sheets, PFI over 3
    const distinct = seed.sheets.filter(
      (s, i) => seed.sheets.findIndex((t) => t.initiative === s.initiative && t.number === s.number && t.title === s.title) === i,
    );
    expect(distinct.length).to.equal(16);
    expect(plans.length).to.equal(distinct.length);
    expect(plans.map((p) => [p.id.split('-')[1], p.number, p.title])).to.deep.equal(distinct.map((s) => [`i${s.initiative}`, s.number, s.title]));
    doc.nodes[0]!.children!.forEach((ini) => ini.children!.forEach((p, k) => expect(p.id).to.equal(`${ini.id}-p${k + 1}`)));
  });

  it('gives every plan the 所管課 printed on each of its sheets, one department per name, in order', () => {
    for (const p of plans) {
      const sheets = sheetsOf(p);
      expect(sheets.length, p.id).to.be.greaterThan(0);
      for (const s of sheets) expect(p.departments!.map((d) => d.name), `${p.id} sheet`).to.deep.equal(s.departments);
    }
    expect(planByTitle('PFIの効果的な活用').departments!.map((d) => d.name)).to.deep.equal([
      '行政マネジメント課',
      '公園緑地課',
      'スポーツ振興課',
      '文化振興課',
      '障がい福祉課',
    ]);
  });

  it('has each "title <課>" sub-project as a child of the plan whose sheet prints it, with that department', () => {
    expect(seed.projects.length).to.equal(9);
    const docProjects: { plan: string; title: string; department: string }[] = [];
    for (const p of plans) {
      (p.children ?? []).forEach((s, k) => {
        expect(s.level).to.equal('project');
        expect(s.id).to.equal(`${p.id}-s${k + 1}`);
        expect(s.departments!.length).to.equal(1);
        docProjects.push({ plan: p.title, title: s.title, department: s.departments![0]!.name });
      });
    }
    expect(docProjects).to.deep.equal(seed.projects);
  });

  it('copies 事業概要 and 目指す姿 verbatim (every line found in the seed)', () => {
    const flat = squash(seed.text);
    for (const p of plans) {
      expect(p.summary, p.id).to.be.a('string');
      expect(p.vision, p.id).to.be.a('string');
      for (const l of `${p.summary}\n${p.vision}`.split('\n')) expect(flat, `${p.id}: ${l}`).to.contain(squash(l));
    }
  });

  it('has one baseline-carrying node per "時点の現況値" heading, and every baseline label as printed', () => {
    const headings = seed.text.match(/時点の現況値/g)!.length;
    const nodesWithBaselines = [...byId.values()].filter((n) => n.indicators?.some((k) => k.baseline));
    expect(nodesWithBaselines.length).to.equal(headings);
    for (const n of nodesWithBaselines) {
      for (const k of n.indicators!.filter((i) => i.baseline)) {
        const b = k.baseline!;
        expect(seed.text, k.id).to.contain(b.label!);
        const y = /^(\d{4})年度末/.exec(b.label!);
        if (y) expect(b.fiscalYear, k.id).to.equal(Number(y[1]));
        else expect([b.label, b.fiscalYear, b.date], k.id).to.deep.equal(['令和3年9月時点', 2021, '2021-09']);
      }
    }
  });

  it('finds every indicator name, target and baseline (re-formatted as printed) on the seed line of that indicator', () => {
    let targets = 0;
    let baselines = 0;
    const check = (k: Indicator | IndicatorSeries, where: string[], id: string) => {
      const hit = (s: string) => where.some((l) => squash(l).includes(squash(s)));
      if (k.target) {
        const t = printed(k.target, k);
        expect(hit(t), `${id} target ${t}`).to.equal(true);
        if (k.target.value != null && k.target.text) expect(squash(k.target.text), id).to.contain(fmt(k.target.value, k.decimals));
        expect(k.target.fiscalYear, id).to.equal(2025);
        targets++;
      }
      if (k.baseline) {
        const b = printed(k.baseline, k);
        expect(hit(b), `${id} baseline ${b}`).to.equal(true);
        if (k.baseline.value != null && k.baseline.text) expect(squash(k.baseline.text), id).to.contain(fmt(k.baseline.value, k.decimals));
        baselines++;
      }
    };
    for (const n of byId.values()) {
      for (const k of n.indicators ?? []) {
        expect(k.id, n.id).to.match(new RegExp(`^${n.id}-k\\d+$`));
        const where = seed.lines.filter((l) => squash(l).includes(squash(k.name)));
        expect(where.length, `${k.id} ${k.name}`).to.be.greaterThan(0);
        check(k, where, k.id);
        for (const s of k.series ?? []) check(s, where, `${k.id}/${s.name}`);
      }
    }
    // 40 targets (numeric and qualitative); 39 baselines (37 indicators + the 小学校/中学校 series of 委託校数)
    expect(targets).to.equal(40);
    expect(baselines).to.equal(39);
  });

  it('keeps the printed numbers exactly (以下 → atMost, 以上 → atLeast, 約 → approximate, 70.0% → decimals 1)', () => {
    const ind = (id: string) => [...byId.values()].flatMap((n) => n.indicators ?? []).find((k) => k.id === id)!;
    const sc = ind('g3-i1-p2-k1');
    expect([sc.target!.value, sc.target!.comparator, sc.target!.note, sc.direction]).to.deep.equal([1350, 'atMost', '※2020年から10%減', 'decrease']);
    expect(seed.text).to.contain('1,350人以下 ※2020年から10%減');
    expect([sc.baseline!.fiscalYear, sc.baseline!.value]).to.deep.equal([2020, 1504]);
    const kyushoku = ind('g3-i2-p2-s1-k5');
    expect([kyushoku.target!.value, kyushoku.target!.approximate, kyushoku.unit]).to.deep.equal([502593, true, '千円']);
    expect(seed.text).to.contain('約502,593千円');
    const aichaku = ind('g3-i1-p1-k1');
    expect([aichaku.target!.value, aichaku.decimals, aichaku.unit]).to.deep.equal([70, 1, '%']);
    expect(seed.text).to.contain('・地域への愛着度 70.0%');
    const kohyo = ind('g3-i4-p1-k1');
    expect([kohyo.target!.value, kohyo.target!.comparator, kohyo.direction]).to.deep.equal([1, 'atLeast', 'increase']);
    expect(seed.text).to.contain('1回以上/年');
    const risk = ind('g3-i4-p7-k1');
    expect([risk.baseline!.fiscalYear, risk.baseline!.value, risk.baseline!.text]).to.deep.equal([2020, null, '※基準未設定']);
    // only 以下 and 以上 set a comparator or a direction
    const all = [...byId.values()].flatMap((n) => n.indicators ?? []);
    expect(all.filter((k) => k.target?.comparator).map((k) => k.id)).to.deep.equal(['g3-i1-p2-k1', 'g3-i4-p1-k1']);
    expect(all.filter((k) => k.direction).map((k) => k.id)).to.deep.equal(['g3-i1-p2-k1', 'g3-i4-p1-k1']);
    expect(seed.text.match(/以下(?!「)/g)!.length + seed.text.match(/以上\//g)!.length).to.equal(2);
  });

  it('has the SDGs codes exactly as printed, on the plans whose sheets print them', () => {
    expect(seed.sdgsBlocks).to.deep.equal([
      ['3.4', '3.6', '5.2', '11.3', '13.1', '13.3', '16.1', '16.2', '17.17'],
      ['11.7', '11.b', '13.3', '17.14', '17.17'],
    ]);
    const withSdgs = [...byId.values()].filter((n) => n.sdgs);
    expect(withSdgs.map((n) => n.sdgs)).to.deep.equal(seed.sdgsBlocks);
    // the first block is printed on the sheet of ①協働のまちづくりの推進, the second after a PFI sheet heading
    const first = seed.sheets.find((s) => s.body.includes('3.4/3.6/5.2'))!;
    expect(withSdgs[0]!.title).to.equal(first.title);
    const second = seed.sheets.find((s) => s.body.includes('11.7/11.b'))!;
    expect(withSdgs[1]!.title).to.equal(second.title); // heading + SDGs come before the next (PFI) sheet's body
    expect(seed.text.indexOf('11.7/11.b')).to.be.lessThan(seed.text.indexOf('郡山市更生園'));
    expect(withSdgs[1]!.title).to.equal('PFIの効果的な活用');
  });

  it('reads the 5レス marks exactly where the ○ row is tab-aligned under its header (at least three plans)', () => {
    let checked = 0;
    for (const p of plans) {
      const body = sheetsOf(p)[0]!.body.split('\n');
      const h = body.findIndex((l) => l.includes('カウンター\tキャッシュ\tペーパー\tファイル\tムーブ'));
      const head = body[h]!.split('\t');
      const row = (body[h + 1] ?? '').split('\t');
      let marks: string[] | undefined;
      if (head.length === 5 && row.length === 5 && row.every((c) => c === '○' || c === '')) marks = row; // header on its own line
      else if (head[6] === '情報公開' && row.length === head.length && row[6] === '') marks = row.slice(1, 6); // inline, aligned
      if (!marks) continue;
      const expected = Object.fromEntries(FIVE_KEYS.map((k, i) => [k, marks![i] === '○'])) as FiveLess;
      expect(p.fiveLess, p.id).to.deep.equal(expected);
      checked++;
    }
    expect(checked).to.equal(5);
    expect(planByTitle('協働のまちづくりの推進').fiveLess).to.deep.equal({ counter: true, cash: false, paper: true, file: false, move: true });
    expect(planByTitle('広聴機能・市民参画機会の充実').fiveLess).to.deep.equal({ counter: true, cash: false, paper: true, file: false, move: false });
    expect(planByTitle('連携中枢都市圏構想の推進').fiveLess).to.deep.equal({ counter: false, cash: false, paper: true, file: true, move: true });
    expect(planByTitle('市政情報の発信').fiveLess).to.deep.equal({ counter: false, cash: false, paper: true, file: true, move: true });
    expect(planByTitle('リスクマネジメントの強化').fiveLess).to.deep.equal({ counter: false, cash: false, paper: false, file: false, move: true });
  });

  it('leaves 5レス unknown where the ○ row is missing or its ○ cannot be placed, with a 転記 note', () => {
    const unknown = plans.filter((p) => {
      const body = sheetsOf(p)[0]!.body.split('\n');
      const h = body.findIndex((l) => l.includes('カウンター\tキャッシュ\tペーパー\tファイル\tムーブ'));
      const next = body.slice(h + 1).find((l) => l.trim()) ?? '';
      return body[h]!.includes('ムーブ\t○') || (!body[h]!.includes('<table') && !next.includes('○'));
    });
    expect(unknown.map((p) => p.title)).to.deep.equal(['業務委託の効果的な活用', 'PFIの効果的な活用', '行財政改革に関する情報公開', '行政手続制度の適正な運用']);
    for (const p of unknown) {
      expect(p.fiveLess, p.id).to.equal(undefined);
      expect(doc.notes!.some((n) => n.startsWith(`転記: ${p.id}:`) && n.includes('5レス')), p.id).to.equal(true);
    }
    // a lone ○ between ムーブ and 市ウェブサイト: move and cityWebsite unknown, the clearly empty columns false
    for (const t of ['多様な主体との連携', '市を補完する外郭団体の健全な運営支援']) {
      const p = planByTitle(t);
      expect(p.fiveLess, p.id).to.deep.equal({ counter: false, cash: false, paper: false, file: false });
      expect(p.disclosure!.cityWebsite, p.id).to.equal(undefined);
      expect(sheetsOf(p)[0]!.body.split('\n').find((l) => /^\t+○\t/.test(l))!.split('\t').indexOf('○'), p.id).to.equal(6);
    }
    // the HTML 5レス table of 内部監査 has five empty cells under its five headers
    const naibu = planByTitle('監査機能の充実強化（内部監査）');
    expect(sheetsOf(naibu)[0]!.body).to.contain('<tr> <td> </td> <td> </td> <td> </td> <td> </td> <td> </td> </tr>');
    expect(naibu.fiveLess).to.deep.equal({ counter: false, cash: false, paper: false, file: false, move: false });
  });

  it('lists the 市ウェブページ titles printed on each sheet (one per ・ bullet), without URLs', () => {
    let pages = 0;
    for (const p of plans) {
      const cell = pageCell(sheetsOf(p)[0]!.body);
      const bullets = (cell.match(/(^|\s)・/g) ?? []).length || (cell.trim() ? 1 : 0);
      expect((p.disclosure?.pages ?? []).length, `${p.id} ${cell}`).to.equal(bullets);
      for (const w of p.disclosure?.pages ?? []) {
        expect(squash(cell), `${p.id} ${w.title}`).to.contain(squash(w.title));
        expect(w, p.id).to.not.have.key('url');
        pages++;
      }
      // a page cell ending in など keeps that word in the node's notes
      if (/など\s*$/.test(cell)) expect(p.notes!.join(''), p.id).to.contain(cell.replace(/\s+/g, ' ').trim().replace(/^・\s*/, ''));
      const body = squash(sheetsOf(p)[0]!.body);
      if (p.disclosure?.otherText) for (const part of p.disclosure.otherText.split('・')) expect(body, p.id).to.contain(squash(part));
    }
    expect(pages).to.equal(17);
    expect(planByTitle('協働のまちづくりの推進').disclosure).to.deep.equal({
      cityWebsite: true,
      other: false,
      pages: [{ title: '市民協働のまちづくり' }],
    });
    expect(planByTitle('市政情報の発信').disclosure!.cityWebsite).to.equal(true);
    expect(planByTitle('行政手続制度の適正な運用').disclosure!.cityWebsite).to.equal(true);
  });

  it('has every action-plan row of the seed tables, in order, with each cell in the year column it is printed in', () => {
    // line-layout sheet ① prints items and texts on alternate lines after the year headings
    const p1 = planByTitle('協働のまちづくりの推進');
    const from = seed.lines.indexOf('2025年度(令和7年度)');
    const l1 = seed.lines.slice(from + 1, seed.lines.findIndex((l, i) => i > from && l.startsWith('- '))).filter((l) => l.trim());
    expect(p1.actionPlan!.rows.flatMap((r) => [r.item, ...r.cells.map((c) => c.text)])).to.deep.equal(l1);

    const docRows = plans
      .filter((p) => p !== p1)
      .flatMap((p) => [p, ...(p.children ?? [])])
      .flatMap((n) => n.actionPlan?.rows ?? []);
    expect(seed.tableRows.length).to.equal(52);
    expect(docRows.map((r) => r.item)).to.deep.equal(seed.tableRows.map((r) => r.item));
    docRows.forEach((r, i) => {
      const seedRow = seed.tableRows[i]!;
      const printedCells = seedRow.lines.flatMap((line, li) => line.map((c, ci) => ({ ...c, li, next: line[ci + 1]?.year })));
      let k = 0;
      for (const cell of r.cells as ActionPlanCell[]) {
        // a cell may have been split over two year columns by the extraction: consume until the text matches
        const first = printedCells[k]!;
        let joined = first.text.replace(ARROW, '');
        let last = first;
        k++;
        while (k < printedCells.length && squash(joined) !== squash(cell.text) && squash(cell.text).startsWith(squash(joined))) {
          last = printedCells[k]!;
          joined += last.text.replace(ARROW, '');
          k++;
        }
        expect(squash(joined), `${r.item}: ${cell.text}`).to.equal(squash(cell.text));
        expect(cell.start, `${r.item}: ${cell.text}`).to.equal(first.year);
        // a span never runs into the next cell printed on the same line
        if (last.next) expect(cell.end ?? cell.start, `${r.item}: ${cell.text}`).to.be.lessThan(last.next);
        const arrow = /[➔→]/.test(first.text) || /[➔→]/.test(last.text);
        expect(cell.continues === true, `${r.item}: ${cell.text} arrow`).to.equal(arrow);
      }
      expect(k, `${r.item}: every printed cell used`).to.equal(printedCells.length);
    });
  });

  it('uses only the levels of the scheme, at the right depth, with unique ASCII ids', () => {
    const ids = new Set<string>();
    const levelAt = ['goal', 'initiative', 'plan', 'project'];
    walk(doc.nodes, (n, depth) => {
      expect(n.level, n.id).to.equal(levelAt[depth]);
      expect(ids.has(n.id), n.id).to.equal(false);
      ids.add(n.id);
      for (const k of n.indicators ?? []) {
        expect(ids.has(k.id), k.id).to.equal(false);
        ids.add(k.id);
      }
    });
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
  });

  it('records a 転記 note for each node whose marks or spans were decided from context', () => {
    for (const id of ['g3-i1-p1', 'g3-i1-p2', 'g3-i2-p1', 'g3-i2-p2', 'g3-i2-p3', 'g3-i2-p4', 'g3-i2-p5', 'g3-i3-p1', 'g3-i4-p1', 'g3-i4-p3', 'g3-i4-p4', 'g3-i4-p5', 'g3-i4-p6', 'g3-i4-p7', 'g3-i2-p2-s2', 'g3-i2-p3-s6']) {
      expect(doc.notes!.some((n) => n.startsWith(`転記: ${id}:`)), id).to.equal(true);
    }
  });
});
