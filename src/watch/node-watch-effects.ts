import { existsSync, watch } from 'node:fs';
import { join, sep } from 'node:path';
import type { WatchEffects } from './watch-check.ts';

/** The real watcher, timers, console and clock behind `npm run check -- --watch`. */
export function createNodeWatchEffects(root: string): WatchEffects {
  return {
    watch(dir, onChange) {
      const path = join(root, dir);
      if (!existsSync(path)) return { close() {} };
      // Recursive watching works on Linux, macOS and Windows from Node 20 on.
      return watch(path, { recursive: true }, (_event, name) => onChange(name ? `${dir}/${String(name).split(sep).join('/')}` : dir));
    },
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    print: (text) => console.log(text),
    clock: () => new Date().toTimeString().slice(0, 8),
  };
}
