import { validateDocument } from '../../data-schema/index.js';
import type { MierukaErrorDetail } from './events.js';
import { CATALOGUES, type Lang } from './i18n.js';
import type { LoadFailure } from './store.js';

/** How many schema problems an alert lists before "and N more". */
export const PROBLEMS_SHOWN = 5;

/** A load failure as the message an element shows and the detail its error event carries. */
export function describeFailure(failure: LoadFailure | { kind: 'no-source' }, lang: Lang): MierukaErrorDetail {
  const t = CATALOGUES[lang].errors;
  switch (failure.kind) {
    case 'http':
      return { kind: 'http', status: failure.status, message: t.http(failure.status) };
    case 'network':
      return { kind: 'network', message: t.network };
    case 'cors':
      return { kind: 'cors', message: t.cors };
    case 'timeout':
      return { kind: 'timeout', message: t.timeout(failure.seconds) };
    case 'not-json':
      return { kind: 'not-json', message: t.notJson(failure.line, failure.column) };
    case 'html':
      return { kind: 'html', message: t.html };
    case 'no-source':
      return { kind: 'no-source', message: t.noSource };
    case 'schema': {
      // Validated again only here, in the reader's language: failures are rare, documents are not.
      const result = validateDocument(failure.value, { lang, warnings: false });
      const problems = result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }));
      return { kind: 'schema', message: t.schema(problems.length), path: problems[0]?.path, problems };
    }
  }
}
