import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served on the loopback interface: for the PDF editions, the browser tests and the benchmark. */
export interface SiteServer {
  /** `http://127.0.0.1:<port>`: the only origin the browser may load from. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `siteDir` on 127.0.0.1 with a free port. Bound to the loopback address only, so
 * nothing outside this machine can reach it while it runs.
 */
export async function serveSite(siteDir: string): Promise<SiteServer> {
  // dev: true reads files on each request; PDFs are written into the folder being served.
  const server = createServer(sirv(siteDir, { dev: true, dotfiles: false }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
