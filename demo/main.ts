import '../src/index.js';

/**
 * The demo dashboard, as a city would publish it: one document for every widget, a document
 * switcher and a language switch. The widgets narrow together without any script here: each
 * has `follow="tree"` (see index.html), so choosing an item in the plan tree narrows the summary,
 * gauges, trend table, SDGs and 5レス to it. "Clear selection" only clears the tree's choice;
 * the followers return to their own attributes by themselves.
 */
const TEXT = {
  ja: { subtitle: '計画の進捗をひと目で', document: '文書', reset: '選択を解除', summary: '進捗のまとめ', tree: '計画の体系', gauges: '指標', fiveLess: '5レス', trend: '年度ごとの推移', hint: '計画の体系で項目を選ぶと、ほかの表示がその項目に絞り込まれます。', footer: 'データ: 郡山市の公表資料から転記（data-schema/examples）。', toggle: 'English', embedHelper: '埋め込みコードを作る', dataCheck: 'データの確認' },
  en: { subtitle: 'Plan progress at a glance', document: 'Document', reset: 'Clear selection', summary: 'Progress summary', tree: 'Plan structure', gauges: 'Indicators', fiveLess: '5-less', trend: 'Values by fiscal year', hint: 'Choose an item in the plan structure to narrow the other views to it.', footer: 'Data: transcribed from Koriyama City publications (data-schema/examples).', toggle: '日本語', embedHelper: 'Make embed code', dataCheck: 'Check your data' },
} as const;

const widgets = () => [...document.querySelectorAll<HTMLElement>('main [id]')].filter((el) => el.localName.startsWith('mieruka-'));
const tree = document.querySelector<HTMLElement>('#tree')!;
const select = document.querySelector<HTMLSelectElement>('#document')!;
const langButton = document.querySelector<HTMLButtonElement>('#lang')!;

function load(file: string): void {
  tree.removeAttribute('selected');
  for (const el of widgets()) el.setAttribute('src', `/examples/${file}`);
}

function setLanguage(lang: 'ja' | 'en'): void {
  document.documentElement.lang = lang;
  langButton.setAttribute('aria-pressed', String(lang === 'en'));
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n as keyof (typeof TEXT)['ja'];
    el.textContent = TEXT[lang][key];
  }
  langButton.textContent = TEXT[lang].toggle;
}

select.addEventListener('change', () => load(select.value));
langButton.addEventListener('click', () => setLanguage(document.documentElement.lang === 'en' ? 'ja' : 'en'));
document.querySelector('#reset')!.addEventListener('click', () => tree.removeAttribute('selected'));

load(select.value);
