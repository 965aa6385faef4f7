import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property name (dash-case or a custom property) → value; null or undefined removes it. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), from the first
 * render on. Lit's `styleMap` writes a `style="…"` attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline', e.g. `default-src 'self'`)
 * blocks and reports; CSSOM writes are not subject to CSP. An element directive:
 * `<span ${styleProps({ color: c, '--_depth': '2' })}>`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps is an element directive: <span ${styleProps({…})}>, not style=${…}');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
