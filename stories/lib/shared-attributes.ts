import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The story args every element shares (MierukaElement's attributes and the data property). */
export interface SharedArgs {
  src?: string | undefined;
  data?: unknown;
  node?: string | undefined;
  indicator?: string | undefined;
  refresh?: number | undefined;
  timeout?: number | undefined;
  lang?: string | undefined;
  theme?: 'light' | 'dark' | undefined;
  wareki?: boolean | undefined;
}

const ATTRIBUTES = ['src', 'node', 'indicator', 'refresh', 'timeout', 'lang', 'theme'] as const;

/**
 * Binds the shared args in one place, as the element's own bindings would: an unset arg removes
 * its attribute, `wareki` is a boolean attribute and `data` is set as a property. Lit templates
 * have no attribute spread, and without this every stories file repeated the same nine bindings.
 */
class SharedAttributes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('shared(): use it on an element');
  }
  override render(_args: SharedArgs) {
    return nothing;
  }
  override update(part: ElementPart, [args]: [SharedArgs]) {
    const el = part.element as Element & { data?: unknown };
    for (const name of ATTRIBUTES) {
      const value = args[name];
      if (value === undefined || value === null || value === '') el.removeAttribute(name);
      else el.setAttribute(name, String(value));
    }
    el.toggleAttribute('wareki', Boolean(args.wareki));
    el.data = args.data;
    return nothing;
  }
}

export const shared = directive(SharedAttributes);
