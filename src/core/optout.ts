// Wait for the switch, then flip it only if it is on, and confirm that the change
// stuck. LinkedIn renders the page after load and saves the switch asynchronously; when
// the save fails it puts the switch back on. So: wait with a MutationObserver (no
// polling), click only an "on" switch, give the save time, re-read, retry a bounded
// number of times, and report exactly what happened.
import { locateSwitch, switchState, type Located } from './locate';
import { waitFor } from './wait';
import type { Mode, Outcome } from './outcomes';
import { ERROR_WORDS, type SettingRow } from './settings';
import { normalize } from './text';

export interface WaitOptions {
  /** How long to wait for the switch to appear. */
  timeoutMs: number;
  /** How long to keep watching once the page looks ambiguous, in case it settles. */
  ambiguousGraceMs: number;
  signal?: AbortSignal;
}

export const DEFAULT_WAIT: WaitOptions = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };

// Attributes that can make a switch appear or change identity without a new node.
const SWITCH_ATTRIBUTES = ['aria-labelledby', 'role', 'aria-checked', 'hidden', 'aria-hidden', 'id'];

/**
 * Resolves with the switch as soon as it is identifiable, or with the last reading when
 * the wait ends. An ambiguous page gets a short grace period to settle, then the answer
 * is "ambiguous" rather than a guess.
 */
export async function waitForSwitch(doc: Document, setting: SettingRow, opts: WaitOptions): Promise<Located> {
  let last: Located = { kind: 'missing' };
  const settled = new AbortController();
  const stop = () => settled.abort();
  if (opts.signal?.aborted) stop();
  opts.signal?.addEventListener('abort', stop);
  let grace: ReturnType<typeof setTimeout> | undefined;
  const read = () => {
    last = locateSwitch(doc, setting);
    if (last.kind === 'ambiguous' && grace === undefined) grace = setTimeout(stop, opts.ambiguousGraceMs);
    return last.kind === 'found' ? last : null;
  };
  await waitFor(doc, read, opts.timeoutMs, settled.signal, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: SWITCH_ATTRIBUTES,
  });
  clearTimeout(grace);
  opts.signal?.removeEventListener('abort', stop);
  return last;
}

export interface FlipOptions {
  mode: Mode;
  /** How long LinkedIn gets to save (or revert) after each click. */
  confirmMs: number;
  /** Extra clicks after a revert; the brief allows two. */
  retries: number;
  /** Called before each click and before each confirmation wait. */
  onStep?: (step: 'switching' | 'confirming') => void;
  signal?: AbortSignal;
}

export const DEFAULT_FLIP: Omit<FlipOptions, 'mode'> = { confirmMs: 3_000, retries: 2 };

export interface AuditResult {
  outcome: Outcome;
  /** Clicks made on the switch (0 when nothing was changed). */
  clicks: number;
  /** Short machine-readable reason, for the log and the popup's details. */
  detail?: string;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });

const ALERTS = '[role="alert"], [aria-live="assertive"], .artdeco-toast-item--error';
const ERRORS = new Set(ERROR_WORDS);

function isErrorAlert(el: Element): boolean {
  return normalize(el.textContent ?? '').split(' ').some((word) => ERRORS.has(word));
}

/**
 * Notice an error toast appearing (or an old one changing to an error) while a save is
 * confirmed; `stop()` ends the watch.
 */
export function watchErrorToasts(doc: Document): { seen: () => boolean; stop: () => void } {
  const before = new Map([...doc.querySelectorAll(ALERTS)].map((el) => [el, el.textContent]));
  let seen = false;
  const observer = new MutationObserver(() => {
    seen ||= [...doc.querySelectorAll(ALERTS)].some((el) => before.get(el) !== el.textContent && isErrorAlert(el));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { seen: () => seen, stop: () => observer.disconnect() };
}

/**
 * Given the located switch, leave it off. Never clicks a switch that is not on, so it
 * can never turn the setting on, and never clicks anything but the switch.
 */
export async function flipAndConfirm(
  doc: Document,
  setting: SettingRow,
  found: HTMLElement,
  opts: FlipOptions,
): Promise<AuditResult> {
  let el = found;
  const initial = switchState(el);
  if (initial === null) return { outcome: 'not-found', clicks: 0, detail: 'state-unreadable' };
  if (!initial) return { outcome: 'already-off', clicks: 0 };
  if (opts.mode === 'audit') return { outcome: 'left-on', clicks: 0 };

  let clicks = 0;
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (switchState(el) !== true) break; // belt and braces: only an "on" switch is clicked
    opts.onStep?.('switching');
    const toasts = watchErrorToasts(doc);
    el.click();
    clicks++;
    opts.onStep?.('confirming');
    await sleep(opts.confirmMs, opts.signal);
    toasts.stop();
    if (opts.signal?.aborted) return { outcome: 'interrupted', clicks, detail: 'left-page' };
    // LinkedIn may have re-rendered the switch: read the one on the page now.
    const now = locateSwitch(doc, setting);
    if (now.kind !== 'found') return { outcome: 'save-rejected', clicks, detail: 'switch-vanished' };
    el = now.el;
    const state = switchState(el);
    // LinkedIn said the save failed but left the switch looking off: not a verified "off".
    if (state === false && toasts.seen()) return { outcome: 'save-rejected', clicks, detail: 'error-toast' };
    if (state === false) return { outcome: 'turned-off', clicks };
    if (state === null) return { outcome: 'save-rejected', clicks, detail: 'state-unreadable' };
  }
  return { outcome: 'save-rejected', clicks, detail: 'reverted' };
}

/** The whole audit of one page: wait, then flip and confirm. */
export async function auditPage(
  doc: Document,
  setting: SettingRow,
  mode: Mode | Promise<Mode>,
  wait: WaitOptions,
  flip: Omit<FlipOptions, 'mode'>,
): Promise<AuditResult> {
  const located = await waitForSwitch(doc, setting, wait);
  if (wait.signal?.aborted) return { outcome: 'interrupted', clicks: 0, detail: 'left-page' };
  if (located.kind === 'missing') return { outcome: 'not-found', clicks: 0, detail: 'timeout' };
  if (located.kind === 'ambiguous') return { outcome: 'ambiguous', clicks: 0, detail: `candidates:${located.count}` };
  return flipAndConfirm(doc, setting, located.el, { ...flip, mode: await mode });
}
