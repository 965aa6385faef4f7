import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/five-less/five-less.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/trend-table/trend-table.js';

/**
 * A page's own look applied from outside, the only way a page can: custom properties on the
 * elements and ::part() rules. The docs page (stories/docs/theming.mdx) lists every property
 * and part. The stylesheets here are a page's, so they are plain <style> elements.
 */

const meta: Meta = {
  title: 'Guides/テーマ · Theming',
  id: 'guides-theming',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

const collaboration = 'examples/koriyama-collaboration-2023.json';
const reform2022 = 'examples/koriyama-reform-2022-goal3.json';

/** A city's green instead of the Digital Agency blue (links, buttons, lines; a gauge's arc keeps its status colour); square corners. */
export const CityColours: Story = {
  render: () => html`
    <style>
      .city-green :is(mieruka-kpi-gauge, mieruka-five-less) {
        --mieruka-color-accent: #1d6b3a;
        --mieruka-color-accent-surface: #e6f4ea;
        --mieruka-color-focus: #1d6b3a;
        --mieruka-radius: 0;
      }
    </style>
    <div class="city-green">
      <mieruka-kpi-gauge src=${collaboration} indicator="p1-k1" style="max-width: 26rem"></mieruka-kpi-gauge>
      <mieruka-five-less src=${reform2022} node="g3-i1"></mieruka-five-less>
    </div>
  `,
};

/** Larger text for a page read by many older residents: --mieruka-font-size is the elements' base size. */
export const LargerText: Story = {
  render: () => html`
    <style>
      .large-text mieruka-kpi-gauge { --mieruka-font-size: 1.25rem; }
    </style>
    <div class="large-text">
      <mieruka-kpi-gauge src=${collaboration} node="p1"></mieruka-kpi-gauge>
    </div>
  `,
};

/** ::part(): the table's caption as a page heading, group rows in the page's colours. */
export const Parts: Story = {
  render: () => html`
    <style>
      .parts mieruka-trend-table::part(caption) { font-size: 1.375rem; font-weight: 700; text-align: start; }
      .parts mieruka-trend-table::part(group) { background: #f1f5f9; color: #0f172a; }
    </style>
    <div class="parts">
      <mieruka-trend-table src=${collaboration} node="p1" layout="table"></mieruka-trend-table>
    </div>
  `,
};

/** theme="dark" on each element, whatever the reader's setting; without it they follow prefers-color-scheme. */
export const Dark: Story = {
  render: () => html`
    <div style="background: #1a1a1a; padding: 1rem; display: grid; gap: 1rem">
      <mieruka-kpi-gauge src=${collaboration} indicator="p7-k2" theme="dark" style="max-width: 26rem"></mieruka-kpi-gauge>
      <mieruka-trend-table src=${collaboration} node="p7" layout="table" theme="dark"></mieruka-trend-table>
    </div>
  `,
};
