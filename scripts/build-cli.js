// Bundles the command-line tool for Node (run by `npm ci` through the prepare script).
import { build } from 'esbuild';
await build({
  entryPoints: ['src/cli/mieruka.ts'],
  outfile: 'dist/cli/mieruka.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The spreadsheet library is a dependency, loaded on first use by export/import/template.
  external: ['exceljs', 'exceljs/*'],
  logLevel: 'warning',
});
