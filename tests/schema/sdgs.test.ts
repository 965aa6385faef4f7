import { expect } from '@open-wc/testing';
import { SDGS_CODE_PATTERN, SDG_TARGET_COUNTS, isSdgTarget, sdgGoalOf } from '../../data-schema/index.js';
import { PLAN, expectProblems, expectValid, minimalDocument, planOf } from './helpers.js';

const withSdgs = (codes: unknown[]) => {
  const doc = minimalDocument();
  planOf(doc).sdgs = codes;
  return doc;
};

describe('SDGs codes', () => {
  const accepted = [
    '1', '11', '17', // goals
    '11.7', '11.b', '17.17', '8.10', '16.10', // targets named in the brief
    '3.4', '3.6', '5.2', '11.3', '13.1', '13.3', '16.1', '16.2', // seed 000, plan ①
    '11.a', '5.c', '6.b', '7.a', '12.5', '16.6', '16.7', '17.8', '17.19', '1.a', '1.b', '15.c',
  ];
  const refused = ['18', '0', '11.z', '17.20', '11.8', '1.c', '11 7', '11.', '.7', '11.07', '011', '11.B', '11-7', '17.a', '8.11', '16.11', '', ' 11', '１１'];

  for (const code of accepted) {
    it(`accepts "${code}"`, () => {
      expectValid(withSdgs([code]));
      expect(SDGS_CODE_PATTERN.test(code)).to.equal(true);
    });
  }

  for (const code of refused) {
    it(`refuses ${JSON.stringify(code)} (format at ${PLAN}/sdgs/1)`, () => {
      expectProblems(withSdgs(['11.7', code]), [[`${PLAN}/sdgs/1`, 'format']]);
      expect(SDGS_CODE_PATTERN.test(code)).to.equal(false);
    });
  }

  it('refuses a number (11 rather than "11")', () => {
    expectProblems(withSdgs([11]), [[`${PLAN}/sdgs/0`, 'type']]);
  });

  it('reports every bad code of a list, each at its index', () => {
    expectProblems(withSdgs(['18', '11.7', '0', '11.z']), [
      [`${PLAN}/sdgs/0`, 'format'],
      [`${PLAN}/sdgs/2`, 'format'],
      [`${PLAN}/sdgs/3`, 'format'],
    ]);
  });

  it('the table has 169 targets, and the pattern accepts exactly those plus the 17 goals', () => {
    let targets = 0;
    for (const [goal, [numeric, lettered]] of Object.entries(SDG_TARGET_COUNTS)) {
      targets += numeric + lettered;
      expect(SDGS_CODE_PATTERN.test(`${goal}.${numeric}`), `${goal}.${numeric}`).to.equal(true);
      expect(SDGS_CODE_PATTERN.test(`${goal}.${numeric + 1}`), `${goal}.${numeric + 1}`).to.equal(false);
      if (lettered > 0) expect(SDGS_CODE_PATTERN.test(`${goal}.${'abcdefghij'[lettered - 1]}`)).to.equal(true);
      expect(SDGS_CODE_PATTERN.test(`${goal}.${'abcdefghij'[lettered]}`)).to.equal(false);
    }
    expect(targets).to.equal(169);
    expect(Object.keys(SDG_TARGET_COUNTS)).to.have.length(17);
  });

  it('sdgGoalOf and isSdgTarget', () => {
    expect(sdgGoalOf('11.7')).to.equal(11);
    expect(sdgGoalOf('17')).to.equal(17);
    expect(sdgGoalOf('8.10')).to.equal(8);
    expect(sdgGoalOf('18')).to.equal(undefined);
    expect(sdgGoalOf('11.z')).to.equal(undefined);
    expect(isSdgTarget('11.b')).to.equal(true);
    expect(isSdgTarget('11')).to.equal(false);
    expect(isSdgTarget('11.8')).to.equal(false);
  });
});
