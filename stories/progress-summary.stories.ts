import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/progress-summary/progress-summary.js';
import { BARE_DOCUMENT, GRADED_DOCUMENT, INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS } from './lib/network.js';

interface Args extends SharedArgs {
  status?: string;
  grade?: string;
  scale?: string;
  /** Width of the frame around the element (CSS length). */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Progress summary',
  component: 'mieruka-progress-summary',
  tags: ['autodocs'],
  argTypes: {
    status: { control: 'select', options: ['', 'achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown'] },
    grade: { control: 'text' },
    scale: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    data: { control: false },
    width: { description: 'Width of the frame around the element (the story’s, not an attribute).', control: 'text', table: { category: 'story' } },
  },
  args: { status: '', grade: '', scale: '' },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : ''}>
    <mieruka-progress-summary
      ${shared(a)}
      status=${a.status || nothing}
      grade=${a.grade || nothing}
      scale=${a.scale || nothing}
    ></mieruka-progress-summary>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const report = 'examples/koriyama-collaboration-2023.json';

/**
 * Seed 002, the 2023 report on the collaboration plan: 39 indicators by status (the one status
 * rule), the seven policies' 進捗状況 (↑ 5, ↓ 2; ↗ and ↘, which the report does not explain, at 0)
 * and the 99 projects' 達成度 (4: 85 of which 4 re-listed, 3: 13, 2: 1, 1: 0).
 */
export const WholeReport: Story = { args: { src: report } };

/** The same in English: the interface in English, the document's scale names and wordings as printed. */
export const English: Story = { args: { src: report, lang: 'en' } };

/** One policy (node="p2"): its 4 indicators, its own 進捗状況 and its 6 projects (one re-listed). */
export const OnePolicy: Story = { args: { src: report, node: 'p2' } };

/**
 * A count chosen (grade="4"): its button is pressed. Pressing a count fires mieruka-select with
 * kind 'status' or 'grade'; pressing it again fires it with id null (see the Actions panel).
 */
export const GradeChosen: Story = { args: { src: report, grade: '4', scale: 'achievement' } };

/** A status chosen (status="behind"). */
export const StatusChosen: Story = { args: { src: report, status: 'behind' } };

/**
 * A made-up final evaluation graded A / B / 完了 / - with no legend: the grades are shown as
 * printed, with no status word and no colour (never 判定なし). One item is graded by three
 * departments (one of them a joint grade of two): counted once per grade given, and said so.
 * One indicator has its numbers only in two sub-series: each counts, and said so.
 */
export const GradesWithoutLegend: Story = { args: { data: GRADED_DOCUMENT } };

/** The made-up evaluation in English. */
export const GradesWithoutLegendEnglish: Story = { args: { data: GRADED_DOCUMENT, lang: 'en' } };

/** Phone width. */
export const Phone: Story = { args: { src: report, width: '360px' } };

/** Dark theme. */
export const Dark: Story = { args: { src: report, theme: 'dark' } };

/** A document with neither indicators nor grades: one sentence, not an empty chart. */
export const NothingToCount: Story = { args: { data: BARE_DOCUMENT } };

/** An unknown node (node="p9"): a message naming it, with the ids close to it. */
export const UnknownNode: Story = { args: { src: report, node: 'p9' } };

/** A status that does not exist (status="great"): a message; the counts stay. */
export const UnknownStatus: Story = { args: { src: report, status: 'great' } };

/** Loading: the skeleton, until the data arrives. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, timeout: LOADING_TIMEOUT } };

/** A document with mistakes: the alert lists them with their JSON paths. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT } };

/** No data given: the message says how to give it. */
export const NoData: Story = { args: {} };
