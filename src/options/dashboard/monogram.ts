// A service's monogram, drawn by us: its initials on a colour derived from its id, the same
// on every load and in every browser. No brand logo and no remote image: nothing to fetch,
// nothing of anyone's trademark.

/** One or two letters: the first letters of its first two words, else the capitals inside one word (ChatGPT: CG), else its first letter. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\.com$/i, '')
    .split(/[\s.]+/)
    .filter(Boolean);
  if (words.length >= 2) return (words[0]![0]! + words[1]![0]!).toUpperCase();
  const word = words[0] ?? '';
  const capitals = word.match(/[A-Z]/g) ?? [];
  return capitals.length >= 2 ? capitals[0]! + capitals[1]! : word.charAt(0).toUpperCase();
}

/** A hue (0 to 359) from the id: a string hash (FNV-1a), so a service keeps its colour and neighbours seldom share one. */
export function hueOf(id: string): number {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 360;
}
