import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A long list or table built in chunks: the first `size` rows at first, then `size` more each
 * time the reader asks — by pressing the element's "show more" button, or by scrolling the bar
 * that holds it into view (not while that button has focus: a keyboard user loads rows by
 * pressing it). What is not on screen is not built until it is asked for, so a 1,000-row table
 * costs its first frame no more than its first chunk. The element renders every row while
 * printing (PrintController) and says how many are shown.
 */
export class ChunkController implements ReactiveController {
  /** How many rows to build now. */
  limit: number;
  private observer?: IntersectionObserver;
  private bar?: Element | null;

  /**
   * @param size - rows per chunk (read on each use, so that an attribute can change it)
   * @param barSelector - the element in the render root that holds the "show more" button
   */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly size: () => number,
    private readonly barSelector: string,
  ) {
    this.limit = size();
    host.addController(this);
  }

  /** Back to the first chunk (another scope: another document part, filter or order). */
  reset(): void {
    this.limit = this.size();
  }

  /** One chunk more. */
  more(): void {
    this.limit += this.size();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector(this.barSelector);
    if (bar === this.bar) return;
    this.observer?.disconnect();
    this.bar = bar;
    if (!bar) return;
    this.observer ??= new IntersectionObserver((entries) => {
      const active = (this.host.renderRoot as Partial<DocumentOrShadowRoot>).activeElement;
      if (entries.some((e) => e.isIntersecting) && !(active && this.bar?.contains(active))) this.more();
    });
    this.observer.observe(bar);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.bar = undefined;
  }
}
