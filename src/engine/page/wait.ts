// Wait for something to appear in a page: a MutationObserver, never a polling loop, and
// every observer, timer and listener gone the moment the wait ends.

interface Pace {
  /**
   * At most one check per this many ms: on a page that changes every frame, checking on
   * every batch of changes would take the main thread (a trailing check always follows).
   */
  minIntervalMs?: number;
  /**
   * A batch that must be looked at at once (the thing waited for may be in it). Paced too: at
   * most one such look per interval, or a page that keeps adding such things gets a look
   * per batch; the others wait for the trailing look.
   */
  urgent?: (records: MutationRecord[]) => boolean;
  /**
   * More trees to watch, asked after each check: a document observer never sees inside a
   * shadow root, so a web component that renders its switch late would go unnoticed.
   */
  roots?: () => readonly Node[];
}

const EVERYTHING: MutationObserverInit = { childList: true, subtree: true, attributes: true };

/**
 * Resolves with the first non-null value of `test`, checked now and after batches of
 * DOM changes in `doc` (paced by `pace`); or null after `ms`, or as soon as `signal` aborts.
 */
export function waitFor<T>(
  /** The page, or the part of it where the thing will appear (a form and what replaces it). */
  doc: Document | Element,
  test: () => T | null,
  ms: number,
  signal?: AbortSignal,
  watch: MutationObserverInit = EVERYTHING,
  pace: Pace = {},
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = signal?.aborted ? null : test();
    if (first !== null || signal?.aborted) return resolve(first);
    let lastCheck = Date.now();
    let lastUrgent = -Infinity;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(pending);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = () => done(null);
    const watched = new Set<Node>();
    const watchMore = () => {
      for (const root of pace.roots?.() ?? []) {
        if (watched.has(root)) continue;
        watched.add(root);
        observer.observe(root, watch);
      }
    };
    const check = () => {
      pending = undefined;
      lastCheck = Date.now();
      const value = test();
      if (value !== null) done(value);
      else watchMore();
    };
    const observer = new MutationObserver((records) => {
      const now = Date.now();
      const interval = pace.minIntervalMs ?? 0;
      if (now - lastUrgent >= interval && pace.urgent?.(records)) {
        lastUrgent = now;
        clearTimeout(pending);
        return check();
      }
      if (pending !== undefined) return;
      const wait = interval - (now - lastCheck);
      if (wait <= 0) check();
      else pending = setTimeout(check, wait);
    });
    observer.observe((doc as Document).documentElement ?? doc, watch);
    watchMore();
    const timer = setTimeout(abort, ms);
    signal?.addEventListener('abort', abort);
  });
}
