/**
 * What changed between last year's document and this year's: values added, changed or removed,
 * per item and indicator, so a plan owner can check the yearly update before publishing it.
 */
import type { Indicator, IndicatorSeries, MierukaDocument, PlanNode } from '../../data-schema/index.js';
import type { Lang } from '../../data-schema/index.js';

export interface Change {
  kind: 'added' | 'changed' | 'removed';
  /** What: 「指標 i-1 市民活動の参加率（小6）2023年度」 */
  where: string;
  before?: string;
  after?: string;
}

const show = (v: unknown) => (v === undefined ? '' : v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function indicatorsOf(doc: MierukaDocument): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const i of doc.indicators ?? []) map.set(i.id, i);
  const walk = (nodes: PlanNode[] | undefined) =>
    nodes?.forEach((n) => {
      n.indicators?.forEach((i) => map.set(i.id, i));
      walk(n.children);
    });
  walk(doc.nodes);
  return map;
}

function nodesOf(doc: MierukaDocument): Map<string, PlanNode> {
  const map = new Map<string, PlanNode>();
  const walk = (nodes: PlanNode[] | undefined) => nodes?.forEach((n) => (map.set(n.id, n), walk(n.children)));
  walk(doc.nodes);
  return map;
}

/** Compares two keyed maps of shown values and records what was added, changed or removed. */
function compare(out: Change[], where: (key: string) => string, before: Map<string, unknown>, after: Map<string, unknown>) {
  for (const [k, v] of after) {
    if (!before.has(k)) out.push({ kind: 'added', where: where(k), after: show(v) });
    else if (show(before.get(k)) !== show(v)) out.push({ kind: 'changed', where: where(k), before: show(before.get(k)), after: show(v) });
  }
  for (const [k, v] of before) if (!after.has(k)) out.push({ kind: 'removed', where: where(k), before: show(v) });
}

function figures(s: Indicator | IndicatorSeries | undefined): Map<string, unknown> {
  const m = new Map<string, unknown>();
  if (!s) return m;
  for (const o of s.observations ?? []) m.set(`${o.fiscalYear}年度`, o.text ?? o.value);
  if (s.baseline) m.set('基準値', s.baseline.value);
  if (s.target) m.set('目標値', s.target.text ?? s.target.value);
  if (s.trend) m.set('進捗状況', s.trend.value);
  return m;
}

export function diffDocuments(before: MierukaDocument, after: MierukaDocument): Change[] {
  const out: Change[] = [];
  const oldNodes = nodesOf(before);
  const newNodes = nodesOf(after);
  for (const [id, n] of newNodes) {
    const o = oldNodes.get(id);
    if (!o) {
      out.push({ kind: 'added', where: `項目 ${id} ${n.title}` });
      continue;
    }
    const fields = (x: PlanNode) => new Map<string, unknown>(([
      ['名称', x.title], ['番号', x.number], ['区分', x.category], ['所管課', x.departments?.map((d) => d.name).join('、')],
      ...(x.assessments ?? []).map((a): [string, unknown] => [`評価 ${a.fiscalYear ?? (a.period ? `${a.period.start}–${a.period.end}` : '')}${a.departments ? ' ' + a.departments.map((d) => d.name).join('、') : ''}`.trim(), a.value ?? a.result ?? a.text]),
    ] as Array<[string, unknown]>).filter(([, v]) => v !== undefined));
    compare(out, (k) => `項目 ${id} ${n.title} ${k}`, fields(o), fields(n));
  }
  for (const [id, n] of oldNodes) if (!newNodes.has(id)) out.push({ kind: 'removed', where: `項目 ${id} ${n.title}` });

  const oldIndicators = indicatorsOf(before);
  for (const [id, ind] of indicatorsOf(after)) {
    const o = oldIndicators.get(id);
    if (!o) {
      out.push({ kind: 'added', where: `指標 ${id} ${ind.name}` });
      continue;
    }
    compare(out, (k) => `指標 ${id} ${ind.name} ${k}`, figures(o), figures(ind));
    for (const s of ind.series ?? []) compare(out, (k) => `指標 ${id} ${ind.name}（${s.name}）${k}`, figures(o.series?.find((x) => x.name === s.name)), figures(s));
  }
  for (const [id, ind] of oldIndicators) if (!indicatorsOf(after).has(id)) out.push({ kind: 'removed', where: `指標 ${id} ${ind.name}` });
  return out;
}

export function formatChange(c: Change, lang: Lang): string {
  const word = lang === 'ja' ? { added: '追加', changed: '変更', removed: '削除' }[c.kind] : c.kind;
  const values = c.kind === 'changed' ? `${c.before} → ${c.after}` : c.kind === 'added' ? (c.after ?? '') : (c.before ?? '');
  return `${word}: ${c.where}${values ? (lang === 'ja' ? '：' : ': ') + values : ''}`;
}
