import { expect } from '@open-wc/testing';
import { eraOfFiscalYear, formatFiscalYear, formatList, formatPartialDate, listParts, formatValue, loadLanguage } from '../../src/core/index.js';

// English texts load on demand (src/core/i18n.ts): code that formats outside an element loads them first.
before(() => loadLanguage('en'));

describe('formatting numbers as the seeds print them', () => {
  it('groups digits: 22,000,000', () => expect(formatValue(22000000, 'ja')).to.equal('22,000,000'));
  it('people: 1,283人', () => expect(formatValue(1283, 'ja', { unit: '人' })).to.equal('1,283人'));
  it('points with one decimal: 68.7点', () => expect(formatValue(68.7, 'ja', { unit: '点', decimals: 1 })).to.equal('68.7点'));
  it('keeps a printed trailing zero: 70.0%', () => expect(formatValue(70, 'ja', { unit: '%', decimals: 1 })).to.equal('70.0%'));
  it('approximate thousands of yen: 約502,593千円', () =>
    expect(formatValue(502593, 'ja', { unit: '千円', approximate: true })).to.equal('約502,593千円'));
  it('grams: 1,141g', () => expect(formatValue(1141, 'ja', { unit: 'g' })).to.equal('1,141g'));
  it('negative and zero', () => {
    expect(formatValue(-290, 'ja', { unit: '世帯' })).to.equal('-290世帯');
    expect(formatValue(0, 'ja', { unit: '件' })).to.equal('0件');
  });
  it('English puts units into words where it can', () => {
    expect(formatValue(1283, 'en', { unit: '人' })).to.equal('1,283 people');
    expect(formatValue(502593, 'en', { unit: '千円', approximate: true })).to.equal('about 502,593 thousand yen');
    expect(formatValue(70, 'en', { unit: '%', decimals: 1 })).to.equal('70.0%');
  });
});

describe('fiscal years and dates', () => {
  it('2023 → 2023年度, with wareki 2023年度（令和5年度）', () => {
    expect(formatFiscalYear(2023, 'ja')).to.equal('2023年度');
    expect(formatFiscalYear(2023, 'ja', { wareki: true })).to.equal('2023年度（令和5年度）');
  });
  it('FY2019 is 令和元年度 (the era in force for most of the year), FY1988 昭和63年度', () => {
    expect(eraOfFiscalYear(2019, 'ja')).to.equal('令和元年');
    expect(eraOfFiscalYear(1988, 'ja')).to.equal('昭和63年');
  });
  it('English: FY2023 (Reiwa 5)', () => {
    expect(formatFiscalYear(2023, 'en')).to.equal('FY2023');
    expect(formatFiscalYear(2023, 'en', { wareki: true })).to.equal('FY2023 (5 Reiwa)'.replace('5 Reiwa', eraOfFiscalYear(2023, 'en')));
    expect(eraOfFiscalYear(2023, 'en')).to.contain('Reiwa');
  });
  it('partial dates as precise as given', () => {
    expect(formatPartialDate('2024', 'ja')).to.equal('2024年');
    expect(formatPartialDate('2021-09', 'ja')).to.equal('2021年9月');
    expect(formatPartialDate('2022-03-24', 'ja')).to.equal('2022年3月24日');
    expect(formatPartialDate('2022-03-24', 'en')).to.equal('March 24, 2022');
  });
  it('lists of departments read naturally', () => {
    expect(formatList(['学校管理課', '保育課'], 'ja')).to.equal('学校管理課、保育課');
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
  });
});

describe('listParts (issue #19: lists joined by Intl.ListFormat)', () => {
  it('keeps the items and gives the separators of the language', () => {
    const a = { n: 'a' };
    const b = { n: 'b' };
    const c = { n: 'c' };
    expect(listParts([a, b, c], 'ja')).to.deep.equal([a, '、', b, '、', c]);
    expect(listParts([a, b, c], 'en')).to.deep.equal([a, ', ', b, ', and ', c]);
    expect(listParts([a], 'en')).to.deep.equal([a]);
  });

  it('joins as Intl.ListFormat does, for every length, asked twice (the shapes are kept per count)', () => {
    const names = ['市民課', 'Civic Affairs', '保育課、幼稚園', 'A and B', '0', '1', '', '{x}'];
    for (const lang of ['ja', 'en'] as const) {
      const intl = new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { type: 'conjunction' });
      for (let n = 0; n <= 25; n++) {
        const items = Array.from({ length: n }, (_, i) => names[i % names.length]! + (i > 7 ? i : ''));
        for (let round = 0; round < 2; round++) expect(formatList(items, lang), `${lang} ${n}`).to.equal(intl.format(items));
      }
    }
  });
});
