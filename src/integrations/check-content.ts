import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkProject, type CheckResult } from '../validation/check-project.ts';
import { formatDiagnostics } from '../validation/format-diagnostics.ts';

/**
 * Runs `npm run check`'s validation inside Astro: `astro build` stops before writing
 * anything when content has errors; `astro dev` re-checks on every save and shows the
 * first error, with its file and line, in the browser's error overlay.
 */
export function checkContent(): AstroIntegration {
  let root = process.cwd();
  let latest: CheckResult | undefined;
  return {
    name: 'rapporteur:check-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        latest = runCheck(root, logger);
        if (command === 'build' && latest.errorCount > 0) {
          throw new ContentCheckFailed(latest.errorCount);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [resolve(root, 'content'), resolve(root, 'data')];
        server.watcher.add(watched);
        const showInBrowser = () => {
          const first = latest?.diagnostics.find((d) => d.severity === 'error');
          if (!first) return;
          server.hot.send({
            type: 'error',
            err: { message: `${first.name}: ${first.message}${first.hint ? `\nHint: ${first.hint}` : ''}`, stack: '', id: first.file, plugin: 'rapporteur:check-content', loc: { file: resolve(root, first.file), line: first.line, column: first.column } },
          });
        };
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => path.startsWith(dir))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            latest = runCheck(root, logger);
            showInBrowser();
          }, 100);
        });
        server.environments.client.hot.on('vite:client:connect', showInBrowser);
      },
    },
  };
}

/** Thrown to stop a build; its message is all Astro prints, the diagnostics were logged already. */
class ContentCheckFailed extends Error {
  constructor(errors: number) {
    super(`Content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built and dist/ was not touched.`);
    this.name = 'ContentCheckFailed';
    this.stack = `${this.name}: ${this.message}`;
  }
}

function runCheck(root: string, logger: AstroIntegrationLogger): CheckResult {
  const result = checkProject(root);
  const output = formatDiagnostics(result.diagnostics, 'text');
  if (result.errorCount > 0) logger.error(`\n${output}`);
  else if (result.diagnostics.length > 0) logger.warn(`${result.diagnostics.length} content warning(s); run npm run check to read them.`);
  else logger.info('Content checked: no errors.');
  return result;
}
