import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  auditLoad,
  type LoadPlan,
  type LoadReport,
  SCAN_INTERVAL_MS,
  SETTLE,
  settleAfterClick,
  settleWindow,
  waitForSwitch,
} from '../../src/engine/switch/load';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { alertsNow } from '../../src/engine/switch/toasts';
import { addSwitch, freshDocument, recordClicks } from './dom';

const EN = 'Use my data for training content creation AI models';
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
// A test that fails midway (a slow machine) must not leave its timers or spies to the next one.
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Like LinkedIn: a change is answered after `delay` ms; a failed save puts the switch back. */
function saveBehaviour(el: HTMLElement, { fail = false, delay = 400 } = {}) {
  el.addEventListener('click', () => {
    const wanted = (el as HTMLInputElement).checked;
    setTimeout(() => {
      if (fail) (el as HTMLInputElement).checked = !wanted;
    }, delay);
  });
}

function toast(text: string) {
  const t = doc.createElement('div');
  t.setAttribute('role', 'alert');
  t.textContent = text;
  doc.body.append(t);
}

async function load(plan: LoadPlan = ACT, grant: number | null = 1): Promise<{ report: LoadReport; asked: number }> {
  let asked = 0;
  const done = auditLoad(doc, GENERATIVE_AI, plan, {
    wait: WAIT,
    requestClick: async () => {
      asked++;
      return grant;
    },
  });
  await vi.runAllTimersAsync();
  return { report: await done, asked };
}

describe('auditLoad', () => {
  it('switches an "on" switch off once and reports what the page shows after the settle window, not a verdict', async () => {
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    saveBehaviour(el);
    const clicks = recordClicks(doc);
    expect(await load()).toEqual({ report: { kind: 'settled', state: 'off', toast: false }, asked: 1 });
    expect(clicks).toEqual([el]);
  });

  it('reads an "off" switch without asking for a click', async () => {
    addSwitch(doc, { label: EN, on: false });
    const clicks = recordClicks(doc);
    expect(await load()).toEqual({ report: { kind: 'read', state: 'off' }, asked: 0 });
    expect(clicks).toEqual([]);
  });

  it('in audit-only mode reads "on" without a click', async () => {
    const el = addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect(await load({ phase: 'act', mode: 'audit' })).toEqual({ report: { kind: 'read', state: 'on' }, asked: 0 });
    expect((el as HTMLInputElement).checked).toBe(true);
    expect(clicks).toEqual([]);
  });

  it('a verifying load only reads, never clicks', async () => {
    addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect(await load({ phase: 'verify' })).toEqual({ report: { kind: 'read', state: 'on' }, asked: 0 });
    expect(clicks).toEqual([]);
  });

  it('does not click when the worker refuses (the run has had its three clicks)', async () => {
    addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect(await load(ACT, null)).toEqual({ report: { kind: 'read', state: 'on' }, asked: 1 });
    expect(clicks).toEqual([]);
  });

  it('reports a put-back switch as "on" as soon as LinkedIn puts it back', async () => {
    const el = addSwitch(doc, { label: EN });
    saveBehaviour(el, { fail: true });
    expect((await load()).report).toEqual({ kind: 'settled', state: 'on', toast: false });
  });

  it('reports a switch that vanished after the click as "gone"', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => el.parentElement!.remove(), 100));
    expect((await load()).report).toEqual({ kind: 'settled', state: 'gone', toast: false });
  });

  it('follows a re-rendered switch after the click', async () => {
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    el.addEventListener('click', () =>
      setTimeout(() => {
        el.parentElement!.remove();
        addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook, on: false });
      }, 100),
    );
    expect((await load()).report).toEqual({ kind: 'settled', state: 'off', toast: false });
  });

  it('notes an error toast that appears while the switch still looks off', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => toast('Something went wrong. Please try again.'), 400));
    expect((await load()).report).toEqual({ kind: 'settled', state: 'off', toast: true });
  });

  it('a French error toast counts too; a success toast does not', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => toast('Une erreur est survenue. Réessayez.'), 400));
    expect((await load()).report).toMatchObject({ toast: true });
    doc = freshDocument();
    const ok = addSwitch(doc, { label: EN });
    ok.addEventListener('click', () => setTimeout(() => toast('Your settings were saved'), 400));
    expect((await load()).report).toMatchObject({ toast: false });
  });

  it('an old error toast already on the page does not count against a good save', async () => {
    toast('Something went wrong earlier');
    addSwitch(doc, { label: EN });
    expect((await load()).report).toEqual({ kind: 'settled', state: 'off', toast: false });
  });

  it('reports not-found after the wait when no switch appears', async () => {
    expect((await load()).report).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'timeout' });
  });

  it('a setting with nothing to open waits once for its switch, not once more for an opener', async () => {
    const t0 = Date.now();
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: WAIT, requestClick: async () => 1 });
    let at = 0;
    void done.then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'timeout' });
    expect(at).toBeLessThanOrEqual(WAIT.timeoutMs);
  });

  it('reports ambiguity and clicks nothing', async () => {
    addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect((await load()).report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'candidates:2' });
    expect(clicks).toEqual([]);
  });

  it('an unreadable switch state is not-found, never a click', async () => {
    const el = doc.createElement('div');
    el.setAttribute('role', 'switch');
    el.setAttribute('aria-label', EN);
    doc.body.append(el);
    const clicks = recordClicks(doc);
    expect((await load()).report).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'state-unreadable' });
    expect(clicks).toEqual([]);
  });

  it('a page left while waiting is "interrupted", with nothing clicked', async () => {
    const controller = new AbortController();
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: { ...WAIT, signal: controller.signal }, signal: controller.signal, requestClick: async () => 1 });
    controller.abort();
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'failed', outcome: 'interrupted', detail: 'left-page' });
  });

  it('a page left during the settle window is "interrupted"', async () => {
    addSwitch(doc, { label: EN });
    const controller = new AbortController();
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: WAIT, signal: controller.signal, requestClick: async () => 1 });
    await vi.advanceTimersByTimeAsync(200);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'failed', outcome: 'interrupted', detail: 'left-page' });
  });

  it('reports each step', async () => {
    addSwitch(doc, { label: EN });
    const steps: string[] = [];
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: WAIT, requestClick: async () => 1, onStep: (s) => steps.push(s) });
    await vi.runAllTimersAsync();
    await done;
    expect(steps).toEqual(['switching', 'confirming']);
  });
});

describe('settleAfterClick', () => {
  const started = () => Date.now();

  it('waits at least the window’s minimum, then for the page to be quiet', async () => {
    const el = addSwitch(doc, { label: EN, on: false });
    const t0 = started();
    // The page keeps changing until 2.5 s, then is quiet.
    for (let t = 100; t <= 2_500; t += 400) setTimeout(() => el.setAttribute('data-x', String(t)), t);
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    let at = 0;
    void done.then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ state: 'off', toast: false });
    expect(at).toBeGreaterThanOrEqual(2_500 + 700);
    expect(at).toBeLessThan(5_000);
  });

  it('never waits longer than the maximum on a page that never goes quiet', async () => {
    const el = addSwitch(doc, { label: EN, on: false });
    const t0 = started();
    const churn = setInterval(() => el.setAttribute('data-x', String(Date.now())), 100);
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await done).toEqual({ state: 'off', toast: false });
    expect(Date.now() - t0).toBe(5_000);
    clearInterval(churn);
  });

  it('ends at once when the switch is put back on', async () => {
    const el = addSwitch(doc, { label: EN, on: false }) as HTMLInputElement;
    const t0 = started();
    setTimeout(() => {
      el.checked = true;
      el.setAttribute('data-rerender', '');
    }, 300);
    const done = settleAfterClick(doc, GENERATIVE_AI, settleWindow(3), alertsNow(doc));
    await vi.advanceTimersByTimeAsync(400);
    expect(await done).toEqual({ state: 'on', toast: false });
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('each further click gets a longer window, long enough to catch a put-back 10 s after the third', () => {
    expect(settleWindow(1)).toBe(SETTLE[0]);
    expect(settleWindow(2).minMs).toBeGreaterThan(settleWindow(1).minMs);
    expect(settleWindow(3).minMs).toBeGreaterThan(settleWindow(2).minMs);
    expect(settleWindow(3).maxMs).toBeGreaterThan(10_000);
    expect(settleWindow(9)).toBe(SETTLE[2]);
  });
});

describe('waitForSwitch', () => {
  it('resolves soon after a late switch is inserted, and stops observing', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(9_000);
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    await vi.advanceTimersByTimeAsync(SCAN_INTERVAL_MS);
    expect(await pending).toEqual({ kind: 'found', el, via: 'hook' });
    expect(observe).toHaveBeenCalledTimes(1);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits at least 10 seconds before giving up', async () => {
    let settled = false;
    void waitForSwitch(doc, GENERATIVE_AI, WAIT).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(settled).toBe(true);
  });

  it('looks at the page at most once per 100 ms, however often it changes', async () => {
    // A page with many checkboxes that changes every 10 ms for the whole 15 s wait.
    for (let i = 0; i < 20; i++) addSwitch(doc, { label: `Something else ${i}` });
    const scans = vi.spyOn(doc, 'querySelectorAll');
    const churn = doc.createElement('div');
    doc.body.append(churn);
    const timer = setInterval(() => churn.replaceChildren(doc.createElement('span')), 10);
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(15_000);
    clearInterval(timer);
    expect(await pending).toEqual({ kind: 'missing' });
    // One scan = two queries (hooked switches, then all switches). 1,500 batches; at most 151 scans.
    expect(scans.mock.calls.length / 2).toBeLessThanOrEqual(15_000 / SCAN_INTERVAL_MS + 1);
    expect(scans.mock.calls.length / 2).toBeGreaterThan(100); // and it did keep looking
  }, 30_000);

  it('a switch inserted while the page churns is looked at at once, not at the next paced look', async () => {
    const churn = doc.createElement('div');
    doc.body.append(churn);
    const timer = setInterval(() => churn.replaceChildren(doc.createElement('span')), 10);
    let found: unknown = null;
    void waitForSwitch(doc, GENERATIVE_AI, WAIT).then((r) => (found = r));
    await vi.advanceTimersByTimeAsync(5_005);
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    await vi.advanceTimersByTimeAsync(0); // the observer's callback, no timer
    clearInterval(timer);
    expect(found).toEqual({ kind: 'found', el, via: 'hook' });
  });

  it('lets an ambiguous page settle into a clear one', async () => {
    const a = addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(500);
    a.setAttribute('aria-labelledby', GENERATIVE_AI.hook);
    await vi.advanceTimersByTimeAsync(SCAN_INTERVAL_MS);
    expect(await pending).toMatchObject({ kind: 'found', el: a, via: 'hook' });
  });

  it('stops at once when aborted (the user left the page)', async () => {
    const controller = new AbortController();
    const pending = waitForSwitch(doc, GENERATIVE_AI, { ...WAIT, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ kind: 'missing' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('auditLoad, the page changing under it', () => {
  it('does not click when the switch went off while the worker was asked', async () => {
    const el = addSwitch(doc, { label: EN }) as HTMLInputElement;
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, GENERATIVE_AI, ACT, {
      wait: WAIT,
      requestClick: async () => {
        el.checked = false;
        return 1;
      },
    });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'on' });
    expect(clicks).toEqual([]);
  });

  it('does not click a switch that left the page while the worker was asked', async () => {
    const el = addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, GENERATIVE_AI, ACT, {
      wait: WAIT,
      requestClick: async () => {
        el.remove();
        return 1;
      },
    });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'on' });
    expect(clicks).toEqual([]);
  });

  it('waits for a plan that comes later, and follows it', async () => {
    addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, GENERATIVE_AI, Promise.resolve<LoadPlan>({ phase: 'verify' }), { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'read', state: 'on' });
    expect(clicks).toEqual([]);
  });

  it('gives the settle window of the click number the worker granted', async () => {
    const el = addSwitch(doc, { label: EN });
    saveBehaviour(el);
    const settle = vi.fn(() => ({ minMs: 50, quietMs: 10, maxMs: 100 }));
    const t0 = Date.now();
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: WAIT, requestClick: async () => 2, settle });
    let at = 0;
    void done.then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'settled', state: 'off', toast: false });
    expect(settle).toHaveBeenCalledWith(2, false); // not a sweep: the long window
    expect(at).toBeLessThanOrEqual(100);
  });

  it('in a sweep, a load the worker marks brisk gets the brisk window; one not marked, the long one', async () => {
    for (const [brisk, expected] of [
      [true, true],
      [false, false],
      [undefined, false],
    ] as const) {
      doc.body.replaceChildren();
      const el = addSwitch(doc, { label: EN });
      saveBehaviour(el);
      const settle = vi.fn(() => ({ minMs: 50, quietMs: 10, maxMs: 100 }));
      const done = auditLoad(doc, GENERATIVE_AI, { ...ACT, brisk }, { wait: WAIT, requestClick: async () => 1, settle });
      await vi.runAllTimersAsync();
      expect(await done).toEqual({ kind: 'settled', state: 'off', toast: false });
      expect(settle, `brisk: ${brisk}`).toHaveBeenCalledWith(1, expected);
    }
  });

  it('a switch that reads neither on nor off after the click is "unreadable"', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => el.setAttribute('aria-checked', 'mixed'), 100));
    expect((await load()).report).toEqual({ kind: 'settled', state: 'unreadable', toast: false });
  });

  it('an error toast shown and gone again before the window ends still counts', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () =>
      setTimeout(() => {
        toast('Something went wrong. Please try again.');
        setTimeout(() => doc.querySelector('[role="alert"]')!.remove(), 300);
      }, 400),
    );
    expect((await load()).report).toEqual({ kind: 'settled', state: 'off', toast: true });
  });
});

/** Queries for the switch (two per reading), leaving out those for error alerts. */
const switchScans = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([selector]) => !String(selector).includes('role="alert"')).length;

describe('settleAfterClick, ending cleanly', () => {
  it('a quiet page ends after the minimum, with every timer, observer and listener gone', async () => {
    addSwitch(doc, { label: EN, on: false });
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    disconnect.mockClear();
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const t0 = Date.now();
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc), controller.signal);
    let at = 0;
    void done.then(() => (at = Date.now() - t0));
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await done).toEqual({ state: 'off', toast: false });
    expect(at).toBe(1_500);
    expect(vi.getTimerCount()).toBe(0);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('an abort ends the window at once', async () => {
    addSwitch(doc, { label: EN, on: false });
    const controller = new AbortController();
    const done = settleAfterClick(doc, GENERATIVE_AI, settleWindow(3), alertsNow(doc), controller.signal);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(await done).toEqual({ state: 'off', toast: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already aborted signal ends it at the first look', async () => {
    addSwitch(doc, { label: EN, on: false });
    const controller = new AbortController();
    controller.abort();
    let settled = false;
    const done = settleAfterClick(doc, GENERATIVE_AI, settleWindow(1), alertsNow(doc), controller.signal);
    void done.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('a window whose maximum is already over ends at the first look', async () => {
    addSwitch(doc, { label: EN, on: false });
    let settled = false;
    void settleAfterClick(doc, GENERATIVE_AI, { minMs: 0, quietMs: 1_000, maxMs: 0 }, alertsNow(doc)).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('a change after the minimum restarts the quiet time', async () => {
    const el = addSwitch(doc, { label: EN, on: false });
    const t0 = Date.now();
    setTimeout(() => el.setAttribute('data-x', '1'), 1_400);
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    let at = 0;
    void done.then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    await done;
    expect(at).toBe(1_400 + 700);
  });

  it('a switch put back on by a change the observer sees ends the window before any timer', async () => {
    const el = addSwitch(doc, { label: EN, on: false }) as HTMLInputElement;
    let settled: unknown = null;
    void settleAfterClick(doc, GENERATIVE_AI, settleWindow(1), alertsNow(doc)).then((s) => (settled = s));
    await vi.advanceTimersByTimeAsync(10);
    el.checked = true;
    el.setAttribute('data-rerender', '');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual({ state: 'on', toast: false });
  });

  it('looks at a quiet page only when the window can next close, not in a loop', async () => {
    addSwitch(doc, { label: EN, on: false });
    const scans = vi.spyOn(doc, 'querySelectorAll');
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await done).toEqual({ state: 'off', toast: false });
    // A look now, a look at 1.5 s that closes the window, and the final reading: two queries each.
    expect(switchScans(scans)).toBe(3 * 2);
  });

  it('after a late change, the next look is when the quiet time has passed', async () => {
    const el = addSwitch(doc, { label: EN, on: false });
    setTimeout(() => el.setAttribute('data-x', '1'), 1_400);
    const scans = vi.spyOn(doc, 'querySelectorAll');
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    await vi.advanceTimersByTimeAsync(2_100);
    await done;
    // Looks at 0 and 1.5 s, the observer's reading at 1.4 s, a look at 2.1 s, the final reading.
    expect(switchScans(scans)).toBe(5 * 2);
  });

  it('a switch still on at the first look ends the window at once', async () => {
    addSwitch(doc, { label: EN, on: true });
    let settled: unknown = null;
    void settleAfterClick(doc, GENERATIVE_AI, settleWindow(1), alertsNow(doc)).then((s) => (settled = s));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual({ state: 'on', toast: false });
  });

  it('with no quiet time asked, the window still lasts its minimum', async () => {
    addSwitch(doc, { label: EN, on: false });
    const t0 = Date.now();
    let at = -1;
    void settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_000, quietMs: 0, maxMs: 5_000 }, alertsNow(doc)).then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    expect(at).toBe(1_000);
  });

  it('a change of text alone restarts the quiet time', async () => {
    addSwitch(doc, { label: EN, on: false });
    const note = doc.createTextNode('Saving');
    doc.body.append(note);
    const t0 = Date.now();
    setTimeout(() => (note.nodeValue = 'Saving…'), 1_400);
    let at = 0;
    const done = settleAfterClick(doc, GENERATIVE_AI, { minMs: 1_500, quietMs: 700, maxMs: 5_000 }, alertsNow(doc));
    void done.then(() => (at = Date.now() - t0));
    await vi.runAllTimersAsync();
    await done;
    expect(at).toBe(1_400 + 700);
  });

  it('the settle window of click 0 or less is the first one', () => {
    expect(settleWindow(0)).toBe(SETTLE[0]);
    expect(settleWindow(-3)).toBe(SETTLE[0]);
  });
});

describe('waitForSwitch, ending cleanly', () => {
  it('an already aborted signal ends the wait without looking, so nothing can be clicked', async () => {
    addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    const controller = new AbortController();
    controller.abort();
    expect(await waitForSwitch(doc, GENERATIVE_AI, { ...WAIT, signal: controller.signal })).toEqual({ kind: 'missing' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its abort listener from the caller’s signal when it ends', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    await waitForSwitch(doc, GENERATIVE_AI, { ...WAIT, signal: controller.signal });
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
  });

  it('an ambiguous page that stays ambiguous is answered after the grace period, not the whole wait', async () => {
    const a = addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const t0 = Date.now();
    // The page keeps changing during the grace period: one grace period, not one per look.
    const churn = setInterval(() => a.setAttribute('class', String(Date.now())), 300);
    let at = 0;
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT).then((r) => {
      at = Date.now() - t0;
      return r;
    });
    await vi.advanceTimersByTimeAsync(WAIT.ambiguousGraceMs);
    clearInterval(churn);
    expect(await pending).toEqual({ kind: 'ambiguous', count: 2 });
    expect(at).toBe(WAIT.ambiguousGraceMs);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an ambiguous page that settles leaves no grace timer behind', async () => {
    const a = addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(500);
    a.setAttribute('aria-labelledby', GENERATIVE_AI.hook);
    await vi.advanceTimersByTimeAsync(SCAN_INTERVAL_MS);
    expect(await pending).toMatchObject({ kind: 'found', el: a });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a switch inserted in the same batch as other changes, beside a text node, is looked at at once', async () => {
    const churn = doc.createElement('div');
    doc.body.append(churn);
    const timer = setInterval(() => churn.replaceChildren(doc.createElement('span')), 10);
    let found: unknown = null;
    void waitForSwitch(doc, GENERATIVE_AI, WAIT).then((r) => (found = r));
    await vi.advanceTimersByTimeAsync(5_005);
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('aria-label', EN);
    churn.replaceChildren(doc.createElement('span'));
    doc.body.append(doc.createTextNode(' '), input);
    await vi.advanceTimersByTimeAsync(0);
    clearInterval(timer);
    expect(found).toEqual({ kind: 'found', el: input, via: 'label' });
  });

  it.each([
    [
      'a bare switch inserted',
      (d: Document) => {
        const input = d.createElement('input');
        input.type = 'checkbox';
        input.checked = true;
        input.setAttribute('aria-label', EN);
        d.body.append(input);
        return input;
      },
    ],
    [
      'a switch whose attributes change into the target',
      (d: Document) => {
        const input = d.querySelector<HTMLInputElement>('#late')!;
        input.setAttribute('aria-label', EN);
        input.setAttribute('role', 'switch');
        return input;
      },
    ],
  ])('%s while the page churns is looked at at once', async (_, change) => {
    const late = doc.createElement('input');
    late.type = 'checkbox';
    late.id = 'late';
    late.setAttribute('aria-label', 'Something else entirely');
    doc.body.append(late);
    const churn = doc.createElement('div');
    doc.body.append(churn);
    const timer = setInterval(() => churn.replaceChildren(doc.createElement('span'), doc.createTextNode('x')), 10);
    let found: unknown = null;
    void waitForSwitch(doc, GENERATIVE_AI, WAIT).then((r) => (found = r));
    await vi.advanceTimersByTimeAsync(5_005);
    const el = change(doc);
    await vi.advanceTimersByTimeAsync(0);
    clearInterval(timer);
    expect(found).toEqual({ kind: 'found', el, via: 'label' });
  });
});
