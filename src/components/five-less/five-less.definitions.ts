import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/index.js';
import type { FiveLessStrings } from '../../translations/translation.js';
import type { CategoryInfo } from './five-less.model.js';

/**
 * Where a definition disclosure is shown: a column header of the table, or the phone list's key.
 * The key's ids carry a prefix (info-cash, key-info-cash), so that the two never clash.
 */
export type DefinitionPlace = 'header' | 'key';
const idPrefix = (place: DefinitionPlace) => (place === 'key' ? 'key-' : '');

/**
 * The definitions of the five categories behind disclosure buttons, one open at a time, shared by
 * the table's column headers and the phone list's key: which one is open, its button and panel,
 * Escape (focus back to its button) and a press outside (closes it).
 */
export class DefinitionsController implements ReactiveController {
  /** The category whose definition is open. */
  open: FiveLessKey | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.open) document.addEventListener('pointerdown', this.onOutside, true);
    else document.removeEventListener('pointerdown', this.onOutside, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private set(k: FiveLessKey | undefined): void {
    this.open = k;
    this.host.requestUpdate();
  }

  toggle(k: FiveLessKey): void {
    this.set(this.open === k ? undefined : k);
  }

  /**
   * A category's definition button, wherever it is shown. The header's shows ⓘ under the column
   * name; the key's shows the name itself. Either way its name is 「…の定義」.
   */
  button(k: FiveLessKey, place: DefinitionPlace, { name }: CategoryInfo, s: FiveLessStrings): TemplateResult {
    const p = idPrefix(place);
    return html`<button type="button" class="info" id="${p}info-${k}" data-key=${k} aria-expanded=${this.open === k ? 'true' : 'false'} aria-controls="${p}def-${k}"
      @click=${() => this.toggle(k)}
    >
      <span aria-hidden="true">${place === 'key' ? html`<span class="info-name">${name}</span> ` : nothing}ⓘ</span><span class="sr-only">${s.definitionOf(name)}</span>
    </button>`;
  }

  /** The definition a button discloses: the document's wording, or that it has none (categoryInfo). */
  panel(k: FiveLessKey, place: DefinitionPlace, { name, description }: CategoryInfo): TemplateResult {
    return html`<div part="definition" id="${idPrefix(place)}def-${k}" ?hidden=${this.open !== k}><strong>${name}</strong>${description}</div>`;
  }

  /**
   * The phone layout's key to the five names: the same disclosures as the table's column headers
   * (one open at a time, shared with them), laid out in the flow so that an open definition
   * pushes the rest down instead of covering it on a narrow screen.
   */
  key(info: Record<FiveLessKey, CategoryInfo>, s: FiveLessStrings): TemplateResult {
    return html`<div class="key" role="group" aria-labelledby="key-title" @keydown=${this.onKeydown}>
      <p class="key-title" id="key-title">${s.keyTitle}</p>
      ${FIVE_LESS_KEYS.map(
        (k) => html`<div class="disclosure" data-definition=${k}>${this.button(k, 'key', info[k], s)}${this.panel(k, 'key', info[k])}</div>`,
      )}
    </div>`;
  }

  /** Escape in the table or the key closes the open definition; focus goes back to its button there. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const k = this.open;
    if (e.key !== 'Escape' || !k) return;
    e.stopPropagation();
    this.set(undefined);
    (e.currentTarget as Element).querySelector<HTMLButtonElement>(`button[data-key=${k}]`)?.focus();
  };

  /** A press outside the open definition and its button closes it (in either place). */
  private readonly onOutside = (e: PointerEvent): void => {
    const k = this.open;
    if (!k) return;
    const path = e.composedPath();
    if (![...this.host.renderRoot.querySelectorAll(`[data-definition=${k}]`)].some((box) => path.includes(box))) this.set(undefined);
  };
}
