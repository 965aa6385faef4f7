// Test middleware for the browser tests: documents, failures and counters on demand, so
// tests can prove "one fetch per URL", conditional refreshes, timeouts and every error kind.
//   /__mock/doc/KEY?title=T        a valid document (ETag; answers 304 to If-None-Match)
//   /__mock/seq/KEY?steps=a,b,c    each request takes the next step (the last repeats):
//                                  ok | ok2 | 404 | 500 | html | notjson | schema | slow | empty
//   /__mock/hits/KEY               { hits, conditional } for KEY
//   /__mock/slow-body?ms=N         headers at once, body after N ms
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
  ctx.status = 404;
}
