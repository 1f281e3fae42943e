/**
 * Where `npm run build`'s collections wait for its content check. The check runs on another
 * thread (check-in-worker.ts); Astro meanwhile loads, creates its Vite server and reads its
 * content config, and only the collections' loaders wait (src/content.config.ts), so Astro
 * never reads content the check rejects. Held on globalThis because the content config runs
 * in Vite's module runner, with module instances of its own.
 */
const GATE = Symbol.for('rapporteur.content-gate');

type GateHolder = Record<symbol, Promise<void> | undefined>;

/** Sets the gate: resolves when content passed the check, rejects (the build stops) when it did not. */
export function setContentGate(gate: Promise<void>): void {
  // Rejections are for the loaders that wait; with none waiting, it must not end the process.
  gate.catch(() => {});
  (globalThis as GateHolder)[GATE] = gate;
}

/** Resolves once content passed the check; at once when no build check is under way (astro dev, tests). */
export function waitForContentCheck(): Promise<void> {
  return (globalThis as GateHolder)[GATE] ?? Promise.resolve();
}

/** What a build stopped by content errors says last. */
export function describeFailedCheck(errors: number): string {
  return `Content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built and dist/ was not touched.`;
}
