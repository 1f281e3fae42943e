import { z, type ZodType } from 'zod';
import { CONTENT_FILES, type CollectionName } from '../content-files.ts';
import * as schemas from '../schemas/index.ts';
import { annotateJsonSchema, type JsonNode } from './annotate-json-schema.ts';
import type { SchemaDocs } from './read-schema-docs.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas and the content-file map: one file
 * per kind of content under `schemas/`, and the globs that tell VS Code's YAML extension which
 * data file follows which. Nothing here is written by hand, so the editor can never disagree
 * with `npm run check` about which fields exist.
 */

/** File name of each collection's schema; collections that share a schema (chapters) share a file. */
export const SCHEMA_NAMES: Record<CollectionName, string> = {
  activities: 'activity',
  reportChapters: 'chapter',
  surveyChapters: 'chapter',
  articles: 'article',
  members: 'members',
  people: 'people',
  glossary: 'glossary',
  funds: 'funds',
  topics: 'topics',
  history: 'history',
  surveys: 'survey',
  workPlans: 'work-plan',
  strategicPlans: 'strategic-plan',
  reports: 'report',
  newsletters: 'newsletter',
};

export const SCHEMA_DIR = 'schemas';

export interface GeneratedSchema {
  /** Path from the project root: `schemas/members.schema.json`. */
  file: string;
  /** Globs of the YAML files it applies to, as `yaml.schemas` wants them; empty for front matter. */
  globs: string[];
  text: string;
}

export function generateJsonSchemas(docs: SchemaDocs): GeneratedSchema[] {
  const names = namesOfSchemas();
  const byFile = new Map<string, { schema: ZodType; globs: string[]; list: boolean }>();
  for (const [collection, kind] of Object.entries(CONTENT_FILES)) {
    const file = `${SCHEMA_DIR}/${SCHEMA_NAMES[collection as CollectionName]}.schema.json`;
    const existing = byFile.get(file);
    if (existing && existing.schema !== kind.schema) throw new Error(`${file} would hold two different schemas; give ${collection} its own name in SCHEMA_NAMES.`);
    const globs = existing?.globs ?? [];
    if (kind.format === 'yaml') globs.push(`/${kind.base}/${kind.pattern}`);
    byFile.set(file, { schema: kind.schema, globs, list: 'entryKey' in kind });
  }
  return [...byFile].map(([file, { schema, globs, list }]) => ({ file, globs, text: renderSchema(schema, list, names, docs) }));
}

function renderSchema(schema: ZodType, list: boolean, names: ReadonlyMap<unknown, string>, docs: SchemaDocs): string {
  const fileSchema = list ? z.array(schema) : schema;
  // Input side: fields with a default are optional to write; draft-07 is what every YAML extension reads.
  const json = z.toJSONSchema(fileSchema, { io: 'input', target: 'draft-07' }) as JsonNode;
  annotateJsonSchema(fileSchema, json, { docs, names });
  if (list) describeList(json);
  const header = { $schema: json.$schema, $comment: 'Generated from src/schemas/ by `npm run schemas`; do not edit.' };
  return `${JSON.stringify({ ...header, ...json }, null, 2)}\n`;
}

function describeList(json: JsonNode): void {
  const item = json.items as JsonNode | undefined;
  if (typeof item?.description !== 'string') return;
  json.description = `A list; each entry starts with "- ". ${item.description}`;
  json.markdownDescription = json.description;
}

function namesOfSchemas(): Map<unknown, string> {
  return new Map(Object.entries(schemas).filter(([name]) => name.endsWith('Schema')).map(([name, value]) => [value, name]));
}

/** The `yaml.schemas` setting: schema file → globs, relative to the workspace root. */
export function computeYamlSchemasSetting(generated: readonly GeneratedSchema[]): Record<string, string[]> {
  return Object.fromEntries(generated.filter((g) => g.globs.length > 0).map((g) => [`./${g.file}`, g.globs]));
}

/**
 * `.vscode/settings.json` with its `yaml.schemas` replaced and every other setting kept, so
 * a hand-added setting survives regeneration.
 */
export function renderEditorSettings(existing: string | undefined, yamlSchemas: Record<string, string[]>): string {
  const settings = existing ? (JSON.parse(existing) as Record<string, unknown>) : {};
  settings['yaml.schemas'] = yamlSchemas;
  return `${JSON.stringify(settings, null, 2)}\n`;
}
