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
import '../src/index.js';
import { PLACEHOLDER_ELEMENTS, placeholderTag } from '../src/core/placeholders.js';

/** Attribute names the page copies: lower-case words with hyphens, never an event handler. */
const NAME = /^[a-z][a-z0-9-]*$/;
/** Parameters that are about the page, not the element. */
const PAGE_PARAMETERS = new Set(['element', 'lang', 'frame']);

const params = new URLSearchParams(location.search);
const lang = params.get('lang')?.trim();
if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) document.documentElement.lang = lang;
const english = document.documentElement.lang.toLowerCase().startsWith('en');
const names = Object.keys(PLACEHOLDER_ELEMENTS).join(', ');

/** Shows a message instead of a widget (text only). */
function fail(ja: string, en: string): void {
  const message = document.createElement('p');
  message.className = 'mieruka-embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = `mieruka: ${english ? en : ja}`;
  document.body.append(message);
  console.warn(message.textContent);
}

/** True for an http(s) URL, absolute or relative to this page. */
function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/** Builds the widget from the parameters, or says what is wrong. */
function build(): HTMLElement | undefined {
  const requested = params.get('element') ?? '';
  const shown = requested.length > 60 ? `${requested.slice(0, 60)}…` : requested;
  const tag = placeholderTag(requested);
  if (!tag) {
    if (!requested) fail(`element= で部品を指定してください（${names}）。`, `Name a widget with element= (${names}).`);
    else fail(`「${shown}」という部品はありません。${names} のどれかを指定してください。`, `There is no widget named "${shown}". Use one of: ${names}.`);
    return undefined;
  }
  const src = params.get('src');
  if (src !== null && !isWebUrl(src)) {
    fail('src には http: か https: の URL（または相対 URL）を指定してください。', 'src must be an http: or https: URL (or a relative URL).');
    return undefined;
  }
  const element = document.createElement(tag);
  for (const [name, value] of params) {
    if (PAGE_PARAMETERS.has(name) || !NAME.test(name) || name.startsWith('on')) continue;
    element.setAttribute(name, value);
  }
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
