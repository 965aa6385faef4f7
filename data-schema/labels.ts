import * as z from 'zod/mini';
import { describe } from './describe.js';
import { Title } from './primitives.js';

/**
 * The headings a document prints for its fields (schema 1.1). A city calls the summary 内容, a
 * year's result R3取組状況, the period's summary 総括: the widgets then use those words, and fall
 * back to their own only where the document names none. One describe() per key, written out, so
 * that browser builds strip the descriptions as they do everywhere else (scripts/strip-schema-docs.js).
 */
export const FieldLabels = z
  .object({
    summary: z.optional(Title).check(describe('「事業概要」の見出しとして資料が印字している語', 'The heading the source prints for the summary')),
    vision: z.optional(Title).check(describe('「目指す姿（目標）」の見出しとして資料が印字している語', 'The heading the source prints for the vision')),
    description: z.optional(Title).check(describe('「説明」の見出しとして資料が印字している語', 'The heading the source prints for the description')),
    category: z.optional(Title).check(describe('「区分」の見出しとして資料が印字している語', 'The heading the source prints for the category')),
    departments: z.optional(Title).check(describe('「所管課」の見出しとして資料が印字している語', 'The heading the source prints for the departments')),
    focusAreas: z.optional(Title).check(describe('「重点項目」の見出しとして資料が印字している語', 'The heading the source prints for the focus areas')),
    sdgs: z.optional(Title).check(describe('「SDGs」の見出しとして資料が印字している語', 'The heading the source prints for the SDGs codes')),
    sdgsNote: z.optional(Title).check(describe('「SDGsの取り組み」の見出しとして資料が印字している語', 'The heading the source prints for the SDGs activity')),
    actionPlan: z.optional(Title).check(describe('「行動計画」の見出しとして資料が印字している語', 'The heading the source prints for the action plan')),
    indicators: z.optional(Title).check(describe('「指標・目標値」の見出しとして資料が印字している語', 'The heading the source prints for the indicators and targets')),
    fiveLess: z.optional(Title).check(describe('「5レス」の見出しとして資料が印字している語', 'The heading the source prints for the 5レス marks')),
    plan: z.optional(Title).check(describe('「計画（評価の欄）」の見出しとして資料が印字している語', 'The heading the source prints for an assessment’s plan')),
    result: z.optional(Title).check(describe('「取組状況・実績（評価の欄）」の見出しとして資料が印字している語', 'The heading the source prints for an assessment’s result')),
    text: z.optional(Title).check(describe('「評価の文章・総括（評価の欄）」の見出しとして資料が印字している語', 'The heading the source prints for an assessment’s text')),
    value: z.optional(Title).check(describe('「評語（評価の欄）」の見出しとして資料が印字している語', 'The heading the source prints for an assessment’s grade')),
    finalText: z.optional(Title).check(describe('「期間の総括（評価の final.text）」の見出しとして資料が印字している語', 'The heading the source prints for the period’s summary (final.text)')),
    finalValue: z.optional(Title).check(describe('「最終評価（評価の final.value）」の見出しとして資料が印字している語', 'The heading the source prints for the final grade (final.value)')),
    notes: z.optional(Title).check(describe('「注記」の見出しとして資料が印字している語', 'The heading the source prints for the notes')),
  })
  .register(z.globalRegistry, {
    id: 'FieldLabels',
    description:
      '資料が印字している欄の見出し（1.1 から）。例: {"summary": "内容", "result": "R3取組状況", "text": "総括"}。省略した欄は mieruka の既定の語で表示します。\n\n' +
      'Field headings as the source prints them (since 1.1). Fields left out show mieruka’s default words.',
  });

export type FieldLabels = z.output<typeof FieldLabels>;
export type LabelledField = keyof FieldLabels;
