import type { SiteData } from '../model/site-data.ts';

/**
 * What every kind of file `npm run new` can create provides, and what it is given: the
 * project's current content and today's date, never the file system or the clock itself,
 * so each kind is tested in memory.
 */
export type Flags = Readonly<Record<string, string | string[] | undefined>>;

export interface FlagSpec {
  description: string;
  /** The flag may be given several times (`--author a --author b`). */
  multiple?: boolean;
}

export interface ScaffoldProject {
  /** The content as the checker loads it (files that fail their schema are left out). */
  data: SiteData;
  /** Today, `YYYY-MM-DD`, for defaults such as the month of publication. */
  today: string;
  /** True when a file exists, by path from the project root. */
  exists(file: string): boolean;
}

export interface ScaffoldPlan {
  /** Path from the project root: `content/activities/2019-20/aeo-regional-workshop-2019-12.md`. */
  file: string;
  text: string;
  /** What the editor does next, printed after the file is created. */
  next: string[];
}

export interface ScaffoldKind {
  /** One line for the list of kinds. */
  summary: string;
  example: string;
  flags: Record<string, FlagSpec>;
  plan(flags: Flags, project: ScaffoldProject): ScaffoldPlan;
}

/** A mistake in the request: printed as is, and nothing is written. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}
