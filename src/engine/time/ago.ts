// "just now", "3 minutes ago", "2 days ago": the largest unit that fits, for
// Intl.RelativeTimeFormat. Pure, so it is tested without a browser.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeParts(elapsedMs: number): { value: number; unit: Intl.RelativeTimeFormatUnit } | 'just-now' {
  for (const [unit, size] of UNITS) {
    if (elapsedMs >= size) return { value: -Math.floor(elapsedMs / size), unit };
  }
  return 'just-now';
}

export function formatAgo(elapsedMs: number, locale: string, justNow: string): string {
  const parts = relativeParts(elapsedMs);
  if (parts === 'just-now') return justNow;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(parts.value, parts.unit);
}
