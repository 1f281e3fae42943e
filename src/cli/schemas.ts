import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeEditorFiles, listStaleSchemaFiles, readOptional } from '../json-schema/editor-files.ts';

/**
 * `npm run schemas [-- --check]`: regenerates `schemas/*.schema.json` and the `yaml.schemas`
 * setting of `.vscode/settings.json` from the zod schemas. `--check` writes nothing and exits
 * 1 when a file is out of date (for CI).
 */
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const root = resolve(values.root);

const files = computeEditorFiles(root);
const changed = files.filter(({ file, text }) => readOptional(join(root, file)) !== text);
const stale = listStaleSchemaFiles(root, files);

if (values.check) {
  for (const { file } of changed) console.error(`${file} is out of date.`);
  for (const file of stale) console.error(`${file} is no longer generated.`);
  if (changed.length + stale.length > 0) console.error('Run "npm run schemas" and commit the result.');
  process.exitCode = changed.length + stale.length > 0 ? 1 : 0;
} else {
  for (const { file, text } of changed) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    console.log(`wrote ${file}`);
  }
  for (const file of stale) {
    rmSync(join(root, file));
    console.log(`removed ${file}`);
  }
  console.log(`${files.length} files generated; ${changed.length + stale.length} changed.`);
}
