import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOOD_SITE } from './fixture-tree.ts';

/** A fresh temporary copy of the good mini-site, for tests that add or change files. */
export function copyGoodSite(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rapporteur-${label}-`));
  cpSync(GOOD_SITE, dir, { recursive: true });
  return dir;
}
