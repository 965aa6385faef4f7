// The five of 5レス, without zod: the widgets read these names, and only the schema needs zod.

/** The five categories of 5レス. A key left out means the mark is unknown (未設定), not "no". */
export const FIVE_LESS_KEYS = ['counter', 'cash', 'paper', 'file', 'move'] as const;
export type FiveLessKey = (typeof FIVE_LESS_KEYS)[number];

/** The built-in names of the five, used where a document defines none. */
export const FIVE_LESS_NAMES: Record<FiveLessKey, { ja: string; en: string }> = {
  counter: { ja: 'カウンターレス', en: 'Counterless' },
  cash: { ja: 'キャッシュレス', en: 'Cashless' },
  paper: { ja: 'ペーパーレス', en: 'Paperless' },
  file: { ja: 'ファイルレス', en: 'Fileless' },
  move: { ja: 'ムーブ（会議）レス', en: 'Move(meeting)less' },
};
