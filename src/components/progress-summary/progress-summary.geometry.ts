import { linearScale } from '../../charts/linear-scale.js';

/**
 * The stacked bar of one group of counts (statuses, or a scale's grades): numbers in, SVG user
 * units out (no DOM). The bar is drawn in a BAR_WIDTH × BAR_HEIGHT box stretched to the text's
 * width; each count is a segment, in the order given, and a count of 0 is no segment.
 */
export const BAR_WIDTH = 100;
export const BAR_HEIGHT = 10;

export interface Segment {
  /** Index of the count in the list given. */
  index: number;
  x: number;
  width: number;
}

/** Two decimals are finer than a pixel at any width a phone or a desktop gives the bar. */
const round = (v: number) => Math.round(v * 100) / 100;

export function stackedBar(counts: readonly number[]): Segment[] {
  const total = counts.reduce((a, b) => a + Math.max(0, b), 0);
  const x = linearScale([0, Math.max(total, 1)], [0, BAR_WIDTH], true);
  const out: Segment[] = [];
  let sum = 0;
  counts.forEach((c, index) => {
    if (!(c > 0)) return;
    const start = round(x(sum));
    sum += c;
    out.push({ index, x: start, width: round(round(x(sum)) - start) });
  });
  return out;
}
