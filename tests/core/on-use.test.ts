/**
 * src/core/on-use.ts: code fetched on first use, once per page, and fetched again after a
 * failure (a reader offline for a moment must not keep the failure until the page reloads).
 */
import { expect } from '@open-wc/testing';
import { OnUse } from '../../src/core/on-use.js';

describe('OnUse', () => {
  it('fetches once however many ask, and keeps what arrived', async () => {
    let fetches = 0;
    const code = new OnUse(async () => ({ n: ++fetches }));
    expect(code.value).to.equal(undefined);
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).to.equal(b);
    expect(await code.load()).to.equal(a);
    expect(fetches).to.equal(1);
    expect(code.value).to.equal(a);
    expect(code.failed).to.equal(false);
  });

  it('says a fetch failed, and fetches again at the next load', async () => {
    let online = false;
    let fetches = 0;
    const code = new OnUse(async () => {
      fetches++;
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return 'code';
    });
    let error: unknown;
    await code.load().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(code.failed).to.equal(true);
    expect(code.value).to.equal(undefined);
    online = true;
    expect(await code.load()).to.equal('code');
    expect(code.failed).to.equal(false);
    expect(fetches).to.equal(2);
  });
});
