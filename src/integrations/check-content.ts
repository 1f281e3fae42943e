import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { startCheckThread, takePendingCheck, type CheckSummary, type CheckThread } from '../validation/check-in-worker.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { buildCacheDir } from './build-cache.ts';
import { formatDiagnostics } from '../validation/format-diagnostics.ts';
import { describeFailedCheck, setContentGate, waitForContentCheck } from '../validation/content-gate.ts';
import { noteSavedMarkdown } from '../site/saved-texts.ts';

/**
 * Runs `npm run check`'s validation inside Astro: `astro build` stops before writing
 * anything when content has errors; `astro dev` re-checks on every save, prints the
 * diagnostics in the terminal, and serves a page listing them (file:line:col) instead of
 * the site until they are fixed.
 */
export function checkContent(): AstroIntegration {
  let root = process.cwd();
  let latest: CheckSummary | undefined;
  /** The build's whole check, advisory rules included: settled once it is reported. */
  let complete: Promise<void> | undefined;
  return {
    name: 'rapporteur:check-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        // `npm run build` started the check on another thread before loading Astro (src/cli/build.ts);
        // once content passes, that thread draws the standard charts into the build cache while
        // Astro starts, so pages find them drawn (src/charts/build-chart.ts).
        const pending = command === 'build' ? takePendingCheck() : undefined;
        if (!pending) {
          latest = report(await checkNow(root), logger);
          if (command === 'build' && latest.errorCount > 0) throw new ContentCheckFailed(latest.errorCount);
          return;
        }
        // Astro goes on starting while the check finishes; the collections' loaders wait for its
        // verdict (src/validation/content-gate.ts), so nothing is loaded or built from content with
        // errors. The advisory rules, which only warn, still run meanwhile: the pages wait for them.
        complete = pending.result.then((summary) => {
          latest = report(summary, logger);
          if (latest.errorCount > 0) throw new ContentCheckFailed(latest.errorCount);
        });
        complete.catch(() => {});
        setContentGate(
          pending.verdict.then(async (errors) => {
            pending.drawCharts(errors === 0 && process.env.RAPPORTEUR_CACHE !== 'off' ? buildCacheDir(config.cacheDir) : undefined);
            // The build stops with the whole check's findings, reported once.
            if (errors > 0) await complete;
          }),
        );
      },
      // Never build pages before the whole check has passed, even if no loader waited for it.
      'astro:build:start': async () => {
        await waitForContentCheck();
        await complete;
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [resolve(root, 'content'), resolve(root, 'data')];
        server.watcher.add(watched);
        // Re-checks run on a thread of their own, started at the first save (it checks as it
        // starts), so a long check never holds up the pages the dev server is serving.
        let thread: CheckThread | undefined;
        const reloadOpenPages = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        const onSummary = (summary: CheckSummary) => {
          const shown = describeShownErrors(latest);
          latest = report(summary, logger);
          // Pages show the errors in place of the site (the middleware below): when a re-check
          // changes them, open pages reload now, not at whatever reload comes next.
          if (describeShownErrors(latest) !== shown) reloadOpenPages();
        };
        const recheck = () => {
          if (thread) return thread.recheck();
          thread = startCheckThread(root, onSummary, (error) => logger.error(`The content check failed: ${error.message}`));
        };
        server.httpServer?.once('close', () => void thread?.close());
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (event, path) => {
          if (!watched.some((dir) => path.startsWith(dir))) return;
          // Pages show a saved narrative at once, before Astro's store writes it (src/site/saved-texts.ts),
          // so open pages are told to reload now: Astro tells them only once its store is written (500 ms on).
          if ((event === 'change' || event === 'add') && path.endsWith('.md')) {
            noteSavedMarkdown(root, relative(root, path));
            reloadOpenPages();
          }
          clearTimeout(timer);
          timer = setTimeout(recheck, 100);
        });
        // While content has errors, every page shows them instead of a half-built page.
        server.middlewares.use((request, response, next) => {
          const errors = listErrors(latest);
          if (errors.length === 0 || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(renderErrorPage(errors));
        });
      },
    },
  };
}

function listErrors(summary: CheckSummary | undefined): Diagnostic[] {
  return summary?.diagnostics.filter((d) => d.severity === 'error') ?? [];
}

/** What the error page would show, as one string to compare. */
function describeShownErrors(summary: CheckSummary | undefined): string {
  return JSON.stringify(listErrors(summary));
}

/** A page listing the errors with file:line:col; Vite's client reloads it at each save and when the errors change. */
function renderErrorPage(errors: readonly Diagnostic[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = errors
    .map((d) => `<li><code>${escape(`${d.file}:${d.line}:${d.column}`)}</code> <strong>${escape(d.name)}</strong><p>${escape(d.message)}</p>${d.hint ? `<p>Hint: ${escape(d.hint)}</p>` : ''}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content errors</title><script type="module" src="/@vite/client"></script></head><body style="font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem"><h1>Content has ${errors.length} error${errors.length === 1 ? '' : 's'}</h1><p>Fix them and save; this page reloads by itself.</p><ol>${items}</ol></body></html>`;
}

/** The checker, loaded only when this thread runs it: `npm run build` runs it on another. */
async function checkNow(root: string): Promise<CheckSummary> {
  const { checkProject } = await import('../validation/check-project.ts');
  return checkProject(root);
}

/** Thrown to stop a build; its message is all Astro prints, the diagnostics were logged already. */
class ContentCheckFailed extends Error {
  constructor(errors: number) {
    super(describeFailedCheck(errors));
    this.name = 'ContentCheckFailed';
    this.stack = `${this.name}: ${this.message}`;
  }
}

function report(result: CheckSummary, logger: AstroIntegrationLogger): CheckSummary {
  if (result.kept) logger.info('Content and code unchanged since the last clean check: its findings stand.');
  const output = formatDiagnostics(result.diagnostics, 'text');
  if (result.errorCount > 0) logger.error(`\n${output}`);
  else if (result.diagnostics.length > 0) logger.warn(`${result.diagnostics.length} content warning(s); run npm run check to read them.`);
  else logger.info('Content checked: no errors.');
  return result;
}
