import { expect } from '@open-wc/testing';
import { linearScale } from '../src/charts/linear-scale.js';

// The values below are what d3-scale 4's scaleLinear().domain(d).range(r)[.clamp(true)] returns.
describe('linearScale', () => {
  it('maps linearly and extrapolates unless clamped', () => {
    const x = linearScale([2016, 2026], [0, 100]);
    expect([x(2016), x(2021), x(2026), x(2031)]).to.deep.equal([0, 50, 100, 150]);
    const y = linearScale([0, 20], [20, 0]);
    expect([y(0), y(5), y(20)]).to.deep.equal([20, 15, 0]);
  });

  it('clamps to the range when asked, also for a falling domain (lower is better)', () => {
    const x = linearScale([0, 16], [0, 100], true);
    expect([x(-1), x(4), x(20)]).to.deep.equal([0, 25, 100]);
    const down = linearScale([30, 10], [0, 1], true);
    expect([down(40), down(20), down(5)]).to.deep.equal([0, 0.5, 1]);
    expect(x.domain()).to.deep.equal([0, 16]);
    expect(x.range()).to.deep.equal([0, 100]);
  });

  it('maps an empty domain to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 10])(5)).to.equal(5);
    expect(linearScale([5, 5], [0, 10])(99)).to.equal(5);
  });

  it('stays finite from -Number.MAX_VALUE to Number.MAX_VALUE', () => {
    const y = linearScale([-Number.MAX_VALUE, Number.MAX_VALUE], [20, 0]);
    expect([y(-Number.MAX_VALUE), y(0), y(Number.MAX_VALUE)]).to.deep.equal([20, 10, 0]);
  });
});
