import { expect } from '@open-wc/testing';
import * as en from '../src/translations/en.js';
import * as ja from '../src/translations/ja.js';

// One catalogue per language (issue #19): ja.ts and en.ts, one export per element plus the core.
// What the English one says, called with sample arguments, carries no Japanese punctuation of
// its own (full-width brackets, 、 。 ： or the ideographic space); both have the same keys.

const JAPANESE_PUNCTUATION = /[（）「」『』【】、。：；！\u3000]/;

/** Every string a catalogue can produce, with where it comes from. */
function outputs(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    for (const args of [['X', 'Y', 'Z', 'W'], [2, 3, 4, 5], ['X', 2, 'Y', 3], [{ status: 'X', latest: { value: 'X', year: 'Y' }, target: 'Z', targetYear: 'W', baseline: { value: 'X', year: 'Y' }, direction: 'Z', progress: 'W' }]]) {
      try {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string') out.push([`${path}(${args.map((a) => JSON.stringify(a)).join(',')})`, result]);
      } catch {
        // Arguments of another shape: the element tests cover those.
      }
    }
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) outputs(v, `${path}.${k}`, out);
  return out;
}

const keys = (o: unknown, p = ''): string[] =>
  o && typeof o === 'object' && !(o instanceof Set) ? Object.entries(o).flatMap(([k, v]) => [`${p}${k}`, ...keys(v, `${p}${k}.`)]) : [];

describe('translations (src/translations/ja.ts, en.ts)', () => {
  it('English writes no Japanese punctuation of its own', () => {
    const bad = outputs({ ...en }, 'en').filter(([, text]) => JAPANESE_PUNCTUATION.test(text));
    expect(bad).to.deep.equal([]);
  });

  it('Japanese and English have the same sections and the same keys', () => {
    // (The Japanese 5-less definitions are seed 003's wording; English translates them.)
    expect(keys({ ...en }).sort()).to.deep.equal(keys({ ...ja }).sort());
  });

  it('English lists are joined as English joins them (Intl.ListFormat), not with Japanese separators', async () => {
    const { formatList } = await import('../src/core/format.js');
    const { invalidStatus } = await import('../src/core/status.js');
    const { loadLanguage } = await import('../src/core/i18n.js');
    await loadLanguage('en');
    expect(formatList(['11.7', '11.b'], 'en')).to.equal('11.7 and 11.b');
    expect(en.sdgsBadges.targets(formatList(['11.7', '11.b'], 'en'), 2)).to.equal(' (targets 11.7 and 11.b)');
    expect(invalidStatus('good', 'en')).to.match(/^The status attribute "good" is not one of achieved, onTrack, .*, notApplicable, and unknown$/);
    expect(invalidStatus('good', 'ja')).to.match(/^status 属性の値「good」は使えません（achieved、onTrack、.*、notApplicable、unknown のいずれか）$/);
  });
});
