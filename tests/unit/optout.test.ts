import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPage, flipAndConfirm, waitForSwitch, type AuditResult } from '../../src/core/optout';
import type { Mode } from '../../src/core/outcomes';
import { GENERATIVE_AI } from '../../src/core/settings';
import { addSwitch, freshDocument, recordClicks } from './dom';

const EN = 'Use my data for training content creation AI models';
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const FLIP = { confirmMs: 3_000, retries: 2 };

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => vi.useRealTimers());

/** Like LinkedIn: a change is saved after 400 ms, and a failed save puts the switch back. */
function saveBehaviour(el: HTMLElement, failures: number) {
  let left = failures;
  el.addEventListener('click', () => {
    const wanted = (el as HTMLInputElement).checked;
    setTimeout(() => {
      if (left-- > 0) (el as HTMLInputElement).checked = !wanted;
    }, 400);
  });
}

async function run(mode: Mode = 'optout'): Promise<AuditResult> {
  const done = auditPage(doc, GENERATIVE_AI, mode, WAIT, FLIP);
  await vi.runAllTimersAsync();
  return done;
}

describe('auditPage', () => {
  it('turns an "on" switch off and confirms it stayed off', async () => {
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    saveBehaviour(el, 0);
    const clicks = recordClicks(doc);
    expect(await run()).toEqual({ outcome: 'turned-off', clicks: 1 });
    expect((el as HTMLInputElement).checked).toBe(false);
    expect(clicks).toEqual([el]);
  });

  it('leaves an "off" switch alone, without a click', async () => {
    addSwitch(doc, { label: EN, on: false });
    const clicks = recordClicks(doc);
    expect(await run()).toEqual({ outcome: 'already-off', clicks: 0 });
    expect(clicks).toEqual([]);
  });

  it('in audit-only mode reports "on" without a click', async () => {
    const el = addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect(await run('audit')).toEqual({ outcome: 'left-on', clicks: 0 });
    expect((el as HTMLInputElement).checked).toBe(true);
    expect(clicks).toEqual([]);
  });

  it('retries after a revert and succeeds', async () => {
    saveBehaviour(addSwitch(doc, { label: EN }), 2);
    expect(await run()).toEqual({ outcome: 'turned-off', clicks: 3 });
  });

  it('gives up after two retries and says the save was rejected', async () => {
    const el = addSwitch(doc, { label: EN });
    saveBehaviour(el, 99);
    expect(await run()).toEqual({ outcome: 'save-rejected', clicks: 3, detail: 'reverted' });
    expect((el as HTMLInputElement).checked).toBe(true);
  });

  it('reports a switch that vanished after the click', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => el.parentElement!.remove(), 100));
    expect(await run()).toEqual({ outcome: 'save-rejected', clicks: 1, detail: 'switch-vanished' });
  });

  it('follows a re-rendered switch after the click', async () => {
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    el.addEventListener('click', () =>
      setTimeout(() => {
        el.parentElement!.remove();
        addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook, on: false });
      }, 100),
    );
    expect(await run()).toEqual({ outcome: 'turned-off', clicks: 1 });
  });

  function toast(text: string) {
    const t = doc.createElement('div');
    t.setAttribute('role', 'alert');
    t.textContent = text;
    doc.body.append(t);
  }

  it('an error toast with the switch left looking off is a rejected save, not "off"', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => toast('Something went wrong. Please try again.'), 400));
    expect(await run()).toEqual({ outcome: 'save-rejected', clicks: 1, detail: 'error-toast' });
  });

  it('a French error toast counts too; a success toast does not', async () => {
    const el = addSwitch(doc, { label: EN });
    el.addEventListener('click', () => setTimeout(() => toast('Une erreur est survenue. Réessayez.'), 400));
    expect((await run()).detail).toBe('error-toast');
    doc = freshDocument();
    const ok = addSwitch(doc, { label: EN });
    ok.addEventListener('click', () => setTimeout(() => toast('Your settings were saved'), 400));
    expect(await run()).toEqual({ outcome: 'turned-off', clicks: 1 });
  });

  it('an old error toast already on the page does not count against a good save', async () => {
    toast('Something went wrong earlier');
    addSwitch(doc, { label: EN });
    expect(await run()).toEqual({ outcome: 'turned-off', clicks: 1 });
  });

  it('reports not-found after the wait when no switch appears', async () => {
    expect(await run()).toEqual({ outcome: 'not-found', clicks: 0, detail: 'timeout' });
  });

  it('reports ambiguity and clicks nothing', async () => {
    addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const clicks = recordClicks(doc);
    expect(await run()).toEqual({ outcome: 'ambiguous', clicks: 0, detail: 'candidates:2' });
    expect(clicks).toEqual([]);
  });

  it('an unreadable switch state is not-found, never a click', async () => {
    const el = doc.createElement('div');
    el.setAttribute('role', 'switch');
    el.setAttribute('aria-label', EN);
    doc.body.append(el);
    const clicks = recordClicks(doc);
    expect(await run()).toEqual({ outcome: 'not-found', clicks: 0, detail: 'state-unreadable' });
    expect(clicks).toEqual([]);
  });
});

describe('waitForSwitch', () => {
  it('resolves as soon as a late switch is inserted, and stops observing', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(9_000);
    const el = addSwitch(doc, { label: EN, hook: GENERATIVE_AI.hook });
    await vi.advanceTimersByTimeAsync(0);
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

  it('lets an ambiguous page settle into a clear one', async () => {
    const a = addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN });
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(500);
    a.setAttribute('aria-labelledby', GENERATIVE_AI.hook);
    await vi.advanceTimersByTimeAsync(0);
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

describe('flipAndConfirm', () => {
  it('never clicks a switch that is already off, whatever the mode', async () => {
    for (const mode of ['optout', 'audit'] as const) {
      const el = addSwitch(doc, { label: EN, on: false });
      const clicks = recordClicks(doc);
      expect(await flipAndConfirm(doc, GENERATIVE_AI, el, { ...FLIP, mode })).toEqual({ outcome: 'already-off', clicks: 0 });
      expect(clicks).toEqual([]);
    }
  });

  it('reports each step', async () => {
    const el = addSwitch(doc, { label: EN });
    const steps: string[] = [];
    const done = flipAndConfirm(doc, GENERATIVE_AI, el, { ...FLIP, mode: 'optout', onStep: (s) => steps.push(s) });
    await vi.runAllTimersAsync();
    await done;
    expect(steps).toEqual(['switching', 'confirming']);
  });
});
