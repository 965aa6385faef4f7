// The package build (`npm run build`): run once, then its outputs checked statically.
//   node --test tests/build/
// The bundles are checked statically: each is one self-contained, minified, production ES
// module that registers its tag(s). The embed page (dist/embed.html) is also loaded as a host
// page would load it, in an iframe under a strict Content-Security-Policy, in headless Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { build as esbuild } from 'esbuild';
import { createServer } from 'node:http';
import { CHROMIUM_FLAGS, findBrowser } from '../../scripts/find-browser.js';
import { BUDGET, CEILING } from '../../scripts/bundle-size.js';
import { apiMarkdown } from '../../scripts/api-docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (p) => join(root, p);
const ELEMENTS = ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table'];
const TAG = (name) => `mieruka-${name}`;
const BUNDLES = [{ name: 'mieruka (all)', file: 'dist/mieruka.js', tags: ELEMENTS.map(TAG), budget: BUDGET.all }].concat(
  ELEMENTS.map((name) => ({ name, file: `dist/components/${name}.js`, tags: [TAG(name)], budget: BUDGET.element })),
);
/** The embed page's script: every element, but a page script, not a module to import. */
const EMBED_SCRIPT = { name: 'embed page', file: 'dist/embed.js', tags: ELEMENTS.map(TAG), page: true };
/** Own attributes each element must list in the manifest (the shared ones come from the base). */
const OWN_ATTRIBUTES = {
  'plan-tree': ['expanded', 'detail', 'selected', 'hash', 'heading-level', 'no-filter'],
  'kpi-gauge': ['variant', 'no-sparkline', 'series', 'heading-level'],
  'five-less': ['category', 'sort'],
  'sdgs-badges': ['targets', 'goals', 'variant', 'size', 'selectable', 'selected'],
  'trend-table': ['layout', 'chunk-size'],
};
const SHARED_ATTRIBUTES = ['src', 'refresh', 'timeout', 'node', 'indicator', 'theme', 'wareki', 'lang'];

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

/** Every import (static, dynamic, re-export) of a module, read by esbuild's parser. */
async function importsOf(file) {
  const seen = [];
  await esbuild({
    entryPoints: [at(file)],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-imports',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            seen.push(`${args.kind} ${args.path}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return seen;
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
  test('writes every expected file, and no other script', async () => {
    const expected = [
      'dist/cli/mieruka.js',
      'dist/mieruka.js',
      ...ELEMENTS.map((n) => `dist/components/${n}.js`),
      'dist/custom-elements.json',
      'dist/types/src/index.d.ts',
      ...ELEMENTS.map((n) => `dist/types/src/components/${n}/${n}.d.ts`),
      'data-schema/mieruka.schema.json',
    ];
    for (const f of expected) assert.ok(existsSync(at(f)), `${f} is missing`);
    // dist/data-check/ is a page of its own (the workbook check), with its own chunks.
    const scripts = (await listFiles(at('dist'))).filter((f) => /\.m?js$/.test(f) && !f.startsWith('dist/cli/') && !f.startsWith('dist/data-check/'));
    assert.deepEqual(scripts.sort(), [...BUNDLES, EMBED_SCRIPT].map((b) => b.file).sort(), 'extra scripts in dist/ (chunks?)');
    for (const f of ['dist/embed.html', 'dist/embed.css']) assert.ok(existsSync(at(f)), `${f} is missing`);
    console.log(`npm run build took ${buildSeconds.toFixed(1)} s`);
  });

  test('the data-check page is built into dist/data-check/, and only it carries the spreadsheet library', async () => {
    assert.ok(existsSync(at('dist/data-check/data-check.html')));
    const pageScripts = (await listFiles(at('dist/data-check'))).filter((f) => f.endsWith('.js'));
    const withLibrary = [];
    // A string only the library's writer holds (the part it writes the shared strings to).
    const MARK = 'xl/sharedStrings.xml';
    for (const f of pageScripts) if ((await readFile(at(f), 'utf8')).includes(MARK)) withLibrary.push(f);
    assert.equal(withLibrary.length, 1, `the library is one chunk of the page: ${withLibrary}`);
    for (const b of [...BUNDLES, EMBED_SCRIPT]) assert.ok(!(await readFile(at(b.file), 'utf8')).includes(MARK), `${b.file} carries the spreadsheet library`);
  });

  test('package.json exports point at built files and stay well formatted', async () => {
    const text = await readFile(at('package.json'), 'utf8');
    const pkg = JSON.parse(text);
    assert.equal(text, `${JSON.stringify(pkg, null, 2)}\n`, 'package.json is not 2-space formatted JSON');
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    const targets = [pkg.types, pkg.module];
    for (const value of Object.values(pkg.exports)) targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
    for (const t of targets) assert.ok(existsSync(at(t)), `package.json names ${t}, which is not built`);
    for (const name of ELEMENTS) assert.equal(pkg.exports[`./${name}`].default, `./dist/components/${name}.js`);
    // Every module that registers an element when imported: the bundles, and their sources
    // (so that a bundler building from src, like the demo and the bench, keeps the elements).
    const registering = [...BUNDLES.map((b) => `./${b.file}`), './src/index.ts', './src/components/*/*.ts', './src/core/placeholders.ts'];
    assert.deepEqual([...pkg.sideEffects].sort(), registering.sort());
  });

  for (const bundle of [...BUNDLES, EMBED_SCRIPT]) {
    describe(bundle.file, () => {
      let code = '';
      before(async () => {
        code = await readFile(at(bundle.file), 'utf8');
      });

      test('is one ES module that imports nothing (no chunks, dependencies bundled)', async () => {
        assert.deepEqual(await importsOf(bundle.file), []);
        if (!bundle.page) assert.match(code, /\bexport\s*\{/);
      });

      test('registers its tag(s) and no other element', () => {
        assert.match(code, /customElements\.define\(/, 'the guarded define is missing');
        for (const name of ELEMENTS) {
          const defined = new RegExp(String.raw`\.define\(\s*["'\`]${TAG(name)}["'\`]\s*\)`).test(code);
          assert.equal(defined, bundle.tags.includes(TAG(name)), `${TAG(name)} ${defined ? 'defined' : 'not defined'}`);
        }
      });

      test('is a minified production build without the schema descriptions', () => {
        assert.ok(!code.includes('lit.dev/msg/dev-mode'), "Lit's dev-mode warning is in the bundle");
        assert.ok(!/process\.env/.test(code), 'process.env is left in the bundle');
        assert.ok(!code.includes('文書の識別子'), 'schema descriptions are in the bundle');
        assert.ok(!code.includes('Identifier of the document'), 'schema descriptions are in the bundle');
        assert.ok(!/^\t/m.test(code), 'indented lines: not minified');
        assert.ok(!/\/\/ node_modules\//.test(code), 'module comments: not minified');
        // The styles ship minified: the shared focus rule as esbuild's CSS minifier writes it.
        assert.ok(code.includes(':focus-visible{outline:3px solid var(--mieruka-color-focus)'), 'the style literals are not minified');
        assert.ok(!/\n\s+(?:display|color|margin|padding):/.test(code), 'indented CSS declarations: style literals not minified');
      });
    });
  }

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

  test('no bundle grows past its size ceiling (min+gzip); the DESIGN.md budgets are printed beside', async () => {
    const rows = [];
    const over = [];
    for (const b of BUNDLES) {
      const code = await readFile(at(b.file));
      const gzip = gzipSync(code, { level: 9 }).length;
      const ceiling = CEILING[b.name];
      assert.ok(ceiling, `no size ceiling for ${b.name}`);
      if (gzip > ceiling) over.push(`${b.file}: ${gzip} B > ceiling ${ceiling} B`);
      rows.push(`| ${b.name} | ${code.length.toLocaleString('en')} | ${gzip.toLocaleString('en')} | ${ceiling.toLocaleString('en')} | ${b.budget.toLocaleString('en')} | ${gzip <= b.budget ? 'within' : 'over'} |`);
    }
    console.log(['| entry | min | min+gzip | ceiling (gated) | DESIGN budget | |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n'));
    assert.deepEqual(over, [], 'a bundle grew past its ceiling (scripts/bundle-size.js CEILING)');
  });
});

// dist/embed.html as a city page embeds it: the built files served from one origin under
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (no inline script or style anywhere), in an iframe of a host page whose one script (a file,
// as the README's snippet would be on such a site) sizes the frame from the height messages.
describe('dist/embed.html in Chromium, under a strict CSP', () => {
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

  /** /mieruka/* is dist/, /data/NAME.json the example documents, /host.html?embed=QUERY a host page. */
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
    const match = /^\/(mieruka|data)\/([\w.-]+)$/.exec(url.pathname);
    const file = match && (match[1] === 'mieruka' ? at(`dist/${match[2]}`) : at(`data-schema/examples/${match[2]}`));
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
