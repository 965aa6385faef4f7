import * as z from 'zod/mini';
import { RULES } from './rules.js';
import { rule } from './zod-rule.js';
import { describe } from './describe.js';
import { FiscalPeriod, FiscalYear, Id, LIMITS, Text, Title } from './primitives.js';
import { DepartmentRef } from './department.js';
import { SourceRef } from './source-ref.js';

/**
 * What a grade means in mieruka's own terms, so that widgets can give it a symbol and a
 * colour whatever the document calls it (A, 4, ↑, 完了).
 */
export const Status = z
  .enum(['achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown'])
  .register(z.globalRegistry, {
    id: 'Status',
    description:
      '評語の意味: achieved（達成）、onTrack（順調・近づいている）、flat（横ばい）、behind（遅れ）、offTrack（遠ざかっている）、done（完了）、notApplicable（対象外・中止）、unknown（不明）。\n\nWhat a grade means: achieved, onTrack, flat, behind, offTrack, done, notApplicable, unknown.',
  });

export const ScaleLevel = z
  .object({
    value: Title.check(describe('資料での記号・評語（A、4、↑、完了、- など）', 'The grade as printed (A, 4, ↑, 完了, - …)')),
    label: z.optional(Title).check(describe('評語の言葉（予定どおり実施した など）', 'Its wording (e.g. 予定どおり実施した)')),
    description: z.optional(Text).check(describe('意味の説明', 'What it means')),
    min: z.optional(z.number()).check(describe('範囲の下限（この値を含む。50%以上 → 50）', 'Lower bound, inclusive (50%以上 → 50)')),
    max: z.optional(z.number()).check(describe('範囲の上限（この値を含まない。75%未満 → 75）', 'Upper bound, exclusive (75%未満 → 75)')),
    rank: z.optional(z.number()).check(describe('並び順（大きいほど良い）', 'Order (higher is better)')),
    status: z.optional(Status).check(describe('mieruka での意味（色と記号に使います）', 'Its meaning for mieruka (drives symbol and colour)')),
  })
  .register(z.globalRegistry, {
    id: 'ScaleLevel',
    description: '尺度の一つの段階。\n\nOne level of a scale.',
  });

export const Scale = z
  .object({
    id: Id.check(describe('識別子', 'Identifier')),
    name: Title.check(describe('尺度の名前（達成度、進捗状況 など）', 'Name of the scale (達成度, 進捗状況 …)')),
    kind: z.optional(z.enum(['grade', 'level', 'arrow', 'status'])).check(
      describe('種類: grade（評語）、level（段階）、arrow（矢印）、status（状態）', 'Kind: grade, level, arrow or status'),
    ),
    unit: z.optional(Title).check(describe('範囲の単位（% など）', 'Unit of min/max (e.g. %)')),
    description: z.optional(Text).check(describe('説明', 'Description')),
    levels: z.array(ScaleLevel).check(z.minLength(1), z.maxLength(100), describe('段階（良い順でなくてもかまいません）', 'Its levels')),
  })
  .register(z.globalRegistry, {
    id: 'Scale',
    description:
      '文書が定める評価の尺度（A/B/C、1〜4の達成度、↑→↓の矢印など）。\n\nA scale the document defines (A/B/C, achievement levels 1–4, trend arrows …).',
  });


export const DepartmentGrade = z
  .object({
    departments: z.array(DepartmentRef).check(z.minLength(1), z.maxLength(100), describe('この評語をつけた所属', 'The department(s) this grade is by')),
    scale: z.optional(Id).check(describe('尺度の id。省略時は評価の scale', 'Id of the scale; default: the assessment’s scale')),
    value: Title.check(describe('評語（尺度の value のいずれか）', 'The grade (one of the scale’s values)')),
    text: z.optional(Text).check(describe('この所属だけの文章', 'Text of this department alone')),
  })
  .register(z.globalRegistry, {
    id: 'DepartmentGrade',
    description:
      '共通の文章に対する一つの所属（または所属のまとまり）の評語（1.1 から）。\n\nOne department’s own grade for the shared text of an assessment group (since 1.1).',
  });

export const PeriodAssessment = z
  .object({
    period: z.optional(FiscalPeriod).check(describe('評価した期間。省略時は文書の period', 'Period assessed; default: the document’s period')),
    scale: z.optional(Id).check(describe('尺度の id（scales）', 'Id of the scale (scales)')),
    value: z.optional(Title).check(describe('最終評価の評語', 'The final grade')),
    text: z.optional(Text).check(describe('期間の総括', 'Summary of the whole period')),
  })
  .check(rule(RULES.gradeNeedsScale))
  .register(z.globalRegistry, {
    id: 'PeriodAssessment',
    description:
      '評価のうち計画期間全体の部分（総括・最終評価。1.1 から）。\n\nThe part of an assessment about the whole period: summary and final grade (since 1.1).',
  });

export const Assessment = z
  .object({
    scale: z.optional(Id).check(describe('尺度の id（scales）', 'Id of the scale (scales)')),
    value: z.optional(Title).check(describe('評語（尺度の value のいずれか）', 'The grade (one of the scale’s values)')),
    fiscalYear: z.optional(FiscalYear).check(describe('評価した年度（年次評価）。1.1 では省略時に文書の reportYear', 'Fiscal year assessed (annual assessment); since 1.1 the document’s reportYear when omitted')),
    period: z.optional(FiscalPeriod).check(describe('評価した期間（最終評価など）', 'Period assessed (e.g. a final evaluation)')),
    departments: z.optional(z.array(DepartmentRef).check(z.maxLength(100))).check(
      describe('この評価をした所属（所属ごとの評価のとき）。grades があるときは文章を共有する所属のまとまり', 'The departments this assessment is by; with grades, the group that shares its text'),
    ),
    plan: z.optional(Text).check(describe('計画（実施予定及び数値目標等）', 'What was planned')),
    result: z.optional(Text).check(describe('取組状況・実績', 'What was done')),
    text: z.optional(Text).check(describe('評価の文章・総括', 'Assessment text or summary')),
    grades: z.optional(z.array(DepartmentGrade).check(z.maxLength(100))).check(
      describe('所属ごとの評語（文章は共有。1.1 から）', 'Each department’s own grade for the shared text (since 1.1)'),
    ),
    final: z.optional(PeriodAssessment).check(describe('期間全体の部分（総括・最終評価。1.1 から）', 'The whole-period part: summary and final grade (since 1.1)')),
    source: z.optional(SourceRef).check(describe('出典（ページ、表、行。1.1 から）', 'Source: page, table, line (since 1.1)')),
  })
  .check(rule(RULES.gradeNeedsScale), rule(RULES.gradesNeedScale))
  .register(z.globalRegistry, {
    id: 'Assessment',
    description:
      '評価（年度または期間、尺度上の評語、文章）。\n\nAn assessment: for a fiscal year or a period, a grade on a scale, and text.',
  });

export type Scale = z.output<typeof Scale>;
export type ScaleLevel = z.output<typeof ScaleLevel>;
export type Status = z.output<typeof Status>;
export type Assessment = z.output<typeof Assessment>;
export type DepartmentGrade = z.output<typeof DepartmentGrade>;
export type PeriodAssessment = z.output<typeof PeriodAssessment>;

export const LIST_LIMIT = LIMITS.list;
