import * as z from 'zod/mini';
import { describe } from './describe.js';
import { Id, Title } from './primitives.js';

export const DepartmentRole = z.enum(['lead', 'coordinating', 'member']).register(z.globalRegistry, {
  id: 'DepartmentRole',
  description:
    '役割: lead（所管）、coordinating（とりまとめ）、member（関係課）。\n\nRole: lead, coordinating (とりまとめ), member.',
});

/** A department as printed on the item, optionally pointing to the document's department list. */
export const DepartmentRef = z
  .object({
    name: Title.check(describe('資料に印字された名称（例: 市民・NPO活動推進課）', 'The name as printed')),
    id: z.optional(Id).check(describe('departments にある所属の id', 'Id of an entry in departments')),
    role: z.optional(DepartmentRole).check(describe('役割', 'Role')),
    roleLabel: z.optional(Title).check(describe('役割の表記（取りまとめ など）', 'The role as printed (e.g. 取りまとめ)')),
    unit: z.optional(Title).check(describe('係・施設など下位の単位', 'A sub-unit (section, facility)')),
  })
  .register(z.globalRegistry, {
    id: 'DepartmentRef',
    description: '担当する所属。\n\nA responsible department.',
  });

export const Department = z
  .object({
    id: Id.check(describe('識別子', 'Identifier')),
    name: Title.check(describe('名称', 'Name')),
    parent: z.optional(Id).check(describe('上位の所属（部など）の id', 'Id of the parent (e.g. the bureau)')),
  })
  .register(z.globalRegistry, {
    id: 'Department',
    description: '所属（部・課・施設）。\n\nA department (bureau, division, facility).',
  });

export type DepartmentRef = z.output<typeof DepartmentRef>;
export type Department = z.output<typeof Department>;
