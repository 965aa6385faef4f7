import * as z from 'zod/mini';
import { RULES } from './rules.js';
import { rule } from './zod-rule.js';
import { describe } from './describe.js';
import { FiscalYear, Id, LIMITS, Notes, PartialDate, Text, Title } from './primitives.js';
import { DepartmentRef } from './department.js';

/**
 * A value printed a second time in one cell, e.g. a figure restated after a change of
 * method (seed 002: "1,141g 1,215g").
 */
export const Restatement = z
  .object({
    value: z.nullable(z.number()).check(describe('もう一つの値（不明なら null）', 'The other value (null when unknown)')),
    note: z.optional(Text).check(describe('どういう値か（算定方法の変更など）', 'What this value is (e.g. the former method)')),
  })
  .register(z.globalRegistry, {
    id: 'Restatement',
    description:
      '同じ欄に併記された別の値（算定方法の変更による再掲など）。\n\nAnother value printed in the same cell (e.g. a figure restated after a change of method).',
  });

const valueFields = {
  value: z
    .nullable(z.number())
    .check(describe('数値。資料に値がない（—）ときは null', 'The number; null where the source shows none (—)')),
  text: z.optional(Text).check(
    describe('資料に印字された表記（数値で表せないとき、または表記を残したいとき）', 'The value as printed (when it is not a number, or to keep the wording)'),
  ),
  approximate: z.optional(z.boolean()).check(describe('「約」が付いた値', 'The value is approximate (約)')),
  restated: z.optional(z.array(Restatement).check(z.maxLength(10))).check(
    describe('同じ欄に併記された別の値', 'Other values printed in the same cell'),
  ),
  note: z.optional(Text).check(describe('注記', 'A note')),
};

export const Observation = z
  .object({
    fiscalYear: FiscalYear.check(describe('年度', 'Fiscal year')),
    ...valueFields,
    label: z.optional(Title).check(
      describe('資料上の呼び名（策定時、見直し時、中間年度など）', 'The label the source gives (策定時 at adoption, 見直し時 at review, 中間年度 mid-term…)'),
    ),
    date: z.optional(PartialDate).check(describe('値の時点（令和3年9月時点 → 2021-09）', 'When the value was taken (e.g. 2021-09)')),
  })
  .register(z.globalRegistry, {
    id: 'Observation',
    description: 'ある年度の実績値。\n\nA value observed for one fiscal year.',
  });

export const Comparator = z.enum(['atLeast', 'atMost', 'equal', 'approximately']).register(z.globalRegistry, {
  id: 'Comparator',
  description:
    '目標値との比べ方: atLeast（以上）、atMost（以下）、equal（同値）、approximately（程度）。\n\nHow the target is compared: atLeast, atMost (以下), equal, approximately.',
});

export const Target = z
  .object({
    fiscalYear: z.optional(FiscalYear).check(describe('目標年度', 'The fiscal year the target is for')),
    value: z.optional(z.nullable(z.number())).check(describe('目標の数値（定性的な目標では省略）', 'The target number (omitted for a qualitative target)')),
    comparator: z.optional(Comparator).check(describe('比べ方（「以下」なら atMost）', 'Comparison (以下 → atMost)')),
    text: z.optional(Text).check(describe('目標の文言（定性的な目標、または印字どおりの表記）', 'The target in words (a qualitative target, or the wording as printed)')),
    approximate: valueFields.approximate,
    restated: valueFields.restated,
    note: valueFields.note,
  })
  .check(rule(RULES.targetEmpty))
  .register(z.globalRegistry, {
    id: 'Target',
    description:
      '目標。数値（比べ方付き）または文言。\n\nA target: a number with a comparator, or qualitative text.',
  });

export const Direction = z.enum(['increase', 'decrease', 'maintain']).register(z.globalRegistry, {
  id: 'Direction',
  description:
    '望ましい方向: increase（高いほど良い）、decrease（低いほど良い）、maintain（維持）。\n\nWhich way is better: increase, decrease or maintain.',
});

export const Trend = z
  .object({
    scale: Id.check(describe('矢印・評語の尺度の id（scales）', 'Id of the scale the mark belongs to (scales)')),
    value: Title.check(describe('資料の記号（↑ → ↓ など）', 'The mark as printed (↑ → ↓ …)')),
    fiscalYear: z.optional(FiscalYear).check(describe('どの年度の評価か', 'The fiscal year assessed')),
  })
  .register(z.globalRegistry, {
    id: 'Trend',
    description: '進捗状況の矢印など。\n\nA progress mark such as a trend arrow.',
  });

const seriesFields = {
  unit: z.optional(Title).check(describe('単位（件、人、%、千円…）', 'Unit as printed (件, 人, %, 千円…)')),
  decimals: z
    .optional(z.int().check(z.gte(0), z.lte(6)))
    .check(describe('表示する小数の桁数（70.0% なら 1）', 'Fraction digits to show (1 for 70.0%)')),
  baseline: z.optional(Observation).check(
    describe(
      '基準値。資料が observations とは別に示すとき（現況値など）だけ。ないときは最初の観測値を基準とします',
      'The baseline, only where the source gives one apart from the observations (e.g. 現況値); otherwise the first observation serves',
    ),
  ),
  target: z.optional(Target).check(describe('目標', 'The target')),
  observations: z
    .optional(z.array(Observation).check(z.maxLength(LIMITS.list)))
    .check(describe('年度ごとの値', 'Values by fiscal year')),
  trend: z.optional(Trend).check(describe('進捗状況の矢印', 'Progress arrow')),
};

/** A sub-row of an indicator with its own values and target (seed 002: 小6 / 中3). */
export const IndicatorSeries = z
  .object({
    id: z.optional(Id).check(describe('系列の識別子', 'Series id')),
    name: Title.check(describe('系列名（小6、中3 など）', 'Series name (e.g. 小6, 中3)')),
    ...seriesFields,
  })
  .register(z.globalRegistry, {
    id: 'IndicatorSeries',
    description: '指標の内訳行（小6 / 中3 など）。\n\nA sub-row of an indicator (e.g. 小6 / 中3).',
  });

export const Indicator = z
  .object({
    id: Id.check(describe('文書内で一意の識別子', 'Identifier, unique in the document')),
    name: Title.check(describe('指標名', 'Indicator name')),
    description: z.optional(Text).check(describe('説明', 'Description')),
    direction: z.optional(Direction).check(describe('望ましい方向', 'Which way is better')),
    ...seriesFields,
    series: z.optional(z.array(IndicatorSeries).check(z.maxLength(100))).check(
      describe('内訳行（それぞれに値と目標）', 'Sub-rows, each with its own values and target'),
    ),
    departments: z.optional(z.array(DepartmentRef).check(z.maxLength(100))).check(describe('担当所属', 'Responsible departments')),
    explanation: z.optional(Text).check(
      describe('施策の実施状況・実績の増減理由等', 'What was done and why the figure changed'),
    ),
    addedAtReview: z.optional(z.boolean()).check(describe('見直し時に追加された指標（【追加】）', 'Added at the review (【追加】)')),
    source: z.optional(Id).check(describe('出典・調査の id（sources）', 'Id of the source or survey (sources)')),
    notes: z.optional(Notes),
  })
  .register(z.globalRegistry, {
    id: 'Indicator',
    description: '指標（KPI）。基準値、年度ごとの値、目標を持ちます。\n\nAn indicator (KPI) with baseline, values by fiscal year and target.',
  });

export type Observation = z.output<typeof Observation>;
export type Target = z.output<typeof Target>;
export type Indicator = z.output<typeof Indicator>;
export type IndicatorSeries = z.output<typeof IndicatorSeries>;
export type Restatement = z.output<typeof Restatement>;
export type Direction = z.output<typeof Direction>;
export type Comparator = z.output<typeof Comparator>;
