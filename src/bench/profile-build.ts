import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { readNodeScript } from './npm-script.ts';
import { BUILD_ENV } from './run-bench.ts';
import { runTimed } from './run-timed.ts';
import { createScratchProject, removeBuildState, trashFolderOf } from './scratch-project.ts';
import { formatHotSpots, summariseCpuProfile } from './summarise-cpu-profile.ts';

export interface ProfileOptions {
  repoRoot: string;
  workDir: string;
  scale: number;
  log(line: string): void;
}

/**
 * A cold then a warm build of a `scale`× corpus under `node --cpu-prof`, then the hottest functions
 * and modules by self time: the evidence for where the build's time goes.
 */
export async function profileBuild(options: ProfileOptions): Promise<void> {
  const dir = join(options.workDir, `profile-${options.scale}`);
  createScratchProject(options.repoRoot, dir);
  generateCorpus(options.repoRoot, dir, options.scale);
  removeBuildState(dir, trashFolderOf(options.workDir));
  for (const kind of ['cold', 'warm']) {
    const profiles = join(options.workDir, `cpu-profiles-${kind}`);
    const timing = await runTimed(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, ...readNodeScript(dir, 'build')], {
      cwd: dir,
      env: BUILD_ENV,
    });
    if (timing.exitCode !== 0) throw new Error(`The profiled build failed:\n${timing.output.slice(-3000)}`);
    options.log(`\n${kind} build of the ${options.scale}× corpus under --cpu-prof: ${timing.seconds.toFixed(2)} s wall, ${timing.cpuSeconds?.toFixed(2) ?? '?'} s CPU (${profiles})`);
    for (const file of readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'))) {
      const summary = summariseCpuProfile(join(profiles, file));
      options.log(`${file}: ${(summary.totalMs / 1000).toFixed(2)} s sampled on the main thread`);
      options.log(formatHotSpots('Modules by self time:', summary.modules, 15));
      options.log(formatHotSpots('Functions by self time:', summary.functions, 20));
    }
  }
}
