/**
 * Every element of mieruka, by name (the tag is `mieruka-<name>`), and how to load it. This is
 * the one list: the CDN loader (src/loader.ts) imports an element from here when a page first
 * uses its tag, and the build (scripts/build-cdn.js) makes `dist/cdn/components/<name>.js` for
 * each name. Adding an element is one line here (and its `exports` entry in package.json).
 *
 * Nothing is imported until a function is called, so importing this list costs a few bytes.
 */
export const ELEMENTS = {
  'plan-tree': () => import('./components/plan-tree/plan-tree.js'),
  'kpi-gauge': () => import('./components/kpi-gauge/kpi-gauge.js'),
  'five-less': () => import('./components/five-less/five-less.js'),
  'sdgs-badges': () => import('./components/sdgs-badges/sdgs-badges.js'),
  'trend-table': () => import('./components/trend-table/trend-table.js'),
  'progress-summary': () => import('./components/progress-summary/progress-summary.js'),
} as const satisfies Record<string, () => Promise<unknown>>;

export type ElementName = keyof typeof ELEMENTS;
