import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MierukaElement, type View } from '../../core/mieruka-element.js';
import { MierukaSelectEvent } from '../../core/events.js';
import { nodeLabel } from '../../core/lookups.js';
import { formatList, formatNumber } from '../../core/format.js';
import { styleProps } from '../../core/style-props.js';
import { baseStyles } from '../../core/theme.js';
import { defineSection } from '../../core/i18n.js';
import { sdgsBadges } from '../../translations/ja.js';
import type { SdgsBadgesStrings } from '../../translations/translation.js';
import { badgesOf, gatherDocument, parseCodes, type CodeAttribute, type Gathered, type GoalBadge } from './sdgs-badges.model.js';
import { styles } from './sdgs-badges.styles.js';
import { SDG_GOALS, sdgGoal, type SdgGoal } from './sdgs-goals.js';

/** The element's texts: Japanese at hand, English when an element first speaks it (src/core/i18n.ts). */
const STRINGS = defineSection('sdgsBadges', sdgsBadges, { en: () => import('../../translations/en.js').then((m) => m.sdgsBadges) });

/** The goal's colour and ink as custom properties (values from our own table, never from data). */
const colours = (goal: SdgGoal) => styleProps({ '--_goal': goal.colour, '--_ink': goal.ink });

/**
 * SDGs goals and targets as recognisable badges: each goal's number on its official colour,
 * with its short name (the Japanese government's names in Japanese, the UN short titles in
 * English) and its targets listed under it. Drawn with CSS; no images are fetched and the
 * UN icon artwork is not imitated.
 *
 * Where the codes come from:
 * - `targets="3.4 11.7 17.17"` and/or `goals="3 11"`: standalone, no document needed (codes
 *   may be separated by spaces, commas, 、 or / as the plan sheets print them; full-width
 *   digits are accepted). **When these attributes are given they win**: the document, `node`
 *   and counts are then ignored.
 * - otherwise a document (`src`, `data` or inline JSON): the goals and targets of `node` and
 *   its subtree, or of the whole document without `node`, with counts — how many nodes of
 *   the plan-like level (the first level with a `counter`, else the leaves) list the goal or
 *   one of its targets; a caption says which level was counted. Counts appear only when the
 *   scope holds more than one such node.
 *
 * An invalid attribute code (18, 11.z) is listed in a role="alert" message and reported with
 * `mieruka-error` (kind `invalid-attribute`, path `targets` or `goals`); the valid codes
 * still show. Text on each colour is white or near-black, whichever reaches 4.5:1.
 *
 * Interaction is opt-in: with `selectable`, each listed goal is a toggle button; activating
 * it selects the goal (`selected` reflects it) and fires `mieruka-select`
 * `{ kind: 'goal', id: '11' }`; activating it again clears the selection and fires
 * `mieruka-select` `{ kind: 'goal', id: null }`. With
 * data, the selected goal's counted nodes are listed below. Non-interactive badges stay
 * plain text, so a CMS page gets no buttons that do nothing.
 *
 * @summary SDGs goals (official colours, numbers, names) and targets of a node, a subtree or a list.
 *
 * @attr targets - SDGs codes to show without a document: targets or goals ("3.4 11.7 17.17").
 * @attr goals - SDGs goal numbers to show without a document ("3 11").
 * @attr variant - chips (default: compact, the name beside a small colour block), tiles (colour tiles with the name on them) or grid (all 17 goals, those listed highlighted and marked ✓).
 * @attr size - small, medium (default) or large.
 * @attr selectable - Goals become toggle buttons that fire mieruka-select.
 * @attr selected - The selected goal number ("11"). Setting it from code fires no event.
 *
 * @csspart list - The list of goals.
 * @csspart goal - One goal (list item).
 * @csspart goal-button - The toggle button of a goal, when selectable.
 * @csspart block - The colour block (the whole tile in tiles and grid).
 * @csspart number - The goal number.
 * @csspart name - The goal's short name.
 * @csspart mark - The ✓ of a listed goal in the grid.
 * @csspart targets - The targets of a goal.
 * @csspart target - One target code.
 * @csspart count - How many counted nodes list the goal.
 * @csspart caption - What the counts count.
 * @csspart empty - Said when nothing is listed.
 * @csspart invalid - The message about invalid attribute codes (also part alert).
 * @csspart detail - The nodes that list the selected goal.
 *
 * @cssproperty --mieruka-sdgs-badges-gap - Space between badges.
 * @cssproperty --mieruka-sdgs-badges-radius - Corner radius of blocks and chips.
 * @cssproperty --mieruka-sdgs-badges-tile-size - Minimum width of a tile.
 * @cssproperty --mieruka-sdgs-badges-cell-size - Minimum width and height of a grid cell.
 *
 * @event mieruka-select - The reader selected a goal: detail { kind: 'goal', id: '11', title }; or cleared it: { kind: 'goal', id: null }.
 * @event mieruka-error - Also fired with kind 'invalid-attribute' and path 'targets' or 'goals' for invalid codes.
 */
export class MierukaSdgsBadges extends MierukaElement {
  static override styles = [baseStyles, styles];

  /** SDGs codes to show without a document ("3.4 11.7 17.17"). Wins over data. */
  @property() targets?: string;

  /** SDGs goal numbers to show without a document ("3 11"). Wins over data. */
  @property() goals?: string;

  /** chips, tiles or grid (all 17 goals). */
  @property({ reflect: true }) variant: 'chips' | 'tiles' | 'grid' = 'chips';

  /** small, medium or large. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** Goals become toggle buttons that fire mieruka-select. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** The selected goal number ("11"). */
  @property({ reflect: true }) selected?: string;

  private gathered: Gathered = { goals: [] };
  private invalid: { attribute: CodeAttribute; codes: string[] }[] = [];
  private gatheredFrom: unknown[] = [];

  private get fromAttributes(): boolean {
    return Boolean(this.targets?.trim() || this.goals?.trim());
  }

  protected override get needsDocument(): boolean {
    return !this.fromAttributes;
  }

  private get s(): SdgsBadgesStrings {
    return STRINGS.in(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.gather();
    for (const { attribute, codes } of this.invalid) this.reportProblem({ kind: 'invalid-attribute', message: this.s.invalid(attribute, formatList(codes.map(this.s.quote), this.language), codes.length), path: attribute }, { heading: this.s.invalidTitle, part: 'invalid' });
  }

  private gather(): void {
    const from = this.fromAttributes ? [this.targets, this.goals] : [this.view?.document, this.view?.node];
    if (from.length === this.gatheredFrom.length && from.every((v, i) => v === this.gatheredFrom[i])) return;
    this.gatheredFrom = from;
    this.invalid = [];
    if (this.fromAttributes) {
      const targets = parseCodes(this.targets, 'targets');
      const goals = parseCodes(this.goals, 'goals');
      this.gathered = { goals: badgesOf([...targets.codes, ...goals.codes]) };
      if (targets.invalid.length) this.invalid.push({ attribute: 'targets', codes: targets.invalid });
      if (goals.invalid.length) this.invalid.push({ attribute: 'goals', codes: goals.invalid });
    } else {
      this.gathered = this.view ? gatherDocument(this.view.document, this.view.node) : { goals: [] };
    }
  }

  protected renderView(view: View | undefined): TemplateResult {
    const s = this.s;
    const { goals, counted } = this.gathered;
    const title = this.fromAttributes ? undefined : view?.node?.title;
    const grid = this.variant === 'grid';
    const byGoal = new Map(goals.map((g) => [g.goal, g]));
    const shown: [SdgGoal, GoalBadge | undefined][] = grid ? SDG_GOALS.map((g) => [g, byGoal.get(g.goal)]) : goals.map((b) => [sdgGoal(b.goal)!, b]);
    const label = grid ? s.grid(formatNumber(goals.length, this.language), title) : s.list(title);
    return html`${shown.length ? html`<ul part="list" role="list" aria-label=${label}>${shown.map(([goal, badge]) => this.renderGoal(goal, badge))}</ul>` : nothing}
      ${goals.length ? nothing : html`<p part="empty">${s.empty}</p>`}
      ${counted && goals.length
        ? html`<p part="caption">${s.caption(counted.levelName, formatNumber(counted.total, this.language), counted.counter)}</p>`
        : nothing}
      ${this.renderDetail(byGoal)}`;
  }

  /** The goal's accessible name: 目標11 住み続けられるまちづくりを（ターゲット11.7）、5計画. */
  private labelOf(goal: SdgGoal, badge: GoalBadge | undefined): string {
    const s = this.s;
    let label = `${s.goal(String(goal.goal))} ${goal.name[this.language]}`;
    if (!badge) return label + s.then + s.absent;
    if (badge.targets.length) label += s.targets(formatList(badge.targets, this.language), badge.targets.length);
    const count = this.countOf(badge);
    return count ? label + s.then + count : label;
  }

  private countOf(badge: GoalBadge): string | undefined {
    const counted = this.gathered.counted;
    if (!counted || !badge.count) return undefined;
    return this.s.count(formatNumber(badge.count, this.language), counted.counter, formatNumber(counted.total, this.language));
  }

  private renderGoal(goal: SdgGoal, badge: GoalBadge | undefined): TemplateResult {
    const chips = this.variant !== 'tiles' && this.variant !== 'grid';
    const name = html`<span part="name">${goal.name[this.language]}</span>`;
    const count = badge && this.countOf(badge);
    const id = String(goal.goal);
    // The visual part is hidden from assistive technology; one sentence stands for it.
    const body = html`<span class="sr-only">${this.labelOf(goal, badge)}</span>
      <span class="visual" aria-hidden="true" ${colours(goal)}>
        <span part="block"><span part="number">${id}</span>${chips ? nothing : name}${this.variant === 'grid' && badge ? html`<span part="mark">✓</span>` : nothing}</span>
        <span class="meta">
          ${chips ? name : nothing}
          ${badge?.targets.length ? html`<span part="targets">${badge.targets.map((t) => html`<span part="target">${t}</span>`)}</span>` : nothing}
          ${count ? html`<span part="count">${count}</span>` : nothing}
        </span>
      </span>`;
    return html`<li part="goal" class=${badge ? 'present' : 'absent'}>
      ${this.selectable && badge
        ? html`<button type="button" part="goal-button" aria-pressed=${this.selected === id ? 'true' : 'false'} @click=${() => this.choose(goal)}>${body}</button>`
        : body}
    </li>`;
  }

  /** The counted nodes that list the selected goal (data only). */
  private renderDetail(byGoal: Map<number, GoalBadge>): TemplateResult | typeof nothing {
    const goal = this.selectable && this.selected ? sdgGoal(Number(this.selected)) : undefined;
    const nodes = goal && byGoal.get(goal.goal)?.nodes;
    if (!goal || !nodes?.length) return nothing;
    const s = this.s;
    const heading = s.detail(`${s.goal(String(goal.goal))} ${goal.name[this.language]}`, this.gathered.counted?.levelName);
    return html`<section part="detail" aria-label=${heading} ${colours(goal)}>
      <p><strong>${heading}</strong></p>
      <ul>
        ${nodes.map(
          ({ node, codes }) => html`<li>${nodeLabel(undefined, node, false)} <span class="codes">${formatList(codes, this.language)}</span></li>`,
        )}
      </ul>
    </section>`;
  }

  private choose(goal: SdgGoal): void {
    const id = String(goal.goal);
    if (this.selected === id) {
      this.selected = undefined;
      this.dispatchEvent(new MierukaSelectEvent({ kind: 'goal', id: null }));
      return;
    }
    this.selected = id;
    this.dispatchEvent(new MierukaSelectEvent({ kind: 'goal', id, title: goal.name[this.language] }));
  }
}

MierukaSdgsBadges.define('mieruka-sdgs-badges');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-sdgs-badges': MierukaSdgsBadges;
  }
}
