import '../src/index.js';
import { validateDocument, type MierukaDocument } from '../data-schema/index.js';
import { indexDocument } from '../src/core/document-query.js';
import { EmbedCodeError, frameId, iframeSnippet, isAllowedUrl, placeholderSnippet, scriptSnippet, wordpressBlock, type EmbedChoice, type EmbedField } from './embed-code.js';

/**
 * The embed-code helper: choose a document, an element and what it shows (a node or an
 * indicator from the document), see the widget, copy the code in three forms. The snippets
 * are built as text by demo/embed-code.ts; this page only wires the form to them.
 */
const TEXT = {
  ja: {
    title: '埋め込みコードを作る',
    nav: 'ページ',
    back: 'ダッシュボードへ戻る',
    intro: '文書・部品・表示する項目を選ぶと、CMS のページに貼り付けるコードができます。',
    choose: '1. 選ぶ',
    document: '文書',
    element: '部品',
    urls: '置き場所の URL',
    urlsNote: 'npm run build で作った dist/cdn/ フォルダーをまるごと置いた場所と、データ（JSON）を置いた URL です。http: か https: の URL、または相対 URL を書いてください。',
    dataUrl: 'データ（JSON）の URL',
    scriptUrl: 'ローダー mieruka.js の URL（dist/cdn/ の中）',
    embedUrl: 'embed.html の URL',
    wordpress: 'WordPress の「カスタム HTML」ブロックとして包む',
    preview: '2. プレビュー',
    code: '3. コードをコピー',
    scriptTitle: 'スクリプトタグと要素',
    scriptNote: 'CMS が <script src> と独自のタグを残す場合。ローダー mieruka.js はページで使われている部品だけを読み込みます。サイトのテンプレートで読み込み済みなら、要素だけを貼れば十分です（二度読み込んでも害はありません）。',
    iframeTitle: 'iframe（埋め込みページ）',
    iframeNote: 'CMS がスクリプトをすべて削除する場合。枠の高さは固定で、収まらない部分は枠の中でスクロールします。',
    autoHeight: '高さを内容に合わせるスクリプトも含める（スクリプトを投稿できる権限の場合。WordPress では編集者・管理者。投稿者の記事ではタグが削除され、スクリプトの中身が文字として表示されてしまいます）',
    divTitle: 'プレースホルダー（div）',
    divNote: 'サイトのテンプレートでローダー mieruka.js を一度読み込み、編集者は div だけを書く場合。CMS が div の data-* 属性を残せば部品になります。',
    copy: 'コピー',
    footer: 'データ: 郡山市の公表資料から転記（data-schema/examples）。',
    toggle: 'English',
    elements: { 'kpi-gauge': '指標のゲージ', 'plan-tree': '計画の体系', 'five-less': '5レス', 'sdgs-badges': 'SDGs', 'trend-table': '年度ごとの推移' },
    indicatorLabel: '指標',
    nodeLabel: '計画・項目',
    allIndicators: 'すべての指標',
    wholeDocument: '文書全体',
    documentIndicators: '文書全体の指標',
    noIndicators: 'この文書には指標がありません。ゲージは「指標がありません」と表示します。',
    loading: '文書を読み込んでいます…',
    loadFailed: (file: string) => `文書 ${file} を読み込めませんでした。`,
    badUrl: 'http: か https: の URL、または相対 URL を書いてください。',
    fixUrl: '上の URL を直すとコードができます。',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。コードを選択してコピーしてください。',
  },
  en: {
    title: 'Make embed code',
    nav: 'Page',
    back: 'Back to the dashboard',
    intro: 'Choose a document, a widget and what it shows, and copy the code to paste into a CMS page.',
    choose: '1. Choose',
    document: 'Document',
    element: 'Widget',
    urls: 'Where the files are',
    urlsNote: 'Where the dist/cdn/ folder made by npm run build is (copied whole), and the URL of the data (JSON). Write an http: or https: URL, or a relative URL.',
    dataUrl: 'URL of the data (JSON)',
    scriptUrl: 'URL of the loader mieruka.js (in dist/cdn/)',
    embedUrl: 'URL of embed.html',
    wordpress: 'Wrap as a WordPress “Custom HTML” block',
    preview: '2. Preview',
    code: '3. Copy the code',
    scriptTitle: 'Script tag and element',
    scriptNote: 'When the CMS keeps <script src> and unknown tags. The loader mieruka.js loads only the widgets a page uses. If the site template loads it already, paste the element alone (loading it twice does no harm).',
    iframeTitle: 'iframe (embed page)',
    iframeNote: 'When the CMS strips every script. The frame keeps a fixed height; what does not fit scrolls inside it.',
    autoHeight: 'Also include the script that fits the height to the content (for roles that may post scripts: in WordPress, Editors and Administrators. In an Author’s post the tags are stripped and the script’s text shows on the page)',
    divTitle: 'Placeholder (div)',
    divNote: 'When the site template loads the loader mieruka.js once and editors write only a div. It becomes the widget if the CMS keeps the div’s data-* attributes.',
    copy: 'Copy',
    footer: 'Data: transcribed from Koriyama City publications (data-schema/examples).',
    toggle: '日本語',
    elements: { 'kpi-gauge': 'KPI gauge', 'plan-tree': 'Plan structure', 'five-less': '5-less', 'sdgs-badges': 'SDGs', 'trend-table': 'Values by fiscal year' },
    indicatorLabel: 'Indicator',
    nodeLabel: 'Plan or item',
    allIndicators: 'All indicators',
    wholeDocument: 'The whole document',
    documentIndicators: 'Document-wide indicators',
    noIndicators: 'This document has no indicators; the gauge will say so.',
    loading: 'Loading the document…',
    loadFailed: (file: string) => `Could not load the document ${file}.`,
    badUrl: 'Write an http: or https: URL, or a relative URL.',
    fixUrl: 'Fix the URL above to get the code.',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the code and copy it.',
  },
};
type Lang = keyof typeof TEXT;
type StaticKey = { [K in keyof (typeof TEXT)['ja']]: (typeof TEXT)['ja'][K] extends string ? K : never }[keyof (typeof TEXT)['ja']];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const documentSelect = $<HTMLSelectElement>('document');
const elementSelect = $<HTMLSelectElement>('element');
const itemSelect = $<HTMLSelectElement>('item');
const itemLabel = $<HTMLLabelElement>('item-label');
const itemNote = $<HTMLParagraphElement>('item-note');
const dataUrl = $<HTMLInputElement>('data-url');
const scriptUrl = $<HTMLInputElement>('script-url');
const embedUrl = $<HTMLInputElement>('embed-url');
const wordpress = $<HTMLInputElement>('wordpress');
const autoHeight = $<HTMLInputElement>('auto-height');
const preview = $<HTMLDivElement>('preview');
const langButton = $<HTMLButtonElement>('lang');
const outputs = { script: $<HTMLTextAreaElement>('code-script'), iframe: $<HTMLTextAreaElement>('code-iframe'), div: $<HTMLTextAreaElement>('code-div') };
const URL_FIELDS: Partial<Record<EmbedField, HTMLInputElement>> = { src: dataUrl, script: scriptUrl, embedPage: embedUrl };

let lang: Lang = 'ja';
let loaded: { file: string; doc: MierukaDocument } | undefined;
const t = () => TEXT[lang];
// The demo's Vite server (and the test server) serve data-schema/examples there.
const exampleUrl = (file: string) => `/examples/${file}`;

/** The item select's attribute for the chosen element: gauges show an indicator, the others a node. */
const itemAttribute = () => (elementSelect.value === 'kpi-gauge' ? 'indicator' : 'node');

/** Refills the item select from the loaded document; `keep` is an id to keep when it is still there. */
function fillItems(keep?: string): void {
  const s = t();
  const options: (HTMLOptionElement | HTMLOptGroupElement)[] = [];
  const option = (value: string, text: string) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  itemNote.textContent = '';
  if (itemAttribute() === 'indicator') {
    itemLabel.textContent = s.indicatorLabel;
    options.push(option('', s.allIndicators));
    if (loaded) {
      const groups = new Map<string, HTMLOptGroupElement>();
      for (const [id, entry] of indexDocument(loaded.doc).indicators) {
        const key = entry.node?.id ?? '';
        let group = groups.get(key);
        if (!group) {
          group = document.createElement('optgroup');
          group.label = entry.node ? [entry.node.number, entry.node.title].filter(Boolean).join(' ') : s.documentIndicators;
          groups.set(key, group);
          options.push(group);
        }
        group.append(option(id, entry.indicator.name));
      }
      if (!groups.size) itemNote.textContent = s.noIndicators;
    }
  } else {
    itemLabel.textContent = s.nodeLabel;
    options.push(option('', s.wholeDocument));
    if (loaded) {
      for (const [id, entry] of indexDocument(loaded.doc).nodes) {
        // Depth as indentation: a select cannot nest, and full-width spaces keep Japanese aligned.
        options.push(option(id, `${'　'.repeat(entry.depth)}${[entry.node.number, entry.node.title].filter(Boolean).join(' ')}`));
      }
    }
  }
  itemSelect.replaceChildren(...options);
  // A gauge starts on the first indicator (one gauge is what a page usually embeds), the other
  // elements on the whole document.
  const first = itemAttribute() === 'indicator' ? (itemSelect.options[1]?.value ?? '') : '';
  itemSelect.value = keep !== undefined && [...itemSelect.options].some((o) => o.value === keep) ? keep : first;
}

/** The current choice: element, data URL and the node or indicator. */
function choice(): EmbedChoice {
  const attributes: EmbedChoice['attributes'] = [['src', dataUrl.value.trim()]];
  if (itemSelect.value) attributes.push([itemAttribute(), itemSelect.value]);
  return { element: elementSelect.value, attributes };
}

/** The iframe's accessible name: the item shown, else the element and the document. */
function frameTitle(): string {
  const chosen = itemSelect.selectedOptions[0];
  const item = itemSelect.value && chosen ? chosen.textContent!.trim() : loaded?.doc.title ?? '';
  return `${t().elements[elementSelect.value as keyof ReturnType<typeof t>['elements']]}: ${item}`;
}

/** Marks the URL fields that cannot be written, with a message; true when all are fine. */
function checkUrls(): boolean {
  let ok = true;
  for (const input of [dataUrl, scriptUrl, embedUrl]) {
    const bad = !isAllowedUrl(input.value);
    ok &&= !bad;
    input.setAttribute('aria-invalid', String(bad));
    $(`${input.id}-error`).textContent = bad ? t().badUrl : '';
  }
  if (!ok) ($('h-choose').parentElement!.querySelector('details') as HTMLDetailsElement).open = true;
  return ok;
}

/** Writes the three snippets (or says what to fix). */
function renderCode(): void {
  const wrap = (s: string) => (wordpress.checked ? wordpressBlock(s) : s);
  for (const area of Object.values(outputs)) area.removeAttribute('aria-invalid');
  if (!checkUrls()) {
    for (const area of Object.values(outputs)) area.value = t().fixUrl;
    return;
  }
  const c = choice();
  try {
    outputs.script.value = wrap(scriptSnippet(c, scriptUrl.value));
    outputs.iframe.value = wrap(iframeSnippet(c, { embedPage: embedUrl.value, title: frameTitle(), id: frameId(c), height: 400, autoHeight: autoHeight.checked }));
    outputs.div.value = wrap(placeholderSnippet(c));
  } catch (error) {
    if (!(error instanceof EmbedCodeError)) throw error;
    const field = URL_FIELDS[error.field];
    if (field) field.setAttribute('aria-invalid', 'true');
    for (const area of Object.values(outputs)) area.value = t().fixUrl;
  }
  for (const area of Object.values(outputs)) area.rows = Math.min(12, area.value.split('\n').length + 1);
  for (const status of document.querySelectorAll('.copied')) status.textContent = '';
}

/** Shows the chosen widget on the example document served here (never the URL typed above). */
function renderPreview(): void {
  const tag = `mieruka-${elementSelect.value}`;
  const current = preview.firstElementChild;
  const el = current?.localName === tag ? (current as HTMLElement) : document.createElement(tag);
  el.setAttribute('src', exampleUrl(documentSelect.value));
  el.removeAttribute('node');
  el.removeAttribute('indicator');
  if (itemSelect.value) el.setAttribute(itemAttribute(), itemSelect.value);
  if (el !== current) preview.replaceChildren(el);
}

function update(): void {
  renderPreview();
  renderCode();
}

async function loadDocument(): Promise<void> {
  const file = documentSelect.value;
  dataUrl.value = new URL(exampleUrl(file), location.href).href;
  loaded = undefined;
  itemSelect.disabled = true;
  itemNote.textContent = t().loading;
  try {
    const response = await fetch(exampleUrl(file));
    if (!response.ok) throw new Error(String(response.status));
    const result = validateDocument(await response.json(), { warnings: false });
    if (!result.ok) throw new Error('invalid document');
    if (documentSelect.value !== file) return;
    loaded = { file, doc: result.document };
    itemSelect.disabled = false;
    fillItems();
  } catch {
    if (documentSelect.value !== file) return;
    fillItems();
    itemNote.textContent = t().loadFailed(file);
  }
  update();
}

function setLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  document.title = `${t().title} — mieruka`;
  langButton.setAttribute('aria-pressed', String(next === 'en'));
  langButton.textContent = t().toggle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t()[el.dataset.i18n as StaticKey];
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t()[el.dataset.i18nLabel as StaticKey]);
  for (const o of elementSelect.options) o.textContent = `${t().elements[o.value as keyof ReturnType<typeof t>['elements']]}（${o.value}）`;
  fillItems(itemSelect.value);
  renderCode();
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = $<HTMLTextAreaElement>(button.dataset.copy!);
  const status = button.parentElement!.querySelector<HTMLElement>('[role=status]')!;
  for (const other of document.querySelectorAll('.copied')) other.textContent = '';
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = t().copied;
  } catch {
    // No clipboard (an insecure origin, a denied permission): leave the code selected to copy by hand.
    area.focus();
    area.select();
    status.textContent = t().copyFailed;
  }
}

documentSelect.addEventListener('change', () => void loadDocument());
let shownAttribute = itemAttribute();
elementSelect.addEventListener('change', () => {
  // Between elements that show a node, the chosen node stays.
  fillItems(itemAttribute() === shownAttribute ? itemSelect.value : undefined);
  shownAttribute = itemAttribute();
  update();
});
itemSelect.addEventListener('change', update);
for (const input of [dataUrl, scriptUrl, embedUrl]) input.addEventListener('input', renderCode);
for (const box of [wordpress, autoHeight]) box.addEventListener('change', renderCode);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.addEventListener('click', () => void copy(button));
langButton.addEventListener('click', () => setLanguage(lang === 'en' ? 'ja' : 'en'));

dataUrl.value = new URL(exampleUrl(documentSelect.value), location.href).href;
scriptUrl.value = new URL('./mieruka.js', location.href).href;
embedUrl.value = new URL('./embed.html', location.href).href;
setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ja');
void loadDocument();
