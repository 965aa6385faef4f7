import { css } from 'lit';

export const styles = css`
  :host {
    /* At most a twentieth of the width per level: at a large text size on a phone, four levels
       of 1.25rem left a sub-project's title two characters wide. */
    --_indent: var(--mieruka-plan-tree-indent, min(1.25rem, 5cqi));
    --_row-border: var(--mieruka-plan-tree-row-border, var(--mieruka-color-divider));
    --_selected: var(--mieruka-plan-tree-selected-background, var(--mieruka-color-accent-surface));
    --_match: var(--mieruka-plan-tree-match-background, #ffe566);
  }
  [part~='base'] {
    padding: 0.25rem 0.5rem;
  }
  .layout {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .main,
  .side {
    min-width: 0;
  }
  @container (min-width: 48rem) {
    .layout[data-detail='panel'] {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .layout[data-detail='panel'] .side {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  [part~='header'] {
    margin: 0 0 0.5rem;
  }
  [part~='title'] {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.5;
    margin: 0 0 0.25rem;
  }
  [part~='counts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--mieruka-color-muted);
  }
  [part~='total'] {
    font-weight: 700;
    color: var(--mieruka-color-text);
  }
  [part~='filters'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem 0.75rem;
    margin: 0 0 0.5rem;
    padding: 0.75rem;
    border-radius: var(--mieruka-radius, 0.5rem);
    background: var(--mieruka-color-surface);
  }
  [part~='filters'] .keyword {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.125rem;
  }
  label {
    display: grid;
    align-content: start;
    gap: 0.125rem;
    font-size: 0.875em;
    font-weight: 600;
  }
  .hint {
    font-weight: 400;
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 1rem;
    color: var(--mieruka-color-text);
    background: var(--mieruka-color-background);
    border: 1px solid var(--mieruka-color-border);
    border-radius: calc(var(--mieruka-radius, 0.5rem) / 2);
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    min-width: 0;
    width: 100%;
  }
  button {
    width: auto;
    cursor: pointer;
    padding: 0.25rem 0.875rem;
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  [part~='results'] {
    margin: 0;
    flex: 1 1 12rem;
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='tree'] {
    border-top: 1px solid var(--_row-border);
  }
  [part~='tree']:focus-visible {
    outline-offset: -3px;
  }
  [role='treeitem'] {
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    width: 100%;
    padding: 0.375rem 0.5rem 0.375rem calc(0.25rem + var(--_depth, 0) * var(--_indent));
    border-bottom: 1px solid var(--_row-border);
    cursor: pointer;
    line-height: 1.6;
  }
  [role='treeitem']:hover {
    background: var(--mieruka-color-surface);
  }
  [role='treeitem'][aria-selected='true'] {
    background: var(--_selected);
    box-shadow: inset 4px 0 0 var(--mieruka-color-accent);
  }
  [role='treeitem']:focus-visible {
    outline-offset: -3px;
  }
  .twisty {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.6em;
    color: var(--mieruka-color-muted);
  }
  .twisty svg {
    width: 0.75rem;
    height: 0.75rem;
    transition: transform 0.15s;
    fill: currentColor;
  }
  [aria-expanded='true'] > .twisty svg {
    transform: rotate(90deg);
  }
  .body {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .row-title {
    display: block;
  }
  [data-parent] .row-title {
    font-weight: 700;
  }
  .level {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid var(--mieruka-color-border);
    border-radius: 0.25rem;
    font-size: 0.75em;
    font-weight: 400;
    line-height: 1.5;
    vertical-align: 0.1em;
    color: var(--mieruka-color-muted);
  }
  /* inline-block: the accessibility tree then keeps the space between number and title. */
  .number {
    display: inline-block;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.875rem;
    font-size: 0.8125em;
    color: var(--mieruka-color-muted);
  }
  .meta .count {
    font-weight: 700;
    color: var(--mieruka-color-text);
  }
  [part~='category'] {
    padding: 0 0.375rem;
    border-radius: 0.25rem;
    background: var(--mieruka-color-surface);
    color: var(--mieruka-color-text);
  }
  .symbol {
    font-weight: 700;
  }
  mark {
    background: var(--_match);
    color: #1a1a1a;
    border-radius: 0.125rem;
  }
  [part~='empty'],
  .muted {
    color: var(--mieruka-color-muted);
  }
  /* The sheet */
  .sheet {
    padding: 1rem;
    border: 1px solid var(--mieruka-color-divider);
    border-radius: var(--mieruka-radius, 0.5rem);
    overflow-wrap: anywhere;
  }
  [part~='detail-error'] p {
    margin: 0 0 0.5rem;
  }
  [part~='detail-hint'] {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--mieruka-color-divider);
    border-radius: var(--mieruka-radius, 0.5rem);
    color: var(--mieruka-color-muted);
  }
  [part~='detail-path'] {
    margin: 0 0 0.25rem;
    font-size: 0.8125em;
    color: var(--mieruka-color-muted);
  }
  [part~='detail-title'] {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.5;
    margin: 0 0 0.75rem;
  }
  [part~='detail-heading'] {
    font-weight: 700;
    margin: 1rem 0 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--mieruka-color-accent);
  }
  .sheet dl {
    margin: 0;
  }
  [part~='facts'] > div,
  [part~='five-less'] > div {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.75rem;
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--mieruka-color-divider);
  }
  /* A narrow sheet (a phone at a large text size): each term above its value. */
  @container (max-width: 20rem) {
    [part~='facts'] > div,
    [part~='five-less'] > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .sheet dt {
    font-weight: 600;
  }
  .sheet dd {
    margin: 0;
  }
  .sheet p {
    margin: 0.25rem 0;
  }
  .text {
    white-space: pre-line;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .label {
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    border: 1px solid var(--mieruka-color-divider);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    min-width: 5em;
  }
  thead th {
    background: var(--mieruka-color-surface);
  }
  [part~='indicators'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='indicator'] .reading {
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--mieruka-radius, 0.5rem) / 2);
    background: var(--mieruka-color-surface);
  }
  .reading dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    font-size: 0.875em;
  }
  .reading dl > div {
    display: flex;
    gap: 0.375rem;
  }
  .assessments {
    list-style: none;
    padding: 0;
  }
  .assessments > li + li {
    margin-top: 0.75rem;
  }
  .grade {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .texts dt {
    margin-top: 0.25rem;
    font-weight: 600;
  }
  .texts dd {
    margin-inline-start: 0;
    white-space: pre-line;
  }
  .grades {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .grades > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .final {
    margin-top: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--mieruka-color-divider);
  }
  .source {
    font-size: 0.875em;
    color: var(--mieruka-color-muted);
  }
  [part~='report-year'] {
    margin: 0 0 0.25rem;
  }
  [part~='notes'] {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  [part~='notes'] summary {
    cursor: pointer;
    color: var(--mieruka-color-accent);
  }
  [part~='notes'] summary:focus-visible {
    outline: 2px solid var(--mieruka-color-focus);
    outline-offset: 2px;
  }
  [part~='back'] {
    margin-top: 1rem;
  }
  a {
    color: var(--mieruka-color-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .twisty svg {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [role='treeitem'][aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    [role='treeitem'][aria-selected='true']:focus-visible {
      outline-width: 4px;
    }
    /* Highlight, not Mark: a palette may pair a yellow Mark with a white Canvas, and the match
       would not show; Highlight/HighlightText is the pair every palette keeps apart from Canvas. */
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  /* Print: the open rows and the sheet in full, one below the other; no filters, no toolbar, no twisty. */
  @media print {
    [part~='filters'],
    [part~='toolbar'],
    [part~='toggle'],
    [part~='back'] {
      display: none !important;
    }
    .layout,
    .layout[data-detail='panel'] {
      display: block;
    }
    .layout .side,
    .layout[data-detail='panel'] .side {
      position: static;
      max-height: none;
      overflow: visible;
    }
    [role='treeitem'] {
      break-inside: avoid;
      min-height: 0;
    }
    [part~='detail'] section {
      break-inside: avoid;
    }
  }
`;
