import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../src/engine/page/wait';
import { freshDocument } from './dom';

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => vi.useRealTimers());

/** Let MutationObserver callbacks (microtasks) run. */
const flush = () => vi.advanceTimersByTimeAsync(0);
const found = () => doc.querySelector('#target');
function addTarget(parent: Element = doc.body) {
  const el = doc.createElement('p');
  el.id = 'target';
  parent.append(el);
  return el;
}

describe('waitFor', () => {
  it('resolves at once with what is already there, and leaves no timer behind', async () => {
    const el = addTarget();
    await expect(waitFor(doc, found, 1_000)).resolves.toBe(el);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves with the element once a DOM change brings it, deep in the tree', async () => {
    const wait = waitFor(doc, found, 1_000);
    const deep = doc.createElement('div');
    doc.body.append(deep);
    await flush();
    const el = addTarget(deep);
    await expect(wait).resolves.toBe(el);
  });

  it('keeps watching through changes that do not bring it', async () => {
    const test = vi.fn(found);
    const wait = waitFor(doc, test, 1_000);
    doc.body.append(doc.createElement('span'));
    await flush();
    expect(test).toHaveBeenCalledTimes(2);
    const el = addTarget();
    await expect(wait).resolves.toBe(el);
  });

  it('watches attribute changes by default', async () => {
    const el = addTarget();
    const wait = waitFor(doc, () => (el.getAttribute('aria-checked') === 'false' ? el : null), 1_000);
    el.setAttribute('aria-checked', 'false');
    await expect(wait).resolves.toBe(el);
  });

  it('watches only what the caller asks for', async () => {
    const el = addTarget();
    const test = vi.fn(() => (el.getAttribute('aria-checked') === 'false' ? el : null));
    const wait = waitFor(doc, test, 1_000, undefined, { childList: true });
    el.setAttribute('aria-checked', 'false');
    await flush();
    expect(test).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(wait).resolves.toBeNull();
  });

  it('gives up with null when the time is up, not before', async () => {
    let result: Element | null | undefined;
    void waitFor(doc, found, 1_000).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBeNull();
  });

  it('stops watching once it has resolved: no more checks, no timer', async () => {
    const test = vi.fn(found);
    const wait = waitFor(doc, test, 1_000);
    addTarget();
    await wait;
    const calls = test.mock.calls.length;
    doc.body.append(doc.createElement('span'));
    await flush();
    expect(test).toHaveBeenCalledTimes(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops watching after the timeout too', async () => {
    const test = vi.fn(found);
    const wait = waitFor(doc, test, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(wait).resolves.toBeNull();
    doc.body.append(doc.createElement('span'));
    await flush();
    expect(test).toHaveBeenCalledTimes(1);
  });

  it('an already aborted signal resolves null without looking', async () => {
    addTarget();
    const test = vi.fn(found);
    const controller = new AbortController();
    controller.abort();
    await expect(waitFor(doc, test, 1_000, controller.signal)).resolves.toBeNull();
    expect(test).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort during the wait resolves null at once and stops watching', async () => {
    const test = vi.fn(found);
    const controller = new AbortController();
    const wait = waitFor(doc, test, 1_000, controller.signal);
    controller.abort();
    await expect(wait).resolves.toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    addTarget();
    await flush();
    expect(test).toHaveBeenCalledTimes(1);
  });

  it('removes its abort listener from the signal when it ends', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const wait = waitFor(doc, found, 1_000, controller.signal);
    addTarget();
    await wait;
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
  });
});

describe('waitFor, paced', () => {
  const churn = (n: number) => doc.body.append(doc.createElement(`x-${n}`));

  it('a change long after the last look is looked at at once', async () => {
    const test = vi.fn(found);
    void waitFor(doc, test, 10_000, undefined, undefined, { minIntervalMs: 100 });
    await vi.advanceTimersByTimeAsync(500);
    churn(1);
    await flush();
    expect(test).toHaveBeenCalledTimes(2);
  });

  it('changes within the interval get one trailing look, at the end of the interval', async () => {
    const test = vi.fn(found);
    void waitFor(doc, test, 10_000, undefined, undefined, { minIntervalMs: 100 });
    await vi.advanceTimersByTimeAsync(10);
    churn(1);
    await flush();
    await vi.advanceTimersByTimeAsync(30);
    churn(2);
    await flush();
    expect(test).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59);
    expect(test).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(test).toHaveBeenCalledTimes(2);
  });

  it('the trailing look finds what came meanwhile', async () => {
    const wait = waitFor(doc, found, 10_000, undefined, undefined, { minIntervalMs: 100 });
    await vi.advanceTimersByTimeAsync(10);
    const el = addTarget();
    await vi.advanceTimersByTimeAsync(90);
    await expect(wait).resolves.toBe(el);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an urgent batch is looked at at once, and the pending trailing look is dropped', async () => {
    const test = vi.fn(found);
    const urgent = (records: MutationRecord[]) => records.some((r) => [...r.addedNodes].some((n) => (n as Element).id === 'target'));
    const wait = waitFor(doc, test, 10_000, undefined, undefined, { minIntervalMs: 100, urgent });
    await vi.advanceTimersByTimeAsync(10);
    churn(1);
    await flush();
    expect(test).toHaveBeenCalledTimes(1);
    const el = addTarget();
    await flush();
    expect(test).toHaveBeenCalledTimes(2);
    await expect(wait).resolves.toBe(el);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an urgent look that finds nothing restarts the interval from now', async () => {
    const test = vi.fn(found);
    const urgent = (records: MutationRecord[]) => records.some((r) => [...r.addedNodes].some((n) => (n as Element).tagName === 'X-URGENT'));
    void waitFor(doc, test, 10_000, undefined, undefined, { minIntervalMs: 100, urgent });
    await vi.advanceTimersByTimeAsync(10);
    churn(1); // trailing look due at 100
    await flush();
    await vi.advanceTimersByTimeAsync(40);
    doc.body.append(doc.createElement('x-urgent')); // looked at now, at 50; the trailing one is dropped
    await flush();
    expect(test).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(60);
    expect(test).toHaveBeenCalledTimes(2);
    churn(2); // 60 ms after the urgent look: the next look at 150
    await flush();
    expect(test).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(40);
    expect(test).toHaveBeenCalledTimes(3);
  });

  it('without a pace, every batch is looked at', async () => {
    const test = vi.fn(found);
    void waitFor(doc, test, 10_000, undefined, undefined, {});
    for (let i = 0; i < 3; i++) {
      churn(i);
      await flush();
    }
    expect(test).toHaveBeenCalledTimes(4);
  });
});
