import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * The raw HTML an editor may write inside Markdown: GitHub's allowlist (hast-util-sanitize's
 * default, which also covers footnotes), plus the few elements the publications use. The
 * page pipeline sanitises with it (rehype-sanitize) and the checker warns, with the line, about
 * whatever it would remove, so nothing disappears silently.
 */
export const HTML_ALLOWLIST: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'u', 'mark', 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'],
  },
  // Keep ids as written: headings' anchors are part of stable links.
  clobber: [],
};

/** Elements the allowlist keeps. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set(HTML_ALLOWLIST.tagNames);

/** URL schemes the allowlist keeps in links and images. */
export const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set([...(HTML_ALLOWLIST.protocols?.href ?? []), ...(HTML_ALLOWLIST.protocols?.src ?? [])]);
