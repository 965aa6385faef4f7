import * as z from 'zod/mini';
import { describe } from './describe.js';
import { FiscalPeriod, FiscalYear, HttpUrl, Id, LIMITS, Notes, PartialDate, Text, Title } from './primitives.js';
import { Department } from './department.js';
import { Indicator } from './indicator.js';
import { FIVE_LESS_KEYS, FIVE_LESS_NAMES, PlanNode } from './plan-node.js';
import { Scale } from './scale.js';
import { FieldLabels } from './labels.js';
import { checkReferences } from './references.js';

/** The major version is part of the schema's $id; a document names the version it was written for. */
export const SCHEMA_MAJOR = 1;
export const SCHEMA_VERSION = '1.1';
export const SCHEMA_ID = `https://mieruka.example/schema/v${SCHEMA_MAJOR}/mieruka.schema.json`;

export const SCHEMA_VERSION_PATTERN = /^1\.\d+$/;
export const MUNICIPALITY_CODE_PATTERN = /^\d{6}$/;

export const Level = z
  .object({
    id: Id.check(describe('識別子', 'Identifier')),
    name: z.optional(Title).check(
      describe(
        '階層の名前（重点推進目標、取組事項、実施計画 など）。資料が名づけていない階層は省略（1.1 から）',
        'Name of the level (goal, initiative, plan …); omit it where the source names none (since 1.1)',
      ),
    ),
    counter: z.optional(Title).check(describe('数えるときの助数詞（「19計画」の「計画」）', 'Counter word used in totals (計画 in 19計画)')),
    labels: z.optional(FieldLabels).check(describe('この階層の項目の欄見出し（文書の labels より優先。1.1 から）', 'Field headings of this level’s items; win over the document’s (since 1.1)')),
  })
  .register(z.globalRegistry, { id: 'Level', description: '木の階層。\n\nA level of the tree.' });

export const Source = z
  .object({
    id: Id.check(describe('識別子', 'Identifier')),
    title: Title.check(describe('資料名・調査名', 'Title of the document or survey')),
    publisher: z.optional(Title).check(describe('発行者', 'Publisher')),
    date: z.optional(PartialDate).check(describe('発行日・実施日', 'Date of publication or of the survey')),
    url: z.optional(HttpUrl).check(describe('URL（http/https のみ）', 'URL (http/https only)')),
    description: z.optional(Text).check(describe('説明（調査の期間、対象、標本数、回収数 など）', 'Details (period, population, sample, responses …)')),
  })
  .register(z.globalRegistry, { id: 'Source', description: '出典・調査。\n\nA source document or survey.' });

export const FiveLessDefinition = z
  .object({
    name: Title.check(describe('名前（カウンターレス など）', 'Name (e.g. カウンターレス)')),
    description: z.optional(Text).check(describe('定義', 'Definition')),
  })
  .register(z.globalRegistry, { id: 'FiveLessDefinition', description: '5レスの一つの定義。\n\nThe definition of one 5レス category.' });

export const FiveLessDefinitions = z
  .object(
    Object.fromEntries(
      FIVE_LESS_KEYS.map((k) => [k, z.optional(FiveLessDefinition).check(describe(`${FIVE_LESS_NAMES[k].ja}の定義`, `Definition of ${FIVE_LESS_NAMES[k].en}`))]),
    ) as Record<
    (typeof FIVE_LESS_KEYS)[number],
    z.ZodMiniOptional<typeof FiveLessDefinition>
  >)
  .register(z.globalRegistry, {
    id: 'FiveLessDefinitions',
    description: '文書が定める5レスの定義（counter, cash, paper, file, move）。\n\nThe document’s definitions of the 5レス.',
  });

export const CategoryDefinition = z
  .object({
    value: Title.check(describe('区分（継続 など）', 'The category as printed')),
    description: z.optional(Text).check(describe('説明', 'Description')),
  })
  .register(z.globalRegistry, { id: 'CategoryDefinition', description: '区分の定義。\n\nA category definition.' });

const MierukaDocumentShape = z.object({
  $schema: z.optional(z.string().check(z.maxLength(2048))).check(describe('JSON Schema の URL（エディタ用）', 'JSON Schema URL (for editors)')),
  schemaVersion: z
    .string()
    .check(z.regex(SCHEMA_VERSION_PATTERN), describe('この文書が従うスキーマの版（"1.0" など。メジャー版は 1）', 'Schema version the document follows ("1.0"; major version 1)')),
  id: Id.check(describe('文書の識別子', 'Identifier of the document')),
  title: Title.check(describe('計画・報告の名前', 'Title of the plan or report')),
  municipality: Title.check(describe('自治体名', 'Municipality')),
  municipalityCode: z.optional(z.string().check(z.regex(MUNICIPALITY_CODE_PATTERN))).check(describe('全国地方公共団体コード（6桁）', 'Local government code (6 digits)')),
  publisher: z.optional(Title).check(describe('担当部署', 'The department that keeps the data')),
  kind: z.optional(z.enum(['plan', 'report', 'evaluation', 'audit'])).check(
    describe('種類: plan（計画）、report（実施報告）、evaluation（評価）、audit（監査）', 'Kind: plan, report, evaluation or audit'),
  ),
  // Optional: a plan tree such as seed 001 states neither, and a document must never invent them.
  period: z.optional(FiscalPeriod).check(describe('計画期間（年度）。資料にないときは省略', 'Plan period (fiscal years); omit when the source has none')),
  reportYear: z.optional(FiscalYear).check(
    describe('報告の対象年度（実施報告など）。評価の年度の既定値（1.1 から）', 'The fiscal year a report covers; the default year of its assessments (since 1.1)'),
  ),
  asOf: z.optional(PartialDate).check(describe('データの時点。資料にないときは省略', 'Date the data is as of; omit when the source has none')),
  description: z.optional(Text).check(describe('説明', 'Description')),
  levels: z.array(Level).check(z.minLength(1), z.maxLength(20), describe('木の階層（上から順に）', 'Levels of the tree, top first')),
  nodes: z.array(PlanNode).check(z.maxLength(LIMITS.list), describe('計画の木', 'The plan tree')),
  indicators: z.optional(z.array(Indicator).check(z.maxLength(LIMITS.list))).check(
    describe('文書全体の指標（全体指標 など）', 'Document-wide indicators (e.g. overall indicators)'),
  ),
  departments: z.optional(z.array(Department).check(z.maxLength(LIMITS.list))).check(describe('所属の一覧', 'Departments')),
  scales: z.optional(z.array(Scale).check(z.maxLength(100))).check(describe('評価の尺度', 'Assessment scales')),
  categories: z.optional(z.array(CategoryDefinition).check(z.maxLength(100))).check(describe('区分の定義', 'Category definitions')),
  fiveLess: z.optional(FiveLessDefinitions).check(describe('5レスの定義', '5レス definitions')),
  sources: z.optional(z.array(Source).check(z.maxLength(1000))).check(describe('出典・調査', 'Sources and surveys')),
  labels: z.optional(FieldLabels).check(describe('資料が印字している欄の見出し（1.1 から）', 'Field headings as the source prints them (since 1.1)')),
  notes: z.optional(Notes),
});

// `when`: run the cross-reference rules even when some field failed, so a document's problems
// are all reported at once (checkReferences copes with a partly invalid document).
export const MierukaDocument = MierukaDocumentShape.check(
  z.superRefine((doc: unknown, ctx: z.core.$RefinementCtx<unknown>) => checkReferences(doc as Parameters<typeof checkReferences>[0], (issue) => ctx.addIssue(issue)), {
    when: (payload) => payload.value !== null && typeof payload.value === 'object',
  }),
).register(z.globalRegistry, {
  id: 'MierukaDocument',
  title: 'mieruka document',
  description:
    '一つの計画（または計画の報告）を表す mieruka の文書。\n\nA mieruka document: one plan, or one report on a plan.',
});

export type MierukaDocument = z.output<typeof MierukaDocumentShape>;
export type Level = z.output<typeof Level>;
export type Source = z.output<typeof Source>;
