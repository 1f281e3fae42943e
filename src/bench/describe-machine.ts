import { cpus, loadavg, release, totalmem } from 'node:os';

/** The machine a run was measured on, as one line for the results. */
export function describeMachine(): string {
  const cores = cpus();
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${memory} GB memory, Linux ${release()}, Node ${process.version}`;
}

/** 1-minute load average: on a shared machine, the other work the figures competed with. */
export function describeLoad(): string {
  return loadavg()[0]!.toFixed(2);
}
