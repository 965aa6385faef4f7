import { expect } from '@open-wc/testing';
import { en } from '../src/translations/en.js';
import { ja } from '../src/translations/ja.js';
import { registerTranslation, translation } from '../src/core/i18n.js';

// One catalogue per language (issue #19): what the English one says, called with sample
// arguments, never carries Japanese punctuation (full-width brackets, 、 or 。) of its own.

const JAPANESE_PUNCTUATION = /[（）「」『』、。：]/;

/** Every string a catalogue can produce, with where it comes from. */
function outputs(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    for (const args of [['X', 'Y', 'Z'], [2, 3, 4], ['X', 2, 'Y', 3]]) {
      try {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string') out.push([`${path}(${args.join(',')})`, result]);
      } catch {
        // Arguments of another shape (an object of parts): covered by the element tests.
      }
    }
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) outputs(v, `${path}.${k}`, out);
  return out;
}

describe('translations', () => {
  it('the English catalogue writes no Japanese punctuation of its own', () => {
    const bad = outputs(en, 'en').filter(([, text]) => JAPANESE_PUNCTUATION.test(text.replace(/[XYZ]/g, '')));
    expect(bad).to.deep.equal([]);
  });

  it('both catalogues have every key', () => {
    const keys = (o: unknown, p = ''): string[] =>
      o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => [`${p}${k}`, ...keys(v, `${p}${k}.`)]) : [];
    expect(keys(en).sort()).to.deep.equal(keys(ja).sort());
  });

  it('a registered translation replaces the one of its language', () => {
    expect(translation('en')).to.equal(en);
    const plain = { ...en, core: { ...en.core, loading: 'Loading…' } };
    registerTranslation(plain);
    expect(translation('en').core.loading).to.equal('Loading…');
    registerTranslation(en);
  });
});
