// The build's CSS minification of Lit style literals (scripts/minify-css-literals.js).
//   node --test tests/build/minify-css-literals.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.js';

describe('minifyCss', () => {
  test('drops comments, indents and the last semicolon of a rule', async () => {
    const out = await minifyCss(`
      /* why */
      :host {
        display: block;
        margin: 0 0 0.5rem;
      }
    `);
    assert.equal(out, ':host{display:block;margin:0 0 .5rem}');
  });

  test('keeps an interpolated token list where it was, followed by a semicolon', async () => {
    const out = await minifyCss(`:host { \${light} display: block; } :host([theme='dark']) { \${dark} }`);
    assert.equal(out, ':host{${light};display:block}:host([theme="dark"]){${dark};}');
  });

  test('a literal of declarations alone stays declarations, ending in a semicolon', async () => {
    const out = await minifyCss(`
      --mieruka-color-text: #1a1a1a;
      --mieruka-color-muted: #4d4d4d;
    `);
    assert.equal(out, '--mieruka-color-text: #1a1a1a;--mieruka-color-muted: #4d4d4d;');
  });

  test('nothing is lowered or prefixed for older browsers', async () => {
    const out = await minifyCss(':host { container-type: inline-size; } @container (width < 30rem) { .a { inset-inline: 0; } }');
    assert.equal(out, ':host{container-type:inline-size}@container (width < 30rem){.a{inset-inline:0}}');
  });

  test('keeps non-ASCII text as written: a CSS escape would be an invalid escape in the template literal', async () => {
    const out = await minifyCss(".a::before { content: '○' / ''; }");
    assert.equal(out, '.a:before{content:"○" / ""}');
    assert.doesNotMatch(out, /\\/);
  });

  test('refuses CSS it cannot read instead of shipping it changed', async () => {
    await assert.rejects(minifyCss(':host { color: red; '), /does not understand/);
  });
});

describe('minifyCssLiterals', () => {
  test('rewrites each css`…` literal and leaves the rest of the module alone', async () => {
    const source = "import { css } from 'lit';\n// a `css` comment stays\nexport const a = css`\n  p { margin: 0; }\n`;\nexport const b = css`--x: 1;`;\n";
    const out = await minifyCssLiterals(source);
    assert.equal(out, "import { css } from 'lit';\n// a `css` comment stays\nexport const a = css`p{margin:0}`;\nexport const b = css`--x: 1;`;\n");
  });
});
