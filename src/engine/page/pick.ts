// The rule every locator follows when texts decide: one plausible match is taken; among
// several, only an exact one, found once, is trusted; otherwise nothing is chosen. And how
// a control's texts are held against known labels.
import { descriptionOf, labelOf } from './names';
import { isNegated, labelScore, MATCH_THRESHOLD } from './text';

type Picked<T> = { kind: 'one'; item: T } | { kind: 'none' } | { kind: 'many'; count: number };

/** One item by its score (1 is exact), as the rule above says. */
export function pickBest<T>(items: readonly T[], score: (item: T) => number): Picked<T> {
  const scored = items.map((item) => ({ item, score: score(item) })).filter((c) => c.score >= MATCH_THRESHOLD);
  if (scored.length === 1) return { kind: 'one', item: scored[0]!.item };
  if (scored.length === 0) return { kind: 'none' };
  const exact = scored.filter((c) => c.score === 1);
  return exact.length === 1 ? { kind: 'one', item: exact[0]!.item } : { kind: 'many', count: scored.length };
}

export function pickOne<T>(items: readonly T[], text: (item: T) => string, known: readonly string[]): Picked<T> {
  return pickBest(items, (item) => labelScore(text(item), known));
}

/**
 * How well a control fits known labels: by its name or by its description, whichever fits
 * better (X ties its text by aria-describedby; elsewhere the short name and the long
 * description are apart). A negated name refuses the control whatever its description
 * says: switching off "Don't use my data" would turn the protection off. A negated
 * description scores nothing (labelScore), so it never matches on its own either.
 */
export function fitOf(el: Element, known: readonly string[]): number {
  const name = labelOf(el);
  if (isNegated(name)) return 0;
  return Math.max(labelScore(name, known), labelScore(descriptionOf(el), known));
}
