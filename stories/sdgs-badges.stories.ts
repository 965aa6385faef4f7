import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/sdgs-badges/sdgs-badges.js';
import { BARE_DOCUMENT, INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS } from './lib/network.js';

interface Args extends SharedArgs {
  targets?: string;
  goals?: string;
  wareki: boolean;
  variant: 'chips' | 'tiles' | 'grid';
  size: 'small' | 'medium' | 'large';
  selectable: boolean;
  selected?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/SDGs badges',
  component: 'mieruka-sdgs-badges',
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['chips', 'tiles', 'grid'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    data: { control: false },
  },
  args: { variant: 'chips', size: 'medium', selectable: false, wareki: false },
  render: (a) => html`<mieruka-sdgs-badges
    targets=${a.targets ?? nothing}
    goals=${a.goals ?? nothing}
    ${shared(a)}
    variant=${a.variant}
    size=${a.size}
    ?selectable=${a.selectable}
    selected=${a.selected ?? nothing}
  ></mieruka-sdgs-badges>`,
};
export default meta;

type Story = StoryObj<Args>;

const collaboration = 'examples/koriyama-collaboration-2023.json';
const reform2022 = 'examples/koriyama-reform-2022-goal3.json';

/** A CMS editor's badges: targets="3.4 11.7 17.17", no document needed. */
export const Targets: Story = { args: { targets: '3.4 11.7 17.17' } };

/** Whole goals: goals="3 11". */
export const Goals: Story = { args: { goals: '3 11' } };

/** The goals of one policy of the 2023 report, with counts of its 事業 and a caption naming the level. */
export const FromData: Story = { args: { src: collaboration, node: 'p1' } };

/** The plan sheets of 2022 (goal 3), gathered whole: counts of 実施計画. */
export const WholeDocument: Story = { args: { src: reform2022 } };

/** One plan's own badges (no counts). */
export const OnePlan: Story = { args: { src: reform2022, node: 'g3-i1-p1', variant: 'tiles' } };

/** Full tiles: the name on the colour, dark ink on yellow and orange. */
export const Tiles: Story = { args: { variant: 'tiles', goals: '2 7 9 11 12 17' } };

/** The 17-goal grid with the listed goals highlighted and marked ✓; selectable, 目標8 selected: its 事業 listed below. */
export const Grid: Story = { args: { variant: 'grid', src: collaboration, node: 'p6', selectable: true, selected: '8' } };

/** Selectable chips: each goal is a toggle button that fires mieruka-select (the Actions panel shows it); pressing the chosen goal again fires it with id null. */
export const Selectable: Story = { args: { src: collaboration, node: 'p3', selectable: true } };

export const Small: Story = { args: { targets: '3.4 11.7 17.17', size: 'small' } };
export const Large: Story = { args: { targets: '3.4 11.7 17.17', size: 'large', variant: 'tiles' } };
export const SmallGrid: Story = { args: { targets: '3.4 11.7 17.17', size: 'small', variant: 'grid' } };

export const English: Story = { args: { src: collaboration, node: 'p1', lang: 'en' } };
export const EnglishGrid: Story = { args: { src: reform2022, variant: 'grid', lang: 'en' } };

export const Dark: Story = { args: { src: collaboration, node: 'p7', variant: 'tiles', theme: 'dark' } };
export const DarkGrid: Story = { args: { src: reform2022, variant: 'grid', theme: 'dark', selectable: true, selected: '11' } };

/** 18 and 11.z are not SDGs codes: reported in an alert, the rest still shows. */
export const InvalidCodes: Story = { args: { targets: '3.4 18 11.7 11.z' } };

/** A target given in goals is reported with a hint. */
export const InvalidGoal: Story = { args: { goals: '11.7 3', lang: 'en' } };

/** Small excerpts: the plan sheets' goals and targets (3 plans). */
export const SmallPlanSheet: Story = { args: { src: 'examples/small-plan-sheet.json' } };

/** Small excerpts: a report's projects with their targets. */
export const SmallReport: Story = { args: { src: 'examples/small-report.json', variant: 'tiles' } };

/** A document without SDGs. */
export const Empty: Story = { args: { src: 'examples/koriyama-reform-2026.json' } };

/** An unknown node id: the alert names close ids. */
export const UnknownNode: Story = { args: { src: collaboration, node: 'p11' } };

/** The document cannot be fetched. */
export const FetchError: Story = { args: { src: 'examples/missing.json' } };

/** A one-plan document without SDGs, given as data. */
export const EmptyData: Story = { args: { data: BARE_DOCUMENT } };

/** Loading: a request that never ends shows the skeleton and "読み込み中" to screen readers. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, timeout: LOADING_TIMEOUT } };

/** A document with mistakes (given as data): the alert lists each problem with its JSON path. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT } };

/** No attributes and no document: the no-source message. */
export const NoSource: Story = { args: {} };
