import * as z from 'zod/mini';
import { MierukaDocument, SCHEMA_ID, SCHEMA_VERSION } from './document.js';
import { Target } from './indicator.js';

/**
 * The published JSON Schema (draft 2020-12), generated from the zod modules, which stay the
 * single source. `io: 'input'` describes what a city writes (the same as what we read).
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(MierukaDocument, {
    target: 'draft-2020-12',
    io: 'input',
    // zod refinements do not carry over; say in JSON Schema what the Target refinement says.
    override: (ctx) => {
      if (ctx.zodSchema === Target) {
        ctx.jsonSchema.anyOf = [
          {
            required: ['value'],
            properties: { value: { type: 'number', description: '数値の目標\n\nA numeric target' } },
          },
          {
            required: ['text'],
            properties: { text: { minLength: 1, description: '文言の目標\n\nA target in words' } },
          },
        ];
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'mieruka document',
    description:
      `mieruka（見える化）の文書: 自治体の計画とその進捗。スキーマの版 ${SCHEMA_VERSION}。\n\n` +
      `A mieruka document: a municipality's plan and its progress. Schema version ${SCHEMA_VERSION}.`,
    ...rest,
  };
}

export const jsonSchemaText = (): string => JSON.stringify(buildJsonSchema(), null, 2) + '\n';
