import { css } from 'lit';

/*
 * Why, for rules whose reason is not plain:
 * - .swatch.plain: a grade the document does not explain has no colour; an outlined box (not a
 *   grey one) so that it does not read as "not assessed".
 * - .segment + stroke: segments are separated by a line of the background colour, so adjacent
 *   grades without colour (fill-opacity steps) and forced-colours palettes still show the parts.
 */
export const styles = css`
  :host {
    --_plain: var(--mieruka-progress-summary-grade-color, var(--mieruka-color-muted));
  }
  section {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
  }
  p {
    margin: 0;
  }
  [part~='scope'] {
    grid-column: 1 / -1;
    font-weight: 700;
    font-size: 1.0625em;
  }
  [part~='group'] {
    display: grid;
    gap: 0.375rem;
    align-content: start;
  }
  .heading {
    font-weight: 700;
    font-size: 0.9375em;
  }
  [part~='bar'] {
    display: block;
    width: 100%;
    height: 0.625rem;
  }
  .track {
    fill: var(--mieruka-color-divider);
  }
  .segment {
    stroke: var(--mieruka-color-background);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .segment.plain {
    fill: var(--_plain);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  button,
  [part~='empty'] {
    font: inherit;
    color: inherit;
    display: inline-flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0 0.3em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.625rem;
    border-radius: var(--mieruka-radius);
    box-sizing: border-box;
    align-content: center;
  }
  button {
    cursor: pointer;
    background: var(--mieruka-color-surface);
    border: 1px solid var(--mieruka-color-border);
  }
  button:hover {
    border-color: var(--mieruka-color-text);
  }
  button[aria-pressed='true'] {
    background: var(--mieruka-color-accent-surface);
    border: 2px solid var(--mieruka-color-accent);
    font-weight: 700;
  }
  [part~='empty'] {
    color: var(--mieruka-color-muted);
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    align-self: center;
  }
  .swatch.plain {
    border: 2px solid var(--_plain);
    box-sizing: border-box;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .muted,
  [part~='note'] {
    color: var(--mieruka-color-muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border: 3px double ButtonText;
    }
    /* SVG keeps author colours in forced colours: the reader's palette instead (!important beats
       the inline status colour), the parts told apart by Canvas gaps, the whole by an outline. */
    .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .segment,
    .segment.plain {
      fill: CanvasText !important;
      fill-opacity: 1 !important;
      stroke: Canvas;
      stroke-width: 2;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
  }
  /* Print: a group of counts is not split across pages; the toggles print as their counts. */
  @media print {
    [part~='group'] {
      break-inside: avoid;
    }
  }
`;
