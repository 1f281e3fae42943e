import { readFileSync } from 'node:fs';

/** A V8 .cpuprofile, as `node --cpu-prof` writes it. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  selfMs: number;
  share: number;
}

/**
 * Self time per function and per module (package or source file) of a CPU profile, hottest
 * first: where a build spends its own time, before asking who called it.
 */
export function summariseCpuProfile(file: string): { functions: HotSpot[]; modules: HotSpot[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!.callFrame;
    totalMs += ms;
    const where = shortenUrl(frame.url);
    add(functions, `${frame.functionName || '(anonymous)'} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`, ms);
    add(modules, moduleOf(where, frame.functionName), ms);
  });
  const rank = (map: Map<string, number>) =>
    [...map].map(([name, selfMs]) => ({ name, selfMs, share: selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs);
  return { functions: rank(functions), modules: rank(modules), totalMs };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function shortenUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/').replace(/^.*?\/(src|dist|\.astro)\//, '$1/');
}

/** `node_modules/@astrojs/x/…` → `@astrojs/x`; `src/model/figures.ts` stays; V8 internals by name. */
function moduleOf(where: string, functionName: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1];
  if (pkg) return pkg;
  if (!where) return `(${functionName || 'native'})`;
  return where.startsWith('node:') ? 'node internals' : where.replace(/\?.*$/, '');
}

export function formatHotSpots(title: string, spots: readonly HotSpot[], count: number): string {
  return [title, ...spots.slice(0, count).map((s) => `  ${s.selfMs.toFixed(0).padStart(7)} ms ${(s.share * 100).toFixed(1).padStart(5)}%  ${s.name}`)].join('\n');
}
