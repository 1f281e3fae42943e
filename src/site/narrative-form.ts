import type { Activity } from '../schemas/index.ts';
import type { MarkdownEntry } from '../model/site-data.ts';
import { BUDGETS } from '../bench/budgets.ts';
import type { NarrativeForm } from './chapters.ts';
import { entryFile } from './entry-file.ts';
import type { Site } from './site.ts';

/**
 * What a chapter page weighs besides its narratives, in bytes: the head, header, navigation,
 * footer and stylesheet (about 15 KB on the shipped site), with the chapter's own prose.
 */
const PAGE_FRAME_BYTES = 15 * 1024;

/** Each narrative's frame: its article, linked title, dates and place. */
const NARRATIVE_FRAME_BYTES = 350;

/** The narratives' share of a page's weight budget (HTML and CSS, src/bench/budgets.ts). */
export const NARRATIVES_IN_FULL_MAX_BYTES = BUDGETS.pageKb * 1024 - PAGE_FRAME_BYTES;

/**
 * Whether a web page can show these narratives in full and stay within the page-weight
 * budget; if not, it shows each one's opening and links to its activity's page, which tells
 * it in full (as the print edition does). Measured on the narratives as rendered.
 */
export async function chooseNarrativeForm(site: Site, entries: readonly MarkdownEntry<Activity>[], titleLevel: number): Promise<NarrativeForm> {
  // A page of its own, so the page being built still explains its abbreviations at first use.
  const markdown = site.createMarkdown();
  let bytes = 0;
  for (const entry of entries) {
    const { html } = await markdown.render(entry.body, entryFile('activities', entry), { headingTop: titleLevel + 1 });
    bytes += NARRATIVE_FRAME_BYTES + Buffer.byteLength(html);
  }
  return decideNarrativeForm(bytes);
}

/** `full` while the narratives' HTML fits their share of the page budget. */
export function decideNarrativeForm(narrativeBytes: number): NarrativeForm {
  return narrativeBytes <= NARRATIVES_IN_FULL_MAX_BYTES ? 'full' : 'opening';
}
