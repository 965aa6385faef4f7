import { expect } from '@open-wc/testing';
import {
  ARC_VIEWBOX,
  arcGeometry,
  barGeometry,
  gaugePosition,
  sparkGeometry,
} from '../src/components/kpi-gauge/kpi-gauge.geometry.js';

// Exact path strings, as d3-shape's own tests compare them. The arc is a half circle of radius
// 96 (band 72–96, corners 2) over the centre; angles run from −π/2 (baseline, left) to π/2
// (target, right), so these strings can be checked by hand: the needle at half way is vertical.
const TRACK =
  'M-93.979,0A2,2,0,0,1,-95.978,-2.043A96,96,0,0,1,95.978,-2.043A2,2,0,0,1,93.979,0L73.973,0A2,2,0,0,1,71.974,-1.946A72,72,0,0,0,-71.974,-1.946A2,2,0,0,1,-73.973,0Z';

describe('kpi-gauge geometry', () => {
  describe('gaugePosition', () => {
    it('places the latest value between baseline (0) and target (1)', () => {
      // きらめき出前講座実施件数: 261 (2016) → 299 (2023), target 300.
      expect(gaugePosition({ baseline: 261, target: 300, latest: 299 })).to.equal(38 / 39);
    });

    it('runs downward for lower-is-better indicators (the domain is simply reversed)', () => {
      // 市内交通事故発生件数: 1,128 → 601, target 300: falling values are progress.
      expect(gaugePosition({ baseline: 1128, target: 300, latest: 601 })).to.be.closeTo(527 / 828, 1e-12);
      expect(gaugePosition({ baseline: 1128, target: 300, latest: 1200 })).to.be.below(0);
    });

    it('is not clamped: past the target is > 1, behind the baseline < 0', () => {
      expect(gaugePosition({ baseline: 167, target: 220, latest: 494 })).to.equal(327 / 53);
      expect(gaugePosition({ baseline: 276, target: 300, latest: 161 })).to.equal(-115 / 24);
    });

    it('handles zero and negative values', () => {
      expect(gaugePosition({ baseline: 0, target: 2, latest: 1 })).to.equal(0.5);
      expect(gaugePosition({ baseline: -5, target: 5, latest: -1 })).to.equal(0.4);
    });

    it('is undefined when the baseline equals the target or a number is not finite', () => {
      expect(gaugePosition({ baseline: 2, target: 2, latest: 2 })).to.equal(undefined);
      expect(gaugePosition({ baseline: 0, target: Number.NaN, latest: 1 })).to.equal(undefined);
      expect(gaugePosition({ baseline: 0, target: 1, latest: Infinity })).to.equal(undefined);
    });
  });

  describe('arcGeometry', () => {
    it('uses a viewBox that holds the half circle and the needle', () => {
      expect(ARC_VIEWBOX).to.equal('-100 -100 200 104');
    });

    it('draws the track, the fill up to the latest value and a needle across the band', () => {
      const a = arcGeometry({ baseline: 0, target: 2, latest: 1 })!;
      expect(a.track).to.equal(TRACK);
      expect(a.fill).to.equal(
        'M-93.979,0A2,2,0,0,1,-95.978,-2.043A96,96,0,0,1,-2.043,-95.978A2,2,0,0,1,0,-93.979L0,-73.973A2,2,0,0,1,-1.946,-71.974A72,72,0,0,0,-71.974,-1.946A2,2,0,0,1,-73.973,0Z',
      );
      expect(a.marker).to.equal('M0,-64L0,-100');
      expect(a.position).to.equal(0.5);
    });

    it('places a real seed reading (きらめき出前講座, 97%)', () => {
      const a = arcGeometry({ baseline: 261, target: 300, latest: 299 })!;
      expect(a.marker).to.equal('M63.792,-5.15L99.676,-8.047');
      expect(a.fill).to.equal(
        'M-93.979,0A2,2,0,0,1,-95.978,-2.043A96,96,0,0,1,95.503,-9.759A2,2,0,0,1,93.674,-7.562L73.733,-5.952A2,2,0,0,1,71.584,-7.731A72,72,0,0,0,-71.974,-1.946A2,2,0,0,1,-73.973,0Z',
      );
    });

    it('fills a lower-is-better reading the same way (交通事故 64%)', () => {
      const a = arcGeometry({ baseline: 1128, target: 300, latest: 601 })!;
      expect(a.marker).to.equal('M26.607,-58.207L41.573,-90.949');
    });

    it('draws no fill at the baseline and puts the needle at the left end', () => {
      const a = arcGeometry({ baseline: 0, target: 2, latest: 0 })!;
      expect(a.fill).to.equal('');
      expect(a.marker).to.equal('M-64,0L-100,0');
    });

    it('clamps values past either end to that end', () => {
      const past = arcGeometry({ baseline: 167, target: 220, latest: 494 })!;
      expect(past.fill).to.equal(TRACK);
      expect(past.marker).to.equal('M64,0L100,0');
      const away = arcGeometry({ baseline: 276, target: 300, latest: 161 })!;
      expect(away.fill).to.equal('');
      expect(away.marker).to.equal('M-64,0L-100,0');
    });

    it('is undefined when nothing can be placed', () => {
      expect(arcGeometry({ baseline: 2, target: 2, latest: 2 })).to.equal(undefined);
    });
  });

  describe('barGeometry', () => {
    it('fills from the left edge to the latest value on a 200-unit bar', () => {
      // 1人1日当たりのごみ排出量: 1,141g → 1,105g, target 952g (lower is better).
      expect(barGeometry({ baseline: 1141, target: 952, latest: 1105 })).to.deep.equal({ fill: 38.095, marker: 38.095, position: 36 / 189 });
    });

    it('clamps to the bar', () => {
      expect(barGeometry({ baseline: 167, target: 220, latest: 494 })).to.include({ fill: 200, marker: 200 });
      expect(barGeometry({ baseline: 276, target: 300, latest: 161 })).to.include({ fill: 0, marker: 0 });
      expect(barGeometry({ baseline: 0, target: 0, latest: 0 })).to.equal(undefined);
    });
  });

  describe('sparkGeometry', () => {
    const kirameki = [
      { fiscalYear: 2016, value: 261 },
      { fiscalYear: 2020, value: 238 },
      { fiscalYear: 2021, value: 296 },
      { fiscalYear: 2022, value: 260 },
      { fiscalYear: 2023, value: 299 },
    ];

    it('spaces points by fiscal year and puts the target inside the y domain', () => {
      // x: 2016…2023 → 3…117; y: 238…300 → 29…3 (the target 300 is the top).
      expect(sparkGeometry(kirameki, 300)).to.deep.equal({
        path: 'M3,19.355L68.143,29L84.429,4.677L100.714,19.774L117,3.419',
        last: { x: 117, y: 3.419 },
        targetY: 3,
      });
    });

    it('without a target, the values alone set the y domain', () => {
      expect(sparkGeometry(kirameki)!.path).to.equal('M3,19.197L68.143,29L84.429,4.279L100.714,19.623L117,3');
    });

    it('draws a flat series in the middle rather than dividing by zero', () => {
      expect(sparkGeometry([{ fiscalYear: 2022, value: 148 }, { fiscalYear: 2023, value: 148 }])).to.deep.equal({
        path: 'M3,16L117,16',
        last: { x: 117, y: 16 },
        targetY: undefined,
      });
    });

    it('needs two points', () => {
      expect(sparkGeometry([])).to.equal(undefined);
      expect(sparkGeometry([{ fiscalYear: 2021, value: 1504 }], 1350)).to.equal(undefined);
    });
  });
});
