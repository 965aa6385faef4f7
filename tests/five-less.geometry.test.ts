import { expect } from '@open-wc/testing';
import { BAR_WIDTH, barScale, summaryBar } from '../src/components/five-less/five-less.geometry.js';

describe('five-less geometry', () => {
  it('the scale maps 0 … plans onto 0 … 100', () => {
    const x = barScale(16);
    expect(x.domain()).to.deep.equal([0, 16]);
    expect(x.range()).to.deep.equal([0, BAR_WIDTH]);
    expect(x(4)).to.equal(25);
    expect(x(16)).to.equal(100);
  });

  it('clamps counts beyond the number of plans, and a scope of 0 plans still has a scale', () => {
    expect(barScale(16)(20)).to.equal(100);
    expect(barScale(16)(-1)).to.equal(0);
    expect(barScale(0).domain()).to.deep.equal([0, 1]);
    expect(summaryBar(0, 0, 0)).to.deep.equal({ applies: { x: 0, width: 0 }, unknown: { x: 100, width: 0 } });
  });

  it('該当 from the start, 未設定 at the far end', () => {
    expect(summaryBar(2, 4, 16)).to.deep.equal({ applies: { x: 0, width: 12.5 }, unknown: { x: 75, width: 25 } });
    expect(summaryBar(4, 6, 16)).to.deep.equal({ applies: { x: 0, width: 25 }, unknown: { x: 62.5, width: 37.5 } });
    expect(summaryBar(0, 57, 57)).to.deep.equal({ applies: { x: 0, width: 0 }, unknown: { x: 0, width: 100 } });
  });

  it('rounds to two decimals', () => {
    expect(summaryBar(1, 1, 3)).to.deep.equal({ applies: { x: 0, width: 33.33 }, unknown: { x: 66.67, width: 33.33 } });
    expect(summaryBar(2, 0, 7)).to.deep.equal({ applies: { x: 0, width: 28.57 }, unknown: { x: 100, width: 0 } });
  });
});
