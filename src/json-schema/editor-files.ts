import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeYamlSchemasSetting, generateJsonSchemas, renderEditorSettings, SCHEMA_DIR } from './generate-json-schemas.ts';
import { readSchemaDocs } from './read-schema-docs.ts';
import { fillFieldTables } from './render-field-tables.ts';

/**
 * Every file `npm run schemas` owns, with the text it should have: the JSON Schemas,
 * `.vscode/settings.json`, and the field tables of the editors' guide. Shared by the command (which writes them) and the test (which
 * compares them with the committed files), so both agree on what "current" means.
 */
export const EDITOR_SETTINGS_FILE = '.vscode/settings.json';
export const GUIDE_FILE = 'docs/editing.md';

export interface EditorFile {
  file: string;
  text: string;
}

export function computeEditorFiles(root: string): EditorFile[] {
  const schemaDir = join(root, 'src', 'schemas');
  const sources = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(join(schemaDir, name), 'utf8') }));
  const generated = generateJsonSchemas(readSchemaDocs(sources));
  const settings = renderEditorSettings(readOptional(join(root, EDITOR_SETTINGS_FILE)), computeYamlSchemasSetting(generated));
  const files = [...generated.map(({ file, text }) => ({ file, text })), { file: EDITOR_SETTINGS_FILE, text: settings }];
  const guide = readOptional(join(root, GUIDE_FILE));
  if (guide !== undefined) {
    const byName = new Map(generated.map((g) => [g.file.replace(/^.*\//, '').replace('.schema.json', ''), JSON.parse(g.text)]));
    files.push({ file: GUIDE_FILE, text: fillFieldTables(guide, byName) });
  }
  return files;
}

/** Schema files in `schemas/` that the generator no longer produces (a kind was renamed or removed). */
export function listStaleSchemaFiles(root: string, current: readonly EditorFile[]): string[] {
  const wanted = new Set(current.map((f) => f.file));
  let names: string[];
  try {
    names = readdirSync(join(root, SCHEMA_DIR));
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.schema.json')).map((name) => `${SCHEMA_DIR}/${name}`).filter((file) => !wanted.has(file));
}

export function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
