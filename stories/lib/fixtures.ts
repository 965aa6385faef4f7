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

/**
 * A made-up report graded A / B / 完了 / - with no legend (the scale lists the grades and says
 * nothing of what they mean), graded per department, with a re-listed item, an older
 * year's grade, a period's grade, and indicators with sub-series.
 */
export const GRADED_DOCUMENT = {
  schemaVersion: '1.0',
  id: 'graded',
  title: '架空市行政改革 最終評価',
  municipality: '架空市',
  levels: [
    { id: 'goal', name: '基本方針' },
    { id: 'item', name: '取組項目', counter: '項目' },
  ],
  scales: [{ id: 'eval', name: '評価', levels: [{ value: 'A' }, { value: 'B' }, { value: '完了' }, { value: '-' }] }],
  nodes: [
    {
      id: 'g1',
      level: 'goal',
      title: '市民サービスの向上',
      children: [
        { id: 'i1', level: 'item', title: '窓口の一本化', assessments: [{ scale: 'eval', value: 'B', fiscalYear: 2022 }, { scale: 'eval', value: 'A', fiscalYear: 2023 }] },
        {
          id: 'i2',
          level: 'item',
          title: '電子申請の拡大',
          assessments: [
            { scale: 'eval', value: 'A', fiscalYear: 2023, departments: [{ name: '情報政策課' }] },
            { scale: 'eval', value: 'B', fiscalYear: 2023, departments: [{ name: '市民課' }] },
            { scale: 'eval', value: '完了', fiscalYear: 2023, departments: [{ name: '税務課' }, { name: '収納課' }] },
          ],
        },
        { id: 'i3', level: 'item', title: '窓口の一本化（再掲）', relistOf: 'i1', assessments: [{ scale: 'eval', value: 'A', fiscalYear: 2023 }] },
      ],
    },
    {
      id: 'g2',
      level: 'goal',
      title: '行政運営の効率化',
      children: [
        { id: 'i4', level: 'item', title: '庁舎の集約', assessments: [{ scale: 'eval', value: '-', period: { start: 2020, end: 2023 } }] },
        { id: 'i5', level: 'item', title: '公用車の削減', assessments: [{ scale: 'eval', value: 'B', fiscalYear: 2023 }] },
        {
          id: 'i6',
          level: 'item',
          title: '指標だけの項目',
          indicators: [
            {
              id: 'k1',
              name: '手続のオンライン化率',
              series: [
                { name: '市民向け', baseline: { fiscalYear: 2020, value: 10 }, observations: [{ fiscalYear: 2023, value: 60 }], target: { fiscalYear: 2023, value: 50 } },
                { name: '事業者向け', baseline: { fiscalYear: 2020, value: 10 }, observations: [{ fiscalYear: 2023, value: 5 }], target: { fiscalYear: 2023, value: 50 } },
              ],
            },
            { id: 'k2', name: '職員数', baseline: { fiscalYear: 2020, value: 100 }, observations: [{ fiscalYear: 2023, value: 90 }], target: { fiscalYear: 2025, value: 80 } },
            { id: 'k3', name: '満足度', target: { text: '向上' } },
          ],
        },
      ],
    },
  ],
};
