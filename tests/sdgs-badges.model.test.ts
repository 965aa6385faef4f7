import { expect } from '@open-wc/testing';
import { validateDocument, type MierukaDocument } from '../data-schema/index.js';
import { indexDocument } from '../src/core/document-query.js';
import { badgesOf, compareCodes, gatherDocument, parseCodes } from '../src/components/sdgs-badges/sdgs-badges.model.js';
import { SDG_GOALS, sdgGoal } from '../src/components/sdgs-badges/sdgs-goals.js';

async function example(name: string): Promise<MierukaDocument> {
  const result = validateDocument(await (await fetch(`/data-schema/examples/${name}.json`)).json());
  if (!result.ok) throw new Error(`${name} does not validate`);
  return result.document;
}

const summary = (doc: MierukaDocument, id?: string) => {
  const node = id ? indexDocument(doc).nodes.get(id)!.node : undefined;
  const gathered = gatherDocument(doc, node);
  return { gathered, rows: gathered.goals.map((g) => `${g.goal}${g.listed ? '!' : ''}:${g.targets.join(',')}:${g.count ?? '-'}`) };
};

describe('sdgs-badges model', () => {
  describe('the 17 goals', () => {
    it('has goals 1 to 17 in order, each with a distinct #RRGGBB colour and both names', () => {
      expect(SDG_GOALS.map((g) => g.goal)).to.deep.equal(Array.from({ length: 17 }, (_, i) => i + 1));
      expect(new Set(SDG_GOALS.map((g) => g.colour.toUpperCase())).size).to.equal(17);
      for (const g of SDG_GOALS) {
        expect(g.colour).to.match(/^#[0-9A-F]{6}$/);
        expect(g.name.ja).to.match(/\S/);
        expect(g.name.en).to.match(/\S/);
      }
    });

    it('uses the official colours and the government / UN short names', () => {
      expect(SDG_GOALS.map((g) => g.colour).join(' ')).to.equal(
        '#E5243B #DDA63A #4C9F38 #C5192D #FF3A21 #26BDE2 #FCC30B #A21942 #FD6925 #DD1367 #FD9D24 #BF8B2E #3F7E44 #0A97D9 #56C02B #00689D #19486A',
      );
      expect(sdgGoal(11)!.name).to.deep.equal({ ja: '住み続けられるまちづくりを', en: 'Sustainable Cities and Communities' });
      expect(sdgGoal(17)!.name).to.deep.equal({ ja: 'パートナーシップで目標を達成しよう', en: 'Partnerships for the Goals' });
      expect(sdgGoal(7)!.name.ja).to.equal('エネルギーをみんなに そしてクリーンに');
      expect(sdgGoal(12)!.name.ja).to.equal('つくる責任 つかう責任');
      expect(sdgGoal(18)).to.equal(undefined);
    });
  });

  describe('parseCodes', () => {
    it('splits on spaces, commas, slashes, 、 and ・ and keeps the order given', () => {
      expect(parseCodes('3.4/11.7、17.17, 5.2 ・ 16.1', 'targets')).to.deep.equal({ codes: ['3.4', '11.7', '17.17', '5.2', '16.1'], invalid: [] });
    });

    it('accepts full-width digits and dots (IME input) and upper-case letters', () => {
      expect(parseCodes('１１．７　１１．Ｂ 11.B', 'targets')).to.deep.equal({ codes: ['11.7', '11.b'], invalid: [] });
    });

    it('reports invalid tokens as typed, once each, and keeps the valid ones', () => {
      expect(parseCodes('18 11.z 3.4 18 0 17.20', 'targets')).to.deep.equal({ codes: ['3.4'], invalid: ['18', '11.z', '0', '17.20'] });
    });

    it('goals takes goal numbers only', () => {
      expect(parseCodes('3 11 11.7', 'goals')).to.deep.equal({ codes: ['3', '11'], invalid: ['11.7'] });
    });

    it('reads nothing from an empty or missing attribute', () => {
      expect(parseCodes(undefined, 'targets')).to.deep.equal({ codes: [], invalid: [] });
      expect(parseCodes('  、 ', 'goals')).to.deep.equal({ codes: [], invalid: [] });
    });
  });

  describe('ordering and grouping', () => {
    it('orders targets as the UN numbers them: numbers, then letters', () => {
      expect(['11.b', '8.10', '11.a', '8.9', '11.2', '11', '3.4', '17.17'].sort(compareCodes)).to.deep.equal(['3.4', '8.9', '8.10', '11', '11.2', '11.a', '11.b', '17.17']);
    });

    it('groups targets under their goal and notes a goal listed by itself', () => {
      expect(badgesOf(['17', '11.b', '3.4', '11.7', '17.17', '11.7', 'x'])).to.deep.equal([
        { goal: 3, listed: false, targets: ['3.4'] },
        { goal: 11, listed: false, targets: ['11.7', '11.b'] },
        { goal: 17, listed: true, targets: ['17.17'] },
      ]);
    });
  });

  describe('gatherDocument', () => {
    it('collaboration 2023, policy p1: goals, targets and counts of its 11 projects (事業)', async () => {
      const { gathered, rows } = summary(await example('koriyama-collaboration-2023'), 'p1');
      expect(gathered.counted).to.deep.equal({ levelName: '事業', counter: '事業', total: 11, leaves: false });
      expect(rows).to.deep.equal([
        '1:1.3:1',
        '3:3.4,3.5,3.6,3.7,3.8,3.9:3',
        '4:4.1,4.5,4.7:5',
        '10:10.2:1',
        '11:11.2,11.7,11.a:3',
        '12:12.2:1',
        '13:13.1,13.3:3',
        '17!:17.17:8',
      ]);
      const eleven = gathered.goals.find((g) => g.goal === 11)!;
      expect(eleven.nodes!.map((n) => n.node.id)).to.deep.equal(['p1-n4', 'p1-n10', 'p1-n11']);
    });

    it('reform 2022 goal 3, whole document: plans (実施計画) counted, 16 of them', async () => {
      const { gathered, rows } = summary(await example('koriyama-reform-2022-goal3'));
      expect(gathered.counted).to.deep.equal({ levelName: '実施計画', counter: '計画', total: 16, leaves: false });
      expect(rows).to.deep.equal(['3:3.4,3.6:1', '5:5.2:1', '11:11.3,11.7,11.b:2', '13:13.1,13.3:2', '16:16.1,16.2:1', '17:17.14,17.17:2']);
    });

    it('one plan alone gets its badges without counts', async () => {
      const { gathered, rows } = summary(await example('koriyama-reform-2022-goal3'), 'g3-i2-p3');
      expect(gathered.counted).to.equal(undefined);
      expect(rows).to.deep.equal(['11:11.7,11.b:-', '13:13.3:-', '17:17.14,17.17:-']);
    });

    it('counts a plan whose sub-projects list a goal, and counts the deepest level where no level has a counter', () => {
      const doc = {
        levels: [{ id: 'goal', name: '目標' }, { id: 'plan', name: '計画' }, { id: 'sub', name: '事業' }],
        nodes: [
          {
            id: 'g',
            level: 'goal',
            title: 'G',
            sdgs: ['1'],
            children: [
              { id: 'a', level: 'plan', title: 'A', sdgs: ['11.7'], children: [{ id: 'a1', level: 'sub', title: 'A1', sdgs: ['11.3'] }] },
              { id: 'b', level: 'plan', title: 'B', sdgs: ['11'] },
            ],
          },
        ],
      } as unknown as MierukaDocument;
      // Without counters the deepest level present (事業) is counted, as the tree's totals do:
      // one 事業 alone gets no counts.
      const deepest = gatherDocument(doc);
      expect(deepest.counted).to.equal(undefined);
      expect(deepest.goals.map((g) => [g.goal, g.count])).to.deep.equal([[1, undefined], [11, undefined]]);

      const withCounter = { ...doc, levels: [doc.levels[0], { ...doc.levels[1], counter: '計画' }, doc.levels[2]] } as MierukaDocument;
      const plans = gatherDocument(withCounter);
      expect(plans.counted).to.deep.equal({ levelName: '計画', counter: '計画', total: 2, leaves: false });
      const eleven = plans.goals.find((g) => g.goal === 11)!;
      expect(eleven.count).to.equal(2);
      expect(eleven.nodes!.map((n) => [n.node.id, n.codes.join(' ')])).to.deep.equal([['a', '11.3 11.7'], ['b', '11']]);
    });

    it('a document without SDGs gathers nothing', async () => {
      const { gathered } = summary(await example('koriyama-reform-2026'));
      expect(gathered).to.deep.equal({ goals: [] });
    });
  });
});
