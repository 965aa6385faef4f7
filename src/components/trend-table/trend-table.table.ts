import { html, nothing, type TemplateResult } from 'lit';
import { formatFiscalYear } from '../../core/format.js';
import { columnCell, detailsContent, hasDetails, renderName, rowContext, type LayoutContext } from './trend-table.cells.js';
import { columnTitle } from './trend-table.text.js';
import type { Column, Row, Segment } from './trend-table.model.js';

/**
 * The table layout: a real `<table>` with a caption, column headers that sort (a third press
 * returns to the document's order), a row group per node, and each indicator's sub-rows and
 * details under it.
 */
export function renderTable(l: LayoutContext, caption: string, segs: readonly Segment[], onSort: (c: Column) => void, onFocusIn: (e: FocusEvent) => void): TemplateResult {
  const cols = l.ctx.model.columns;
  let index = 0;
  return html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption" @focusin=${onFocusIn}>
    <table part="table">
      <caption id="caption" part="caption"><span class="stick">${caption}</span></caption>
      <thead>
        <tr>
          ${cols.map((c) => renderHeader(l, c, onSort))}
        </tr>
      </thead>
      ${segs.map(
        (seg) => html`<tbody>
          ${seg.group
            ? html`<tr>
                <th part="group" scope="rowgroup" colspan=${cols.length}>
                  <span class="stick">${seg.group.trail.length ? html`<span class="trail">${seg.group.trail.map((n) => n.title).join(' › ')}</span>` : nothing}${l.ctx.groupTitle(seg.group)}</span>
                </th>
              </tr>`
            : nothing}
          ${seg.rows.map((row) => renderRow(l, row, index++))}
        </tbody>`,
      )}
    </table>
    ${l.more}
  </div>`;
}

function renderHeader(l: LayoutContext, c: Column, onSort: (c: Column) => void): TemplateResult {
  const { ctx } = l;
  const sorted = l.sort?.key === c.key ? l.sort.direction : undefined;
  const labels = c.label ? [c.label] : c.labels;
  const main = c.kind === 'year' ? formatFiscalYear(c.year!, ctx.lang, { wareki: ctx.wareki }) : columnTitle({ ...c, label: undefined, labels: [], targetYear: undefined }, ctx);
  const sub = c.kind === 'target' && c.targetYear ? formatFiscalYear(c.targetYear, ctx.lang, { wareki: ctx.wareki }) : labels.join(ctx.s.labelSep);
  const title = html`<span>${main}${sub ? html`<span class="sub-line">${sub}</span>` : nothing}</span>`;
  return html`<th part="header" scope="col" class=${c.kind} aria-sort=${sorted ?? nothing}>
    ${c.kind === 'trend'
      ? title
      : html`<button part="sort" type="button" @click=${() => onSort(c)}>
          ${title}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
        </button>`}
  </th>`;
}

function renderRow(l: LayoutContext, row: Row, index: number): TemplateResult {
  const cols = l.ctx.model.columns;
  const line = (r: Row, i?: number) => html`<tr part="row" class=${r.series ? 'sub' : ''} data-key=${r.key} data-i=${i ?? nothing}>
    <th part="name" scope="row" tabindex=${i === undefined ? nothing : '-1'}>${renderName(l, r)}${r === row ? rowContext(l, row) : nothing}</th>
    ${cols.slice(1).map((c) => html`<td part="cell" class=${c.kind}>${columnCell(l.ctx, r, c)}</td>`)}
  </tr>`;
  return html`${line(row, index)}${row.sub.map((r) => line(r))}${hasDetails(row)
    ? html`<tr part="details" id=${`d-${row.key}`} ?hidden=${!l.expanded.has(row.key)}>
        <td colspan=${cols.length}><div class="stick">${detailsContent(l.ctx, row)}</div></td>
      </tr>`
    : nothing}`;
}
