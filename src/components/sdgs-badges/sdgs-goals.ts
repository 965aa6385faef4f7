/**
 * The 17 Sustainable Development Goals as the badges show them: number, official colour,
 * short name. The colours are the UN's (SDG Guidelines for the use of the SDG logo and
 * icons); the Japanese names are the short names the Japanese government uses (外務省,
 * JAPAN SDGs Action Platform); the English names are the UN short titles. Only the number,
 * colour and name are used: the badges do not imitate the UN icon artwork.
 *
 * `ink` is the text colour drawn on the goal's colour: white where white reaches 4.5:1,
 * otherwise near-black (#1a1a1a, the theme's text colour). tests/sdgs-badges.test.ts
 * computes every pair.
 */
export interface SdgGoal {
  /** 1 … 17. */
  readonly goal: number;
  /** The official colour, #RRGGBB. */
  readonly colour: string;
  /** The text colour on `colour` (4.5:1 or more). */
  readonly ink: string;
  readonly name: { readonly ja: string; readonly en: string };
}

const WHITE = '#ffffff';
const DARK = '#1a1a1a';

const goal = (n: number, colour: string, ink: string, ja: string, en: string): SdgGoal => ({ goal: n, colour, ink, name: { ja, en } });

export const SDG_GOALS: readonly SdgGoal[] = [
  goal(1, '#E5243B', WHITE, '貧困をなくそう', 'No Poverty'),
  goal(2, '#DDA63A', DARK, '飢餓をゼロに', 'Zero Hunger'),
  goal(3, '#4C9F38', DARK, 'すべての人に健康と福祉を', 'Good Health and Well-being'),
  goal(4, '#C5192D', WHITE, '質の高い教育をみんなに', 'Quality Education'),
  goal(5, '#FF3A21', DARK, 'ジェンダー平等を実現しよう', 'Gender Equality'),
  goal(6, '#26BDE2', DARK, '安全な水とトイレを世界中に', 'Clean Water and Sanitation'),
  goal(7, '#FCC30B', DARK, 'エネルギーをみんなに そしてクリーンに', 'Affordable and Clean Energy'),
  goal(8, '#A21942', WHITE, '働きがいも経済成長も', 'Decent Work and Economic Growth'),
  goal(9, '#FD6925', DARK, '産業と技術革新の基盤をつくろう', 'Industry, Innovation and Infrastructure'),
  goal(10, '#DD1367', WHITE, '人や国の不平等をなくそう', 'Reduced Inequalities'),
  goal(11, '#FD9D24', DARK, '住み続けられるまちづくりを', 'Sustainable Cities and Communities'),
  goal(12, '#BF8B2E', DARK, 'つくる責任 つかう責任', 'Responsible Consumption and Production'),
  goal(13, '#3F7E44', WHITE, '気候変動に具体的な対策を', 'Climate Action'),
  goal(14, '#0A97D9', DARK, '海の豊かさを守ろう', 'Life Below Water'),
  goal(15, '#56C02B', DARK, '陸の豊かさも守ろう', 'Life on Land'),
  goal(16, '#00689D', WHITE, '平和と公正をすべての人に', 'Peace, Justice and Strong Institutions'),
  goal(17, '#19486A', WHITE, 'パートナーシップで目標を達成しよう', 'Partnerships for the Goals'),
];

/** The goal of a number (1 … 17). */
export const sdgGoal = (n: number): SdgGoal | undefined => SDG_GOALS[n - 1];
