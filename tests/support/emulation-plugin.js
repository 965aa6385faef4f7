// A test-runner command for what @web/test-runner-commands' emulateMedia cannot do: forced
// colours (Windows High Contrast). Its emulateMedia goes through puppeteer's
// page.emulateMediaFeatures, which refuses every feature but prefers-color-scheme,
// prefers-reduced-motion and color-gamut; Chromium itself emulates forced-colors over the
// DevTools protocol (Emulation.setEmulatedMedia), which is what this command sends, on a
// protocol session of its own so puppeteer's own media overrides stay untouched.
//   executeServerCommand('emulate-forced-colors', { active: true | false })

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  /** One protocol session per page (a page lives as long as its test file). */
  const sessions = new WeakMap();
  return {
    name: 'mieruka-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors needs the Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const value = payload && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
