import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/integrations/check-content.ts';
import type { CheckSummary } from '../../src/validation/check-in-worker.ts';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';

// The dev server's re-checks run on a thread; here the test plays the thread's part.
const thread = vi.hoisted(() => ({ post: undefined as ((summary: CheckSummary) => void) | undefined }));
vi.mock('../../src/validation/check-in-worker.ts', async (original) => ({
  ...(await original<typeof import('../../src/validation/check-in-worker.ts')>()),
  startCheckThread: (_root: string, onResult: (summary: CheckSummary) => void) => {
    thread.post = onResult;
    return { recheck: () => {}, close: async () => {} };
  },
}));

const ROOT = resolve(import.meta.dirname, '..', '..');

function diagnostic(severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file: 'data/members.yaml', line: 3, column: 9, severity, name: 'UnknownMember', message };
}

const summary = (...diagnostics: Diagnostic[]): CheckSummary => ({ diagnostics, errorCount: diagnostics.filter((d) => d.severity === 'error').length, fileCount: 1 });

describe("the dev server's re-check", () => {
  it('reloads open pages when the errors they show change, and only then', () => {
    vi.useFakeTimers();
    try {
      const watcher = Object.assign(new EventEmitter(), { add: () => {} });
      const toBrowsers = vi.fn();
      const server = { watcher, middlewares: { use: () => {} }, environments: { client: { hot: { send: toBrowsers } } } };
      const setup = checkContent().hooks['astro:server:setup'] as unknown as (options: { server: unknown; logger: unknown }) => void;
      setup({ server, logger: { error: () => {}, warn: () => {}, info: () => {} } });
      // A saved data file starts the re-check thread, 100 ms after the last save.
      watcher.emit('all', 'change', join(ROOT, 'data/members.yaml'));
      vi.advanceTimersByTime(100);
      const reloads = () => toBrowsers.mock.calls.length;
      expect(reloads()).toBe(0);
      thread.post!(summary(diagnostic('warning', 'A warning only.')));
      expect(reloads()).toBe(0);
      thread.post!(summary(diagnostic('error', 'No member FX: did you mean FJ?')));
      expect(reloads()).toBe(1);
      expect(toBrowsers).toHaveBeenLastCalledWith({ type: 'full-reload', path: '*' });
      thread.post!(summary(diagnostic('error', 'No member FX: did you mean FJ?'), diagnostic('warning', 'A warning only.')));
      expect(reloads()).toBe(1);
      thread.post!(summary(diagnostic('error', 'No member FY: did you mean FJ?')));
      expect(reloads()).toBe(2);
      thread.post!(summary());
      expect(reloads()).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
