import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/five-less/five-less.js';
import { INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS } from './lib/network.js';

interface Args extends SharedArgs {
  sort: 'none' | 'descending' | 'ascending';
  category?: '' | 'counter' | 'cash' | 'paper' | 'file' | 'move';
  theme?: 'light' | 'dark';
  wareki: boolean;
  /** Width of the frame around the element, to see the phone layout (CSS length). */
  width?: string;
  chunkSize?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Five less',
  component: 'mieruka-five-less',
  tags: ['autodocs'],
  argTypes: {
    sort: { control: 'inline-radio', options: ['none', 'descending', 'ascending'] },
    category: { control: 'inline-radio', options: ['', 'counter', 'cash', 'paper', 'file', 'move'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    data: { control: false },
    width: { description: 'Width of the frame around the element (the story’s, not an attribute).', control: 'text', table: { category: 'story' } },
  },
  args: { sort: 'none', category: '', wareki: false },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : ''}>
    <mieruka-five-less
      ${shared(a)}
      sort=${a.sort}
      category=${a.category || nothing}
      chunk-size=${a.chunkSize ?? nothing}
    ></mieruka-five-less>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const reform2022 = 'examples/koriyama-reform-2022-goal3.json';

/** Seed 000: the 16 plan sheets of goal 3 (公民協奏の推進), grouped by initiative; four sheets have no 5レス marks (未設定). It defines no 5レス: each ⓘ says 「この文書には定義がありません。」. */
export const PlanSheets: Story = { args: { src: reform2022 } };

/** Seed 003 (the digital city hall plan) defines the five in its 表1: the ⓘ panels show its own wording. */
export const OwnDefinitions: Story = { args: { src: 'examples/koriyama-digital-city-hall-2021.json' } };

/** The same in English (lang="en"): names in English, plan titles as written; seed 000 defines no 5レス, so each definition says the document has none. */
export const English: Story = { args: { src: reform2022, lang: 'en' } };

/** Partial data: initiative 2 (node="g3-i2"), where two plans have no marks and two lack the ムーブ column. */
export const PartialData: Story = { args: { src: reform2022, node: 'g3-i2' } };

/** Partial data in English. */
export const PartialDataEnglish: Story = { args: { src: reform2022, node: 'g3-i2', lang: 'en' } };

/** A small excerpt: one plan with marks, two without. */
export const SmallExcerpt: Story = { args: { src: 'examples/small-plan-sheet.json' } };

/** Ranked by total (sort="descending"): no group headings, each plan's initiative under its title, unmarked plans last. */
export const SortedByTotal: Story = { args: { src: reform2022, sort: 'descending' } };

/**
 * A long matrix is built in chunks (here `chunk-size="5"`, 100 by default): the first plans, then
 * more when the bar under them scrolls into view or 「さらに表示」 is pressed; every plan when
 * printed. The summary, the caption and the 合計 row count every plan all along.
 */
export const InChunks: Story = { args: { src: reform2022, chunkSize: 5 } };

/**
 * Filtered to one category (category="paper"): the summary button is pressed, the note says what is left out.
 * Pressing it again (or 絞り込みを解除) shows all and fires mieruka-select with id null (see the Actions panel).
 */
export const FilteredByCategory: Story = { args: { src: reform2022, category: 'paper' } };

/**
 * Phone width: the table becomes a list of plans with chips (該当, and 未設定 said explicitly),
 * opened by a key (「5レスとは」) whose buttons disclose each category's definition, as the
 * table's column headers do.
 */
export const Phone: Story = { args: { src: reform2022, width: '360px' } };

/** Phone width in English. */
export const PhoneEnglish: Story = { args: { src: reform2022, width: '360px', lang: 'en' } };

/** Phone width on seed 003, which defines the 5レス itself: the key's definitions are the document's. */
export const PhoneDocumentDefinitions: Story = { args: { src: 'examples/koriyama-digital-city-hall-2021.json', width: '360px' } };

/** Dark theme. */
export const Dark: Story = { args: { src: reform2022, theme: 'dark' } };

/** Seed 003: the document defines the 5レス itself (its definitions show in the headers); its 80 projects carry no marks, so all are 未設定. */
export const DocumentDefinitions: Story = { args: { src: 'examples/koriyama-digital-city-hall-2021.json' } };

/** A plan tree that neither defines nor marks 5レス (seed 001): one sentence (19 plans, all 未設定), no matrix of 未設定 and never 非該当. */
export const NoMarks: Story = { args: { src: 'examples/koriyama-reform-2026.json', node: 'g1' } };

/** A file that does not exist: the alert a CMS editor sees. */
export const MissingFile: Story = { args: { src: 'examples/no-such-file.json' } };

/** An id that is not in the document: the alert suggests close ids. */
export const UnknownNode: Story = { args: { src: reform2022, node: 'g3-i9' } };

/** A category attribute that is not one of the five keys: the alert says which ones exist; all plans are shown. */
export const UnknownCategory: Story = {
  args: { src: reform2022 },
  render: () => html`<mieruka-five-less src=${reform2022} category="paperless"></mieruka-five-less>`,
};

/** Loading: a request that never ends shows the skeleton and "読み込み中" to screen readers. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, timeout: LOADING_TIMEOUT } };

/** A document with mistakes (given as data): the alert lists each problem with its JSON path. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT } };

/** No data given at all (no src, data or inline JSON). */
export const NoData: Story = { args: {} };
