import { css } from 'lit';

export const styles = css`
  :host {
    --_head: var(--mieruka-trend-table-header-background, var(--mieruka-color-surface));
    --_line: var(--mieruka-trend-table-sparkline-color, var(--mieruka-color-accent));
    --_name: var(--mieruka-trend-table-name-width, 16em);
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.5rem;
  }
  [part~='button'],
  select {
    min-height: 2.75rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--mieruka-color-accent);
    border-radius: var(--mieruka-radius, 0.5rem);
    background: var(--mieruka-color-background);
    color: var(--mieruka-color-accent);
    cursor: pointer;
  }
  [part~='button']:hover {
    background: var(--mieruka-color-accent-surface);
  }
  select {
    width: 100%;
    color: var(--mieruka-color-text);
    border-color: var(--mieruka-color-border);
  }
  /* The select goes under its label when both do not fit: squeezed beside it, a select cuts its
     chosen option short (資料の順 → 資料の) at a large text size on a phone. */
  .sort {
    display: flex;
    flex-wrap: wrap;
    flex: 1 1 16rem;
    min-width: 0;
    align-items: center;
    gap: 0.5rem;
  }
  .sort select {
    flex: 1 1 12em;
    width: auto;
    min-width: 0;
  }
  [part~='status'] {
    margin: 0;
    font-size: 0.875em;
  }
  [part~='status']:not(:empty) {
    margin-block-end: 0.5rem;
  }
  [part~='scroller'] {
    /* The containing block of the visually hidden texts in the cells: without it they sit at
       their place in the wide table yet outside the scroller's clip, and the page scrolls sideways. */
    position: relative;
    overflow: auto;
    max-height: var(--mieruka-trend-table-max-height, 80vh);
    /* Focus scrolled into view must not land under the sticky header row or name column
       (WCAG 2.4.11): Shift+Tab up the rows or back along the headers would hide it there. */
    scroll-padding-block-start: 8em;
    scroll-padding-inline-start: calc(min(var(--_name), 50cqi) + 1.5em);
    border: 1px solid var(--mieruka-color-divider);
    border-radius: var(--mieruka-radius, 0.5rem);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  [part~='caption'] {
    text-align: start;
    font-weight: 700;
    padding: 0.5rem 0.75rem;
    margin: 0;
  }
  th,
  td {
    padding: 0.375rem 0.625rem;
    border-block-end: 1px solid var(--mieruka-color-divider);
    vertical-align: top;
    text-align: start;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  thead th {
    background: var(--_head);
    font-weight: 700;
    vertical-align: bottom;
    border-block-end: 2px solid var(--mieruka-color-border);
    white-space: nowrap;
  }
  thead th:first-child,
  th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    border-inline-end: 1px solid var(--mieruka-color-divider);
  }
  thead th:first-child {
    z-index: 3;
  }
  th[scope='row'] {
    z-index: 1;
    width: var(--_name);
    min-width: min(var(--_name), 40cqi);
    background: var(--mieruka-color-background);
    font-weight: 400;
  }
  /* On a phone a table squeezed into its scroller gives each column its min-content width,
     whatever the cell's min-width says; this empty block holds the name column open (up to half
     the width), or at a large text size a name would wrap two characters a line. */
  @container (max-width: 36rem) {
    th[scope='row']::before {
      content: '';
      display: block;
      width: min(var(--_name), 50cqi);
    }
  }
  .sub th[scope='row'] {
    padding-inline-start: 2.25em;
  }
  .sub > * {
    border-block-end-style: dotted;
  }
  [part~='group'] {
    background: var(--_head);
    font-weight: 700;
  }
  .stick {
    position: sticky;
    inset-inline-start: 0.75rem;
    display: inline-block;
    max-width: min(60em, calc(100cqi - 2rem));
  }
  .sub-line {
    white-space: normal;
    min-width: 5em;
  }
  .trail,
  .context,
  .when,
  .printed,
  .sub-line {
    display: block;
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--mieruka-color-muted);
  }
  td.baseline,
  td.year,
  td.target,
  dd.baseline,
  dd.year,
  dd.target {
    text-align: end;
  }
  .v,
  .alt {
    white-space: nowrap;
  }
  .words {
    display: inline-block;
    min-width: 8em;
    max-width: 16em;
    text-align: start;
  }
  .printed,
  .when {
    white-space: normal;
    max-width: 10em;
    margin-inline-start: auto;
  }
  .alt {
    display: block;
    font-size: 0.875em;
    color: var(--mieruka-color-muted);
  }
  .ref {
    font-size: 0.75em;
    vertical-align: super;
    margin-inline-start: 0.125em;
  }
  td.progress {
    text-align: center;
    min-width: 7em;
  }
  dd.progress {
    text-align: end;
  }
  td.department {
    font-size: 0.875em;
    min-width: 8em;
  }
  .mark {
    font-size: 1.25em;
    line-height: 1;
  }
  .s-achieved { color: var(--mieruka-status-achieved); }
  .s-onTrack { color: var(--mieruka-status-on-track); }
  .s-flat { color: var(--mieruka-status-flat); }
  .s-behind { color: var(--mieruka-status-behind); }
  .s-offTrack { color: var(--mieruka-status-off-track); }
  .s-done { color: var(--mieruka-status-done); }
  .added {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
    margin-inline-end: 0.125em;
  }
  thead button {
    display: inline-flex;
    align-items: flex-end;
    gap: 0.25em;
    padding: 0.25rem;
    margin: -0.25rem;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
    border-radius: 0.25rem;
  }
  thead button:hover {
    text-decoration: underline;
  }
  .arrow {
    color: var(--mieruka-color-muted);
    font-size: 0.8em;
  }
  [aria-sort] .arrow {
    color: var(--mieruka-color-accent);
  }
  [part~='toggle'] {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    color: var(--mieruka-color-accent);
  }
  [part~='toggle'] .name-text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .chev {
    display: inline-block;
    width: 0.75em;
  }
  tr[part~='details'] td {
    background: var(--mieruka-color-surface);
    white-space: normal;
  }
  dl.details {
    margin: 0;
  }
  dl.details dt {
    font-weight: 700;
    font-size: 0.875em;
  }
  dl.details dd {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  dl.details ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--mieruka-color-accent);
  }
  .spark {
    display: block;
    overflow: visible;
  }
  .spark .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linejoin: round;
    /* A value alone between gaps (M x,y Z) shows as a dot. */
    stroke-linecap: round;
  }
  .spark .target {
    fill: none;
    stroke: var(--mieruka-color-muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .spark circle {
    fill: var(--_line);
  }
  [part~='more'] {
    position: sticky;
    inset-inline-start: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    max-width: 100cqi;
    padding: 0.75rem;
  }
  [part~='legend'] {
    margin-block-start: 0.75rem;
    font-size: 0.875em;
  }
  [part~='legend'] p {
    margin: 0 0 0.25rem;
  }
  .key {
    display: inline-block;
    margin-inline-end: 1em;
  }
  .notes-title {
    font-weight: 700;
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notes li {
    overflow-wrap: anywhere;
  }
  .caption {
    padding-inline: 0;
  }
  p.group {
    margin: 1rem 0 0.5rem;
    padding: 0.25rem 0.5rem;
    background: var(--_head);
    border-radius: 0.25rem;
    font-weight: 700;
  }
  [part~='cards'],
  .subcards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 48rem) {
    [part~='cards'] {
      grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
    }
  }
  [part~='card'] {
    padding: 0.75rem;
    border: 1px solid var(--mieruka-color-divider);
    border-radius: var(--mieruka-radius, 0.5rem);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .subcards {
    margin-block-start: 0.5rem;
    gap: 0.5rem;
  }
  .subcards [part~='card'] {
    padding: 0.5rem 0.75rem;
    border-style: dashed;
  }
  [part~='card'] .name {
    margin: 0;
    font-weight: 700;
  }
  [part~='card'] > dl {
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  .pair {
    display: contents;
  }
  [part~='card'] > dl dt {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }
  [part~='card'] > dl dd {
    margin: 0;
    text-align: end;
    white-space: normal;
  }
  [part~='card'] .when,
  [part~='card'] .printed {
    max-width: none;
  }
  [part~='card'] .spark {
    margin-block-start: 0.5rem;
    margin-inline-start: auto;
  }
  /* A narrow card (a phone at a large text size): each term above its value, so that neither
     is squeezed past the card's edge. */
  @container (max-width: 20rem) {
    [part~='card'] > dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    [part~='card'] > dl dd {
      margin-block-end: 0.375rem;
      text-align: start;
    }
    [part~='card'] .words {
      min-width: 0;
    }
  }
  div[part~='details'] {
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    background: var(--mieruka-color-surface);
    border-radius: 0.25rem;
  }
  [part~='empty'] {
    margin: 0;
    padding: 1rem;
    color: var(--mieruka-color-muted);
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .spark .line,
    .spark .target {
      stroke: CanvasText;
    }
    .spark circle {
      fill: CanvasText;
    }
    [part~='toggle'],
    thead button {
      color: LinkText;
    }
  }
  /* Print: no download, copy or sort controls; every row, the table not clipped by its scroller. */
  @media print {
    [part~='toolbar'],
    [part~='more'],
    [part~='status'] {
      display: none !important;
    }
    [part~='scroller'] {
      overflow: visible !important;
      max-height: none !important;
    }
    /* The sort arrows and the rows' ▸ do nothing on paper; a smaller type keeps every column on A4. */
    [part~='sort'] .arrow,
    [part~='toggle'] .chev {
      display: none;
    }
    [part~='table'] {
      font-size: 0.8em;
    }
  }
`;
