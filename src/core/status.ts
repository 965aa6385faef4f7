import type { Status } from '../../data-schema/index.js';
import type { Lang } from './i18n.js';

/**
 * A status is never shown by colour alone: each has a symbol Japanese readers know
 * (◎ ○ △ ✕) and a word, and a colour custom property for those who see it.
 */
const SYMBOLS: Record<Status, string> = {
  achieved: '◎', onTrack: '○', flat: '―', behind: '△', offTrack: '✕', done: '✓', notApplicable: '－', unknown: '？',
};

const LABELS: Record<Lang, Record<Status, string>> = {
  ja: {
    achieved: '目標達成', onTrack: '順調', flat: '横ばい', behind: '遅れ', offTrack: '目標から遠ざかっている',
    done: '完了', notApplicable: '対象外', unknown: '判定なし',
  },
  en: {
    achieved: 'Target met', onTrack: 'On track', flat: 'No change', behind: 'Behind', offTrack: 'Moving away from target',
    done: 'Done', notApplicable: 'Not applicable', unknown: 'Not assessed',
  },
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
  return { symbol: SYMBOLS[status], label: LABELS[lang][status], colour: COLOURS[status] };
}

/** Every status key, best first, then states, then 判定なし (the order counts are shown in). */
export const STATUS_KEYS: readonly Status[] = ['achieved', 'onTrack', 'flat', 'behind', 'offTrack', 'done', 'notApplicable', 'unknown'];

export const isStatus = (value: string): value is Status => (STATUS_KEYS as readonly string[]).includes(value);

/** The problem of a `status` attribute that names no status, in the reader's language. */
export const invalidStatus = (value: string, lang: Lang): string =>
  lang === 'ja' ? `status 属性の値「${value}」は使えません（${STATUS_KEYS.join('、')} のいずれか）` : `The status attribute "${value}" is not one of ${STATUS_KEYS.join(', ')}`;

/** What a `status` filter that leaves nothing says. */
export const NO_MATCH: Record<Lang, string> = {
  ja: 'この条件に当てはまる指標はありません。',
  en: 'No indicator has this status.',
};
