/**
 * Two states need a server that misbehaves, which Storybook does not have offline: a URL whose
 * request never ends (loading) and one that answers once and then fails (stale). Only these
 * sentinel URLs are intercepted; every other request goes to the network as usual. Installed
 * once per page, however many stories files import it.
 */

/** A document that never arrives: the element stays in its loading state. */
export const NEVER_ANSWERS = 'examples/__never-answers__.json';
/** The 2023 report once, then a network failure on every refresh. */
export const THEN_FAILS = 'examples/koriyama-collaboration-2023.json?then-fails';
/** A timeout long enough that the loading state stays while a designer looks at it. */
export const LOADING_TIMEOUT = 3600;

const flag = Symbol.for('mieruka/stories/fetch');
const w = window as unknown as Record<symbol, boolean>;
if (!w[flag]) {
  w[flag] = true;
  const realFetch = window.fetch.bind(window);
  let staleAnswers = 0;
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('__never-answers__')) {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (url.includes('then-fails') && staleAnswers++ > 0) return Promise.reject(new TypeError('Failed to fetch'));
    return realFetch(input, init);
  };
}
