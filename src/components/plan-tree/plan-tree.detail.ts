import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../core/style-props.js';
import type { ActionPlan, ActionPlanCell, Indicator, PlanNode, Target } from '../../../data-schema/index.js';
import { FIVE_LESS_KEYS } from '../../../data-schema/five-less.js';
import type { LabelledField } from '../../../data-schema/labels.js';
import { fieldLabel, fiveLessName, nodeLabel } from '../../core/lookups.js';
import { formatFiscalYear, formatList, formatNumber, formatValue } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { readIndicatorAll, type Point } from '../../core/progress.js';
import { statusInfo } from '../../core/status.js';
import type { PlanTreeStrings } from '../../translations/translation.js';
import { renderAssessment } from './plan-tree.assessment.js';
import { departmentName } from './plan-tree.names.js';

// Where they lived before the assessment renderer moved out; plan-tree.row.ts imports them from here.
import type { TreeModel } from './plan-tree.model.js';

/** What the sheet needs from the element. */
export interface SheetContext {
  model: TreeModel;
  index: number;
  lang: Lang;
  s: PlanTreeStrings;
  wareki: boolean;
  headingLevel: number;
  theme: string | undefined;
  /** True when <mieruka-kpi-gauge> is defined on the page. */
  gauges: boolean;
  onBack: () => void;
}

/** Links only for http(s) URLs, checked again here whatever the schema let through. */
export const isHttpUrl = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);

const heading = (level: number, text: string, id?: string) =>
  html`<div role="heading" aria-level=${Math.min(6, level)} part="detail-heading" id=${ifDefined(id)}>${text}</div>`;

function fiscal(year: number, c: SheetContext): string {
  return formatFiscalYear(year, c.lang, { wareki: c.wareki });
}

function targetText(t: Target | undefined, unit: string | undefined, decimals: number | undefined, c: SheetContext): string | undefined {
  if (!t) return undefined;
  const value = t.value != null ? formatValue(t.value, c.lang, { unit, decimals, approximate: t.approximate }) + c.s.comparator[t.comparator ?? 'equal'] : t.text;
  if (!value) return undefined;
  return t.fiscalYear != null ? c.s.valueAt(value, fiscal(t.fiscalYear, c)) : value;
}

function pointText(p: Point | undefined, unit: string | undefined, decimals: number | undefined, c: SheetContext): string {
  if (!p) return '—';
  // A label that names its own year (2021年度末時点の現況値) says more than the year alone.
  const when = !p.label ? fiscal(p.fiscalYear, c) : p.label.includes(String(p.fiscalYear)) ? p.label : `${fiscal(p.fiscalYear, c)} ${p.label}`;
  return c.s.valueAt(formatValue(p.value, c.lang, { unit, decimals }), when);
}

/** The readable text of an indicator (and of each of its series), shown when no gauge is defined. */
function indicatorText(indicator: Indicator, node: PlanNode, c: SheetContext): TemplateResult {
  const { own, series } = readIndicatorAll(indicator, c.model.doc, node);
  return html`${(own ? [own, ...series] : series).map((r) => {
    const info = statusInfo(r.status, c.lang);
    return html`<div class="reading">
      <strong>${r.name}</strong>
      <dl>
        <div><dt>${c.s.baseline}</dt><dd>${pointText(r.baseline, r.unit, r.decimals, c)}</dd></div>
        ${r.latest ? html`<div><dt>${c.s.latest}</dt><dd>${pointText(r.latest, r.unit, r.decimals, c)}</dd></div>` : nothing}
        <div><dt>${c.s.target}</dt><dd>${targetText(r.target, r.unit, r.decimals, c) ?? '—'}</dd></div>
        <div><dt>${c.s.state}</dt><dd><span class="symbol" ${styleProps({ color: info.colour })} aria-hidden="true">${info.symbol}</span> ${r.mark ? `${r.mark} ` : ''}${info.label}</dd></div>
      </dl>
    </div>`;
  })}`;
}

function indicators(node: PlanNode, c: SheetContext, title: string): TemplateResult | typeof nothing {
  const list = node.indicators ?? [];
  if (!list.length) return nothing;
  return html`<section>
    ${heading(c.headingLevel + 1, title)}
    <ul part="indicators">
      ${list.map((indicator) =>
        html`<li part="indicator">
          ${c.gauges
            ? html`<mieruka-kpi-gauge .data=${c.model.doc} indicator=${indicator.id} variant="bar" theme=${ifDefined(c.theme)} ?wareki=${c.wareki}></mieruka-kpi-gauge>`
            : indicatorText(indicator, node, c)}
        </li>`,
      )}
    </ul>
  </section>`;
}

function actionPlan(plan: ActionPlan | undefined, c: SheetContext, title: string): TemplateResult | typeof nothing {
  if (!plan?.rows.length) return nothing;
  const cells = plan.rows.flatMap((r) => r.cells);
  const first = Math.min(...cells.map((x) => x.start));
  const last = Math.max(...cells.map((x) => x.end ?? x.start));
  const years = plan.years ?? (cells.length ? Array.from({ length: last - first + 1 }, (_, k) => first + k) : []);
  return html`<section>
    ${heading(c.headingLevel + 1, title)}
    <div class="scroll" part="action-plan" tabindex="0" role="region" aria-label=${title}>
      <table>
        <thead>
          <tr><th scope="col">${c.s.activity}</th>${years.map((y) => html`<th scope="col">${fiscal(y, c)}</th>`)}</tr>
        </thead>
        <tbody>
          ${plan.rows.map((row) => {
            // Cells that share a year (two entries printed in one column) go on lines of their own.
            const lanes: ActionPlanCell[][] = [];
            for (const cell of [...row.cells].sort((a, b) => a.start - b.start)) {
              const lane = lanes.find((l) => (l.at(-1)!.end ?? l.at(-1)!.start) < cell.start);
              if (lane) lane.push(cell);
              else lanes.push([cell]);
            }
            if (!lanes.length) lanes.push([]);
            return lanes.map(
              (lane, k) => html`<tr>
                ${k === 0 ? html`<th scope="row" rowspan=${lanes.length}>${row.item}</th>` : nothing}${laneCells(lane, years, c)}
              </tr>`,
            );
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** One line of an action-plan row: each cell spans the columns of the years it covers. */
function laneCells(lane: ActionPlanCell[], years: number[], c: SheetContext): TemplateResult[] {
  const tds: TemplateResult[] = [];
  let col = 0;
  for (const cell of lane) {
    const from = years.findIndex((y) => y >= cell.start);
    const to = years.findLastIndex((y) => y <= (cell.end ?? cell.start));
    if (from < col || from < 0 || to < from) continue;
    for (; col < from; col++) tds.push(html`<td></td>`);
    tds.push(html`<td colspan=${to - from + 1}>${cell.text}${cell.continues ? c.s.continues : ''}</td>`);
    col = to + 1;
  }
  for (; col < years.length; col++) tds.push(html`<td></td>`);
  return tds;
}

const mark = (value: boolean | undefined, s: PlanTreeStrings) => (value === true ? `○ ${s.marks.yes}` : value === false ? `－ ${s.marks.no}` : s.marks.unknown);

const paragraph = (title: string, text: string | undefined, c: SheetContext) =>
  text ? html`<section>${heading(c.headingLevel + 1, title)}<p class="text">${text}</p></section>` : nothing;

/** The sheet of one node: what a 実施計画シート shows, as far as the data has it. */
export function renderSheet(c: SheetContext): TemplateResult {
  const { model, s, lang } = c;
  const item = model.items[c.index]!;
  const node = item.node;
  const level = model.levels.get(node.level);
  const path: string[] = [];
  for (let p = item.parent; p >= 0; p = model.items[p]!.parent) {
    path.unshift(nodeLabel(model.doc, model.items[p]!.node));
  }
  const word = model.countedLevel?.counter ?? model.countedLevel?.name ?? '';
  const d = node.disclosure;
  // The document's own heading for a field (schema 1.1 labels), else ours.
  const label = (field: LabelledField, ours: string) => fieldLabel(model.doc, node.level, field) ?? ours;
  const facts: [string, unknown][] = [];
  if (node.category) facts.push([label('category', s.category), node.category]);
  if (node.departments?.length) facts.push([label('departments', s.departments), formatList(node.departments.map((x) => departmentName(x, s)), lang)]);
  if (item.count) facts.push([s.children, s.subtotal(formatNumber(item.count, lang), word) + (item.relisted ? s.relisted(formatNumber(item.relisted, lang)) : '')]);
  if (node.sdgs?.length) facts.push([label('sdgs', s.sdgs), formatList(node.sdgs, lang)]);
  const rich =
    node.summary || node.vision || node.description || node.focusAreas?.length || node.fiveLess || d || node.actionPlan || node.indicators?.length || node.assessments?.length || node.links?.length;
  // Escape anywhere in the sheet does what 一覧に戻る does: the button is the sheet's last stop,
  // after every table, gauge and link, and a reader should not have to Tab through them all.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    c.onBack();
  };
  return html`<section part="detail" class="sheet" aria-labelledby="sheet-title" @keydown=${onKeyDown}>
    ${path.length ? html`<p part="detail-path"><span class="sr-only">${s.path}: </span>${path.join(' › ')}</p>` : nothing}
    <div role="heading" aria-level=${Math.min(6, c.headingLevel)} part="detail-title" id="sheet-title">
      ${level?.name ? html`<span class="level">${level.name}</span> ` : nothing}${node.number ? `${node.number} ` : ''}${node.title}
    </div>
    ${facts.length ? html`<dl part="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : nothing}
    ${paragraph(label('summary', s.summary), node.summary, c)} ${paragraph(label('vision', s.vision), node.vision, c)}
    ${paragraph(label('description', s.description), node.description, c)}
    ${node.focusAreas?.length
      ? html`<section>${heading(c.headingLevel + 1, label('focusAreas', s.focusAreas))}
          <ul class="plain">${node.focusAreas.map((f) => html`<li>${f.number ? `${f.number} ` : ''}${f.text}</li>`)}</ul></section>`
      : nothing}
    ${node.fiveLess
      ? html`<section>${heading(c.headingLevel + 1, label('fiveLess', s.fiveLess))}
          <dl part="five-less">${FIVE_LESS_KEYS.map((k) => html`<div><dt>${fiveLessName(model.doc, k, lang)}</dt><dd>${mark(node.fiveLess?.[k], s)}</dd></div>`)}</dl></section>`
      : nothing}
    ${d
      ? html`<section>${heading(c.headingLevel + 1, s.disclosure)}
          <dl part="facts">
            <div><dt>${s.cityWebsite}</dt><dd>${mark(d.cityWebsite, s)}</dd></div>
            <div><dt>${s.otherMeans}</dt><dd>${mark(d.other, s)}${d.otherText ? ` ${d.otherText}` : ''}</dd></div>
          </dl>
          ${d.pages?.length
            ? html`<p class="label">${s.pages}</p><ul class="plain">${d.pages.map((p) => html`<li>${isHttpUrl(p.url) ? html`<a href=${p.url}>${p.title}</a>` : p.title}</li>`)}</ul>`
            : nothing}</section>`
      : nothing}
    ${actionPlan(node.actionPlan, c, label('actionPlan', s.actionPlan))} ${indicators(node, c, label('indicators', s.indicatorList))}
    ${node.assessments?.length
      ? html`<section>${heading(c.headingLevel + 1, s.assessments)}<ul class="plain assessments">${node.assessments.map((a) => renderAssessment(a, { doc: model.doc, level: node.level, lang, s, wareki: c.wareki }))}</ul></section>`
      : nothing}
    ${node.links?.length
      ? html`<section>${heading(c.headingLevel + 1, s.links)}
          <ul class="plain">${node.links.map((p) => html`<li>${isHttpUrl(p.url) ? html`<a href=${p.url}>${p.title}</a>` : p.title}</li>`)}</ul></section>`
      : nothing}
    ${node.notes?.length
      ? html`<section>${heading(c.headingLevel + 1, label('notes', s.notes))}<ul class="plain notes">${node.notes.map((n) => html`<li>${n}</li>`)}</ul></section>`
      : nothing}
    ${rich || facts.length || node.notes?.length ? nothing : html`<p class="muted">${s.noDetail}</p>`}
    <button type="button" part="back" @click=${c.onBack}>${s.back}</button>
  </section>`;
}
