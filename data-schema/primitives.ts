import * as z from 'zod/mini';
import { RULES } from './rules.js';
import { rule } from './zod-rule.js';
import { describe } from './describe.js';
import { SDGS_CODE_PATTERN } from './sdgs.js';

/** Limits that keep a hostile document from freezing a page; documented in docs/data-format.md. */
export const LIMITS = { id: 128, title: 2_000, text: 50_000, list: 10_000 } as const;

/** Ids appear in attributes (node="…") and URL hashes, so they stay ASCII and readable. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/i;

export const Id = z
  .string()
  .check(z.regex(ID_PATTERN), z.maxLength(LIMITS.id))
  .register(z.globalRegistry, {
    id: 'Id',
    description:
      '文書内の識別子。英数字で始まり、英数字と _ . : - を使えます（例: g1-i3-p2）。\n\nAn identifier: starts with a letter or digit; letters, digits and _ . : - (e.g. g1-i3-p2).',
  });

export const Title = z.string().check(z.minLength(1), z.maxLength(LIMITS.title));
export const Text = z.string().check(z.maxLength(LIMITS.text));

/** A fiscal year is the integer of the calendar year it starts in: 2023 = 2023年度 = 令和5年度. */
export const FiscalYear = z
  .int()
  .check(z.gte(1900), z.lte(2200))
  .register(z.globalRegistry, {
    id: 'FiscalYear',
    description:
      '年度。その年度が始まる西暦年の整数（2023 = 2023年度 = 令和5年度）。\n\nA fiscal year: the integer of the calendar year it starts in (2023 = FY2023 = Reiwa 5).',
  });

export const FiscalPeriod = z
  .object({
    start: FiscalYear.check(describe('開始年度', 'First fiscal year')),
    end: FiscalYear.check(describe('終了年度（この年度を含む）', 'Last fiscal year (inclusive)')),
  })
  .check(rule(RULES.periodOrder))
  .register(z.globalRegistry, {
    id: 'FiscalPeriod',
    description: '年度の期間（開始年度から終了年度まで）。\n\nA span of fiscal years, first to last inclusive.',
  });

/** A calendar date as precise as the source gives it: 2024, 2024-03 or 2024-03-31. */
export const PartialDate = z
  .string()
  .check(z.regex(PARTIAL_DATE_PATTERN))
  .register(z.globalRegistry, {
    id: 'PartialDate',
    description:
      '日付。資料にある精度で YYYY、YYYY-MM または YYYY-MM-DD。\n\nA date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.',
  });

/** Links are only ever http(s): a javascript: or data: URL in a document is refused, not rendered. */
export const HttpUrl = z
  .string()
  .check(z.regex(HTTP_URL_PATTERN), z.maxLength(2048))
  .register(z.globalRegistry, {
    id: 'HttpUrl',
    description: 'http または https の URL。\n\nAn http or https URL.',
  });

export const SdgsCode = z
  .string()
  .check(z.regex(SDGS_CODE_PATTERN))
  .register(z.globalRegistry, {
    id: 'SdgsCode',
    description:
      'SDGs のゴール（"11"）またはターゲット（"11.7"、"11.b"）の番号。\n\nAn SDGs goal ("11") or target ("11.7", "11.b") code.',
  });

export const Notes = z
  .array(Text)
  .check(describe('注記（資料の注、転記時の判断など）', 'Notes (footnotes of the source, transcription decisions)'));
