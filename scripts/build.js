// `npm run build`: everything a published package holds, in one command.
//   dist/cli/mieruka.js            the command-line tool (scripts/build-cli.js, also run by `prepare`)
//   dist/lib/…                     for npm: unbundled ES modules that import lit, zod, d3… by name
//                                  (scripts/build-npm.js); package.json's `exports` point here
//   dist/cdn/…                     for one <script type="module">: the loader mieruka.js,
//                                  components/<name>.js, content-hashed shared chunks, and the
//                                  iframe page embed.html on the same chunks (scripts/build-cdn.js)
//   dist/custom-elements.json      the custom elements manifest (custom-elements-manifest.config.mjs)
//   dist/types/…                   type declarations (tsconfig.build.json)
//   dist/data-check/               the 「データの確認 / Check your data」 page and its chunks
//   dist/wordpress/mieruka.zip     the WordPress plugin with a copy of dist/cdn/ (scripts/build-wordpress.js)
// dist/cli is rebuilt in place rather than deleted first, so that `npx mieruka` keeps working
// while a build runs.
import { spawn } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildWordPressPlugin } from './build-wordpress.js';

import { buildCdn } from './build-cdn.js';
import { buildNpm } from './build-npm.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Runs a package's command-line script with this Node; rejects with its output when it fails. */
function run(label, script, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${label} failed (exit ${code}):\n${output}`)),
    );
  });
}

function packageBin(pkg, bin) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), bin);
}

/**
 * dist/data-check/: the 「データの確認 / Check your data」 page (demo/data-check.html), a page of
 * its own with the workbook module; the spreadsheet library is a separate chunk it loads on use.
 */
export async function buildDataCheckPage(build) {
  await build({
    configFile: false,
    root: join(root, 'demo'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(root, 'dist/data-check'), emptyOutDir: true, chunkSizeWarningLimit: 2000, rollupOptions: { input: join(root, 'demo/data-check.html') } },
  });
}

export async function buildAll({ quiet = false } = {}) {
  const started = performance.now();
  const log = quiet ? () => {} : (s) => console.log(s);
  process.chdir(root);
  await Promise.all(
    // (and what builds before 2026-12 wrote: dist/mieruka.js, dist/components/, dist/embed.*)
    ['dist/lib', 'dist/cdn', 'dist/types', 'dist/custom-elements.json', 'dist/mieruka.js', 'dist/components', 'dist/embed.html', 'dist/embed.js', 'dist/embed.css'].map((p) =>
      rm(join(root, p), { recursive: true, force: true }),
    ),
  );

  // The declarations and the manifest do not depend on the bundles: run them alongside.
  const types = run('tsc -p tsconfig.build.json', packageBin('typescript', 'bin/tsc'), ['-p', 'tsconfig.build.json']);
  const manifest = run('custom elements manifest', packageBin('@custom-elements-manifest/analyzer', 'cem.js'), [
    'analyze',
    '--litelement',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--quiet',
  ]);
  // Keep both promises handled while the bundles build, so that an early failure is not an
  // unhandled rejection; they are awaited (and their errors thrown) below.
  types.catch(() => {});
  manifest.catch(() => {});

  await run('CLI build', join(root, 'scripts/build-cli.js'), []);

  await buildNpm();
  await buildCdn();
  await buildDataCheckPage((await import('vite')).build);

  await buildWordPressPlugin();

  await types;
  await manifest;

  const cdn = (await readdir(join(root, 'dist/cdn'), { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => `dist/cdn/${f}`);
  const files = ['dist/cli/mieruka.js', 'dist/lib/src/index.js', ...cdn.sort(), 'dist/cdn/embed.html', 'dist/custom-elements.json', 'dist/types/src/index.d.ts', 'dist/wordpress/mieruka.zip'];
  for (const f of files) log(`${f.padEnd(44)} ${(await stat(join(root, f))).size.toLocaleString('en').padStart(9)} B`);
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll();
}
