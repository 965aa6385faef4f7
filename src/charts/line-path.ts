/**
 * An SVG path through points, straight segments, as d3-shape's `line()` with `curveLinear` writes
 * it: "M x,y L x,y …", coordinates rounded to `digits` decimals, a new "M" after each gap
 * (`undefined`), and "Z" after a lone point so that it still shows (with round caps).
 *
 * Written here rather than imported because our sparklines and the gauge's needle need nothing
 * else of `line()` (no curves, no accessors), and d3-shape's line brings its own generator code
 * into every page with a gauge or a trend table. The arc is src/charts/arc-path.ts, for the same reason.
 */
export function linePath(points: readonly (readonly [number, number] | undefined)[], digits = 3): string {
  const k = 10 ** digits;
  const r = (n: number) => Math.round(n * k) / k;
  let out = '';
  let run = 0;
  const close = () => {
    if (run === 1) out += 'Z';
    run = 0;
  };
  for (const p of points) {
    if (!p) {
      close();
      continue;
    }
    out += `${run ? 'L' : 'M'}${r(p[0])},${r(p[1])}`;
    run++;
  }
  close();
  return out;
}
