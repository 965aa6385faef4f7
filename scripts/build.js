// `npm run build`: everything a published package holds, in one command.
//   dist/cli/mieruka.js            the command-line tool (scripts/build-cli.js, also run by `prepare`)
//   dist/mieruka.js                every element, one ES module, dependencies bundled
//   dist/components/<name>.js      each element alone, one self-contained ES module each
//   dist/custom-elements.json      the custom elements manifest (custom-elements-manifest.config.mjs)
//   dist/types/…                   type declarations (tsconfig.build.json)
//   dist/embed.html, embed.js, embed.css
//                                  the iframe embed page (demo/embed.html): one widget from the
//                                  query, its height posted to the parent; embed.js holds every
//                                  element, so the three files work copied anywhere together
// The browser bundles come from vite.lib.config.ts, one Vite build per entry (see there why).
// dist/cli is rebuilt in place rather than deleted first, so that `npx mieruka` keeps working
// while a build runs.
import { spawn } from 'node:child_process';
import { copyFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const ELEMENTS = ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table'];
const EMBED_FILES = ['dist/embed.html', 'dist/embed.js', 'dist/embed.css'];

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
 * dist/embed.html from the demo's page, so that the two never drift: the same markup, with the
 * bundled script in place of the TypeScript entry. The page has no inline script or style
 * (its CSS is a file beside it), so it works under script-src 'self'; style-src 'self'.
 */
async function writeEmbedPage() {
  const page = await readFile(join(root, 'demo/embed.html'), 'utf8');
  const entry = '<script type="module" src="./embed.ts"></script>';
  if (!page.includes(entry)) throw new Error(`demo/embed.html no longer loads its script with ${entry}; update scripts/build.js`);
  if (/<style[\s>]|\sstyle=|<script(?![^>]*\ssrc=)/i.test(page)) throw new Error('demo/embed.html has an inline style or script, which a strict CSP blocks');
  await writeFile(join(root, 'dist/embed.html'), page.replace(entry, '<script type="module" src="./embed.js"></script>'));
  await copyFile(join(root, 'demo/embed.css'), join(root, 'dist/embed.css'));
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
    ['dist/mieruka.js', 'dist/components', 'dist/types', 'dist/custom-elements.json', ...EMBED_FILES].map((p) =>
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

  // One Vite build per entry, one after the other: the config reads its entry from the
  // environment when it is loaded.
  const { build } = await import('vite');
  for (const entry of ['mieruka', ...ELEMENTS, 'embed']) {
    process.env.MIERUKA_ENTRY = entry;
    await build({ configFile: join(root, 'vite.lib.config.ts'), logLevel: 'warn' });
  }
  delete process.env.MIERUKA_ENTRY;
  await writeEmbedPage();
  await buildDataCheckPage(build);

  await types;
  await manifest;

  const files = ['dist/cli/mieruka.js', 'dist/mieruka.js', ...ELEMENTS.map((n) => `dist/components/${n}.js`), ...EMBED_FILES, 'dist/custom-elements.json', 'dist/types/src/index.d.ts'];
  for (const f of files) log(`${f.padEnd(36)} ${(await stat(join(root, f))).size.toLocaleString('en').padStart(9)} B`);
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll();
}
