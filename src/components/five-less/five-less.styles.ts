import { css } from 'lit';

/*
 * Why, for rules whose reason is not plain (kept out of the CSS text, which ships unminified):
 * - .key, .disclosure: the phone list's key shows each definition in the flow, on a line of its
 *   own right after its button (display: contents makes button and panel items of the key's
 *   row), so on a narrow screen it pushes the list down instead of covering it.
 * - .key .info border-radius: a pill on one line, a rounded box (not an ellipse) when 200% text
 *   wraps the name.
 * - [part~=chip] overflow-wrap: "Move(meeting)less" is one word; at 320 px with 200% text it
 *   must break rather than push the page sideways.
 * - forced colours, .info[aria-expanded]: the open button's tint is gone; a double border says
 *   which definition is open.
 * - The table (wide) or the list (narrow, below 48rem) is chosen by the element's width
 *   (core/width.ts), not by a container query: only the one shown is built.
 */
export const styles = css`
  :host {
    --_applies: var(--mieruka-five-less-applies-color, var(--mieruka-color-accent));
    --_applies-bg: var(--mieruka-five-less-applies-background, var(--mieruka-color-accent-surface));
    --_bar: var(--mieruka-five-less-bar-color, var(--mieruka-color-accent));
    --_sticky-top: var(--mieruka-five-less-sticky-top, 0);
    --_unknown-bg: repeating-linear-gradient(135deg, transparent 0 4px, var(--mieruka-color-divider) 4px 5px);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .muted,
  [part~='note'],
  [part~='legend'] {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }

  /* Summary: one toggle button per category, with its bar and counts. */
  [part~='summary'] {
    max-width: 48rem;
    margin: 0 0 1rem;
  }
  .summary-title {
    font-weight: 700;
  }
  [part~='summary'] ul,
  [part~='list'],
  [part~='list'] ul,
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='summary'] li + li {
    margin-top: 0.375rem;
  }
  [part~='category'] {
    display: grid;
    grid-template-columns: minmax(9em, 12em) 1fr auto;
    grid-template-areas: 'name bar count';
    align-items: center;
    gap: 0.25rem 0.75rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    text-align: start;
    background: var(--mieruka-color-background);
    border: 1px solid var(--mieruka-color-border);
    border-radius: var(--mieruka-radius, 0.5rem);
  }
  [part~='category']:hover {
    background: var(--mieruka-color-surface);
  }
  [part~='category'][aria-pressed='true'] {
    border: 2px solid var(--_applies);
    background: var(--_applies-bg);
    padding: calc(0.375rem - 1px) calc(0.75rem - 1px);
  }
  .check {
    display: inline-block;
    width: 1em;
  }
  .name {
    grid-area: name;
    font-weight: 700;
  }
  [part~='bar'] {
    grid-area: bar;
    display: block;
    width: 100%;
    height: 0.75rem;
  }
  .track {
    fill: var(--mieruka-color-surface);
    stroke: var(--mieruka-color-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .bar-applies {
    fill: var(--_bar);
  }
  .bar-unknown {
    fill: var(--mieruka-color-divider);
  }
  .count {
    grid-area: count;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: baseline;
    column-gap: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  .count > span {
    white-space: nowrap;
  }
  @container (max-width: 30rem) {
    /* Name and counts on one line when they fit, the counts below when not; the bar under both. */
    [part~='category'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
    }
    /* The name may wrap: at a large text size "ムーブ（会議）レス" alone is wider than a phone. */
    .name {
      flex: 1 1 auto;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .count {
      margin-inline-start: auto;
    }
    [part~='bar'] {
      flex: 1 0 100%;
      order: 3;
      margin-top: 0.25rem;
    }
  }

  [part~='filter'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_applies);
    background: var(--mieruka-color-surface);
  }
  [part~='filter'] p {
    margin: 0;
  }
  [part~='more'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.75rem 0;
  }
  .link-button,
  .sort-switch {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--mieruka-color-border);
    border-radius: var(--mieruka-radius, 0.5rem);
    background: var(--mieruka-color-background);
  }
  .sort-switch[aria-pressed='true'] {
    border: 2px solid var(--_applies);
    background: var(--_applies-bg);
  }

  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--mieruka-color-divider);
    vertical-align: middle;
  }
  thead th {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 1;
    background: var(--mieruka-color-background);
    border-bottom: 2px solid var(--mieruka-color-border);
    font-size: 0.875em;
    text-align: center;
    line-height: 1.4;
    word-break: keep-all;
  }
  thead th:first-child {
    text-align: start;
  }
  [part~='category-header'] {
    width: 11%;
  }
  .col-name {
    display: block;
  }
  .info {
    margin-top: 0.125rem;
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0 0.375rem;
    border: 1px solid var(--mieruka-color-border);
    border-radius: 999px;
    background: var(--mieruka-color-background);
    font-size: 0.8125rem;
    font-weight: 400;
  }
  .info[aria-expanded='true'] {
    background: var(--_applies-bg);
    border-color: var(--_applies);
  }
  [part~='definition'] {
    position: absolute;
    top: 100%;
    inset-inline-start: 0;
    z-index: 2;
    width: min(20rem, 70cqi);
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
    text-align: start;
    font-weight: 400;
    font-size: 0.875rem;
    line-height: 1.6;
    word-break: normal;
    overflow-wrap: anywhere;
    background: var(--mieruka-color-background);
    border: 2px solid var(--mieruka-color-border);
    border-radius: var(--mieruka-radius, 0.5rem);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  [part~='definition'][hidden] {
    display: none;
  }
  .end [part~='definition'] {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  [part~='definition'] strong {
    display: block;
  }
  .sort {
    min-height: 2.75rem;
    padding: 0 0.5rem;
    border: 0;
    background: transparent;
    font-weight: 700;
    white-space: nowrap;
  }
  tbody th {
    text-align: start;
    font-weight: 400;
  }
  [part~='group'] th {
    padding-top: 0.75rem;
    font-weight: 700;
    background: var(--mieruka-color-surface);
  }
  .path {
    display: block;
    color: var(--mieruka-color-muted);
    font-size: 0.8125em;
  }
  [part~='cell'] {
    text-align: center;
  }
  .applies {
    color: var(--_applies);
    background: var(--_applies-bg);
    font-weight: 700;
  }
  .not-applies {
    color: var(--mieruka-color-muted);
  }
  .unknown {
    color: var(--mieruka-color-muted);
    background: var(--_unknown-bg);
  }
  td.selected,
  th.selected {
    box-shadow: inset 2px 0 0 var(--_applies), inset -2px 0 0 var(--_applies);
  }
  .unknown-note {
    display: block;
    white-space: nowrap;
    color: var(--mieruka-color-muted);
    font-size: 0.75em;
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--mieruka-color-border);
    border-bottom: 0;
    font-weight: 700;
  }
  tfoot th {
    text-align: start;
  }
  [part~='total'] {
    text-align: center;
    font-weight: 700;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
    margin-bottom: 1rem;
  }
  .key-title {
    flex: 1 0 100%;
    margin: 0;
    font-weight: 700;
  }
  .disclosure {
    display: contents;
  }
  .key .info {
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.75rem;
    border-radius: 1.375rem;
    font-size: 0.875em;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .key [part~='definition'] {
    position: static;
    flex: 1 0 100%;
    width: auto;
    margin: 0;
    font-size: 0.875em;
    box-shadow: none;
  }

  /* The phone list. */
  .list-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .list-head p {
    margin: 0;
    font-weight: 700;
  }
  [part~='list'] > li + li {
    margin-top: 0.75rem;
  }
  .group-title {
    margin: 0 0 0.25rem;
    padding: 0.25rem 0.5rem;
    font-weight: 700;
    background: var(--mieruka-color-surface);
    border-radius: var(--mieruka-radius, 0.5rem);
  }
  [part~='item'] {
    padding: 0.5rem 0.25rem;
    border-bottom: 1px solid var(--mieruka-color-divider);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.375rem;
    margin-top: 0.25rem;
  }
  [part~='chip'] {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0 0.625rem;
    border: 1px solid var(--_applies);
    border-radius: 999px;
    background: var(--_applies-bg);
    color: var(--_applies);
    font-size: 0.875em;
    font-weight: 700;
  }
  [part~='chip'].unknown {
    border: 1px dashed var(--mieruka-color-border);
    background: transparent;
    color: var(--mieruka-color-muted);
    font-weight: 400;
  }
  .chips .none {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .bar-applies {
      fill: CanvasText;
    }
    /* 未設定 is an outlined, dashed end of the bar: in a palette whose GrayText is as dark as
       CanvasText, a grey fill would not stand apart from 該当. */
    .bar-unknown {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
      stroke-dasharray: 3 2;
      vector-effect: non-scaling-stroke;
    }
    .track {
      fill: Canvas;
    }
    [part~='category'][aria-pressed='true'],
    .sort-switch[aria-pressed='true'] {
      border: 3px double ButtonText;
    }
    .unknown {
      background: none;
    }
    .info[aria-expanded='true'] {
      border: 3px double ButtonText;
    }
    /* Box shadows are dropped in forced colours: frame the chosen category's column with borders. */
    td.selected,
    th.selected {
      border-inline: 2px solid Highlight;
    }
  }
  /* Print: no definition buttons, no sort or filter controls; the counts print as text. */
  @media print {
    .info,
    .sort,
    .sort-switch,
    .link-button,
    [part~='more'],
    [part~='definition'] {
      display: none !important;
    }
    thead th {
      position: static;
    }
  }
`;
