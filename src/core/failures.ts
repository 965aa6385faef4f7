import type { Problem } from '../../data-schema/validate.js';
import type { MierukaErrorDetail } from './events.js';
import { coreStrings, type Lang } from './i18n.js';
import { OnUse } from './on-use.js';
import type { LoadFailure } from './store.js';

/** How many schema problems an alert lists before "and N more". */
export const PROBLEMS_SHOWN = 5;

type SchemaFailure = Extract<LoadFailure, { kind: 'schema' }>;

/** zod, the schema and its messages: fetched for the first refused document (a failed fetch is tried again for the next). */
const validator = new OnUse(() => import('../../data-schema/validate.js'));

/** Problems said so far, per failure and language; and the ones being worked out. */
const said = new WeakMap<SchemaFailure, Partial<Record<Lang, Problem[] | Promise<void>>>>();

/**
 * The problems of a document that failed the shape check, in the reader's language. The zod
 * schema and its messages (validate.ts, about two thirds of what validation weighs) are
 * fetched the first time a document fails, never for one that is right; until they arrive
 * this gives a promise that settles when the problems are known, once per failure and language.
 */
function problemsIn(failure: SchemaFailure, lang: Lang): Problem[] | Promise<void> {
  const known = said.get(failure) ?? {};
  said.set(failure, known);
  return (known[lang] ??= validator.load().then(({ validateDocument }) => {
    const result = validateDocument(failure.value, { lang, warnings: false });
    // The shape check and zod agree (tests/schema/shape-check.test.ts); were they ever not to,
    // the alert still says the document was refused, without a list.
    known[lang] = result.ok ? [] : result.problems;
  }, () => {
    // Offline since the page loaded: say that the document was refused, without the list.
    known[lang] = [];
  }));
}

/**
 * A load failure as the message an element shows and the detail its error event carries; for
 * a refused document, a promise first, while its problems are being worked out.
 */
export function describeFailure(failure: LoadFailure | { kind: 'no-source' }, lang: Lang): MierukaErrorDetail | Promise<void> {
  const t = coreStrings(lang).errors;
  switch (failure.kind) {
    case 'http': {
      const s = failure.status;
      const message = s === 404 || s === 410 ? t.notFound(s) : s === 401 || s === 403 ? t.forbidden(s) : s >= 500 ? t.server(s) : t.http(s);
      return { kind: 'http', status: s, message };
    }
    case 'network':
      return { kind: 'network', message: t.network };
    case 'cors':
      return { kind: 'cors', message: t.cors };
    case 'timeout':
      return { kind: 'timeout', message: t.timeout(failure.seconds) };
    case 'not-json':
      return {
        kind: 'not-json',
        message: failure.reason === 'empty' ? t.empty : failure.reason === 'truncated' ? t.truncated(failure.line, failure.column) : t.notJson(failure.line, failure.column),
      };
    case 'html':
      return { kind: 'html', message: t.html };
    case 'no-source':
      return { kind: 'no-source', message: t.noSource };
    case 'schema': {
      const found = problemsIn(failure, lang);
      if (found instanceof Promise) return found;
      const problems = found.map(({ path, message }) => ({ path, message }));
      return { kind: 'schema', message: t.schema(problems.length), path: problems[0]?.path, problems };
    }
  }
}
