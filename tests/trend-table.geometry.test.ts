import { expect } from '@open-wc/testing';
import { sparkline } from '../src/components/trend-table/trend-table.geometry.js';

describe('trend table sparkline geometry', () => {
  it('draws the values across the table’s years and the target as a horizontal line', () => {
    const g = sparkline({
      points: [
        { fiscalYear: 2016, value: 0 },
        { fiscalYear: 2018, value: 10 },
        { fiscalYear: 2020, value: 5 },
      ],
      target: 20,
      span: [2016, 2020],
      width: 100,
      height: 20,
      inset: 0,
    });
    expect(g.line).to.equal('M0,20L50,10L100,15');
    expect(g.target).to.equal('M0,0L100,0');
    expect(g.last).to.deep.equal({ x: 100, y: 15 });
  });

  it('leaves a gap where a year shows —, and sorts the points by year', () => {
    const g = sparkline({
      points: [
        { fiscalYear: 2023, value: 3 },
        { fiscalYear: 2016, value: 9 },
        { fiscalYear: 2020, value: 6 },
        { fiscalYear: 2021, value: null },
        { fiscalYear: 2022, value: 6 },
      ],
      target: 6,
      span: [2016, 2025],
      width: 96,
      height: 28,
    });
    // x: 3 + (year − 2016) × 10; y over [3, 9]: 25 − (v − 3) × 22 / 6
    expect(g.line).to.equal('M3,3L43,14M63,14L73,25');
    expect(g.target).to.equal('M3,14L93,14');
    expect(g.last).to.deep.equal({ x: 73, y: 25 });
  });

  it('rounds to one decimal place', () => {
    const g = sparkline({ points: [{ fiscalYear: 2016, value: 1 }, { fiscalYear: 2019, value: 2 }], span: [2016, 2023], width: 96, height: 28 });
    // x(2019) = 3 + 3 × 90 / 7 = 41.571…
    expect(g.line).to.equal('M3,25L41.6,3');
    expect(g.target).to.be.undefined;
  });

  it('a flat series or a single year still has a height and a width', () => {
    const g = sparkline({ points: [{ fiscalYear: 2021, value: 5 }], target: 5, span: [2021, 2021], width: 10, height: 10, inset: 0 });
    // x over [2020, 2022], y over [4, 6]
    expect(g.line).to.equal('M5,5Z');
    expect(g.target).to.equal('M0,5L10,5');
    expect(g.last).to.deep.equal({ x: 5, y: 5 });
  });

  it('no values: no line, no end dot', () => {
    const g = sparkline({ points: [{ fiscalYear: 2021, value: null }], span: [2016, 2025], width: 96, height: 28 });
    expect(g.line).to.equal('');
    expect(g.last).to.be.undefined;
  });
});
