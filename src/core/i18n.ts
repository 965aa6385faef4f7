import type { Lang } from '../../data-schema/index.js';

export type { Lang };

/**
 * Every interface string of every element, one typed catalogue per language. Elements add
 * their own strings here too, so that a translation is never split across files and the
 * compiler tells a translator what is missing.
 */
export interface Catalogue {
  loading: string;
  updated: (time: string) => string;
  stale: (time: string) => string;
  errorTitle: string;
  errors: {
    http: (status: number) => string;
    network: string;
    cors: string;
    timeout: (seconds: number) => string;
    notJson: (line: number, column: number) => string;
    html: string;
    schema: (count: number) => string;
    moreProblems: (count: number) => string;
    unknownNode: (id: string) => string;
    unknownIndicator: (id: string) => string;
    didYouMean: (ids: string) => string;
    noSource: string;
  };
  fiscalYear: (year: string) => string;
  fiscalYearWithEra: (year: string, era: string) => string;
  empty: string;
  noValue: string;
}

const ja: Catalogue = {
  loading: '読み込み中',
  updated: (time) => `${time}に最新の情報に更新しました`,
  stale: (time) => `${time}の情報を表示しています（最新の情報を取得できませんでした）`,
  errorTitle: '表示できません',
  errors: {
    http: (status) => `データを取得できませんでした（HTTP ${status}）`,
    network: 'データを取得できませんでした（ネットワークエラー）',
    cors: 'データのあるサーバーが、このページからの読み込みを許可していません（CORS: Access-Control-Allow-Origin の設定が必要です）',
    timeout: (s) => `データの取得が${s}秒以内に終わりませんでした（タイムアウト）`,
    notJson: (l, c) => `データが JSON として読めません（${l}行${c}文字目）`,
    html: 'データの代わりに HTML のページが返されました（URL を確認してください）',
    schema: (n) => `データの形式に誤りがあります（${n}件）`,
    moreProblems: (n) => `ほか${n}件`,
    unknownNode: (id) => `項目「${id}」が見つかりません`,
    unknownIndicator: (id) => `指標「${id}」が見つかりません`,
    didYouMean: (ids) => `候補: ${ids}`,
    noSource: 'データが指定されていません（src 属性、data プロパティ、または JSON の script 要素）',
  },
  fiscalYear: (y) => `${y}年度`,
  fiscalYearWithEra: (y, era) => `${y}年度（${era}度）`,
  empty: 'データがありません',
  noValue: '値なし',
};

const en: Catalogue = {
  loading: 'Loading',
  updated: (time) => `Updated with the latest data at ${time}`,
  stale: (time) => `Showing data as of ${time} (the latest data could not be loaded)`,
  errorTitle: 'Cannot display',
  errors: {
    http: (status) => `Could not load the data (HTTP ${status})`,
    network: 'Could not load the data (network error)',
    cors: 'The server with the data does not allow this page to read it (CORS: it needs an Access-Control-Allow-Origin header)',
    timeout: (s) => `Loading the data did not finish within ${s} seconds (timeout)`,
    notJson: (l, c) => `The data is not valid JSON (line ${l}, column ${c})`,
    html: 'An HTML page came back instead of the data (check the URL)',
    schema: (n) => `The data does not follow the format (${n} problem${n === 1 ? '' : 's'})`,
    moreProblems: (n) => `and ${n} more`,
    unknownNode: (id) => `No item with id "${id}"`,
    unknownIndicator: (id) => `No indicator with id "${id}"`,
    didYouMean: (ids) => `Did you mean: ${ids}`,
    noSource: 'No data given (a src attribute, the data property, or a JSON script element)',
  },
  fiscalYear: (y) => `FY${y}`,
  fiscalYearWithEra: (y, era) => `FY${y} (${era})`,
  empty: 'No data',
  noValue: 'no value',
};

export const CATALOGUES: Record<Lang, Catalogue> = { ja, en };

/** Japanese first: anything that is not English reads Japanese. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'ja';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across
 * shadow roots, so a widget inside another component follows the page), else the page's.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    // lang="" means "unknown" in HTML: keep looking outward rather than default to Japanese.
    if (node instanceof Element && node.getAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}
