import type { ArgTypes } from '@storybook/web-components-vite';

/** The parts of a custom elements manifest (schema 2.x) that the docs tables read. */
interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface CemAttribute extends Described {
  fieldName?: string;
  type?: { text?: string };
  default?: string;
}
interface CemMember extends CemAttribute {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
export interface CemDeclaration extends Described {
  kind: string;
  tagName?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: (Described & { type?: { text?: string } })[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string; syntax?: string })[];
}
export interface CustomElementsManifest {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

/** The element declared with `tagName` in the manifest. */
export function findElement(manifest: CustomElementsManifest, tagName: string): CemDeclaration | undefined {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((d) => d.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * A TypeScript type as the manifest prints it ("'arc' | 'bar'", "string | undefined") as a
 * Storybook type, so that controls fit: string-literal unions become radio buttons or a select,
 * not the JSON editor Storybook falls back to for a type it cannot read.
 */
export function storybookType(text: string | undefined): ArgTypes[string]['type'] | undefined {
  if (!text) return undefined;
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  const literals = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p));
  if (parts.length && literals.every(Boolean)) return { name: 'enum', value: literals.map((m) => m![1] ?? m![2]!) };
  if (parts.length === 1 && (parts[0] === 'string' || parts[0] === 'number' || parts[0] === 'boolean')) return { name: parts[0] };
  return { name: 'other', value: text };
}

const inTable = (category: string, type?: string, defaultValue?: string) => ({
  category,
  ...(type ? { type: { summary: type } } : {}),
  ...(defaultValue !== undefined ? { defaultValue: { summary: defaultValue } } : {}),
});

/**
 * The docs tables and controls of one element, from the manifest: attributes (with controls),
 * properties without an attribute, public methods, events, slots, CSS custom properties and CSS
 * parts, each in its own category.
 *
 * Storybook's own reading of the manifest keys attributes by their HTML name and lists every
 * class field, private ones included. Here an attribute is keyed by its property name — the
 * name the stories' args use (`noSparkline` for `no-sparkline`) — so its control drives the
 * story, while the table still shows the HTML name a CMS editor writes. Private, protected and
 * static members are implementation, not API, and are left out.
 */
export function argTypesFromManifest(manifest: CustomElementsManifest, tagName: string): ArgTypes {
  const element = findElement(manifest, tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  const publicMembers = (element.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');

  for (const attr of element.attributes ?? []) {
    const key = attr.fieldName ?? attr.name;
    const property = attr.fieldName && attr.fieldName !== attr.name ? `\n\nProperty: \`${attr.fieldName}\`` : '';
    const type = storybookType(attr.type?.text);
    argTypes[key] = {
      name: attr.name,
      description: `${attr.description ?? ''}${property}`,
      ...(type ? { type } : {}),
      table: inTable('attributes', attr.type?.text, attr.default),
    };
  }
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName ?? a.name));
  for (const member of publicMembers) {
    if (member.kind !== 'field' || attributeFields.has(member.name)) continue;
    argTypes[member.name] = {
      name: member.name,
      description: member.description ?? '',
      // An object property (the document itself) has no useful control; stories set it in code.
      control: false,
      table: inTable('properties', member.type?.text, member.default),
    };
  }
  for (const method of publicMembers) {
    if (method.kind !== 'method') continue;
    const signature = `(${(method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;
    argTypes[`method:${method.name}`] = {
      name: `${method.name}()`,
      description: method.description ?? '',
      control: false,
      table: inTable('methods', signature),
    };
  }
  for (const event of element.events ?? []) {
    argTypes[`event:${event.name}`] = { name: event.name, description: event.description ?? '', control: false, table: inTable('events', event.type?.text) };
  }
  for (const slot of element.slots ?? []) {
    argTypes[`slot:${slot.name}`] = { name: slot.name || '(default)', description: slot.description ?? '', control: false, table: inTable('slots') };
  }
  for (const prop of element.cssProperties ?? []) {
    argTypes[`css:${prop.name}`] = { name: prop.name, description: prop.description ?? '', control: false, table: inTable('css custom properties', prop.syntax, prop.default) };
  }
  for (const part of element.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { name: part.name, description: part.description ?? '', control: false, table: inTable('css shadow parts') };
  }
  return argTypes;
}

/** An element's styling API, for the theming page: its CSS custom properties and parts. */
export function stylingApi(manifest: CustomElementsManifest, tagName: string): { properties: Described[]; parts: Described[] } {
  const element = findElement(manifest, tagName);
  return { properties: element?.cssProperties ?? [], parts: element?.cssParts ?? [] };
}
