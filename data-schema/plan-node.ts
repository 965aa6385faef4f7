import * as z from 'zod/mini';
import { RULES } from './rules.js';
import { rule } from './zod-rule.js';
import { describe } from './describe.js';
import { FiscalYear, HttpUrl, Id, LIMITS, Notes, SdgsCode, Text, Title } from './primitives.js';
import { DepartmentRef } from './department.js';
import { Indicator } from './indicator.js';
import { Assessment } from './scale.js';
import { SourceRef } from './source-ref.js';
import { FIVE_LESS_NAMES } from './five-less.js';

export { SourceRef };

export { FIVE_LESS_KEYS, FIVE_LESS_NAMES, type FiveLessKey } from './five-less.js';

const fiveLessMark = (ja: string, en: string) =>
  z.optional(z.boolean()).check(describe(`${ja}: true（該当）、false（非該当）。省略は未設定`, `${en}: true (applies), false (does not); omitted = unknown`));

export const FiveLess = z
  .object({
    counter: fiveLessMark(FIVE_LESS_NAMES.counter.ja, FIVE_LESS_NAMES.counter.en),
    cash: fiveLessMark(FIVE_LESS_NAMES.cash.ja, FIVE_LESS_NAMES.cash.en),
    paper: fiveLessMark(FIVE_LESS_NAMES.paper.ja, FIVE_LESS_NAMES.paper.en),
    file: fiveLessMark(FIVE_LESS_NAMES.file.ja, FIVE_LESS_NAMES.file.en),
    move: fiveLessMark(FIVE_LESS_NAMES.move.ja, FIVE_LESS_NAMES.move.en),
  })
  .register(z.globalRegistry, {
    id: 'FiveLess',
    description:
      '5レスの該当。省略したキーは未設定（不明）で、「非該当」ではありません。\n\n5レス marks. A key left out is unknown, not "does not apply".',
  });

export const WebPage = z
  .object({
    title: Title.check(describe('ページ名', 'Page title')),
    url: z.optional(HttpUrl).check(describe('URL（http/https のみ）', 'URL (http/https only)')),
  })
  .register(z.globalRegistry, { id: 'WebPage', description: 'ウェブページ。\n\nA web page.' });

export const Disclosure = z
  .object({
    cityWebsite: z.optional(z.boolean()).check(describe('市ウェブサイトで公開', 'Published on the city website')),
    other: z.optional(z.boolean()).check(describe('その他の方法で公開', 'Published by other means')),
    otherText: z.optional(Text).check(describe('その他の公開方法', 'The other means')),
    pages: z.optional(z.array(WebPage).check(z.maxLength(100))).check(describe('公開しているウェブページ', 'Web pages where it is published')),
  })
  .register(z.globalRegistry, { id: 'Disclosure', description: '情報公開。\n\nHow the plan is made public.' });

export const ActionPlanCell = z
  .object({
    start: FiscalYear.check(describe('開始年度', 'First fiscal year of the cell')),
    end: z.optional(FiscalYear).check(describe('終了年度（複数年度にまたがるとき。含む）', 'Last fiscal year when the cell spans years (inclusive)')),
    text: Text.check(describe('内容', 'What is planned')),
    continues: z.optional(z.boolean()).check(describe('矢印（➔）で継続が示されている', 'An arrow (➔) shows it continues')),
  })
  .check(rule(RULES.periodOrder))
  .register(z.globalRegistry, {
    id: 'ActionPlanCell',
    description: '行動計画の一つの欄（複数年度にまたがることがあります）。\n\nOne cell of the action plan; it may span years.',
  });

export const ActionPlanRow = z
  .object({
    item: Text.check(describe('取組内容', 'The activity')),
    cells: z.array(ActionPlanCell).check(z.maxLength(100), describe('年度ごとの欄', 'Cells by fiscal year')),
  })
  .register(z.globalRegistry, { id: 'ActionPlanRow', description: '行動計画の一行。\n\nOne row of the action plan.' });

export const ActionPlan = z
  .object({
    years: z.optional(z.array(FiscalYear).check(z.maxLength(100))).check(describe('表の列の年度', 'The fiscal years of the columns')),
    rows: z.array(ActionPlanRow).check(z.maxLength(1000), describe('行', 'Rows')),
  })
  .register(z.globalRegistry, { id: 'ActionPlan', description: '年度別の行動計画。\n\nThe action plan by fiscal year.' });

export const FocusArea = z
  .object({
    number: z.optional(Title).check(describe('番号（①など）', 'Number as printed (① …)')),
    text: Text.check(describe('内容', 'Text')),
  })
  .register(z.globalRegistry, { id: 'FocusArea', description: '重点項目。\n\nA focus area.' });


const planNodeFields = {
    id: Id.check(describe('文書内で一意の識別子', 'Identifier, unique in the document')),
    level: Id.check(describe('階層の id（levels）', 'Id of the level (levels)')),
    title: Title.check(describe('名称', 'Title')),
    number: z.optional(Title).check(describe('番号（①、1、No.12 など印字どおり）', 'Number as printed (①, 1, No.12 …)')),
    departments: z.optional(z.array(DepartmentRef).check(z.maxLength(100))).check(describe('所管課', 'Responsible departments')),
    summary: z.optional(Text).check(describe('事業概要', 'Summary')),
    vision: z.optional(Text).check(describe('目指す姿（目標）', 'Vision (the aim)')),
    description: z.optional(Text).check(describe('説明', 'Description')),
    category: z.optional(Title).check(describe('区分（継続、拡充、新規、再掲 など）', 'Category (継続 continued, 拡充 expanded, 新規 new, 再掲 re-listed …)')),
    relistOf: z.optional(Id).check(describe('再掲のとき、元の項目の id', 'For a re-listed item, the id of the original')),
    focusAreas: z.optional(z.array(FocusArea).check(z.maxLength(100))).check(describe('重点項目', 'Focus areas')),
    fiveLess: z.optional(FiveLess).check(describe('5レス。省略は未設定', '5レス marks; omitted = unknown')),
    disclosure: z.optional(Disclosure).check(describe('情報公開', 'Disclosure')),
    sdgs: z.optional(z.array(SdgsCode).check(z.maxLength(169))).check(describe('SDGs のゴール・ターゲット', 'SDGs goals and targets')),
    sdgsNote: z.optional(Text).check(describe('SDGsの取り組み', 'SDGs activity')),
    actionPlan: z.optional(ActionPlan).check(describe('行動計画', 'Action plan')),
    indicators: z.optional(z.array(Indicator).check(z.maxLength(LIMITS.list))).check(describe('指標・目標値', 'Indicators and targets')),
    assessments: z.optional(z.array(Assessment).check(z.maxLength(1000))).check(describe('評価', 'Assessments')),
    links: z.optional(z.array(WebPage).check(z.maxLength(100))).check(describe('関連リンク', 'Related links')),
    source: z.optional(SourceRef).check(describe('出典', 'Source')),
    notes: z.optional(Notes),
};

type PlanNodeFields = z.ZodMiniObject<typeof planNodeFields>;
/** A plan node as validated; `children` is declared by hand because TypeScript cannot infer a recursive schema's type. */
export type PlanNode = z.output<PlanNodeFields> & { children?: PlanNode[] | undefined };
type PlanNodeInput = z.input<PlanNodeFields> & { children?: PlanNodeInput[] | undefined };

let childrenSchema: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType<PlanNode, PlanNodeInput>>> | undefined;

export const PlanNode: z.ZodMiniType<PlanNode, PlanNodeInput> = z
  .object({
    ...planNodeFields,
    // Built once: zod reads the shape for every node it parses, and a getter that built a new
    // schema on each read made a 10,000-plan document several times slower to validate.
    get children() {
      return (childrenSchema ??= z.optional(z.array(PlanNode).check(z.maxLength(LIMITS.list))).check(describe('下位の項目', 'Child items')));
    },
  })
  .register(z.globalRegistry, {
    id: 'PlanNode',
    description:
      '計画の項目（目標、取組、実施計画、事業など、どの階層でも）。\n\nAn item of the plan at any level (goal, initiative, plan, project …).',
  });

export type FiveLess = z.output<typeof FiveLess>;
export type Disclosure = z.output<typeof Disclosure>;
export type ActionPlan = z.output<typeof ActionPlan>;
export type ActionPlanCell = z.output<typeof ActionPlanCell>;
export type WebPage = z.output<typeof WebPage>;
