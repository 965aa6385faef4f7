import { linearScale, type LinearScale } from '../../charts/linear-scale.js';

/**
 * The summary bars of <mieruka-five-less>: numbers in, SVG user units out (no DOM).
 * A bar is drawn in a 100 × BAR_HEIGHT box stretched to the text's width; its scale runs
 * from 0 to the number of plans, so bars of the five categories compare directly.
 */
export const BAR_WIDTH = 100;
export const BAR_HEIGHT = 8;

export interface Segment {
  x: number;
  width: number;
}

export interface BarGeometry {
  /** Plans the category applies to (該当), from the start. */
  applies: Segment;
  /** Plans whose mark is unknown (未設定), drawn apart at the far end, so unknown never reads as zero. */
  unknown: Segment;
}

/** Two decimals are finer than a pixel at any width a phone or a desktop gives the bar. */
const round = (v: number) => Math.round(v * 100) / 100;

/** 0 … total plans → 0 … BAR_WIDTH (a total of 0 still gives a usable scale). */
export function barScale(total: number): LinearScale {
  return linearScale([0, Math.max(total, 1)], [0, BAR_WIDTH], true);
}

export function summaryBar(applies: number, unknown: number, total: number): BarGeometry {
  const x = barScale(total);
  const a = round(x(applies));
  const u = round(x(unknown));
  return { applies: { x: 0, width: a }, unknown: { x: round(BAR_WIDTH - u), width: u } };
}
