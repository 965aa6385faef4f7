// A small valid document, shared by the mock server (Node) and the tests (browser).
export function mockDocument(title = 'テスト計画', version = 1) {
  return {
    schemaVersion: '1.0',
    id: 'mock',
    title,
    municipality: '郡山市',
    asOf: '2024-03-31',
    levels: [
      { id: 'goal', name: '重点推進目標' },
      { id: 'plan', name: '実施計画', counter: '計画' },
    ],
    nodes: [
      {
        id: 'g1',
        level: 'goal',
        number: '1',
        title: `目標一 v${version}`,
        children: [
          {
            id: 'g1-p1',
            level: 'plan',
            number: '①',
            title: '協働のまちづくりの推進',
            indicators: [{ id: 'k1', name: '地域への愛着度', unit: '%', decimals: 1, target: { fiscalYear: 2025, value: 70 }, observations: [{ fiscalYear: 2021, value: 68.2 }] }],
          },
          { id: 'g1-p2', level: 'plan', number: '②', title: 'セーフコミュニティ活動の推進' },
        ],
      },
    ],
  };
}

