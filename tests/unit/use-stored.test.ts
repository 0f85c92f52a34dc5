// The popup reads the stored state before its first render (popup/main.tsx) and hands it to
// useStoredState: that first render already shows the state, with no empty render and no
// read waiting for an effect; the state is still read again and watched after it.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

let browser = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return browser;
  },
}));

const { inspectState, readState } = await import('../../src/store/store');
const { useStoredState } = await import('../../src/ui/useStored');

let root: HTMLElement;
beforeEach(() => {
  browser = fakeBrowser({ prefs: { mode: 'audit' } });
  root = document.createElement('div');
});
afterEach(() => render(null, root));

/** What each render saw: the mode, or null before any state. */
function Probe({ initial, seen }: { initial?: Parameters<typeof useStoredState>[0]; seen: (string | null)[] }) {
  const read = useStoredState(initial);
  seen.push(read?.state.prefs.mode ?? null);
  return null;
}

it('given the state read before it, the first render shows it', async () => {
  const seen: (string | null)[] = [];
  const initial = await readState();
  render(h(Probe, { initial, seen }), root);
  expect(seen).toEqual(['audit']);
});

it('without it, the first render shows nothing and the state follows the read', async () => {
  const seen: (string | null)[] = [];
  await act(async () => {
    render(h(Probe, { seen }), root);
  });
  await vi.waitFor(() => expect(seen.at(-1)).toBe('audit'));
  expect(seen[0]).toBeNull();
});

it('a state given first is still read again: a change made meanwhile shows', async () => {
  const seen: (string | null)[] = [];
  const initial = inspectState({ prefs: { mode: 'optout' } }); // read before the change below
  await act(async () => {
    render(h(Probe, { initial, seen }), root);
  });
  await vi.waitFor(() => expect(seen.at(-1)).toBe('audit'));
  expect(seen[0]).toBe('optout');
});
