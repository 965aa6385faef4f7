// `npm run bench -- workbook`: export and import of a 10,000-plan workbook in Node, as the CLI
// runs them (src/workbook with exceljs). Each run starts from the same document; the median is
// reported. Not a gate: the goal (≤ 5 s each) is printed beside the figure.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function measureWorkbook(runs, log = () => {}) {
  // Inside node_modules so the bundle finds exceljs and zod.
  const outfile = join(root, 'node_modules', '.cache', 'mieruka-workbook', `bench-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: "export * from './src/workbook/index.ts'; export { syntheticDocument } from './tests/support/synthetic.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  const wb = await import(pathToFileURL(outfile).href);
  const doc = wb.syntheticDocument({ goals: 10, initiativesPerGoal: 10, plansPerInitiative: 100 });
  const exports = [];
  const imports = [];
  let bytes;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    bytes = await wb.exportWorkbook(doc);
    exports.push(performance.now() - t);
    t = performance.now();
    const result = await wb.importWorkbook(bytes);
    imports.push(performance.now() - t);
    if (result.status !== 'ok') throw new Error('the 10,000-plan workbook did not import: ' + JSON.stringify(result.problems.slice(0, 3)));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const out = { runs, export: median(exports), import: median(imports), bytes: bytes.length };
  log(`workbook 10,000 plans: ${JSON.stringify(out, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
  return out;
}
