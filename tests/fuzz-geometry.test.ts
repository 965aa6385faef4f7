/**
 * Fuzzing the chart geometry (issue #12): any finite numbers a valid document can hold
 * (0, negatives, 22,000,000, decimals, ±1e21, ±Number.MAX_VALUE) must give drawable shapes —
 * never NaN or Infinity in a path or a coordinate. The element properties in
 * fuzz-elements.test.ts found a NaN on screen; these narrow it to the function that makes it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sparkline } from '../src/components/trend-table/trend-table.geometry.js';
import { arcGeometry, barGeometry, sparkGeometry } from '../src/components/kpi-gauge/kpi-gauge.geometry.js';
import { summaryBar } from '../src/components/five-less/five-less.geometry.js';
import { fiscalYearArb, numberArb } from './support/arbitraries.js';

const SEED = 2_026_1123;
const ENDONFAILURE = true;
const options = (seed: number, numRuns = 3_000) => ({ seed, numRuns, endOnFailure: ENDONFAILURE, includeErrorInReport: true });

/** Every number in a value (strings are searched for NaN/Infinity, as an SVG attribute would show them). */
function badNumbers(value: unknown): string[] {
  const bad: string[] = [];
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) bad.push(String(v));
    if (typeof v === 'string' && /NaN|Infinity/.test(v)) bad.push(v);
    return v;
  });
  return bad;
}

const pointsArb = fc.array(fc.record({ fiscalYear: fiscalYearArb, value: fc.option(numberArb, { nil: null, freq: 5 }) }), { maxLength: 6 });

describe('fuzz: chart geometry gives finite shapes for any finite numbers', () => {
  // FAILS (bug): shrunk counterexample (points, target, span) = [[], -1e21, [2014, 1900]]
  // → {"line":"","target":"M3,NaNL117,NaN"}. sparkline() widens lo === hi by ±1, which does nothing
  // for |v| ≥ 2^53, and linear() then divides by zero; ±Number.MAX_VALUE overflows d1 - d0 too.
  it("trend table's sparkline", () => {
    fc.assert(
      fc.property(pointsArb, fc.option(numberArb, { nil: undefined }), fc.tuple(fiscalYearArb, fiscalYearArb), (points, target, [a, b]) => {
        const years = [a, b, ...points.map((p) => p.fiscalYear)];
        const span = [Math.min(...years), Math.max(...years)] as const;
        const result = sparkline({ points, target, span, width: 120, height: 28 });
        expect(badNumbers(result), JSON.stringify(result)).to.deep.equal([]);
      }),
      options(SEED),
    );
  });

  // FAILS (bug): shrunk counterexample [[{fiscalYear: 2014, value: -Number.MAX_VALUE},
  // {fiscalYear: 1900, value: Number.MAX_VALUE}, {fiscalYear: 2014, value: 0}, {fiscalYear: 1900, value: 0}], undefined]
  // → a path with NaN: d3's scaleLinear divides by y1 - y0, which overflows to Infinity.
  it("KPI gauge's sparkline", () => {
    const finitePoints = fc.array(fc.record({ fiscalYear: fiscalYearArb, value: numberArb }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(finitePoints, fc.option(numberArb, { nil: undefined }), (points, target) => {
        const result = sparkGeometry(points, target);
        expect(badNumbers(result), JSON.stringify(result)).to.deep.equal([]);
      }),
      options(SEED + 1),
    );
  });

  // FAILS (bug): shrunk counterexample (baseline, target, latest) = [0, -5e-324, -8.881784197001252e-16]
  // → marker "MNaN,NaNLNaN,NaN": gaugePosition() checks its inputs are finite but not its result;
  // (latest - baseline) / (target - baseline) overflows and d3's interpolation makes it NaN. In a
  // document: baseline 0.5, latest -Number.MAX_VALUE, target 0 (see fuzz-elements.test.ts).
  it("KPI gauge's arc and bar", () => {
    fc.assert(
      fc.property(numberArb, numberArb, numberArb, (baseline, target, latest) => {
        for (const result of [arcGeometry({ baseline, target, latest }), barGeometry({ baseline, target, latest })]) {
          expect(badNumbers(result), JSON.stringify(result)).to.deep.equal([]);
        }
      }),
      options(SEED + 2),
    );
  });

  it("5レス summary bar", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (x, y, z) => {
        const [applies, unknown, total] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const result = summaryBar(applies, unknown, total + applies);
        expect(badNumbers(result), JSON.stringify(result)).to.deep.equal([]);
      }),
      options(SEED + 3),
    );
  });
});
