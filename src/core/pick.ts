// The rule for choosing among candidates by their text: act only on a unique match.
// One plausible candidate is taken; among several, only a single exact match is; anything
// else is "none" or "many", and the caller then changes nothing.
import { labelScore, MATCH_THRESHOLD } from './text';

export type Picked<T> = { kind: 'one'; item: T } | { kind: 'none' } | { kind: 'many' };

export function pickOne<T>(items: readonly T[], text: (item: T) => string, known: readonly string[]): Picked<T> {
  const scored = items.map((item) => ({ item, score: labelScore(text(item), known) })).filter((c) => c.score >= MATCH_THRESHOLD);
  if (scored.length === 1) return { kind: 'one', item: scored[0]!.item };
  if (scored.length === 0) return { kind: 'none' };
  const exact = scored.filter((c) => c.score === 1);
  return exact.length === 1 ? { kind: 'one', item: exact[0]!.item } : { kind: 'many' };
}
