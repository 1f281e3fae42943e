/** Words that make a file name longer without telling one file from another. */
const FILLER_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with', 'wco']);

/**
 * A file-name slug from a title: lowercase ASCII words joined by hyphens, filler words left
 * out, at most `maxWords` words.
 *
 * slugify('WCO National Workshop on Risk Management for Thailand') → 'national-workshop-risk-management-thailand'
 */
export function slugify(title: string, maxWords = 6): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !FILLER_WORDS.has(word));
  return words.slice(0, maxWords).join('-');
}
