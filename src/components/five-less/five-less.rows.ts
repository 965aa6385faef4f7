import { html, nothing, type TemplateResult } from 'lit';
import { FIVE_LESS_KEYS, type FiveLessKey, type PlanNode } from '../../../data-schema/index.js';
import type { FiveLessStrings } from '../../translations/translation.js';
import type { CategoryInfo, FiveLessRow, Mark } from './five-less.model.js';

/**
 * A plan as a table row or as an item of the phone list: text through Lit bindings, one
 * template per row with its five cells in it (no template per cell). A mark is a symbol for the
 * eye (○ － ？, aria-hidden) and a word for screen readers (該当, 非該当, 未設定).
 */
export interface RowContext {
  s: FiveLessStrings;
  info: Record<FiveLessKey, CategoryInfo>;
  selected: FiveLessKey | undefined;
  /** Sorted: a ranking without group headings, each plan with its path under its title. */
  flat: boolean;
  /** A count, formatted for the page's language. */
  n: (value: number) => string;
  plan: (node: PlanNode) => string;
  heading: (node: PlanNode) => string;
}

type Kind = 'applies' | 'not-applies' | 'unknown';
const kindOf = (mark: Mark): Kind => (mark === true ? 'applies' : mark === false ? 'not-applies' : 'unknown');
const PART: Record<Kind, string> = { applies: 'cell applies', 'not-applies': 'cell not-applies', unknown: 'cell unknown' };
const CLASS: Record<Kind, [string, string]> = {
  applies: ['applies', 'applies selected'],
  'not-applies': ['not-applies', 'not-applies selected'],
  unknown: ['unknown', 'unknown selected'],
};
const SYMBOL: Record<Kind, string> = { applies: '○', 'not-applies': '－', unknown: '？' };
const word = (s: FiveLessStrings, kind: Kind) => (kind === 'applies' ? s.applies : kind === 'not-applies' ? s.notApplies : s.unknown);

/** A mark cell's part, class, symbol and word. */
type Cell = readonly [part: string, className: string, symbol: string, word: string];
type Five<T> = [T, T, T, T, T];
function cell(c: RowContext, mark: Mark, k: FiveLessKey): Cell {
  const kind = kindOf(mark);
  return [PART[kind], CLASS[kind][c.selected === k ? 1 : 0], SYMBOL[kind], word(c.s, kind)];
}

const blank = (r: FiveLessRow) => r.unknown === FIVE_LESS_KEYS.length;

/** 「未設定 2」 beside a count, after a pause for screen readers. */
export const unknownNote = (c: RowContext, unknown: number): TemplateResult =>
  html`<span class="sr-only">${c.s.sep}</span><span class="unknown-note">${c.s.unknownCount(c.n(unknown))}</span>`;

const path = (c: RowContext, r: FiveLessRow) =>
  c.flat && r.groups.length ? html`<span class="path">${r.groups.map(c.heading).join(' › ')}</span>` : nothing;

/** One plan's row: its title, its five marks and its total. A plan without 5レス data is one 未設定 cell across the five. */
export function tableRow(c: RowContext, r: FiveLessRow): TemplateResult {
  const title = c.plan(r.node);
  if (blank(r)) {
    return html`<tr part="row"><th scope="row" part="plan"><span class="title">${title}</span>${path(c, r)}</th><td colspan="5" part="cell unknown" class="unknown">${c.s.unknown}</td><td part="total"><span aria-hidden="true">${SYMBOL.unknown}</span><span class="sr-only">${c.s.unknown}</span></td></tr>`;
  }
  const [m0, m1, m2, m3, m4] = FIVE_LESS_KEYS.map((k) => cell(c, r.marks[k], k)) as Five<Cell>;
  // One line per cell, with no whitespace between the cells: no text nodes in the row.
  return html`<tr part="row"><th scope="row" part="plan"><span class="title">${title}</span>${path(c, r)}</th
    ><td part=${m0[0]} class=${m0[1]}><span aria-hidden="true">${m0[2]}</span><span class="sr-only">${m0[3]}</span></td
    ><td part=${m1[0]} class=${m1[1]}><span aria-hidden="true">${m1[2]}</span><span class="sr-only">${m1[3]}</span></td
    ><td part=${m2[0]} class=${m2[1]}><span aria-hidden="true">${m2[2]}</span><span class="sr-only">${m2[3]}</span></td
    ><td part=${m3[0]} class=${m3[1]}><span aria-hidden="true">${m3[2]}</span><span class="sr-only">${m3[3]}</span></td
    ><td part=${m4[0]} class=${m4[1]}><span aria-hidden="true">${m4[2]}</span><span class="sr-only">${m4[3]}</span></td
    ><td part="total">${c.n(r.applies)}${r.unknown ? unknownNote(c, r.unknown) : nothing}</td></tr>`;
}

/** The chips of a plan in the phone list: the categories that apply and those not set, in words. */
function chips(c: RowContext, r: FiveLessRow): TemplateResult | TemplateResult[] {
  const s = c.s;
  if (blank(r)) return html`<li part="chip" class="unknown">${s.allUnknown}</li>`;
  const out = FIVE_LESS_KEYS.flatMap((k) => {
    const name = c.info[k].name;
    if (r.marks[k] === true) return [html`<li part="chip">${name}</li>`];
    if (r.marks[k] === undefined) return [html`<li part="chip" class="unknown">${s.unknownChip(name)}</li>`];
    return [];
  });
  return out.length ? out : html`<li class="none">${s.none}</li>`;
}

/** One plan in the phone list. */
export const listItem = (c: RowContext, r: FiveLessRow): TemplateResult =>
  html`<li part="item">
    <span class="title">${c.plan(r.node)}</span>${path(c, r)}
    <ul class="chips" role="list" aria-label=${c.s.chips}>${chips(c, r)}</ul>
  </li>`;

/**
 * Under a matrix built in part (ChunkController): how many plans are shown, and a button for the
 * next chunk. Nothing once every plan is built.
 */
export function moreBar(c: RowContext, built: number, total: number, counter: (n: number) => string, more: () => void): TemplateResult | typeof nothing {
  if (built >= total) return nothing;
  const rest = total - built;
  return html`<div part="more" class="more">
    <span>${c.s.showing(c.n(built), c.n(total), counter(total))}</span>
    <button type="button" class="link-button" @click=${more}>${c.s.showMore(c.n(rest), counter(rest))}</button>
  </div>`;
}
