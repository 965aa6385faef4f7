// What a page really loads (min+gzip): real pages on dist/cdn/ opened in headless Chromium, and
// every JavaScript file the page fetched summed, gzip level 9. Used by `npm run size`, by the
// bench and by the budget test (tests/build/build.test.mjs). DESIGN.md's budgets (2026-12):
//   the loader alone ≤ 2 kB; one <mieruka-kpi-gauge> through the loader ≤ 34 kB;
//   all five elements ≤ 70 kB; the 57-plan example tree fetches no virtualizer.
//   node scripts/bundle-size.js            (builds dist/cdn/ first; prints the table)
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCdn } from './build-cdn.js';
import { CHROMIUM_FLAGS, findBrowser } from './find-browser.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** How every browser file is built (the CDN folder here, the bench's page too): as it ships. */
export { BROWSER_BUILD } from './browser-build.js';

export const BUDGET = { loader: 2_000, gauge: 34_000, all: 70_000 };

// Every page is gated at its budget. (Until 2026-12-04 the pages over theirs were held under a
// ceiling at what they measured, so that nothing grew while the gap was worked down: one gauge
// from 45.6 kB, all five from 85.6 kB; docs/size.md has the steps that closed it.)

const LOADER = '<script type="module" src="/cdn/mieruka.js?ver=1"></script>';
/** The pages measured: their body, and the budget their JavaScript must fit. */
export const PAGES = [
  { name: 'the loader alone (no element on the page)', body: '<p>本文</p>', budget: BUDGET.loader },
  {
    name: 'one <mieruka-kpi-gauge> through the loader',
    body: '<mieruka-kpi-gauge src="/data/koriyama-collaboration-2023.json" indicator="p1-k1"></mieruka-kpi-gauge>',
    budget: BUDGET.gauge,
  },
  {
    name: 'all five elements through the loader',
    body: [
      '<mieruka-plan-tree src="/data/koriyama-reform-2026.json" expanded="all"></mieruka-plan-tree>',
      '<mieruka-kpi-gauge src="/data/koriyama-collaboration-2023.json" indicator="p1-k1"></mieruka-kpi-gauge>',
      '<mieruka-five-less src="/data/koriyama-reform-2022-goal3.json"></mieruka-five-less>',
      '<mieruka-sdgs-badges src="/data/koriyama-reform-2022-goal3.json"></mieruka-sdgs-badges>',
      '<mieruka-trend-table src="/data/koriyama-collaboration-2023.json"></mieruka-trend-table>',
    ].join('\n'),
    budget: BUDGET.all,
  },
  {
    name: 'one <mieruka-kpi-gauge> in English (lang="en")',
    lang: 'en',
    body: '<mieruka-kpi-gauge src="/data/koriyama-collaboration-2023.json" indicator="p1-k1"></mieruka-kpi-gauge>',
    english: true,
  },
  {
    name: 'the 57-plan example tree, all open',
    body: '<mieruka-plan-tree src="/data/koriyama-reform-2026.json" expanded="all"></mieruka-plan-tree>',
    noVirtualizer: true,
  },
];

/**
 * Serves /cdn/* from dist/cdn, /data/* from the example documents and /page/N.html from `pages`
 * (each page's `head`, the loader's script tag by default, and its `body`).
 */
export function startServer(pages) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json; charset=utf-8' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const page = /^\/page\/(\d+)\.html$/.exec(url.pathname);
    if (page && pages[Number(page[1])]) {
      const html = `<!doctype html><html lang="${pages[Number(page[1])].lang ?? 'ja'}"><head><meta charset="utf-8"><title>size</title>${pages[Number(page[1])].head ?? LOADER}</head><body>${pages[Number(page[1])].body}</body></html>`;
      return res.writeHead(200, { 'content-type': types['.html'] }).end(html);
    }
    const match = /^\/(cdn|data)\/(.+)$/.exec(url.pathname);
    const base = match && (match[1] === 'cdn' ? join(root, 'dist/cdn') : join(root, 'data-schema/examples'));
    const file = base && normalize(join(base, match[2]));
    if (!file || !file.startsWith(base) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

/**
 * Opens each page and waits until every element on it has rendered its data (no skeleton left);
 * returns, per page, the JavaScript files fetched (path under dist/cdn/, min and gzip bytes) and
 * the text the elements show. `lazy` names, per part loaded only on use, the chunks that hold it
 * (lazyChunks); each row's `lazy` lists which of those the page fetched. `englishFiles` names the
 * chunks that hold the English texts (src/translations/en.ts; englishChunks).
 */
export async function measurePages(pages = PAGES, { lazy = {}, englishFiles = new Map() } = {}) {
  const server = await startServer(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_FLAGS, '--lang=ja-JP'], headless: true });
  const rows = [];
  try {
    for (const [i, spec] of pages.entries()) {
      const page = await browser.newPage();
      const fetched = [];
      const problems = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (r.resourceType() === 'script' || path.endsWith('.js')) fetched.push(path);
      });
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(`${origin}/page/${i}.html`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('mieruka-'))
            .every((el) => customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[part~=skeleton]') && el.shadowRoot.textContent.trim().length > 20),
        { timeout: 30_000 },
      );
      const text = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('mieruka-'))
          .map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim())
          .join('\n'),
      );
      await page.close();
      const files = [];
      for (const path of fetched) {
        const code = await readFile(join(root, 'dist', path));
        files.push({ path: path.slice('/cdn/'.length), min: code.length, gzip: gzipSync(code, { level: 9 }).length });
      }
      const row = { ...spec, text, files, gzip: files.reduce((s, f) => s + f.gzip, 0), min: files.reduce((s, f) => s + f.min, 0), problems };
      row.lazy = Object.fromEntries(Object.entries(lazy).map(([part, chunks]) => [part, files.filter((f) => chunks.has(f.path)).map((f) => f.path)]));
      row.virtualizer = row.lazy.virtualizer ?? [];
      row.englishTexts = files.flatMap((f) => englishFiles.get(f.path) ?? []).sort();
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The parts a page loads only when it uses them, by a path their modules have. */
const LAZY_PARTS = {
  virtualizer: 'node_modules/@lit-labs/virtualizer/',
  // zod, the schema and its messages: only when a document is refused.
  validator: 'node_modules/zod/',
  // `follow`: only when an element on the page has the attribute.
  follow: 'src/core/follow.ts',
  // The tree's item sheet: only once an item is chosen.
  sheet: 'src/components/plan-tree/plan-tree.detail.ts',
  // The trend table's CSV/TSV export: only once a reader downloads, copies or points at the toolbar.
  export: 'src/components/trend-table/trend-table.csv.ts',
};

/** Per lazy part, the files (paths under dist/cdn/) that hold any of its code, from buildCdn's `modules`. */
export function lazyChunks(modules) {
  return Object.fromEntries(
    Object.entries(LAZY_PARTS).map(([part, path]) => [part, new Set([...modules].filter(([, ids]) => ids.some((id) => id.includes(path))).map(([file]) => file))]),
  );
}

/**
 * The files (paths under dist/cdn/) that hold English texts, each with the sections it holds: the
 * core's (`core`) or an element's (`kpi-gauge`…; scripts/build-cdn.js gives each its own copy of
 * src/translations/en.ts), from buildCdn's `modules`.
 */
export function englishChunks(modules) {
  const sections = (ids) => ids.flatMap((id) => /^src\/translations\/en\.ts(?:\?section=(.+))?$/.exec(id)?.slice(1).map((s) => s ?? 'core') ?? []);
  return new Map([...modules].map(([file, ids]) => [file, sections(ids)]).filter(([, s]) => s.length));
}

/** Builds dist/cdn/ and measures every page. The rows have name, gzip, min, budget, files. */
export async function measureAll() {
  const { modules } = await buildCdn();
  return measurePages(PAGES, { lazy: lazyChunks(modules), englishFiles: englishChunks(modules) });
}

/** The rows as a Markdown table. */
export function sizeTable(rows) {
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  const lines = ['| page | files | min | min+gzip | budget | |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const r of rows) {
    const budget = r.budget ? `≤ ${kb(r.budget)}` : r.noVirtualizer ? 'no virtualizer' : '—';
    const ok = r.budget ? r.gzip <= r.budget : r.noVirtualizer ? r.virtualizer.length === 0 : undefined;
    lines.push(`| ${r.name.replaceAll('<', '&lt;')} | ${r.files.length} | ${kb(r.min)} | ${kb(r.gzip)} | ${budget} | ${ok === undefined ? '' : ok ? 'within' : '**over**'} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await measureAll();
  console.log(sizeTable(rows));
  if (process.argv.includes('--files')) for (const r of rows) console.log(`\n${r.name}:\n${r.files.map((f) => `  ${f.path.padEnd(40)} ${String(f.gzip).padStart(7)} B`).join('\n')}`);
}
