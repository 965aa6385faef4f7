import { THEME_CSS, baseStyles } from '../../src/core/theme.js';

/**
 * The theme's custom properties for the theming docs page, read from the styles every element
 * uses (src/core/theme.ts), so the page lists the real names and values.
 */

export interface ColorToken {
  name: string;
  light: string;
  dark: string;
  /** The system colour used in forced-colours mode (Windows high contrast), when the theme sets one. */
  forced?: string | undefined;
}

export interface OtherProperty {
  name: string;
  /** The value used when the page sets none. */
  fallback: string;
}

/** `--name: value;` declarations of a block of CSS, in order. */
function declarations(cssText: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of cssText.matchAll(/(--mieruka-[a-z0-9-]+)\s*:\s*([^;]+);/g)) found.set(m[1]!, m[2]!.trim());
  return found;
}

/** The body of the first `{…}` block after `start` in `css`, braces balanced. */
function blockAfter(css: string, start: number): string {
  const open = css.indexOf('{', start);
  if (open < 0) return '';
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  return '';
}

export function colorTokens(): ColorToken[] {
  const light = declarations(String(THEME_CSS.light.cssText));
  const dark = declarations(String(THEME_CSS.dark.cssText));
  const css = baseStyles.cssText;
  const forcedAt = css.indexOf('@media (forced-colors: active)');
  const forced = forcedAt < 0 ? new Map<string, string>() : declarations(blockAfter(blockAfter(css, forcedAt), 0));
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) ?? value, forced: forced.get(name) }));
}

/** Properties the styles read with a fallback (`var(--mieruka-radius, 0.5rem)`) that are not colour tokens. */
export function otherProperties(): OtherProperty[] {
  const colours = new Set(colorTokens().map((t) => t.name));
  const css = baseStyles.cssText;
  const found = new Map<string, string>();
  for (const m of css.matchAll(/var\((--mieruka-[a-z0-9-]+)\s*,/g)) {
    const name = m[1]!;
    if (colours.has(name) || found.has(name)) continue;
    // The fallback runs to the parenthesis that closes var(…).
    let depth = 1;
    let i = m.index + m[0].length;
    const begin = i;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')') depth--;
    }
    found.set(name, css.slice(begin, i - 1).trim());
  }
  return [...found].map(([name, fallback]) => ({ name, fallback }));
}
