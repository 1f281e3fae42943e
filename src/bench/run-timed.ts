import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Wall time and the peak resident memory of a finished command. */
export interface Timing {
  seconds: number;
  /** Largest resident set of any one process of the command, in MB; undefined if not measurable. */
  peakMb: number | undefined;
  /** User + system CPU seconds (GNU time only): less sensitive than wall time to others' work on the machine. */
  cpuSeconds: number | undefined;
  exitCode: number;
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion, timing it. Peak memory comes from GNU time's "Maximum
 * resident set size" (the kernel's own high-water mark, which also sees short-lived
 * children); without it, /proc is polled every 50 ms, which can miss a brief peak.
 */
export async function runTimed(command: string, args: string[], options: RunOptions): Promise<Timing> {
  const useGnuTime = existsSync(GNU_TIME);
  const report = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const poller = useGnuTime ? undefined : pollPeakRss(child.pid!);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const usage = useGnuTime ? readGnuTimeReport(report) : { peakMb: poller!.stop(), cpuSeconds: undefined };
  return { seconds, ...usage, exitCode, output };
}

function readGnuTimeReport(report: string): { peakMb: number | undefined; cpuSeconds: number | undefined } {
  try {
    const text = readFileSync(report, 'utf8');
    const field = (label: string) => text.split('\n').find((line) => line.trim().startsWith(`${label}:`))?.split(': ').at(-1);
    const kb = field('Maximum resident set size (kbytes)');
    const user = field('User time (seconds)');
    const system = field('System time (seconds)');
    return { peakMb: kb === undefined ? undefined : Number(kb) / 1024, cpuSeconds: user === undefined || system === undefined ? undefined : Number(user) + Number(system) };
  } catch {
    return { peakMb: undefined, cpuSeconds: undefined };
  } finally {
    rmSync(report, { force: true });
  }
}

/** Samples the summed RSS of a process and its descendants; `stop()` returns the largest sample in MB. */
export function pollPeakRss(pid: number): { stop(): number | undefined } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, sumTreeRssKb(pid))), 50);
  return {
    stop() {
      clearInterval(timer);
      return peak > 0 ? peak / 1024 : undefined;
    },
  };
}

function sumTreeRssKb(pid: number): number {
  let total = 0;
  try {
    total = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean)) total += sumTreeRssKb(Number(child));
  } catch {
    // The process ended between two reads.
  }
  return total;
}
