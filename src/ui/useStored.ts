// The popup and the options page show only what is stored, re-read on every change, so
// either can be closed and reopened at any time and both always agree.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { onStateChanged, readState, type Inspected } from '../store/store';

/** Re-render this often so "3 min ago" and a lost audit stay true while open. */
const TICK_MS = 10_000;

export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The stored state as read (with what could not be read), null until the first read. The
 * read starts in a layout effect, right after the first render, rather than in an effect,
 * which Preact runs only after the next paint: the first state shows a frame sooner. A page
 * that read the state before its first render (the popup: main.tsx) gives it as `initial`,
 * and the first render already shows it; it is read once more as the watch starts, after
 * that first paint, since it may have changed in between.
 */
export function useStoredState(initial: Inspected | null = null): Inspected | null {
  const [state, setState] = useState<Inspected | null>(initial);
  // With the state given, the watch (and the read again) can wait for the first paint.
  const watchEffect = initial ? useEffect : useLayoutEffect;
  watchEffect(() => {
    const load = () => void readState().then(setState);
    load();
    return onStateChanged(load);
  }, []);
  return state;
}
