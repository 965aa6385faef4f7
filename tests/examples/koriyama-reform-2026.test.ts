import { sourceText } from './source-text.js';
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../data-schema/index.js';
import type { MierukaDocument, PlanNode } from '../../data-schema/index.js';

const SEED = '/data-schema/sources/koriyama/001_413f5a279a7b76a8.txt';
const DOC = '/data-schema/examples/koriyama-reform-2026.json';
const MARKS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const MARK_RE = new RegExp(`[${MARKS}]`, 'g');

/** PDF extraction breaks titles with spaces; compare with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface SeedInitiative { number: string; title: string; lines: string[] }
interface SeedGoal { number: string; title: string; lines: string[]; total: number; initiatives: SeedInitiative[] }
interface Seed { text: string; lines: string[]; goals: SeedGoal[]; grandTotal: number }

/** Splits the seed text into goals (up to their "計 N計画" line) and initiatives, by its own headings. */
function parseSeed(text: string): Seed {
  const lines = text.split('\n');
  const goals: SeedGoal[] = [];
  let grandTotal = NaN;
  for (const line of lines) {
    const t = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^重点推進目標 (\d+) (.+)$/.exec(t))) {
      goals.push({ number: m[1]!, title: m[2]!, lines: [], total: NaN, initiatives: [] });
    } else if ((m = /^取組事項 (\d+) (.+)$/.exec(t))) {
      goals.at(-1)!.initiatives.push({ number: m[1]!, title: m[2]!, lines: [] });
    } else if ((m = /^計 (\d+)計画$/.exec(t))) {
      goals.at(-1)!.total = Number(m[1]);
    } else if ((m = /^合計 (\d+)計画$/.exec(t))) {
      grandTotal = Number(m[1]);
    } else if (t && goals.length && Number.isNaN(goals.at(-1)!.total)) {
      goals.at(-1)!.lines.push(line);
      goals.at(-1)!.initiatives.at(-1)!.lines.push(line);
    }
  }
  return { text, lines, goals, grandTotal };
}

/** The seed lines of one plan: the line with its number and the line(s) with its title (⑤ of g2-i2 spans two). */
function planLines(ini: SeedInitiative, plan: PlanNode): string[] {
  return ini.lines.filter((l) => l.includes(plan.number!) || squash(l).includes(squash(plan.title)));
}
const leftCell = (l: string) => l.split('\t')[0]!;
const deptCell = (l: string) => l.split('\t').slice(1).join(' ');

const walk = (nodes: PlanNode[] | undefined, f: (n: PlanNode, depth: number) => void, depth = 0): void =>
  nodes?.forEach((n) => {
    f(n, depth);
    walk(n.children, f, depth + 1);
  });

describe('example koriyama-reform-2026 (seed 001, 実施計画体系図)', () => {
  let seed: Seed;
  let doc: MierukaDocument;
  const plansOf = (g: PlanNode) => g.children!.flatMap((i) => i.children!);

  before(async () => {
    seed = parseSeed(await sourceText(SEED));
    doc = (await (await fetch(DOC)).json()) as MierukaDocument;
  });

  it('validates against the schema with zero problems and zero warnings', () => {
    const r = validateDocument(doc);
    expect(r.warnings, JSON.stringify(r.warnings)).to.deep.equal([]);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problems)).to.equal(true);
  });

  it('carries the title as printed, the four levels, no invented period or asOf', () => {
    const firstLine = seed.lines.map((l) => l.trim()).find((l) => l)!;
    expect(doc.title).to.equal(firstLine);
    expect(doc.sources!.map((s) => s.title)).to.deep.equal([firstLine]);
    expect(doc.sources![0]).to.not.have.any.keys('publisher', 'date');
    expect(doc.municipality).to.equal('郡山市');
    expect(doc.kind).to.equal('plan');
    expect(doc).to.not.have.any.keys('period', 'asOf');
    expect(doc.levels.map((l) => l.id)).to.deep.equal(['goal', 'initiative', 'plan', 'project']);
    for (const l of doc.levels.slice(0, 3)) expect(seed.text).to.contain(l.name);
    expect(doc.levels[2]!.counter).to.equal('計画');
    // the seed prints "計 19計画": the plan level's counter word is the seed's own
    expect(seed.text).to.match(new RegExp(`計 \\d+${doc.levels[2]!.counter}`));
    // the sub-project level is not named in the seed: a 転記 note must say so
    expect(doc.notes!.some((n) => n.startsWith('転記: ') && n.includes('project') && n.includes('名付けていません'))).to.equal(true);
  });

  it('has one goal per 重点推進目標 heading, with number and title as printed', () => {
    expect(seed.goals.length).to.equal(3);
    expect(doc.nodes.map((g) => [g.id, g.level, g.number, g.title])).to.deep.equal(
      seed.goals.map((g, i) => [`g${i + 1}`, 'goal', g.number, g.title]),
    );
  });

  it('has per goal as many plans as its "計 N計画" line says (19/20/18), 57 in all as "合計 57計画"', () => {
    expect(seed.goals.map((g) => g.total)).to.deep.equal([19, 20, 18]);
    expect(seed.grandTotal).to.equal(57);
    expect(doc.nodes.map((g) => plansOf(g).length)).to.deep.equal(seed.goals.map((g) => g.total));
    expect(doc.nodes.reduce((s, g) => s + plansOf(g).length, 0)).to.equal(seed.grandTotal);
    let plans = 0;
    walk(doc.nodes, (n) => (plans += n.level === 'plan' ? 1 : 0));
    expect(plans).to.equal(seed.grandTotal);
  });

  it('has one initiative per 取組事項 heading (11), with number and title as printed', () => {
    expect(seed.goals.reduce((s, g) => s + g.initiatives.length, 0)).to.equal(11);
    doc.nodes.forEach((g, gi) => {
      expect(g.children!.map((i) => [i.id, i.level, i.number, i.title])).to.deep.equal(
        seed.goals[gi]!.initiatives.map((i, k) => [`${g.id}-i${k + 1}`, 'initiative', i.number, i.title]),
      );
    });
  });

  it('has under each initiative exactly the ①②③… markers of the seed, in order, as plan numbers', () => {
    doc.nodes.forEach((g, gi) =>
      g.children!.forEach((ini, ii) => {
        const markers = seed.goals[gi]!.initiatives[ii]!.lines.join('\n').match(MARK_RE) ?? [];
        expect(ini.children!.length, ini.id).to.equal(markers.length);
        expect(ini.children!.map((p) => p.number), ini.id).to.deep.equal(markers);
        ini.children!.forEach((p, pi) => {
          expect(p.id).to.equal(`${ini.id}-p${pi + 1}`);
          expect(p.level).to.equal('plan');
        });
      }),
    );
  });

  it('finds every plan title on its own seed line(s), next to its number', () => {
    doc.nodes.forEach((g, gi) =>
      g.children!.forEach((ini, ii) => {
        const sIni = seed.goals[gi]!.initiatives[ii]!;
        for (const p of ini.children!) {
          const titleLines = sIni.lines.filter((l) => squash(leftCell(l)).includes(squash(p.title)));
          const markLines = sIni.lines.filter((l) => l.includes(p.number!));
          expect(titleLines.length, `${p.id} ${p.title}`).to.be.greaterThan(0);
          expect(markLines.length, p.id).to.equal(1);
          const ti = sIni.lines.indexOf(titleLines.find((l) => Math.abs(sIni.lines.indexOf(l) - sIni.lines.indexOf(markLines[0]!)) <= 1)!);
          expect(ti, `${p.id}: title and number on the same or adjacent lines`).to.be.greaterThan(-1);
        }
      }),
    );
  });

  it('lists every 所管課 of a plan as printed on its line(s), in order (「等」 dropped, kept in a note)', () => {
    let checked = 0;
    doc.nodes.forEach((g, gi) =>
      g.children!.forEach((ini, ii) => {
        const sIni = seed.goals[gi]!.initiatives[ii]!;
        for (const p of ini.children!) {
          const cell = planLines(sIni, p).map(deptCell).join(' ');
          const printed = cell.split(/[\s、]+/).filter((n) => n);
          const names = p.departments!.map((d) => d.name);
          for (const n of names) expect(cell, `${p.id} ${n}`).to.contain(n);
          expect(names, p.id).to.deep.equal(printed.filter((n) => n !== '等'));
          if (printed.includes('等')) expect(p.notes!.join(''), p.id).to.contain(cell.trim());
          checked += names.length;
        }
      }),
    );
    expect(checked).to.be.greaterThan(57);
  });

  it('keeps the multi-department plans with every department in printed order', () => {
    const byId = new Map<string, PlanNode>();
    walk(doc.nodes, (n) => byId.set(n.id, n));
    const names = (id: string) => byId.get(id)!.departments!.map((d) => d.name);
    expect(names('g1-i3-p1')).to.deep.equal(['DX戦略課', '生涯学習課', '中央公民館', '健康長寿課']);
    expect(names('g2-i2-p6')).to.deep.equal(['公有資産マネジメント課']);
    expect(names('g2-i3-p6')).to.deep.equal(['水道整備課', '水道保全課']);
    expect(names('g2-i3-p8')).to.deep.equal(['総務法務課', '公有資産マネジメント課', '環境政策課', '道路保全課', '公園緑地課']);
    expect(names('g3-i2-p3')).to.deep.equal(['公有資産マネジメント課', '文化振興課', '資源循環課', '公園緑地課', '公園緑地課', '学校管理課']);
    // departments stay on the plan: the seed does not say which sub-project each belongs to
    walk(doc.nodes, (n) => {
      if (n.level === 'project') expect(n.departments, n.id).to.equal(undefined);
    });
  });

  it('has the bracketed sub-projects (and the unbracketed ones of g2-i3-p8) as children of their plan', () => {
    let projects = 0;
    doc.nodes.forEach((g, gi) =>
      g.children!.forEach((ini, ii) => {
        const sIni = seed.goals[gi]!.initiatives[ii]!;
        for (const p of ini.children!) {
          const left = planLines(sIni, p).map(leftCell).join(' ');
          const subs = p.children ?? [];
          // a sub-project is a bracket group set off by a space; "(内部監査)" glued to a title is part of the title
          const groups = (left.match(/(^|\s)\(/g) ?? []).length;
          if (p.id === 'g2-i3-p8') {
            expect(groups).to.equal(0);
            expect(squash(left)).to.equal(squash(p.number! + p.title + subs.map((s) => s.title).join('')));
          } else {
            expect(subs.length, p.id).to.equal(groups);
          }
          subs.forEach((s, si) => {
            expect(s.id).to.equal(`${p.id}-s${si + 1}`);
            expect(s.level).to.equal('project');
            expect(s.children, s.id).to.equal(undefined);
            expect(left, s.id).to.contain(p.id === 'g2-i3-p8' ? s.title : `(${s.title})`);
          });
          projects += subs.length;
        }
      }),
    );
    expect(projects).to.equal(3 + 2 + 5 + 2 + 5);
  });

  it('reads the tricky lines as the seed means them', () => {
    const byId = new Map<string, PlanNode>();
    walk(doc.nodes, (n) => byId.set(n.id, n));
    // number printed after the title
    expect(seed.text).to.contain(`${byId.get('g1-i3-p1')!.title} ① (`);
    expect(byId.get('g1-i3-p1')!.number).to.equal('①');
    // ⑤ split over two lines: title and department on one, number and sub-projects on the next
    const p5 = byId.get('g2-i2-p5')!;
    const at = seed.lines.findIndex((l) => l.startsWith(p5.title));
    expect(seed.lines[at]).to.contain(`\t${p5.departments![0]!.name}`);
    expect(seed.lines[at + 1]!.startsWith('⑤ (')).to.equal(true);
    expect(p5.children!.map((s) => s.title)).to.deep.equal(['ふるさと納税(こおりやま応援寄附金)', '企業版ふるさと納税(地方創生応援寄附金)']);
    // the title broken by PDF line wraps is joined
    expect(byId.get('g1-i4-p5')!.title).to.equal('ワーク・ライフ・バランス及び柔軟なワークスタイルの推進による働きやすい職場の実現');
    // each decision about a tricky node is recorded as a 転記 note
    for (const id of ['g1-i3-p1', 'g1-i4-p5', 'g2-i2-p5', 'g2-i2-p6', 'g2-i3-p6', 'g2-i3-p8', 'g3-i2-p3', 'g3-i4-p3']) {
      expect(doc.notes!.some((n) => n.startsWith('転記: ') && n.includes(id)), id).to.equal(true);
    }
  });

  it('uses only the levels of the scheme, at the right depth, with unique ASCII ids', () => {
    const ids = new Set<string>();
    const levelAt = ['goal', 'initiative', 'plan', 'project'];
    walk(doc.nodes, (n, depth) => {
      expect(n.level, n.id).to.equal(levelAt[depth]);
      expect(n.id).to.match(/^g\d(-i\d+(-p\d+(-s\d+)?)?)?$/);
      expect(ids.has(n.id), n.id).to.equal(false);
      ids.add(n.id);
      expect(seed.text.length).to.be.greaterThan(0);
      expect(squash(seed.text), n.id).to.contain(squash(n.title));
    });
    expect(ids.size).to.equal(3 + 11 + 57 + 17);
  });
});
