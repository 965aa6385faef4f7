import type { FiveLessKey } from '../../../data-schema/index.js';
import type { Lang } from '../../core/index.js';

/** The interface strings of <mieruka-five-less>. Japanese first. */
export interface FiveLessStrings {
  /** The table's caption: what it shows, and for which part of the plan. */
  caption: (scope: string) => string;
  /** The scope in the caption: the document or node title and how many plans. */
  scope: (title: string, n: string, counter: string) => string;
  /** A pause between pieces read together (visually hidden). */
  sep: string;
  /** Label of the summary (the bars per category). */
  summary: string;
  /** One category's count in the summary: 「5 / 16計画」. */
  count: (applies: string, total: string, counter: string) => string;
  /** Plans whose mark is unknown, counted apart: 「未設定 4」. */
  unknownCount: (n: string) => string;
  applies: string;
  notApplies: string;
  unknown: string;
  /** The legend above the table. */
  legend: string;
  total: string;
  grandTotal: string;
  sort: string;
  sortedDescending: string;
  sortedAscending: string;
  sortedNone: string;
  /** The phone layout's sort switch. */
  sortMost: string;
  definitionOf: (name: string) => string;
  /** The title of the phone list's key to the five categories (their definition buttons). */
  keyTitle: string;
  /** What is shown while a category filters the rows. */
  filtered: (name: string, n: string, counter: string, unknown: string) => string;
  clearFilter: string;
  filterCleared: string;
  /** The chip of a plan with no 5レス data at all. */
  allUnknown: string;
  /** Chip text for one category whose mark is unknown. */
  unknownChip: (name: string) => string;
  /** A plan whose five marks are all known and none applies. */
  none: string;
  /** The label of a plan's chip list. */
  chips: string;
  /** A document whose plans carry no 5レス marks at all. */
  noData: (n: string, counter: string) => string;
  invalidCategory: (value: string) => string;
  /** Under a long matrix built in chunks: how many plans are shown, and its button. */
  showing: (shown: string, total: string, counter: string) => string;
  showMore: (rest: string, counter: string) => string;
  /** The word for the rows when the document names none (「計画」). */
  counter: (documentCounter: string | undefined, n: number) => string;
  /** The heading of the plan column. */
  planColumn: (levelName: string | undefined) => string;
  /** What a category's definition panel says when the document defines it not. */
  noDefinition: string;
  /**
   * The definitions seed 003 prints (表1 5レス): only to show a document that carries exactly this
   * Japanese wording in English. Never shown for a document that defines nothing.
   */
  definitions: Record<FiveLessKey, string>;
}

export const ja: FiveLessStrings = {
  caption: (scope) => `5レスの該当状況（${scope}）`,
  scope: (title, n, counter) => `${title}、${n}${counter}`,
  sep: '、',
  summary: '5レスごとの該当数',
  count: (n, total, counter) => `${n} / ${total}${counter}`,
  unknownCount: (n) => `未設定 ${n}`,
  applies: '該当',
  notApplies: '非該当',
  unknown: '未設定',
  legend: '○ 該当　－ 非該当　？ 未設定（資料に記載なし）',
  total: '計',
  grandTotal: '合計',
  sort: '並べ替え',
  sortedDescending: '該当数の多い順に並べ替えました',
  sortedAscending: '該当数の少ない順に並べ替えました',
  sortedNone: '元の順に戻しました',
  sortMost: '該当数の多い順',
  definitionOf: (name) => `${name}の定義`,
  keyTitle: '5レスとは',
  filtered: (name, n, counter, unknown) => `${name}に該当する${n}${counter}を表示しています` + (unknown ? `（未設定の${unknown}${counter}を除く）` : ''),
  clearFilter: '絞り込みを解除',
  filterCleared: '絞り込みを解除しました',
  allUnknown: '5レス 未設定',
  unknownChip: (name) => `${name}：未設定`,
  none: '該当なし',
  chips: '該当する5レス',
  noData: (n, counter) => `この資料の${n}${counter}には5レスの記載がありません（すべて未設定）`,
  invalidCategory: (value) => `category 属性の値「${value}」は使えません（counter、cash、paper、file、move のいずれか）`,
  showing: (shown, total, counter) => `全${total}${counter}のうち${shown}${counter}を表示しています。`,
  showMore: (rest, counter) => `さらに表示（残り${rest}${counter}）`,
  counter: (c) => c ?? '件',
  planColumn: (name) => name ?? '項目',
  noDefinition: 'この文書には定義がありません。',
  definitions: {
    counter: '行政手続のオンライン化を推進し、市民の方々が来庁することがなく、各種行政手続を完了させる。',
    cash: '市税、使用料等の収納チャンネルを多様化し、キャッシュレス社会を実現する。',
    paper: '申請書、資料等の各種書類の電子化を推進し、働く場の環境向上、印刷等のコスト削減、セキュリティの向上等を実現する。',
    file: '各種紙資料等のデータ化を推進し、機械判読性、検索性の向上等を図る。',
    move: 'グループウェア、テレビ会議システム等の有効活用からなるデジタル空間での効率的な情報共有を推進する。',
  },
};

/** English nouns for the counters Japanese plans use; anything else reads "items". */
const NOUNS: Record<string, [string, string]> = {
  計画: ['plan', 'plans'],
  事業: ['project', 'projects'],
  施策: ['measure', 'measures'],
  取組: ['initiative', 'initiatives'],
  件: ['item', 'items'],
};
const noun = (c: string | undefined, n: number) => (c !== undefined && Object.hasOwn(NOUNS, c) ? NOUNS[c]! : NOUNS['件']!)[n === 1 ? 0 : 1];

export const en: FiveLessStrings = {
  caption: (scope) => `5-less (digitalisation aims) by plan: ${scope}`,
  scope: (title, n, counter) => `${title}, ${n} ${counter}`,
  sep: ', ',
  summary: 'Plans per 5-less category',
  count: (n, total, counter) => `${n} of ${total} ${counter}`,
  unknownCount: (n) => `${n} unknown`,
  applies: 'Applies',
  notApplies: 'Does not apply',
  unknown: 'Unknown',
  legend: '○ applies　－ does not apply　？ unknown (not stated in the source)',
  total: 'Total',
  grandTotal: 'Total',
  sort: 'sort',
  sortedDescending: 'Sorted by total, most first',
  sortedAscending: 'Sorted by total, fewest first',
  sortedNone: 'Back to the original order',
  sortMost: 'Most categories first',
  definitionOf: (name) => `Definition of ${name}`,
  keyTitle: 'What the 5-less categories mean',
  filtered: (name, n, counter, unknown) => `Showing the ${n} ${counter} that ${name} applies to` + (unknown ? ` (${unknown} unknown not included)` : ''),
  clearFilter: 'Show all',
  filterCleared: 'Showing all again',
  allUnknown: '5-less unknown',
  unknownChip: (name) => `${name}: unknown`,
  none: 'None applies',
  chips: 'The 5-less categories that apply',
  noData: (n, counter) => `None of the ${n} ${counter} in this document has 5-less marks (all unknown)`,
  invalidCategory: (value) => `The category attribute "${value}" is not one of counter, cash, paper, file, move`,
  showing: (shown, total, counter) => `Showing ${shown} of ${total} ${counter}.`,
  showMore: (rest, counter) => `Show more (${rest} ${counter} left)`,
  counter: (c, n) => noun(c, n),
  planColumn: (name) => {
    const n = name ? Object.keys(NOUNS).find((k) => name.includes(k)) : undefined;
    const word = noun(n, 1);
    return word.charAt(0).toUpperCase() + word.slice(1);
  },
  noDefinition: 'This document does not define it.',
  definitions: {
    counter: 'Put administrative procedures online so that residents can complete them without coming to City Hall.',
    cash: 'Offer more ways to pay city taxes, fees and charges, towards a cashless society.',
    paper: 'Digitise applications, documents and other papers, for a better workplace, lower printing and other costs, and better security.',
    file: 'Turn paper records and other materials into data that machines can read and people can search.',
    move: 'Share information efficiently in digital space by making good use of groupware, video conferencing and the like.',
  },
};

export const STRINGS: Record<Lang, FiveLessStrings> = { ja, en };
