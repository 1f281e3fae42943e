import './compile-cache.ts';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { removeFolderOnAnotherThread } from './remove-folder.ts';
import { startCheckInWorker } from '../validation/check-in-worker.ts';
import { describeFailedCheck } from '../validation/content-gate.ts';

/**
 * `npm run build`: builds into a fresh folder and swaps it into `dist/` only when the
 * whole build succeeded, so a failed build (bad content, a rendering error) leaves the
 * previous site exactly as it was. The PDF editions are made inside the build, so they are
 * swapped in with the pages that link to them. The site it replaced stays in .build/dist-old
 * until the next build removes it.
 *
 * package.json runs it as `node --no-opt`: V8 without TurboFan, its top compiler (Maglev, the
 * one below it, still compiles hot code). A build is a few seconds of code that mostly runs a
 * few times, and on two cores TurboFan's compiling on V8's background threads competes with
 * this thread and the check thread more than its faster code pays back. The flag must be
 * Node's own: set from here (v8.setFlagsFromString) it came too late for the modules already
 * loaded, and the compile cache, keyed on V8's flags, kept missing.
 */
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// `-- --no-pdf`: skip the PDF editions (src/integrations/pdf-editions.ts) for a quick build.
if (process.argv.includes('--no-pdf')) process.env.RAPPORTEUR_PDF = 'off';

const root = process.cwd();
// The content check runs on another thread while Astro loads; Astro's collections wait for it
// before loading content (src/validation/content-gate.ts), and errors stop the build there.
// A clean check is kept in .build/ for the next build of the same content (src/validation/kept-check.ts),
// unless the build is to make everything anew.
const keptCheck = process.env.RAPPORTEUR_CACHE === 'off' ? undefined : resolve(root, '.build', 'last-check.json');
const checked = startCheckInWorker(root, { keptCheck });
checked.catch(() => {});
const { build } = await import('astro');
const finalDir = resolve(root, 'dist');
const nextDir = resolve(root, '.build', 'dist-next');
const oldDir = resolve(root, '.build', 'dist-old');

// The site the last build replaced is removed now, on another thread while Astro builds,
// not at the end of that build, where removing thousands of files held up its finish.
const clearingOld = removeFolderOnAnotherThread(oldDir);
rmSync(nextDir, { recursive: true, force: true });
if (await buildInto(nextDir)) {
  await clearingOld;
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(nextDir, finalDir);
  console.log(`Site written to ${finalDir}`);
} else {
  await clearingOld.catch(() => {});
}

async function buildInto(outDir: string): Promise<boolean> {
  try {
    await build({ root, outDir });
    return true;
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    // Content errors stop the build in a collection's loader, whose error Astro words as its own:
    // say what stopped it, as the check (which listed the errors) found it.
    const errors = (await checked.catch(() => undefined))?.errorCount ?? 0;
    console.error(`\nBuild failed: ${errors > 0 ? describeFailedCheck(errors) : (error as Error).message}`);
    // Not process.exit(): exiting at once while V8 still compiles the modules just loaded on
    // background threads can deadlock the process (seen with Node 24: a compile job waits for
    // a garbage collection the exiting main thread never runs). The process ends by itself.
    process.exitCode = 1;
    return false;
  }
}
