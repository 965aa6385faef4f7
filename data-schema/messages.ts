/**
 * The validator's messages, one catalogue per language. They are written for the people who
 * keep the data (city staff editing JSON by hand), so they say what to fix in plain words.
 */
export type Lang = 'ja' | 'en';

export interface MessageCatalogue {
  required: () => string;
  type: (expected: string, got: string) => string;
  tooSmall: (origin: string, minimum: number | bigint) => string;
  tooBig: (origin: string, maximum: number | bigint) => string;
  enumValue: (values: string) => string;
  format: (what: string) => string;
  unknownKey: (key: string, suggestion?: string) => string;
  duplicateId: (kind: string, id: string, other: string) => string;
  unknownRef: (kind: string, id: string) => string;
  unknownGrade: (scale: string, value: string, allowed: string) => string;
  periodOrder: () => string;
  targetEmpty: () => string;
  gradeNeedsScale: () => string;
  tooDeep: (max: number) => string;
  invalid: () => string;
  formats: Record<string, string>;
  kinds: Record<string, string>;
  types: Record<string, string>;
}

const ja: MessageCatalogue = {
  required: () => '必須の項目がありません',
  type: (expected, got) => `${expected}が必要ですが、${got}です`,
  tooSmall: (origin, min) =>
    origin === 'array' ? `${min}個以上の要素が必要です` : origin === 'string' ? (Number(min) === 1 ? '空にはできません' : `${min}文字以上が必要です`) : `${min}以上の値が必要です`,
  tooBig: (origin, max) =>
    origin === 'array' ? `要素は${max}個までです` : origin === 'string' ? `${max}文字までです` : `${max}以下の値が必要です`,
  enumValue: (values) => `次のいずれかを指定してください: ${values}`,
  format: (what) => `${what}の形式ではありません`,
  unknownKey: (key, s) => (s ? `不明な項目「${key}」（「${s}」の誤りではありませんか）` : `不明な項目「${key}」は使われません`),
  duplicateId: (kind, id, other) => `${kind}の id「${id}」が重複しています（${other} と同じ）`,
  unknownRef: (kind, id) => `${kind}「${id}」が見つかりません`,
  unknownGrade: (scale, value, allowed) => `「${value}」は尺度「${scale}」にありません（${allowed}）`,
  periodOrder: () => '終了年度が開始年度より前です',
  targetEmpty: () => '目標には数値（value）か文言（text）が必要です',
  gradeNeedsScale: () => '評語（value）には尺度（scale）の指定が必要です',
  tooDeep: (max) => `入れ子が深すぎます（${max}階層まで）`,
  invalid: () => '値が正しくありません',
  formats: {
    id: '識別子（英数字で始まり、英数字と _ . : - のみ）',
    date: '日付（YYYY、YYYY-MM、YYYY-MM-DD）',
    url: 'http または https の URL',
    sdgs: 'SDGs のゴール・ターゲット番号（11、11.7、11.b など）',
    version: 'スキーマの版（"1.0" など）',
    code: '全国地方公共団体コード（6桁の数字）',
  },
  kinds: {
    node: '項目', indicator: '指標', level: '階層', scale: '尺度', department: '所属', source: '出典',
  },
  types: {
    string: '文字列', number: '数値', int: '整数', boolean: '真偽値（true / false）', object: 'オブジェクト',
    array: '配列', null: 'null', undefined: '未指定',
  },
};

const en: MessageCatalogue = {
  required: () => 'Required field is missing',
  type: (expected, got) => `Expected ${expected}, got ${got}`,
  tooSmall: (origin, min) =>
    origin === 'array' ? `Needs at least ${min} item(s)` : origin === 'string' ? (Number(min) === 1 ? 'Must not be empty' : `Needs at least ${min} characters`) : `Must be at least ${min}`,
  tooBig: (origin, max) =>
    origin === 'array' ? `At most ${max} items` : origin === 'string' ? `At most ${max} characters` : `Must be at most ${max}`,
  enumValue: (values) => `Use one of: ${values}`,
  format: (what) => `Not a valid ${what}`,
  unknownKey: (key, s) => (s ? `Unknown key "${key}" (did you mean "${s}"?)` : `Unknown key "${key}" is ignored`),
  duplicateId: (kind, id, other) => `Duplicate ${kind} id "${id}" (also at ${other})`,
  unknownRef: (kind, id) => `No ${kind} with id "${id}"`,
  unknownGrade: (scale, value, allowed) => `"${value}" is not a level of scale "${scale}" (${allowed})`,
  periodOrder: () => 'The end comes before the start',
  targetEmpty: () => 'A target needs a number (value) or words (text)',
  gradeNeedsScale: () => 'A grade (value) needs its scale',
  tooDeep: (max) => `Nested too deeply (at most ${max} levels)`,
  invalid: () => 'Invalid value',
  formats: {
    id: 'identifier (a letter or digit first; then letters, digits, _ . : -)',
    date: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
    url: 'http or https URL',
    sdgs: 'SDGs goal or target code (11, 11.7, 11.b …)',
    version: 'schema version ("1.0" …)',
    code: 'local government code (6 digits)',
  },
  kinds: {
    node: 'item', indicator: 'indicator', level: 'level', scale: 'scale', department: 'department', source: 'source',
  },
  types: {
    string: 'text', number: 'a number', int: 'an integer', boolean: 'true or false', object: 'an object',
    array: 'an array', null: 'null', undefined: 'nothing',
  },
};

export const MESSAGES: Record<Lang, MessageCatalogue> = { ja, en };
