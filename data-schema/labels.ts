import * as z from 'zod/mini';
import { describe } from './describe.js';
import { Title } from './primitives.js';

/**
 * The fields whose heading a document may print in its own words (schema 1.1). A city calls the
 * summary 内容, a year's result R3取組状況, the period's summary 総括: the widgets then use those
 * words, and fall back to their own only where the document names none.
 */
export const LABELLED_FIELDS = {
  summary: ['事業概要', 'Summary'],
  vision: ['目指す姿（目標）', 'Vision (the aim)'],
  description: ['説明', 'Description'],
  category: ['区分', 'Category'],
  departments: ['所管課', 'Departments'],
  focusAreas: ['重点項目', 'Focus areas'],
  sdgs: ['SDGs', 'SDGs'],
  sdgsNote: ['SDGsの取り組み', 'SDGs activity'],
  actionPlan: ['行動計画', 'Action plan'],
  indicators: ['指標・目標値', 'Indicators and targets'],
  fiveLess: ['5レス', '5レス'],
  plan: ['計画（評価の欄）', 'Plan (of an assessment)'],
  result: ['取組状況・実績（評価の欄）', 'Result (of an assessment)'],
  text: ['評価の文章・総括（評価の欄）', 'Assessment text (of an assessment)'],
  value: ['評語（評価の欄）', 'Grade (of an assessment)'],
  finalText: ['期間の総括（評価の final.text）', 'Summary of the period (final.text of an assessment)'],
  finalValue: ['最終評価（評価の final.value）', 'Final grade (final.value of an assessment)'],
  notes: ['注記', 'Notes'],
} as const;
export type LabelledField = keyof typeof LABELLED_FIELDS;

export const FieldLabels = z
  .object(
    Object.fromEntries(
      Object.entries(LABELLED_FIELDS).map(([key, [ja, en]]) => [
        key,
        z.optional(Title).check(describe(`「${ja}」の見出しとして資料が印字している語`, `The heading the source prints for ${en}`)),
      ]),
    ) as Record<LabelledField, z.ZodMiniOptional<typeof Title>>,
  )
  .register(z.globalRegistry, {
    id: 'FieldLabels',
    description:
      '資料が印字している欄の見出し（1.1 から）。例: {"summary": "内容", "result": "R3取組状況", "text": "総括"}。省略した欄は mieruka の既定の語で表示します。\n\n' +
      'Field headings as the source prints them (since 1.1). Fields left out show mieruka’s default words.',
  });

export type FieldLabels = z.output<typeof FieldLabels>;
