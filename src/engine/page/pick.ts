// The rule every locator follows when texts decide: one plausible match is taken; among
// several, only an exact one, found once, is trusted; otherwise nothing is chosen.
import { labelScore, MATCH_THRESHOLD } from './text';

type Picked<T> = { kind: 'one'; item: T } | { kind: 'none' } | { kind: 'many'; count: number };

export function pickOne<T>(items: readonly T[], text: (item: T) => string, known: readonly string[]): Picked<T> {
  const scored = items.map((item) => ({ item, score: labelScore(text(item), known) })).filter((c) => c.score >= MATCH_THRESHOLD);
  if (scored.length === 1) return { kind: 'one', item: scored[0]!.item };
  if (scored.length === 0) return { kind: 'none' };
  const exact = scored.filter((c) => c.score === 1);
  return exact.length === 1 ? { kind: 'one', item: exact[0]!.item } : { kind: 'many', count: scored.length };
}
