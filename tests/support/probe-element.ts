import { html } from 'lit';
import { MierukaElement, type View } from '../../src/core/index.js';

/** The smallest element on the shared core: shows the document, node and indicator titles. */
export class MierukaProbe extends MierukaElement {
  protected renderView(view: View | undefined) {
    return html`<p class="doc">${view?.document.title}</p>
      <p class="node">${view?.node?.title ?? ''}</p>
      <p class="indicator">${view?.indicator?.indicator.name ?? ''}</p>`;
  }
}
MierukaProbe.define('mieruka-probe');

declare global {
  interface HTMLElementTagNameMap {
    'mieruka-probe': MierukaProbe;
  }
}

export const key = () => Math.random().toString(36).slice(2);

/** Waits until `predicate` holds, checking every 20 ms (throws after `ms`). */
export async function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const shadowText = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function hits(k: string): Promise<{ hits: number; conditional: number }> {
  return (await fetch(`/__mock/hits/${k}`)).json();
}
