import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/plan-tree/plan-tree.js';
import type { MierukaPlanTree } from '../src/components/plan-tree/plan-tree.js';
import { syntheticDocument } from '../tests/support/synthetic.js';
import { GRADED_DOCUMENT, INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS } from './lib/network.js';

interface Args extends SharedArgs {
  headingLevel?: number;
  expanded?: string;
  detail: 'panel' | 'inline' | 'none';
  selected?: string;
  hash: boolean;
  noFilter: boolean;
  theme?: 'light' | 'dark';
  wareki: boolean;
  /** Typed into the search field once the document is shown (to show a filtered state). */
  search?: string;
  /** Width of the frame around the element, to see the phone layout (CSS length). */
  width?: string;
}

/** Types a search into the element once it has loaded (the filter is the reader's, not an attribute). */
const typeSearch = (query: string) => (e: Event) => {
  const el = e.target as MierukaPlanTree;
  void el.updateComplete.then(() => {
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]');
    if (!input) return;
    input.value = query;
    input.dispatchEvent(new Event('input'));
  });
};

const meta: Meta<Args> = {
  title: 'Elements/Plan tree',
  component: 'mieruka-plan-tree',
  tags: ['autodocs'],
  argTypes: {
    detail: { control: 'inline-radio', options: ['panel', 'inline', 'none'] },
    expanded: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    data: { control: false },
    // The attribute is bare (`hash`) or names the URL key (`hash="tree2"`); the stories use the bare form.
    hash: { control: 'boolean' },
    search: { description: 'Typed into the search field once the document is shown (the reader’s, not an attribute).', control: 'text', table: { category: 'story' } },
    width: { description: 'Width of the frame around the element (the story’s, not an attribute).', control: 'text', table: { category: 'story' } },
  },
  args: { detail: 'panel', hash: false, noFilter: false, wareki: false },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : ''}>
    <mieruka-plan-tree
      ${shared(a)}
      heading-level=${a.headingLevel ?? nothing}
      expanded=${a.expanded ?? nothing}
      detail=${a.detail}
      selected=${a.selected ?? nothing}
      hash=${a.hash ? '' : nothing}
      ?no-filter=${a.noFilter}
      @mieruka-load=${a.search ? typeSearch(a.search) : nothing}
    ></mieruka-plan-tree>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const reform2026 = 'examples/koriyama-reform-2026.json';
const reform2022 = 'examples/koriyama-reform-2022-goal3.json';
const collaboration = 'examples/koriyama-collaboration-2023.json';
const digital = 'examples/koriyama-digital-city-hall-2021.json';

/** Seed 001, 実施計画体系図: 3 goals, 11 initiatives, 57 plans (計 19 / 20 / 18, 合計 57計画), departments; initiatives open. */
export const ReformPlan2026: Story = { args: { src: reform2026 } };

/** Every level open (expanded="all"), sub-projects included; they are not counted as plans. */
export const ExpandedAll: Story = { args: { src: reform2026, expanded: 'all' } };

/** Only the goals (expanded="0"). */
export const Collapsed: Story = { args: { src: reform2026, expanded: '0' } };

/** One subtree (node="g2"): goal 2 with its own counts (合計 20計画). */
export const Subtree: Story = { args: { src: reform2026, node: 'g2', expanded: 'all' } };

/** Seed 000, plan sheets: a plan selected, its sheet beside the tree — summary, vision, 5レス, disclosure, action plan, indicators. */
export const PlanSheet: Story = { args: { src: reform2022, selected: 'g3-i1-p1' } };

/** A sub-project whose action plan has two entries in one year (two lines in the table). */
export const ActionPlanLines: Story = { args: { src: reform2022, selected: 'g3-i2-p2-s2' } };

/** The sheet below the tree whatever the width (detail="inline"). */
export const InlineDetail: Story = { args: { src: reform2022, selected: 'g3-i2-p3', detail: 'inline' } };

/** No sheet (detail="none"): the selection only fires mieruka-select. */
export const NoDetail: Story = { args: { src: reform2022, selected: 'g3-i2-p3', detail: 'none' } };

/** Seed 002, an annual report: 7 policies with progress arrows, 99 projects with 区分 and 達成度 (合計99事業、うち再掲4). */
export const Report2023: Story = { args: { src: collaboration } };

/** A graded project's sheet: 2023年度 達成度 4, plan and result. */
export const AssessmentSheet: Story = { args: { src: collaboration, selected: 'p1-n1' } };

/** A policy's sheet: its indicators as text (or as gauges when <mieruka-kpi-gauge> is on the page). */
export const IndicatorsSheet: Story = { args: { src: collaboration, selected: 'p1' } };

/**
 * A made-up final evaluation graded A / B / 完了 / - with no legend: each grade shown as printed
 * (評価 A), with no status symbol or word — never 判定なし.
 */
export const GradesWithoutLegend: Story = { args: { data: GRADED_DOCUMENT, expanded: 'all', selected: 'i2' } };

/** Seed 003, the digital city hall: 4 headings, 82 projects of which 2 re-listed. */
export const DigitalCityHall: Story = { args: { src: digital } };

/** Small excerpts: a plan tree with sub-projects. */
export const SmallPlanTree: Story = { args: { src: 'examples/small-plan-tree.json', expanded: 'all' } };

/** Small excerpts: plan sheets with 5レス (one unknown). */
export const SmallPlanSheet: Story = { args: { src: 'examples/small-plan-sheet.json', expanded: 'all', selected: 'g3-i1-p1' } };

/** Small excerpts: a report with grades. */
export const SmallReport: Story = { args: { src: 'examples/small-report.json', expanded: 'all' } };

/** Small excerpts: an audit with categories. */
export const SmallAudit: Story = { args: { src: 'examples/small-audit.json', expanded: 'all' } };

/** A search typed by the reader: full-width ＤＸ finds DX; matches highlighted, their ancestors kept, the count announced. */
/**
 * Schema 1.1, as another city prints a report (a made-up document, not a real city): an unnamed
 * top level shows no badge, the header says the report year and keeps the document's notes one
 * disclosure away, and the sheet uses the source's own headings (内容, R3取組状況, 総括, 最終評価),
 * each department's grade beside the shared text, the period part and where the grade comes from.
 */
export const Schema11Report: Story = { args: { src: 'examples/made-up-text-report.json', expanded: 'all', selected: 'a1-1' } };

export const Filtered: Story = { args: { src: reform2026, search: 'ＤＸ' } };

/** A search that finds nothing. */
export const NoResults: Story = { args: { src: reform2026, search: '該当なし' } };

/** Without the search and filter fields (no-filter). */
export const WithoutFilters: Story = { args: { src: reform2026, noFilter: true } };

/** English (lang="en"): the interface in English, the data as written. */
export const English: Story = { args: { src: reform2022, lang: 'en', selected: 'g3-i1-p1' } };

/** Dark theme. */
export const Dark: Story = { args: { src: collaboration, theme: 'dark', selected: 'p1-n1' } };

/** Fiscal years with the era (wareki): 2022年度（令和4年度）. */
export const Wareki: Story = { args: { src: reform2022, wareki: true, selected: 'g3-i1-p3' } };

/** A phone-wide frame (360 px): the sheet goes below the tree. */
export const Phone: Story = { args: { src: reform2022, selected: 'g3-i1-p1', width: '360px' } };

/** Deep links (hash): the selection is kept in the URL as #plan=<id>, so a page can link to one plan. */
export const DeepLink: Story = { args: { src: reform2026, hash: true } };

/** 10,000 synthetic plans, every level open: only the rows on screen are rendered. */
export const TenThousandPlans: Story = {
  args: { data: syntheticDocument({ goals: 10, initiativesPerGoal: 10, plansPerInitiative: 100 }), expanded: 'all', detail: 'inline' },
};

/** A document without nodes. */
export const Empty: Story = {
  args: { data: { schemaVersion: '1.0', id: 'empty', title: '空の計画', municipality: 'テスト市', levels: [{ id: 'plan', name: '実施計画' }], nodes: [] } },
};

/** Loading: a request that never ends shows the skeleton and "読み込み中" to screen readers. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, timeout: LOADING_TIMEOUT } };

/** A document with mistakes (given as data): the alert lists each problem with its JSON path. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT } };

/** No data given: the message tells the page author what is missing. */
export const NoData: Story = { args: {} };

/** A file that is not there: an alert with the HTTP status. */
export const MissingFile: Story = { args: { src: 'examples/missing.json' } };

/** An unknown node id: an alert that suggests ids close to it. */
export const UnknownNode: Story = { args: { src: reform2026, node: 'g1-i9' } };
