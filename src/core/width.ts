import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the element's own box is narrower than `rem` root-relative ems (its container's
 * width, never the viewport's). Read once, synchronously, before the first render so a phone
 * never sees the wide layout flash; then followed with a ResizeObserver whose changes are
 * applied in the next frame (changing the layout inside the observer's callback would make
 * Chromium report a "ResizeObserver loop").
 */
export class WidthController implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;
  private frame = 0;
  private measured = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rem: number,
  ) {
    host.addController(this);
  }

  private isNarrow(width: number): boolean {
    const px = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    return width > 0 && width < this.rem * px;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = this.isNarrow(entry!.contentRect.width);
      if (narrow === this.narrow) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostUpdate(): void {
    if (this.measured) return;
    this.measured = true;
    this.narrow = this.isNarrow(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.measured = false;
  }
}
