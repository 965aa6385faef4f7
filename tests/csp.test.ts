// Issues #11 and #20: the plain-HTML CMS page (demo/cms-page.html), whose one script is the
// loader, under a strict Content-Security-Policy.
// The wtr middleware (web-test-runner.config.js, cspPage) serves the demo page at
// /__csp/page.html with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; require-trusted-types-for 'script'
// plus /__csp/watch.js first in <head> (records every violation and mieruka-load/-error from
// the start) and an inline probe script that must not run. The page loads in an iframe; every
// widget must render, and nothing may be reported but the probe.
import { expect } from '@open-wc/testing';

const PAGE = '/__csp/page.html';
const TAGS = ['mieruka-plan-tree', 'mieruka-kpi-gauge', 'mieruka-five-less', 'mieruka-sdgs-badges', 'mieruka-trend-table'];

interface Violation {
  /** The element the violation is about (the host, then the element), where there is one. */
  element?: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  disposition: string;
}
interface MierukaRecord {
  type: 'mieruka-load' | 'mieruka-error';
  tag: string;
  detail: unknown;
}
type PageWindow = Window &
  typeof globalThis & {
    __cspViolations?: Violation[];
    __mierukaEvents?: MierukaRecord[];
    __inlineRan?: boolean;
    /** Not in TypeScript's DOM types yet. */
    trustedTypes?: unknown;
  };
type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Text of an element's shadow tree, nested shadow roots included, without <style>. Realm-free. */
function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeName === 'STYLE') return;
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (const child of node.childNodes) visit(child);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching the selector in the element's shadow trees (nested too). */
function deepQuery(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(...root.querySelectorAll(selector));
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

const key = (v: Violation) => `${v.directive}|${v.element ?? ''}|${v.blockedURI}|${v.sourceFile}|${v.line}|${v.sample}`;
const describeViolation = (v: Violation) =>
  `${v.directive} blocked ${v.blockedURI || '(none)'}${v.element ? ` on <${v.element}>` : ''} at ${v.sourceFile || '?'}:${v.line}${v.sample ? ` — ${v.sample}` : ''}`;

/** The inline probe at the end of the page: the one violation the page is built to cause. */
const isProbe = (v: Violation) => v.directive === 'script-src-elem' && v.blockedURI === 'inline' && v.sourceFile.endsWith(PAGE);

describe('the CMS page under a strict Content-Security-Policy (issue #11)', () => {
  let iframe: HTMLIFrameElement;
  let win: PageWindow;
  /** Violations seen by the parent's listener, attached as soon as the page's window exists. */
  const fromParent: Violation[] = [];

  before(async function () {
    this.timeout(60_000);
    iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 390px; height: 800px; border: 0';
    iframe.src = PAGE;
    document.body.append(iframe);

    // Attach from the parent as soon as the page's own window (not the initial about:blank) exists.
    const deadline = Date.now() + 45_000;
    while (!iframe.contentWindow?.location.pathname.endsWith(PAGE)) {
      if (Date.now() > deadline) throw new Error(`${PAGE} never started loading`);
      await sleep(1);
    }
    win = iframe.contentWindow as PageWindow;
    win.addEventListener(
      'securitypolicyviolation',
      (e) =>
        fromParent.push({
          directive: e.effectiveDirective || e.violatedDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          disposition: e.disposition,
        }),
      true,
    );

    // Wait for the page, then for every widget to load (or fail) and render.
    while (win.document.readyState !== 'complete') {
      if (Date.now() > deadline) throw new Error(`${PAGE} never finished loading`);
      await sleep(20);
    }
    const widgets = [...win.document.querySelectorAll<Widget>(TAGS.join(','))];
    expect(widgets.length, 'widgets on the page').to.equal(6);
    for (;;) {
      const settled = widgets.every((w) => {
        const text = deepText(w);
        const events = (win.__mierukaEvents ?? []).filter((r) => r.tag === w.localName);
        return text.length > 0 && (events.length > 0 || deepQuery(w, '[role="alert"]').length > 0);
      });
      const loads = (win.__mierukaEvents ?? []).filter((r) => r.type === 'mieruka-load').length;
      if (settled && loads >= widgets.length) break;
      if ((win.__mierukaEvents ?? []).some((r) => r.type === 'mieruka-error')) break;
      if (Date.now() > deadline) break; // the assertions below say what is missing
      await sleep(50);
    }
    await Promise.all(widgets.map((w) => w.updateComplete));
    // Give late work (resize observers, virtualizer layout, animation frames) a moment to report.
    await sleep(300);
  });

  after(() => iframe?.remove());

  it('serves the page with the CSP header', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
    );
    const html = await response.text();
    expect(html.match(/<script type="module" src="/g), 'one module script').to.have.length(1);
    expect(html).to.include('<script type="module" src="/src/loader.ts"></script>');
  });

  it('enforces the policy: the inline probe did not run, and the watcher saw it blocked', () => {
    expect(win.__inlineRan, 'an inline <script> ran: the CSP header is not enforced').to.be.undefined;
    expect(win.__cspViolations, 'watch.js did not run').to.be.an('array');
    const probes = win.__cspViolations!.filter(isProbe);
    expect(probes, 'the blocked inline probe is reported exactly once').to.have.length(1);
  });

  it('enforces Trusted Types: a string assigned to innerHTML inside the page throws', async () => {
    expect(win.trustedTypes, 'trustedTypes in the page').to.exist;
    const before = win.__cspViolations!.length;
    const beforeParent = fromParent.length;
    const div = win.document.createElement('div');
    // The page's own setter, so the check runs in the page's realm (and the library's lint
    // rule against HTML sinks stays meaningful: this is a test of the policy, not a use).
    const setInnerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')!.set!;
    let error: unknown;
    try {
      setInnerHTML.call(div, '<b>x</b>');
    } catch (e) {
      error = e;
    }
    expect(error, 'assigning a string to innerHTML did not throw').to.exist;
    expect((error as Error).name).to.equal('TypeError');
    expect(div.childNodes.length).to.equal(0);
    // …and the watcher records Trusted Types violations, so "none" below means none happened.
    // (The event is queued as a task, not dispatched during the throw.)
    for (let i = 0; i < 100 && win.__cspViolations!.length === before; i++) await sleep(10);
    const added = win.__cspViolations!.slice(before);
    expect(added.map((v) => v.directive)).to.include('require-trusted-types-for');
    // This test's own violation, not the library's.
    win.__cspViolations!.splice(before);
    fromParent.splice(beforeParent);
  });

  it('defines all five elements in the page', () => {
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.exist;
  });

  it('renders every widget, from src and from inline JSON, with no error', () => {
    const errors = (win.__mierukaEvents ?? []).filter((r) => r.type === 'mieruka-error');
    expect(errors.map((r) => `${r.tag}: ${JSON.stringify(r.detail)}`), 'mieruka-error events').to.deep.equal([]);
    const widgets = [...win.document.querySelectorAll<Widget>(TAGS.join(','))];
    expect(widgets.map((w) => w.localName)).to.have.members([...TAGS, 'mieruka-kpi-gauge']);
    for (const w of widgets) {
      const name = `${w.localName}${w.getAttribute('indicator') ? `[indicator=${w.getAttribute('indicator')}]` : ''}`;
      expect(deepQuery(w, '[role="alert"]').map((a) => a.textContent?.trim()), `${name}: alerts`).to.deep.equal([]);
      expect(deepText(w).length, `${name}: rendered text`).to.be.greaterThan(20);
    }
    const loads = (win.__mierukaEvents ?? []).filter((r) => r.type === 'mieruka-load');
    expect(loads.length, 'mieruka-load events').to.be.at.least(widgets.length);
    // What each shows, so "rendered" means the data, not a placeholder.
    const text = (selector: string) => deepText(win.document.querySelector(selector)!);
    expect(text('mieruka-plan-tree')).to.include('公民協奏の推進');
    expect(text('mieruka-kpi-gauge[indicator="g3-i1-p1-k2"]')).to.include('市民協働の満足度');
    expect(text('mieruka-kpi-gauge[indicator="overall-1"]')).to.include('地域への愛着度');
    expect(text('mieruka-five-less')).to.include('カウンターレス');
    expect(text('mieruka-trend-table')).to.include('きらめき出前講座実施件数');
  });

  it('upgrades a placeholder added after load, loading nothing twice (issue #20)', async function () {
    this.timeout(20_000);
    const doc = win.document;
    const placeholder = doc.createElement('div');
    placeholder.setAttribute('data-mieruka', 'kpi-gauge');
    placeholder.setAttribute('data-src', '/data-schema/examples/koriyama-collaboration-2023.json');
    placeholder.setAttribute('data-indicator', 'p1-k1');
    placeholder.setAttribute('data-variant', 'bar');
    doc.querySelector('article')!.append(placeholder);
    let gauge: Widget | null = null;
    for (let i = 0; i < 400 && !(gauge && deepText(gauge).includes('きらめき出前講座')); i++) {
      gauge = doc.querySelector<Widget>('mieruka-kpi-gauge[indicator="p1-k1"]');
      await sleep(25);
    }
    expect(gauge, 'the placeholder became a gauge').to.exist;
    expect(placeholder.isConnected, 'the placeholder is replaced').to.be.false;
    expect(gauge!.getAttribute('variant')).to.equal('bar');
    expect(deepText(gauge!)).to.include('きらめき出前講座実施件数');
    expect(deepQuery(gauge!, '[role="alert"]')).to.have.length(0);
    // Every script the page fetched, once (the element modules and their imports).
    const scripts = win.performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').map((e) => e.name);
    expect(scripts.filter((s, i) => scripts.indexOf(s) !== i), 'scripts fetched twice').to.deep.equal([]);
    // The element modules: only those of the elements on the page (all five are on it).
    expect(win.customElements.get('mieruka-kpi-gauge')).to.exist;
  });

  it('describes a refused document under the policy: the validator loads on first failure, jitless (issue #20)', async function () {
    this.timeout(20_000);
    const doc = win.document;
    const gauge = doc.createElement('mieruka-kpi-gauge') as Widget & { data?: unknown };
    gauge.setAttribute('indicator', 'p1-k1');
    gauge.data = { schemaVersion: '1.0', id: 'x', municipality: '郡山市', levels: [{ id: 'plan', name: '計画' }], nodes: [] };
    doc.querySelector('article')!.append(gauge);
    let alert: Element[] = [];
    for (let i = 0; i < 400 && !(alert[0]?.textContent ?? '').includes('/title'); i++) {
      alert = deepQuery(gauge, '[role="alert"]');
      await sleep(25);
    }
    expect(alert, 'an alert').to.have.length(1);
    expect(alert[0]!.textContent).to.include('/title');
    const scripts = win.performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').map((e) => e.name);
    expect(scripts.some((s) => s.includes('validate')), `the validator was fetched: ${scripts.join(' ')}`).to.equal(true);
    gauge.remove();
  });

  it('reports no CSP or Trusted Types violation but the probe', () => {
    // The page's watcher saw everything from the start; the parent's listener is a cross-check.
    const counts = new Map<string, { v: Violation; n: number }>();
    for (const v of win.__cspViolations!.filter((v) => !isProbe(v))) {
      const seen = counts.get(key(v));
      if (seen) seen.n++;
      else counts.set(key(v), { v, n: 1 });
    }
    // (the parent's listener does not name the element: compare without it)
    const bare = (v: Violation) => key({ ...v, element: '' });
    const watched = new Set(win.__cspViolations!.map(bare));
    for (const v of fromParent.filter((v) => !isProbe(v))) if (!watched.has(bare(v))) counts.set(key(v), { v, n: 1 });
    const violations = [...counts.values()].map(({ v, n }) => `${describeViolation(v)}${n > 1 ? ` (×${n})` : ''}`);
    if (violations.length) console.log(`CSP violations on ${PAGE}:\n${violations.join('\n')}`);
    expect(violations).to.deep.equal([]);
  });
});
