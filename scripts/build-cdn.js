// dist/cdn/: mieruka for one `<script type="module">`, pre-bundled, from any path.
//   dist/cdn/mieruka.js               the loader (src/loader.ts): imports the elements a page uses
//   dist/cdn/components/<name>.js     one element, for pages that list what they load
//   dist/cdn/chunks/<name>-<hash>.js  the code they share (Lit, zod, d3, the core, each element),
//                                     content-hashed, so a new release never meets an old cache
//   dist/cdn/embed.html, embed.js, embed.css
//                                     the iframe page (demo/embed.html), on the same chunks
//   dist/cdn/placeholders.js          what upgrades `data-mieruka` placeholders (src/core/placeholders.ts)
// One Vite (Rolldown) build with code splitting over the elements, the placeholders and the
// embed page, so that each piece of code is in exactly one file and every page fetches each file
// once; Rolldown's splitting makes fewer, larger chunks than esbuild's (one gauge: 10 files
// against 12, 0.8 kB less gzipped; measured 2026-12-04, docs/size.md), and one group (SHARED,
// below) folds the small shared chunks into one (one gauge: 5 files). Then the loader
// alone (esbuild, one small file), whose only imports are the stable names components/<name>.js
// and placeholders.js, so that it fetches nothing before a page needs an element. Every import
// between the files is relative ("./chunks/…", "../chunks/…"), so the folder works wherever it
// is copied, and carries no query string, so two script tags with different `?ver=` still share
// every chunk.
//
// An element's own code is a chunk too: components/<name>.js only re-exports it. Were the code
// in the entry file itself, `components/kpi-gauge.js?ver=2` beside the loader would run it a
// second time (another URL is another module) and define the tag twice.
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BROWSER_BUILD } from './browser-build.js';
import { minifyCssLiteralsVite } from './minify-css-literals.js';
import { stripSchemaDocsVite } from './strip-schema-docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cdn');

/** The element names: every src/components/<name>/<name>.ts (the same list as src/elements.ts). */
export async function elementNames() {
  const dirs = await readdir(join(root, 'src/components'), { withFileTypes: true });
  return dirs
    .filter((d) => d.isDirectory() && existsSync(join(root, 'src/components', d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort();
}

/** `components/<name>`: a one-line module that re-exports the element, whose code goes to a chunk. */
const ENTRY = 'mieruka-element:';
const elementEntries = {
  name: 'mieruka-element-entries',
  enforce: 'pre',
  resolveId(id) {
    // (library mode hands the entry over as a path under the root)
    const at = id.indexOf(ENTRY);
    return at >= 0 && !id.startsWith('\0') ? `\0${id.slice(at)}` : undefined;
  },
  load(id) {
    if (!id.startsWith(`\0${ENTRY}`)) return undefined;
    const name = id.slice(ENTRY.length + 1);
    return `export * from ${JSON.stringify(join(root, `src/components/${name}/${name}.ts`))};`;
  },
};

/**
 * src/translations/ja.ts and en.ts are one file per language with one export per element (and
 * the core): a bundler keeps only the sections something imports, but a chunk holds whole
 * modules, so one module shared by every element would land in a shared chunk with every
 * element's texts. Each element (and the placeholders) gets its own copy of each file instead,
 * `ja.ts?section=<name>`, which tree-shaking cuts down to the section that element uses: a page
 * fetches the Japanese of the elements it shows, and an English page, on demand, their English
 * (one small chunk per element, src/core/i18n.ts). The core's copies stay plain.
 */
const TRANSLATIONS = new Set(['ja', 'en'].map((lang) => join(root, `src/translations/${lang}.ts`)));
const translationSections = {
  name: 'mieruka-translation-sections',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || !/\/translations\/(ja|en)\.js$/.test(source)) return undefined;
    const from = relative(root, importer.split('?')[0]).split('\\').join('/');
    const owner = /^src\/components\/([a-z-]+)\//.exec(from)?.[1] ?? (from === 'src/core/placeholders.ts' ? 'placeholders' : undefined);
    if (!owner) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || !TRANSLATIONS.has(resolved.id)) return undefined;
    return `${resolved.id}?section=${owner}`;
  },
};

/**
 * The shared chunk, `mieruka-element-<hash>.js`: Lit, the core, the shape check and the core's
 * Japanese, and the few small modules the gauge shares with one or two other elements (status
 * and progress, the line path and the scale). Left to itself, Rolldown gives each set of
 * entries that share code a chunk of its own: the gauge page fetched nine files, six of them
 * under 2.2 kB, and each file is gzipped apart (measured: the one-gauge page 33.5 → 32.9 kB and
 * all five 71.9 → 71.1 kB with these in one file; docs/size.md). What only some elements use and
 * the gauge does not (the width and chunk controllers, style-props, the SDGs table) stays in its
 * own chunk, so that the gauge page does not carry it; so does everything fetched only on use
 * (the `$initial` tag: reached by static imports from an entry).
 */
const SHARED = [
  /^src\/core\/(?!follow|placeholders|width|chunks|style-props)/,
  /^src\/charts\/(line-path|linear-scale)\.ts$/,
  /^data-schema\/(?!sdgs)/,
  /^src\/translations\/ja\.ts$/,
  /^node_modules\/(lit\/(index|decorators)|lit-html\/lit-html|lit-element\/|@lit\/reactive-element\/)/,
];
function inSharedChunk(id) {
  // (the element copies of the texts, ja.ts?section=<name>, stay with their element)
  return !id.includes('?') && SHARED.some((re) => re.test(relative(root, id).split('\\').join('/')));
}

/** In the loader, `import('./components/<name>/<name>.js')` is the built `./components/<name>.js`. */
const loaderImports = {
  name: 'mieruka-loader-imports',
  setup(b) {
    b.onResolve({ filter: /^\.\/(components\/[a-z-]+\/[a-z-]+|core\/placeholders)\.js$/ }, (args) => ({
      path: args.path.startsWith('./core/') ? './placeholders.js' : `./components/${args.path.split('/')[2]}.js`,
      external: true,
    }));
  },
};

/**
 * The embed page, from the demo's page so the two never drift: the same markup with the built
 * script in place of the TypeScript entry. No inline script or style (CSS is a file beside it),
 * so it works under script-src 'self'; style-src 'self'.
 */
async function writeEmbedPage() {
  const page = await readFile(join(root, 'demo/embed.html'), 'utf8');
  const entry = '<script type="module" src="./embed.ts"></script>';
  if (!page.includes(entry)) throw new Error(`demo/embed.html no longer loads its script with ${entry}; update scripts/build-cdn.js`);
  if (/<style[\s>]|\sstyle=|<script(?![^>]*\ssrc=)/i.test(page)) throw new Error('demo/embed.html has an inline style or script, which a strict CSP blocks');
  await writeFile(join(out, 'embed.html'), page.replace(entry, '<script type="module" src="./embed.js"></script>'));
  await copyFile(join(root, 'demo/embed.css'), join(out, 'embed.css'));
}

export async function buildCdn() {
  await rm(out, { recursive: true, force: true });
  const names = await elementNames();
  const { build: viteBuild } = await import('vite');
  const [result] = [].concat(
    await viteBuild({
      root,
      configFile: false,
      publicDir: false,
      envDir: false,
      mode: 'production',
      logLevel: 'warn',
      // Lit and its dependencies pick their production builds; any NODE_ENV check is settled here.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      plugins: [stripSchemaDocsVite(), minifyCssLiteralsVite(), elementEntries, translationSections],
      build: {
        target: 'es2022',
        outDir: out,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: {
          entry: {
            placeholders: join(root, 'src/core/placeholders.ts'),
            ...Object.fromEntries(names.map((name) => [`components/${name}`, `${ENTRY}${name}`])),
            embed: join(root, 'demo/embed.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        // Library mode keeps the whitespace of ES output; Rolldown's minify removes it.
        rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { groups: [{ name: 'mieruka-element', tags: ['$initial'], test: inSharedChunk }] } } },
      },
    }),
  );
  const loader = await build({
    ...BROWSER_BUILD,
    plugins: [...BROWSER_BUILD.plugins, loaderImports],
    entryPoints: [{ in: join(root, 'src/loader.ts'), out: 'mieruka' }],
    outdir: out,
    write: true,
    metafile: true,
    legalComments: 'none',
  });
  await writeEmbedPage();
  // Which source modules each file holds (paths under dist/cdn/ → module paths under the root).
  const modules = new Map();
  for (const chunk of result.output) if (chunk.type === 'chunk') modules.set(chunk.fileName, chunk.moduleIds.map((id) => relative(root, id).split('\\').join('/')));
  for (const [file, output] of Object.entries(loader.metafile.outputs)) modules.set(relative(out, file).split('\\').join('/'), Object.keys(output.inputs));
  return { names, modules };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { modules } = await buildCdn();
  for (const file of [...modules.keys()].sort()) console.log(`dist/cdn/${file}`);
}
