import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: true from the window's `beforeprint` to its `afterprint`,
 * and while the print media query matches (a PDF printer, an emulated print medium). An element
 * renders what a paper copy needs while it is true (every row of a long tree, the per-year
 * tables behind a chart); the print style rules (theme.ts, each element's styles) do the rest.
 * Lit renders in a microtask, so the update lands before the browser lays the page out for print.
 */
export class PrintController implements ReactiveController {
  private before = false;
  private media: MediaQueryList | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get printing(): boolean {
    return this.before || Boolean(this.media?.matches);
  }

  hostConnected(): void {
    this.media ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.media?.addEventListener('change', this.changed);
    addEventListener('beforeprint', this.start);
    addEventListener('afterprint', this.end);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.changed);
    removeEventListener('beforeprint', this.start);
    removeEventListener('afterprint', this.end);
  }

  private readonly changed = (): void => this.host.requestUpdate();
  private readonly start = (): void => {
    this.before = true;
    this.host.requestUpdate();
  };
  private readonly end = (): void => {
    this.before = false;
    this.host.requestUpdate();
  };
}
