import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
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
  document?: MierukaDocument | undefined;
  /** The URL, "data" or "inline". */
  origin?: string | undefined;
  failure?: LoadFailure | { kind: 'no-source' } | undefined;
  loading: boolean;
  /** When the document shown was last confirmed current. */
  confirmedAt?: Date | undefined;
  /** True for a live `src`: a failure then is a failed refresh, shown as a note, not an alert. */
  live?: boolean | undefined;
}

/** Objects given through the `data` property, validated once however many widgets share them. */
const checkedData = new WeakMap<object, Checked>();

function check(value: unknown): Checked {
  if (value === null || typeof value !== 'object') return checkDocument(value);
  let checked = checkedData.get(value);
  if (!checked) checkedData.set(value, (checked = checkDocument(value)));
  return checked;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Where an element's document comes from, in this order: the `data` property (frameworks
 * set it on purpose), then an inline `<script type="application/json">` child (a CMS page
 * that cannot host a file), then `src` (fetched through the shared store, once per URL).
 * The `src` part runs as a @lit/task, so a change of URL, refresh or timeout restarts it.
 */
export class DocumentController implements ReactiveController {
  private snapshot: SourceSnapshot | undefined;
  private unsubscribe: (() => void) | undefined;
  private inlineText: string | undefined;
  private inlineChecked: Checked | undefined;
  private lastGood: Pick<DocumentState, 'document' | 'origin' | 'confirmedAt'> = {};
  private observer: MutationObserver | undefined;

  private readonly task: Task<[string | undefined, number, number], SourceSnapshot | undefined>;

  constructor(private readonly host: DocumentHost) {
    host.addController(this);
    this.task = new Task(host, {
      // Without a src in use the arguments are constant, so an element given `data` or inline
      // JSON never runs the task: a run costs every element a second update (two renders of
      // each of 200 gauges in the first frame) only to find there is nothing to fetch.
      args: () => {
        const src = this.usesSrc ? this.host.src : undefined;
        return (src ? [src, this.host.refresh, this.host.timeout] : [undefined, 0, 0]) as [string | undefined, number, number];
      },
      // An initial value makes the task take its arguments now, so the first update compares
      // against "no src" instead of running once whatever the arguments are.
      initialValue: undefined,
      task: async ([src, refresh, timeout]) => {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
        if (!src) return (this.snapshot = undefined);
        const source = documentSource(src);
        this.unsubscribe = source.subscribe(
          (snapshot) => {
            this.snapshot = snapshot;
            this.host.requestUpdate();
          },
          { refresh: Number.isFinite(refresh) ? refresh : 0, timeout },
        );
        this.snapshot = await source.settled();
        return this.snapshot;
      },
    });
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
    // Coming back to the page (moved in the DOM, or re-attached by a framework): subscribe again.
    if (this.host.src && this.usesSrc && !this.unsubscribe) void this.task.run();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Reads the inline JSON child; true when it changed. */
  private readInline(): boolean {
    const text = this.host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined;
    if (text === this.inlineText) return false;
    this.inlineText = text;
    if (text === undefined) this.inlineChecked = undefined;
    else {
      this.inlineChecked = readDocumentText(text);
    }
    return true;
  }

  /** The state to render now. A good document is remembered; failures never erase it. */
  get state(): DocumentState {
    let origin: string;
    let checked: Checked | undefined;
    let loading = false;
    let confirmedAt: Date | undefined;
    if (this.host.data !== undefined) {
      origin = 'data';
      checked = check(this.host.data);
    } else if (this.inlineChecked) {
      origin = 'inline';
      checked = this.inlineChecked;
    } else if (this.host.src) {
      origin = this.snapshot?.url ?? this.host.src;
      const s = this.snapshot;
      loading = s ? s.loading : true;
      confirmedAt = s?.confirmedAt;
      if (s?.document) this.remember(s.document, origin, confirmedAt);
      return { ...this.lastGood, failure: s?.failure, loading, live: true };
    } else {
      return { ...this.lastGood, failure: { kind: 'no-source' }, loading: false };
    }
    if ('document' in checked) {
      this.remember(checked.document, origin, new Date());
      return { ...this.lastGood, loading };
    }
    return { ...this.lastGood, failure: checked.failure, loading };
  }

  private remember(document: MierukaDocument, origin: string, confirmedAt: Date | undefined): void {
    if (this.lastGood.document !== document || this.lastGood.origin !== origin) this.lastGood = { document, origin, confirmedAt };
    else this.lastGood.confirmedAt = confirmedAt ?? this.lastGood.confirmedAt;
  }

  /** Fetches the `src` document again now (shared with every widget on the same URL). */
  reload(): Promise<unknown> {
    return this.host.src && this.usesSrc ? documentSource(this.host.src).load() : Promise.resolve();
  }
}
