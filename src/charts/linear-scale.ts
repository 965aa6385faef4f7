/**
 * A linear scale with d3-scale's call shape: `linearScale([d0, d1], [r0, r1], clamp)(value)`.
 *
 * Written here rather than imported because d3-scale's `scaleLinear` carries d3-interpolate
 * (and through it d3-color) and d3-format for its `ticks`/`tickFormat`/`interpolate` methods;
 * none of which a gauge or a bar needs, and which cost about 8.5 kB min+gzip per bundle against
 * a 30 kB budget. Our charts only ever map a number between two ranges, which is this.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // Halved before subtracting, so that a domain from −Number.MAX_VALUE to Number.MAX_VALUE
  // (schema-valid) does not overflow to Infinity and give NaN paths. An empty domain (all values
  // equal, or equal after rounding above 2^53) maps to the middle of the range, as d3's does.
  const span = d1 / 2 - d0 / 2;
  const scale = ((value: number) => {
    let t = span === 0 ? 0.5 : (value / 2 - d0 / 2) / span;
    if (clamp) t = Math.min(1, Math.max(0, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}
