// How a browser bundle is built: the CDN folder (scripts/build-cdn.js) and the bench's page
// (scripts/bench.js) share it, so that what is measured is what ships.
import { minifyCssLiteralsEsbuild } from './minify-css-literals.js';
import { stripSchemaDocsEsbuild } from './strip-schema-docs.js';

export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  // Lit and its dependencies pick their production builds; any NODE_ENV check is settled here.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The schema's editor-only descriptions are dropped, and the styles' CSS is minified.
  plugins: [stripSchemaDocsEsbuild, minifyCssLiteralsEsbuild],
};
