// Bundles src/workbook (TypeScript) for Node once per test process, as the CLI build does.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let loaded;
/** The workbook module (src/workbook/index.ts) and the schema, ready to call. */
export function loadWorkbook() {
  return (loaded ??= (async () => {
    // Inside node_modules so that the bundle finds exceljs and zod; one file per test process.
    const outfile = join(ROOT, 'node_modules', '.cache', 'mieruka-workbook', `workbook-${process.pid}.mjs`);
    await build({
      stdin: { contents: "export * from './src/workbook/index.ts'; export * as schema from './data-schema/index.ts'; export { default as ExcelJS } from 'exceljs'; export * as z from 'zod/mini'; export * as format from './src/workbook/format.ts'; export { guardWorkbook } from './src/workbook/zip-guard.ts';", resolveDir: ROOT, loader: 'ts' },
      outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
    });
    return import(pathToFileURL(outfile).href);
  })());
}
