/**
 * mieruka: every element, registered on import. Import one element alone from its own
 * module (src/components/<name>/<name>.ts) to load less.
 */
export { MierukaPlanTree } from './components/plan-tree/plan-tree.js';
export { MierukaKpiGauge } from './components/kpi-gauge/kpi-gauge.js';
export { MierukaFiveLess } from './components/five-less/five-less.js';
export { MierukaSdgsBadges } from './components/sdgs-badges/sdgs-badges.js';
export { MierukaTrendTable } from './components/trend-table/trend-table.js';
export { MierukaProgressSummary } from './components/progress-summary/progress-summary.js';
export { MierukaLoadEvent, MierukaErrorEvent, MierukaSelectEvent } from './core/events.js';
export type { MierukaLoadDetail, MierukaErrorDetail, MierukaSelectDetail } from './core/events.js';
export { validateDocument, type Problem } from '../data-schema/validate.js';
export type { MierukaDocument } from '../data-schema/document.js';
// CMS placeholders (<div data-mieruka="kpi-gauge" data-src="…">) become elements, at load and later.
import { upgradePlaceholders, watchPlaceholders } from './core/placeholders.js';
export { upgradePlaceholders, watchPlaceholders };
watchPlaceholders();
