/**
 * src/charts/line-path.ts stands in for d3-shape's line() in the gauge and the trend table: it
 * must write exactly what line() writes (d3-shape stays a dependency for the arc, so the test
 * compares with the real thing) for any points, gaps and precision.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { linePath } from '../src/charts/line-path.js';

type P = readonly [number, number] | undefined;

describe('linePath, as d3-shape line() writes it', () => {
  it('agrees with line().defined(…).digits(d) on random points with gaps', () => {
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const point = fc.option(fc.tuple(coordinate, coordinate), { freq: 4, nil: undefined });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (points: P[], digits) => {
        const d3 = line<P>()
          .defined((p) => p !== undefined)
          .x((p) => p![0])
          .y((p) => p![1])
          .digits(digits)(points) ?? '';
        expect(linePath(points, digits)).to.equal(d3);
      }),
      { seed: 4_12_2026, numRuns: 2_000 },
    );
  });

  it('writes the usual cases as expected', () => {
    expect(linePath([[0, -64], [0, -100]])).to.equal('M0,-64L0,-100');
    expect(linePath([[1.23456, 2], undefined, [3, 4]], 1)).to.equal('M1.2,2ZM3,4Z');
    expect(linePath([])).to.equal('');
  });
});
