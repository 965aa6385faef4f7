import { expect } from '@open-wc/testing';
import type { MierukaDocument } from '../data-schema/index.js';
import { filter, keyAction, layout, rebuild, select, withAll, withOpen, withPathOpen, withSiblingsOpen } from '../src/components/plan-tree/plan-tree.state.js';
import { clone, example } from './support/plan-tree.js';

// plan-tree's state changes (issue #19), as pure functions: each returns a new state and leaves
// the one it was given as it was. Seed 000 goal 3: 3 → 1 goal, 4 initiatives, 16 plans.

let doc: MierukaDocument;
before(async () => {
  doc = await example('koriyama-reform-2022-goal3');
});

const frozenCopy = (a: Uint8Array) => Uint8Array.from(a);
const idsOf = (state: ReturnType<typeof rebuild>, rows: { i: number }[]) => rows.map((r) => state.model.items[r.i]!.node.id);

describe('plan-tree state', () => {
  it('rebuild: a first document opens to the initial depth, nothing active', () => {
    const s = rebuild({}, doc, undefined, 1);
    expect(s.active).to.equal(-1);
    expect(idsOf(s, layout(s.model, s.open, undefined, -1).rows)).to.deep.equal(['g3', 'g3-i1', 'g3-i2', 'g3-i3', 'g3-i4']);
  });

  it('rebuild: a refreshed document keeps what the reader opened and where they were, by id, without touching the old state', () => {
    const first = rebuild({}, doc, undefined, 1);
    const i2 = first.model.byId.get('g3-i2')!;
    const opened = { ...first, open: withOpen(first.open, i2, 1), active: i2 };
    const before = frozenCopy(opened.open);
    const refreshed = clone(doc);
    refreshed.nodes[0]!.children!.splice(0, 1); // the first initiative is gone: indexes move
    const next = rebuild(opened, refreshed, undefined, 1);
    expect(next.model.items[next.active]!.node.id).to.equal('g3-i2');
    expect(next.open[next.model.byId.get('g3-i2')!]).to.equal(1);
    expect(opened.open).to.deep.equal(before);
  });

  it('withOpen, withAll, withPathOpen and withSiblingsOpen return copies', () => {
    const s = rebuild({}, doc, undefined, 0);
    const before = frozenCopy(s.open);
    const plan = s.model.byId.get('g3-i2-p2-s2')!;
    const path = withPathOpen(s.model, s.open, plan);
    expect(path).to.not.equal(s.open);
    expect(['g3', 'g3-i2', 'g3-i2-p2'].map((id) => path[s.model.byId.get(id)!])).to.deep.equal([1, 1, 1]);
    const i1 = s.model.byId.get('g3-i1')!;
    expect([...withSiblingsOpen(s.model, path, i1)].filter((v, k) => v && s.model.items[k]!.depth === 1)).to.have.length(4);
    expect([...withAll(s.open, 1)].every((v) => v === 1)).to.be.true;
    expect(withOpen(s.open, i1, 0), 'no change, no copy').to.equal(s.open);
    expect(s.open).to.deep.equal(before);
  });

  it('select: chosen by code opens the way and makes it active; chosen by the reader moves nothing', () => {
    const s = rebuild({}, doc, undefined, 0);
    const byCode = select(s, 'g3-i2-p2-s2', true);
    expect(byCode.moved).to.be.true;
    expect(byCode.active).to.equal(s.model.byId.get('g3-i2-p2-s2'));
    expect(idsOf(s, layout(s.model, byCode.open, undefined, byCode.active).rows)).to.include('g3-i2-p2-s2');
    expect(select(s, 'g3-i2-p2-s2', false)).to.deep.include({ moved: false, open: s.open, active: -1 });
    expect(select(s, 'no-such-id', true)).to.deep.include({ selectedIndex: -1, moved: false });
  });

  it('filter: matches, their ancestors kept and open, the terms; no criteria, no filter (its open state kept)', () => {
    const s = rebuild({}, doc, undefined, 1);
    const f = filter(s.model, { query: 'PFI' });
    expect(f.matches).to.equal(1);
    expect(f.terms).to.deep.equal(['pfi']);
    const rows = layout(s.model, f.open, f.keep, -1).rows;
    expect(idsOf(s, rows)).to.deep.equal(['g3', 'g3-i2', 'g3-i2-p3']);
    const none = filter(s.model, { query: '  ' }, f);
    expect(none.keep).to.equal(undefined);
    expect(none.open).to.equal(f.open);
  });

  it('layout: the active item stays shown, else its nearest shown ancestor, else the first row', () => {
    const s = rebuild({}, doc, undefined, 1);
    const plan = s.model.byId.get('g3-i2-p3')!;
    expect(s.model.items[layout(s.model, s.open, undefined, plan).active]!.node.id).to.equal('g3-i2');
    expect(s.model.items[layout(s.model, withPathOpen(s.model, s.open, plan), undefined, plan).active]!.node.id).to.equal('g3-i2-p3');
    expect(s.model.items[layout(s.model, s.open, undefined, -1).active]!.node.id).to.equal('g3');
  });

  it('keyAction: the tree pattern’s keys as actions, without touching the state', () => {
    const s = rebuild({}, doc, undefined, 1);
    const { rows, rowOf } = layout(s.model, s.open, undefined, -1);
    const i2 = s.model.byId.get('g3-i2')!;
    const key = (k: string, active = i2, open = s.open) => keyAction(s.model, rows, rowOf, open, active, k);
    expect(key('ArrowDown')).to.deep.equal({ move: rowOf[i2]! + 1 });
    expect(key('End')).to.deep.equal({ move: rows.length - 1 });
    expect(key('ArrowRight'), 'closed: open it').to.deep.equal({ open: 1 });
    expect(key('ArrowRight', i2, withOpen(s.open, i2, 1)), 'open: to its first child').to.deep.equal({ move: rowOf[i2]! + 1 });
    expect(key('ArrowLeft'), 'closed: to its parent').to.deep.equal({ move: rowOf[s.model.byId.get('g3')!]! });
    expect(key('ArrowLeft', i2, withOpen(s.open, i2, 1))).to.deep.equal({ open: 0 });
    expect(key('Enter')).to.deep.equal({ choose: true });
    expect(key('*')).to.deep.equal({ siblings: true });
    expect(key('k')).to.deep.equal({ typeAhead: true });
    expect(key('Tab'), 'not the tree’s key').to.equal(undefined);
  });
});
