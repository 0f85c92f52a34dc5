// A switch inside a web component's open shadow root, over time: a document observer never
// sees inside a shadow root, so the wait for the switch and the watch after a click also
// watch the roots they find. Without that, a component that renders its switch late would
// be "not found", and a save put back inside it would be seen only at the end of the window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoots, queryAll } from '../../src/engine/page/roots';
import { waitFor } from '../../src/engine/page/wait';
import { auditLoad, type LoadPlan, settleAfterClick, settleWindow, waitForSwitch } from '../../src/engine/switch/load';
import { alertsNow } from '../../src/engine/switch/toasts';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { freshDocument, recordClicks } from './dom';

const EN = 'Use my data for training content creation AI models';
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

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

/** A component with an open shadow root, in the page at once; its switch rendered into the root later. */
function component(): ShadowRoot {
  const host = doc.createElement('x-privacy');
  doc.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

function switchIn(root: ShadowRoot, on = true): HTMLElement {
  root.innerHTML = `<span id="l">${EN}</span><button role="switch" aria-checked="${on}" aria-labelledby="l"></button>`;
  return root.querySelector('button')!;
}

describe('openRoots and queryAll', () => {
  it('the document first, then each open root, nested ones after their host’s', () => {
    const outer = component();
    const inner = doc.createElement('x-row');
    outer.append(inner);
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const second = component();
    expect(openRoots(doc)).toEqual([doc, outer, second, innerRoot]);
    innerRoot.innerHTML = '<i></i>';
    outer.append(doc.createElement('i'));
    expect(queryAll(openRoots(doc), 'i')).toHaveLength(2);
  });
});

describe('waiting for a switch that a component renders late', () => {
  it('is found as soon as it appears inside the shadow root, with no change in the document', async () => {
    const root = component();
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(1_000);
    const el = switchIn(root);
    await vi.advanceTimersByTimeAsync(200);
    expect(await pending).toEqual({ kind: 'found', el, via: 'label' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a component added later is watched from the first look that finds it', async () => {
    const pending = waitForSwitch(doc, GENERATIVE_AI, WAIT);
    await vi.advanceTimersByTimeAsync(500);
    const root = component(); // a change in the document: the next look finds the root
    await vi.advanceTimersByTimeAsync(500);
    const el = switchIn(root);
    await vi.advanceTimersByTimeAsync(200);
    expect(await pending).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('waitFor watches each extra root once, and lets go of all of them at the end', async () => {
    const root = component();
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    let seen = 0;
    const look = () => {
      if (root.childNodes.length > 1) return 'done';
      seen++;
      return null;
    };
    const pending = waitFor(doc, look, 5_000, undefined, undefined, { roots: () => [root] });
    root.append(doc.createElement('i'));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toBe(2); // the first look, and the one after the change in the root
    root.append(doc.createElement('i'));
    expect(await pending).toBe('done');
    expect(observe.mock.calls.map((c) => c[0])).toEqual([doc.documentElement, root]);
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});

describe('after a click on a switch in a shadow root', () => {
  it('a save put back inside the component is seen at once, not at the end of the window', async () => {
    const el = switchIn(component());
    el.addEventListener('click', () => {
      el.setAttribute('aria-checked', 'false');
      setTimeout(() => el.setAttribute('aria-checked', 'true'), 100); // the service refused the save
    });
    el.click();
    const t0 = Date.now();
    const done = settleAfterClick(doc, GENERATIVE_AI, settleWindow(1), alertsNow(doc));
    await vi.advanceTimersByTimeAsync(150);
    expect(await done).toEqual({ state: 'on', toast: false });
    expect(Date.now() - t0).toBeLessThan(settleWindow(1).minMs);
  });

  it('one load: found late in its component, clicked once, settled off', async () => {
    const root = component();
    const clicks = recordClicks(doc);
    const done = auditLoad(doc, GENERATIVE_AI, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.advanceTimersByTimeAsync(700);
    const el = switchIn(root);
    el.addEventListener('click', () => el.setAttribute('aria-checked', 'false'));
    await vi.runAllTimersAsync();
    expect(await done).toEqual({ kind: 'settled', state: 'off', toast: false });
    // The click is retargeted to the host in the document's listener: one click, on the component.
    expect(clicks).toEqual([root.host]);
    expect(el.getAttribute('aria-checked')).toBe('false');
  });
});
