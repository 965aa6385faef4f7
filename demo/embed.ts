/*
 * mieruka embed page: one widget on a bare page, for CMSs that strip every script.
 *
 *   embed.html?element=kpi-gauge&src=/data/plan.json&indicator=p1-k1&frame=kpi1
 *
 * `element` is one of plan-tree, kpi-gauge, five-less, sdgs-badges, trend-table; `lang` sets
 * the page's language; `frame` is echoed in the height messages; every other parameter
 * becomes an attribute of the element. The page tells its height to the parent:
 * postMessage({ type: 'mieruka:height', height, id: frame }). A host page that allows one
 * small script sizes the iframe with it (put the embed page's origin in place of the URL):
 *
 * <iframe id="kpi1" src="https://example.jp/mieruka/embed.html?element=kpi-gauge&src=/data/plan.json&indicator=p1-k1&frame=kpi1" title="KPI" style="width:100%;height:360px;border:0"></iframe>
 * <script>
 * addEventListener('message', (e) => {
 *   if (e.origin !== 'https://example.jp' || e.data?.type !== 'mieruka:height') return;
 *   const f = document.getElementById(e.data.id);
 *   if (f && f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + 'px';
 * });
 * </script>
 *
 * Without that script the iframe keeps its fixed height and the widget scrolls inside it.
 */
// Only the element the page shows is loaded (in dist/cdn/, from the chunks the loader uses too).
import { ELEMENTS, type ElementName } from '../src/elements.js';
import { ELEMENT_NAMES, parseEmbedQuery } from './embed-params.js';

const params = new URLSearchParams(location.search);
const query = parseEmbedQuery(params, location.href);
if (query.lang) document.documentElement.lang = query.lang;
const english = document.documentElement.lang.toLowerCase().startsWith('en');
const names = ELEMENT_NAMES.join(', ');

/** Shows a message instead of a widget (text only). */
function fail(ja: string, en: string, error?: unknown): void {
  const message = document.createElement('p');
  message.className = 'mieruka-embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = `mieruka: ${english ? en : ja}`;
  document.body.append(message);
  console.warn(message.textContent, ...(error === undefined ? [] : [error]));
}

/** Builds the widget from the parameters, or says what is wrong. */
function build(): HTMLElement | undefined {
  if ('problem' in query) {
    const { problem } = query;
    if (problem.kind === 'no-element') fail(`element= で部品を指定してください（${names}）。`, `Name a widget with element= (${names}).`);
    else if (problem.kind === 'unknown-element') {
      const shown = problem.value.length > 60 ? `${problem.value.slice(0, 60)}…` : problem.value;
      fail(`「${shown}」という部品はありません。${names} のどれかを指定してください。`, `There is no widget named "${shown}". Use one of: ${names}.`);
    } else fail('src には http: か https: の URL（または相対 URL）を指定してください。', 'src must be an http: or https: URL (or a relative URL).');
    return undefined;
  }
  const element = document.createElement(query.request.tag);
  ELEMENTS[query.request.tag.slice('mieruka-'.length) as ElementName]().catch((error: unknown) =>
    fail('部品を読み込めませんでした。', 'The widget could not be loaded.', error),
  );
  for (const [name, value] of query.request.attributes) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Posts the page's height to the parent on every change (once per animation frame at most). */
function reportHeight(): void {
  if (window.parent === window) return;
  const id = params.get('frame') ?? undefined;
  let last = -1;
  let queued = false;
  const send = () => {
    queued = false;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'mieruka:height', height, id }, '*');
  };
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(send);
  }).observe(document.documentElement);
}

build();
reportHeight();
