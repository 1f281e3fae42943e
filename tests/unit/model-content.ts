import { resolve } from 'node:path';
import type { SiteData } from '../../src/model/site-data.ts';
import { loadContent } from '../../src/validation/load-content.ts';

/**
 * The shipped content (content/ and data/) as plain SiteData, read by the checker's loader so
 * the model is tested without Astro. Read once per test file.
 */
let data: SiteData | undefined;

export function shippedContent(): SiteData {
  data ??= loadContent(resolve(import.meta.dirname, '..', '..')).data;
  return data;
}
