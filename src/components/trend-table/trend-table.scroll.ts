/**
 * Keeps keyboard focus clear of the table's sticky header row and name column (WCAG 2.4.11), as
 * the scroller's focusin handler. The scroller's scroll-padding does it for a control scrolled in
 * from out of view; a control already on screen is not scrolled by the browser even when the
 * sticky parts cover it (going back along the headers or up the rows), so it is moved clear
 * here, after the browser's own scroll.
 */
export function keepClearOfStickyParts(e: FocusEvent): void {
  const scroller = e.currentTarget as HTMLElement;
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement) || target === scroller) return;
  // What sits in the name column or the header row moves with it, so only the other direction can hide it.
  const inNames = target.closest('thead th:first-child, th[scope="row"]') !== null;
  const inHead = target.closest('thead') !== null;
  const root = scroller.getRootNode() as ShadowRoot | Document;
  requestAnimationFrame(() => {
    if (root.activeElement !== target) return;
    const box = target.getBoundingClientRect();
    const head = scroller.querySelector('thead')?.getBoundingClientRect();
    const name = scroller.querySelector('thead th:first-child')?.getBoundingClientRect();
    const gap = 4;
    const left = !inNames && name && box.left < name.right ? box.left - name.right - gap : 0;
    const top = !inHead && head && box.top < head.bottom ? box.top - head.bottom - gap : 0;
    if (left || top) scroller.scrollBy({ left, top, behavior: 'instant' });
  });
}
