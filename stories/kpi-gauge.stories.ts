import { shared, type SharedArgs } from './lib/shared-attributes.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/kpi-gauge/kpi-gauge.js';
import { BARE_DOCUMENT, INVALID_DOCUMENT } from './lib/fixtures.js';
import { LOADING_TIMEOUT, NEVER_ANSWERS, THEN_FAILS } from './lib/network.js';

interface Args extends SharedArgs {
  series?: string;
  variant: 'arc' | 'bar';
  noSparkline: boolean;
  headingLevel?: number;
  wareki: boolean;
  theme?: 'light' | 'dark';
  /** Width of the box around the element (the gauge sizes itself by container queries). */
  width?: string;
}

const RULE = `
Where an indicator started (基準), where it is (実績, with its fiscal year) and where it must get to
(目標, with its year): a d3 arc — or a bar, \`variant="bar"\`, for narrow places — from the baseline
to the target with the latest value placed on it, the status as a symbol **and** words, an
achievement rate in words and a sparkline. \`indicator="ID"\` shows one indicator; without it,
\`node="ID"\` shows the node's indicators (and its descendants') as a grid of cards, and with
neither the whole document's. Sub-series (小6 / 中3) are gauges of their own; \`series\` picks one.

**Status rule** (the same for every mieruka element, \`src/core/progress.ts\`):

1. A mark in the data wins: a trend arrow (↑ → ↓) or grade whose scale level names a status.
2. Otherwise, with a numeric target and a latest value: the target met (≥ for higher is better,
   ≤ for lower is better) is ◎ 目標達成 (achieved).
3. Otherwise progress *p* = (latest − baseline) / (target − baseline). *p* < 0 is ✕ 目標から遠ざかっている
   (moving away), *p* = 0 ― 横ばい (flat). With years known, *p* is compared with the share of the
   period elapsed *e* = (latest year − baseline year) / (target year − baseline year), as Open SDG
   compares actual with required growth: *p*/*e* ≥ 0.95 ○ 順調 (on track), below that △ 遅れ (behind).
   Without years, any *p* > 0 is on track.
4. No numeric target, no latest value or no baseline: ？ 判定なし (unknown) — never a guess.

Direction is the data's; else 以下 (atMost) means lower is better and 以上 higher; else a target
below the baseline means lower is better; else higher is better.

**What the gauge adds.** A qualitative target shows its text and the node's latest graded
assessment, never an arc. An arc is drawn only with a baseline, a numeric target different from
it and a value observed since; otherwise the reading is text. The achievement rate is the share
of the way from baseline to target (floored below 100%), not latest ÷ target. For screen readers a
drawn gauge is one image whose label is the whole reading ("きらめき出前講座実施件数 2023年度 299件、
目標 300件（2025年度）、…"); the values by fiscal year are a table behind a disclosure.
`;

const meta: Meta<Args> = {
  title: 'Elements/KPI gauge',
  component: 'mieruka-kpi-gauge',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: RULE } } },
  argTypes: {
    data: { control: false },
    variant: { control: 'inline-radio', options: ['arc', 'bar'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'ja', 'en'] },
    width: { description: 'Width of the box around the element (the story’s, not an attribute).', control: 'text', table: { category: 'story' } },
  },
  args: { variant: 'arc', noSparkline: false, wareki: false, width: '26rem' },
  render: (a) => html`<div style=${a.width ? `max-width:${a.width}` : ''}>
    <mieruka-kpi-gauge
      ${shared(a)}
      series=${a.series ?? nothing}
      variant=${a.variant}
      ?no-sparkline=${a.noSparkline}
      heading-level=${a.headingLevel ?? nothing}
    ></mieruka-kpi-gauge>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const collaboration = 'examples/koriyama-collaboration-2023.json';
const reform2022 = 'examples/koriyama-reform-2022-goal3.json';

// Indicator shapes in the seeds.

/** Higher is better: きらめき出前講座実施件数 (p1-k1), 261件 (2016) → 299件 (2023), target 300件 (2025), arrow ↑. */
export const HigherIsBetter: Story = { args: { src: collaboration, indicator: 'p1-k1' } };

/** Lower is better: 市内交通事故発生件数 (p7-k2), 1,128 → 601 for 300; the arc fills as the count falls. The data's ↓ (worse than last year) wins. */
export const LowerIsBetter: Story = { args: { src: collaboration, indicator: 'p7-k2' } };

/** At most (以下): 救急搬送された65歳以上の高齢者 (g3-i1-p2-k1), 1,504人 (2020年度末) → 1,350人以下. No value since the baseline: text only, 判定なし. */
export const AtMost: Story = { args: { src: reform2022, indicator: 'g3-i1-p2-k1' } };

/** Qualitative: 施設方針の確定及び施設方針に基づく事業の実施 (g3-i2-p3-s5-k1). The target text and the assessment, no arc. */
export const Qualitative: Story = { args: { src: reform2022, indicator: 'g3-i2-p3-s5-k1' } };

/** Restated values: 1人1日当たりのごみ排出量 (p4-k5), 1,141g printed with 1,215g. Lower is better; no arrow, so the rule says 遅れ. */
export const Restated: Story = { args: { src: collaboration, indicator: 'p4-k5' } };

/** A restated target: 郡山市公式LINE登録者数 (p3-k2), target 21,973人 printed with 22,000人; the 2016 cell is —. */
export const RestatedTarget: Story = { args: { src: collaboration, indicator: 'p3-k2' } };

/** Sub-series: 地域の行事に参加している児童(小6)・生徒(中3)の割合 (p1-k4); the arrow ↑ printed once for both rows. */
export const SubSeries: Story = { args: { src: collaboration, indicator: 'p1-k4' } };

/** One sub-series: series="中3". */
export const OneSeries: Story = { args: { src: collaboration, indicator: 'p1-k4', series: '中3' } };

/** A total with sub-rows: 委託校数 66 → 76校, 小学校 42 and 中学校 24 (their own baselines, no target of their own). */
export const TotalWithRows: Story = { args: { src: reform2022, indicator: 'g3-i2-p2-s2-k1' } };

/** Past the target: ICT活用のための講習会の受講者数 (p3-k4), 494人 for 220人. */
export const PastTarget: Story = { args: { src: collaboration, indicator: 'p3-k4' } };

/** Moving away: 生涯学習きらめきバンク登録者数 (p2-k1), 276 → 161 for 300; its ↘ has no stated meaning, so the rule decides. */
export const MovingAway: Story = { args: { src: collaboration, indicator: 'p2-k1' } };

/** Cells printed — after the latest value: スモールスタート支援事業採択件数 (p5-k5), ended in 2023. */
export const MissingValues: Story = { args: { src: collaboration, indicator: 'p5-k5' } };

/** Baseline equal to the target: センター方式 給食センター (g3-i2-p2-s1-k2), 2 → 2. */
export const BaselineEqualsTarget: Story = { args: { src: reform2022, indicator: 'g3-i2-p2-s1-k2' } };

/** Zero: PFIによる施設整備完了 (g3-i2-p3-s1-k1), 0 → 2. */
export const Zero: Story = { args: { src: reform2022, indicator: 'g3-i2-p3-s1-k1' } };

/** Small excerpts: the plan sheets' indicators (baselines and 2025 targets, some in words). */
export const SmallPlanSheet: Story = { args: { src: 'examples/small-plan-sheet.json', width: undefined } };

/** Small excerpts: the report's indicators, with arrows. */
export const SmallReport: Story = { args: { src: 'examples/small-report.json', width: undefined } };

/** Huge values: 市ウェブサイト年間アクセス数 (g3-i4-p2-k1), 19,752,408 → 22,000,000件, at 160 px. */
export const HugeNarrow: Story = { args: { src: reform2022, indicator: 'g3-i4-p2-k1', width: '160px' } };

// Layouts.

/** The bar variant, for narrow places. */
export const Bar: Story = { args: { src: collaboration, indicator: 'p4-k5', variant: 'bar' } };

/** A 160 px card. */
export const Narrow: Story = { args: { src: collaboration, indicator: 'p7-k2', width: '160px' } };

/** Wide: the words beside the arc (container query, not the viewport). */
export const Wide: Story = { args: { src: collaboration, indicator: 'p1-k1', width: '48rem' } };

/** A node: 基本施策7's six indicators as a grid. */
export const NodeGrid: Story = { args: { src: collaboration, node: 'p7', width: undefined } };

/** A report of text and grades only (the made-up schema 1.1 fixture): the gauge says it has no indicators. */
export const NoIndicatorsInDocument: Story = { args: { src: 'examples/made-up-text-report.json', width: undefined } };

/** A node of the plan sheets: every project's indicators, most with a baseline only. */
export const NodeGridPlanSheets: Story = { args: { src: reform2022, node: 'g3-i2-p2', width: undefined } };

/** The whole document (39 indicators); each card is cheap, so hundreds are fine. */
export const WholeDocument: Story = { args: { src: collaboration, width: undefined } };

export const NoSparkline: Story = { args: { src: collaboration, indicator: 'p1-k1', noSparkline: true } };

/** 和暦: 2023年度（令和5年度）. */
export const Wareki: Story = { args: { src: collaboration, indicator: 'p1-k1', wareki: true } };

// Languages and themes.

export const English: Story = { args: { src: collaboration, indicator: 'p1-k1', lang: 'en' } };
export const EnglishAtMost: Story = { args: { src: reform2022, indicator: 'g3-i1-p2-k1', lang: 'en' } };
export const EnglishGrid: Story = { args: { src: collaboration, node: 'p1', lang: 'en', width: undefined } };

export const Dark: Story = { args: { src: collaboration, indicator: 'p7-k2', theme: 'dark' } };
export const DarkGrid: Story = { args: { src: collaboration, node: 'p1', theme: 'dark', width: undefined } };

/**
 * Forced colours (Windows high contrast): system colours only; the fill is Highlight on a Canvas
 * track with a CanvasText outline, and status is still symbol and words. Storybook cannot switch
 * the media feature: use DevTools › Rendering › "Emulate CSS media feature forced-colors: active".
 */
export const ForcedColors: Story = {
  args: { src: collaboration, node: 'p1', width: undefined },
  parameters: { chromatic: { forcedColors: 'active' } },
};

// States.

/** Loading: a request that never ends shows the skeleton and "読み込み中" to screen readers. */
export const Loading: Story = { args: { src: NEVER_ANSWERS, indicator: 'p1-k1', timeout: LOADING_TIMEOUT } };

/** The document cannot be fetched: an alert in the page's language. */
export const FetchError: Story = { args: { src: 'examples/missing.json', indicator: 'p1-k1' } };

/** An unknown indicator id: the alert names close ids. */
export const UnknownIndicator: Story = { args: { src: collaboration, indicator: 'p1-k11' } };

/** An unknown series name: an alert naming the series there are. */
export const UnknownSeries: Story = { args: { src: collaboration, indicator: 'p1-k4', series: '小5' } };

/** Stale: the first load works, every refresh (every 2 s) fails, so the last good reading stays with a note. */
export const Stale: Story = { args: { src: THEN_FAILS, indicator: 'p1-k1', refresh: 2 } };

/** A document with mistakes (given as data): the alert lists each problem with its JSON path. */
export const InvalidDocument: Story = { args: { data: INVALID_DOCUMENT, width: undefined } };

/** Seed 001, the plan tree of 2026, has no indicators: the element says so. */
export const NoIndicators: Story = { args: { src: 'examples/koriyama-reform-2026.json', width: undefined } };

/** A one-plan document without indicators, given as data. */
export const NoIndicatorsData: Story = { args: { data: BARE_DOCUMENT, width: undefined } };

/** No data given at all. */
export const NoSource: Story = { args: {} };
