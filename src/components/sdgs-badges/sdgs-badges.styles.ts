import { css } from 'lit';

/**
 * Colour blocks drawn with CSS: each goal's block takes its official colour from --_goal and
 * its text colour from --_ink (both set per goal from sdgs-goals.ts). Everything else — the
 * name beside a chip, targets, counts, the goals the grid shows as absent — uses the theme's
 * text colours on the theme's background, so contrast follows the theme (light, dark,
 * forced colours).
 */
export const styles = css`
  :host {
    --_gap: var(--mieruka-sdgs-badges-gap, 0.5rem);
    --_radius: var(--mieruka-sdgs-badges-radius, 0.375rem);
    --_tile: var(--mieruka-sdgs-badges-tile-size, 8rem);
    --_cell: var(--mieruka-sdgs-badges-cell-size, 7rem);
    --_scale: 1;
  }
  :host([size='small']) {
    --_tile: var(--mieruka-sdgs-badges-tile-size, 6rem);
    --_cell: var(--mieruka-sdgs-badges-cell-size, 3.5rem);
    --_scale: 0.875;
  }
  :host([size='large']) {
    --_tile: var(--mieruka-sdgs-badges-tile-size, 10rem);
    --_cell: var(--mieruka-sdgs-badges-cell-size, 9rem);
    --_scale: 1.25;
  }
  [part~='base'] {
    font-size: calc(1em * var(--_scale));
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  [part~='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  :host([variant='tiles']) [part~='list'],
  :host([variant='grid']) [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile)), 1fr));
    align-items: start;
  }
  :host([variant='grid']) [part~='list'] {
    grid-template-columns: repeat(auto-fill, minmax(var(--_cell), 1fr));
  }
  [part~='goal'] {
    min-width: 0;
  }
  button {
    display: block;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    outline: 3px solid var(--mieruka-color-text);
    outline-offset: 2px;
  }
  button[aria-pressed='true']:focus-visible {
    outline-color: var(--mieruka-color-focus);
    box-shadow: 0 0 0 7px var(--mieruka-color-text);
  }
  .visual {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  [part~='block'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_goal);
    color: var(--_ink);
  }
  [part~='number'] {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  [part~='name'] {
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.4;
    word-break: auto-phrase;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([variant='tiles']) [part~='block'] {
    min-height: calc(var(--_tile) * 0.8);
  }
  :host([variant='grid']) [part~='block'] {
    position: relative;
    min-height: var(--_cell);
  }
  :host([variant='grid']) [part~='number'] {
    font-size: 1.375em;
  }
  :host([variant='grid']) [part~='name'] {
    font-size: 0.6875em;
  }
  :host([variant='grid'][size='small']) [part~='name'] {
    display: none;
  }
  [part~='mark'] {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.375rem;
    font-weight: 700;
  }
  .absent [part~='block'] {
    background: var(--mieruka-color-background);
    color: var(--mieruka-color-muted);
    border: 1px dashed var(--mieruka-color-border);
  }
  .absent [part~='number'] {
    font-weight: 400;
  }
  .absent [part~='name'] {
    font-weight: 400;
  }

  /* Chips: a small colour block with the number, the name beside it on the page's colours. */
  .meta {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  :host(:not([variant])) .meta,
  :host([variant='chips']) .meta {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125rem 0.5rem;
    min-width: 0;
  }
  :host(:not([variant])) .visual,
  :host([variant='chips']) .visual {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.75rem 0.25rem 0.25rem;
    border: 1px solid var(--mieruka-color-divider);
    border-radius: var(--_radius);
    background: var(--mieruka-color-background);
  }
  :host(:not([variant])) [part~='block'],
  :host([variant='chips']) [part~='block'] {
    align-items: center;
    justify-content: center;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0.125rem 0.25rem;
  }
  :host(:not([variant])) [part~='number'],
  :host([variant='chips']) [part~='number'] {
    font-size: 1.125em;
  }
  :host(:not([variant])) [part~='name'],
  :host([variant='chips']) [part~='name'] {
    font-size: 0.875em;
  }

  [part~='targets'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.375rem;
    font-size: 0.8125em;
    line-height: 1.4;
  }
  [part~='target'] {
    padding: 0 0.25rem;
    border: 1px solid var(--mieruka-color-border);
    border-radius: 0.25rem;
    font-variant-numeric: tabular-nums;
  }
  [part~='count'] {
    color: var(--mieruka-color-muted);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.4;
  }
  [part~='caption'],
  [part~='empty'] {
    margin-block-start: var(--_gap);
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }
  [part~='alert'] p + p {
    margin-block-start: 0.25rem;
  }
  [part~='detail'] {
    margin-block-start: calc(var(--_gap) * 2);
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_goal);
    background: var(--mieruka-color-surface);
  }
  [part~='detail'] ul {
    margin-block-start: 0.25rem;
    padding-inline-start: 1.25rem;
    list-style: disc;
  }
  [part~='detail'] .codes {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }

  @container (max-width: 22rem) {
    :host([variant='tiles']) [part~='list'] {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(var(--_tile) * 0.85)), 1fr));
    }
    :host([variant='grid']:not([size='large'])) [part~='list'] {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  /* Two columns when the text is large for the width (a phone at 200%): three would leave each
     goal's name two characters wide. */
  @container (max-width: 16em) {
    :host([variant='grid']:not([size='large'])) [part~='list'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    [part~='block'] {
      border: 1px solid CanvasText;
    }
    .absent [part~='block'] {
      border-style: dashed;
      color: GrayText;
    }
    [part~='detail'] {
      border-inline-start-color: CanvasText;
    }
    button[aria-pressed='true'] {
      outline-color: Highlight;
    }
  }
  /* Print: a badge is not split across pages; the goal buttons print as badges. */
  @media print {
    [part~='goal'] {
      break-inside: avoid;
    }
  }
`;
