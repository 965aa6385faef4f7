import type { MierukaDocument, PlanNode } from '../../data-schema/index.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const DEPARTMENTS = ['行政マネジメント課', '人事課', 'DX戦略課', '財政課', '市民・NPO活動推進課', '契約検査課', '資産管理課', '政策開発課'];
const FIVE = ['counter', 'cash', 'paper', 'file', 'move'] as const;

export interface SyntheticOptions {
  goals: number;
  initiativesPerGoal: number;
  plansPerInitiative: number;
}

/**
 * A synthetic plan document of goals × initiatives × plans (10 × 10 × 100 = 10,000 plans),
 * shaped like the reform plan (levels 重点推進目標/取組事項/実施計画 with counter 計画),
 * with departments, 5レス marks, SDGs targets and, on some plans, an indicator, so that
 * every column of a row and every filter has something to work on. Deterministic.
 */
export function syntheticDocument({ goals, initiativesPerGoal, plansPerInitiative }: SyntheticOptions): MierukaDocument {
  const nodes: PlanNode[] = [];
  for (let g = 1; g <= goals; g++) {
    const initiatives: PlanNode[] = [];
    for (let i = 1; i <= initiativesPerGoal; i++) {
      const plans: PlanNode[] = [];
      for (let p = 1; p <= plansPerInitiative; p++) {
        const n = ((g - 1) * initiativesPerGoal + (i - 1)) * plansPerInitiative + p;
        const id = `g${g}-i${i}-p${p}`;
        plans.push({
          id,
          level: 'plan',
          number: CIRCLED[(p - 1) % CIRCLED.length]!,
          title: `実施計画 ${n} の推進`,
          departments: [{ name: DEPARTMENTS[n % DEPARTMENTS.length]! }],
          fiveLess: Object.fromEntries(FIVE.map((k, j) => [k, (n + j) % 3 === 0])),
          sdgs: [`${(n % 17) + 1}`],
          ...(n % 10 === 0
            ? {
                indicators: [
                  { id: `${id}-k1`, name: `指標 ${n}`, unit: '件', baseline: { fiscalYear: 2021, value: n % 50 }, target: { fiscalYear: 2025, value: 100 } },
                ],
              }
            : {}),
        });
      }
      initiatives.push({ id: `g${g}-i${i}`, level: 'initiative', number: String(i), title: `取組事項 ${g}-${i}`, children: plans });
    }
    nodes.push({ id: `g${g}`, level: 'goal', number: String(g), title: `重点推進目標 ${g}`, children: initiatives });
  }
  return {
    schemaVersion: '1.0',
    id: 'synthetic',
    title: `合成した計画（${goals * initiativesPerGoal * plansPerInitiative}計画）`,
    municipality: 'テスト市',
    levels: [
      { id: 'goal', name: '重点推進目標' },
      { id: 'initiative', name: '取組事項' },
      { id: 'plan', name: '実施計画', counter: '計画' },
    ],
    nodes,
  };
}
