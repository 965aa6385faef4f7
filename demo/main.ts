import '../src/index.js';

/**
 * The demo dashboard: one document for every widget, a document switcher, a language switch,
 * and linked selection — choosing a node in the tree narrows the other widgets by setting
 * their `node` attribute (they share one fetch of the document, so nothing is re-loaded).
 */
const TEXT = {
  ja: { subtitle: '計画の進捗をひと目で', document: '文書', reset: '選択を解除', tree: '計画の体系', gauges: '指標', fiveLess: '5レス', trend: '年度ごとの推移', hint: '計画の木で項目を選ぶと、ほかの表示がその項目に絞り込まれます。', footer: 'データ: 郡山市の公表資料から転記（data-schema/examples）。', toggle: 'English', embedHelper: '埋め込みコードを作る', dataCheck: 'データの確認' },
  en: { subtitle: 'Plan progress at a glance', document: 'Document', reset: 'Clear selection', tree: 'Plan structure', gauges: 'Indicators', fiveLess: '5-less', trend: 'Values by fiscal year', hint: 'Choose an item in the plan tree to narrow the other views to it.', footer: 'Data: transcribed from Koriyama City publications (data-schema/examples).', toggle: '日本語', embedHelper: 'Make embed code', dataCheck: 'Check your data' },
} as const;

const widgets = () => [...document.querySelectorAll<HTMLElement>('mieruka-plan-tree, mieruka-kpi-gauge, mieruka-sdgs-badges, mieruka-five-less, mieruka-trend-table')];
const select = document.querySelector<HTMLSelectElement>('#document')!;
const langButton = document.querySelector<HTMLButtonElement>('#lang')!;

function load(file: string): void {
  for (const el of widgets()) {
    el.removeAttribute('node');
    el.setAttribute('src', `/examples/${file}`);
  }
}

function narrow(nodeId: string | undefined): void {
  for (const el of widgets()) {
    if (el.id === 'tree') continue;
    if (nodeId) el.setAttribute('node', nodeId);
    else el.removeAttribute('node');
  }
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

document.addEventListener('mieruka-select', (event) => {
  if (event.detail.kind === 'node' && (event.target as HTMLElement).id === 'tree') narrow(event.detail.id);
});
select.addEventListener('change', () => load(select.value));
langButton.addEventListener('click', () => setLanguage(document.documentElement.lang === 'en' ? 'ja' : 'en'));
document.querySelector('#reset')!.addEventListener('click', () => narrow(undefined));

load(select.value);
