/**
 * The environment a person's shell has, for commands the tests start (astro build, astro
 * dev): without Vitest's variables (NODE_ENV=test, VITEST…), which change how Astro and
 * Vite behave — with them, `astro dev` serves no routes at all.
 */
export function createChildEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST');
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
