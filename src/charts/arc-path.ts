/**
 * An annular sector with rounded corners, written exactly as d3-shape's `arc()` (3.2, with
 * `cornerRadius` and no pad angle) writes it through d3-path: the same corner tangents, the same
 * "M … A … L … Z" commands, coordinates rounded to 3 decimals. tests/arc-path.test.ts holds the
 * output to `arc()`'s on thousands of random sectors.
 *
 * Written here rather than imported because the gauge needs nothing else of `arc()` (no pad
 * angle, no accessors, no canvas context), and d3-shape's arc with d3-path is about 2 kB
 * gzipped on every page with a gauge (docs/size.md). Angles are d3's: radians, clockwise from
 * twelve o'clock. Domain: 0 ≤ inner < outer, corner ≥ 0, and less than a full turn between the
 * angles (a full ring is d3's separate branch, which the gauge never draws).
 */

const { abs, acos, atan2, cos, sin, sqrt, min, max, PI } = Math;
/** d3-shape's epsilon for geometry, and d3-path's for "the pen is already there". */
const EPSILON = 1e-12;
const PEN_EPSILON = 1e-6;
const TAU = 2 * PI;

/** The subset of d3-path's Path that arc() uses, with its rounding (digits 3). */
class Pen {
  text = '';
  private x = 0;
  private y = 0;

  private put(command: string, ...numbers: number[]): void {
    this.text += command + numbers.map((n) => Math.round(n * 1000) / 1000).join(',');
  }

  moveTo(x: number, y: number): void {
    this.put('M', (this.x = x), (this.y = y));
  }

  lineTo(x: number, y: number): void {
    this.put('L', (this.x = x), (this.y = y));
  }

  arc(cx: number, cy: number, r: number, a0: number, a1: number, ccw: boolean): void {
    const x0 = cx + r * cos(a0);
    const y0 = cy + r * sin(a0);
    let da = ccw ? a0 - a1 : a1 - a0;
    // The pen is never empty here (arc() always moves first): a line when it is elsewhere.
    if (abs(this.x - x0) > PEN_EPSILON || abs(this.y - y0) > PEN_EPSILON) this.lineTo(x0, y0);
    if (!r) return;
    if (da < 0) da = (da % TAU) + TAU;
    const sweep = ccw ? 0 : 1;
    // (A turn a hair short of 2π, as atan2 can give, is drawn by d3-path as a full circle.)
    if (da > TAU - PEN_EPSILON) {
      this.put('A', r, r, 0, 1, sweep, cx - (x0 - cx), cy - (y0 - cy));
      this.put('A', r, r, 0, 1, sweep, (this.x = x0), (this.y = y0));
    } else if (da > PEN_EPSILON) this.put('A', r, r, 0, +(da >= PI), sweep, (this.x = cx + r * cos(a1)), (this.y = cy + r * sin(a1)));
  }
}

interface Tangents {
  cx: number;
  cy: number;
  x01: number;
  y01: number;
  x11: number;
  y11: number;
}

function intersect(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): [number, number] | undefined {
  const x10 = x1 - x0;
  const y10 = y1 - y0;
  const x32 = x3 - x2;
  const y32 = y3 - y2;
  let t = y32 * x10 - x32 * y10;
  if (t * t < EPSILON) return undefined;
  t = (x32 * (y0 - y2) - y32 * (x0 - x2)) / t;
  return [x0 + t * x10, y0 + t * y10];
}

/** The circle of radius |rc| tangent to the ring r1 and to the sector's edge (x0,y0)–(x1,y1). */
function cornerTangents(x0: number, y0: number, x1: number, y1: number, r1: number, rc: number, cw: boolean): Tangents {
  const x01 = x0 - x1;
  const y01 = y0 - y1;
  const lo = (cw ? rc : -rc) / sqrt(x01 * x01 + y01 * y01);
  const ox = lo * y01;
  const oy = -lo * x01;
  const x11 = x0 + ox;
  const y11 = y0 + oy;
  const x10 = x1 + ox;
  const y10 = y1 + oy;
  const x00 = (x11 + x10) / 2;
  const y00 = (y11 + y10) / 2;
  const dx = x10 - x11;
  const dy = y10 - y11;
  const d2 = dx * dx + dy * dy;
  const r = r1 - rc;
  const D = x11 * y10 - x10 * y11;
  const d = (dy < 0 ? -1 : 1) * sqrt(max(0, r * r * d2 - D * D));
  let cx = (D * dy - dx * d) / d2;
  let cy = (-D * dx - dy * d) / d2;
  const cx1 = (D * dy + dx * d) / d2;
  const cy1 = (-D * dx + dy * d) / d2;
  // The closer of the two intersections.
  if ((cx - x00) ** 2 + (cy - y00) ** 2 > (cx1 - x00) ** 2 + (cy1 - y00) ** 2) [cx, cy] = [cx1, cy1];
  return { cx, cy, x01: -ox, y01: -oy, x11: cx * (r1 / r - 1), y11: cy * (r1 / r - 1) };
}

/** One ring with its two rounded corners (or, when they have merged, one arc between them). */
function roundedRing(pen: Pen, t0: Tangents, t1: Tangents, r: number, rc: number, merged: boolean, ringCcw: boolean, cw: boolean, first: 'moveTo' | 'lineTo'): void {
  pen[first](t0.cx + t0.x01, t0.cy + t0.y01);
  if (merged) return pen.arc(t0.cx, t0.cy, rc, atan2(t0.y01, t0.x01), atan2(t1.y01, t1.x01), !cw);
  pen.arc(t0.cx, t0.cy, rc, atan2(t0.y01, t0.x01), atan2(t0.y11, t0.x11), !cw);
  pen.arc(0, 0, r, atan2(t0.cy + t0.y11, t0.cx + t0.x11), atan2(t1.cy + t1.y11, t1.cx + t1.x11), ringCcw);
  pen.arc(t1.cx, t1.cy, rc, atan2(t1.y11, t1.x11), atan2(t1.y01, t1.x01), !cw);
}

/** The sector between `startAngle` and `endAngle`, rings `inner` and `outer`, corners rounded by `corner`. */
export function arcPath(inner: number, outer: number, corner: number, startAngle: number, endAngle: number): string {
  const [r0, r1] = [inner, outer];
  const a0 = startAngle - PI / 2;
  const a1 = endAngle - PI / 2;
  const da = abs(a1 - a0);
  const cw = a1 > a0;
  const pen = new Pen();
  const rc = min(abs(r1 - r0) / 2, corner);
  let rc0 = rc;
  let rc1 = rc;
  const x01 = r1 * cos(a0);
  const y01 = r1 * sin(a0);
  const x10 = r0 * cos(a1);
  const y10 = r0 * sin(a1);
  const x11 = r1 * cos(a1);
  const y11 = r1 * sin(a1);
  const x00 = r0 * cos(a0);
  const y00 = r0 * sin(a0);
  // The corners shrink to fit a narrow sector, and go when the edges do not meet.
  if (rc > EPSILON && da < PI) {
    const oc = intersect(x01, y01, x00, y00, x11, y11, x10, y10);
    if (oc) {
      const [ax, ay, bx, by] = [x01 - oc[0], y01 - oc[1], x11 - oc[0], y11 - oc[1]];
      const kc = 1 / sin(acos((ax * bx + ay * by) / (sqrt(ax * ax + ay * ay) * sqrt(bx * bx + by * by))) / 2);
      const lc = sqrt(oc[0] * oc[0] + oc[1] * oc[1]);
      rc0 = min(rc, (r0 - lc) / (kc - 1));
      rc1 = min(rc, (r1 - lc) / (kc + 1));
    } else rc0 = rc1 = 0;
  }
  if (!(r1 > EPSILON)) pen.moveTo(0, 0);
  else {
    if (!(da > EPSILON)) pen.moveTo(x01, y01);
    else if (rc1 > EPSILON) roundedRing(pen, cornerTangents(x00, y00, x01, y01, r1, rc1, cw), cornerTangents(x11, y11, x10, y10, r1, rc1, cw), r1, rc1, rc1 < rc, !cw, cw, 'moveTo');
    else {
      pen.moveTo(x01, y01);
      pen.arc(0, 0, r1, a0, a1, !cw);
    }
    if (!(r0 > EPSILON) || !(da > EPSILON)) pen.lineTo(x10, y10);
    else if (rc0 > EPSILON) roundedRing(pen, cornerTangents(x10, y10, x11, y11, r0, -rc0, cw), cornerTangents(x01, y01, x00, y00, r0, -rc0, cw), r0, rc0, rc0 < rc, cw, cw, 'lineTo');
    else pen.arc(0, 0, r0, a1, a0, cw);
  }
  return `${pen.text}Z`;
}
