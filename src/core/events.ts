/**
 * The events every element fires: bubbling and composed, so a page can listen on any
 * ancestor (or on document) whatever shadow roots lie between.
 */
export interface MierukaLoadDetail {
  /** The document's id. */
  id: string;
  /** The document's asOf date, when it has one. */
  asOf?: string | undefined;
  /** Where the document came from: its URL, "data" or "inline". */
  source: string;
  /** True when this load replaced data already shown (a refresh that brought a change). */
  update: boolean;
}

export type MierukaErrorKind =
  | 'http'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'not-json'
  | 'html'
  | 'schema'
  | 'unknown-node'
  | 'unknown-indicator'
  | 'no-source'
  | 'invalid-attribute';

export interface MierukaErrorDetail {
  kind: MierukaErrorKind;
  message: string;
  /** JSON Pointer of the first problem (schema errors), or the attribute at fault. */
  path?: string | undefined;
  /** Every problem, for schema errors. */
  problems?: { path: string; message: string }[] | undefined;
  /** HTTP status, for http errors. */
  status?: number | undefined;
}

/**
 * What the reader chose. Where a choice can be taken back (a 5レス category or an SDGs goal
 * pressed again), the event fires once more with `id: null`, so that a page which narrowed
 * something to the choice can widen it again.
 */
export type MierukaSelectDetail =
  | {
      /**
       * What was selected: a node, an indicator, a 5レス category, an SDGs goal, a status
       * (id: achieved, onTrack … from the progress summary) or a grade (id: the grade as printed).
       */
      kind: 'node' | 'indicator' | 'category' | 'goal' | 'status' | 'grade';
      id: string;
      /** The node or indicator title (or the status or grade as shown), for convenience. */
      title?: string | undefined;
      /** For a grade: the id of its scale (scales). */
      scale?: string | undefined;
    }
  | {
      /** The reader cleared their choice of a 5レス category, an SDGs goal, a status or a grade: nothing is chosen now. */
      kind: 'category' | 'goal' | 'status' | 'grade';
      id: null;
      title?: undefined;
      scale?: undefined;
    };

export class MierukaLoadEvent extends CustomEvent<MierukaLoadDetail> {
  static readonly eventName = 'mieruka-load';
  constructor(detail: MierukaLoadDetail) {
    super(MierukaLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export class MierukaErrorEvent extends CustomEvent<MierukaErrorDetail> {
  static readonly eventName = 'mieruka-error';
  constructor(detail: MierukaErrorDetail) {
    super(MierukaErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export class MierukaSelectEvent extends CustomEvent<MierukaSelectDetail> {
  static readonly eventName = 'mieruka-select';
  constructor(detail: MierukaSelectDetail) {
    super(MierukaSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mieruka-load': MierukaLoadEvent;
    'mieruka-error': MierukaErrorEvent;
    'mieruka-select': MierukaSelectEvent;
  }
}
