/**
 * A document with the mistakes a plan owner makes when typing JSON by hand: a level that is not
 * declared, an empty title, an id with a space, a fiscal year written as text. Each element shows
 * them in an alert with their JSON paths.
 */
export const INVALID_DOCUMENT = {
  schemaVersion: '1.0',
  id: 'invalid example',
  title: '',
  municipality: 'テスト市',
  levels: [{ id: 'plan', name: '実施計画' }],
  nodes: [
    {
      id: 'p1',
      level: 'goal',
      title: '窓口の手続のオンライン化',
      indicators: [{ id: 'p1-k1', name: 'オンライン申請率', unit: '%', observations: [{ fiscalYear: '2023年度', value: 42 }] }],
    },
  ],
};

/** A document with one plan and nothing else: no indicators, no SDGs, no 5レス marks. */
export const BARE_DOCUMENT = {
  schemaVersion: '1.0',
  id: 'bare',
  title: '空の計画',
  municipality: 'テスト市',
  levels: [{ id: 'plan', name: '実施計画', counter: '計画' }],
  nodes: [{ id: 'p1', level: 'plan', title: '窓口の手続のオンライン化' }],
};
