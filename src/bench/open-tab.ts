/**
 * A page held open in a browser under `astro dev`, reduced to what the dev-edit benchmark needs:
 * like Vite's client (vite/dist/client/client.mjs), it listens on the dev server's HMR socket
 * and loads the page again when told to (`full-reload`, 20 ms debounced, a new load aborting
 * the last). An editor sees a saved edit when such a reload serves it; polling alone would
 * leave the reload Astro asks for once its store is written to the next save's first request.
 */
export interface OpenTab {
  /** The first load started after `savedAt` (performance.now()) that serves `marker`: how long after `savedAt` it ended, and the page it served. */
  waitForText(marker: string, savedAt: number, timeoutMs: number): Promise<{ ms: number; body: string }>;
  close(): void;
}

/** What the tab does with one message from the dev server: load the page again, or not. */
export function reloadsPage(message: unknown, pagePath: string): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type, path, ifFallback } = message as { type?: unknown; path?: unknown; ifFallback?: unknown };
  if (type !== 'full-reload' || ifFallback === true) return false;
  // A path to an HTML file reloads only that page; any other path (`*`), or none, reloads every page.
  if (typeof path !== 'string' || !path.endsWith('.html')) return true;
  return path === pagePath || path === '/index.html' || (pagePath.endsWith('/') && `${pagePath}index.html` === path);
}

/** The token Vite's client connects with, as the dev server writes it into /@vite/client. */
export function readSocketToken(clientScript: string): string {
  const token = /const wsToken = "([^"]*)"/.exec(clientScript)?.[1];
  if (token === undefined) throw new Error('/@vite/client holds no `wsToken`: has Vite changed how its client connects?');
  return token;
}

export async function openTab(origin: string, pagePath: string): Promise<OpenTab> {
  const token = readSocketToken(await (await fetch(`${origin}/@vite/client`)).text());
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`Could not open the dev server's HMR socket at ${origin}.`)), { once: true });
  });
  const waiting = new Set<{ marker: string; savedAt: number; done: (ms: number, body: string) => void }>();
  let current: AbortController | undefined;
  let timer: NodeJS.Timeout | undefined;
  const load = async () => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const startedAt = performance.now();
    try {
      const body = await (await fetch(`${origin}${pagePath}`, { signal: controller.signal })).text();
      for (const wait of waiting) if (startedAt >= wait.savedAt && body.includes(wait.marker)) wait.done(performance.now() - wait.savedAt, body);
    } catch {
      // Aborted by a newer reload, or the server is restarting: the next reload tries again.
    }
  };
  socket.addEventListener('message', (event) => {
    if (!reloadsPage(JSON.parse(String(event.data)), pagePath)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void load(), 20);
  });
  return {
    waitForText(marker, savedAt, timeoutMs) {
      return new Promise((resolve, reject) => {
        const wait = {
          marker,
          savedAt,
          done: (ms: number, body: string) => {
            waiting.delete(wait);
            clearTimeout(deadline);
            resolve({ ms, body });
          },
        };
        const deadline = setTimeout(() => {
          waiting.delete(wait);
          reject(new Error(`${origin}${pagePath} was not reloaded with "${marker}" within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        waiting.add(wait);
      });
    },
    close() {
      clearTimeout(timer);
      current?.abort();
      socket.close();
    },
  };
}
