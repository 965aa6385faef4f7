/** The 使い方 (how to use) sheet: the first sheet a plan owner sees. Japanese, then English. */
export interface HowToLine { text: string; heading?: 1 | 2 }

export const HOW_TO: readonly HowToLine[] = [
  { text: '使い方 — mieruka のデータ様式', heading: 1 },
  { text: 'このブックは、計画（または実施報告）1つ分のデータです。各シートの1行目が見出しで、2行目から1行に1件ずつ入力します。見出しのセルのメモに英語名があります。' },
  { text: '「文書」シート: 計画の名称、自治体、計画期間、データの時点など。A列の項目ごとにB列へ値を入れます。' },
  { text: '「階層」シート: 木の階層（重点推進目標、取組事項、実施計画 など）を上から順に。' },
  { text: '「項目」シート: 目標・取組・計画を1行ずつ。「親ID」に上位の項目のIDを入れます（最上位は空欄）。上下に同じ親が続くときはセルを結合してもかまいません。' },
  { text: '5レスの列: ○ は該当、× は非該当、空欄は未設定（不明）です。空欄と × は区別されます。' },
  { text: '所管課: 複数のときは「、」で区切るか、セル内で改行します。役割は「市民課（役割: とりまとめ; 表記: 取りまとめ）」のように書けます。' },
  { text: '「指標」シート: 指標1つを1行に。年度ごとの値は「2023年度」などの列に入れます。新しい年度は列を右に足して見出しを「2026年度」のようにします。値がないことを示すときは「—」。小6・中3のような内訳は、同じ指標IDの下の行に「系列名」を入れて書きます。' },
  { text: '数値は「1,350」「１３５０」「約30」「1,350人以下」のように書いても読めます（単位は「単位」列に）。数式のセルは、保存されている計算結果を読みます（数式は計算しません）。' },
  { text: '「値の詳細」シート: 値の呼び名（策定時・見直し時）、印字どおりの表記、時点、注記など、数値のほかの情報。' },
  { text: '「評価」「尺度」「所属」「区分」「出典」「重点項目」「行動計画」「ウェブページ」「注記」シートは必要なときだけ使います。不要なシートは削除してもかまいません（「文書」「階層」「項目」は必須）。' },
  { text: '確認: mieruka import ブック.xlsx -o 文書.json で読み込むと、問題のあるセルをすべて「シート名 セル番地（列名）」で示します。ブラウザの「データの確認」ページでも同じ確認ができます（データは外部に送信されません）。' },
  { text: '' },
  { text: 'How to use — the mieruka workbook', heading: 2 },
  { text: 'One workbook holds one plan (or report). Row 1 of each sheet is the header (the note on each header cell gives its English name); type one entry per row from row 2.' },
  { text: '文書 (Document): title, municipality, period, as-of date … as label/value rows. 階層 (Levels): the levels of the tree, top first. 項目 (Items): one row per goal, initiative or plan; 親ID is the parent item’s id (empty at the top); merged cells are fine.' },
  { text: '5レス columns: ○ applies, × does not, empty is unknown — empty and × are kept apart. Several departments: separate them with 、 or put each on its own line.' },
  { text: '指標 (Indicators): one row per indicator, fiscal years as columns (2023年度 …); add a column for a new year. — means no value. Sub-series (小6, 中3): rows below with the same 指標ID and a 系列名.' },
  { text: 'Numbers may be typed as 1,350, full-width digits, 約30 or 1,350人以下. Formula cells: the saved result is read; formulas are never evaluated.' },
  { text: 'Check: `mieruka import BOOK.xlsx -o DOC.json` lists every problem as sheet, cell and column; so does the 「データの確認 / Check your data」 page, in the browser, without sending the file anywhere.' },
];
