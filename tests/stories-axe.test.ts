/**
 * Every story of every stories file, rendered as Storybook's preview renders it (the story's or
 * the file's render function, the file's args under the story's, the story's, the file's and
 * the preview's decorators), then checked by axe against WCAG 2.2 level AA — the same rules the
 * a11y addon runs in the Storybook panel. A designer reviews every state in Storybook; this
 * proves every one of those states is accessible, not just the ones an element's tests pick.
 *
 * Stories load /examples/NAME.json (Storybook's staticDirs); web-test-runner.config.js serves
 * the same files at the same path.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { nothing, render, type TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import { resetDocumentSources } from '../src/core/index.js';
import { PLACEHOLDER_ELEMENTS } from '../src/core/placeholders.js';
import { WCAG_22_AA_TAGS } from '../stories/lib/a11y.js';
import { NEVER_ANSWERS } from '../stories/lib/network.js';
import { withPageLang } from '../stories/lib/page-lang.js';
import * as cms from '../stories/cms.stories.js';
import * as fiveLess from '../stories/five-less.stories.js';
import * as kpiGauge from '../stories/kpi-gauge.stories.js';
import * as planTree from '../stories/plan-tree.stories.js';
import * as progressSummary from '../stories/progress-summary.stories.js';
import * as sdgsBadges from '../stories/sdgs-badges.stories.js';
import * as theming from '../stories/theming.stories.js';
import * as trendTable from '../stories/trend-table.stories.js';
import { until } from './support/plan-tree.js';

type Args = Record<string, unknown>;
type StoriesModule = { default: Meta<Args> } & Record<string, unknown>;

/** Every stories file under stories/ (a new one must be added here: see the test below). */
const MODULES: Record<string, StoriesModule> = {
  'cms.stories.ts': cms as unknown as StoriesModule,
  'five-less.stories.ts': fiveLess as unknown as StoriesModule,
  'kpi-gauge.stories.ts': kpiGauge as unknown as StoriesModule,
  'plan-tree.stories.ts': planTree as unknown as StoriesModule,
  'progress-summary.stories.ts': progressSummary as unknown as StoriesModule,
  'sdgs-badges.stories.ts': sdgsBadges as unknown as StoriesModule,
  'theming.stories.ts': theming as unknown as StoriesModule,
  'trend-table.stories.ts': trendTable as unknown as StoriesModule,
};

// @lit-labs/virtualizer (the 10,000-plan tree) can raise this one benign message (see DESIGN.md);
// it is kept from failing the test, and nothing else is.
const BENIGN = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener('error', (e) => e.message === BENIGN && e.stopImmediatePropagation(), true);

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** The stories of a module as Storybook finds them: every export but the default (and `__namedExportsOrder`). */
function storiesOf(module: StoriesModule): [string, StoryObj<Args>][] {
  const { includeStories, excludeStories } = module.default as { includeStories?: unknown; excludeStories?: unknown };
  if (includeStories || excludeStories) throw new Error('includeStories / excludeStories: teach this test to read them');
  return Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, StoryObj<Args>][];
}

/** The story's template: render function, merged args and decorators in Storybook's order. */
function storyTemplate(meta: Meta<Args>, story: StoryObj<Args>, name: string): TemplateResult {
  const args: Args = { ...meta.args, ...story.args };
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${name}: no render function (the element-only default render is not used here)`);
  if (story.play ?? meta.play) throw new Error(`${name}: has a play function, which this test does not run`);
  const context = { args, globals: { lang: 'ja' }, parameters: { ...meta.parameters, ...story.parameters }, name } as unknown as StoryContext<Args>;
  // Innermost first: the story's decorators, then the file's, then the preview's.
  const decorators = [...toArray(story.decorators), ...toArray(meta.decorators), withPageLang as Decorator<Args>];
  let storyFn = () => renderFn(args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  return storyFn() as TemplateResult;
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Every mieruka element under `root`, in shadow roots too (the plan sheet holds gauges). */
function elementsIn(root: Element | ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('mieruka-')) found.push(el);
    if (el.shadowRoot) elementsIn(el.shadowRoot, found);
  }
  return found;
}

const isLoading = (el: HTMLElement) => el.shadowRoot?.querySelector('[part~=skeleton]') != null;

/** A CMS placeholder not yet replaced by its element nor marked with its message. */
const pendingPlaceholder = (root: HTMLElement) => root.querySelector('[data-mieruka]:not(:has(> [data-mieruka-message]))');

/** Waits until every element has shown its data or its message (a skeleton means still loading). */
async function settle(root: HTMLElement, expectLoading: boolean): Promise<void> {
  await until(() => !pendingPlaceholder(root) && (elementsIn(root).length > 0 || root.querySelector('[data-mieruka-message]') !== null));
  const updated = () => Promise.all(elementsIn(root).map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await updated();
  if (expectLoading) {
    expect(elementsIn(root).some(isLoading), 'the loading story shows its skeleton').to.equal(true);
    return;
  }
  await until(() => !elementsIn(root).some(isLoading), 8000);
  // Loading ends in an update that may render more elements (gauges in a sheet) and start a
  // virtualizer or content-visibility pass: let them finish.
  await updated();
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  await updated();
}

/** axe's violations as a readable list: rule, impact, help, and where. */
function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.id = 'storybook-root';
  document.body.append(container);
});

afterEach(() => {
  render(nothing, container);
  container.remove();
  resetDocumentSources();
  document.documentElement.lang = '';
});

describe('stories: every story passes axe (WCAG 2.2 AA)', () => {
  it('covers every element: each has a stories file here', () => {
    const covered = Object.values(MODULES).map((m) => m.default.component);
    expect(covered).to.include.members(Object.values(PLACEHOLDER_ELEMENTS));
  });

  for (const [file, module] of Object.entries(MODULES)) {
    const meta = module.default;
    describe(`${meta.title} (${file})`, () => {
      for (const [name, story] of storiesOf(module)) {
        it(name, async function () {
          // The 10,000-plan tree and the 1,000-indicator table take a few seconds to check.
          this.timeout(30_000);
          render(storyTemplate(meta, story, name), container);
          const args = { ...meta.args, ...story.args };
          await settle(container, args['src'] === NEVER_ANSWERS);
          const results = await axe.run(container, { runOnly: { type: 'tag', values: WCAG_22_AA_TAGS }, resultTypes: ['violations'] });
          expect(results.violations.length, `axe violations:\n${describeViolations(results)}`).to.equal(0);
        });
      }
    });
  }
});
