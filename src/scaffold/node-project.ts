import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../validation/load-content.ts';
import type { ScaffoldProject } from './scaffold-kind.ts';
import type { ScaffoldWriter } from './scaffold.ts';

/** The real file system and clock behind `npm run new`; tests pass their own. */
export function openProject(root: string, now: Date = new Date()): ScaffoldProject & ScaffoldWriter {
  return {
    data: loadContent(root).data,
    today: formatLocalDay(now),
    exists: (file) => existsSync(join(root, file)),
    create(file, text) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      // "wx": fail rather than overwrite, even if the file appeared since it was planned.
      writeFileSync(join(root, file), text, { flag: 'wx' });
    },
  };
}

/** The editor's own calendar day, not UTC's: a file made at 8 a.m. in Bangkok is dated that day. */
export function formatLocalDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
