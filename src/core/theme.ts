import { css, unsafeCSS } from 'lit';

/**
 * Colour values from the Digital Agency design tokens (@digital-go-jp/design-tokens), copied
 * as values rather than var(--color-…) references so a widget looks right on a page that does
 * not load tokens.css. Status colours pair blue with orange rather than green with red, so
 * they stay apart for colour-blind readers; a symbol and words always go with them.
 */
const light = css`
  --mieruka-color-text: #1a1a1a;
  --mieruka-color-muted: #4d4d4d;
  --mieruka-color-background: #ffffff;
  --mieruka-color-surface: #f2f2f2;
  --mieruka-color-border: #767676;
  --mieruka-color-divider: #cccccc;
  --mieruka-color-accent: #0017c1;
  --mieruka-color-accent-surface: #e8f1fe;
  --mieruka-color-focus: #0877d7;
  --mieruka-color-alert: #a90000;
  --mieruka-color-alert-surface: #fdeeee;
  --mieruka-status-achieved: #0031d8;
  --mieruka-status-on-track: #0055ad;
  --mieruka-status-flat: #4d4d4d;
  --mieruka-status-behind: #8a5300;
  --mieruka-status-off-track: #a63a00;
  --mieruka-status-done: #115a36;
`;

const dark = css`
  --mieruka-color-text: #f2f2f2;
  --mieruka-color-muted: #cccccc;
  --mieruka-color-background: #1a1a1a;
  --mieruka-color-surface: #333333;
  --mieruka-color-border: #999999;
  --mieruka-color-divider: #4d4d4d;
  --mieruka-color-accent: #9db7f9;
  --mieruka-color-accent-surface: #00118f;
  --mieruka-color-focus: #57b8ff;
  --mieruka-color-alert: #ff9696;
  --mieruka-color-alert-surface: #620000;
  --mieruka-status-achieved: #9db7f9;
  --mieruka-status-on-track: #97d3ff;
  --mieruka-status-flat: #cccccc;
  --mieruka-status-behind: #ffd43d;
  --mieruka-status-off-track: #ff9f6e;
  --mieruka-status-done: #71c598;
`;

/** Shared by every element: custom properties, dark and forced-colours, status frame, helpers. */
export const baseStyles = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--mieruka-color-text);
    background: var(--mieruka-color-background);
    font-family: var(--mieruka-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif);
    font-size: var(--mieruka-font-size, 1rem);
    line-height: 1.7;
    border-radius: var(--mieruka-radius, 0.5rem);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--mieruka-color-focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='alert'] {
    margin: 0 0 0.75rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--mieruka-color-alert);
    border-radius: var(--mieruka-radius, 0.5rem);
    background: var(--mieruka-color-alert-surface);
    color: var(--mieruka-color-text);
  }
  [part~='alert'] strong {
    color: var(--mieruka-color-alert);
  }
  [part~='alert'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  [part~='alert'] code {
    font-family: var(--mieruka-font-family-mono, 'Noto Sans Mono', ui-monospace, monospace);
  }
  [part~='stale'] {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.75rem;
    border-inline-start: 4px solid var(--mieruka-status-behind);
    background: var(--mieruka-color-surface);
    font-size: 0.875em;
  }
  [part~='skeleton'] {
    min-height: var(--mieruka-skeleton-height, 8rem);
    border-radius: var(--mieruka-radius, 0.5rem);
    background: linear-gradient(90deg, var(--mieruka-color-surface) 0%, var(--mieruka-color-divider) 50%, var(--mieruka-color-surface) 100%);
    background-size: 200% 100%;
    animation: mieruka-shimmer 1.5s ease-in-out infinite;
  }
  @keyframes mieruka-shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='skeleton'] { animation: none; }
  }
  @media (forced-colors: active) {
    :host {
      --mieruka-color-text: CanvasText;
      --mieruka-color-muted: CanvasText;
      --mieruka-color-background: Canvas;
      --mieruka-color-surface: Canvas;
      --mieruka-color-border: CanvasText;
      --mieruka-color-divider: GrayText;
      --mieruka-color-accent: Highlight;
      --mieruka-color-focus: Highlight;
      --mieruka-color-alert: CanvasText;
      --mieruka-status-achieved: CanvasText;
      --mieruka-status-on-track: CanvasText;
      --mieruka-status-flat: CanvasText;
      --mieruka-status-behind: CanvasText;
      --mieruka-status-off-track: CanvasText;
      --mieruka-status-done: CanvasText;
    }
    [part~='skeleton'] { background: Canvas; border: 1px solid GrayText; animation: none; }
  }
  /*
   * Print (issue #23): a council handout on A4. Light colours whatever the screen's theme; controls
   * that only act print as nothing (each element names its own), buttons that carry data (a count,
   * a goal) print as their text; a link's address follows its text (attr(), no script: CSP-safe);
   * a table row, a list item or a card is not split across pages.
   */
  @page {
    size: A4;
    margin: 15mm 12mm;
  }
  @media print {
    :host,
    :host(:not([theme='light'])),
    :host([theme='dark']) {
      ${light}
      color: #000;
      background: none;
      border-radius: 0;
      box-shadow: none;
    }
    button {
      color: inherit !important;
      background: none !important;
      border: 0 !important;
      box-shadow: none !important;
      outline: none !important;
      min-height: 0 !important;
      padding: 0;
      font: inherit;
      text-align: inherit;
    }
    select,
    input,
    summary,
    [part~='skeleton'] {
      display: none !important;
    }
    a[href] {
      color: inherit;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    tr,
    li,
    figure,
    [part~='card'] {
      break-inside: avoid;
    }
    h1, h2, h3, h4, h5, h6, caption, thead {
      break-after: avoid;
    }
  }
`;

/** The token values, for stories and docs that show the palette. */
export const THEME_CSS = { light: unsafeCSS(light.cssText), dark: unsafeCSS(dark.cssText) };
