import { parseJson } from '../../data-schema/parse-json.js';
import { hasDocumentShape } from '../../data-schema/shape-of-document.js';
import type { MierukaDocument } from '../../data-schema/index.js';

export type LoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  /** Another origin answered, but without Access-Control-Allow-Origin for this page. */
  | { kind: 'cors' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'not-json'; line: number; column: number; reason: 'empty' | 'truncated' | 'syntax' }
  | { kind: 'html' }
  /**
   * The document does not have the schema's shape. The parsed value is kept: what is wrong
   * with it is said by the full validator, loaded only then (failures.ts).
   */
  | { kind: 'schema'; value: unknown };

/** A document checked once: the document, or why it is none. */
export type Checked = { document: MierukaDocument } | { failure: LoadFailure };

/** Checks a parsed value once (the shape check: no zod, no messages); a failure keeps the value. */
export function checkDocument(value: unknown): Checked {
  return hasDocumentShape(value) ? { document: value } : { failure: { kind: 'schema', value } };
}

/**
 * JSON text as a document, or what is wrong with it: nothing at all (an empty file), text
 * that stops short (a cut upload), an HTML page (a login or error page), or a syntax error.
 */
export function readDocumentText(text: string, contentType?: string | null): Checked & { value?: unknown } {
  const parsed = parseJson(text);
  if (parsed.ok) return { ...checkDocument(parsed.value), value: parsed.value };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*</.test(body) || /text\/html/i.test(contentType ?? '')) return { failure: { kind: 'html' } };
  const reason = !body.trim() ? 'empty' : parsed.position === body.length ? 'truncated' : 'syntax';
  return { failure: { kind: 'not-json', line: parsed.line ?? 1, column: parsed.column ?? 1, reason } };
}

/** An immutable snapshot of one URL's state; a new object whenever anything changes. */
export interface SourceSnapshot {
  readonly url: string;
  /** The last good document: kept through failed refreshes. */
  readonly document?: MierukaDocument | undefined;
  /** When the document shown was last confirmed current (fetched, or a 304). */
  readonly confirmedAt?: Date | undefined;
  /** The latest attempt's failure; undefined after a success. */
  readonly failure?: LoadFailure | undefined;
  readonly loading: boolean;
}

export interface Subscription {
  /** Seconds between refreshes; 0 or less: load once. */
  refresh: number;
  /** Seconds before a request (headers and body) is abandoned. */
  timeout: number;
}

type Listener = (snapshot: SourceSnapshot) => void;

const MAX_BACKOFF_SECONDS = 600;
export const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * One URL's document, shared by every widget on the page that names it: fetched once
 * however many widgets ask and whichever asks first, refreshed at the shortest interval
 * any of them asks for, with conditional requests, paused while the page is hidden, backed
 * off after failures, and stopped when the last widget leaves the page.
 */
export class DocumentSource {
  snapshot: SourceSnapshot;
  private readonly listeners = new Map<Listener, Subscription>();
  private inflight: Promise<SourceSnapshot> | undefined;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private etag: string | undefined;
  private lastModified: string | undefined;
  private lastText: string | undefined;
  private dueAt = 0;

  constructor(readonly url: string) {
    this.snapshot = { url, loading: false };
  }

  subscribe(listener: Listener, subscription: Subscription): () => void {
    this.listeners.set(listener, subscription);
    if (!this.snapshot.document && !this.inflight && !this.snapshot.failure) void this.load();
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
      else this.schedule();
    };
  }

  /** Settles when the current (or a first) load is done. */
  settled(): Promise<SourceSnapshot> {
    if (this.inflight) return this.inflight;
    if (this.snapshot.document || this.snapshot.failure) return Promise.resolve(this.snapshot);
    return this.load();
  }

  /** Fetches now unless a request is already under way (which is then shared). */
  load(): Promise<SourceSnapshot> {
    this.inflight ??= this.fetchOnce().finally(() => {
      this.inflight = undefined;
      // The last widget left while this load was under way, so it was abandoned; a widget
      // that came since (a block editor re-rendering its preview does exactly that) needs it.
      if (this.listeners.size && !this.snapshot.document && !this.snapshot.failure) void this.load();
      else this.schedule();
    });
    return this.inflight;
  }

  private get timeoutSeconds(): number {
    let most = 0;
    for (const s of this.listeners.values()) most = Math.max(most, s.timeout);
    return most > 0 ? most : DEFAULT_TIMEOUT_SECONDS;
  }

  private get refreshSeconds(): number {
    let least = Infinity;
    for (const s of this.listeners.values()) if (s.refresh > 0) least = Math.min(least, s.refresh);
    return least;
  }

  private publish(next: Partial<SourceSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of [...this.listeners.keys()]) listener(this.snapshot);
  }

  private async fetchOnce(): Promise<SourceSnapshot> {
    const seconds = this.timeoutSeconds;
    const controller = (this.controller = new AbortController());
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), seconds * 1000);
    this.publish({ loading: true });
    try {
      const sameOrigin = new URL(this.url).origin === location.origin;
      // Same origin: our own conditional headers, so a 304 tells us nothing changed.
      // Cross origin: those headers would force a CORS preflight on servers that may not
      // allow it, so let the browser cache revalidate and compare the body instead.
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (sameOrigin && this.etag) headers['If-None-Match'] = this.etag;
      if (sameOrigin && this.lastModified) headers['If-Modified-Since'] = this.lastModified;
      const response = await fetch(this.url, {
        signal: controller.signal,
        headers: sameOrigin ? headers : {},
        cache: sameOrigin ? 'no-store' : 'no-cache',
        credentials: 'same-origin',
      });
      if (response.status === 304 && this.snapshot.document) return this.succeeded();
      if (!response.ok) return this.failed({ kind: 'http', status: response.status });
      // The body is read under the same timeout: a slow body is a timeout too.
      const text = await response.text();
      this.etag = response.headers.get('ETag') ?? undefined;
      this.lastModified = response.headers.get('Last-Modified') ?? undefined;
      if (text === this.lastText && this.snapshot.document) return this.succeeded();
      const checked = readDocumentText(text, response.headers.get('Content-Type'));
      if ('failure' in checked) return this.failed(checked.failure);
      this.lastText = text;
      return this.succeeded(checked.document);
    } catch {
      const timedOut = controller.signal.aborted && (controller.signal.reason as DOMException)?.name === 'TimeoutError';
      if (controller.signal.aborted && !timedOut) {
        // Left the page: nothing to report; no longer loading.
        this.publish({ loading: false });
        return this.snapshot;
      }
      if (timedOut) return this.failed({ kind: 'timeout', seconds });
      return this.failed((await this.refusedByCors(controller.signal)) ? { kind: 'cors' } : { kind: 'network' });
    } finally {
      clearTimeout(timer);
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /**
   * A failed cross-origin fetch tells us nothing about why. An opaque (no-cors) request that
   * succeeds shows the server is there, so the refusal was CORS: a city's web staff then
   * know to ask for Access-Control-Allow-Origin instead of looking for a network fault.
   */
  private async refusedByCors(signal: AbortSignal): Promise<boolean> {
    if (new URL(this.url).origin === location.origin) return false;
    try {
      await fetch(this.url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal });
      return true;
    } catch {
      return false;
    }
  }

  private succeeded(document?: MierukaDocument): SourceSnapshot {
    this.failures = 0;
    this.publish({ document: document ?? this.snapshot.document, confirmedAt: new Date(), failure: undefined, loading: false });
    return this.snapshot;
  }

  private failed(failure: LoadFailure): SourceSnapshot {
    this.failures++;
    this.publish({ failure, loading: false });
    return this.snapshot;
  }

  /** Plans the next refresh: the shortest interval asked for, doubled after each failure. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const interval = this.refreshSeconds;
    if (!Number.isFinite(interval) || this.listeners.size === 0 || this.inflight) return;
    const delay = Math.min(interval * 2 ** this.failures, Math.max(interval, MAX_BACKOFF_SECONDS));
    this.dueAt = Date.now() + delay * 1000;
    this.timer = setTimeout(() => this.due(), delay * 1000);
  }

  private due(): void {
    // A hidden page does not refresh; visibilitychange resumes it (see resumeVisibleSources).
    if (document.visibilityState === 'hidden') return;
    void this.load();
  }

  /** Called when the page becomes visible again: refresh now if one came due while hidden. */
  resume(): void {
    if (this.listeners.size && !this.inflight && Number.isFinite(this.refreshSeconds) && Date.now() >= this.dueAt) void this.load();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort(new DOMException('left the page', 'AbortError'));
  }
}

// Keyed on a global symbol so that two copies of mieruka on one page (a site-wide script
// and an embed, say) still share one request per URL.
const REGISTRY_KEY = Symbol.for('mieruka/document-sources@1');
type Registry = Map<string, DocumentSource>;
const globalScope = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
const registry: Registry = (globalScope[REGISTRY_KEY] ??= new Map());

let visibilityWatched = false;

/** The shared source for a URL (resolved against the page), created on first use. */
export function documentSource(url: string): DocumentSource {
  const absolute = new URL(url, document.baseURI).href;
  let source = registry.get(absolute);
  if (!source) registry.set(absolute, (source = new DocumentSource(absolute)));
  if (!visibilityWatched) {
    visibilityWatched = true;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') for (const s of registry.values()) s.resume();
    });
  }
  return source;
}

/** For tests: forget every source, as a fresh page would. */
export function resetDocumentSources(): void {
  registry.clear();
}
