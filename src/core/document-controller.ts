import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MierukaDocument } from '../../data-schema/index.js';
import { checkDocument, documentSource, readDocumentText, type Checked, type LoadFailure, type SourceSnapshot } from './store.js';

export interface DocumentHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  data?: unknown;
  refresh: number;
  timeout: number;
}

/** What an element has to show: the last good document, and what went wrong since, if anything. */
export interface DocumentState {
  readonly document?: MierukaDocument | undefined;
  /** The URL, "data" or "inline". */
  readonly origin?: string | undefined;
  readonly failure?: LoadFailure | { kind: 'no-source' } | undefined;
  readonly loading: boolean;
  /** When the document shown was last confirmed current. */
  readonly confirmedAt?: Date | undefined;
  /** True for a live `src`: a failure then is a failed refresh, shown as a note, not an alert. */
  readonly live?: boolean | undefined;
}

/** Objects given through the `data` property, validated once however many widgets share them. */
const checkedData = new WeakMap<object, Checked>();

function check(value: unknown): Checked {
  if (value === null || typeof value !== 'object') return checkDocument(value);
  let checked = checkedData.get(value);
  if (!checked) checkedData.set(value, (checked = checkDocument(value)));
  return checked;
}

const STATE_KEYS = ['document', 'origin', 'failure', 'loading', 'confirmedAt', 'live'] as const satisfies readonly (keyof DocumentState)[];
const sameState = (a: DocumentState, b: DocumentState) => STATE_KEYS.every((k) => a[k] === b[k]);

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

interface Subscribed {
  src: string;
  refresh: number;
  timeout: number;
  unsubscribe: () => void;
}

/**
 * Where an element's document comes from, in this order: the `data` property (frameworks
 * set it on purpose), then an inline `<script type="application/json">` child (a CMS page
 * that cannot host a file), then `src`.
 *
 * One path for `src`, a plain subscription as Lit's ContextConsumer does it: the shared store
 * (one fetch per URL per page, its own AbortController and timeout) publishes an immutable
 * snapshot per change, and the controller asks its host to update. (@lit/task was dropped: its
 * value, status and AbortSignal belong to one element, while a URL's fetch is shared by all.)
 * The subscription follows `src`, `refresh` and `timeout` after each update and while connected.
 *
 * `read()` gives the state of one update: the same object while nothing changed, a new frozen
 * one when something did. Documents given as data or inline are validated once (cached by
 * object or text); a failed one keeps its problems.
 */
export class DocumentController implements ReactiveController {
  /** The store's latest snapshot, with the `src` it was asked for (the store's URL is absolute). */
  private snapshot: { src: string; value: SourceSnapshot } | undefined;
  private subscribed: Subscribed | undefined;
  private inlineText: string | undefined;
  private inlineChecked: Checked | undefined;
  private observer: MutationObserver | undefined;
  private current: DocumentState = Object.freeze({ loading: true });
  private lastGood: Pick<DocumentState, 'document' | 'origin' | 'confirmedAt'> = {};

  constructor(private readonly host: DocumentHost) {
    host.addController(this);
  }

  private get usesSrc(): boolean {
    return this.host.data === undefined && this.inlineText === undefined;
  }

  hostConnected(): void {
    this.readInline();
    this.observer ??= new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.subscribed?.unsubscribe();
    this.subscribed = undefined;
  }

  /** Subscribes to the store for the host's `src` (again when `src`, `refresh` or `timeout` changed). */
  private follow(): void {
    const src = this.usesSrc && this.host.isConnected ? this.host.src || undefined : undefined;
    const refresh = Number.isFinite(this.host.refresh) ? this.host.refresh : 0;
    const timeout = this.host.timeout;
    const s = this.subscribed;
    if (s?.src === src && s?.refresh === refresh && s?.timeout === timeout) return;
    s?.unsubscribe();
    this.subscribed = undefined;
    if (!src) {
      this.snapshot = undefined;
      return;
    }
    const source = documentSource(src);
    const listener = (value: SourceSnapshot) => {
      this.snapshot = { src, value };
      this.host.requestUpdate();
    };
    this.subscribed = { src, refresh, timeout, unsubscribe: source.subscribe(listener, { refresh, timeout }) };
    // A document another widget already loaded is there now: show it without waiting for a change.
    if (source.snapshot !== this.snapshot?.value) listener(source.snapshot);
  }

  /** Reads the inline JSON child; true when it changed. */
  private readInline(): boolean {
    const text = this.host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined;
    if (text === this.inlineText) return false;
    this.inlineText = text;
    this.inlineChecked = text === undefined ? undefined : readDocumentText(text);
    return true;
  }

  /**
   * The state for this update. A good document is remembered; failures never erase it. The
   * same object is returned while nothing changed.
   */
  read(): DocumentState {
    let next: DocumentState;
    if (this.host.data !== undefined || this.inlineChecked) {
      const origin = this.host.data !== undefined ? 'data' : 'inline';
      const checked = this.host.data !== undefined ? check(this.host.data) : this.inlineChecked!;
      if ('document' in checked) this.remember(checked.document, origin, this.lastGood.document === checked.document ? this.lastGood.confirmedAt : new Date());
      next = { ...this.lastGood, failure: 'failure' in checked ? checked.failure : undefined, loading: false };
    } else if (this.host.src) {
      const s = this.snapshot?.src === this.host.src ? this.snapshot.value : undefined;
      if (s?.document) this.remember(s.document, s.url, s.confirmedAt);
      next = { ...this.lastGood, failure: s?.failure, loading: s ? s.loading : true, live: true };
    } else {
      next = { ...this.lastGood, failure: { kind: 'no-source' }, loading: false };
    }
    if (!sameState(this.current, next)) this.current = Object.freeze(next);
    return this.current;
  }

  private remember(document: MierukaDocument, origin: string, confirmedAt: Date | undefined): void {
    if (this.lastGood.document !== document || this.lastGood.origin !== origin || this.lastGood.confirmedAt !== confirmedAt) {
      this.lastGood = { document, origin, confirmedAt: confirmedAt ?? this.lastGood.confirmedAt };
    }
  }

  /** Fetches the `src` document again now (shared with every widget on the same URL). */
  reload(): Promise<unknown> {
    return this.host.src && this.usesSrc ? documentSource(this.host.src).load() : Promise.resolve();
  }
}
