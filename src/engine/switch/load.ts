// One load of a settings page: wait for the switch, read it, and (when the worker allows
// a click) switch it off and let the service answer the save. It never decides that a change
// was saved: only a fresh load of the page, read by the same code, tells that (the worker
// reloads the tab to verify; see run.ts). It never clicks a switch that is not on (exposed:
// exposure.ts reads a ticked "Prevent sharing" box as off), so it can never turn a
// setting on, and never clicks anything but the switch and the steps its row declares.
import { exposureOf } from './exposure';
import { openRoots } from '../page/roots';
import { locateSwitch, type Located, SWITCH_SELECTOR } from './locate';
import { allLabels } from './labels';
import { prepareLabels } from '../page/text';
import type { openWhereItIs } from './open';
import type { pressSave, saveButtonOf } from './save';
import type { lockedProtected } from './locked';
import type { Mode } from '../check/outcomes';
import type { SettingRow } from '../model';
import { alertsNow, newErrorAlert } from './toasts';
import { type notOfferedHere, refusedHere } from './absent';
import type { retiredHere } from './retired';
import { waitFor } from '../page/wait';

interface WaitOptions {
  /** How long to wait for the switch to appear. */
  timeoutMs: number;
  /** How long to keep watching once the page looks ambiguous, in case it settles. */
  ambiguousGraceMs: number;
  signal?: AbortSignal;
}

export const DEFAULT_WAIT: WaitOptions = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };

import { SCAN_INTERVAL_MS } from './open';

export { SCAN_INTERVAL_MS };

// Attributes that can make a switch appear or change identity without a new node.
const SWITCH_ATTRIBUTES = ['aria-labelledby', 'role', 'aria-checked', 'hidden', 'aria-hidden', 'id', 'style', 'class', 'inert', 'open'];
const WATCH: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: SWITCH_ATTRIBUTES };

/** A batch that adds a switch, or changes one: looked at at once, so the reaction stays immediate. */
function touchesASwitch(records: MutationRecord[]): boolean {
  return records.some((r) =>
    r.type === 'attributes'
      ? (r.target as Element).matches(SWITCH_SELECTOR)
      : [...r.addedNodes].some((n) => n.nodeType === 1 && ((n as Element).matches(SWITCH_SELECTOR) || (n as Element).querySelector(SWITCH_SELECTOR) !== null)),
  );
}

/**
 * Resolves with the switch as soon as it is identifiable, or with the last reading when
 * the wait ends (or when `enough` says the page has answered otherwise). An ambiguous page
 * gets a short grace period to settle, then the answer is "ambiguous" rather than a guess.
 */
export async function waitForSwitch(doc: Document, setting: SettingRow, opts: WaitOptions, enough?: () => boolean): Promise<Located> {
  let last: Located = { kind: 'missing' };
  const settled = new AbortController();
  const stop = () => settled.abort();
  if (opts.signal?.aborted) stop();
  opts.signal?.addEventListener('abort', stop);
  let grace: ReturnType<typeof setTimeout> | undefined;
  // The first look that finds the switch as quick as the next ones: its own labels analysed now (locate.ts scores them first).
  prepareLabels(allLabels(setting));
  // The open shadow roots of this look: searched, then watched (a document observer never sees inside them).
  let roots = openRoots(doc);
  const read = () => {
    roots = openRoots(doc);
    last = locateSwitch(doc, setting, roots);
    if (last.kind === 'ambiguous' && grace === undefined) grace = setTimeout(stop, opts.ambiguousGraceMs);
    return last.kind === 'found' || enough?.() === true ? last : null;
  };
  await waitFor(doc, read, opts.timeoutMs, settled.signal, WATCH, { minIntervalMs: SCAN_INTERVAL_MS, urgent: touchesASwitch, roots: () => roots.slice(1) });
  clearTimeout(grace);
  opts.signal?.removeEventListener('abort', stop);
  return last;
}

/** How long the service gets to answer a save after the nth click (1, 2, 3), before the fresh load. */
export interface SettleWindow {
  /** Never verify sooner than this after the click. */
  minMs: number;
  /** ...nor before the page has been quiet this long (no DOM change). */
  quietMs: number;
  /** A page that never goes quiet is verified after this anyway. */
  maxMs: number;
}

export const SETTLE: readonly SettleWindow[] = [
  { minMs: 1_500, quietMs: 700, maxMs: 5_000 },
  { minMs: 5_000, quietMs: 700, maxMs: 9_000 },
  { minMs: 10_000, quietMs: 700, maxMs: 14_000 },
];

/**
 * A sweep's first click on a page: the page is left sooner, once the save has been sent and
 * most likely answered, because the fresh load that verifies it comes later anyway (after
 * the other pages); a save that did not hold is clicked again then, with the longer window.
 */
export const BRISK: SettleWindow = { minMs: 600, quietMs: 300, maxMs: 3_000 };

export function settleWindow(clickNumber: number, brisk = false): SettleWindow {
  if (brisk && clickNumber <= 1) return BRISK;
  return SETTLE[Math.min(Math.max(clickNumber, 1), SETTLE.length) - 1]!;
}

/** What the page showed once a save had time to be answered. */
export interface Settled {
  /** off: still off (to be verified by a fresh load); on: the service put it back; gone / unreadable: no reading. */
  state: 'off' | 'on' | 'gone' | 'unreadable';
  /** An error alert appeared meanwhile. */
  toast: boolean;
}

const readState = (doc: Document, setting: SettingRow): Settled['state'] => {
  const now = locateSwitch(doc, setting);
  if (now.kind !== 'found') return 'gone';
  return exposureOf(now.el, setting) ?? 'unreadable';
};

/**
 * After a click: watch the page until the switch is put back on (the service's answer to a
 * failed save), or until it reads off and the page has been quiet for `quietMs`, no
 * sooner than `minMs` after the click, or `maxMs` at most. MutationObserver and timers
 * only, all removed at the end.
 */
export function settleAfterClick(
  doc: Document,
  setting: SettingRow,
  window: SettleWindow,
  before: Map<Element, string | null>,
  signal?: AbortSignal,
  /** How the control is read (a row with `control`: switch/control.ts). */
  read: () => Settled['state'] = () => readState(doc, setting),
): Promise<Settled> {
  return new Promise((resolve) => {
    const start = Date.now();
    let quietSince = start;
    let toast = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = () => {
      observer.disconnect();
      for (const t of timers) clearTimeout(t);
      signal?.removeEventListener('abort', finish);
      resolve({ state: read(), toast: toast || newErrorAlert(doc, before, setting.toast) });
    };
    const look = () => {
      const now = Date.now();
      const state = read();
      if (state === 'on' || signal?.aborted || now - start >= window.maxMs) return finish();
      if (now - start >= window.minMs && now - quietSince >= window.quietMs) return finish();
      // Look again when the window can next close.
      timers.push(setTimeout(look, Math.max(window.minMs - (now - start), window.quietMs - (now - quietSince), 1)));
    };
    // The switch is read at the pace of the wait (a page that changes every frame would
    // otherwise get a whole-page look per frame); the toasts, one query, on every change.
    let lastLook = 0;
    let peek: ReturnType<typeof setTimeout> | undefined;
    const glance = () => {
      peek = undefined;
      lastLook = Date.now();
      if (read() === 'on') finish();
    };
    const observer = new MutationObserver(() => {
      quietSince = Date.now();
      toast ||= newErrorAlert(doc, before, setting.toast);
      if (peek !== undefined) return;
      peek = setTimeout(glance, SCAN_INTERVAL_MS - (quietSince - lastLook));
      timers.push(peek);
    });
    const everything = { childList: true, subtree: true, attributes: true, characterData: true };
    // The shadow roots too: a switch in a web component changes where a document observer cannot see.
    for (const root of [doc.documentElement, ...openRoots(doc).slice(1)]) observer.observe(root, everything);
    timers.push(setTimeout(finish, window.maxMs));
    signal?.addEventListener('abort', finish);
    look();
  });
}

/** What one load of the page tells the worker. */
export type LoadReport =
  /** The switch as this fresh load shows it, read without a click. */
  | { kind: 'read'; state: 'on' | 'off' }
  /** After a click and the settle window: what the page showed. */
  | { kind: 'settled'; state: Settled['state']; toast: boolean }
  /** No reading: why. */
  | { kind: 'failed'; outcome: 'not-found' | 'not-offered' | 'ambiguous' | 'interrupted' | 'signed-out'; detail: string };

/** What the worker asked of this load (`brisk`: a sweep's load, verified later; see BRISK). */
export type LoadPlan = { phase: 'act'; mode: Mode; brisk?: boolean } | { phase: 'verify' };

/**
 * Steps some services' rows need beyond finding and clicking the switch, given by the content
 * script that serves them, so a script whose rows need none carries neither (LinkedIn's:
 * the registry test holds its rows to that).
 */
export interface LoadSteps {
  /** Open the dialog the switch sits in (rows with `open`): open.ts. */
  open?: typeof openWhereItIs;
  /** The evidence that the setting is not offered here (rows with `notOffered`): absent.ts. */
  notOffered?: typeof notOfferedHere;
  /** Read and move a control that is not a switch (rows with `control`): control.ts's controlLoad. */
  control?: (doc: Document, setting: SettingRow, plan: LoadPlan | Promise<LoadPlan>, opts: ControlLoad) => Promise<LoadReport>;
  /** A control shown disabled and already protected (locked.ts). */
  locked?: typeof lockedProtected;
  /** Find and press the Save button a change needs (rows with `save`): save.ts. */
  save?: { find: typeof saveButtonOf; press: typeof pressSave };
  /** The statement that the service retired the setting for everyone (rows with `retired`): retired.ts. */
  retired?: typeof retiredHere;
}

/** What a load gives the step of a control that is not a switch (control.ts). */
export interface ControlLoad {
  wait: { timeoutMs: number; signal?: AbortSignal };
  requestClick: () => Promise<number | null>;
  onStep?: (step: 'switching' | 'confirming') => void;
  signal?: AbortSignal;
  /** The settle window of this click, and the watch that reads the page through it (settleAfterClick). */
  window: (clickNumber: number, brisk: boolean) => SettleWindow;
  settle: (window: SettleWindow, before: Map<Element, string | null>, read: () => Settled['state']) => Promise<Settled>;
}

/** How long a Save button gets to become enabled after the box's click. */
const SAVE_ENABLED_MS = 5_000;

interface LoadOptions {
  wait: WaitOptions;
  steps?: LoadSteps;
  /** Ask the worker for a click; it answers with the click's number (1-3), or null: no click. */
  requestClick: () => Promise<number | null>;
  onStep?: (step: 'switching' | 'confirming') => void;
  signal?: AbortSignal;
  /** Settle windows by click number (tests shorten them). */
  settle?: (clickNumber: number, brisk: boolean) => SettleWindow;
}

/** One load of the setting's page: read it, and in the act phase switch it off once if on. */
export async function auditLoad(doc: Document, setting: SettingRow, plan: LoadPlan | Promise<LoadPlan>, opts: LoadOptions): Promise<LoadReport> {
  // An opener that names the state is enough when the switch is off, or when this load only reads.
  const onlyReads = async (state: 'on' | 'off') => {
    const what = await plan;
    return state === 'off' || what.phase === 'verify' || what.mode === 'audit';
  };
  if (setting.control) {
    // A row with a control its script has no step for: nothing is read or clicked.
    const step = opts.steps?.control;
    if (!step) return { kind: 'failed', outcome: 'not-found', detail: 'no-step' };
    const window = opts.settle ?? settleWindow;
    return step(doc, setting, plan, { ...opts, window, settle: (w, before, read) => settleAfterClick(doc, setting, w, before, opts.signal, read) });
  }
  const named = (await opts.steps?.open?.(doc, setting, opts.wait, onlyReads)) ?? null;
  if (named !== null) return { kind: 'read', state: named };
  const locked = opts.steps?.locked;
  const located = await waitForSwitch(doc, setting, opts.wait, locked && (() => locked(doc, setting)));
  if (opts.signal?.aborted) return { kind: 'failed', outcome: 'interrupted', detail: 'left-page' };
  if (located.kind === 'missing') {
    // Shown but disabled, and protected already: read as such, nothing to click.
    if (locked?.(doc, setting)) return { kind: 'read', state: 'off' };
    // Missing after the whole wait: "nothing to switch off" or "not offered" only on the evidence the row declares.
    if (opts.steps?.retired?.(doc, setting)) return { kind: 'failed', outcome: 'not-offered', detail: 'retired' };
    const why = opts.steps?.notOffered?.(doc, setting) ?? null;
    if (why) return { kind: 'failed', outcome: 'not-offered', detail: why };
    // A switch like this one but worded as its opposite: we did not guess (nothing was clicked).
    if (refusedHere(doc, setting)) return { kind: 'failed', outcome: 'ambiguous', detail: 'refused' };
    return { kind: 'failed', outcome: 'not-found', detail: 'timeout' };
  }
  if (located.kind === 'ambiguous') return { kind: 'failed', outcome: 'ambiguous', detail: `candidates:${located.count}` };
  const el = located.el;
  const state = exposureOf(el, setting);
  if (state === null) return { kind: 'failed', outcome: 'not-found', detail: 'state-unreadable' };
  const what = await plan;
  if (state === 'off' || what.phase === 'verify' || what.mode === 'audit') return { kind: 'read', state };

  // A box that needs saving is ticked only where its Save button is there to press: else
  // nothing is clicked (a tick left unsaved would only be lost on the next load).
  const save = setting.save ? opts.steps?.save : undefined;
  if (setting.save && !save?.find(el, setting)) return { kind: 'failed', outcome: 'not-found', detail: 'save-button' };

  const clickNumber = await opts.requestClick();
  // Belt and braces: the worker may refuse (three clicks already), and the page may have changed meanwhile.
  if (clickNumber === null || exposureOf(el, setting) !== 'on' || !el.isConnected) return { kind: 'read', state: 'on' };
  const before = alertsNow(doc, setting.toast);
  el.click();
  // Told after the click: the progress message is no reason to make the click wait.
  opts.onStep?.('switching');
  if (save) await save.press(el, setting, SAVE_ENABLED_MS, opts.signal);
  opts.onStep?.('confirming');
  const settled = await settleAfterClick(doc, setting, (opts.settle ?? settleWindow)(clickNumber, what.brisk === true), before, opts.signal);
  if (opts.signal?.aborted) return { kind: 'failed', outcome: 'interrupted', detail: 'left-page' };
  return { kind: 'settled', ...settled };
}
