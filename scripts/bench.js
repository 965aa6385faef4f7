// `npm run bench`: renders synthetic documents in headless Chromium and prints, beside the
// DESIGN.md budgets, load-to-render and update times per element, peak JS heap and the size
// (min+gzip) of every entry; writes the same table to docs/bench.md. It reports, it does not
// gate: the exit code is 0 whatever the figures (timings are never asserted anywhere).
//
// `npm run bench -- gauges tree` runs only those groups (validate, tree, keys, gauges, five-less,
// sdgs, trend, heap, size) and prints their rows without touching docs/bench.md, which only a
// full run rewrites; `--runs N` takes N runs of every timing instead of the usual 3 or 5.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { BROWSER_BUILD, measureAll } from './bundle-size.js';
import { CHROMIUM_FLAGS, findBrowser } from './find-browser.js';
import { measureWorkbook } from './bench-workbook.js';

const GROUPS = ['validate', 'tree', 'keys', 'gauges', 'five-less', 'sdgs', 'trend', 'heap', 'size', 'workbook'];
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runsOverride = runsAt >= 0 ? Number(argv[runsAt + 1]) : undefined;
if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride > 0)) throw new Error('--runs needs a whole number above 0');
const picked = argv.filter((a, i) => !a.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1));
const unknown = picked.filter((g) => !GROUPS.includes(g));
if (unknown.length) throw new Error(`unknown bench group ${unknown.join(', ')}: pick from ${GROUPS.join(', ')}`);
const full = picked.length === 0;
const wants = (group) => full || picked.includes(group);

const RUNS_CHEAP = runsOverride ?? 5;
const RUNS_SLOW = runsOverride ?? 3;
const KEY_PRESSES = 20;
const started = Date.now();
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

async function loadDriver() {
  const require = createRequire(import.meta.url);
  for (const name of ['playwright-core', 'puppeteer-core']) {
    try {
      require.resolve(name);
    } catch {
      continue;
    }
    const mod = await import(name);
    return { name, mod: mod.default ?? mod };
  }
  throw new Error('npm run bench needs playwright-core or puppeteer-core (puppeteer-core comes with @web/test-runner-chrome).');
}

const ARGS = [
  ...CHROMIUM_FLAGS,
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

// ---- bundle the page as it ships ----
log('bundling bench/bench.ts');
const bundle = await build({ ...BROWSER_BUILD, entryPoints: ['bench/bench.ts'], tsconfig: 'tsconfig.json' });
const pageJs = bundle.outputFiles[0].contents;
const pageHtml = await readFile('bench/page.html');

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/' || path === '/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
  else if (path === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(pageJs);
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

// ---- the browser ----
const executablePath = findBrowser();
const driver = await loadDriver();
log(`driving ${executablePath} with ${driver.name}`);
const browser =
  driver.name === 'playwright-core'
    ? await driver.mod.chromium.launch({ executablePath, args: ARGS, headless: true })
    : await driver.mod.launch({ executablePath, args: ARGS, headless: true });
const browserVersion = await browser.version();

const context = driver.name === 'playwright-core' ? await browser.newContext({ viewport: { width: 1280, height: 900 } }) : browser;

async function freshPage() {
  const page = await context.newPage();
  if (driver.name !== 'playwright-core') await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  return { page, errors };
}

/** One scenario in a fresh page. */
async function once(name, ...args) {
  const { page, errors } = await freshPage();
  try {
    return await page.evaluate((n, a) => globalThis.bench.scenarios[n](...a), name, args);
  } catch (e) {
    throw new Error(`${name}: ${e.message}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`, { cause: e });
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a scenario `runs` times, each in a fresh page; the median of every numeric field. */
async function measure(label, runs, name, ...args) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(name, ...args));
  const out = { runs };
  for (const key of Object.keys(results[0])) out[key] = median(results.map((r) => r[key]));
  log(`${label}: ${JSON.stringify(out, (k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`);
  return out;
}

async function keyPresses(runs, setupName = 'keysSetup') {
  const all = [];
  let setup;
  for (let run = 0; run < runs; run++) {
    const { page, errors } = await freshPage();
    try {
      setup = await page.evaluate((n) => globalThis.bench.scenarios[n](), setupName);
      for (let i = 0; i < KEY_PRESSES; i++) {
        await page.evaluate(() => globalThis.bench.armKey());
        await page.keyboard.press('ArrowDown');
        all.push((await page.evaluate(() => globalThis.bench.keyResult())).ms);
      }
      setup.last = await page.evaluate(() => document.querySelector('mieruka-plan-tree')?.shadowRoot?.activeElement?.getAttribute('aria-posinset') ?? null);
    } catch (e) {
      throw new Error(`key presses: ${e.message}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`, { cause: e });
    } finally {
      await page.close();
    }
  }
  const sorted = [...all].sort((a, b) => a - b);
  const out = { runs, presses: all.length, median: median(all), p95: sorted[Math.floor(0.95 * (sorted.length - 1))], max: sorted.at(-1), ...setup };
  log(`key presses (${setupName}): ${JSON.stringify(out)}`);
  return out;
}

let sizes;
let r;
try {
  r = {};
  if (wants('validate')) r.validate = await measure('validate 10,000 plans', RUNS_SLOW, 'validate');
  if (wants('tree')) {
    r.tree100 = await measure('plan-tree 100', RUNS_CHEAP, 'tree', 100);
    r.tree1000 = await measure('plan-tree 1,000', RUNS_CHEAP, 'tree', 1000);
    r.tree10000 = await measure('plan-tree 10,000', RUNS_SLOW, 'tree', 10000);
    r.bareList = await measure('bare virtualized list 10,000', RUNS_CHEAP, 'bareList');
  }
  if (wants('keys')) {
    r.keys = await keyPresses(RUNS_SLOW);
    r.keysFloor = await keyPresses(1, 'keysFloorSetup');
  }
  if (wants('gauges')) {
    r.gauges = await measure('200 kpi-gauges', RUNS_CHEAP, 'gauges');
    r.bareGauges = await measure('200 bare gauges', RUNS_CHEAP, 'bareGauges');
  }
  if (wants('five-less')) r.fiveLess = await measure('five-less 1,000', RUNS_CHEAP, 'single', 'mieruka-five-less', 1000);
  if (wants('sdgs')) r.sdgs = await measure('sdgs-badges 1,000', RUNS_CHEAP, 'single', 'mieruka-sdgs-badges', 1000);
  if (wants('trend')) r.trend = await measure('trend-table 2,000 indicators', RUNS_SLOW, 'trendTable');
  if (wants('heap')) {
    r.heapGauges = await measure('heap 200 gauges', RUNS_SLOW, 'heapGauges');
    r.heapBareGauges = await measure('heap 200 bare gauges', RUNS_SLOW, 'heapBareGauges');
    r.heapTree = await measure('heap plan-tree 10,000', RUNS_SLOW, 'heapTree');
    r.heapBareList = await measure('heap bare list 10,000', RUNS_SLOW, 'heapBareList');
  }
} finally {
  await browser.close();
  server.close();
}
if (wants('workbook')) r.workbook = await measureWorkbook(RUNS_SLOW, log);
if (wants('size')) {
  log('measuring what pages fetch (builds dist/cdn/)');
  sizes = await measureAll();
}

// ---- the table ----
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en')} ms`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b) => `${b.toLocaleString('en')} B`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const yes = (ok) => (ok ? 'yes' : '**no**');
const rows = [];
const row = (measure, value, budget = '—', within = '—') => rows.push([measure, value, budget, within]);

// Page totals: every script a page on dist/cdn/ fetched, in Chromium (scripts/bundle-size.js).
for (const s of sizes ?? []) {
  if (s.budget) row(`size: ${s.name} (min+gzip, ${s.files.length} files)`, kb(s.gzip), `≤ ${kb(s.budget)}`, yes(s.gzip <= s.budget));
  else if (s.noVirtualizer) row(`size: ${s.name} (min+gzip, ${s.files.length} files)`, kb(s.gzip), 'no virtualizer', yes(s.virtualizer.length === 0));
  else row(`size: ${s.name} (min+gzip, ${s.files.length} files)`, kb(s.gzip));
}
if (r.workbook) {
  const mib = `${(r.workbook.bytes / 1024 / 1024).toFixed(1)} MB`;
  row(`workbook export, 10,000 plans (Node, exceljs; ${mib}; runs: ${r.workbook.runs})`, ms(r.workbook.export), '≤ 5 s (goal)', yes(r.workbook.export <= 5000));
  row(`workbook import, 10,000 plans (Node, exceljs, validated; runs: ${r.workbook.runs})`, ms(r.workbook.import), '≤ 5 s (goal)', yes(r.workbook.import <= 5000));
}
if (r.validate) {
  row(
    `validate 10,000 plans vs its JSON.parse (runs: ${r.validate.runs})`,
    `${ms(r.validate.validate)} vs ${ms(r.validate.parse)} = ${ratio(r.validate.validate, r.validate.parse)}`,
    '≤ 3× JSON.parse',
    yes(r.validate.validate <= 3 * r.validate.parse),
  );
}
if (r.tree100) {
  row(`plan-tree 100 plans, first full frame (runs: ${r.tree100.runs})`, ms(r.tree100.first));
  row(`plan-tree 100 plans, data update (runs: ${r.tree100.runs})`, ms(r.tree100.update));
  row(`plan-tree 1,000 plans, first full frame (runs: ${r.tree1000.runs})`, ms(r.tree1000.first));
  row(`plan-tree 1,000 plans, data update (runs: ${r.tree1000.runs})`, ms(r.tree1000.update));
  row(
    `plan-tree 10,000 plans (${r.tree10000.rows} rows rendered of 10,111), first full frame vs bare virtualized list of ${r.bareList.rows.toLocaleString('en')} rows (runs: ${r.tree10000.runs} / ${r.bareList.runs})`,
    `${ms(r.tree10000.first)} vs ${ms(r.bareList.first)} = ${ratio(r.tree10000.first, r.bareList.first)}`,
    '≤ 2× bare list',
    yes(r.tree10000.first <= 2 * r.bareList.first),
  );
  row(`plan-tree 10,000 plans, data update (runs: ${r.tree10000.runs})`, ms(r.tree10000.update));
}
if (r.keys) {
  row(
    `plan-tree 10,000 plans, ArrowDown to next frame (${r.keys.presses} presses in ${r.keys.runs} pages)`,
    `median ${ms(r.keys.median)}, p95 ${ms(r.keys.p95)}, max ${ms(r.keys.max)}`,
    '≤ 16 ms every press',
    yes(r.keys.max <= 16),
  );
  row(
    `floor of that measure: ArrowDown on an empty page, to next frame (${r.keysFloor.presses} presses)`,
    `median ${ms(r.keysFloor.median)}, max ${ms(r.keysFloor.max)}`,
  );
}
if (r.gauges) {
  row(
    `200 kpi-gauges from one 2,000-plan document, first full frame vs 200 bare Lit+d3 gauges (runs: ${r.gauges.runs} / ${r.bareGauges.runs})`,
    `${ms(r.gauges.first)} vs ${ms(r.bareGauges.first)} = ${ratio(r.gauges.first, r.bareGauges.first)}`,
    '≤ 1.5× bare gauge',
    yes(r.gauges.first <= 1.5 * r.bareGauges.first),
  );
  row(`200 kpi-gauges, data update (runs: ${r.gauges.runs})`, ms(r.gauges.update));
}
if (r.fiveLess) {
  row(`five-less 1,000 plans, first full frame (runs: ${r.fiveLess.runs})`, ms(r.fiveLess.first));
  row(`five-less 1,000 plans, data update (runs: ${r.fiveLess.runs})`, ms(r.fiveLess.update));
}
if (r.sdgs) {
  row(`sdgs-badges 1,000 plans, first full frame (runs: ${r.sdgs.runs})`, ms(r.sdgs.first));
  row(`sdgs-badges 1,000 plans, data update (runs: ${r.sdgs.runs})`, ms(r.sdgs.update));
}
if (r.trend) {
  row(`trend-table 2,000 indicators, first full frame (runs: ${r.trend.runs})`, ms(r.trend.first));
  row(`trend-table 2,000 indicators, sort click to next frame (runs: ${r.trend.runs})`, ms(r.trend.sort));
}
const heapRow = (label, h, bare, budget) =>
  row(
    `${label} (runs: ${h.runs})`,
    `${mb(h.peak)} (above the empty page: ${mb(h.peak - h.base)}; bare floor ${mb(bare.peak)})`,
    `≤ ${mb(budget)}`,
    yes(h.peak <= budget),
  );
if (r.heapGauges) {
  heapRow('peak JS heap, 200 kpi-gauges', r.heapGauges, r.heapBareGauges, 8 * 1024 * 1024);
  heapRow('peak JS heap, plan-tree 10,000 plans', r.heapTree, r.heapBareList, 20 * 1024 * 1024);
}

const table = ['| measure | value | budget | within? |', '| --- | --- | --- | --- |', ...rows.map((c) => `| ${c.join(' | ')} |`)].join('\n');
console.log(table);
if (!full) {
  log(`ran ${picked.join(', ')} only: docs/bench.md is left as it is (a full run rewrites it)`);
  process.exit(0);
}

const date = new Date().toISOString().slice(0, 10);
let nproc = String(cpus().length);
try {
  nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
} catch {
  /* not on this system */
}
const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const doc = `# Benchmarks

The latest figures from \`npm run bench\` (scripts/bench.js). Budgets are those of
DESIGN.md "Budgets". The bench reports; it does not gate, and no test asserts a timing.

- Date: ${date}
- Machine: ${nproc} CPU (${cpu}), Node ${process.version}, ${browserVersion} (headless, driven by ${driver.name})
- Pages: every scenario in a fresh page; times are medians of the runs shown; the page bundle is
  minified with \`process.env.NODE_ENV = "production"\` and the schema descriptions stripped, as
  the library ships.
- "First full frame": from setting \`.data\` (or creating the elements) to the second
  requestAnimationFrame after \`updateComplete\`. "Data update": a new, equal document set as
  \`.data\` (validated again), to the same point. Key press: from the keydown's time stamp to
  just after the next frame, so it includes waiting for the frame (see the floor row: the
  same key on an empty page). Peak heap: \`performance.memory.usedJSHeapSize\` sampled every frame
  after \`gc()\`; the document itself is on the heap.
- **Noise:** this is a shared ${nproc}-core machine; timings vary by tens of percent between
  runs. Read ratios against the baselines (measured in the same way, in the same session)
  rather than the absolute milliseconds.

${table}
`;
await writeFile('docs/bench.md', doc);
log(`wrote docs/bench.md; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(0);
