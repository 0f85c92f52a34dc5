// `npm run bench` times the popup's first state beside an empty extension page's first paint
// (bench/run.mjs), so the popup's is marked the same way: the browser's own time of the paint,
// not the time a callback of ours happened to run after it (an effect ran late whenever
// anything else held the page's thread, the bench's own polling included).

/**
 * Marks `name` at the first paint with content after what was just rendered: the popup shows
 * nothing before its state is read, so its first contentful paint is the paint of that state.
 * Never earlier than now (called right after the render), and never at all where the browser
 * reports no paints.
 */
export function markPainted(name: string): void {
  const rendered = performance.now();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
  const observer = new PerformanceObserver((list) => {
    const painted = list.getEntriesByName('first-contentful-paint')[0];
    if (!painted) return;
    observer.disconnect();
    performance.mark(name, { startTime: Math.max(painted.startTime, rendered) });
  });
  observer.observe({ type: 'paint', buffered: true });
}
