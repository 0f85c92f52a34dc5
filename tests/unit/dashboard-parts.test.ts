// @vitest-environment node
// The dashboard's small pure parts: a service's monogram (its initials and its colour, the
// same on every load) and which tiles a search and a group leave shown.
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/options/dashboard/filter';
import { hueOf, initialsOf } from '../../src/options/dashboard/monogram';

describe('a monogram', () => {
  it('takes two words’ first letters, else the capitals inside one word, else its first letter', () => {
    expect(initialsOf('Stack Overflow')).toBe('SO');
    expect(initialsOf('YouTube Studio')).toBe('YS');
    expect(initialsOf('ChatGPT')).toBe('CG');
    expect(initialsOf('WordPress.com')).toBe('WP');
    expect(initialsOf('grok.com')).toBe('G');
    expect(initialsOf('X')).toBe('X');
    expect(initialsOf('')).toBe('');
  });

  it('has a colour derived from the id alone: the same every time, a hue of the circle, and not the same for all', () => {
    expect(hueOf('linkedin')).toBe(hueOf('linkedin'));
    const hues = ['linkedin', 'x', 'chatgpt', 'claude', 'meta', 'google'].map(hueOf);
    for (const hue of hues) expect(hue >= 0 && hue < 360 && Number.isInteger(hue)).toBe(true);
    expect(new Set(hues).size).toBeGreaterThan(4);
  });
});

describe('the tiles shown', () => {
  const entries = [
    { name: 'Stack Overflow', category: 'network' as const },
    { name: 'ChatGPT', category: 'assistant' as const },
    { name: 'Ém Dash', category: 'publishing' as const },
    { name: 'Nameless' },
  ];
  it('are those of the group chosen, all of them for "all"', () => {
    expect(visible(entries, '', 'all')).toEqual(entries);
    expect(visible(entries, '', 'assistant').map((e) => e.name)).toEqual(['ChatGPT']);
    expect(visible(entries, '', 'creative')).toEqual([]);
  });
  it('whose name holds what was typed, whatever its case, accents and spaces', () => {
    expect(visible(entries, 'stack', 'all').map((e) => e.name)).toEqual(['Stack Overflow']);
    expect(visible(entries, '  GPT ', 'all').map((e) => e.name)).toEqual(['ChatGPT']);
    expect(visible(entries, 'em', 'all').map((e) => e.name)).toEqual(['Ém Dash']);
    expect(visible(entries, 'ME', 'all').map((e) => e.name)).toEqual(['Nameless']);
    expect(visible(entries, 'stack', 'assistant')).toEqual([]);
  });
});
