// The WordPress plugin in a real WordPress (Debian's package) on 127.0.0.1, posts saved through
// WordPress's own save path as an Editor and as an Author, opened in Chromium.
//   npm run test:wordpress          (builds first; part of npm test)
//   MIERUKA_WP_SCREENSHOT=docs/wordpress-block-editor.png npm run test:wordpress
//                                   also saves the README's screenshot of the block in the editor
//   MIERUKA_WORDPRESS=/path/to/wordpress npm run test:wordpress
//                                   the same tests on another WordPress folder (README, WordPress)
// See tests/wordpress/site.mjs for how the site is made and taken down.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findBrowser } from '../../scripts/find-browser.js';
import { startSite } from './site.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ZIP = join(root, 'dist/wordpress/mieruka.zip');
const PLAN = '/data/plan.json';
const NAME = 'きらめき出前講座実施件数'; // indicator p1-k1 of the example document
const LOADER = '/wp-content/plugins/mieruka/cdn/mieruka.js';

/** What every role writes: a shortcode, the block, a placeholder, and a pasted script tag and element. */
const widgets = (who) => `<!-- wp:shortcode -->
[mieruka element="kpi-gauge" src="${PLAN}" indicator="p1-k1" id="${who}-shortcode"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[mieruka element="sdgs-badges" targets="3.4 11.7" id="${who}-sdgs"]
<!-- /wp:shortcode -->

<!-- wp:mieruka/widget {"element":"kpi-gauge","src":"${PLAN}","indicator":"p1-k1"} /-->

<!-- wp:html -->
<div data-mieruka="kpi-gauge" data-src="${PLAN}" data-indicator="p1-k1" id="${who}-placeholder"></div>
<script type="module" src="${LOADER}?ver=pasted"></script>
<mieruka-kpi-gauge src="${PLAN}" indicator="p1-k1" id="${who}-element"></mieruka-kpi-gauge>
<!-- /wp:html -->`;

/** Shortcodes that try to get script into the page (the Editor's: kses does not touch them). */
const HOSTILE = `[mieruka element="kpi-gauge" src="javascript:window.pwned=1" indicator="p1-k1"]
[mieruka element="kpi-gauge" src=" java\tscript:window.pwned=2"]
[mieruka element="kpi-gauge" src="${PLAN}" indicator='" onfocus="window.pwned=3" autofocus tabindex="0" x="' id="quoted"]
[mieruka element="kpi-gauge" src="${PLAN}" indicator="p1-k1" onclick="window.pwned=4" id="with-onclick"]
[mieruka element="<script>window.pwned=5</script>" src="${PLAN}"]
[mieruka element="kpi-gauge><script>window.pwned=6</script" src="${PLAN}"]
[mieruka element="kpi-gauge" src="${PLAN}&quot;><script>window.pwned=7</script>" id="escaped-src"]
[mieruka element="bar-chart" src="${PLAN}"]
[mieruka element="kpi-gauge" src="${PLAN}" indicatr="p1-k1" id="typo"]`;

const POSTS = {
  'editor-widgets': { as: 'editor', content: widgets('editor') },
  'author-widgets': { as: 'author', content: widgets('author') },
  'editor-hostile': { as: 'editor', content: HOSTILE },
  // No src: the default document from Settings → mieruka, once an administrator sets one.
  'author-default': { as: 'author', content: '[mieruka element="kpi-gauge" indicator="p1-k1" id="default-src"]' },
};

/** A document with two schema problems, for the settings page's check. */
const BROKEN = JSON.stringify({ schemaVersion: '1.0', id: 'broken', title: 'x', levels: [], nodes: [{ id: 'n1', title: 1 }] });

let site;
let browser;
const started = performance.now();

before(
  async () => {
    assert.ok(existsSync(ZIP), 'dist/wordpress/mieruka.zip is missing: npm run build (npm run test:wordpress builds first)');
    site = await startSite({
      posts: POSTS,
      files: {
        'data/plan.json': await readFile(join(root, 'data-schema/examples/koriyama-collaboration-2023.json')),
        'data/broken.json': BROKEN,
      },
    });
    console.log(`WordPress ${site.wp} up in ${site.seconds.toFixed(1)} s at ${site.url}`);
    browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_FLAGS });
    await uploadPlugin();
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  await site?.stop();
  console.log(`WordPress tests took ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
});

/** The administrator installs dist/wordpress/mieruka.zip through プラグイン → 新規追加 → アップロード, then activates it. */
async function uploadPlugin() {
  const { page, close } = await visitor('admin');
  try {
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    await (await page.$('#pluginzip')).uploadFile(ZIP);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.click('#install-plugin-submit')]);
    const activate = await page.$('a[href*="action=activate"][href*="mieruka"]');
    assert.ok(activate, `the upload did not install the plugin:\n${await page.$eval('#wpbody-content', (b) => b.innerText)}`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
    assert.ok(await page.$('tr.active[data-plugin="mieruka/mieruka.php"]'), 'the plugin is not active after activation');
  } finally {
    await close();
  }
}

/** A fresh browser context (its own cookies), logged in as `user` unless null. */
async function visitor(user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  if (user) {
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
    // Set, not typed: wp-login.php focuses and selects the name field 200 ms after load, which
    // would swallow what was typed before it.
    await page.$eval('#user_login', (input, value) => (input.value = value), user);
    await page.$eval('#user_pass', (input, value) => (input.value = value), `${user}-password`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
    assert.ok(!page.url().includes('wp-login.php'), `${user} could not log in`);
  }
  // Closing a context whose page is gone must not hide the error that the test met.
  return { page, close: () => context.close().catch(() => {}) };
}

/**
 * Opens a post and records what a reader's browser does: requests for mieruka's scripts,
 * console warnings and errors, dialogs, and a `pwned` global set by anything that ran.
 */
async function open(page, key) {
  const scripts = [];
  const console_ = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/plugins/mieruka/') || /mieruka[^/]*\.js$/.test(path)) scripts.push(r.url());
  });
  const failed = [];
  page.on('response', (r) => {
    // The theme names no favicon: the browser's own guess may 404.
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    // A failed request is reported above, with its URL.
    if ((m.type() === 'warn' || m.type() === 'error') && !m.text().startsWith('Failed to load resource')) console_.push(m.text());
  });
  page.on('dialog', (d) => {
    console_.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${site.url}/?p=${site.posts[key].id}`, { waitUntil: 'networkidle0' });
  return { scripts, console: console_, failed };
}

/** The ids of the kpi gauges in the post that show the indicator's name (so their data arrived). */
function gaugesWithData(page, count) {
  return page
    .waitForFunction(
      (name, count) => {
        const shown = [...document.querySelectorAll('mieruka-kpi-gauge')].filter((g) => g.shadowRoot?.textContent.includes(name));
        return shown.length >= count && shown.map((g) => g.id || g.closest('.wp-block-mieruka-widget')?.className || '?');
      },
      { timeout: 30_000 },
      NAME,
      count,
    )
    .then((h) => h.jsonValue());
}

describe('WordPress plugin (Debian WordPress, real save path, Chromium)', () => {
  test('kses is really on for the Author and off for the Editor (so the next tests mean something)', () => {
    const author = site.posts['author-widgets'];
    const editor = site.posts['editor-widgets'];
    assert.equal(author.unfiltered, false);
    assert.equal(editor.unfiltered, true);
    assert.doesNotMatch(author.saved, /<script|<mieruka-kpi-gauge/, "kses kept the Author's script or element");
    assert.match(author.saved, /data-mieruka="kpi-gauge"/, "kses dropped the Author's placeholder");
    assert.match(author.saved, /\[mieruka element="kpi-gauge"/);
    assert.match(editor.saved, /<script type="module" src=/);
  });

  for (const role of ['author', 'editor']) {
    test(`${role}'s post: shortcode, block and placeholder each show the gauge with its data, for a reader`, async () => {
      const { page, close } = await visitor(null);
      try {
        const seen = await open(page, `${role}-widgets`);
        const expected = [`${role}-shortcode`, 'wp-block-mieruka-widget', `${role}-placeholder`].concat(role === 'editor' ? [`${role}-element`] : []);
        const shown = await gaugesWithData(page, expected.length);
        assert.deepEqual([...shown].sort(), expected.sort());
        // SDGs badges from their attributes alone: no document needed.
        await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.textContent.includes('すべての人に健康と福祉を'), {}, `${role}-sdgs`);
        // The placeholder became the element (the div is gone) and readers see no notice.
        assert.equal(await page.$$eval('[data-mieruka]', (l) => l.length), 0);
        assert.equal(await page.$$eval('.mieruka-notice', (l) => l.length), 0);
        // The loader came once, from the plugin, although the post pastes it too (with another ?ver=).
        const loaders = seen.scripts.filter((u) => new URL(u).pathname === LOADER);
        assert.equal(loaders.length, 1, `mieruka.js requested ${loaders.length} times: ${loaders.join(', ')}`);
        assert.match(loaders[0], /ver=0\.1\.0/);
        const paths = seen.scripts.map((u) => new URL(u).pathname);
        assert.equal(new Set(paths).size, paths.length, `a script of mieruka was fetched twice: ${paths.join(', ')}`);
        assert.deepEqual(seen.console, [], 'console warnings or errors (a second copy warns that a tag is already defined)');
        assert.deepEqual(seen.failed, [], 'failed requests');
        assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="mieruka.js"]').length), 1);
      } finally {
        await close();
      }
    });
  }

  test('hostile shortcode attributes render nothing executable; readers see no notice, editors see why', async () => {
    const reader = await visitor(null);
    try {
      const seen = await open(reader.page, 'editor-hostile');
      const report = await reader.page.evaluate(() => {
        const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
        const all = [...content.querySelectorAll('*')];
        return {
          pwned: window.pwned ?? null,
          scripts: content.querySelectorAll('script').length,
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
          urls: all.flatMap((el) => ['src', 'href'].map((n) => el.getAttribute(n)).filter((v) => v && !/^(https?:|\/|[a-z0-9.-]+\/)/i.test(v.trim()))),
          gauges: [...document.querySelectorAll('mieruka-kpi-gauge')].map((g) => ({ id: g.id, src: g.getAttribute('src'), indicator: g.getAttribute('indicator') })),
          notices: content.querySelectorAll('.mieruka-notice').length,
        };
      });
      assert.equal(report.pwned, null, 'a hostile attribute ran script');
      assert.equal(report.scripts, 0);
      assert.deepEqual(report.handlers, []);
      assert.deepEqual(report.urls, []);
      assert.equal(report.notices, 0, 'readers must not see notices');
      // The quoted attribute stays one attribute's text; the onclick and the typo are left out.
      const byId = Object.fromEntries(report.gauges.map((g) => [g.id, g]));
      assert.equal(byId.quoted?.indicator, '" onfocus="window.pwned=3" autofocus tabindex="0" x="');
      assert.equal(byId['with-onclick']?.indicator, 'p1-k1');
      assert.equal(byId.typo?.indicator, null);
      assert.ok(!report.gauges.some((g) => /javascript/i.test(g.src ?? '')));
      assert.deepEqual(Object.keys(byId).sort(), ['escaped-src', 'quoted', 'typo', 'with-onclick']);
      // An escaped quote in src stays text inside the attribute: no element or script comes of it.
      assert.ok(byId['escaped-src'].src.startsWith(`${PLAN}"><script>`), byId['escaped-src'].src);
      assert.ok(!seen.console.some((m) => m.startsWith('dialog')));
    } finally {
      await reader.close();
    }

    const editor = await visitor('editor');
    try {
      await open(editor.page, 'editor-hostile');
      const notices = await editor.page.$$eval('.mieruka-notice[role="alert"]', (l) => l.map((n) => n.textContent.replace(/\s+/g, ' ').trim()));
      const text = notices.join('\n');
      assert.match(text, /文書のアドレス「javascript:window\.pwned=1」は使えません/);
      assert.match(text, /「bar-chart」という部品はありません。plan-tree, kpi-gauge, five-less, sdgs-badges, trend-table のどれか/);
      assert.match(text, /「indicatr」は kpi-gauge の属性ではないため、使いませんでした/);
      assert.match(text, /「onclick」は kpi-gauge の属性ではない/);
      assert.equal(await editor.page.evaluate(() => window.pwned ?? null), null);
    } finally {
      await editor.close();
    }
  });

  test('the block shows its preview in the block editor (Editor)', async () => {
    const { page, close } = await visitor('editor');
    try {
      await page.setViewport({ width: 1280, height: 860 });
      await page.goto(`${site.url}/wp-admin/post.php?post=${site.posts['author-widgets'].id}&action=edit`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.wp?.data?.select('core/edit-post') && window.wp.blocks.getBlockType('mieruka/widget'));
      await page.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
        const block = select('core/block-editor')
          .getBlocks()
          .find((b) => b.name === 'mieruka/widget');
        dispatch('core/block-editor').selectBlock(block.clientId);
        dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const preview = await page.waitForFunction(
        (name) => {
          const gauge = document.querySelector('.wp-block-mieruka-widget mieruka-kpi-gauge');
          return gauge?.shadowRoot?.textContent.includes(name) && gauge.getAttribute('indicator');
        },
        { timeout: 60_000 },
        NAME,
      );
      assert.equal(await preview.jsonValue(), 'p1-k1');
      // The block's settings, in Japanese.
      const labels = await page.$$eval('.block-editor-block-inspector label', (l) => l.map((x) => x.textContent.trim()));
      for (const label of ['表示するもの', '文書の URL', '項目の ID', '指標の ID']) assert.ok(labels.includes(label), `no "${label}" in ${labels.join(', ')}`);
      if (process.env.MIERUKA_WP_SCREENSHOT) {
        await page.evaluate(() => document.querySelector('.wp-block-mieruka-widget')?.scrollIntoView({ block: 'center' }));
        await new Promise((r) => setTimeout(r, 500));
        await page.screenshot({ path: resolve(root, process.env.MIERUKA_WP_SCREENSHOT) });
      }
    } finally {
      await close();
    }
  });

  test('Settings → mieruka: "確認" reports OK, or each problem as mieruka validate prints it', async () => {
    const { page, close } = await visitor('admin');
    try {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=mieruka`, { waitUntil: 'domcontentloaded' });
      const check = async (url) => {
        await page.$eval('#mieruka-default-src', (input) => (input.value = ''));
        await page.type('#mieruka-default-src', url);
        await page.click('#mieruka-check');
        const result = await page.waitForFunction(
          () => {
            const text = document.querySelector('#mieruka-check-result')?.textContent ?? '';
            return text && !text.includes('確認しています') && text;
          },
          { timeout: 30_000 },
        );
        return result.jsonValue();
      };
      assert.equal(await check(PLAN), `${PLAN}: OK: 文書は mieruka のスキーマに合っています。`);
      // The document itself, under a closed プレビュー.
      assert.equal(await page.$eval('#mieruka-check-details', (d) => !d.hidden && !d.open && d.querySelector('summary').textContent), 'プレビュー');
      assert.match(await page.$eval('#mieruka-check-preview mieruka-plan-tree', (t) => t.shadowRoot.textContent), /第二次郡山市協働推進基本計画/);
      const broken = await check('/data/broken.json');
      assert.match(broken, /^問題があります/);
      assert.match(broken, /\/data\/broken\.json: \/nodes\/0\/title: /);
      assert.match(broken, /\/data\/broken\.json: \/nodes\/0\/level: /);
      assert.match(await check('/data/missing.json'), /\/data\/missing\.json: .*404/);
      assert.match(await check('javascript:alert(1)'), /使えないアドレスです/);
      assert.equal(await page.$eval('#mieruka-check-result', (r) => r.getAttribute('role')), 'status');

      // Saving: a javascript: URL is refused with a message; a path is kept and used by widgets without src.
      const save = async (url) => {
        await page.$eval('#mieruka-default-src', (input) => (input.value = ''));
        await page.type('#mieruka-default-src', url);
        await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
        return page.$eval('#mieruka-default-src', (input) => input.value);
      };
      assert.equal(await save('javascript:alert(1)'), '');
      assert.match(await page.$eval('#wpbody-content', (b) => b.textContent), /既定の文書の URL は、http\(s\) のアドレスか/);
      assert.equal(await save(PLAN), PLAN);
    } finally {
      await close();
    }
    const reader = await visitor(null);
    try {
      await open(reader.page, 'author-default');
      assert.deepEqual(await gaugesWithData(reader.page, 1), ['default-src']);
      assert.equal(await reader.page.$eval('#default-src', (g) => g.getAttribute('src')), PLAN);
    } finally {
      await reader.close();
    }
  });

  test('an Author inserts the block and a shortcode in the block editor and publishes: readers see both', async () => {
    const { page, close } = await visitor('author');
    let id;
    try {
      await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('mieruka/widget') && window.wp.data.select('core/editor').getCurrentPostId());
      id = await page.evaluate(async (plan) => {
        const { dispatch, select } = window.wp.data;
        const { createBlock } = window.wp.blocks;
        dispatch('core/block-editor').insertBlocks([
          createBlock('mieruka/widget', { element: 'kpi-gauge', src: plan, indicator: 'p1-k1' }),
          createBlock('core/shortcode', { text: `[mieruka element="kpi-gauge" src="${plan}" indicator="p1-k1" id="typed-shortcode"]` }),
        ]);
        dispatch('core/editor').editPost({ title: 'author-block-editor', status: 'publish' });
        await dispatch('core/editor').savePost();
        if (select('core/editor').didPostSaveRequestFail()) throw new Error('saving failed');
        return select('core/editor').getCurrentPostId();
      }, PLAN);
    } finally {
      await close();
    }
    const reader = await visitor(null);
    try {
      await reader.page.goto(`${site.url}/?p=${id}`, { waitUntil: 'networkidle0' });
      assert.deepEqual([...(await gaugesWithData(reader.page, 2))].sort(), ['typed-shortcode', 'wp-block-mieruka-widget']);
    } finally {
      await close();
    }
  });

  test('the plugin leaves no PHP notice, warning or error in debug.log', async () => {
    const log = await site.debugLog();
    const ours = log.split('\n').filter((line) => line.includes('/plugins/mieruka/'));
    assert.deepEqual(ours, []);
  });
});
