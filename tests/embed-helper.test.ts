// The embed-code helper: the snippets it writes (demo/embed-code.ts, pure) and its page
// (demo/embed-helper.html), loaded in a phone-wide iframe.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  EmbedCodeError,
  embedPageUrl,
  escapeHtml,
  frameId,
  iframeSnippet,
  placeholderSnippet,
  scriptSnippet,
  wordpressBlock,
  type EmbedChoice,
} from '../demo/embed-code.js';
import { parseEmbedQuery } from '../demo/embed-params.js';
import { upgradePlaceholders } from '../src/core/placeholders.js';
import { until } from './support/probe-element.js';

// Harmless if it ever ran: it only leaves a mark, which the tests look for.
const HOSTILE = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\'&amp;';
const pwned = () => (window as { __pwned?: number }).__pwned;
const SCRIPT = 'https://example.jp/mieruka/mieruka.js';
const PAGE = 'https://example.jp/mieruka/embed.html';
const gauge: EmbedChoice = { element: 'kpi-gauge', attributes: [['src', '/data/plan.json'], ['indicator', 'p1-k1']] };
const hostile: EmbedChoice = { element: 'plan-tree', attributes: [['src', 'https://example.jp/data/plan.json?a=1&b=2'], ['node', HOSTILE]] };
const frameOptions = { embedPage: PAGE, title: 'KPI: きらめき出前講座', id: 'kpi1', height: 400 };

/** The snippet as a browser parses it (inert: a parsed document runs nothing). */
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

describe('demo/embed-code.ts', () => {
  it('escapes every character that could end an attribute or start markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('writes the script tag and the element', () => {
    expect(scriptSnippet(gauge, SCRIPT)).to.equal(
      '<script type="module" src="https://example.jp/mieruka/mieruka.js"></script>\n<mieruka-kpi-gauge src="/data/plan.json" indicator="p1-k1"></mieruka-kpi-gauge>',
    );
  });

  it('writes the iframe, whose URL the embed page reads back as the same element and attributes', () => {
    const snippet = iframeSnippet(gauge, frameOptions);
    expect(snippet).to.equal(
      '<iframe id="kpi1" src="https://example.jp/mieruka/embed.html?element=kpi-gauge&amp;src=%2Fdata%2Fplan.json&amp;indicator=p1-k1&amp;frame=kpi1" title="KPI: きらめき出前講座" loading="lazy" style="display:block;width:100%;height:400px;border:0;margin-inline:auto"></iframe>',
    );
    for (const choice of [gauge, hostile, { element: 'sdgs-badges', attributes: [['goals', '11 17'], ['variant', 'tiles'], ['lang', 'en']] } satisfies EmbedChoice]) {
      const frame = parse(iframeSnippet(choice, { ...frameOptions, title: HOSTILE })).querySelector('iframe')!;
      expect(frame.title).to.equal(HOSTILE);
      const url = new URL(frame.getAttribute('src')!);
      expect(url.origin + url.pathname).to.equal(PAGE);
      const read = parseEmbedQuery(url.search, url.href);
      if (!('request' in read)) throw new Error(`the embed page refused the URL: ${JSON.stringify(read)}`);
      expect(read.request.tag).to.equal(`mieruka-${choice.element}`);
      expect(read.request.frame).to.equal('kpi1');
      // lang is the page's (and so the element's) language; every other attribute is copied as given.
      expect(read.request.attributes).to.deep.equal(choice.attributes.filter(([n]) => n !== 'lang'));
      expect(read.lang).to.equal(choice.attributes.find(([n]) => n === 'lang')?.[1]);
    }
  });

  it("sits centred in a block theme's content column, as a paragraph does (issue #20)", () => {
    // WordPress block themes: the post content is a constrained layout whose children get the
    // content width and auto side margins. An inline iframe would sit at the left edge.
    const column = document.createElement('div');
    column.style.cssText = 'width: 900px';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.is-layout-constrained > * { max-width: 600px; margin-left: auto !important; margin-right: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    column.className = 'is-layout-constrained';
    const paragraph = document.createElement('p');
    paragraph.textContent = '本文';
    column.append(paragraph, ...parse(iframeSnippet(gauge, { ...frameOptions, embedPage: '/no-such-page.html' })).body.childNodes);
    document.body.append(column);
    try {
      const frame = column.querySelector('iframe')!.getBoundingClientRect();
      const text = paragraph.getBoundingClientRect();
      expect(frame.width).to.equal(600);
      expect(frame.left).to.equal(text.left);
      expect(frame.left - column.getBoundingClientRect().left).to.equal(150);
    } finally {
      column.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('adds the sizing script on request, checking the embed page origin and the frame', () => {
    const absolute = iframeSnippet(gauge, { ...frameOptions, autoHeight: true });
    expect(absolute).to.contain(`if (e.origin !== "https://example.jp" || e.data?.type !== 'mieruka:height') return;`);
    expect(absolute).to.contain('f.contentWindow === e.source');
    const doc = parse(absolute);
    expect(doc.querySelectorAll('iframe')).to.have.length(1);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    // A relative embed page is on the host's own origin.
    expect(iframeSnippet(gauge, { ...frameOptions, embedPage: '/mieruka/embed.html', autoHeight: true })).to.contain('e.origin !== location.origin');
  });

  it('writes the placeholder, which the library upgrades to the same element', async () => {
    expect(placeholderSnippet(gauge)).to.equal('<div data-mieruka="kpi-gauge" data-src="/data/plan.json" data-indicator="p1-k1"></div>');
    const host = document.createElement('div');
    host.append(...parse(placeholderSnippet(hostile)).body.childNodes);
    const [el] = upgradePlaceholders(host);
    expect(el!.localName).to.equal('mieruka-plan-tree');
    expect(el!.getAttribute('node')).to.equal(HOSTILE);
    expect(el!.getAttribute('src')).to.equal('https://example.jp/data/plan.json?a=1&b=2');
    await new Promise((r) => setTimeout(r, 100));
    expect(pwned()).to.be.undefined;
  });

  it('keeps a hostile node id an attribute value in every form', () => {
    for (const snippet of [scriptSnippet(hostile, SCRIPT), iframeSnippet(hostile, frameOptions), placeholderSnippet(hostile)]) {
      const doc = parse(snippet);
      expect(doc.querySelectorAll('img'), snippet).to.have.length(0);
      expect([...doc.querySelectorAll('script')].every((s) => s.getAttribute('src') === SCRIPT), snippet).to.be.true;
      expect(doc.body.children.length, snippet).to.be.at.most(2);
      expect(snippet).not.to.contain('<script>');
    }
    const el = parse(scriptSnippet(hostile, SCRIPT)).querySelector('mieruka-plan-tree')!;
    expect(el.getAttribute('node')).to.equal(HOSTILE);
    expect(el.getAttribute('src')).to.equal('https://example.jp/data/plan.json?a=1&b=2');
  });

  it('wraps a snippet as a WordPress Custom HTML block that data cannot close early', () => {
    const snippet = scriptSnippet(gauge, SCRIPT);
    expect(wordpressBlock(snippet)).to.equal(`<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
    const sneaky = wordpressBlock(placeholderSnippet({ element: 'kpi-gauge', attributes: [['indicator', '--><!-- /wp:html --><script>x</script>']] }));
    expect(sneaky.match(/<!-- \/wp:html -->/g)).to.have.length(1);
    expect(sneaky.endsWith('<!-- /wp:html -->')).to.be.true;
  });

  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '']) {
    it(`refuses the URL ${JSON.stringify(bad)} wherever a URL goes`, () => {
      const withSrc: EmbedChoice = { element: 'kpi-gauge', attributes: [['src', bad]] };
      const field = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          if (e instanceof EmbedCodeError) return e.field;
          throw e;
        }
        return 'accepted';
      };
      expect(field(() => scriptSnippet(withSrc, SCRIPT))).to.equal('src');
      expect(field(() => placeholderSnippet(withSrc))).to.equal('src');
      expect(field(() => scriptSnippet(gauge, bad))).to.equal('script');
      expect(field(() => iframeSnippet(gauge, { ...frameOptions, embedPage: bad }))).to.equal('embedPage');
    });
  }

  it('accepts http(s) and relative URLs, and refuses unknown elements and event-handler attributes', () => {
    for (const url of ['http://a.example/x.json', 'https://a.example/x.json', '/x.json', 'x.json', '../x.json', '//a.example/x.json']) {
      expect(() => placeholderSnippet({ element: 'kpi-gauge', attributes: [['src', url]] }), url).not.to.throw();
    }
    expect(() => scriptSnippet({ element: 'script', attributes: [] }, SCRIPT)).to.throw(EmbedCodeError);
    expect(() => placeholderSnippet({ element: 'kpi-gauge', attributes: [['onclick', 'alert(1)']] })).to.throw(EmbedCodeError);
    expect(() => placeholderSnippet({ element: 'kpi-gauge', attributes: [['x y', '1']] })).to.throw(EmbedCodeError);
  });

  it('keeps an embed page query and hash, and makes frame ids of safe characters', () => {
    expect(embedPageUrl(gauge, '/embed.html?v=2#top', 'f')).to.equal('/embed.html?v=2&element=kpi-gauge&src=%2Fdata%2Fplan.json&indicator=p1-k1&frame=f#top');
    expect(frameId(hostile)).to.match(/^mieruka-plan-tree-[A-Za-z0-9-]+$/);
    expect(frameId(gauge)).to.equal('mieruka-kpi-gauge-p1-k1');
  });
});

describe('demo/embed-helper.html', () => {
  let frame: HTMLIFrameElement;
  let win: Window & typeof globalThis;
  let doc: Document;
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const code = (form: 'script' | 'iframe' | 'div') => $<HTMLTextAreaElement>(`code-${form}`).value;
  const choose = (id: string, value: string | boolean) => {
    const control = $<HTMLSelectElement & HTMLInputElement>(id);
    if (typeof value === 'boolean') control.checked = value;
    else control.value = value;
    control.dispatchEvent(new win.Event('change', { bubbles: true }));
  };

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:390px;height:844px;border:0';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/embed-helper.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as Window & typeof globalThis;
    doc = frame.contentDocument!;
    await until(() => $<HTMLSelectElement>('item').options.length > 1 && code('script').includes('indicator='), 10_000);
  });
  afterEach(() => frame.remove());

  it('starts in Japanese on the first indicator, with a live gauge and the three snippets', async () => {
    expect(doc.documentElement.lang).to.equal('ja');
    expect($('item-label').textContent).to.equal('指標');
    const item = $<HTMLSelectElement>('item');
    expect(item.value).to.equal('p1-k1');
    expect(item.selectedOptions[0]!.textContent).to.equal('きらめき出前講座実施件数');
    const preview = doc.querySelector('#preview mieruka-kpi-gauge')!;
    expect(preview.getAttribute('indicator')).to.equal('p1-k1');
    await until(() => Boolean(preview.shadowRoot?.textContent?.includes('きらめき出前講座実施件数')), 10_000);
    expect(code('script')).to.contain('<mieruka-kpi-gauge src="http://').and.contain('/examples/koriyama-collaboration-2023.json" indicator="p1-k1">');
    expect(code('iframe')).to.match(/^<iframe id="mieruka-kpi-gauge-p1-k1" src="http:\/\/[^"]+\/demo\/embed\.html\?element=kpi-gauge&amp;src=/);
    expect(code('div')).to.match(/^<div data-mieruka="kpi-gauge" data-src="[^"]+" data-indicator="p1-k1"><\/div>$/);
  });

  it('lists the nodes of the document for the other elements, and follows the choice', async () => {
    choose('element', 'plan-tree');
    expect($('item-label').textContent).to.equal('計画・項目');
    const item = $<HTMLSelectElement>('item');
    expect(item.value).to.equal('');
    const labels = [...item.options].map((o) => o.textContent!.trim());
    expect(labels[0]).to.equal('文書全体');
    expect(labels).to.include('1 協働を支える人材の育成と協働意識の醸成');
    const id = [...item.options].find((o) => o.textContent!.includes('協働を支える人材'))!.value;
    choose('item', id);
    expect(code('script')).to.contain(`<mieruka-plan-tree src="`).and.contain(` node="${id}">`);
    expect(doc.querySelector('#preview mieruka-plan-tree')!.getAttribute('node')).to.equal(id);
    // Another node element keeps the node.
    choose('element', 'trend-table');
    expect(item.value).to.equal(id);
    expect(code('div')).to.contain(`data-node="${id}"`);
    // Another document refills the list.
    choose('document', 'koriyama-reform-2026.json');
    await until(() => code('script').includes('koriyama-reform-2026.json'), 10_000);
    await until(() => [...item.options].some((o) => o.value === 'g1' && o.textContent === '1 DX推進による行政サービスの提供、組織・業務の最適化'), 10_000);
    expect(item.value).to.equal('');
  });

  it('wraps every form for WordPress and refuses a javascript: URL with a visible message', () => {
    choose('wordpress', true);
    for (const form of ['script', 'iframe', 'div'] as const) {
      expect(code(form).startsWith('<!-- wp:html -->\n'), form).to.be.true;
      expect(code(form).endsWith('\n<!-- /wp:html -->'), form).to.be.true;
    }
    const url = $<HTMLInputElement>('data-url');
    url.value = 'javascript:alert(1)';
    url.dispatchEvent(new win.Event('input'));
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect($('data-url-error').textContent).to.contain('http');
    for (const form of ['script', 'iframe', 'div'] as const) expect(code(form)).not.to.contain('javascript:');
  });

  it('copies with the clipboard and says so in a status message', async () => {
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const button = doc.querySelector<HTMLButtonElement>('[data-copy="code-iframe"]')!;
    button.click();
    const status = $('s-iframe');
    await until(() => status.textContent !== '');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('コピーしました');
    expect(copied).to.deep.equal([code('iframe')]);
    expect(status.getBoundingClientRect().height).to.be.above(0);
  });

  it('switches to English and back', () => {
    $<HTMLButtonElement>('lang').click();
    expect(doc.documentElement.lang).to.equal('en');
    expect($('lang').getAttribute('aria-pressed')).to.equal('true');
    expect($('h-code').textContent).to.equal('3. Copy the code');
    expect($('item-label').textContent).to.equal('Indicator');
    expect($<HTMLSelectElement>('item').value).to.equal('p1-k1');
    $<HTMLButtonElement>('lang').click();
    expect(doc.documentElement.lang).to.equal('ja');
    expect($('h-code').textContent).to.equal('3. コードをコピー');
  });

  it('labels every control and reaches each one with Tab, at 390 px without sideways scrolling', async () => {
    const controls = [...doc.querySelectorAll<HTMLElement>('select, input, textarea, button')];
    for (const control of controls) {
      const labelled = (control as HTMLInputElement).labels?.length || control.getAttribute('aria-labelledby') || (control.localName === 'button' && control.textContent!.trim());
      expect(labelled, control.id || control.dataset.copy || control.localName).to.be.ok;
    }
    (doc.querySelector('.urls') as HTMLDetailsElement).open = true;
    frame.focus();
    $('lang').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = doc.activeElement as HTMLElement | null;
      if (active) reached.add(active.dataset.copy ? `copy ${active.dataset.copy}` : active.id || active.localName);
    }
    const expected = ['document', 'element', 'item', 'data-url', 'script-url', 'embed-url', 'wordpress', 'preview', 'code-script', 'copy code-script', 'auto-height', 'code-iframe', 'copy code-iframe', 'code-div', 'copy code-div'];
    for (const id of expected) expect([...reached], id).to.include(id);
    expect(doc.documentElement.scrollWidth).to.be.at.most(390);
  });
});
