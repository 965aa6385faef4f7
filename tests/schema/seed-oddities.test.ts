import { PLAN, expectProblem, expectProblems, expectValid, minimalDocument, planOf } from './helpers.js';

// Each shape the seeds show, once valid and once broken, with the exact path of the problem.
describe('the oddities of the seeds', () => {
  it('two values in one cell: a figure restated after a change of method (1,141g 1,215g)', () => {
    const doc = minimalDocument();
    planOf(doc).indicators = [
      {
        id: 'waste',
        name: '1人1日当たりのごみ排出量',
        unit: 'g',
        observations: [
          { fiscalYear: 2016, label: '策定時', value: 1141, text: '1,141g 1,215g', restated: [{ value: 1215, note: '併記された値' }] },
          { fiscalYear: 2023, value: 1105 },
        ],
        target: { fiscalYear: 2025, value: 952 },
      },
    ];
    expectValid(doc);
    planOf(doc).indicators[0].observations[0].restated = [{ value: '1,215g' }];
    expectProblem(doc, `${PLAN}/indicators/0/observations/0/restated/0/value`, 'type');
    planOf(doc).indicators[0].observations[0].restated = { value: 1215 };
    expectProblem(doc, `${PLAN}/indicators/0/observations/0/restated`, 'type');
  });

  it('sub-rows: series 小6 / 中3, each with its own values and target', () => {
    const doc = minimalDocument();
    planOf(doc).indicators = [
      {
        id: 'events',
        name: '地域の行事に参加している児童(小6)・生徒(中3)の割合',
        unit: '%',
        series: [
          { name: '小6', observations: [{ fiscalYear: 2016, value: 71.2 }, { fiscalYear: 2020, value: null, text: '—' }], target: { fiscalYear: 2025, value: 75 } },
          { name: '中3', observations: [{ fiscalYear: 2016, value: 35.7 }], target: { fiscalYear: 2025, value: 50 } },
        ],
      },
    ];
    expectValid(doc);
    delete planOf(doc).indicators[0].series[1].name;
    planOf(doc).indicators[0].series[0].target = {};
    expectProblems(doc, [
      [`${PLAN}/indicators/0/series/0/target`, 'target-empty'],
      [`${PLAN}/indicators/0/series/1/name`, 'required'],
    ]);
  });

  it('【追加】: an indicator added at the review', () => {
    const doc = minimalDocument();
    planOf(doc).indicators = [{ id: 'i1', name: 'あさかの学園大学卒業・修了生数', addedAtReview: true }];
    expectValid(doc);
    planOf(doc).indicators[0].addedAtReview = '【追加】';
    expectProblem(doc, `${PLAN}/indicators/0/addedAtReview`, 'type');
  });

  it('several departments on one item, each with its own grade', () => {
    const doc = minimalDocument();
    doc.scales = [{ id: 'abc', name: '評価', levels: [{ value: 'A' }, { value: 'B' }, { value: 'C' }] }];
    doc.departments = [
      { id: 'school', name: '学校管理課' },
      { id: 'childcare', name: '保育課' },
    ];
    planOf(doc).departments = [
      { name: '学校管理課', id: 'school' },
      { name: '保育課', id: 'childcare' },
    ];
    planOf(doc).assessments = [
      { scale: 'abc', value: 'A', fiscalYear: 2023, departments: [{ name: '学校管理課', id: 'school' }] },
      { scale: 'abc', value: 'B', fiscalYear: 2023, departments: [{ name: '保育課', id: 'childcare' }] },
    ];
    expectValid(doc);
    planOf(doc).assessments[1].departments[0].id = 'hoiku';
    planOf(doc).assessments[0].value = 'S';
    expectProblems(doc, [
      [`${PLAN}/assessments/0/value`, 'unknown-grade'],
      [`${PLAN}/assessments/1/departments/0/id`, 'unknown-ref'],
    ]);
  });

  it('one grade for a group of departments, and departments named as printed without an id', () => {
    const doc = minimalDocument();
    doc.scales = [{ id: 'grade', name: '達成度', levels: [{ value: '3', label: 'おおむね予定どおり実施した' }] }];
    planOf(doc).assessments = [{ scale: 'grade', value: '3', fiscalYear: 2023, departments: [{ name: '各課' }, { name: '市民・NPO活動推進課' }] }];
    expectValid(doc);
  });

  it('a coordinating role (取りまとめ) and a sub-unit', () => {
    const doc = minimalDocument();
    planOf(doc).departments = [
      { name: '各課' },
      { name: '市民・NPO活動推進課', role: 'coordinating', roleLabel: '取りまとめ' },
      { name: '教育総務部', unit: '中央公民館', role: 'member' },
    ];
    expectValid(doc);
    planOf(doc).departments[1].role = '取りまとめ';
    expectProblem(doc, `${PLAN}/departments/1/role`, 'enum');
  });

  it('an action-plan cell spanning years; end before start is refused', () => {
    const doc = minimalDocument();
    planOf(doc).actionPlan = {
      years: [2022, 2023, 2024, 2025],
      rows: [
        {
          item: 'セーフコミュニティの取組',
          cells: [{ start: 2022, end: 2025, text: 'PDCAサイクルによる改善を加えながら、けがや事故予防のための対策を継続' }],
        },
        { item: 'リスクマネジメント体制の運用', cells: [{ start: 2022, text: '試行', continues: true }] },
      ],
    };
    expectValid(doc);
    planOf(doc).actionPlan.rows[0].cells[0] = { start: 2025, end: 2022, text: '逆' };
    expectProblem(doc, `${PLAN}/actionPlan/rows/0/cells/0/end`, 'period-order');
  });

  it('a cell needs a start year and text', () => {
    const doc = minimalDocument();
    planOf(doc).actionPlan = { rows: [{ item: '行', cells: [{ end: 2025 }] }] };
    expectProblems(doc, [
      [`${PLAN}/actionPlan/rows/0/cells/0/start`, 'required'],
      [`${PLAN}/actionPlan/rows/0/cells/0/text`, 'required'],
    ]);
  });

  it('approximate values (約502,593千円) and values the source does not give (—)', () => {
    const doc = minimalDocument();
    planOf(doc).indicators = [
      {
        id: 'cost',
        name: '人件費削減額（単年度）',
        unit: '千円',
        baseline: { fiscalYear: 2021, value: 474089, approximate: true, label: '2021年度末時点の現況値' },
        target: { fiscalYear: 2025, value: 502593, approximate: true },
        observations: [{ fiscalYear: 2020, value: null, text: '—' }],
      },
    ];
    expectValid(doc);
    planOf(doc).indicators[0].baseline.approximate = '約';
    expectProblem(doc, `${PLAN}/indicators/0/baseline/approximate`, 'type');
  });

  it('scales that mix grades with states (完了, -) and arrows (↑ → ↓ ↗ ↘)', () => {
    const doc = minimalDocument();
    doc.scales = [
      {
        id: 'state',
        name: '進捗',
        kind: 'status',
        levels: [
          { value: 'A', rank: 3, status: 'achieved' },
          { value: '完了', status: 'done' },
          { value: '-', status: 'notApplicable' },
        ],
      },
      { id: 'trend', name: '進捗状況', kind: 'arrow', levels: [{ value: '↑', label: '目標値に近づいている又は超えている', status: 'onTrack' }, { value: '↗' }, { value: '→', status: 'flat' }] },
    ];
    planOf(doc).assessments = [{ scale: 'state', value: '完了' }];
    planOf(doc).indicators = [{ id: 'i1', name: '件数', trend: { scale: 'trend', value: '↗', fiscalYear: 2023 } }];
    expectValid(doc);
    doc.scales[0].levels[1].status = 'complete';
    expectProblem(doc, '/scales/0/levels/1/status', 'enum');
  });

  it('a grade needs its scale (grade-needs-scale at …/scale)', () => {
    const doc = minimalDocument();
    planOf(doc).assessments = [{ value: '4', fiscalYear: 2023 }];
    expectProblem(doc, `${PLAN}/assessments/0/scale`, 'grade-needs-scale');
  });

  it('an assessment made only of text is fine', () => {
    const doc = minimalDocument();
    planOf(doc).assessments = [{ fiscalYear: 2023, result: '実施した', text: '総括' }];
    expectValid(doc);
  });

  it('a category (継続/拡充/新規/再掲) is free text as printed', () => {
    const doc = minimalDocument();
    doc.categories = [{ value: '継続' }, { value: '再掲', description: '他の施策の再掲' }];
    planOf(doc).category = '再掲';
    expectValid(doc);
    planOf(doc).category = '';
    expectProblem(doc, `${PLAN}/category`, 'too-small');
  });
});
