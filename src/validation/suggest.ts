import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a mistyped value, for "did you mean" hints; undefined when
 * nothing is close enough to be a plausible typo. Case-insensitive.
 */
export function suggestClosest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
