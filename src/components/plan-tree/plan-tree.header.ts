import { html, nothing, type TemplateResult } from 'lit';
import type { FiveLessKey } from '../../../data-schema/plan-node.js';
import { formatFiscalYear, formatNumber } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { fieldLabel, fiveLessName } from '../../core/lookups.js';
import { statusInfo } from '../../core/status.js';
import { gradeText } from './plan-tree.names.js';
import type { PlanTreeStrings } from '../../translations/translation.js';
import type { TreeModel } from './plan-tree.model.js';

/** The tree's title and its counts per level and in all (計 19計画 … 合計 57計画). */
export function renderHeader(model: TreeModel, s: PlanTreeStrings, lang: Lang, headingLevel: number, wareki = false): TemplateResult {
  const title = model.root ? model.root.title : model.doc.title;
  const word = model.countedLevel?.counter ?? model.countedLevel?.name ?? '';
  // A report's year (schema 1.1) and the document's notes belong to the whole document, not a subtree.
  const whole = !model.root;
  return html`<div part="header">
    <div role="heading" aria-level=${Math.min(6, headingLevel)} part="title">${title}</div>
    ${whole && model.doc.reportYear != null ? html`<p part="report-year">${s.reportYear(formatFiscalYear(model.doc.reportYear, lang, { wareki }))}</p>` : nothing}
    <ul part="counts" aria-label=${s.levelCounts}>
      ${model.perLevel.map((l) => html`<li>${l.name} ${formatNumber(l.count, lang)}</li>`)}
      ${model.total
        ? html`<li part="total">${s.total(formatNumber(model.total, lang), word)}${model.totalRelisted ? s.relisted(formatNumber(model.totalRelisted, lang)) : ''}</li>`
        : nothing}
    </ul>
    ${whole && model.doc.notes?.length
      ? html`<details part="notes">
          <summary>${fieldLabel(model.doc, undefined, 'notes') ?? s.documentNotes(formatNumber(model.doc.notes.length, lang))}</summary>
          <ul>${model.doc.notes.map((n) => html`<li>${n}</li>`)}</ul>
        </details>`
      : nothing}
  </div>`;
}

/** What the filters show and where a choice goes. */
export interface FiltersContext {
  s: PlanTreeStrings;
  lang: Lang;
  values: { query: string; department: string; goal: string; fiveLess: FiveLessKey | ''; grade: string };
  filtering: boolean;
  set: (key: 'query' | 'department' | 'goal' | 'fiveLess' | 'grade', value: string) => void;
  onClear: () => void;
}

/** The search box and the selects (only those the document has options for). */
export function renderFilters(model: TreeModel, c: FiltersContext): TemplateResult {
  const { s, lang, values: v } = c;
  const option = (key: Exclude<keyof FiltersContext['values'], 'query'>, [value, text]: [string, string]) =>
    html`<option value=${value} ?selected=${value === v[key]}>${text}</option>`;
  const select = (label: string, key: Exclude<keyof FiltersContext['values'], 'query'>, options: [string, string][], groups?: [string, [string, string][]][]) =>
    options.length || groups?.length
      ? html`<label>${label}
          <select .value=${v[key]} @change=${(e: Event) => c.set(key, (e.target as HTMLSelectElement).value)}>
            <option value="">${s.any}</option>
            ${options.map((o) => option(key, o))}
            ${groups?.map(([name, list]) => html`<optgroup label=${name}>${list.map((o) => option(key, o))}</optgroup>`)}
          </select>
        </label>`
      : nothing;
  // The document's own grades on each scale, as printed (A, B, 完了, -), a symbol only where the scale gives a meaning.
  const grades = model.grades.map(({ name, options }): [string, [string, string][]] => [
    name,
    options.map((o) => {
      const info = o.status !== 'unknown' ? statusInfo(o.status, lang) : undefined;
      return [o.key, `${info ? `${info.symbol} ` : ''}${gradeText('', o.value, o.label ?? info?.label)}`];
    }),
  ]);
  return html`<div part="filters" role="search" aria-label=${s.filters}>
    <div class="keyword">
      <label for="keyword">${s.keyword}</label>
      <span class="hint" id="keyword-hint">${s.keywordHint}</span>
      <input id="keyword" type="search" .value=${v.query} aria-describedby="keyword-hint" @input=${(e: Event) => c.set('query', (e.target as HTMLInputElement).value)} />
    </div>
    ${select(s.department, 'department', model.departments.map((d) => [d.key, d.name]))}
    ${select(s.goal, 'goal', model.goals.map((g) => [String(g), s.goalName(g)]))}
    ${select(s.fiveLess, 'fiveLess', model.fiveLess.map((k) => [k, fiveLessName(model.doc, k, lang)]))}
    ${select(s.status, 'grade', [], grades)}
    ${c.filtering ? html`<div><button type="button" @click=${c.onClear}>${s.clear}</button></div>` : nothing}
  </div>`;
}

/** Expand all, collapse all, and how many items the filters matched (a live region; `matches` undefined: no filter). */
export function renderToolbar(s: PlanTreeStrings, lang: Lang, matches: number | undefined, setAll: (value: 0 | 1) => void): TemplateResult {
  return html`<div part="toolbar">
    <button type="button" @click=${() => setAll(1)}>${s.expandAll}</button>
    <button type="button" @click=${() => setAll(0)}>${s.collapseAll}</button>
    <p part="results" role="status">${matches === undefined ? '' : matches ? s.results(formatNumber(matches, lang)) : s.noResults}</p>
  </div>`;
}
