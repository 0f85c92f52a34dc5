// Issue 37, finding 13: the switch waits stay paced whatever the page keeps changing. A page
// can churn in four ways the waits watch: nodes added (some of them switch-like, which used to
// make every batch "urgent" and so looked at at once), attributes of a switch, text, and
// web components with their own shadow roots. Each look is a walk of the whole page (the open
// shadow roots are searched for), counted here as a tree walk from the document.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCAN_INTERVAL_MS, settleAfterClick, settleWindow, waitForSwitch } from '../../src/engine/switch/load';
import { alertsNow } from '../../src/engine/switch/toasts';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { addSwitch, freshDocument } from './dom';

const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const EVERY_MS = 10; // the page changes every 10 ms: 1,500 batches in 15 s

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Whole-page walks: tree walks started at the document (each look of the wait starts with one). */
function countWalks(): () => number {
  const walk = vi.spyOn(doc, 'createTreeWalker');
  return () => walk.mock.calls.filter(([root]) => root === doc).length;
}

/** A checkbox that is not the target (another setting's switch). */
function otherBox(n: number): HTMLInputElement {
  const box = doc.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', `Something else ${n}`);
  return box;
}

/** Each kind of churn: a function run every EVERY_MS, given its count. */
const CHURNS: [string, () => (n: number) => void][] = [
  [
    'switch-like controls added',
    () => {
      const place = doc.createElement('div');
      doc.body.append(place);
      return (n) => place.replaceChildren(otherBox(n));
    },
  ],
  [
    "a switch's attributes",
    () => {
      const box = otherBox(0);
      doc.body.append(box);
      return (n) => {
        box.setAttribute('aria-checked', String(n % 2 === 0));
        box.className = `c${n}`;
      };
    },
  ],
  [
    'text',
    () => {
      const p = doc.createElement('p');
      doc.body.append(p);
      return (n) => {
        p.textContent = `tick ${n}`;
      };
    },
  ],
  [
    'web components (shadow roots) added and changing inside',
    () => {
      const host = doc.createElement('div');
      doc.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const inner = otherBox(0);
      root.append(inner);
      const place = doc.createElement('div');
      doc.body.append(place);
      return (n) => {
        const more = doc.createElement('div');
        more.attachShadow({ mode: 'open' }).append(otherBox(n));
        place.replaceChildren(more);
        inner.setAttribute('aria-checked', String(n % 2 === 0));
      };
    },
  ],
];

describe('the switch waits under churn (finding 13)', () => {
  it.each(CHURNS)(
    'the 15 s wait for a switch: %s, at most two looks per interval',
    async (name, make) => {
      const step = make();
      const walks = countWalks();
      let n = 0;
      const timer = setInterval(() => step(++n), EVERY_MS);
      const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
      await vi.advanceTimersByTimeAsync(WAIT.timeoutMs);
      clearInterval(timer);
      expect(await pending).toEqual({ kind: 'missing' });
      console.log(`switch wait, ${name}: ${walks()} whole-page looks in 15 s (${n} batches)`);
      // An urgent look and a trailing one at most per interval: 300, against one per batch (1,500) before.
      expect(walks()).toBeLessThanOrEqual((2 * WAIT.timeoutMs) / SCAN_INTERVAL_MS + 2);
    },
    60_000,
  );

  it('the switch added among the churn is still found within an interval', async () => {
    const step = CHURNS[0]![1]();
    let n = 0;
    const timer = setInterval(() => step(++n), EVERY_MS);
    let found: unknown = null;
    void waitForSwitch(doc, GENERATIVE_AI, WAIT).then((r) => (found = r));
    await vi.advanceTimersByTimeAsync(5_005);
    const el = addSwitch(doc, { label: 'Use my data for training content creation AI models', hook: GENERATIVE_AI.hook });
    await vi.advanceTimersByTimeAsync(SCAN_INTERVAL_MS);
    clearInterval(timer);
    expect(found).toEqual({ kind: 'found', el, via: 'hook' });
  });

  it.each(CHURNS)(
    'the settle window after a click (14 s): %s, at most one look per interval',
    async (name, make) => {
      addSwitch(doc, { label: 'Use my data for training content creation AI models', hook: GENERATIVE_AI.hook, on: false });
      const step = make();
      const walks = countWalks();
      let n = 0;
      const timer = setInterval(() => step(++n), EVERY_MS);
      const window = settleWindow(3);
      const done = settleAfterClick(doc, GENERATIVE_AI, window, alertsNow(doc));
      await vi.advanceTimersByTimeAsync(window.maxMs);
      clearInterval(timer);
      expect(await done).toEqual({ state: 'off', toast: false });
      console.log(`settle window, ${name}: ${walks()} whole-page looks in ${window.maxMs / 1000} s (${n} batches)`);
      // One paced look per interval, and the window's own looks (each time it could close: every quietMs at most).
      expect(walks()).toBeLessThanOrEqual(window.maxMs / SCAN_INTERVAL_MS + window.maxMs / window.quietMs + 3);
    },
    60_000,
  );
});
