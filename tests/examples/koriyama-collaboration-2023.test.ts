import { sourceText } from './source-text.js';
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../data-schema/index.js';
import type { Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode, Target } from '../../data-schema/index.js';

const SEED = '/data-schema/sources/koriyama/002_68c792b44f61db43.txt';
const DOC = '/data-schema/examples/koriyama-collaboration-2023.json';

/** Whitespace collapsed to one space, trimmed. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Whitespace removed: for cells whose spacing differs from table to table ("276 人" / "276人"). */
const squash = (s: string): string => s.replace(/\s+/g, '');
/** A cell as the document keeps it: PDF-extraction HTML tags dropped, whitespace collapsed. */
const cleanCell = (s: string): string => norm(s.replace(/<[^>]*>/g, ' '));
/** A number re-formatted as the seed prints it: 1283 → "1,283", 70 with 1 decimal → "70.0". */
const fmt = (v: number, decimals = 0): string =>
  v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

interface IndicatorTable {
  header: string[];
  years: (number | null)[];
  /** Each row's cells; sub-rows (小6 / 中3) have an empty first cell. */
  rows: string[][];
}

let seed = '';
let lines: string[] = [];
let doc: MierukaDocument;
let policies: PlanNode[] = [];
let projects: PlanNode[] = [];

/** The 基本指標 tables in seed order (the first header cell is 基本指標項目; the 全体指標 table comes last). */
function tables(first: string): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith(first + '\t')) return;
    const years = lines[i + 1]!.split('\t').map((c) => (/\d{4}/.test(c) ? Number(/\d{4}/.exec(c)![0]) : null));
    const rows: string[][] = [];
    for (let k = i + 2; k < lines.length && lines[k]!.trim() !== ''; k++) rows.push(lines[k]!.split('\t'));
    out.push({ header: line.split('\t'), years, rows });
  });
  return out;
}

/** Groups a table's rows into indicators: a row plus the sub-rows that follow it. */
function indicatorRows(t: IndicatorTable): string[][][] {
  const groups: string[][][] = [];
  for (const row of t.rows) {
    if (row[0]!.trim() === '') groups[groups.length - 1]!.push(row);
    else groups.push([row]);
  }
  return groups;
}

const printedName = (cell: string) => norm(cell.replace('【追加】', ''));

/** The printed value cell the document should reproduce: "1,141g 1,215g", "71.2%", "—". */
function expectedCell(v: { value: number | null; text?: string | undefined; restated?: { value: number | null }[] | undefined }, unit: string, decimals: number): string {
  if (v.value === null) return '—';
  const parts = [v.text ?? fmt(v.value, decimals) + unit, ...(v.restated ?? []).map((r) => (r.value === null ? '—' : fmt(r.value, decimals) + unit))];
  return squash(parts.join(''));
}

/** Checks observations, target and trend of one series (an indicator or a 小6/中3 sub-row) against its seed row. */
function checkRow(id: string, row: string[], t: IndicatorTable, s: { observations?: Observation[] | undefined; target?: Target | undefined; unit?: string | undefined; decimals?: number | undefined }) {
  const progress = t.header.findIndex((h) => h.startsWith('進捗状況'));
  const goal = t.header.indexOf('目標値');
  const unit = s.unit ?? '';
  const decimals = s.decimals ?? 0;
  const observations = s.observations ?? [];
  for (let c = 2; c < progress; c++) {
    const year = t.years[c]!;
    const cell = squash((row[c] ?? '').replace(/\((小6|中3)\)/, ''));
    const o = observations.find((x) => x.fiscalYear === year);
    if (cell === '') {
      expect(o, `${id} ${year}: no value printed`).to.equal(undefined);
      continue;
    }
    expect(o, `${id} ${year}: printed "${cell}"`).to.not.equal(undefined);
    expect(expectedCell(o!, unit, decimals), `${id} ${year}`).to.equal(cell);
    if (c <= 4) expect(o!.label, `${id} ${year} label`).to.equal(t.header[c]);
  }
  expect(observations.every((o) => t.years.slice(2, progress).includes(o.fiscalYear)), `${id}: every observation has a column`).to.equal(true);
  expect(s.target, `${id} target`).to.not.equal(undefined);
  expect(s.target!.fiscalYear, `${id} target year`).to.equal(t.years[goal]);
  expect(expectedCell({ value: s.target!.value ?? null, restated: s.target!.restated }, unit, decimals), `${id} target`).to.equal(squash(row[goal]!));
}

before(async () => {
  seed = await sourceText(SEED);
  lines = seed.split('\n');
  doc = (await (await fetch(DOC)).json()) as MierukaDocument;
  policies = doc.nodes;
  projects = policies.flatMap((p) => p.children ?? []);
});

describe('example: 第二次郡山市協働推進基本計画 2023年度実施報告 (seed 002)', () => {
  it('validates against the schema with no problems and no warnings', () => {
    const result = validateDocument(doc);
    if (!result.ok) expect(result.problems, JSON.stringify(result.problems.slice(0, 5))).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('names the report, its period and its 市民意識調査 as printed', () => {
    expect(norm(seed)).to.contain(doc.title.replace('2023年度', '2023 年度'));
    expect(doc.period).to.deep.equal({ start: 2018, end: 2025 });
    expect(seed).to.contain('2018(平成30)年度から2025(令和7)年度までの8年間');
    const survey = doc.sources!.find((s) => s.id === 'citizen-survey')!;
    for (const part of survey.description!.split(' ・')) expect(norm(seed), part).to.contain(norm(part.replace(/^・/, '')));
    expect(doc.indicators!.every((i) => i.source === 'citizen-survey')).to.equal(true);
  });

  it('has the 7 基本施策 of the summary table, in order, with their 重点項目 and 目標値との比較 arrow', () => {
    const rows = lines.map((l) => /^基本施策(\d) (\S+)\t(.*)\t([↑→↓↗↘])$/.exec(l)).filter((m) => m !== null);
    expect(rows).to.have.length(7);
    expect(policies).to.have.length(7);
    expect(policies.every((p) => p.level === 'policy')).to.equal(true);
    rows.forEach((m, i) => {
      const p = policies[i]!;
      expect(p.number).to.equal(m[1]);
      expect(p.title).to.equal(m[2]);
      expect(p.assessments).to.deep.equal([{ scale: 'progress', value: m[4], fiscalYear: 2023, text: p.assessments![0]!.text }]);
      const printed = m[3]!.split(/(?=[①②③④⑤])/).map(norm);
      expect(p.focusAreas!.map((f) => `${f.number}${f.text}`)).to.deep.equal(printed);
    });
    // The project list heads each group with ◆基本施策N: seven groups as well.
    expect(seed.match(/^◆基本施策\s*\d/gm)).to.have.length(7);
  });

  it('carries each 基本施策\'s ◇ summary sentence as printed', () => {
    for (const p of policies) {
      for (const sentence of p.assessments![0]!.text!.split(/(?<=。) /)) expect(seed, `${p.id}`).to.contain(sentence);
    }
  });

  it('has as many 基本指標 per 基本施策 as the seed has rows, and as its "基本指標N項目" sentences say', () => {
    const ts = tables('基本指標項目');
    expect(ts).to.have.length(7);
    const fromRows = ts.map((t) => indicatorRows(t).length);
    const fromSentences = [...seed.matchAll(/基本指標\s*(\d+)\s*項目/g)].map((m) => Number(m[1]));
    expect(fromSentences).to.deep.equal(fromRows);
    expect(policies.map((p) => p.indicators?.length ?? 0)).to.deep.equal(fromRows);
    expect(fromRows.reduce((a, b) => a + b, 0)).to.equal(36);
  });

  it('transcribes every 基本指標 cell: names, 【追加】, observations, targets, arrows, 説明, 担当所属', () => {
    const ts = tables('基本指標項目');
    policies.forEach((p, pi) => {
      const t = ts[pi]!;
      const progress = t.header.indexOf('進捗状況');
      const goal = t.header.indexOf('目標値');
      indicatorRows(t).forEach((rows, k) => {
        const ind: Indicator = p.indicators![k]!;
        const row = rows[0]!;
        expect(ind.id).to.equal(`${p.id}-k${k + 1}`);
        expect(ind.name, ind.id).to.equal(printedName(row[0]!));
        expect(ind.addedAtReview ?? false, `${ind.id} 【追加】`).to.equal(row[0]!.includes('【追加】'));
        expect(ind.description, ind.id).to.equal(norm(row[1]!));
        expect(ind.explanation, ind.id).to.equal(norm(row[goal + 1]!));
        const arrow = row[progress]!.trim();
        expect(ind.trend?.value, `${ind.id} arrow`).to.equal(arrow === '' ? undefined : arrow);
        for (const d of ind.departments!) expect(row[goal + 2], `${ind.id} department`).to.contain(d.name);
        if (rows.length > 1) {
          expect(ind.observations, `${ind.id} keeps its values in series`).to.equal(undefined);
          expect(ind.series!.map((s) => s.name)).to.deep.equal(rows.map((r) => /\((小6|中3)\)/.exec(r[2]!)![1]));
          rows.forEach((r, si) => {
            const s: IndicatorSeries = ind.series![si]!;
            checkRow(`${ind.id}/${s.name}`, r, t, { ...s, unit: s.unit ?? ind.unit, decimals: s.decimals ?? ind.decimals });
          });
        } else {
          checkRow(ind.id, row, t, ind);
        }
      });
    });
  });

  it('re-formats sample values as printed on their indicator\'s seed line (1283 → "1,283")', () => {
    const all = new Map([...policies.flatMap((p) => p.indicators ?? []), ...doc.indicators!].map((i) => [i.id, i]));
    const lineOf = (id: string) => lines.find((l) => printedName(l.split('\t')[0]!) === all.get(id)!.name)!;
    const obs = (id: string, year: number) => all.get(id)!.observations!.find((o) => o.fiscalYear === year)!;
    expect(obs('p2-k2', 2023).value).to.equal(1283);
    expect(lineOf('p2-k2')).to.contain(fmt(1283) + ' 人');
    expect(obs('p3-k2', 2023).value).to.equal(17652);
    expect(lineOf('p3-k2')).to.contain('17,652人');
    expect(all.get('p3-k2')!.target).to.include({ value: 21973 });
    expect(all.get('p3-k2')!.target!.restated![0]!.value).to.equal(22000);
    expect(lineOf('p3-k2')).to.contain(`${fmt(21973)}人 ${fmt(22000)}人`);
    expect(obs('p4-k1', 2016).value).to.equal(63.2);
    expect(all.get('p4-k1')!.target!.value).to.equal(70);
    expect(lineOf('p4-k1')).to.contain(fmt(70, all.get('p4-k1')!.decimals) + '%');
    const waste = obs('p4-k5', 2016);
    expect([waste.value, waste.restated![0]!.value]).to.deep.equal([1141, 1215]);
    expect(lineOf('p4-k5')).to.contain(`${fmt(1141)}g ${fmt(1215)}g`);
    expect(obs('p4-k6', 2020)).to.include({ value: 10.91, text: '10.91%' });
    expect(lineOf('p4-k6')).to.contain(`10.91% ${fmt(10.1, 1)}%`);
    expect(obs('p5-k6', 2016).value).to.equal(16306);
    expect(lineOf('p5-k6')).to.contain(`${fmt(16306)}件`);
    expect(all.get('p5-k6')!.target!.value).to.equal(34000);
    expect(lineOf('p5-k6')).to.contain(`${fmt(34000)}件`);
    expect(obs('p7-k1', 2022).value).to.equal(30007);
    expect(lineOf('p7-k1')).to.contain(`${fmt(30007)}人`);
    expect(obs('overall-2', 2022).value).to.equal(69);
    expect(lineOf('overall-2')).to.contain(fmt(69, all.get('overall-2')!.decimals) + '点');
    expect(obs('p5-k5', 2024).value).to.equal(null);
  });

  it('leaves out arrows where the seed prints none (基本施策4, 全体指標)', () => {
    expect(policies[3]!.indicators!.every((i) => i.trend === undefined)).to.equal(true);
    expect(doc.indicators!.every((i) => i.trend === undefined)).to.equal(true);
  });

  it('has the 3 全体指標 with their printed values, labels and targets', () => {
    const [t] = tables('全体指標項目');
    expect(t!.rows).to.have.length(3);
    expect(seed).to.contain('全体指標3項目');
    expect(doc.indicators).to.have.length(3);
    t!.rows.forEach((row, k) => {
      const ind = doc.indicators![k]!;
      expect(ind.id).to.equal(`overall-${k + 1}`);
      expect(ind.name).to.equal(printedName(row[0]!));
      expect(ind.description).to.equal(norm(row[1]!));
      expect(ind.addedAtReview ?? false).to.equal(row[0]!.includes('【追加】'));
      checkRow(ind.id, row, t!, ind);
    });
  });

  it('lists 99 projects, numbered 1..99 exactly once each, under their ◆基本施策 heading', () => {
    expect(projects).to.have.length(99);
    expect(projects.every((p) => p.level === 'project')).to.equal(true);
    const numbers = projects.map((p) => Number(p.number)).sort((a, b) => a - b);
    expect(numbers).to.deep.equal(Array.from({ length: 99 }, (_, i) => i + 1));
    let policy = 0;
    const expected = new Map<string, string>();
    for (const line of lines) {
      const heading = /^◆基本施策\s*(\d)/.exec(line);
      if (heading) policy = Number(heading[1]);
      else if (/^\d+\t(継続|拡充|新規|再掲)\t/.test(line)) expected.set(line.split('\t')[0]!, `p${policy}-n${line.split('\t')[0]}`);
    }
    expect(expected.size).to.equal(99);
    for (const p of projects) expect(p.id).to.equal(expected.get(p.number!));
  });

  it('matches every project row of the seed: 区分, 事業名, 達成度 digit, 担当課, plan and result text', () => {
    const rows = lines.filter((l) => /^\d+\t(継続|拡充|新規|再掲)\t/.test(l)).map((l) => l.split('\t'));
    expect(rows).to.have.length(99);
    const byNumber = new Map(projects.map((p) => [p.number!, p]));
    const achievement = doc.scales!.find((s) => s.id === 'achievement')!;
    for (const row of rows) {
      const p = byNumber.get(row[0]!)!;
      expect(p, `No.${row[0]}`).to.not.equal(undefined);
      expect(p.category, `No.${row[0]} 区分`).to.equal(row[1]);
      expect(p.title, `No.${row[0]} 事業名`).to.equal(norm(row[2]!));
      const a = p.assessments![0]!;
      expect(a.scale).to.equal('achievement');
      expect(a.fiscalYear).to.equal(2023);
      expect(a.plan, `No.${row[0]} 事業計画`).to.equal(cleanCell(row[3]!));
      expect(a.result, `No.${row[0]} 取組状況`).to.equal(cleanCell(row[4]!));
      const digit = /^\s*(\d)/.exec(row[5]!)?.[1];
      expect(a.value, `No.${row[0]} 達成度`).to.equal(digit);
      // The wording printed after the digit is the scale level's label.
      const level = achievement.levels.find((l) => l.value === digit)!;
      if (level.label) expect(norm(row[5]!), `No.${row[0]} 達成度の文言`).to.contain(level.label);
      expect(p.departments!.map((d) => d.name), `No.${row[0]} 担当課`).to.deep.equal([norm(row[6]!)]);
      expect(p.sdgsNote ?? '', `No.${row[0]} SDGsの取り組み`).to.equal(norm(row[8] ?? ''));
    }
  });

  it('finds every SDGs code of a project in that project\'s SDGs cell, and notes any printed code it dropped', () => {
    const rows = new Map(lines.filter((l) => /^\d+\t(継続|拡充|新規|再掲)\t/.test(l)).map((l) => [l.split('\t')[0]!, l.split('\t')]));
    for (const p of projects) {
      const printed = rows.get(p.number!)![7]!.trim().split(/[\s/,、，]+/).filter(Boolean);
      for (const code of p.sdgs ?? []) expect(printed, `No.${p.number}`).to.include(code);
      for (const code of printed.filter((c) => !(p.sdgs ?? []).includes(c))) {
        expect((p.notes ?? []).join(' '), `No.${p.number} dropped ${code}`).to.contain(code);
      }
    }
    const codes = projects.flatMap((p) => p.sdgs ?? []);
    expect(codes.length).to.be.greaterThan(200);
  });

  it('points each 再掲 project that names its original at an earlier project', () => {
    const ids = new Set(projects.map((p) => p.id));
    for (const p of projects.filter((x) => x.category === '再掲')) {
      expect(p.assessments![0]!.plan, p.id).to.match(/施策\d再掲/);
      expect(ids.has(p.relistOf!), `${p.id} → ${p.relistOf}`).to.equal(true);
      expect(p.relistOf!.startsWith(`p${/施策(\d)再掲/.exec(p.assessments![0]!.plan!)![1]}-`), p.id).to.equal(true);
    }
  });

  it('defines the 進捗状況 and 達成度 scales with the seed\'s own wording', () => {
    const progress = doc.scales!.find((s) => s.id === 'progress')!;
    for (const l of progress.levels.filter((x) => x.description)) expect(seed).to.contain(`「${l.value}」 ${l.description}`);
    const used = new Set([...seed.matchAll(/\t([↑→↓↗↘])\t/g)].map((m) => m[1]!));
    for (const arrow of used) expect(progress.levels.map((l) => l.value), arrow).to.include(arrow);
    const achievement = doc.scales!.find((s) => s.id === 'achievement')!;
    for (const l of achievement.levels.filter((x) => x.label)) {
      expect(squash(seed).replace(/[（(]/g, '(').replace(/[）)]/g, ')'), l.value).to.contain(`${l.value}${l.label}(${l.description})`);
    }
    expect(achievement.levels.find((l) => l.value === '1')!.label, 'level 1 wording is not printed').to.equal(undefined);
    expect(seed).not.to.match(/\t1 [^\t]*実施/);
  });

  it('finds every node title, indicator name, focus area and department in the seed text', () => {
    const text = norm(seed);
    for (const p of policies) {
      expect(text, p.id).to.contain(p.title);
      for (const f of p.focusAreas ?? []) expect(text, `${p.id} ${f.number}`).to.contain(`${f.number}${f.text}`);
      for (const ind of p.indicators ?? []) {
        expect(text, ind.id).to.contain(ind.name);
        for (const d of ind.departments ?? []) expect(text, ind.id).to.contain(d.name);
      }
    }
    for (const p of projects) {
      expect(text, p.id).to.contain(p.title);
      for (const d of p.departments ?? []) expect(text, p.id).to.contain(d.name);
    }
    for (const ind of doc.indicators!) expect(text, ind.id).to.contain(ind.name);
  });

  it('records every transcription decision as a 転記 note', () => {
    const notes = doc.notes ?? [];
    const decisions = notes.filter((n) => n.startsWith('転記: '));
    expect(decisions.length).to.be.greaterThan(10);
    for (const topic of ['p1-k4', 'p3-k2', 'p4-k5', 'p4-k6', 'p4:', 'p5-k5', 'p5-k6', 'p7:', 'p3-n18', '基本方針', '↗']) {
      expect(decisions.some((n) => n.includes(topic)), topic).to.equal(true);
    }
  });
});
