import type { MierukaDocument } from '../../data-schema/index.js';
export function mockDocument(title?: string, version?: number): MierukaDocument;
