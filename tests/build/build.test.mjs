// The package build (`npm run build`): run once, then its outputs checked statically.
//   node --test tests/build/
// Not part of `npm test` (the build takes a while). The bundles are not evaluated here (no
// browser in Node's test runner): each is checked to be one self-contained, minified,
// production ES module that registers its tag(s).
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
import { BUDGET, CEILING } from '../../scripts/bundle-size.js';
import { apiMarkdown } from '../../scripts/api-docs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (p) => join(root, p);
const ELEMENTS = ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table'];
const TAG = (name) => `mieruka-${name}`;
const BUNDLES = [{ name: 'mieruka (all)', file: 'dist/mieruka.js', tags: ELEMENTS.map(TAG), budget: BUDGET.all }].concat(
  ELEMENTS.map((name) => ({ name, file: `dist/components/${name}.js`, tags: [TAG(name)], budget: BUDGET.element })),
);
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
    const scripts = (await listFiles(at('dist'))).filter((f) => /\.m?js$/.test(f) && !f.startsWith('dist/cli/'));
    assert.deepEqual(scripts.sort(), BUNDLES.map((b) => b.file).sort(), 'extra scripts in dist/ (chunks?)');
    console.log(`npm run build took ${buildSeconds.toFixed(1)} s`);
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

  for (const bundle of BUNDLES) {
    describe(bundle.file, () => {
      let code = '';
      before(async () => {
        code = await readFile(at(bundle.file), 'utf8');
      });

      test('is one ES module that imports nothing (no chunks, dependencies bundled)', async () => {
        assert.deepEqual(await importsOf(bundle.file), []);
        assert.match(code, /\bexport\s*\{/);
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
