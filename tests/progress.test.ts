import { expect } from '@open-wc/testing';
import type { Indicator, MierukaDocument, PlanNode } from '../data-schema/index.js';
import { indexDocument } from '../src/core/document-query.js';
import { assessedStatus, hasOwnReading, readIndicator, readIndicatorAll } from '../src/core/progress.js';

// readIndicator and assessedStatus on real seed indicators (data-schema/examples), one case per
// shape the seeds hold: higher and lower is better, 以下, marks with and without a status,
// passed targets, restated values, — cells, sub-series (小6 / 中3), baselines apart from the
// observations, qualitative targets.

const load = async (name: string) => (await (await fetch(`/data-schema/examples/${name}.json`)).json()) as MierukaDocument;

let collab: MierukaDocument;
let goal3: MierukaDocument;
before(async () => {
  [collab, goal3] = await Promise.all([load('koriyama-collaboration-2023'), load('koriyama-reform-2022-goal3')]);
});

const indicator = (doc: MierukaDocument, id: string): Indicator => {
  const found = indexDocument(doc).indicators.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found.indicator;
};
const node = (doc: MierukaDocument, id: string): PlanNode => indexDocument(doc).nodes.get(id)!.node;

describe('readIndicator', () => {
  describe('higher is better (きらめき出前講座実施件数, p1-k1)', () => {
    it('reads baseline, latest, target and points from the observations', () => {
      const r = readIndicator(indicator(collab, 'p1-k1'), collab);
      expect(r.name).to.equal('きらめき出前講座実施件数');
      expect(r.unit).to.equal('件');
      expect(r.baseline).to.deep.equal({ fiscalYear: 2016, value: 261, label: '策定時' });
      expect(r.latest).to.deep.equal({ fiscalYear: 2023, value: 299, label: undefined });
      expect(r.target).to.deep.equal({ fiscalYear: 2025, value: 300 });
      expect(r.points.map((p) => p.value)).to.deep.equal([261, 238, 296, 260, 299]);
      expect(r.direction).to.equal('increase');
      expect(r.progress).to.equal(38 / 39);
    });

    it('takes the status from the data’s arrow (↑ → onTrack)', () => {
      const r = readIndicator(indicator(collab, 'p1-k1'), collab);
      expect(r).to.include({ status: 'onTrack', statusSource: 'data', mark: '↑' });
    });

    it('without the document’s scales, computes it: 97% of the way in 7 of 9 years is on track', () => {
      const r = readIndicator(indicator(collab, 'p1-k1'));
      expect(r).to.include({ status: 'onTrack', statusSource: 'rule', mark: '↑' });
    });
  });

  describe('lower is better (市内交通事故発生件数, p7-k2)', () => {
    it('infers the direction from a target below the baseline', () => {
      const r = readIndicator(indicator(collab, 'p7-k2'), collab);
      expect(r.direction).to.equal('decrease');
      expect(r.progress).to.be.closeTo((601 - 1128) / (300 - 1128), 1e-12);
    });

    it('the data’s ↓ (moving away since last year) wins over the rule', () => {
      expect(readIndicator(indicator(collab, 'p7-k2'), collab)).to.include({ status: 'offTrack', statusSource: 'data', mark: '↓' });
    });

    it('by the rule alone, 64% of the way in 78% of the time is behind (64/78 < 0.95)', () => {
      expect(readIndicator(indicator(collab, 'p7-k2'))).to.include({ status: 'behind', statusSource: 'rule' });
    });
  });

  describe('1人1日当たりのごみ排出量 (p4-k5): no arrow, restated values', () => {
    it('reads the first printed value, not the restated one, and computes behind', () => {
      const r = readIndicator(indicator(collab, 'p4-k5'), collab);
      expect(r.baseline?.value).to.equal(1141);
      expect(r.latest?.value).to.equal(1105);
      expect(r.direction).to.equal('decrease');
      expect(r.progress).to.equal(36 / 189);
      expect(r).to.include({ status: 'behind', statusSource: 'rule', mark: undefined });
    });
  });

  describe('marks whose scale level names no status (↗ ↘)', () => {
    it('keeps the mark and falls back to the rule (生涯学習きらめきバンク登録者数, ↘, 276 → 161 for 300)', () => {
      const r = readIndicator(indicator(collab, 'p2-k1'), collab);
      expect(r).to.include({ mark: '↘', statusSource: 'rule', status: 'offTrack' });
      expect(r.progress).to.be.below(0);
    });
  });

  describe('a flat arrow (市内NPO法人数, →)', () => {
    it('reads flat from the data', () => {
      expect(readIndicator(indicator(collab, 'p5-k2'), collab)).to.include({ status: 'flat', statusSource: 'data' });
    });
  });

  describe('a target passed (ICT講習会の受講者数, 494 for 220)', () => {
    it('is achieved by the rule', () => {
      const r = readIndicator(indicator(collab, 'p3-k4'));
      expect(r).to.include({ status: 'achieved', statusSource: 'rule' });
      expect(r.progress).to.be.above(1);
    });

    it('the data’s ↑ ("approaching or exceeding") still wins', () => {
      expect(readIndicator(indicator(collab, 'p3-k4'), collab)).to.include({ status: 'onTrack', statusSource: 'data' });
    });
  });

  describe('— cells', () => {
    it('skips a — at the start: the baseline is the first printed value (郡山市公式LINE登録者数)', () => {
      const r = readIndicator(indicator(collab, 'p3-k2'), collab);
      expect(r.baseline).to.deep.equal({ fiscalYear: 2020, value: 6689, label: '見直し時' });
      expect(r.points).to.have.length(4);
      // The target as printed first (21,973人); the restated 22,000人 stays in target.restated.
      expect(r.target?.value).to.equal(21973);
      expect(r.target?.restated?.[0]?.value).to.equal(22000);
    });

    it('skips — at the end: the latest is the last printed value (スモールスタート支援事業, 2024/2025 —)', () => {
      const r = readIndicator(indicator(collab, 'p5-k5'), collab);
      expect(r.latest).to.deep.equal({ fiscalYear: 2023, value: 11, label: undefined });
    });
  });

  describe('sub-series (地域の行事に参加している児童(小6)・生徒(中3)の割合, p1-k4)', () => {
    it('reads each series with its own target, unit and decimals', () => {
      const i = indicator(collab, 'p1-k4');
      const [six, nine] = i.series!;
      const r6 = readIndicator(i, collab, six);
      expect(r6.name).to.equal('地域の行事に参加している児童(小6)・生徒(中3)の割合（小6）');
      expect(r6).to.include({ unit: '%', decimals: 1 });
      expect(r6.baseline?.value).to.equal(71.2);
      expect(r6.latest?.value).to.equal(57.8);
      expect(r6.target?.value).to.equal(75);
      expect(r6.points).to.have.length(4); // 見直し時 is —
      expect(readIndicator(i, collab, nine).target?.value).to.equal(50);
    });

    it('a series is judged by the rule; the arrow printed once for the indicator stays the indicator’s', () => {
      const i = indicator(collab, 'p1-k4');
      expect(readIndicator(i, collab, i.series![0])).to.include({ status: 'offTrack', statusSource: 'rule', mark: undefined });
      expect(readIndicator(i, collab, i.series![1])).to.include({ status: 'behind', statusSource: 'rule' });
      expect(readIndicator(i, collab)).to.include({ status: 'onTrack', statusSource: 'data', mark: '↑' });
    });
  });

  describe('baselines given apart from the observations (goal 3 plan sheets)', () => {
    it('reads 1,350人以下 as lower is better, from the data’s direction and the comparator', () => {
      const i = indicator(goal3, 'g3-i1-p2-k1');
      const r = readIndicator(i, goal3);
      expect(r.direction).to.equal('decrease');
      expect(readIndicator({ ...i, direction: undefined }, goal3).direction).to.equal('decrease');
      expect(r.baseline).to.deep.equal({ fiscalYear: 2020, value: 1504, label: '2020年度末時点の現況値' });
      expect(r.target).to.include({ value: 1350, comparator: 'atMost' });
      expect(r.points).to.deep.equal([]);
    });

    it('judges a later value against the separate baseline', () => {
      const i = indicator(goal3, 'g3-i1-p2-k1');
      const met = readIndicator({ ...i, observations: [{ fiscalYear: 2023, value: 1340 }] }, goal3);
      expect(met).to.include({ status: 'achieved', statusSource: 'rule' });
      const away = readIndicator({ ...i, observations: [{ fiscalYear: 2023, value: 1600 }] }, goal3);
      expect(away).to.include({ status: 'offTrack', statusSource: 'rule' });
    });

    // Progress needs a value from a later year than the baseline; the baseline alone is not judged.
    it('a baseline with no value since is unknown, not flat (救急搬送 1,504人, target 1,350人以下)', () => {
      const r = readIndicator(indicator(goal3, 'g3-i1-p2-k1'), goal3);
      expect(r).to.include({ status: 'unknown', statusSource: 'none' });
      expect(r.progress).to.equal(undefined);
    });

    it('a baseline that already equals the target is not "achieved" before any value (標準未満の施設 0 → 0)', () => {
      expect(readIndicator(indicator(goal3, 'g3-i2-p4-k2'), goal3)).to.include({ status: 'unknown', statusSource: 'none' });
      expect(readIndicator(indicator(goal3, 'g3-i2-p2-s1-k2'), goal3)).to.include({ status: 'unknown', statusSource: 'none' });
      expect(readIndicator(indicator(goal3, 'g3-i4-p1-k1'), goal3)).to.include({ status: 'unknown', statusSource: 'none' });
    });

    it('a baseline printed without a number (※基準未設定) leaves baseline and latest empty', () => {
      const r = readIndicator(indicator(goal3, 'g3-i4-p7-k1'), goal3);
      expect(r.baseline).to.equal(undefined);
      expect(r.latest).to.equal(undefined);
      expect(r).to.include({ status: 'unknown', progress: undefined });
    });

    it('huge values stay exact (市ウェブサイト年間アクセス数, 19,752,408 → 22,000,000)', () => {
      const r = readIndicator({ ...indicator(goal3, 'g3-i4-p2-k1'), observations: [{ fiscalYear: 2023, value: 21_000_000 }] }, goal3);
      expect(r.progress).to.equal((21_000_000 - 19_752_408) / (22_000_000 - 19_752_408));
    });

    // 委託校数 66校 → 全76校 has rows 小学校 42校 and 中学校 24校: the indicator has figures of its
    // own, so 76 is the total's target, not the rows'.
    it('a sub-row of a total does not take the total’s target (委託校数 → 小学校)', () => {
      const i = indicator(goal3, 'g3-i2-p2-s2-k1');
      expect(readIndicator(i, goal3, i.series![0]).target).to.equal(undefined);
    });
  });

  describe('qualitative targets', () => {
    it('keeps the text, computes nothing (施設方針の確定及び施設方針に基づく事業の実施)', () => {
      const r = readIndicator(indicator(goal3, 'g3-i2-p3-s5-k1'), goal3);
      expect(r.target).to.deep.equal({ fiscalYear: 2025, text: '施設方針の確定及び施設方針に基づく事業の実施' });
      expect(r).to.include({ status: 'unknown', statusSource: 'none', progress: undefined, latest: undefined });
    });

    it('a numeric baseline with a text target (随時) is unknown too', () => {
      expect(readIndicator(indicator(goal3, 'g3-i4-p3-k3'), goal3)).to.include({ status: 'unknown', progress: undefined });
    });
  });

  describe('one reading for every element (issue #19)', () => {
    const base = { id: 'x', name: 'x', unit: '件' };
    it('a value in the baseline’s own year is the baseline again: nothing to judge yet', () => {
      const r = readIndicator({ ...base, baseline: { fiscalYear: 2021, value: 100 }, observations: [{ fiscalYear: 2021, value: 100 }], target: { fiscalYear: 2025, value: 120 } });
      expect(r).to.include({ status: 'unknown', statusSource: 'none', latest: undefined, progress: undefined });
    });

    it('one observation and no baseline: it is the baseline, nothing to judge yet', () => {
      expect(readIndicator({ ...base, observations: [{ fiscalYear: 2021, value: 100 }], target: { value: 90 } })).to.include({ status: 'unknown', latest: undefined });
    });

    it('a heading’s target is its series’ when they have none (no figures of its own); it is then no reading of its own', () => {
      const i = { ...base, target: { fiscalYear: 2025, value: 76 }, series: [{ name: 'a', observations: [{ fiscalYear: 2021, value: 40 }, { fiscalYear: 2023, value: 80 }] }] };
      expect(readIndicator(i, undefined, i.series[0])).to.include({ status: 'achieved', targetInherited: true });
      expect(readIndicatorAll(i).own).to.equal(undefined);
      expect(hasOwnReading({ ...i, series: [{ name: 'a', target: { value: 1 } }] })).to.be.true;
    });

    it('a qualitative target takes the status of the plan’s latest graded assessment', () => {
      const doc = {
        schemaVersion: '1.0', id: 'd', title: 'd', municipality: 'm', levels: [{ id: 'plan', name: '施策' }],
        scales: [{ id: 'grade', name: '達成度', levels: [{ value: '4', label: '予定どおり実施した', status: 'achieved' as const }] }],
        nodes: [{ id: 'n', level: 'plan', title: 'n', assessments: [{ scale: 'grade', value: '4', fiscalYear: 2023 }], indicators: [{ ...base, target: { text: '全校で実施' } }] }],
      } as MierukaDocument;
      const r = readIndicator(doc.nodes[0]!.indicators![0]!, doc);
      expect(r).to.include({ status: 'achieved', statusSource: 'assessment', qualitative: true });
      expect(r.assessment).to.deep.include({ value: '4', scale: '達成度', label: '予定どおり実施した', fiscalYear: 2023 });
    });
  });

  it('with no years known, any progress is on track', () => {
    const r = readIndicator({ id: 'x', name: 'x', observations: [{ fiscalYear: 2020, value: 1 }, { fiscalYear: 2021, value: 2 }], target: { value: 10 } });
    expect(r).to.include({ status: 'onTrack', statusSource: 'rule' });
  });
});

describe('assessedStatus', () => {
  it('maps a policy’s arrow to its status (基本施策1 ↑, 基本施策4 ↓)', () => {
    expect(assessedStatus(collab, node(collab, 'p1').assessments)).to.deep.equal({ status: 'onTrack', value: '↑', label: undefined });
    expect(assessedStatus(collab, node(collab, 'p4').assessments)).to.deep.equal({ status: 'offTrack', value: '↓', label: undefined });
  });

  it('maps a project’s 達成度 with its wording (4 予定どおり実施した, 2 予定より縮小して実施した)', () => {
    expect(assessedStatus(collab, node(collab, 'p1-n1').assessments)).to.deep.equal({ status: 'achieved', value: '4', label: '予定どおり実施した' });
    expect(assessedStatus(collab, node(collab, 'p4-n40').assessments)).to.deep.equal({ status: 'behind', value: '2', label: '予定より縮小して実施した' });
  });

  it('a level with no stated meaning (達成度 1, whose wording the seed lacks) is unknown, not dropped', () => {
    const levelOne = [{ scale: 'achievement', value: '1', fiscalYear: 2023 }];
    expect(assessedStatus(collab, levelOne)).to.deep.equal({ status: 'unknown', value: '1', label: undefined });
  });

  it('the latest graded assessment wins; ungraded and unknown ones are skipped', () => {
    const list = [
      { scale: 'achievement', value: '3', fiscalYear: 2022 },
      { scale: 'achievement', value: '4', fiscalYear: 2023 },
      { text: '総括のみ' },
      { scale: 'achievement', value: '9' },
      { scale: 'no-such-scale', value: '4' },
    ];
    expect(assessedStatus(collab, list)).to.deep.equal({ status: 'achieved', value: '4', label: '予定どおり実施した' });
  });

  it('is undefined without a graded assessment (goal 3 has no scales)', () => {
    expect(assessedStatus(collab, undefined)).to.equal(undefined);
    expect(assessedStatus(collab, [])).to.equal(undefined);
    expect(assessedStatus(goal3, [{ scale: 'progress', value: '↑' }])).to.equal(undefined);
  });
});
