// The package build (`npm run build`): run once, then its outputs checked.
//   node --test tests/build/
// dist/lib/ (npm) is checked statically: unbundled modules importing their dependencies by
// name. dist/cdn/ (one script tag) is checked statically (relative imports, no query, minified
// production code) and by loading real pages in headless Chromium: the size budgets summed over
// every script a page fetches, the loader included twice, and the embed page in an iframe under
// a strict Content-Security-Policy. The React example is built with Vite and its Lit counted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createServer } from 'node:http';
import { CHROMIUM_FLAGS, findBrowser } from '../../scripts/find-browser.js';
import { BUDGET, PAGES, englishChunks, lazyChunks, measurePages, sizeTable, startServer } from '../../scripts/bundle-size.js';
import { buildCdn, elementNames } from '../../scripts/build-cdn.js';
import { apiMarkdown } from '../../scripts/api-docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (p) => join(root, p);
const ELEMENTS = ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table', 'progress-summary'];
const TAG = (name) => `mieruka-${name}`;
/** Own attributes each element must list in the manifest (the shared ones come from the base). */
const OWN_ATTRIBUTES = {
  'plan-tree': ['expanded', 'detail', 'selected', 'hash', 'heading-level', 'no-filter', 'grade', 'scale'],
  'kpi-gauge': ['variant', 'no-sparkline', 'series', 'heading-level'],
  'five-less': ['category', 'sort', 'chunk-size'],
  'sdgs-badges': ['targets', 'goals', 'variant', 'size', 'selectable', 'selected'],
  'trend-table': ['layout', 'chunk-size'],
  'progress-summary': ['status', 'grade', 'scale'],
};
const SHARED_ATTRIBUTES = ['src', 'refresh', 'timeout', 'node', 'indicator', 'theme', 'wareki', 'lang'];
/** Every import or export…from specifier in a module's text (static, dynamic, re-export, side effect). */
const SPECIFIER = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])([^"'`$]+)\1/g;
const specifiers = (code) => [...code.matchAll(SPECIFIER)].map((m) => m[2]);

function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

let buildSeconds = 0;
before(
  async () => {
    const started = performance.now();
    const { code, output } = await run('npm', ['run', 'build']);
    buildSeconds = (performance.now() - started) / 1000;
    assert.equal(code, 0, `npm run build failed:\n${output}`);
  },
  { timeout: 300_000 },
);

describe('npm run build', () => {
  test('writes every expected file', async () => {
    const expected = [
      'dist/cli/mieruka.js',
      'dist/lib/src/index.js',
      ...ELEMENTS.map((n) => `dist/lib/src/components/${n}/${n}.js`),
      'dist/cdn/mieruka.js',
      ...ELEMENTS.map((n) => `dist/cdn/components/${n}.js`),
      'dist/cdn/embed.html',
      'dist/cdn/embed.js',
      'dist/cdn/embed.css',
      'dist/custom-elements.json',
      'dist/types/src/index.d.ts',
      ...ELEMENTS.map((n) => `dist/types/src/components/${n}/${n}.d.ts`),
      'data-schema/mieruka.schema.json',
    ];
    for (const f of expected) assert.ok(existsSync(at(f)), `${f} is missing`);
    // The self-contained files of builds before 2026-12 are gone (README, CHANGELOG).
    for (const f of ['dist/mieruka.js', 'dist/components', 'dist/embed.js']) assert.ok(!existsSync(at(f)), `${f} is still built`);
    console.log(`npm run build took ${buildSeconds.toFixed(1)} s`);
  });

  test('the element list is the folders of src/components and the list in src/elements.ts', async () => {
    assert.deepEqual(await elementNames(), [...ELEMENTS].sort());
    const listed = [...(await readFile(at('src/elements.ts'), 'utf8')).matchAll(/^\s*'([a-z-]+)': \(\) => import\('\.\/components\/\1\/\1\.js'\),$/gm)].map((m) => m[1]);
    assert.deepEqual(listed.sort(), [...ELEMENTS].sort());
  });

  test('the data-check page is built into dist/data-check/, and only it carries the spreadsheet library', async () => {
    assert.ok(existsSync(at('dist/data-check/data-check.html')));
    const pageScripts = (await listFiles(at('dist/data-check'))).filter((f) => f.endsWith('.js'));
    const withLibrary = [];
    // A string only the library's writer holds (the part it writes the shared strings to).
    const MARK = 'xl/sharedStrings.xml';
    for (const f of pageScripts) if ((await readFile(at(f), 'utf8')).includes(MARK)) withLibrary.push(f);
    assert.equal(withLibrary.length, 1, `the library is one chunk of the page: ${withLibrary}`);
    const widgets = [...(await listFiles(at('dist/cdn'))), ...(await listFiles(at('dist/lib')))].filter((f) => f.endsWith('.js'));
    for (const f of widgets) assert.ok(!(await readFile(at(f), 'utf8')).includes(MARK), `${f} carries the spreadsheet library`);
  });

  test('package.json exports point at built files and stay well formatted', async () => {
    const text = await readFile(at('package.json'), 'utf8');
    const pkg = JSON.parse(text);
    assert.equal(text, `${JSON.stringify(pkg, null, 2)}\n`, 'package.json is not 2-space formatted JSON');
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    const targets = [pkg.types, pkg.module];
    for (const value of Object.values(pkg.exports)) targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
    for (const t of targets) assert.ok(existsSync(at(t)), `package.json names ${t}, which is not built`);
    assert.equal(pkg.exports['.'].default, './dist/lib/src/index.js');
    for (const name of ELEMENTS) assert.equal(pkg.exports[`./${name}`].default, `./dist/lib/src/components/${name}/${name}.js`);
    assert.equal(pkg.exports['./custom-elements.json'], './dist/custom-elements.json');
    assert.equal(pkg.exports['./schema.json'], './data-schema/mieruka.schema.json');
    for (const f of ['dist/lib/', 'dist/cdn/', 'dist/types/']) assert.ok(pkg.files.includes(f), `files: ${f}`);
  });

  describe('dist/lib (npm): unbundled ES modules', () => {
    let files = [];
    before(async () => {
      files = (await listFiles(at('dist/lib'))).filter((f) => f.endsWith('.js'));
    });

    test('one module per source file, importing dependencies by their bare names', async () => {
      const pkg = JSON.parse(await readFile(at('package.json'), 'utf8'));
      const bare = new Set();
      for (const f of files) {
        const code = await readFile(at(f), 'utf8');
        for (const s of specifiers(code)) {
          if (s.startsWith('.')) {
            assert.ok(existsSync(join(dirname(at(f)), s)), `${f} imports ${s}, which is not built`);
            continue;
          }
          const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
          assert.ok(Object.hasOwn(pkg.dependencies, name), `${f} imports ${s}, not a dependency`);
          bare.add(name);
        }
        // No copy of a dependency inside: Lit's and zod's own code is not here.
        assert.ok(!code.includes('litHtmlVersions') && !code.includes('reactiveElementVersions'), `${f} holds a copy of Lit`);
      }
      for (const name of ['lit', 'zod', 'd3-array']) assert.ok(bare.has(name), `nothing imports ${name} by name`);
      const gauge = await readFile(at('dist/lib/src/components/kpi-gauge/kpi-gauge.js'), 'utf8');
      assert.ok(specifiers(gauge).includes('lit'), 'kpi-gauge imports lit by name');
      assert.match(gauge, /\.define\(\s*["']mieruka-kpi-gauge["']\s*\)/);
      assert.ok(!files.some((f) => f.startsWith('dist/lib/src/cli/')), 'the CLI is dist/cli, not a browser module');
    });

    test('without the schema descriptions, with minified styles', async () => {
      const all = (await Promise.all(files.map((f) => readFile(at(f), 'utf8')))).join('\n');
      assert.ok(!all.includes('文書の識別子') && !all.includes('Identifier of the document'), 'schema descriptions');
      assert.ok(all.includes(':focus-visible{outline:3px solid var(--mieruka-color-focus)'), 'the style literals are not minified');
    });
  });

  describe('dist/cdn (one script tag): loader, elements, shared chunks', () => {
    let files = [];
    let code = new Map();
    before(async () => {
      files = (await listFiles(at('dist/cdn'))).filter((f) => f.endsWith('.js'));
      code = new Map(await Promise.all(files.map(async (f) => [f, await readFile(at(f), 'utf8')])));
    });

    test('every import is relative, inside the folder, without a query string', () => {
      for (const [f, text] of code) {
        for (const s of specifiers(text)) {
          assert.match(s, /^\.\.?\//, `${f} imports ${s}: not relative`);
          assert.ok(!/[?#]/.test(s), `${f} imports ${s}: with a query`);
          const target = normalize(join(dirname(at(f)), s));
          assert.ok(target.startsWith(at('dist/cdn')) && existsSync(target), `${f} imports ${s}, not in dist/cdn`);
        }
      }
    });

    test('the shared code is in content-hashed chunks; an element file only re-exports its chunk', () => {
      const chunks = files.filter((f) => f.startsWith('dist/cdn/chunks/'));
      assert.ok(chunks.length > 2, 'no shared chunks');
      for (const f of chunks) assert.match(f, /-[\w-]{8}\.js$/, `${f}: no content hash`);
      for (const name of ELEMENTS) {
        const text = code.get(`dist/cdn/components/${name}.js`);
        assert.ok(text.length < 600, `components/${name}.js holds code (${text.length} B), so a second URL of it would define the tag again`);
        assert.ok(!text.includes('customElements'), name);
      }
      const defines = [...code.values()].join('\n');
      for (const name of ELEMENTS) assert.equal(defines.match(new RegExp(String.raw`\.define\(\s*["'\x60]${TAG(name)}["'\x60]\s*\)`, 'g'))?.length, 1, `${TAG(name)} defined once`);
      assert.equal(defines.match(/litHtmlVersions\?\?=/g)?.length, 1, 'one Lit in the folder');
    });

    test('minified production code without the schema descriptions', () => {
      const all = [...code.values()].join('\n');
      assert.ok(!all.includes('lit.dev/msg/dev-mode'), "Lit's dev-mode warning is in the bundle");
      assert.ok(!/process\.env/.test(all), 'process.env is left in the bundle');
      assert.ok(!all.includes('文書の識別子') && !all.includes('Identifier of the document'), 'schema descriptions are in the bundle');
      assert.ok(!/^\t/m.test(all), 'indented lines: not minified');
      assert.ok(!/\/\/ node_modules\//.test(all), 'module comments: not minified');
      assert.ok(all.includes(':focus-visible{outline:3px solid var(--mieruka-color-focus)'), 'the style literals are not minified');
      assert.ok(!/\n\s+(?:display|color|margin|padding):/.test(all), 'indented CSS declarations: style literals not minified');
    });
  });

  describe('dist/custom-elements.json', () => {
    let manifest;
    const elements = new Map();
    before(async () => {
      manifest = JSON.parse(await readFile(at('dist/custom-elements.json'), 'utf8'));
      for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName) elements.set(d.tagName, { ...d, module: m });
    });

    test('lists the five elements, each with its definition', () => {
      assert.deepEqual([...elements.keys()].sort(), ELEMENTS.map(TAG).sort());
      for (const [tag, d] of elements) {
        assert.equal(d.customElement, true, tag);
        assert.ok(d.module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `${tag}: no definition export`);
      }
    });

    test('lists own and shared attributes, events, parts and CSS properties', () => {
      for (const name of ELEMENTS) {
        const d = elements.get(TAG(name));
        const attributes = (d.attributes ?? []).map((a) => a.name);
        for (const a of [...OWN_ATTRIBUTES[name], ...SHARED_ATTRIBUTES]) assert.ok(attributes.includes(a), `${name}: attribute ${a}`);
        const events = (d.events ?? []).map((e) => e.name);
        assert.ok(events.every(Boolean), `${name}: an event without a name`);
        const expectedEvents = ['mieruka-load', 'mieruka-error', ...(name === 'kpi-gauge' ? [] : ['mieruka-select'])];
        for (const e of expectedEvents) assert.ok(events.includes(e), `${name}: event ${e}`);
        const parts = (d.cssParts ?? []).map((p) => p.name);
        for (const p of ['base', 'alert', 'stale', 'skeleton']) assert.ok(parts.includes(p), `${name}: part ${p}`);
        assert.ok(parts.length > 4, `${name}: no parts of its own`);
        const properties = (d.cssProperties ?? []).map((p) => p.name);
        assert.ok(properties.includes('--mieruka-color-accent'), `${name}: shared CSS properties`);
        assert.ok(properties.some((p) => p.startsWith(`--mieruka-${name}-`)), `${name}: no CSS property of its own`);
        assert.ok(d.summary, `${name}: no summary`);
      }
      assert.ok(elements.get('mieruka-kpi-gauge').attributes.find((a) => a.name === 'variant').description);
    });

    test('the README attribute and event tables are the manifest (npm run docs:api)', async () => {
      const readme = await readFile(at('README.md'), 'utf8');
      const block = apiMarkdown(manifest);
      assert.ok(readme.includes(block), 'README.md is out of date with the manifest: run npm run docs:api');
      for (const name of ELEMENTS) assert.ok(block.includes(`### \`<${TAG(name)}>\``), name);
    });
  });

  describe('type declarations', () => {
    test('HTMLElementTagNameMap has the five tags, reachable from the package entry', async () => {
      const index = await readFile(at('dist/types/src/index.d.ts'), 'utf8');
      for (const name of ELEMENTS) {
        assert.ok(index.includes(`'./components/${name}/${name}.js'`), `index.d.ts does not re-export ${name}`);
        const dts = await readFile(at(`dist/types/src/components/${name}/${name}.d.ts`), 'utf8');
        assert.match(dts, new RegExp(String.raw`interface HTMLElementTagNameMap\s*\{[^}]*'${TAG(name)}':\s*Mieruka\w+;`), name);
      }
    });

    describe('a TypeScript consumer of the package', () => {
      let dir;
      before(async () => {
        dir = await mkdtemp(join(tmpdir(), 'mieruka-consumer-'));
        await mkdir(join(dir, 'node_modules'));
        await symlink(root, join(dir, 'node_modules/mieruka'), 'dir');
        await writeFile(
          join(dir, 'main.ts'),
          [
            "import 'mieruka/kpi-gauge';",
            "import { MierukaPlanTree, validateDocument } from 'mieruka';",
            "import type { MierukaTrendTable } from 'mieruka/trend-table';",
            "const gauge = document.querySelector('mieruka-kpi-gauge');",
            "export const variant: 'arc' | 'bar' | undefined = gauge?.variant;",
            '// @ts-expect-error: a typed element, not any',
            'gauge?.noSuchProperty;',
            "export const tree: MierukaPlanTree | null = document.querySelector('mieruka-plan-tree');",
            "export const table: MierukaTrendTable = document.createElement('mieruka-trend-table');",
            "export const layout: 'auto' | 'table' | 'cards' = table.layout;",
            "export const five = document.createElement('mieruka-five-less').category;",
            "export const badges = document.createElement('mieruka-sdgs-badges');",
            'export const check = validateDocument;',
          ].join('\n'),
        );
      });
      after(async () => {
        if (dir) await rm(dir, { recursive: true, force: true });
      });

      for (const moduleResolution of ['bundler', 'nodenext']) {
        test(`type-checks with moduleResolution ${moduleResolution}`, async () => {
          const module = moduleResolution === 'bundler' ? 'esnext' : 'nodenext';
          const tsconfig = {
            compilerOptions: { target: 'es2022', module, moduleResolution, lib: ['es2023', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
            files: ['main.ts'],
          };
          await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
          await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
          const { code, output } = await run(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', dir]);
          assert.equal(code, 0, output);
        });
      }
    });
  });

});

// dist/cdn/embed.html as a city page embeds it: the built files served from one origin under
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (no inline script or style anywhere), in an iframe of a host page whose one script (a file,
// as the README's snippet would be on such a site) sizes the frame from the height messages.
describe('dist/cdn/embed.html in Chromium, under a strict CSP', () => {
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  const HOST_JS = `window.__heights = [];
addEventListener('message', (e) => {
  if (e.origin !== location.origin || !e.data || e.data.type !== 'mieruka:height') return;
  window.__heights.push(e.data);
  const f = document.getElementById(e.data.id);
  if (f && f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + 'px';
});
addEventListener('DOMContentLoaded', () => { for (const f of document.querySelectorAll('iframe')) { f.style.width = '480px'; f.style.border = '0'; } });
`;
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
  const escapeAttribute = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  let server;
  let browser;
  let origin = '';

  /** /mieruka/* is dist/cdn/, /data/NAME.json the example documents, /host.html?embed=QUERY a host page. */
  async function respond(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' }).end(body);
    if (url.pathname === '/host.html') {
      const frame = `/mieruka/embed.html?${url.searchParams.get('embed') ?? ''}`;
      const id = url.searchParams.get('id') ?? 'f1';
      return send(200, TYPES['.html'], `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>host</title><script src="/host.js"></script></head>
<body><h1>市のページ</h1><iframe id="${escapeAttribute(id)}" title="mieruka" src="${escapeAttribute(frame)}"></iframe><p>後続の本文</p></body></html>`);
    }
    if (url.pathname === '/host.js') return send(200, TYPES['.js'], HOST_JS);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    const match = /^\/(mieruka|data)\/((?:[\w-]+\/)?[\w.-]+)$/.exec(url.pathname);
    const file = match && (match[1] === 'mieruka' ? at(`dist/cdn/${match[2]}`) : at(`data-schema/examples/${match[2]}`));
    if (!file || !existsSync(file)) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', await readFile(file));
  }

  before(async () => {
    server = createServer((req, res) => void respond(req, res).catch((e) => res.writeHead(500).end(String(e))));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${server.address().port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_FLAGS, '--lang=ja-JP'], headless: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens the host page with `query` in its iframe; returns the page, the frame and what the console said. */
  async function host(query, id = 'f1') {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning' || /Content Security Policy/i.test(m.text())) problems.push(`${m.text()} ${m.location()?.url ?? ''}`.trim());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${origin}/host.html?id=${encodeURIComponent(id)}&embed=${encodeURIComponent(query)}`);
    const frame = await (await page.$('iframe')).contentFrame();
    return { page, frame, problems };
  }

  /** Waits until the frame's widget shows `text` in its shadow tree; returns that text. */
  async function widgetText(frame, tag, text) {
    await frame.waitForFunction(
      (t, x) => {
        const el = document.querySelector(t);
        return Boolean(el?.shadowRoot && !el.shadowRoot.querySelector('[part=skeleton]') && el.shadowRoot.textContent.includes(x));
      },
      { timeout: 15_000 },
      tag,
      text,
    );
    return frame.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  }

  test('shows the indicator from the query and sizes its frame by postMessage', async () => {
    const { page, frame, problems } = await host('element=kpi-gauge&src=/data/small-report.json&indicator=p1-k1&variant=bar&frame=f1');
    try {
      const text = await widgetText(frame, 'mieruka-kpi-gauge', 'きらめき出前講座実施件数');
      assert.match(text, /299/, 'the latest value is shown');
      assert.equal(await frame.$eval('mieruka-kpi-gauge', (el) => el.getAttribute('variant')), 'bar');
      assert.equal(await frame.$$eval('body > *', (els) => els.filter((e) => e.localName.startsWith('mieruka-')).length), 1);
      // The host script got a height for frame f1 and the iframe now has that height.
      await page.waitForFunction(() => window.__heights.some((h) => h.id === 'f1' && h.height > 100), { timeout: 10_000 });
      await page.waitForFunction(
        () => {
          const last = window.__heights.at(-1);
          const frameEl = document.getElementById('f1');
          return last && Math.abs(frameEl.getBoundingClientRect().height - last.height) < 1 && last.height === Math.ceil(frameEl.contentDocument.documentElement.getBoundingClientRect().height);
        },
        { timeout: 10_000 },
      );
      assert.deepEqual(problems, [], 'console errors or CSP violations');
    } finally {
      await page.close();
    }
  });

  test('any element with any of its attributes, in English, and the page language from lang', async () => {
    const { page, frame, problems } = await host('element=plan-tree&src=/data/small-report.json&node=p4&expanded=all&detail=none&lang=en&frame=t1', 't1');
    try {
      const text = await widgetText(frame, 'mieruka-plan-tree', '地区・地域公民館の共催事業');
      assert.ok(!text.includes('人材育成推進事業'), 'node=p4 shows that subtree only');
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
      await page.waitForFunction(() => window.__heights.some((h) => h.id === 't1' && h.height > 50), { timeout: 10_000 });
      assert.deepEqual(problems, [], 'console errors or CSP violations');
    } finally {
      await page.close();
    }
  });

  test('an unknown element is a message in the frame, not a widget', async () => {
    const { page, frame } = await host('element=%3Cimg%20src%3Dx%3E&src=/data/small-report.json');
    try {
      await frame.waitForSelector('[role=alert]', { timeout: 10_000 });
      assert.match(await frame.$eval('[role=alert]', (el) => el.textContent), /<img src=x>.*kpi-gauge/);
      assert.equal(await frame.$('img'), null);
    } finally {
      await page.close();
    }
  });
});

// Real pages on dist/cdn/ in headless Chromium: what they fetch, and what they log.
describe('dist/cdn in Chromium: budgets, and the loader included twice', () => {
  let rows = [];
  let lazy = {};
  before(
    async () => {
      // The same build as npm run build's (the output is deterministic), for its module lists.
      const { modules } = await buildCdn();
      lazy = lazyChunks(modules);
      rows = await measurePages(PAGES, { lazy, englishFiles: englishChunks(modules) });
      console.log(sizeTable(rows));
    },
    { timeout: 120_000 },
  );

  test('every page renders its elements and logs nothing', () => {
    for (const r of rows) assert.deepEqual(r.problems, [], r.name);
  });

  test(`the loader alone is ≤ ${BUDGET.loader} B min+gzip, and an empty page fetches nothing else of note`, () => {
    const page = rows.find((r) => r.budget === BUDGET.loader);
    assert.ok(page.files.some((f) => f.path === 'mieruka.js'));
    assert.ok(page.gzip <= BUDGET.loader, `${page.gzip} B`);
  });

  // One gauge ≤ 34 kB and all five ≤ 70 kB are DESIGN.md's budgets, gated as they are.
  for (const [key, what] of [['gauge', 'one <mieruka-kpi-gauge>'], ['all', 'all five elements']]) {
    const limit = BUDGET[key];
    test(`a page with ${what} fetches ≤ ${limit} B of JavaScript (min+gzip)`, () => {
      const page = rows.find((r) => r.budget === BUDGET[key]);
      assert.ok(page.gzip <= limit, `${page.gzip} B:\n${page.files.map((f) => `${f.path} ${f.gzip}`).join('\n')}`);
    });
  }

  test('pages with right documents, no `follow`, no chosen tree item and no export fetch neither zod, the follow code, the item sheet nor the CSV code', () => {
    const parts = ['validator', 'follow', 'sheet', 'export'];
    for (const part of parts) assert.ok(lazy[part].size > 0, `the build has a chunk with the ${part}`);
    const none = Object.fromEntries(parts.map((p) => [p, []]));
    for (const r of rows) assert.deepEqual(Object.fromEntries(parts.map((p) => [p, r.lazy[p]])), none, r.name);
  });

  // English is loaded on demand (src/core/i18n.ts): a Japanese page never fetches it.
  test('a Japanese page fetches no English texts; an English page fetches them and shows English', () => {
    const japanese = rows.filter((r) => !r.english && r.files.length > 1);
    assert.ok(japanese.length >= 3);
    for (const r of japanese) assert.deepEqual(r.englishTexts, [], r.name);
    assert.match(rows.find((r) => r.budget === BUDGET.gauge).text, /目標/);
    const english = rows.find((r) => r.english);
    // Only the English of what the page shows: the core's and the gauge's, no other element's.
    assert.deepEqual(english.englishTexts, ['core', 'kpi-gauge'], english.files.map((f) => f.path).join('\n'));
    assert.match(english.text, /Target/);
    assert.match(english.text, /On track/);
    assert.doesNotMatch(english.text, /目標|実績|順調/);
  });

  test('the 57-plan example tree fetches no virtualizer code', () => {
    const page = rows.find((r) => r.noVirtualizer);
    assert.ok(page.files.length > 2, 'the tree page fetched its element');
    assert.deepEqual(page.virtualizer, []);
  });

  describe('two loaders (?ver=1, ?ver=2) and a component file (?ver=3) on one page', () => {
    const HEAD = ['/cdn/mieruka.js?ver=1', '/cdn/mieruka.js?ver=2', '/cdn/components/kpi-gauge.js?ver=3'].map((src) => `<script type="module" src="${src}"></script>`).join('');
    const BODY = [
      '<mieruka-kpi-gauge src="/data/koriyama-collaboration-2023.json" indicator="p1-k1"></mieruka-kpi-gauge>',
      '<div data-mieruka="trend-table" data-src="/data/koriyama-collaboration-2023.json" data-node="p1"></div>',
    ].join('');
    let server;
    let browser;
    before(async () => {
      server = await startServer([
        { head: HEAD, body: BODY },
        { body: '<mieruka-kpi-gauge src="/data/koriyama-collaboration-2023.json" indicator="p1-k1"></mieruka-kpi-gauge><mieruka-trend-table src="/data/koriyama-collaboration-2023.json"></mieruka-trend-table>' },
        { body: '<mieruka-plan-tree src="/data/koriyama-reform-2026.json" expanded="all" detail="panel"></mieruka-plan-tree>' },
      ]);
      const { default: puppeteer } = await import('puppeteer-core');
      browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_FLAGS, '--lang=ja-JP'], headless: true });
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    test('registers every element once, fetches every chunk once, logs nothing; later tags load too', async () => {
      const page = await browser.newPage();
      const requests = [];
      const logged = [];
      page.on('request', (r) => requests.push(new URL(r.url())));
      page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => logged.push(String(e)));
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/page/0.html`, { waitUntil: 'load' });
        const rendered = (tag) =>
          page.waitForFunction((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.textContent.includes('きらめき出前講座')) && document.querySelector(t), { timeout: 20_000 }, tag);
        await rendered('mieruka-kpi-gauge');
        // The placeholder became the element, and the loader brought its code.
        await rendered('mieruka-trend-table');
        // A tag added after load, as a CMS's script or a framework would add it.
        await page.evaluate(() => {
          const badges = document.createElement('mieruka-sdgs-badges');
          badges.setAttribute('src', '/data/koriyama-reform-2022-goal3.json');
          document.body.append(badges);
        });
        await page.waitForFunction(() => customElements.get('mieruka-sdgs-badges') && document.querySelector('mieruka-sdgs-badges').shadowRoot?.textContent.trim().length > 20, { timeout: 20_000 });
        const scripts = requests.filter((u) => u.pathname.startsWith('/cdn/'));
        const count = (key) => {
          const counts = new Map();
          for (const u of scripts) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
          return [...counts].filter(([, n]) => n > 1);
        };
        // Each URL once; each chunk once whatever the query of what imported it. (The script
        // tags' own files come once per URL: mieruka.js?ver=1 and ?ver=2, the component file
        // with ?ver=3 and, from the loader, without.)
        assert.deepEqual(count((u) => u.href), [], 'a URL fetched twice');
        const chunks = scripts.filter((u) => u.pathname.startsWith('/cdn/chunks/'));
        assert.ok(chunks.length > 2, 'the chunks were fetched');
        assert.deepEqual(count((u) => (u.pathname.startsWith('/cdn/chunks/') ? u.pathname : u.href)), [], 'a chunk fetched twice');
        assert.ok(chunks.every((u) => u.search === ''), 'a chunk fetched with a query');
        assert.ok(!scripts.some((u) => u.pathname.includes('five-less')), 'an element the page does not use was fetched');
        assert.deepEqual(await page.evaluate(() => ['mieruka-kpi-gauge', 'mieruka-trend-table', 'mieruka-sdgs-badges', 'mieruka-plan-tree'].map((t) => Boolean(customElements.get(t)))), [true, true, true, false]);
        assert.deepEqual(logged, [], 'the console');
      } finally {
        await page.close();
      }
    });

    // The CSV/TSV code is a chunk of its own, fetched on the first press (trend-table.ts).
    test('the trend table fetches its export code on the first press, and says so when it cannot', async () => {
      const page = await browser.newPage();
      const exportChunks = [...lazy.export].map((f) => `/cdn/${f}`);
      let refuse = true;
      const fetched = [];
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (exportChunks.includes(path)) {
          fetched.push(path);
          if (refuse) return r.abort();
        }
        return r.continue();
      });
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/page/1.html`, { waitUntil: 'load' });
        const inTable = (selector) => document.querySelector('mieruka-trend-table')?.shadowRoot?.querySelector(selector);
        const find = (selector) => page.evaluate(`Boolean((${inTable})(${JSON.stringify(selector)}))`);
        const status = () => page.evaluate(`(${inTable})('[part~=status]').textContent.trim()`);
        const pressCopy = () => page.evaluate(`(${inTable})('[part~=toolbar] button:nth-of-type(2)').click()`);
        await page.waitForFunction(`(${inTable})('[part~=toolbar] button')`, { timeout: 20_000 });
        assert.deepEqual(fetched, [], 'fetched before any press');
        // Offline since the page loaded: a message, and the table stays.
        await pressCopy();
        await page.waitForFunction(`(${inTable})('[part~=status]').textContent.trim()`, { timeout: 10_000 });
        assert.equal(await status(), '書き出せませんでした（ネットワークエラー）。接続を確認して、もう一度押してください。');
        assert.ok(await find('table, [part~=cards]'), 'the table stays');
        // Still offline, the CSV button says the same; back online, its message goes with the download.
        const pressDownload = () => page.evaluate(`(${inTable})('[part~=toolbar] button:nth-of-type(1)').click()`);
        await pressDownload();
        await page.waitForFunction(`(${inTable})('[part~=status]').textContent.trim().startsWith('書き出せません')`, { timeout: 10_000 });
        refuse = false;
        await page.evaluate(() => {
          HTMLAnchorElement.prototype.click = function () {
            window.saved = this.download;
          };
        });
        await pressDownload();
        await page.waitForFunction(() => typeof window.saved === 'string', { timeout: 10_000 });
        assert.match(await page.evaluate(() => window.saved), /\.csv$/);
        assert.equal(await status(), '');
        // And the copy button copies.
        await page.evaluate(() => {
          Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t) => void (window.copied = t) } });
        });
        await pressCopy();
        await page.waitForFunction(() => typeof window.copied === 'string', { timeout: 10_000 });
        assert.match(await page.evaluate(() => window.copied.split('\r\n')[0]), /^区分\t指標\t単位\t/);
        assert.match(await status(), /行をコピーしました/);
        // Refused twice (copy, then CSV), then fetched once, and never again.
        assert.equal(fetched.length, 3, fetched.join('\n'));
      } finally {
        await page.close();
      }
    });

    /** A page whose requests for the chunks of a lazy part are refused while `refusing()` says so. */
    const pageRefusing = async (part, refusing) => {
      const page = await browser.newPage();
      const chunks = [...lazy[part]].map((f) => `/cdn/${f}`);
      assert.ok(chunks.length > 0, `the build has a chunk with the ${part}`);
      const warnings = [];
      page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      await page.setRequestInterception(true);
      page.on('request', (r) => (chunks.includes(new URL(r.url()).pathname) && refusing() ? r.abort() : r.continue()));
      return { page, warnings };
    };
    const inTree = (selector) => document.querySelector('mieruka-plan-tree')?.shadowRoot?.querySelector(selector);

    // The item sheet is fetched when an item is first chosen (plan-tree.side.ts, core/on-use.ts).
    test('a tree whose item sheet cannot be fetched says so, and its button fetches it again', async () => {
      let refuse = true;
      const { page } = await pageRefusing('sheet', () => refuse);
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/page/2.html`, { waitUntil: 'load' });
        await page.waitForFunction(`(${inTree})('[role=treeitem]')`, { timeout: 20_000 });
        await page.evaluate(`(${inTree})('[role=treeitem]').click()`);
        await page.waitForFunction(`(${inTree})('[part~=detail-error]')`, { timeout: 10_000 });
        const alert = await page.evaluate(`(() => { const a = (${inTree})('[part~=detail-error]'); return { role: a.getAttribute('role'), text: a.textContent.trim() }; })()`);
        assert.equal(alert.role, 'alert');
        assert.match(alert.text, /^詳細を読み込めませんでした（ネットワークエラー）。もう一度読み込む$/);
        // The tree is still there, and the chosen item is selected.
        assert.equal(await page.evaluate(`(${inTree})('[role=treeitem][aria-selected=true]') !== null`), true);
        // Still offline: the button tries; the message goes while it does and comes back (the alert
        // announces it again), and the focus stays on the button.
        await page.evaluate(`window.alertTexts = []; const alertBox = (${inTree})('[part~=detail-error]');
          new MutationObserver(() => alertTexts.push(alertBox.textContent.trim())).observe(alertBox, { subtree: true, childList: true, characterData: true });
          (${inTree})('[part~=detail-error] button').focus(); (${inTree})('[part~=detail-error] button').click();`);
        await page.waitForFunction(() => window.alertTexts.length >= 2 && window.alertTexts.at(-1).startsWith('詳細を'), { timeout: 10_000 });
        assert.deepEqual(await page.evaluate(() => [window.alertTexts[0], window.alertTexts.at(-1)]), ['もう一度読み込む', alert.text]);
        assert.equal(await page.evaluate(`document.querySelector('mieruka-plan-tree').shadowRoot.activeElement?.textContent`), 'もう一度読み込む');
        refuse = false;
        await page.evaluate(`(${inTree})('[part~=detail-error] button').focus(), (${inTree})('[part~=detail-error] button').click()`);
        await page.waitForFunction(`(${inTree})('.sheet')`, { timeout: 10_000 });
        assert.equal(await page.evaluate(`(${inTree})('[part~=detail-error]')`), null);
        // The button went with the message: the focus is back on the chosen row, not lost.
        await page.waitForFunction(`document.querySelector('mieruka-plan-tree').shadowRoot.activeElement?.getAttribute('role') === 'treeitem'`, { timeout: 5_000 });
      } finally {
        await page.close();
      }
    });

    // The virtualizer is fetched by the first tree of more than 300 rows (plan-tree.tree.ts).
    test('a long tree whose virtualizer cannot be fetched draws every row instead', async () => {
      const { page, warnings } = await pageRefusing('virtualizer', () => true);
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/page/2.html`, { waitUntil: 'load' });
        await page.waitForFunction(`(${inTree})('[role=treeitem]')`, { timeout: 20_000 });
        await page.evaluate(() => {
          const tree = document.querySelector('mieruka-plan-tree');
          const plans = Array.from({ length: 400 }, (_, i) => ({ id: `p${i}`, level: 'plan', title: `計画${i + 1}` }));
          tree.data = { schemaVersion: '1.0', id: 'long', title: '長い計画', municipality: '市', kind: 'plan', levels: [{ id: 'plan', name: '計画', counter: '計画' }], nodes: plans };
        });
        await page.waitForFunction(`document.querySelector('mieruka-plan-tree').shadowRoot.querySelectorAll('[role=treeitem]').length === 400`, { timeout: 20_000 });
        assert.equal(await page.evaluate(`(${inTree})('[role=tree]').getAttribute('aria-busy')`), null);
        // Said once, however many times the tree drew while the fetch was on its way.
        assert.equal(warnings.filter((w) => w.includes('drawing every row')).length, 1, warnings.join('\n'));
      } finally {
        await page.close();
      }
    });

    test('an element not yet loaded keeps its space, from a stylesheet (no inline style)', async () => {
      const page = await browser.newPage();
      // Hold the element's code back, so that the tag stays undefined.
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().includes('/cdn/chunks/') ? r.abort() : r.continue()));
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/page/1.html`, { waitUntil: 'load' });
        // The loader has run (it fetched the element files, whose chunks are held back).
        await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, { timeout: 10_000 });
        const boxes = await page.evaluate(() =>
          ['mieruka-kpi-gauge', 'mieruka-trend-table'].map((t) => {
            const el = document.querySelector(t);
            return { defined: el.matches(':defined'), height: el.getBoundingClientRect().height, inline: el.hasAttribute('style'), rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
          }),
        );
        for (const b of boxes) {
          assert.equal(b.defined, false);
          assert.equal(b.inline, false);
        }
        assert.equal(boxes[0].height, 12 * boxes[0].rem, 'the gauge keeps its skeleton height (12rem)');
        assert.equal(boxes[1].height, 8 * boxes[1].rem, 'the table keeps the shared skeleton height (8rem)');
      } finally {
        await page.close();
      }
    });
  });
});

// The React and Vue examples as an app builds them: Vite, production, importing
// 'mieruka/plan-tree' and 'mieruka/kpi-gauge' from the built package. Both modules import Lit by
// name, so the app has one Lit (each self-contained file of the old layout brought its own: two).
const EXAMPLES = {
  react: { files: ['index.html', 'main.ts', 'PlanIndicators.ts'], packages: ['react', 'react-dom'], config: {} },
  vue: {
    files: ['index.html', 'main.ts', 'plan-indicators.ts'],
    packages: ['vue'],
    // What examples/vue/vite.config.ts adds (the template is compiled in the browser).
    config: {
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    },
  },
};
for (const [name, example] of Object.entries(EXAMPLES)) {
  describe(`the ${name} example built with Vite`, () => {
    let dir;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), `mieruka-${name}-`));
      await mkdir(join(dir, 'node_modules'));
      await symlink(root, join(dir, 'node_modules/mieruka'), 'dir');
      for (const pkg of example.packages) await symlink(at(`node_modules/${pkg}`), join(dir, `node_modules/${pkg}`), 'dir');
      for (const f of example.files) await copyFile(at(`examples/${name}/${f}`), join(dir, f));
    });
    after(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('has exactly one Lit in its production build', { timeout: 120_000 }, async () => {
      const { build } = await import('vite');
      await build({ root: dir, configFile: false, logLevel: 'warn', ...example.config, build: { outDir: join(dir, 'out'), target: 'es2022' } });
      const scripts = (await readdir(join(dir, 'out/assets'))).filter((f) => f.endsWith('.js'));
      const code = (await Promise.all(scripts.map((f) => readFile(join(dir, 'out/assets', f), 'utf8')))).join('\n');
      assert.ok(code.includes('mieruka-kpi-gauge') && code.includes('mieruka-plan-tree'), 'both elements are in the app');
      assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'copies of lit-html');
      assert.equal(code.match(/reactiveElementVersions/g)?.length, 1, 'copies of @lit/reactive-element');
    });
  });
}
