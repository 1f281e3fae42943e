/**
 * The environment a person's shell has, for commands the tests start (astro build, astro
 * dev): without Vitest's variables (NODE_ENV=test, VITEST…), which change how Astro and
 * Vite behave — with them, `astro dev` serves no routes at all — and without the variables
 * Vitest's Vite sets (DEV=1, MODE=test…), which Astro's built pages read as `import.meta.env`.
 */
const VITE_VARIABLES = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);

export function createChildEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST' && !VITE_VARIABLES.has(name));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
