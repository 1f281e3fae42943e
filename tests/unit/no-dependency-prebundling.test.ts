import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { noDependencyPrebundling, withoutDependencyOptimizer } from '../../src/integrations/no-dependency-prebundling.ts';

describe('Vite’s dependency pre-bundling in a build', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-prebundling-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A Vite dev server like the one a build loads its content config with: Astro-style includes for the browser. */
  async function startServer(plugins: Plugin[]) {
    const server = await createServer({
      root: work,
      cacheDir: join(work, '.vite'),
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, watch: null, ws: false },
      optimizeDeps: { include: ['vite'] },
      environments: { client: { optimizeDeps: { include: ['vite/module-runner'] } } },
      plugins,
    });
    const optimizers = Object.values(server.environments).map((environment) => ('depsOptimizer' in environment ? environment.depsOptimizer : undefined));
    await server.close();
    return optimizers;
  }

  it('has an optimizer to turn off: a server with Astro’s kind of includes starts one', async () => {
    expect((await startServer([])).some((optimizer) => optimizer !== undefined)).toBe(true);
  });

  it('starts no optimizer in any environment once the plugin has emptied the includes', async () => {
    expect((await startServer([withoutDependencyOptimizer()])).every((optimizer) => optimizer === undefined)).toBe(true);
  });

  it('is added to `astro build` only: `astro dev` keeps pre-bundling for the browser', () => {
    const added = (command: 'build' | 'dev') => {
      const updates: unknown[] = [];
      const setup = noDependencyPrebundling().hooks['astro:config:setup'] as (options: unknown) => void;
      setup({ command, updateConfig: (update: unknown) => void updates.push(update) });
      return updates;
    };
    expect(added('dev')).toEqual([]);
    expect(added('build')).toEqual([{ vite: { plugins: [expect.objectContaining({ name: 'rapporteur:without-dependency-optimizer' })] } }]);
  });
});
