// dist/lib/: mieruka for npm, as unbundled ES modules, one file per source file. They import
// lit, @lit-labs/virtualizer, d3-* and zod by their bare names, so that the app's
// bundler keeps one copy of each, shared with the app and anything else it uses (Lit's
// publishing guide: do not publish bundled code). package.json's `exports` map points here;
// the declarations beside them (dist/types/, tsc) have the same layout.
// The schema's editor-only descriptions are stripped and the style literals minified, as in
// the CDN folder; nothing else is minified (an app's bundler minifies).
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BROWSER_BUILD } from './browser-build.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The browser modules: src/ without the CLI (dist/cli/) and the CDN loader, and data-schema/*.ts. */
async function sources() {
  const files = [];
  for (const dir of ['src', 'data-schema']) {
    for (const e of await readdir(join(root, dir), { recursive: dir === 'src', withFileTypes: true })) {
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      if (e.isFile() && path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.startsWith('src/cli/') && path !== 'src/loader.ts') files.push(path);
    }
  }
  return files.sort();
}

export async function buildNpm() {
  const out = join(root, 'dist/lib');
  await rm(out, { recursive: true, force: true });
  await build({
    ...BROWSER_BUILD,
    bundle: false,
    minify: false,
    entryPoints: await sources(),
    outbase: root,
    outdir: out,
    write: true,
    tsconfig: join(root, 'tsconfig.json'),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildNpm();
