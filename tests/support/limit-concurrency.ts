/**
 * Runs at most `slots` of the given tasks at once, the others waiting in order: for tests
 * that start child processes or browser tabs on a machine with few cores.
 */
export function limitConcurrency(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finished task hands its slot straight to the next waiting one, so none can jump in between.
    if (running < slots) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
