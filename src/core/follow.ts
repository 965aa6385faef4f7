import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coreStrings, type Lang } from './i18n.js';

/**
 * `follow="ID"`: linked widgets without script. A follower takes its node (and a status,
 * grade, 5レス category or SDGs goal) from the element with that id whenever the choice there
 * changes — by the reader, by the tree's `#plan=` deep link or by code — and returns to its own
 * attributes when the choice is cleared.
 *
 * What a leader offers and what a follower does with it is data (LINKS), not code per element.
 * The leader is found by id in the follower's document (or shadow root) whenever it updates, so
 * it may be anywhere on the page, in another CMS block, and added before or after the follower.
 *
 * No loops and no chains: a change a follower received by following is never passed on (so
 * A follows B follows A settles at once), and following never fires `mieruka-select`.
 */

/** An element that can lead or follow: the base class. */
export interface FollowHost extends ReactiveControllerHost, HTMLElement {
  follow?: string | undefined;
}

/**
 * One link: the leader's property `from` (on a leader of tag `leader`) is copied to the
 * follower's property `to` (on followers of tag `follower`, or any element).
 */
interface Link {
  leader: string;
  from: string;
  follower?: string;
  to: string;
}

const SUMMARY = 'mieruka-progress-summary';
const LINKS: readonly Link[] = [
  // A node chosen in the tree narrows every follower to that node (gauges, table, badges, 5レス, summary, another tree).
  { leader: 'mieruka-plan-tree', from: 'selected', to: 'node' },
  { leader: 'mieruka-five-less', from: 'category', follower: 'mieruka-five-less', to: 'category' },
  { leader: 'mieruka-sdgs-badges', from: 'selected', follower: 'mieruka-sdgs-badges', to: 'selected' },
  { leader: SUMMARY, from: 'status', follower: SUMMARY, to: 'status' },
  // A summary's status count narrows gauges and trend tables to the indicators it counts (core narrowToStatus).
  { leader: SUMMARY, from: 'status', follower: 'mieruka-kpi-gauge', to: 'status' },
  { leader: SUMMARY, from: 'status', follower: 'mieruka-trend-table', to: 'status' },
  { leader: SUMMARY, from: 'grade', follower: SUMMARY, to: 'grade' },
  { leader: SUMMARY, from: 'scale', follower: SUMMARY, to: 'scale' },
  // A summary's grade count narrows a tree to the items it counts (the tree's 評価 filter).
  { leader: SUMMARY, from: 'grade', follower: 'mieruka-plan-tree', to: 'grade' },
  { leader: SUMMARY, from: 'scale', follower: 'mieruka-plan-tree', to: 'scale' },
];

type Props = Record<string, unknown>;
const followers = new Set<FollowController>();
const lastChoice = new WeakMap<Element, string>();
const tag = (el: Element) => el.localName;
const isMieruka = (el: Element) => el.localName.startsWith('mieruka-');

/** The choice a leader offers now, as [follower property, value, follower tag] triples. */
function choices(leader: Element): [string, unknown, string | undefined][] {
  const props = leader as unknown as Props;
  return LINKS.filter((l) => l.leader === tag(leader)).map((l) => [l.to, props[l.from] || undefined, l.follower]);
}

const keyOf = (leader: Element) => JSON.stringify(choices(leader));

/** The element `id` names for `host`: in its own shadow root first, then in the document. */
function findLeader(host: Element, id: string): Element | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? document.getElementById(id);
}

export class FollowController implements ReactiveController {
  /** The follower's own values of the properties it follows, kept to come back to. */
  private readonly own = new Map<string, unknown>();
  /** True while the host updates from a choice it followed: such a change is not passed on. */
  private received = false;
  private appliedKey: string | undefined;
  private warned = false;
  /** The `follow` value the leader's present choice was last taken for. */
  private pulledFor: string | undefined;

  constructor(
    private readonly host: FollowHost,
    /** Says to screen-reader users what the follower narrowed to (given the words per language). */
    private readonly say: (words: (lang: Lang) => string) => void,
    /** True once the host has a document (then a missing leader is worth a word to editors). */
    private readonly loaded: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    followers.add(this);
  }

  hostDisconnected(): void {
    followers.delete(this);
  }

  hostUpdated(): void {
    const host = this.host;
    // As a follower, once per `follow` value: take the leader's present choice (a leader that
    // chose before this element arrived, a hash read at load). Later choices are pushed below.
    if (host.follow && this.pulledFor !== host.follow) {
      const leader = findLeader(host, host.follow);
      if (leader && leader !== host && isMieruka(leader)) {
        this.pulledFor = host.follow;
        this.appliedKey = undefined;
        this.take(leader);
      } else this.warn();
    } else if (!host.follow && this.pulledFor !== undefined) {
      this.pulledFor = undefined;
      this.restore();
    }
    // As a leader: pass a changed choice on, unless it was itself received by following.
    if (this.received) {
      this.received = false;
      lastChoice.set(host, keyOf(host));
      return;
    }
    if (!host.id || !choices(host).length) return;
    const key = keyOf(host);
    if (lastChoice.get(host) === key) return;
    lastChoice.set(host, key);
    for (const f of followers) if (f.host.follow === host.id && f.host !== host && findLeader(f.host, host.id) === host) f.take(host);
  }

  /** Applies the leader's choice (or, where it has none, the follower's own attributes). */
  private take(leader: Element): void {
    this.pulledFor = this.host.follow;
    const key = keyOf(leader);
    if (key === this.appliedKey) return;
    this.appliedKey = key;
    const props = this.host as unknown as Props;
    let changed = false;
    let narrowed = false;
    for (const [to, value, only] of choices(leader)) {
      if (only && only !== tag(this.host)) continue;
      if (value !== undefined && !this.own.has(to)) this.own.set(to, props[to]);
      const next = value !== undefined ? value : this.own.has(to) ? this.own.get(to) : props[to];
      if (value === undefined) this.own.delete(to);
      else narrowed = true;
      if (props[to] !== next) {
        props[to] = next;
        changed = true;
      }
    }
    if (!changed) return;
    this.received = true;
    const what = leaderWords(leader);
    this.say((lang) => (narrowed && what ? coreStrings(lang).narrowed(what) : coreStrings(lang).cleared));
  }

  private restore(): void {
    const props = this.host as unknown as Props;
    for (const [to, value] of this.own) props[to] = value;
    this.own.clear();
    this.appliedKey = undefined;
  }

  /** A missing leader is said once to editors in the console; readers see the element as it is. */
  private warn(): void {
    if (this.warned || !this.loaded()) return;
    this.warned = true;
    console.warn(`mieruka: <${tag(this.host)} follow="${this.host.follow}">: no mieruka element with this id on the page (yet).`);
  }
}

/** What the leader chose, in the reader's words: the tree's row title, or the pressed button's text. */
function leaderWords(leader: Element): string {
  const root = leader.shadowRoot;
  const chosen = root?.querySelector('[aria-selected=true] .row-title, [aria-pressed=true]');
  return (chosen?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
