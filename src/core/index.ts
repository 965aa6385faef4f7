export * from './events.js';
export * from './format.js';
export * from './i18n.js';
export * from './document-query.js';
export { MierukaElement, type View } from './mieruka-element.js';
export { DocumentController, type DocumentState } from './document-controller.js';
export { documentSource, resetDocumentSources, DEFAULT_TIMEOUT_SECONDS, type LoadFailure, type SourceSnapshot } from './store.js';
export { describeFailure } from './failures.js';
export { baseStyles } from './theme.js';
