import { html, nothing, type TemplateResult } from 'lit';
import { formatFiscalYear } from '../../core/format.js';
import { noteMarker } from '../../core/lookups.js';
import { columnCell, detailsContent, hasDetails, renderName, rowContext, sparkCell, type CellContext, type LayoutContext } from './trend-table.cells.js';
import { columnTitle, type RecordContext } from './trend-table.text.js';
import type { Row, Segment, SortState } from './trend-table.model.js';

/**
 * The cards layout (a phone): one definition list per indicator under its group's title. A
 * card leaves out a year the indicator has no entry for at all (not yet reported); a printed —
 * stays.
 */
export function renderCards(l: LayoutContext, caption: string, segs: readonly Segment[]): TemplateResult {
  let index = 0;
  return html`<p part="caption" class="caption">${caption}</p>
    ${segs.map(
      (seg) => html`${seg.group ? html`<p part="group" class="group">${l.ctx.groupTitle(seg.group)}</p>` : nothing}
        <ul part="cards" role="list">
          ${seg.rows.map((row) => renderCard(l, row, index++))}
        </ul>`,
    )}
    ${l.more}`;
}

function renderCard(l: LayoutContext, row: Row, index?: number): TemplateResult {
  const { ctx } = l;
  const pairs = ctx.model.columns
    .filter((c) => c.kind !== 'name' && c.kind !== 'trend')
    .flatMap((c) => {
      if (c.kind === 'year' && !row.years.has(c.year!)) return [];
      const content = columnCell(ctx, row, c);
      if (content === nothing || content === '') return [];
      const o = c.kind === 'year' ? row.years.get(c.year!) : undefined;
      const term = c.kind === 'year' ? formatFiscalYear(c.year!, ctx.lang, { wareki: ctx.wareki }) + (o?.label ? ctx.s.paren(o.label) : '') : columnTitle(c, ctx);
      return [html`<div class="pair"><dt>${term}</dt><dd class=${c.kind}>${content}</dd></div>`];
    });
  return html`<li part="card" class=${row.series ? 'sub' : ''} data-key=${row.key} data-i=${index ?? nothing} tabindex=${index === undefined ? nothing : '-1'}>
    <p class="name">${renderName(l, row)}${index !== undefined ? rowContext(l, row) : nothing}</p>
    ${pairs.length ? html`<dl>${pairs}</dl>` : nothing} ${ctx.model.columns.some((c) => c.kind === 'trend') ? sparkCell(ctx, row) : nothing}
    ${row.sub.length ? html`<ul role="list" class="subcards">${row.sub.map((r) => renderCard(l, r))}</ul>` : nothing}
    ${hasDetails(row) ? html`<div part="details" id=${`d-${row.key}`} ?hidden=${!l.expanded.has(row.key)}>${detailsContent(ctx, row)}</div>` : nothing}
  </li>`;
}

/** The cards' sort: one select of column × direction (the table sorts from its headers). */
export function renderSortSelect(ctx: CellContext & RecordContext, sort: SortState | undefined, onChange: (e: Event) => void): TemplateResult {
  const current = sort ? `${sort.key} ${sort.direction}` : '';
  const options = ctx.model.columns
    .filter((c) => c.kind !== 'trend')
    .flatMap((c) =>
      (['ascending', 'descending'] as const).map((d) => {
        const value = `${c.key} ${d}`;
        return html`<option value=${value} ?selected=${value === current}>${columnTitle(c, ctx)}${ctx.s.paren(ctx.s[d])}</option>`;
      }),
    );
  return html`<label class="sort">${ctx.s.sort}
    <select @change=${onChange}>
      <option value="" ?selected=${!current}>${ctx.s.documentOrder}</option>
      ${options}
    </select>
  </label>`;
}

/** The key under the table or the cards: the document's marks, the computed status's ＊, the numbered notes. */
export function renderLegend(ctx: CellContext): TemplateResult | typeof nothing {
  const { model: m, s } = ctx;
  const marks = m.marks.filter((l) => l.description || l.label);
  if (!marks.length && !m.computed && !m.notes.length) return nothing;
  return html`<div part="legend">
    ${marks.length
      ? html`<p>${s.legend}: ${marks.map((l) => html`<span class="key"><span class="mark s-${l.status ?? 'unknown'}">${l.value}</span> ${l.description ?? l.label}</span>`)}</p>`
      : nothing}
    ${m.computed ? html`<p>${s.computedLegend}</p>` : nothing}
    ${m.notes.length
      ? html`<p class="notes-title">${s.notes}</p>
          <ol class="notes">
            ${m.notes.map((n, i) => html`<li><span aria-hidden="true">${noteMarker(i + 1, ctx.lang)}</span><span class="sr-only">${s.noteRef(i + 1)}</span> ${n}</li>`)}
          </ol>`
      : nothing}
  </div>`;
}
