// Wait for something to appear in a page: a MutationObserver, never a polling loop, and
// every observer, timer and listener gone the moment the wait ends.

/**
 * Resolves with the first non-null value of `test`, checked now and after each batch of
 * DOM changes; or null after `ms`, or as soon as `signal` aborts.
 */
export function waitFor<T>(
  doc: Document,
  test: () => T | null,
  ms: number,
  signal?: AbortSignal,
  watch: MutationObserverInit = { childList: true, subtree: true, attributes: true },
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = signal?.aborted ? null : test();
    if (first !== null || signal?.aborted) return resolve(first);
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = () => done(null);
    const observer = new MutationObserver(() => {
      const value = test();
      if (value !== null) done(value);
    });
    observer.observe(doc.documentElement, watch);
    const timer = setTimeout(abort, ms);
    signal?.addEventListener('abort', abort);
  });
}
