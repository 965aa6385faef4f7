/**
 * src/charts/arc-path.ts stands in for d3-shape's arc() in the gauge: it must write exactly what
 * arc().cornerRadius(c) writes (d3-shape stays a development dependency, so the test compares
 * with the real thing) for any rings, corners and angles short of a full turn, including the
 * narrow sectors whose corners shrink or merge and the collapsed ones.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { arc } from 'd3-shape';
import { arcPath } from '../src/charts/arc-path.js';

interface Sector {
  inner: number;
  outer: number;
  corner: number;
  startAngle: number;
  endAngle: number;
}

const d3Arc = ({ inner, outer, corner, startAngle, endAngle }: Sector) => arc().cornerRadius(corner)({ innerRadius: inner, outerRadius: outer, startAngle, endAngle }) ?? '';
const ours = ({ inner, outer, corner, startAngle, endAngle }: Sector) => arcPath(inner, outer, corner, startAngle, endAngle);

describe('arcPath, as d3-shape arc() writes it', () => {
  it('agrees with arc().cornerRadius(c) on random sectors', () => {
    const radius = fc.double({ min: 0, max: 500, noNaN: true });
    const angle = fc.double({ min: -2 * Math.PI, max: 2 * Math.PI, noNaN: true });
    const sector = fc
      .record({ a: radius, b: radius, corner: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 60, noNaN: true })), startAngle: angle, span: fc.double({ min: -2 * Math.PI + 1e-5, max: 2 * Math.PI - 1e-5, noNaN: true }) })
      .filter(({ a, b }) => a !== b)
      .map(({ a, b, corner, startAngle, span }): Sector => ({ inner: Math.min(a, b), outer: Math.max(a, b), corner, startAngle, endAngle: startAngle + span }));
    fc.assert(
      fc.property(sector, (s) => {
        expect(ours(s)).to.equal(d3Arc(s));
      }),
      { seed: 4_12_2026, numRuns: 5_000 },
    );
  });

  it('agrees on the gauge: its track and every fill from empty to full, and the edge cases', () => {
    const half = Math.PI / 2;
    const cases: Sector[] = [];
    for (let i = 0; i <= 1000; i++) cases.push({ inner: 72, outer: 96, corner: 2, startAngle: -half, endAngle: -half + (Math.PI * i) / 1000 });
    // Tiny sectors (the corners merge, then go), a zero span, a point-sized ring, no inner ring.
    for (const span of [0, 1e-13, 1e-9, 1e-6, 1e-3, 0.01, 0.05]) cases.push({ inner: 72, outer: 96, corner: 2, startAngle: -half, endAngle: -half + span });
    cases.push({ inner: 0, outer: 96, corner: 2, startAngle: 0, endAngle: 1 }, { inner: 0, outer: 1e-13, corner: 0, startAngle: 0, endAngle: 1 }, { inner: 10, outer: 20, corner: 8, startAngle: 1, endAngle: -2 });
    for (const s of cases) expect(ours(s), JSON.stringify(s)).to.equal(d3Arc(s));
  });

  it('writes the gauge track as a rounded half ring', () => {
    // Corners of radius 2 (four A2,2), the outer ring clockwise, the inner one back.
    expect(arcPath(72, 96, 2, -Math.PI / 2, Math.PI / 2)).to.equal(
      'M-93.979,0A2,2,0,0,1,-95.978,-2.043A96,96,0,0,1,95.978,-2.043A2,2,0,0,1,93.979,0L73.973,0A2,2,0,0,1,71.974,-1.946A72,72,0,0,0,-71.974,-1.946A2,2,0,0,1,-73.973,0Z',
    );
  });
});
