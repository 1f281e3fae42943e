import './compile-cache.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../validation/check-project.ts';
import { formatDiagnostics, summarise, type OutputFormat } from '../validation/format-diagnostics.ts';
import { createNodeWatchEffects } from '../watch/node-watch-effects.ts';
import { watchCheck } from '../watch/watch-check.ts';

/**
 * `npm run check [-- --format text|json|github] [--root DIR] [--watch]`: validates all content
 * and prints diagnostics. Exits 1 when there is an error; warnings alone exit 0. `--watch`
 * keeps running and, after every save under content/ or data/, prints only what changed.
 */
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: '.' },
    watch: { type: 'boolean', default: false },
  },
});

const format = values.format as OutputFormat;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format "${format}". Use text, json or github.`);
  process.exit(2);
}

const root = resolve(values.root);

if (values.watch) {
  if (format !== 'text') {
    console.error('--watch prints for people and works with --format text only.');
    process.exit(2);
  }
  watchCheck(() => {
    const started = performance.now();
    const result = checkProject(root);
    return { diagnostics: result.diagnostics, fileCount: result.fileCount, seconds: (performance.now() - started) / 1000 };
  }, createNodeWatchEffects(root));
} else {
  const started = performance.now();
  const result = checkProject(root);
  const output = formatDiagnostics(result.diagnostics, format);
  if (output) console.log(output);
  if (format === 'text') console.log(`${result.diagnostics.length ? '\n' : ''}${summarise(result.diagnostics, result.fileCount, (performance.now() - started) / 1000)}`);
  process.exitCode = result.errorCount > 0 ? 1 : 0;
}
