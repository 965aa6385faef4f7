import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The all-elements entry, as a site loads it: every element, and the placeholder upgrade.
import '../src/index.js';

/**
 * The ways a CMS page can hold a widget, live (the docs page, stories/docs/cms.mdx, says
 * which to use when). A placeholder is built as a fresh DOM node on every render because
 * mieruka replaces it with the element, taking it out of Storybook's hands.
 */

interface Args {
  /** data-mieruka: the widget's short name. */
  widget: string;
  src: string;
  indicator: string;
}

const collaboration = 'examples/koriyama-collaboration-2023.json';

/** `<div data-mieruka=… data-src=… data-indicator=…>`, as a CMS that strips scripts keeps it. */
const placeholder = (a: Args) => {
  const div = document.createElement('div');
  div.dataset['mieruka'] = a.widget;
  div.dataset['src'] = a.src;
  div.dataset['indicator'] = a.indicator;
  return div;
};

const meta: Meta<Args> = {
  title: 'Guides/CMS への埋め込み · Embedding in a CMS',
  id: 'guides-cms',
  // stories/docs/cms.mdx is this file's docs page.
  tags: ['!autodocs'],
  args: { widget: 'kpi-gauge', src: collaboration, indicator: 'p1-k1' },
  argTypes: {
    widget: { name: 'data-mieruka', control: 'select', options: ['plan-tree', 'kpi-gauge', 'five-less', 'sdgs-badges', 'trend-table', 'kpi-guage'] },
    src: { name: 'data-src', control: 'text' },
    indicator: { name: 'data-indicator', control: 'text' },
  },
  render: placeholder,
};
export default meta;

type Story = StoryObj<Args>;

/** A placeholder div becomes <mieruka-kpi-gauge src="…" indicator="p1-k1">. */
export const Placeholder: Story = {};

/** A misspelt name (kpi-guage) stays a div, with a visible message that lists the names there are. */
export const PlaceholderUnknownName: Story = { args: { widget: 'kpi-guage' } };

/** The overall indicator of the 2023 report, written into the page: no file to host. */
const OVERALL = {
  schemaVersion: '1.0',
  id: 'koriyama-collaboration-2023-overall',
  title: '第二次郡山市協働推進基本計画 2023年度実施報告（全体指標）',
  municipality: '郡山市',
  period: { start: 2018, end: 2025 },
  levels: [{ id: 'policy', name: '基本施策' }],
  nodes: [],
  indicators: [
    {
      id: 'overall-1',
      name: '地域への愛着度',
      description: '「今後も郡山に住みたい」と回答した市民の割合',
      unit: '%',
      decimals: 1,
      observations: [
        { fiscalYear: 2016, label: '計画策定時', value: 67.6 },
        { fiscalYear: 2022, value: 67.1 },
        { fiscalYear: 2023, value: 67.2 },
      ],
      target: { fiscalYear: 2025, value: 70.0 },
    },
  ],
};

/** The document inline, in <script type="application/json"> (data, never run), as demo/cms-page.html does. */
export const InlineJson: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(OVERALL, null, 2);
    return html`<mieruka-kpi-gauge indicator="overall-1">${script}</mieruka-kpi-gauge>`;
  },
};

/**
 * Two widgets linked without script, in separate CMS blocks: the tree has an id, the gauge
 * placeholder says `data-follow` with that id. Choose an item in the tree: the gauges narrow to
 * it (and say so to screen readers).
 */
export const LinkedWidgets: Story = {
  render: (a) =>
    cmsBlocks([
      { 'data-mieruka': 'plan-tree', 'data-src': a.src, 'data-detail': 'none', id: 'cms-linked-plan' },
      { 'data-mieruka': 'kpi-gauge', 'data-src': a.src, 'data-follow': 'cms-linked-plan', 'data-no-sparkline': '' },
    ]),
};

/**
 * A summary's counts lead: press 「△ 遅れ 3」 and the gauge grid in another block shows exactly
 * the 3 indicators it counts; press it again to show everything. (A trend table follows the same
 * way: tests/follow-status.test.ts.)
 */
export const LinkedByStatus: Story = {
  render: (a) =>
    cmsBlocks([
      { 'data-mieruka': 'progress-summary', 'data-src': a.src, id: 'cms-linked-summary' },
      { 'data-mieruka': 'kpi-gauge', 'data-src': a.src, 'data-follow': 'cms-linked-summary', 'data-no-sparkline': '' },
    ]),
};

/** Placeholders, each in its own CMS block (a fresh node per render). */
function cmsBlocks(list: Record<string, string>[]): HTMLElement {
  const blocks = document.createElement('div');
  for (const attrs of list) {
    const block = document.createElement('div');
    block.className = 'wp-block-html';
    const div = document.createElement('div');
    for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
    block.append(div);
    blocks.append(block);
  }
  return blocks;
}
