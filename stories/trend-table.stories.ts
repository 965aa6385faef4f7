import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/trend-table/trend-table.js';
import { syntheticDocument } from '../tests/support/synthetic-indicators.js';
import { INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS } from './lib/network.js';

interface Args extends SharedArgs {
  layout: 'auto' | 'table' | 'cards';
  chunkSize?: number;
  theme?: 'light' | 'dark';
  wareki: boolean;
  /** Width of the frame around the element (CSS length), to see the phone layout in any canvas. */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Trend table',
  component: 'mieruka-trend-table',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'table', 'cards'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    data: { control: false },
    width: { description: 'Width of the frame around the element (the story’s, not an attribute).', control: 'text', table: { category: 'story' } },
  },
  args: { layout: 'auto', wareki: false },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <mieruka-trend-table
      ${shared(a)}
      layout=${a.layout}
      chunk-size=${a.chunkSize ?? nothing}
    ></mieruka-trend-table>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const report = 'examples/koriyama-collaboration-2023.json';
const sheets = 'examples/koriyama-reform-2022-goal3.json';
const phone = '390px';

/**
 * Seed 002: 39 indicators of the 7 基本施策 and the 3 全体指標, 2016 策定時 to 2023 and the 2025
 * target, with the report's arrows. 2016 and 2020 carry different labels in different tables
 * (策定時 / 計画策定時), so their headers list both and each cell names its own for screen readers.
 */
export const YearlyReport: Story = { args: { src: report, layout: 'table' } };

/** The same in English (lang="en"): headers, units, statuses and notes in English; names as written. */
export const YearlyReportEnglish: Story = { args: { src: report, layout: 'table', lang: 'en' } };

/** On a phone (a 390 px frame): layout="auto" turns each indicator into a card. */
export const YearlyReportPhone: Story = { args: { src: report, width: phone }, parameters: { viewport: { defaultViewport: 'mobile1' } } };

/** On a phone in English. */
export const YearlyReportPhoneEnglish: Story = { args: { src: report, width: phone, lang: 'en' } };

/** On a phone with layout="table": the table scrolls sideways, its header and first column stay. */
export const PhoneScrollingTable: Story = { args: { src: report, width: phone, layout: 'table', node: 'p1' } };

/** One 基本施策 (node="p1"): 小6 / 中3 sub-rows sharing one arrow. Press a name to read 施策の実施状況. */
export const SubRows: Story = { args: { src: report, node: 'p1', layout: 'table' } };

/**
 * 基本施策4 has no arrows in the report: the status is computed from the values (symbol, word,
 * ＊ computed). Two values in one cell (1,141g / 1,215g) with their note.
 */
export const ComputedStatusAndRestatedValues: Story = { args: { src: report, node: 'p4', layout: 'table' } };

/** 基本施策2 prints ↗ and ↘, which the report's key does not explain: shown as printed. */
export const MarksWithoutKey: Story = { args: { src: report, node: 'p2', layout: 'table' } };

/** One indicator (indicator="p3-k2") whose target cell prints two values. */
export const OneIndicator: Story = { args: { src: report, indicator: 'p3-k2', layout: 'table' } };

/** Seed 000: no yearly values, only baselines (with their own dates) and 2025 targets, some in words. */
export const PlanSheets: Story = { args: { src: sheets, layout: 'table' } };

/** Seed 000 in English. */
export const PlanSheetsEnglish: Story = { args: { src: sheets, layout: 'table', lang: 'en' } };

/** Seed 000 on a phone. */
export const PlanSheetsPhone: Story = { args: { src: sheets, width: phone } };

/** Cards on a wide screen (layout="cards"). */
export const Cards: Story = { args: { src: report, layout: 'cards', node: 'p5' } };

/** Small excerpts: a report's indicators with arrows and sub-rows. */
export const SmallReport: Story = { args: { src: 'examples/small-report.json', layout: 'table' } };

/** Small excerpts: plan sheets (baselines and targets only). */
export const SmallPlanSheet: Story = { args: { src: 'examples/small-plan-sheet.json', layout: 'table' } };

/** Dark (theme="dark"). */
export const Dark: Story = { args: { src: report, layout: 'table', theme: 'dark' } };

/** Dark on a phone. */
export const DarkPhone: Story = { args: { src: report, theme: 'dark', width: phone } };

/** Fiscal years with the Japanese era (wareki). */
export const Wareki: Story = { args: { src: report, node: 'p1', layout: 'table', wareki: true } };

/** 1,000 synthetic indicators: the first 100 render, more on scroll or "show more"; sorting and CSV use all. */
export const ThousandIndicators: Story = { args: { data: syntheticDocument(1000), layout: 'table' } };

/** A scope with no indicators (a seed 002 project). */
export const NoIndicators: Story = { args: { src: report, node: 'p1-n1' } };

/** The error state: the file is missing (HTTP 404). */
export const MissingFile: Story = { args: { src: 'examples/missing.json' } };

/** The error state: an id that is not in the document, with suggestions. */
export const UnknownNode: Story = { args: { src: report, node: 'p11' } };

/** Loading: a request that never ends shows the skeleton and "読み込み中" to screen readers. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, timeout: LOADING_TIMEOUT } };

/** A document with mistakes (given as data): the alert lists each problem with its JSON path. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT } };

/** No data given: the message that tells a CMS editor what to add. */
export const NoData: Story = { args: {} };
