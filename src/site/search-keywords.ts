/**
 * Abbreviations and their expansions, as extra search words for a page. A reader who types
 * "IPR" should find "Border Enforcement of Intellectual Property Rights", and one who types
 * "Time Release Study" should find "National Workshop on TRS for Fiji": the page's own
 * words hold only one of the two, so the other is added as hidden, searchable metadata.
 */

/** The glossary entries this needs: an abbreviation and what it stands for. */
export interface Abbreviation {
  term: string;
  expansion: string;
}

/**
 * The other half of every abbreviation a text names, either way round: the expansion of each
 * term it uses (as a whole word, case as written) and the term of each expansion it spells
 * out (any case). Sorted and without repeats; words the text already holds are left out.
 *
 * `findAbbreviationKeywords(glossary, 'National Workshop on PCA for Sri Lanka')` → `['Post Clearance Audit']`
 */
export function findAbbreviationKeywords(glossary: readonly Abbreviation[], text: string): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const { term, expansion } of glossary) {
    if (containsWord(text, term) && !lower.includes(expansion.toLowerCase())) found.add(expansion);
    else if (lower.includes(expansion.toLowerCase()) && !containsWord(text, term)) found.add(term);
  }
  return [...found].sort((a, b) => a.localeCompare(b));
}

/** Each word's pattern, compiled once: every page asks about every glossary term. */
const wordPatterns = new Map<string, RegExp>();

/** True when `word` occurs in `text` with no letter or digit either side (`A/P`, not `A/Ps`). */
function containsWord(text: string, word: string): boolean {
  // A cheap test first: most terms are not in a given title at all.
  if (!text.includes(word)) return false;
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    wordPatterns.set(word, pattern);
  }
  return pattern.test(text);
}
