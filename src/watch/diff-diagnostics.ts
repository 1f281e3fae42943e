import type { Diagnostic } from '../validation/diagnostic.ts';

/**
 * What changed between two runs of the checker: the problems that appeared and the ones that
 * went away. A problem that only moved (a line was added above it) is neither: it is matched
 * by file, severity, name and message, so an editor is not told again about what they know.
 */
export interface DiagnosticChanges {
  added: Diagnostic[];
  resolved: Diagnostic[];
}

export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): DiagnosticChanges {
  // Same place first, so fixing one of two identical problems resolves the right one.
  const exact = pairOff(before, after, (d) => `${identityOf(d)}\u0000${d.line}:${d.column}`);
  const moved = pairOff(exact.unmatchedBefore, exact.unmatchedAfter, identityOf);
  return { added: moved.unmatchedAfter, resolved: moved.unmatchedBefore };
}

function identityOf(d: Diagnostic): string {
  return [d.file, d.severity, d.name, d.message].join('\u0000');
}

/** Pairs equal keys one to one, in order; returns what found no partner on each side. */
function pairOff(before: readonly Diagnostic[], after: readonly Diagnostic[], keyOf: (d: Diagnostic) => string) {
  const waiting = new Map<string, number>();
  for (const d of before) waiting.set(keyOf(d), (waiting.get(keyOf(d)) ?? 0) + 1);
  const unmatchedAfter = after.filter((d) => {
    const count = waiting.get(keyOf(d)) ?? 0;
    if (count > 0) waiting.set(keyOf(d), count - 1);
    return count === 0;
  });
  const unmatchedBefore = [...before].reverse().filter((d) => {
    const count = waiting.get(keyOf(d)) ?? 0;
    if (count > 0) waiting.set(keyOf(d), count - 1);
    return count > 0;
  }).reverse();
  return { unmatchedBefore, unmatchedAfter };
}
