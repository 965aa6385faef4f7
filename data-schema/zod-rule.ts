import * as z from 'zod/mini';
import type { RULES } from './rules.js';

type AnyRule = (typeof RULES)[keyof typeof RULES];

/** A zod check from one of the plain rules: the message is the rule's code, reported at its path. */
export const rule = <R extends AnyRule>(r: R) =>
  z.refine<Parameters<R['test']>[0]>(r.test as (value: Parameters<R['test']>[0]) => boolean, { message: r.code, path: [...r.path] });
