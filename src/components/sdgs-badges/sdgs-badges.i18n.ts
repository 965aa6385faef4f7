import type { Lang } from '../../core/i18n.js';
import type { CodeAttribute } from './sdgs-badges.model.js';

/** The interface strings of <mieruka-sdgs-badges>. Numbers come in already formatted. */
export interface SdgsBadgesStrings {
  /** 目標11 / Goal 11 */
  goal: (n: string) => string;
  /** （ターゲット11.7、11.b） / (targets 11.7, 11.b) */
  targets: (codes: readonly string[]) => string;
  /** 5計画 / 5 of 19 */
  count: (n: string, counter: string | undefined, total: string) => string;
  /** Joins the parts of an accessible name: name, count. */
  then: string;
  /** Label of the list; `title` is the node's title when one was named. */
  list: (title: string | undefined) => string;
  /** Label of the 17-goal grid, with how many goals are present. */
  grid: (present: string, title: string | undefined) => string;
  /** Said of a goal of the grid that the scope does not list. */
  absent: string;
  /** How the counts were made and which level was counted. */
  caption: (levelName: string | undefined, total: string, counter: string | undefined) => string;
  invalidTitle: string;
  invalid: (attribute: CodeAttribute, codes: readonly string[]) => string;
  empty: string;
  /** Heading of the list of nodes that list the selected goal. */
  detail: (goal: string, levelName: string | undefined) => string;
}

const ja: SdgsBadgesStrings = {
  goal: (n) => `目標${n}`,
  targets: (codes) => `（ターゲット${codes.join('、')}）`,
  count: (n, counter) => `${n}${counter ?? '件'}`,
  then: '、',
  list: (title) => (title ? `SDGs の目標（${title}）` : 'SDGs の目標'),
  grid: (present, title) => `SDGs の17の目標（${title ? `${title}: ` : ''}該当${present}）`,
  absent: '該当なし',
  caption: (levelName, total, counter) =>
    levelName
      ? `件数は、その目標またはターゲットを挙げている「${levelName}」の数です（全${total}${counter ?? '件'}）。`
      : `件数は、その目標またはターゲットを挙げている末端の項目の数です（全${total}件）。`,
  invalidTitle: 'SDGs の番号に誤りがあります',
  invalid: (attribute, codes) =>
    `${attribute} 属性の「${codes.join('」「')}」は SDGs の${attribute === 'goals' ? '目標の番号' : '番号'}として読めないため、表示していません。` +
    (attribute === 'goals' ? '目標は 1〜17 の番号で書きます（ターゲットは targets 属性に）。' : '目標は 1〜17、ターゲットは 11.7 や 11.b のように書きます。'),
  empty: 'SDGs の目標・ターゲットは挙げられていません。',
  detail: (goal, levelName) => `「${goal}」を挙げている${levelName ?? '項目'}`,
};

const en: SdgsBadgesStrings = {
  goal: (n) => `Goal ${n}`,
  targets: (codes) => ` (${codes.length === 1 ? 'target' : 'targets'} ${codes.join(', ')})`,
  count: (n, _counter, total) => `${n} of ${total}`,
  then: ', ',
  list: (title) => (title ? `SDGs goals (${title})` : 'SDGs goals'),
  grid: (present, title) => `The 17 SDGs goals (${title ? `${title}: ` : ''}${present} listed)`,
  absent: 'not listed',
  caption: (levelName, total) =>
    `Counts are the number of ${levelName ? `“${levelName}” items` : 'lowest-level items'} (of ${total}) that list the goal or one of its targets.`,
  invalidTitle: 'Some SDGs codes are wrong',
  invalid: (attribute, codes) =>
    `In the ${attribute} attribute, “${codes.join('”, “')}” ${codes.length === 1 ? 'is' : 'are'} not ${attribute === 'goals' ? 'an SDGs goal number' : 'an SDGs code'} and ${codes.length === 1 ? 'is' : 'are'} not shown. ` +
    (attribute === 'goals' ? 'Goals are numbers 1–17 (put targets in the targets attribute).' : 'Goals are 1–17; targets are written like 11.7 or 11.b.'),
  empty: 'No SDGs goals or targets are listed.',
  detail: (goal, levelName) => `${levelName ? `“${levelName}” items` : 'Items'} listing ${goal}`,
};

export const SDGS_BADGES_STRINGS: Record<Lang, SdgsBadgesStrings> = { ja, en };
