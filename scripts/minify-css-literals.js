// Lit keeps a component's CSS as the text of a css`…` literal, and a JS minifier leaves the
// inside of a template literal alone, so the shipped bundles carried every indent, newline and
// comment of the styles. Here esbuild's CSS minifier (already the build's dependency) rewrites
// each literal's text; this module only finds the literals.
// Why not a library: minify-literals was tried (2.x needs Node 22; 1.0.10 runs on our Node 20).
// It gives the same CSS for the five components' styles (within 10 bytes gzip each), but it
// leaves theme.ts unminified because that file calls unsafeCSS(). It also rewrites html``
// templates, which saves 0.1 kB here at the risk of whitespace that matters between inline
// elements. And it brings clean-css, html-minifier-terser and a TypeScript parser, and needs a
// wrapper for each of our three hosts (Vite, esbuild, the test server) anyway.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/**
 * css`…` where an expression starts (after `=`, `(`, `[` or `,`), with no backtick inside: the
 * shape of every style literal in src/. A comment that mentions `css` is not one.
 */
const CSS_LITERAL = /(?<=[=([,]\s*)css`([^`]*)`/g;
/** An interpolation: `${name}` or `${unsafeCSS(…)}`, never nested braces in our styles. */
const INTERPOLATION = /\$\{([^{}]*)\}/g;
/**
 * A stand-in for an interpolation that survives CSS minification wherever it stands: as a
 * declaration (theme.ts splices token lists into rules) it is a custom property, which the
 * minifier neither drops nor reorders.
 */
const holder = (i) => `--mieruka-literal-${i}:0`;
const HOLDER = /--mieruka-literal-(\d+):0;?/g;

/** Does the literal hold rules (a stylesheet), or only declarations (a token list)? */
const isStylesheet = (text) => /[{}]/.test(text);

/**
 * The minified text of one literal. A literal of declarations alone is minified inside a
 * throwaway rule and unwrapped again.
 */
export async function minifyCss(text) {
  const parts = [];
  const withHolders = text.replace(INTERPOLATION, (_, expression) => `${holder(parts.push(expression) - 1)};`);
  const sheet = isStylesheet(withHolders);
  const input = sheet ? withHolders : `x{${withHolders}}`;
  // target esnext: nothing is lowered or prefixed, so the CSS the browser gets is the CSS we wrote.
  // charset utf8: '○' stays '○'; the ASCII default writes "\25cb", which inside a JS template
  // literal is an invalid escape that turns the whole literal into undefined.
  const { code, warnings } = await transform(input, { loader: 'css', minify: true, target: 'esnext', charset: 'utf8', logLevel: 'silent' });
  if (warnings.length) throw new Error(`CSS the minifier does not understand: ${warnings[0].text}\n${text.slice(0, 200)}`);
  let out = code.trim();
  // A token list keeps its last semicolon, and a spliced one is followed by one, so that
  // whatever comes after the splice starts a declaration of its own.
  if (!sheet) out = `${out.replace(/^x\{/, '').replace(/\}$/, '')};`;
  let restoredCount = 0;
  const restored = out.replace(HOLDER, (_, i) => (restoredCount++, `\${${parts[Number(i)]}};`));
  if (restoredCount !== parts.length) throw new Error(`an interpolation was lost in minifying:\n${text.slice(0, 200)}`);
  return restored;
}

/** The source with every css`…` literal minified. */
export async function minifyCssLiterals(source) {
  const literals = [...source.matchAll(CSS_LITERAL)];
  const minified = await Promise.all(literals.map((m) => minifyCss(m[1])));
  let i = 0;
  return source.replace(CSS_LITERAL, () => `css\`${minified[i++]}\``);
}

/** The modules that hold styles: one *.styles.ts per element, and the shared theme. */
const STYLE_MODULE = /[\\/]src[\\/](?:components[\\/][^\\/]+[\\/][^\\/]+\.styles|core[\\/]theme)\.ts$/;

/** esbuild plugin (the size measurement and the bench build as the library ships). */
export const minifyCssLiteralsEsbuild = {
  name: 'mieruka-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: STYLE_MODULE }, async (args) => ({
      contents: await minifyCssLiterals(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

/** Vite / Rollup plugin (the dist bundles). */
export function minifyCssLiteralsVite() {
  return {
    name: 'mieruka-minify-css-literals',
    enforce: 'pre',
    async transform(code, id) {
      return STYLE_MODULE.test(id.split('?')[0]) ? { code: await minifyCssLiterals(code), map: null } : null;
    },
  };
}

/**
 * @web/dev-server plugin: the browser tests run against the styles as they ship, so a rule the
 * minifier changed would fail the contrast, forced-colours and reflow tests.
 */
export function minifyCssLiteralsWds() {
  return {
    name: 'mieruka-minify-css-literals',
    async transform(context) {
      if (STYLE_MODULE.test(context.path)) return { body: await minifyCssLiterals(context.body) };
      return undefined;
    },
  };
}
