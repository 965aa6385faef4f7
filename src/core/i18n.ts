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
    /** 404 and 410: the URL or the file's place. */
    notFound: (status: number) => string;
    /** 401 and 403: access rights. */
    forbidden: (status: number) => string;
    /** 5xx: the server; try later. */
    server: (status: number) => string;
    /** Any other status. */
    http: (status: number) => string;
    network: string;
    cors: string;
    timeout: (seconds: number) => string;
    empty: string;
    truncated: (line: number, column: number) => string;
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
    notFound: (status) => `データのファイルが見つかりません（HTTP ${status}）。src 属性の URL と、ファイルを置いた場所・ファイル名が合っているか確認してください`,
    forbidden: (status) => `データのファイルを読む権限がありません（HTTP ${status}）。ファイルが公開されているか、サーバーのアクセス権の設定を確認してください`,
    server: (status) => `データのあるサーバーでエラーが起きました（HTTP ${status}）。しばらくしてから再読み込みしてください。続くときはサーバーの管理者に連絡してください`,
    http: (status) => `データを取得できませんでした（HTTP ${status}）。src 属性の URL を確認してください`,
    network: 'データを取得できませんでした（ネットワークエラー）。ネットワークの接続と、src 属性の URL のサーバー名を確認してください',
    cors: 'データのあるサーバーが、このページからの読み込みを許可していません（CORS: Access-Control-Allow-Origin の設定が必要です）。サーバーの管理者に設定を依頼するか、ファイルをこのサイトに置いてください',
    timeout: (s) => `データの取得が${s}秒以内に終わりませんでした（タイムアウト）。サーバーが混んでいるか、ファイルが大きすぎます。しばらくしてから再読み込みするか、timeout 属性で待つ秒数を延ばしてください`,
    empty: 'データのファイルが空です。書き出しとアップロードが最後まで終わったか、ファイルの中身を確認してください',
    truncated: (l, c) => `データが途中で切れています（${l}行${c}文字目で終わっています）。アップロードが途中で止まった可能性があります。ファイルをもう一度アップロードしてください`,
    notJson: (l, c) => `データが JSON として読めません（${l}行${c}文字目）。その箇所の書き方を確認してください（npx mieruka validate で確かめられます）`,
    html: 'データの代わりに HTML のページが返されました。src 属性の URL がデータのファイル（.json）を指しているか、ログインが必要なページになっていないかを確認してください',
    // 0: the problems could not be listed (the validator did not load).
    schema: (n) => (n ? `データの形式に誤りがあります（${n}件）` : 'データの形式に誤りがあります'),
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
    notFound: (status) => `The data file was not found (HTTP ${status}). Check the URL in the src attribute, and the file's folder and name on the server`,
    forbidden: (status) => `Not allowed to read the data file (HTTP ${status}). Check that the file is public, and the server's access settings`,
    server: (status) => `The server with the data had an error (HTTP ${status}). Reload later; if it goes on, contact the server's administrator`,
    http: (status) => `Could not load the data (HTTP ${status}). Check the URL in the src attribute`,
    network: 'Could not load the data (network error). Check the network connection and the server name in the src URL',
    cors: 'The server with the data does not allow this page to read it (CORS: it needs an Access-Control-Allow-Origin header). Ask its administrator to allow this site, or put the file on this site',
    timeout: (s) => `Loading the data did not finish within ${s} seconds (timeout). The server is busy or the file is too large. Reload later, or allow more seconds with the timeout attribute`,
    empty: 'The data file is empty. Check that it was exported and uploaded completely',
    truncated: (l, c) => `The data stops short (it ends at line ${l}, column ${c}). The upload may have been cut off: upload the file again`,
    notJson: (l, c) => `The data is not valid JSON (line ${l}, column ${c}). Check what is written there (npx mieruka validate shows it too)`,
    html: 'An HTML page came back instead of the data. Check that the src URL points at the data file (.json), not at a page that needs a login',
    schema: (n) => (n ? `The data does not follow the format (${n} problem${n === 1 ? '' : 's'})` : 'The data does not follow the format'),
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
