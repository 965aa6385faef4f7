import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Indicator, MierukaDocument, PlanNode } from '../../data-schema/index.js';
import { DocumentController, type DocumentState } from './document-controller.js';
import { PrintController } from './print.js';
import { closeIds, indexDocument } from './document-query.js';
import { MierukaErrorEvent, MierukaLoadEvent, type MierukaErrorDetail } from './events.js';
import { PROBLEMS_SHOWN, describeFailure } from './failures.js';
import type { FollowController } from './follow.js';
import { formatList, formatTime } from './format.js';
import { coreStrings, languageReady, resolveLang, type CoreStrings, type Lang } from './i18n.js';
import { OnUse } from './on-use.js';
import { DEFAULT_TIMEOUT_SECONDS } from './store.js';
import { baseStyles } from './theme.js';

/** The data an element renders: always the last good document and selection. */
export interface View {
  document: MierukaDocument;
  /** The node named by `node`, when given and found. */
  node?: PlanNode | undefined;
  /** The indicator named by `indicator`, with the node that carries it. */
  indicator?: { indicator: Indicator; node: PlanNode | undefined } | undefined;
}

/** How an element's own problem is shown (see reportProblem). */
export interface ProblemOptions {
  heading?: string | null | undefined;
  part?: string | undefined;
}

/** Announcements of live changes are spaced at least this far apart. */
const ANNOUNCE_INTERVAL_MS = 10_000;

const connected = new Set<MierukaElement>();

/**
 * `follow` (follow.ts) is fetched the first time an element on the page has the attribute; until
 * then no element follows, so none needs to lead. Then every element gets its controller. While
 * it cannot be fetched, a follower shows its own attributes and tries again at its next update.
 */
const following = new OnUse(() => import('./follow.js'));
const loadFollowing = () => following.load().then(() => connected.forEach((el) => el.startFollowing()));
let pageLangObserver: MutationObserver | undefined;

/**
 * The thin base of every mieruka element: the data attributes (src, data, inline JSON,
 * refresh, timeout), selection by id (node, indicator), the page's language, the status
 * frame (loading, alert, stale note, live announcements) and the load/error events.
 * Subclasses implement `renderView(view)`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart alert - The message shown when something is wrong (role="alert").
 * @csspart stale - The note shown when live data could not be refreshed.
 * @csspart skeleton - The placeholder shown while loading.
 * @cssproperty --mieruka-font-family - Font family.
 * @cssproperty --mieruka-color-text - Text colour.
 * @cssproperty --mieruka-color-background - Background colour.
 * @cssproperty --mieruka-color-accent - Accent colour (links, selection, bars).
 * @cssproperty --mieruka-radius - Corner radius.
 * @event mieruka-load - A document was loaded or a refresh brought a change. detail: { id, asOf, source, update }
 * @event mieruka-error - Something went wrong (fetch, JSON, schema, unknown id). detail: { kind, message, path, problems, status }
 */
export abstract class MierukaElement extends LitElement {
  static override styles = [baseStyles];

  /** Registers the element under `tag` unless a tag of that name exists (then warns: two copies of mieruka). */
  static define(this: CustomElementConstructor, tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, this);
    else if (existing !== this) console.warn(`mieruka: <${tag}> is already defined by another copy of mieruka; this one is not registered.`);
  }

  /** URL of the JSON document. Fetched once per page however many elements name it. */
  @property() src?: string;

  /** The document as an object (for frameworks). Wins over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Re-fetch `src` every this many seconds (paused while the page is hidden). 0: never. */
  @property({ type: Number }) refresh = 0;

  /** Seconds before a request is abandoned and reported as a timeout (15). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_SECONDS;

  /** Id of a node: the element shows that node (or its subtree). */
  @property({ reflect: true }) node?: string;

  /** Id of an indicator. */
  @property({ reflect: true }) indicator?: string;

  /** light, dark, or unset to follow the reader's setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Show fiscal years with the Japanese era too: 2023年度（令和5年度）. */
  @property({ type: Boolean, reflect: true }) wareki = false;

  /**
   * Id of another mieruka element on the page: this one follows the reader's choice there (a
   * tree's node; a summary's status or grade; a 5レス category; an SDGs goal) and returns to its
   * own attributes when the choice is cleared. Placeholders: `data-follow`.
   */
  @property({ reflect: true }) follow?: string;

  /** The element's language (ja or en); when unset, the nearest ancestor's or the page's. */
  @property() override lang = '';

  protected readonly documents = new DocumentController(this);
  private following?: FollowController;
  /** Whether the page is being printed (print.ts): elements render in full for paper then. */
  protected readonly print = new PrintController(this);

  /** The language resolved for this render. */
  @state() protected language: Lang = 'ja';
  /** The last good view; kept on screen whatever fails later. */
  protected view?: View;
  /** What is wrong with loading or selection now, if anything. */
  protected problem?: MierukaErrorDetail;
  /** Everything wrong in this update: `problem` first, then what the element reported (reportProblem). */
  private problems: ({ problem: MierukaErrorDetail } & ProblemOptions)[] = [];
  /** The keys of the problems already announced with mieruka-error (while they last). */
  private reported = new Set<string>();
  /** True when a view is shown but the latest refresh failed. */
  protected stale = false;
  private lastAnnouncedAt = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingEvents: Event[] = [];
  private loadedDocument?: MierukaDocument;
  protected loadState: DocumentState = { loading: true };

  /** The core texts in the resolved language (src/translations/). */
  protected get t(): CoreStrings {
    return coreStrings(this.language);
  }

  /**
   * An update waits, before it starts, for the texts of the element's language: English is
   * fetched the first time an element renders in it (src/core/i18n.ts). So an English page
   * never flashes Japanese, alerts and events speak the reader's language from the first, and
   * `updateComplete` (which awaits this) resolves with the English texts on screen. Until then
   * the element keeps what it showed (nothing, on a first render: the loader keeps its space).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = languageReady(resolveLang(this));
    if (!waiting) return super.scheduleUpdate();
    return waiting.then(() => super.scheduleUpdate());
  }

  /** Elements that can show something without a document (e.g. SDGs badges from attributes) override this. */
  protected get needsDocument(): boolean {
    return true;
  }

  /**
   * Gives this element its follow controller once follow.ts is here (it leads, and follows when
   * `follow` is set). Called by the module when follow.ts arrives.
   * @internal
   */
  startFollowing(): void {
    const code = following.value;
    if (!code || this.following) return;
    this.following = new code.FollowController(this, (words) => this.announce(words(this.language)), () => this.view !== undefined);
    this.requestUpdate();
  }

  /** Work an update is waiting for; `updateComplete` settles only after it and the update it asks for. */
  private awaited?: Promise<unknown>;

  /**
   * Updates again when `work` is done, and holds `updateComplete` until then. Returns nothing to
   * show meanwhile. Work that fails asks for no update and does not make `updateComplete` reject:
   * what failed (code fetched on use, core/on-use.ts) is tried again at a later update, never in a
   * loop; a caller that has something to show for the failure catches it and resolves.
   */
  protected waitFor(work: Promise<unknown>): undefined {
    // Joined, not replaced: one update may wait for two things (follow.ts and a refused document's problems).
    const next = work.then(
      () => this.requestUpdate(),
      () => undefined,
    );
    this.awaited = this.awaited ? Promise.all([this.awaited, next]) : next;
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.awaited) {
      const work = this.awaited;
      this.awaited = undefined;
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    this.startFollowing();
    if (!pageLangObserver) {
      // A page that switches language (日本語 / English) changes <html lang>: follow it.
      pageLangObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
      pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.language = resolveLang(this);
    if (this.follow && !following.value) this.waitFor(loadFollowing());
    const s = (this.loadState = this.documents.read());
    const described = s.failure && !(s.failure.kind === 'no-source' && !this.needsDocument) ? describeFailure(s.failure, this.language) : undefined;
    // A refused document's problems are on their way (the full validator loads on first failure).
    const failure = described instanceof Promise ? this.waitFor(described) : described;

    let selectionProblem: MierukaErrorDetail | undefined;
    if (s.document) {
      const view = this.select(s.document);
      if ('problem' in view) selectionProblem = view.problem;
      else this.view = view;
      if (s.document !== this.loadedDocument) {
        const update = this.loadedDocument !== undefined;
        this.loadedDocument = s.document;
        this.pendingEvents.push(new MierukaLoadEvent({ id: s.document.id, asOf: s.document.asOf, source: s.origin ?? '', update }));
        if (update) this.announce(this.t.updated(formatTime(new Date(), this.language)));
      }
    }
    this.problem = failure ?? selectionProblem;
    // Only a failed refresh of src is "stale": a wrong document given as data or inline is an
    // error of the page, said in an alert with its paths (the last good view stays below it).
    this.stale = Boolean(failure && this.view && s.document && s.live);
    this.problems = this.problem ? [{ problem: this.problem }] : [];
  }

  /**
   * Reports what is wrong with the element's own attributes (call it from willUpdate, after
   * super.willUpdate, on every update the problem lasts). The base draws every problem in one
   * role="alert", fires mieruka-error once per distinct problem while it lasts, and keeps the
   * last good view on screen. `heading` replaces 表示できません (null: the message alone), for
   * problems that leave the view whole; `part` adds a part name to the alert.
   */
  protected reportProblem(problem: MierukaErrorDetail, options: ProblemOptions = {}): void {
    this.problems.push({ problem, ...options });
  }

  /** Resolves `node` and `indicator` in a document, or says which id is unknown and what is close. */
  private select(document: MierukaDocument): View | { problem: MierukaErrorDetail } {
    if (!this.node && !this.indicator) return { document };
    // Built only for a selection: a tree of the whole document never reads it, and indexing
    // 10,000 plans is 5–10 ms of the first frame.
    const index = indexDocument(document);
    const errors = this.t.errors;
    const unknown = (kind: 'unknown-node' | 'unknown-indicator', id: string, ids: Iterable<string>, attribute: string) => {
      const near = closeIds(id, ids);
      const message = (kind === 'unknown-node' ? errors.unknownNode(id) : errors.unknownIndicator(id)) + (near.length ? ` ${errors.didYouMean(formatList(near, this.language, 'disjunction'))}` : '');
      return { problem: { kind, message, path: attribute } satisfies MierukaErrorDetail };
    };
    let node: PlanNode | undefined;
    if (this.node) {
      node = index.nodes.get(this.node)?.node;
      if (!node) return unknown('unknown-node', this.node, index.nodes.keys(), 'node');
    }
    let indicator: View['indicator'];
    if (this.indicator) {
      indicator = index.indicators.get(this.indicator);
      if (!indicator) return unknown('unknown-indicator', this.indicator, index.indicators.keys(), 'indicator');
    }
    return { document, node, indicator };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const keys = new Set<string>();
    for (const { problem: p } of this.problems) {
      const key = `${p.kind}|${p.message}|${p.path ?? ''}`;
      if (!this.reported.has(key) && !keys.has(key)) events.push(new MierukaErrorEvent(p));
      keys.add(key);
    }
    this.reported = keys;
    for (const event of events) this.dispatchEvent(event);
  }

  /** Says something to screen-reader users once, politely, and not more often than every 10 s. */
  protected announce(message: string): void {
    clearTimeout(this.announceTimer);
    const wait = Math.max(0, this.lastAnnouncedAt + ANNOUNCE_INTERVAL_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.lastAnnouncedAt = Date.now();
      // Written straight into the live region (it has no bindings, so no render undoes it): as
      // reactive state it re-rendered the whole element, 200 gauges after every data update.
      const live = this.renderRoot.querySelector('.announcer');
      if (live) live.textContent = message;
    }, wait);
  }

  /** The element's own content for a view. */
  protected abstract renderView(view: View | undefined): unknown;

  /** What shows before any document arrived (a skeleton of the element's usual size). */
  protected renderLoading(): TemplateResult {
    return html`<div part="skeleton" aria-hidden="true"></div><span class="sr-only" role="status">${this.t.loading}</span>`;
  }

  /** Every problem of this update in one alert (a failed refresh alone is a quiet note: the data shown is the last good one). */
  private renderProblems(): TemplateResult | typeof nothing {
    const shown = this.stale ? this.problems.slice(1) : this.problems;
    const stale = this.stale
      ? html`<p part="stale" role="status">${this.t.stale(this.loadState.confirmedAt ? formatTime(this.loadState.confirmedAt, this.language) : '')}</p>`
      : nothing;
    if (!shown.length) return stale;
    const parts = ['alert', ...new Set(shown.flatMap((p) => (p.part ? [p.part] : [])))].join(' ');
    return html`${stale}<div part=${parts} role="alert">${shown.map(({ problem, heading }) => {
      const problems = problem.problems ?? [];
      const more = problems.length - PROBLEMS_SHOWN;
      return html`<p>${heading === null ? nothing : html`<strong>${heading ?? this.t.errorTitle}</strong>: `}${problem.message}</p>
        ${problems.length
          ? html`<ul>
              ${problems.slice(0, PROBLEMS_SHOWN).map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}
              ${more > 0 ? html`<li>${this.t.errors.moreProblems(more)}</li>` : nothing}
            </ul>`
          : nothing}`;
    })}</div>`;
  }

  protected override render(): TemplateResult {
    const showView = this.view !== undefined || !this.needsDocument;
    return html`<div part="base" lang=${this.language}>
      ${this.renderProblems()}
      ${showView ? this.renderView(this.view) : this.problems.length ? nothing : this.renderLoading()}
      <div class="sr-only announcer" role="status" aria-live="polite"></div>
    </div>`;
  }
}
