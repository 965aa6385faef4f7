import { expect } from '@open-wc/testing';
import { validateDocument } from '../data-schema/index.js';

describe('harness', () => {
  it('serves seeds and runs the validator in Chromium', async () => {
    const seed = await (await fetch('/seeds/001_413f5a279a7b76a8.txt')).text();
    expect(seed).to.contain('合計 57計画');
    const r = validateDocument({});
    expect(r.ok).to.equal(false);
  });
});
