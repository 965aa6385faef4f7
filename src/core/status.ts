import type { Status } from '../../data-schema/index.js';
import { formatList } from './format.js';
import { coreStrings, type Lang } from './i18n.js';

/**
 * A status is never shown by colour alone: each has a symbol Japanese readers know
 * (◎ ○ △ ✕) and a word, and a colour custom property for those who see it.
 */
const SYMBOLS: Record<Status, string> = {
  achieved: '◎', onTrack: '○', flat: '―', behind: '△', offTrack: '✕', done: '✓', notApplicable: '－', unknown: '？',
};

const COLOURS: Record<Status, string> = {
  achieved: 'var(--mieruka-status-achieved)',
  onTrack: 'var(--mieruka-status-on-track)',
  flat: 'var(--mieruka-status-flat)',
  behind: 'var(--mieruka-status-behind)',
  offTrack: 'var(--mieruka-status-off-track)',
  done: 'var(--mieruka-status-done)',
  notApplicable: 'var(--mieruka-color-muted)',
  unknown: 'var(--mieruka-color-muted)',
};

export interface StatusInfo {
  symbol: string;
  label: string;
  colour: string;
}

export function statusInfo(status: Status, lang: Lang): StatusInfo {
  return { symbol: SYMBOLS[status], label: coreStrings(lang).status[status], colour: COLOURS[status] };
}

/** Every status key, best first, then states, then 判定なし (the order counts are shown in). */
export const STATUS_KEYS: readonly Status[] = ['achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown'];

export const isStatus = (value: string): value is Status => (STATUS_KEYS as readonly string[]).includes(value);

/** The problem of a `status` attribute that names no status, in the reader's language. */
export const invalidStatus = (value: string, lang: Lang): string => coreStrings(lang).invalidStatus(value, formatList(STATUS_KEYS, lang));
