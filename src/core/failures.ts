import { validateDocument, type Problem } from '../../data-schema/index.js';
import type { MierukaErrorDetail } from './events.js';
import { coreStrings, type Lang } from './i18n.js';
import type { LoadFailure } from './store.js';

/** How many schema problems an alert lists before "and N more". */
export const PROBLEMS_SHOWN = 5;

const english = new WeakMap<object, Problem[]>();

/** The language the store validates in (data-schema's messages): its problems are kept in it. */
const STORE_LANG: Lang = 'ja';

/** The problems of a failed validation in the reader's language: the store's, or validated once more in the reader's, once per failure. */
function problemsIn(failure: Extract<LoadFailure, { kind: 'schema' }>, lang: Lang): Problem[] {
  if (lang === STORE_LANG) return failure.problems;
  let problems = english.get(failure);
  if (!problems) {
    const result = validateDocument(failure.value, { lang, warnings: false });
    english.set(failure, (problems = result.ok ? [] : result.problems));
  }
  return problems;
}

/** A load failure as the message an element shows and the detail its error event carries. */
export function describeFailure(failure: LoadFailure | { kind: 'no-source' }, lang: Lang): MierukaErrorDetail {
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
      const problems = problemsIn(failure, lang).map(({ path, message }) => ({ path, message }));
      return { kind: 'schema', message: t.schema(problems.length), path: problems[0]?.path, problems };
    }
  }
}
