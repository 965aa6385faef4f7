/**
 * The floors issue #22 divides by: what the same job costs written bare, with the same tools
 * (Lit + d3) or with a peer library (ECharts). Each is the simplest honest page for the job,
 * not a straw man: no validation, no accessibility beyond the table's own semantics.
 */
import { LitElement, css, html, svg } from 'lit';
import { arc, line } from 'd3-shape';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import type { MierukaDocument, PlanNode } from '../data-schema/index.js';

echarts.use([GaugeChart, SVGRenderer]);

// ---- 200 gauges ----

const gaugeArc = arc();

/** A bare Lit + d3 arc gauge: one path and one text. */
export class BareGauge extends LitElement {
  static override properties = { value: { type: Number } };
  static override styles = css`:host { display: inline-block; }`;
  declare value: number;
  constructor() {
    super();
    this.value = 0;
  }
  override render() {
    const d = gaugeArc({ innerRadius: 40, outerRadius: 50, startAngle: -Math.PI / 2, endAngle: -Math.PI / 2 + (Math.PI * Math.min(100, this.value)) / 100 }) ?? '';
    return html`<svg viewBox="-60 -55 120 65" width="120" height="65"><path d=${d} fill="currentColor"></path><text text-anchor="middle" y="0">${this.value}%</text></svg>`;
  }
}
customElements.define('bare-gauge', BareGauge);

/** The values the bare gauges show (the same spread as before the ECharts floor existed). */
export const gaugeValues = (n: number) => Array.from({ length: n }, (_, i) => (i * 37) % 100);

/**
 * One ECharts instance per gauge, as a page of ECharts gauges is written: one gauge series each,
 * the SVG renderer, no animation (so that its first frame is its full frame, as ours is).
 */
export function echartsGauges(parent: HTMLElement, values: number[]): echarts.ECharts[] {
  return values.map((value) => {
    const box = document.createElement('div');
    box.style.cssText = 'display:inline-block;width:160px;height:120px';
    parent.append(box);
    const chart = echarts.init(box, null, { renderer: 'svg', width: 160, height: 120 });
    chart.setOption({
      animation: false,
      series: [{ type: 'gauge', min: 0, max: 100, startAngle: 180, endAngle: 0, progress: { show: true }, detail: { formatter: '{value}%' }, data: [{ value }] }],
    });
    return chart;
  });
}

// ---- the 10,000-plan tree's floor ----

export interface BareRow {
  i: number;
  number: string;
  title: string;
  department: string;
}

/** A bare @lit-labs/virtualizer list. */
export class BareList extends LitElement {
  static override properties = { items: { attribute: false } };
  static override styles = css`:host { display: block; } .row { display: flex; gap: 0.5rem; padding: 0.25rem; border-bottom: 1px solid #ccc; }`;
  declare items: BareRow[];
  constructor() {
    super();
    this.items = [];
  }
  override render() {
    return html`<div role="list">${virtualize({
      items: this.items,
      keyFunction: (r: BareRow) => r.i,
      renderItem: (r: BareRow) => html`<div class="row" role="listitem"><span>${r.number}</span><span>${r.title}</span><span>${r.department}</span></div>`,
      layout: flow(),
    })}</div>`;
  }
}
customElements.define('bare-list', BareList);

/** Every node of a document as a list row, depth first (what the bare list shows). */
export function flatRows(doc: MierukaDocument): BareRow[] {
  const rows: BareRow[] = [];
  const walk = (nodes: PlanNode[]) => nodes.forEach((n) => { rows.push({ i: rows.length, number: n.number ?? '', title: n.title, department: n.departments?.[0]?.name ?? '' }); if (n.children) walk(n.children); });
  walk(doc.nodes);
  return rows;
}

// ---- the trend table's floor: every row in one <table> ----

interface Point {
  year: number;
  value: number | null;
}
interface TableRow {
  id: string;
  name: string;
  unit: string;
  points: Point[];
  target: number | null;
}

/** Every indicator of a document with its yearly values, depth first. */
export function tableRows(doc: MierukaDocument): { years: number[]; rows: TableRow[] } {
  const rows: TableRow[] = [];
  const years = new Set<number>();
  const walk = (nodes: PlanNode[]) =>
    nodes.forEach((n) => {
      for (const k of n.indicators ?? []) {
        const points: Point[] = [];
        for (const o of k.observations ?? []) {
          if (typeof o.fiscalYear !== 'number') continue;
          years.add(o.fiscalYear);
          points.push({ year: o.fiscalYear, value: typeof o.value === 'number' ? o.value : null });
        }
        const t = k.target as { value?: unknown } | undefined;
        rows.push({ id: k.id, name: k.name, unit: k.unit ?? '', points, target: typeof t?.value === 'number' ? t.value : null });
      }
      if (n.children) walk(n.children);
    });
  walk(doc.nodes);
  return { years: [...years].sort((a, b) => a - b), rows };
}

const number = new Intl.NumberFormat('ja-JP');
const W = 80;
const H = 20;

/** A d3 sparkline through a row's values (x by year, y by value, both scaled by hand). */
function sparkline(points: Point[]): string {
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (known.length < 2) return '';
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of known) {
    x0 = Math.min(x0, p.year); x1 = Math.max(x1, p.year);
    y0 = Math.min(y0, p.value); y1 = Math.max(y1, p.value);
  }
  const sx = (v: number) => (x1 === x0 ? W / 2 : ((v - x0) / (x1 - x0)) * W);
  const sy = (v: number) => (y1 === y0 ? H / 2 : H - ((v - y0) / (y1 - y0)) * H);
  return line<{ year: number; value: number }>().x((p) => sx(p.year)).y((p) => sy(p.value))(known) ?? '';
}

/** An all-rows Lit + d3 table: name, unit, a column per fiscal year, the target, a sparkline. */
export class BareTable extends LitElement {
  static override properties = { data: { attribute: false } };
  static override styles = css`:host { display: block; } table { border-collapse: collapse; } td, th { padding: 0.25rem; border-bottom: 1px solid #ccc; text-align: end; } th[scope=row] { text-align: start; }`;
  declare data: MierukaDocument | undefined;
  override render() {
    if (!this.data) return html``;
    const { years, rows } = tableRows(this.data);
    return html`<table>
      <caption>${this.data.title}</caption>
      <thead><tr><th scope="col">指標</th><th scope="col">単位</th>${years.map((y) => html`<th scope="col">${y}年度</th>`)}<th scope="col">目標</th><th scope="col">推移</th></tr></thead>
      <tbody>${rows.map((r) => {
        const byYear = new Map(r.points.map((p) => [p.year, p.value]));
        return html`<tr><th scope="row">${r.name}</th><td>${r.unit}</td>${years.map((y) => { const v = byYear.get(y); return html`<td>${v === undefined || v === null ? '—' : number.format(v)}</td>`; })}<td>${r.target === null ? '—' : number.format(r.target)}</td><td><svg width=${W} height=${H} viewBox="0 0 ${W} ${H}" aria-hidden="true">${svg`<path d=${sparkline(r.points)} fill="none" stroke="currentColor"></path>`}</svg></td></tr>`;
      })}</tbody>
    </table>`;
  }
}
customElements.define('bare-table', BareTable);
