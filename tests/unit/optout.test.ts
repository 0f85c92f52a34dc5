import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLoad, type LoadPlan, type LoadReport, SCAN_INTERVAL_MS, SETTLE, settleAfterClick, settleWindow, waitForSwitch } from '../../src/core/optout';
import { GENERATIVE_AI } from '../../src/core/settings';
import { alertsNow } from '../../src/core/toasts';
import { addSwitch, freshDocument, recordClicks } from './dom';

const EN = 'Use my data for training content creation AI models';
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => vi.useRealTimers());

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
