import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../validation/check-project.ts';
import { formatDiagnostics, summarise, type OutputFormat } from '../validation/format-diagnostics.ts';

/**
 * `npm run check [-- --format text|json|github] [--root DIR]`: validates all content and
 * prints diagnostics. Exits 1 when there is an error; warnings alone exit 0.
 */
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: '.' },
  },
});

const format = values.format as OutputFormat;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format "${format}". Use text, json or github.`);
  process.exit(2);
}

const started = performance.now();
const result = checkProject(resolve(values.root));
const output = formatDiagnostics(result.diagnostics, format);
if (output) console.log(output);
if (format === 'text') console.log(`${result.diagnostics.length ? '\n' : ''}${summarise(result.diagnostics, result.fileCount, (performance.now() - started) / 1000)}`);
process.exitCode = result.errorCount > 0 ? 1 : 0;
