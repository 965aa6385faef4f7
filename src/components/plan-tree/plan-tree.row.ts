import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../core/style-props.js';
import { formatList, formatNumber, listParts } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { statusInfo } from '../../core/status.js';
import { departmentName, gradeText } from './plan-tree.names.js';
import { fiveLessName } from '../../core/lookups.js';
import type { PlanTreeStrings } from '../../translations/translation.js';
import { highlight, type ItemGrade, type Row, type TreeModel } from './plan-tree.model.js';

/** What a row needs from the element. */
export interface RowContext {
  model: TreeModel;
  lang: Lang;
  s: PlanTreeStrings;
  /** The open state in use. */
  open: Uint8Array;
  selected: number;
  /** The row that holds the tab stop. */
  active: number;
  terms: string[];
  keep: Uint8Array | undefined;
}

/** Text with the search words highlighted, in rows that match (not in ancestors kept for context). */
function marked(c: RowContext, text: string, i: number): unknown {
  if (!c.terms.length || c.keep?.[i] !== 1) return text;
  return highlight(text, c.terms).map((p) => (p.mark ? html`<mark part="match">${p.text}</mark>` : p.text));
}

/** A grade's symbol (where its scale gives the level a status) and its words. */
function oneGrade(g: ItemGrade, scale: string, lang: Lang): TemplateResult {
  // A grade whose scale gives it no meaning is shown as printed: no symbol, no 判定なし (issue #23).
  const info = g.status !== 'unknown' ? statusInfo(g.status, lang) : undefined;
  return html`${info ? html`<span class="symbol" ${styleProps({ color: info.colour })}>${info.symbol}</span> ` : nothing}${gradeText(scale, g.value, g.label ?? info?.label)}`;
}

/**
 * The item's grades, one part per scale: 「達成度 4 予定どおり実施した」 for an item graded as a
 * whole; for an item each department grades, every department's grade (「達成度：市民課 A ／
 * 文化課 B ／ 税務課、収納課 完了」: graders apart by ／, since a joint grade lists its departments with 、),
 * never only the last one.
 */
function gradesOnScales(grades: readonly ItemGrade[], c: RowContext): TemplateResult[] {
  const scales = [...new Set(grades.map((g) => g.scale))];
  return scales.map((scale) => {
    const on = grades.filter((g) => g.scale === scale);
    const name = on[0]!.scaleName;
    if (on.length === 1) return html`<span part="status">${oneGrade(on[0]!, name, c.lang)}</span>`;
    const each = on.map((g) => html`${g.by.length ? `${formatList(g.by.map((d) => departmentName(d, c.s)), c.lang)} ` : ''}${oneGrade(g, '', c.lang)}`);
    return html`<span part="status">${name ? `${name}${c.s.gradesBy}` : nothing}${each.map((g, k) => (k ? [c.s.graderSep, g] : g))}</span>`;
  });
}

/**
 * One treeitem: its name is its whole text (number, title, then what the meta line says), so a
 * screen reader hears the count, status and departments with the title, and the visible text is
 * the accessible name (WCAG 2.5.3).
 */
export function renderRow(c: RowContext, row: Row): TemplateResult {
  const { model, lang, s } = c;
  const item = model.items[row.i]!;
  const node = item.node;
  const parent = item.children.length > 0;
  const open = parent && c.open[row.i] === 1;
  const selected = row.i === c.selected;
  const word = model.countedLevel?.counter ?? model.countedLevel?.name ?? '';
  const level = item.count ? model.levels.get(node.level)?.name : undefined;
  return html`<div role="treeitem" part=${selected ? 'row row-selected' : 'row'} data-i=${row.i} data-id=${node.id} ?data-parent=${parent}
    aria-level=${row.level} aria-setsize=${row.size} aria-posinset=${row.pos} aria-expanded=${ifDefined(parent ? String(open) : undefined)}
    aria-selected=${String(selected)} tabindex=${row.i === c.active ? 0 : -1}
    ${styleProps({ '--_depth': String(row.level - 1) })}>
    <span class="twisty" part="toggle" aria-hidden="true">${parent ? html`<svg viewBox="0 0 12 12"><path d="M3 1l6 5-6 5z" /></svg>` : nothing}</span>
    <span class="body">
      <span class="row-title">${level ? html`<span class="level">${level}</span> ` : nothing}${node.number ? html`<span class="number">${marked(c, node.number, row.i)}</span> ` : nothing}${marked(c, node.title, row.i)}</span>
      <span class="meta">
        ${item.count ? html`<span class="count">${s.subtotal(formatNumber(item.count, lang), word)}${item.relisted ? s.relisted(formatNumber(item.relisted, lang)) : ''}</span>` : nothing}
        ${node.category ? html`<span part="category">${node.category}</span>` : nothing}
        ${gradesOnScales(item.grades, c)}
        ${node.departments?.length ? html`<span>${listParts(node.departments, lang).map((p) => (typeof p === 'string' ? p : marked(c, departmentName(p, s), row.i)))}</span>` : nothing}
        ${item.fiveLess.length ? html`<span>${s.fiveLess}: ${formatList(item.fiveLess.map((k) => fiveLessName(model.doc, k, lang)), lang)}</span>` : nothing}
        ${item.goals.length ? html`<span>SDGs ${formatList(item.goals.map(String), lang)}</span>` : nothing}
        ${node.indicators?.length ? html`<span>${s.indicators(formatNumber(node.indicators.length, lang))}</span>` : nothing}
      </span>
    </span>
  </div>`;
}
