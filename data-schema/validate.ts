import * as z from 'zod/mini';
import { MierukaDocument } from './document.js';
import { MAX_DEPTH, isTooDeep } from './depth.js';
import { MESSAGES, type Lang, type MessageCatalogue } from './messages.js';
import { toPointer } from './references.js';
import { findUnknownKeys } from './unknown-keys.js';
import { SDGS_CODE_PATTERN } from './sdgs.js';
import { HTTP_URL_PATTERN, ID_PATTERN, PARTIAL_DATE_PATTERN } from './primitives.js';
import { MUNICIPALITY_CODE_PATTERN, SCHEMA_VERSION_PATTERN } from './document.js';

// zod compiles object parsers with `new Function` unless told not to. Under a strict
// Content-Security-Policy even the attempt is reported as a violation, so never try.
z.config({ jitless: true });

export interface Problem {
  /** JSON Pointer to the offending value, e.g. /nodes/0/children/3/indicators/1/target/value */
  path: string;
  message: string;
  code: string;
  severity: 'error' | 'warning';
}

export type ValidationResult =
  | { ok: true; document: MierukaDocument; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export interface ValidateOptions {
  lang?: Lang;
  /** Look for unknown keys (warnings). The widgets never show warnings and pass false; the CLI keeps them. */
  warnings?: boolean;
}

/** Which format a failed pattern stands for, so the message can name it in words. */
const PATTERN_NAMES = new Map<string, string>([
  [String(ID_PATTERN), 'id'],
  [String(PARTIAL_DATE_PATTERN), 'date'],
  [String(HTTP_URL_PATTERN), 'url'],
  [String(SCHEMA_VERSION_PATTERN), 'version'],
  [String(MUNICIPALITY_CODE_PATTERN), 'code'],
  [String(SDGS_CODE_PATTERN), 'sdgs'],
]);

const formatName = (pattern: string | undefined) => (pattern === undefined ? undefined : PATTERN_NAMES.get(pattern));

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function messageFor(issue: z.core.$ZodIssue, m: MessageCatalogue): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const got = typeOf(issue.input);
      if (got === 'undefined') return { code: 'required', message: m.required() };
      return { code: 'type', message: m.type(m.types[issue.expected] ?? issue.expected, m.types[got] ?? got) };
    }
    case 'too_small':
      return { code: 'too-small', message: m.tooSmall(issue.origin, issue.minimum) };
    case 'too_big':
      return { code: 'too-big', message: m.tooBig(issue.origin, issue.maximum) };
    case 'invalid_value':
      return { code: 'enum', message: m.enumValue(issue.values.map((v) => String(v)).join(', ')) };
    case 'invalid_format': {
      const name = formatName((issue as { pattern?: string }).pattern) ?? issue.format;
      return { code: 'format', message: m.format(m.formats[name] ?? name) };
    }
    case 'custom': {
      const p = (issue.params ?? {}) as Record<string, string>;
      const kind = m.kinds[p.kind ?? ''] ?? p.kind ?? '';
      switch (issue.message) {
        case 'duplicate-id': return { code: 'duplicate-id', message: m.duplicateId(kind, p.id ?? '', p.other ?? '') };
        case 'unknown-ref': return { code: 'unknown-ref', message: m.unknownRef(kind, p.id ?? '') };
        case 'unknown-grade': return { code: 'unknown-grade', message: m.unknownGrade(p.scale ?? '', p.value ?? '', p.allowed ?? '') };
        case 'period-order': return { code: 'period-order', message: m.periodOrder() };
        case 'target-empty': return { code: 'target-empty', message: m.targetEmpty() };
        case 'grade-needs-scale': return { code: 'grade-needs-scale', message: m.gradeNeedsScale() };
      }
      return { code: 'invalid', message: m.invalid() };
    }
    default:
      return { code: 'invalid', message: m.invalid() };
  }
}

/**
 * Validates a parsed JSON value against the mieruka schema. Returns the typed document, or
 * every problem found (not just the first), each with a JSON Pointer and a message in the
 * requested language. Unknown keys never fail a document: they are warnings (a newer minor
 * version may add fields), with the closest known key when one is near. Keys that begin with
 * "x-" are a city's own extensions and pass silently.
 */
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const m = MESSAGES[options.lang ?? 'ja'];
  if (isTooDeep(input)) {
    return { ok: false, problems: [{ path: '', code: 'too-deep', severity: 'error', message: m.tooDeep(MAX_DEPTH) }], warnings: [] };
  }
  const unknownKeys = options.warnings === false ? [] : findUnknownKeys(MierukaDocument, input);
  const warnings: Problem[] = unknownKeys.map((u) => ({
    path: toPointer(u.path),
    code: 'unknown-key',
    severity: 'warning',
    message: m.unknownKey(u.key, u.suggestion),
  }));
  const result = z.safeParse(MierukaDocument, input, { reportInput: true });
  if (result.success) return { ok: true, document: result.data, warnings };
  const problems = result.error.issues.map((issue): Problem => ({
    path: toPointer(issue.path),
    severity: 'error',
    ...messageFor(issue, m),
  }));
  return { ok: false, problems, warnings };
}
