// Test middleware for the browser tests: documents, failures and counters on demand, so
// tests can prove "one fetch per URL", conditional refreshes, timeouts and every error kind.
//   /__mock/doc/KEY?title=T        a valid document (ETag; answers 304 to If-None-Match)
//   /__mock/seq/KEY?steps=a,b,c    each request takes the next step (the last repeats):
//                                  ok | ok2 | 404 | 500 | html | notjson | schema | slow | empty
//   /__mock/hits/KEY               { hits, conditional } for KEY
//   /__mock/slow-body?ms=N         headers at once, body after N ms
//   /__mock/net/KEY?steps=a,b&doc=NAME  like seq, for the network tests; the document is
//                                  data-schema/examples/NAME.json (default: the mock document):
//                                  ok | cors (ok + Access-Control-Allow-Origin: *) | NNN (any
//                                  status) | r301 | r302 (to /__mock/doc/KEY-target) | loop |
//                                  html (a 200 login page) | empty | truncated | hang | slowbody
//   /__mock/loop/KEY               redirects to itself, forever
//   /__mock/stored/KEY             POST stores the body; GET answers it (?type=, default JSON)
import { createHash } from 'node:crypto';
import { mockDocument } from './mock-document.js';

const hits = new Map();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function count(key, ctx) {
  const h = hits.get(key) ?? { hits: 0, conditional: 0 };
  h.hits++;
  if (ctx.get('If-None-Match') || ctx.get('If-Modified-Since')) h.conditional++;
  hits.set(key, h);
  return h.hits;
}

function sendDocument(ctx, doc) {
  const body = JSON.stringify(doc);
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.get('If-None-Match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = body;
}

export async function mockServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== '__mock') return next();
  const [, kind, key = ''] = parts;
  if (kind === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(key) ?? { hits: 0, conditional: 0 });
    return;
  }
  if (kind === 'doc') {
    count(key, ctx);
    sendDocument(ctx, mockDocument(url.searchParams.get('title') ?? 'テスト計画'));
    return;
  }
  if (kind === 'slow-body') {
    count(key, ctx);
    ctx.type = 'application/json';
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    ctx.body = stream;
    stream.write('{"schemaVersion":"1.0",');
    setTimeout(() => stream.end('"id":"x"}'), Number(url.searchParams.get('ms') ?? 3000));
    return;
  }
  if (kind === 'seq') {
    const n = count(key, ctx);
    const steps = (url.searchParams.get('steps') ?? 'ok').split(',');
    const step = steps[Math.min(n, steps.length) - 1];
    switch (step) {
      case 'ok': return sendDocument(ctx, mockDocument('テスト計画', 1));
      case 'ok2': return sendDocument(ctx, mockDocument('テスト計画', 2));
      case '404': case '500': case '503':
        ctx.status = Number(step);
        ctx.body = 'error';
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>ログイン</title><form>ログインしてください</form>';
        return;
      case 'notjson':
        ctx.type = 'application/json';
        ctx.body = '{\n  "schemaVersion": "1.0",\n  "id": oops\n}';
        return;
      case 'schema':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ ...mockDocument(), title: '', nodes: [{ id: 'bad id', level: 'nope', title: 'x' }] });
        return;
      case 'empty':
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'slow':
        await sleep(3000);
        return sendDocument(ctx, mockDocument());
    }
  }
  if (kind === 'net') return netStep(ctx, url, key);
  if (kind === 'loop') {
    count(key, ctx);
    ctx.status = 302;
    ctx.set('Location', `/__mock/loop/${key}`);
    return;
  }
  if (kind === 'stored') {
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stored.set(key, (await import('node:buffer')).Buffer.concat(chunks).toString('utf8'));
      ctx.status = 204;
      return;
    }
    count(key, ctx);
    if (!stored.has(key)) {
      ctx.status = 404;
      return;
    }
    ctx.type = url.searchParams.get('type') ?? 'application/json';
    ctx.body = stored.get(key);
    return;
  }
  ctx.status = 404;
}

const stored = new Map();
const examples = new URL('../../data-schema/examples/', import.meta.url);

/** The body of one network-test step's document: an example file, or the mock document. */
async function netBody(url) {
  const name = url.searchParams.get('doc');
  if (!name || !/^[\w.-]+$/.test(name)) return JSON.stringify(mockDocument('テスト計画', 1));
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL(`${name}.json`, examples), 'utf8');
}

/** /__mock/net/KEY: one step per request, the last repeating (see the list at the top). */
async function netStep(ctx, url, key) {
  const n = count(key, ctx);
  const steps = (url.searchParams.get('steps') ?? 'ok').split(',');
  const step = steps[Math.min(n, steps.length) - 1];
  if (/^\d{3}$/.test(step)) {
    ctx.status = Number(step);
    ctx.type = 'text/plain';
    ctx.body = `error ${step}`;
    return;
  }
  switch (step) {
    case 'ok':
    case 'cors': {
      if (step === 'cors') ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = 'application/json';
      ctx.body = await netBody(url);
      return;
    }
    case 'r301':
    case 'r302':
      ctx.status = step === 'r301' ? 301 : 302;
      ctx.set('Location', `/__mock/doc/${key}-target?title=${encodeURIComponent('転送先の計画')}`);
      return;
    case 'loop':
      ctx.status = 302;
      ctx.set('Location', `/__mock/loop/${key}`);
      return;
    case 'html':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!doctype html><html lang="ja"><title>ログイン</title><form method="post"><input name="id"><button>ログイン</button></form></html>';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'truncated': {
      const body = await netBody(url);
      ctx.type = 'application/json';
      ctx.body = body.slice(0, Math.floor(body.length / 2));
      return;
    }
    case 'hang':
      await sleep(3000);
      ctx.type = 'application/json';
      ctx.body = await netBody(url);
      return;
    case 'slowbody': {
      const body = await netBody(url);
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      stream.write(body.slice(0, 100));
      setTimeout(() => stream.end(body.slice(100)), 3000);
      return;
    }
  }
  ctx.status = 404;
}
