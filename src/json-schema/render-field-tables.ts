import type { JsonNode } from './annotate-json-schema.ts';

/**
 * The field reference of docs/editing.md, generated from the same JSON Schemas as the
 * editor's hover texts, between markers the guide's author places:
 *
 *   <!-- fields: activity -->            ← schema name, as in schemas/activity.schema.json
 *   | Field | Required | What it holds | (generated)
 *   <!-- /fields -->
 */
const MARKERS = /(<!-- fields: ([a-z-]+) -->\n)[\s\S]*?(<!-- \/fields -->)/g;

export function fillFieldTables(guide: string, schemas: ReadonlyMap<string, JsonNode>): string {
  return guide.replace(MARKERS, (_all, open: string, name: string, close: string) => {
    const schema = schemas.get(name);
    if (!schema) throw new Error(`docs/editing.md asks for the fields of "${name}", but there is no schemas/${name}.schema.json.`);
    return `${open}${renderFieldTable(schema)}\n${close}`;
  });
}

export function renderFieldTable(schema: JsonNode): string {
  const entry = schema.type === 'array' ? (schema.items as JsonNode) : schema;
  const rows = listFieldRows(entry, '');
  return ['| Field | Required | What it holds |', '| --- | --- | --- |', ...rows].join('\n');
}

function listFieldRows(object: JsonNode, prefix: string): string[] {
  const required = new Set((object.required ?? []) as string[]);
  const properties = (object.properties ?? {}) as Record<string, JsonNode>;
  return Object.entries(properties).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const row = `| \`${name}\` | ${required.has(key) ? 'yes' : ''} | ${describeField(field)} |`;
    const items = field.type === 'array' ? (field.items as JsonNode | undefined) : undefined;
    if (field.properties) return [row, ...listFieldRows(field, `${name}.`)];
    if (items?.properties) return [row, ...listFieldRows(items, `${name}[].`)];
    return [row];
  });
}

function describeField(field: JsonNode): string {
  const items = field.type === 'array' ? (field.items as JsonNode | undefined) : undefined;
  const parts = [field.description as string | undefined];
  // A list of plain values says what each value is; a list of entries, only when the list itself says nothing.
  if (items?.description && (!items.properties || !field.description)) parts.push(`Each: ${lowerFirst(items.description as string)}`);
  const choices = (field.enum ?? items?.enum) as unknown[] | undefined;
  if (choices) parts.push(`One of: ${choices.map((c) => `\`${String(c)}\``).join(', ')}.`);
  const format = (field.patternErrorMessage ?? items?.patternErrorMessage) as string | undefined;
  // The format, unless the text so far already shows how the value is written.
  const shown = parts.join(' ');
  if (format && !/written|e\.g\.|such as/.test(shown)) parts.push(upperFirst(format.replace(/^Expected /, '')));
  const hasDefault = field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0);
  if (hasDefault && !/Default/.test(shown)) parts.push(`Default: \`${JSON.stringify(field.default)}\`.`);
  return parts
    .filter((p): p is string => Boolean(p))
    .join(' ')
    .replace(/\n- /g, '<br>– ')
    .replace(/\n+/g, ' ')
    .replace(/\|/g, '\\|');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
