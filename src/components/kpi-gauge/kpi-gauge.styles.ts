import { css } from 'lit';

/**
 * Sized by container queries only: the host is a size container (baseStyles), and so is each
 * card, so a gauge lays itself out for the room it has (a 160 px card, a phone, a wide column),
 * whatever the viewport.
 */
export const styles = css`
  :host {
    --_track: var(--mieruka-kpi-gauge-track, var(--mieruka-color-divider));
    --_size: var(--mieruka-kpi-gauge-size, 15rem);
    --mieruka-skeleton-height: 12rem;
  }
  [part~='grid'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mieruka-kpi-gauge-column, 17rem)), 1fr));
    align-items: start;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    display: grid;
  }
  [part~='card'] {
    /* Hundreds of cards on one page: those off screen skip layout and paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
    container-type: inline-size;
    background: var(--mieruka-color-background);
    padding: 0.75rem 1rem;
    border: 1px solid var(--mieruka-color-divider);
    border-radius: var(--mieruka-radius, 0.5rem);
    min-width: 0;
  }
  [part~='name'] {
    margin: 0 0 0.5rem;
    font-weight: 700;
    font-size: 1em;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  [part~='series'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem 1.25rem;
  }
  [part~='series'] [part~='gauge'] {
    border-top: 1px solid var(--mieruka-color-divider);
    padding-top: 0.5rem;
  }
  [part~='label'] {
    margin: 0;
    font-weight: 700;
  }
  [part~='gauge'] {
    --_status: var(--mieruka-color-muted);
    min-width: 0;
  }
  [data-status='achieved'] { --_status: var(--mieruka-status-achieved); }
  [data-status='onTrack'] { --_status: var(--mieruka-status-on-track); }
  [data-status='flat'] { --_status: var(--mieruka-status-flat); }
  [data-status='behind'] { --_status: var(--mieruka-status-behind); }
  [data-status='offTrack'] { --_status: var(--mieruka-status-off-track); }
  [data-status='done'] { --_status: var(--mieruka-status-done); }

  [part~='figure'] {
    display: grid;
    gap: 0.25rem 1.25rem;
  }
  .graphic {
    display: grid;
    justify-items: center;
    width: 100%;
    max-width: var(--_size);
    justify-self: center;
  }
  [data-variant='bar'] .graphic {
    max-width: none;
    justify-items: stretch;
  }
  .arc {
    width: 100%;
    height: auto;
    display: block;
  }
  .arc + [part~='value'] {
    text-align: center;
    margin-top: 0.25rem;
  }
  .bar {
    width: 100%;
    height: 1.5rem;
    display: block;
    order: 1;
  }
  .bar + [part~='value'] {
    justify-self: start;
  }
  [part~='track'] {
    fill: var(--_track);
    stroke: var(--mieruka-color-border);
    stroke-width: 1;
  }
  [part~='indicator'] {
    fill: var(--_status);
  }
  [part~='marker'] {
    stroke: var(--mieruka-color-text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .bar [part~='marker'] {
    vector-effect: non-scaling-stroke;
  }
  [part~='value'] {
    margin: 0;
    /* In rem, stepped by the card's width (below): a size made of cqi would not follow the
       reader's text size (WCAG 1.4.4), only the card's width. */
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  [part~='year'] {
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--mieruka-color-muted);
    white-space: nowrap;
  }
  [part~='status'] {
    margin: 0.25rem 0 0;
    font-weight: 700;
  }
  [part~='status-symbol'] {
    display: inline-block;
    min-width: 1.25em;
    color: var(--_status);
    text-align: center;
  }
  .mark {
    font-weight: 400;
    color: var(--mieruka-color-muted);
  }
  [part~='progress'],
  [part~='note'] {
    margin: 0.125rem 0 0;
    font-size: 0.875rem;
  }
  [part~='note'] {
    color: var(--mieruka-color-muted);
    overflow-wrap: anywhere;
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75rem;
    margin: 0.375rem 0 0;
    font-size: 0.9375rem;
  }
  [part~='facts'] > div {
    display: contents;
  }
  [part~='facts'] dt {
    color: var(--mieruka-color-muted);
    white-space: nowrap;
  }
  [part~='facts'] dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .direction {
    display: inline-block;
    font-size: 0.8125rem;
    padding: 0 0.375rem;
    border: 1px solid var(--mieruka-color-border);
    border-radius: 999px;
    white-space: nowrap;
  }
  [part~='sparkline'] {
    display: block;
    width: 100%;
    max-width: 10rem;
    height: auto;
    margin-top: 0.5rem;
    overflow: visible;
  }
  [part~='sparkline'] .line {
    fill: none;
    stroke: var(--mieruka-color-accent);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  [part~='sparkline'] .last {
    fill: var(--mieruka-color-accent);
  }
  [part~='sparkline'] .target {
    stroke: var(--mieruka-color-muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  /* The disclosure, not the table, scrolls sideways when the table is wider than the card: a
     <table> made display: block has been read as loose text by some browsers (WebKit), and
     its visually hidden cells escaped the clip and widened the page. Arrow keys scroll the
     disclosure while its button has focus. */
  [part~='details'] {
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  /* A scroller only once open: a closed disclosure is only a button, and needs no scroll
     container (a paint layer and a scroll node per card) until its table is there. */
  [part~='details'][data-open] {
    position: relative;
    overflow-x: auto;
  }
  /* The button looks as a <summary> did: the accent colour and a disclosure triangle (not read). */
  [part~='summary'] {
    display: block;
    min-height: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
    color: var(--mieruka-color-accent);
  }
  [part~='summary']::before {
    content: counter(list-item, disclosure-closed) ' ' / '';
    margin-inline-end: 1px;
  }
  [part~='summary'][aria-expanded='true']::before {
    content: counter(list-item, disclosure-open) ' ' / '';
  }
  [part~='table'] {
    border-collapse: collapse;
    margin-top: 0.25rem;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 0.125rem 0.5rem 0.125rem 0;
    border-bottom: 1px solid var(--mieruka-color-divider);
    text-align: start;
    vertical-align: top;
  }
  [part~='table'] td:nth-child(2) {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part~='table'] th[scope='row'] {
    font-weight: 400;
  }
  [part~='empty'] {
    margin: 0;
    color: var(--mieruka-color-muted);
  }

  /* Wide: the graphic beside its words. */
  @container (min-width: 30rem) {
    [part~='figure'] {
      grid-template-columns: minmax(10rem, var(--_size)) 1fr;
      align-items: center;
    }
    [data-variant='bar'] [part~='figure'] {
      grid-template-columns: 1fr;
    }
  }
  @container (min-width: 24rem) {
    [part~='value'] {
      font-size: 1.75rem;
    }
  }
  /* A narrow card (a phone at a large text size): a year and its label may wrap; the table
     keeps readable columns and scrolls sideways inside its disclosure instead. */
  @container (max-width: 20rem) {
    [part~='year'] {
      white-space: normal;
    }
    [part~='table'] th[scope='row'] {
      min-width: 5em;
    }
    /* A restated figure ("21,973人（併記 22,000人）") must not widen the value column past the
       screen, leaving every other value out of sight to the right. */
    [part~='table'] td:nth-child(2) {
      min-width: 4.5em;
      white-space: normal;
      text-align: start;
    }
    [part~='table'] td:nth-child(3):not(:empty) {
      min-width: 8em;
    }
  }
  /* Narrow (down to 160 px): tighter card. */
  @container (max-width: 14rem) {
    [part~='card'] {
      padding: 0.5rem;
    }
    [part~='value'] {
      font-size: 1.25rem;
    }
    [part~='facts'] {
      grid-template-columns: 1fr;
      font-size: 0.875rem;
    }
    [part~='facts'] dd {
      margin-bottom: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    [part~='track'] {
      fill: Canvas;
      stroke: CanvasText;
    }
    [part~='indicator'],
    [part~='sparkline'] .last {
      fill: Highlight;
    }
    [part~='marker'],
    [part~='sparkline'] .line {
      stroke: CanvasText;
    }
    [part~='status-symbol'] {
      color: CanvasText;
    }
  }
  /* Print: each gauge whole on one page, its values by fiscal year printed under it. */
  @media print {
    [part~='item'],
    [part~='gauge'] {
      break-inside: avoid;
    }
    [part~='table'] {
      overflow: visible;
    }
    [part~='summary'] {
      display: none !important;
    }
  }
`;
