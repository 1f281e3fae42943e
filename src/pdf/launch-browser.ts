import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser of its own. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, and quiet on the network: no background downloads, component updates, sync or
 * first-run pages, so the only requests are the ones the pages make (and those are guarded).
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A running browser and its throwaway profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh temporary profile, removed again on close. */
export async function launchBrowser(executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumNotFound(executablePath);
  const profile = mkdtempSync(join(tmpdir(), 'rapporteur-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export class ChromiumNotFound extends Error {
  constructor(path: string) {
    super(`Chromium was not found at ${path}, so the PDF editions cannot be made. Install Debian's chromium (apt-get install chromium; .ci/run does), set CHROMIUM_PATH to another Chromium, or build without PDFs: npm run build -- --no-pdf.`);
    this.name = 'ChromiumNotFound';
  }
}
