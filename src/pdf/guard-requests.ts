import type { BrowserContext } from 'playwright-core';

/** What the guard saw: requests to any other origin, which it blocked. */
export interface RequestGuard {
  /** Blocked URLs since the last call, which empties the list. */
  takeBlocked(): string[];
}

/**
 * Lets the browser load only from the local site's origin. A print edition that asks for
 * anything else (a web font, an analytics script, an image hot-linked from another site)
 * would make the PDF depend on the network, so the request is aborted and recorded, and
 * the caller fails that edition.
 */
export async function guardRequests(context: BrowserContext, origin: string): Promise<RequestGuard> {
  let blocked: string[] = [];
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    },
  );
  return {
    takeBlocked: () => {
      const taken = blocked;
      blocked = [];
      return taken;
    },
  };
}
