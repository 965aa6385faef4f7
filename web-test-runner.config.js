import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findBrowser } from './scripts/find-browser.js';
import { mockServer } from './tests/support/mock-server.js';

// The seed texts live beside the checkout (../shared/seeds); tests that compare the example
// documents with the seeds fetch them from /seeds/NAME.
const SEEDS = resolve(process.env.MIERUKA_SEEDS ?? '../shared/seeds');

/** Serves /seeds/NAME from the seed folder. */
function seedFiles(ctx, next) {
  const match = /^\/seeds\/([\w.-]+\.txt)$/.exec(ctx.path);
  if (!match) return next();
  const file = resolve(SEEDS, basename(match[1]));
  if (!existsSync(file)) {
    ctx.status = 404;
    ctx.body = `seed ${match[1]} not found in ${SEEDS}`;
    return undefined;
  }
  ctx.type = 'text/plain; charset=utf-8';
  ctx.body = createReadStream(file);
  return undefined;
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: @open-wc's fixture() waits for requestAnimationFrame, which a background page never gets.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [seedFiles, mockServer],
  // a11ySnapshot lets tests read the accessibility tree, not just the DOM.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=ja-JP',
          // Two test pages run at once; a background page must not have its timers throttled.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
