import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Turns off Vite's dependency pre-bundling in `astro build`. To load the content config,
 * the build starts a Vite dev server. That server pre-bundles the dev toolbar's browser
 * dependencies into node_modules/.vite with rolldown, for a browser that never connects.
 * In a cold build that is about 0.2 s in which the build's thread only waits (--cpu-prof),
 * and on two cores rolldown's threads compete with the content check's.
 *
 * Vite turns the optimizer off when `noDiscovery` is set and nothing is to be included. Astro
 * adds includes of its own (the defaults every environment inherits, and the client's), and
 * settings merged in add to lists rather than replace them, so the lists are emptied once the
 * config is resolved. `astro dev` keeps the optimizer.
 */
export function noDependencyPrebundling(): AstroIntegration {
  return {
    name: 'rapporteur:no-dependency-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutDependencyOptimizer()] } });
      },
    },
  };
}

/** The Vite plugin that empties the lists, in every environment. */
export function withoutDependencyOptimizer(): Plugin {
  return {
    name: 'rapporteur:without-dependency-optimizer',
    configResolved(config) {
      for (const options of [config.optimizeDeps, ...Object.values(config.environments).map((environment) => environment.optimizeDeps)]) {
        options.noDiscovery = true;
        options.include = [];
      }
    },
  };
}
