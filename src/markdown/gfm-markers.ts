/**
 * Whether a text may use GitHub Flavored Markdown's additions to CommonMark. Each addition
 * needs a character or string of its own: a table its pipes, strikethrough a tilde, a footnote
 * `[^`, a task list item `[ ]` or `[x]`, and a literal autolink `www.`, `://` or, for an
 * e-mail address, `@`. A text with none of them parses to the same tree with or without GFM.
 *
 * Parsing with GFM cost more than all the rest of rendering a text (178 ms against 77 ms for
 * the shipped bodies, mostly autolink literals, which look at every letter), and 135 of the
 * 152 shipped bodies contain none of these markers, so those are parsed without it.
 */
export function mayUseGfm(markdown: string): boolean {
  return GFM_MARKERS.test(markdown);
}

const GFM_MARKERS = /[|~@]|www\.|:\/\/|\[\^|\[[\sxX]\]/i;
