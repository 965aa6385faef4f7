import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_FLAGS, findBrowser } from './scripts/find-browser.js';
import { mockServer } from './tests/support/mock-server.js';
import { forcedColorsPlugin } from './tests/support/emulation-plugin.js';
import { printPlugin } from './tests/support/print-plugin.js';
import { frameworkModules } from './tests/support/framework-modules.js';
import { minifyCssLiteralsWds } from './scripts/minify-css-literals.js';

/**
 * Serves /examples/NAME.json from data-schema/examples, as Storybook's staticDirs and the demo
 * do: tests/stories-axe.test.ts renders the stories, which load the examples from there.
 */
function exampleFiles(ctx, next) {
  const match = /^\/examples\/([\w.-]+\.json)$/.exec(ctx.path);
  const file = match && resolve(import.meta.dirname, 'data-schema/examples', basename(match[1]));
  if (!file || !existsSync(file)) return next();
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = createReadStream(file);
  return undefined;
}

// Issue #11: demo/cms-page.html as a city CMS serves it, under a strict Content-Security-Policy
// (tests/csp.test.ts). Built from the demo page on every request so the two never drift.
const CSP = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
// Loaded first (a classic, parser-blocking script from 'self'): records every violation and
// every mieruka-load / mieruka-error from the very start of the page.
const CSP_WATCH = `window.__cspViolations = [];
window.__mierukaEvents = [];
window.addEventListener('securitypolicyviolation', (e) => {
  const el = e.composedPath()[0];
  const host = el && el.getRootNode && el.getRootNode().host;
  window.__cspViolations.push({
    element: el && el.localName ? \`\${host ? host.localName + ' > ' : ''}\${el.localName}\${el.className ? '.' + String(el.className.baseVal ?? el.className).trim().replace(/\\s+/g, '.') : ''}\` : '',
    directive: e.effectiveDirective || e.violatedDirective,
    blockedURI: e.blockedURI,
    sourceFile: e.sourceFile,
    line: e.lineNumber,
    sample: e.sample,
    disposition: e.disposition,
  });
}, true);
for (const type of ['mieruka-load', 'mieruka-error']) {
  window.addEventListener(type, (e) => {
    const el = e.composedPath()[0];
    window.__mierukaEvents.push({ type, tag: el && el.localName, id: el && el.id, detail: JSON.parse(JSON.stringify(e.detail || null)) });
  }, true);
}
`;

/** Serves /__csp/page.html (demo/cms-page.html + the CSP header) and /__csp/watch.js. */
async function cspPage(ctx, next) {
  if (ctx.path === '/__csp/watch.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = CSP_WATCH;
    return undefined;
  }
  if (ctx.path !== '/__csp/page.html') return next();
  const demo = await readFile(resolve(import.meta.dirname, 'demo/cms-page.html'), 'utf8');
  const scripts = demo.match(/<script type="module" src="[^"]*"><\/script>/g) ?? [];
  if (scripts.length !== 1) throw new Error(`demo/cms-page.html: expected one module script tag, found ${scripts.length}`);
  const html = demo
    // The demo page's one script tag points at the loader; here, the dev server's.
    .replace(scripts[0], '<script type="module" src="/src/loader.ts"></script>')
    // The demo (Vite) serves data-schema/examples at /examples/; this server at its own path.
    .replaceAll('src="/examples/', 'src="/data-schema/examples/')
    .replace('<head>', '<head>\n    <script src="/__csp/watch.js"></script>')
    // The probe: an inline script that must NOT run (proof that the header is enforced).
    .replace('</body>', '    <script>window.__inlineRan = true;</script>\n  </body>');
  ctx.set('Content-Security-Policy', CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = html;
  return undefined;
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: @open-wc's fixture() waits for requestAnimationFrame, which a background page never gets.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [exampleFiles, mockServer, cspPage],
  // a11ySnapshot lets tests read the accessibility tree, not just the DOM; forcedColors
  // emulates Windows High Contrast (tests/forced-colors.test.ts); frameworkModules serves React
  // and Vue as browser modules (tests/frameworks-*.test.ts). The styles are minified as the
  // build minifies them, so every test runs against the CSS that ships.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyCssLiteralsWds(),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    printPlugin(),
    frameworkModules(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        args: [
          ...CHROMIUM_FLAGS,
          '--lang=ja-JP',
          // A page must not have its timers throttled when it is not the focused one.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
