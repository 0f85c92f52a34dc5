// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatAgo, relativeParts } from '../../src/engine/time/ago';

describe('relativeParts', () => {
  it('uses the largest unit that fits', () => {
    expect(relativeParts(30_000)).toBe('just-now');
    expect(relativeParts(3 * 60_000 + 5)).toEqual({ value: -3, unit: 'minute' });
    expect(relativeParts(2 * 3_600_000)).toEqual({ value: -2, unit: 'hour' });
    expect(relativeParts(3 * 86_400_000 + 1)).toEqual({ value: -3, unit: 'day' });
  });
  it('a whole unit counts: one minute, one hour and one day exactly', () => {
    expect(relativeParts(59_999)).toBe('just-now');
    expect(relativeParts(60_000)).toEqual({ value: -1, unit: 'minute' });
    expect(relativeParts(3_600_000)).toEqual({ value: -1, unit: 'hour' });
    expect(relativeParts(86_400_000)).toEqual({ value: -1, unit: 'day' });
  });
  it('rounds down: 119 minutes are one hour ago, not two', () => {
    expect(relativeParts(119 * 60_000)).toEqual({ value: -1, unit: 'hour' });
  });
  it('formats in the user language', () => {
    expect(formatAgo(3 * 60_000, 'en', 'just now')).toBe('3 minutes ago');
    expect(formatAgo(3 * 60_000, 'fr', 'à l’instant')).toBe('il y a 3 minutes');
    expect(formatAgo(1_000, 'fr', 'à l’instant')).toBe('à l’instant');
  });
  it('says "yesterday" rather than "1 day ago"', () => {
    expect(formatAgo(86_400_000 + 1, 'en', 'just now')).toBe('yesterday');
    expect(formatAgo(86_400_000 + 1, 'fr', 'à l’instant')).toBe('hier');
  });
});
