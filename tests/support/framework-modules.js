// React and Vue for the framework tests (tests/frameworks-*.test.ts), served as the browser
// ES modules an app's bundler would give it, so that the examples keep their ordinary imports:
//   import { createElement, useState } from 'react';   import { createRoot } from 'react-dom/client';
//   import { createApp } from 'vue';
// React ships CommonJS only: esbuild bundles react, react-dom and react-dom/client once, into
// one module (one copy of React, or hooks break), and small facades re-export their names. Vue's
// package resolves to its bundler build, which reads process.env and has no template compiler;
// the tests take its browser build with the compiler (vue.esm-browser.js) instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const BUNDLE = '/__frameworks/react-bundle.js';
/** Bare specifier → [facade path, the bundle's export holding that module, its production build]. */
const FACADES = {
  react: ['/__frameworks/react.js', 'React', 'react/cjs/react.production.js'],
  'react-dom': ['/__frameworks/react-dom.js', 'ReactDOM', 'react-dom/cjs/react-dom.production.js'],
  'react-dom/client': ['/__frameworks/react-dom-client.js', 'ReactDOMClient', 'react-dom/cjs/react-dom-client.production.js'],
};
// The development build: it warns ("Failed to resolve component") where isCustomElement is missing.
const VUE = '/node_modules/vue/dist/vue.esm-browser.js';

let bundle;
function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: "import React from 'react'; import ReactDOM from 'react-dom'; import ReactDOMClient from 'react-dom/client'; export { React, ReactDOM, ReactDOMClient };",
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

/**
 * A module re-exporting every name of a CommonJS module that the bundle exports as `binding`.
 * The names are read from the production build's `exports.NAME =` lines, not by running it:
 * React in Node writes to the console when it loads, which the test runner's console rejects.
 */
async function facade(binding, file) {
  const [pkg, ...rest] = file.split('/');
  const source = await readFile(join(dirname(require.resolve(`${pkg}/package.json`)), ...rest), 'utf8');
  const names = [...new Set([...source.matchAll(/^\s*exports\.([A-Za-z_$][\w$]*)\s*=/gm)].map((m) => m[1]))];
  if (!names.length) throw new Error(`framework-modules: no exports found in ${file}`);
  return `import { ${binding} as m } from '${BUNDLE}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

export function frameworkModules() {
  return {
    name: 'mieruka-framework-modules',
    resolveImport({ source }) {
      if (source === 'vue') return VUE;
      return Object.hasOwn(FACADES, source) ? FACADES[source][0] : undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await reactBundle(), type: 'js' };
      const entry = Object.entries(FACADES).find(([, [path]]) => path === context.path);
      return entry ? { body: await facade(entry[1][1], entry[1][2]), type: 'js' } : undefined;
    },
  };
}
