import type { MierukaDocument } from '../../data-schema/index.js';

/**
 * A valid document with `count` indicators spread over `groups` plans (10 by default), each
 * with values for fiscal years 2016 and 2020–2023 and a 2025 target. Values are deterministic:
 * indicator i (0-based) has 2023 value `(i * 7919) % count` — a permutation of 0 … count−1 when
 * count is not a multiple of 7919 — so a test knows exactly which indicator sorts first.
 */
export function syntheticDocument(count = 1000, groups = 10): MierukaDocument {
  const perGroup = Math.ceil(count / groups);
  const nodes = Array.from({ length: groups }, (_, g) => ({
    id: `s${g + 1}`,
    level: 'plan',
    number: String(g + 1),
    title: `合成施策${g + 1}`,
    indicators: Array.from({ length: Math.max(0, Math.min(perGroup, count - g * perGroup)) }, (_, j) => {
      const i = g * perGroup + j;
      const latest = (i * 7919) % count;
      return {
        id: `k${i}`,
        name: `合成指標${i}`,
        unit: '件',
        observations: [
          { fiscalYear: 2016, label: '策定時', value: latest + 3 },
          { fiscalYear: 2020, label: '見直し時', value: latest + 2 },
          { fiscalYear: 2021, label: '中間年度', value: latest + 1 },
          { fiscalYear: 2022, value: i % 13 === 0 ? null : latest },
          { fiscalYear: 2023, value: latest },
        ],
        target: { fiscalYear: 2025, value: latest + 10 },
        departments: [{ name: `第${(i % 5) + 1}課` }],
        explanation: `合成指標${i}の説明`,
      };
    }),
  }));
  return {
    schemaVersion: '1.0',
    id: 'synthetic',
    title: `合成文書（${count}指標）`,
    municipality: 'テスト市',
    levels: [{ id: 'plan', name: '施策' }],
    nodes,
  } as MierukaDocument;
}
