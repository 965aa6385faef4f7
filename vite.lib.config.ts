import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyCssLiteralsVite } from './scripts/minify-css-literals.js';
import { stripSchemaDocsVite } from './scripts/strip-schema-docs.js';

/**
 * The browser bundles of `npm run build` (scripts/build.js), in Vite library mode. The demo and
 * Storybook keep using vite.config.ts.
 *
 * One entry per build: MIERUKA_ENTRY names it (`mieruka`, the default, for every element, an
 * element's name, or `embed` for the embed page's script). Each output file must work alone in
 * a page with only that one `<script type="module">`, so nothing may be split into shared
 * chunks. Vite (Rolldown) can turn code splitting off (`codeSplitting: false`, which also inlines
 * the virtualizer's dynamic import of its layout) only for a build with a single input, so
 * scripts/build.js runs this config once per entry instead of once with seven inputs (which
 * would share Lit, d3 and the core between the entries as chunks). We keep Vite rather than
 * esbuild so that the bundles are built by the same toolchain (and the same decorator handling)
 * as the demo and Storybook.
 *
 *   MIERUKA_ENTRY=kpi-gauge npx vite build --config vite.lib.config.ts
 */
export const ENTRIES: Record<string, { entry: string; fileName: string }> = {
  mieruka: { entry: 'src/index.ts', fileName: 'mieruka.js' },
  ...Object.fromEntries(
    ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table', 'progress-summary'].map((name) => [
      name,
      { entry: `src/components/${name}/${name}.ts`, fileName: `components/${name}.js` },
    ]),
  ),
  // The script of dist/embed.html (scripts/build.js writes the page): every element and the
  // page's query reading, one file beside the page.
  embed: { entry: 'demo/embed.ts', fileName: 'embed.js' },
};

export default defineConfig((): UserConfig => {
  const name = process.env.MIERUKA_ENTRY || 'mieruka';
  const spec = ENTRIES[name];
  if (!spec) throw new Error(`MIERUKA_ENTRY: unknown entry "${name}" (one of ${Object.keys(ENTRIES).join(', ')})`);
  return {
    // No public/ copying and no .env lookups: a library build only bundles.
    publicDir: false,
    envDir: false,
    mode: 'production',
    // Lit and its dependencies pick their production builds, and any `process.env.NODE_ENV`
    // check left in a dependency is settled here (library mode leaves process.env alone).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // The schema's editor-only descriptions are dropped from browser bundles, and the styles'
    // CSS is minified (a JS minifier leaves template literals as written).
    plugins: [stripSchemaDocsVite(), minifyCssLiteralsVite()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // dist/ also holds the CLI and the other entries' bundles.
      emptyOutDir: false,
      copyPublicDir: false,
      // Vite's minifier; in library mode it keeps the whitespace of ES output, so Rolldown's
      // output.minify below is what makes the files fully minified.
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: resolve(import.meta.dirname, spec.entry),
        formats: ['es'],
        fileName: () => spec.fileName,
      },
      rolldownOptions: {
        // Dependencies are bundled: nothing is external.
        external: [],
        output: {
          // One self-contained file: no chunks, dynamic imports inlined.
          codeSplitting: false,
          // Full minification, whitespace included (checked by tests/build/build.test.mjs).
          minify: true,
        },
      },
    },
  };
});
