/**
 * Rows for the data-format docs page, read from the generated JSON Schema
 * (data-schema/mieruka.schema.json), so the page always says what the schema says. Every
 * description in the schema is "日本語\n\nEnglish" (data-schema/describe.ts).
 */

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  description?: string;
  title?: string;
}

export interface RootSchema extends JsonSchema {
  $id?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  ja: string;
  en: string;
}

export interface DefinitionRow {
  name: string;
  type: string;
  ja: string;
  en: string;
  fields: FieldRow[];
}

/** "日本語\n\nEnglish" → both halves (a description without the blank line is Japanese only). */
export function splitDescription(text: string | undefined): { ja: string; en: string } {
  const [ja = '', ...rest] = (text ?? '').split('\n\n');
  return { ja: ja.trim(), en: rest.join('\n\n').trim() };
}

/** A short type for a table cell: `string`, `PlanNode[]`, `"plan" | "report"`, `FiscalPeriod`. */
export function typeSummary(schema: JsonSchema | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.replace(/^#\/\$defs\//, '');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeSummary).join(' | ');
  if (schema.type === 'array') return `${typeSummary(schema.items)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? '';
}

function fieldsOf(schema: JsonSchema | undefined): FieldRow[] {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, field]) => ({
    name,
    type: typeSummary(field),
    required: required.has(name),
    ...splitDescription(field.description),
  }));
}

/** The name of the definition the document itself refers to (MierukaDocument). */
function rootName(schema: RootSchema): string {
  return typeSummary({ $ref: schema.$ref ?? '' });
}

/** The fields of a mieruka document: the top level. */
export function documentFields(schema: RootSchema): FieldRow[] {
  return fieldsOf(schema.$defs?.[rootName(schema)]);
}

/** Every other named definition, in the schema's order, with its own fields when it is an object. */
export function definitions(schema: RootSchema): DefinitionRow[] {
  const root = rootName(schema);
  return Object.entries(schema.$defs ?? {})
    .filter(([name]) => name !== root)
    .map(([name, def]) => ({ name, type: def.properties ? 'object' : typeSummary(def), ...splitDescription(def.description), fields: fieldsOf(def) }));
}
