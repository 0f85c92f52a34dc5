// One load as the content scripts run it (src/content/check.ts): the worker's word to stop
// (its service's host taken back) ends the load with nothing clicked, a click granted with
// the plan reported unused; the listener is gone at the end.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';

type Listener = (message: unknown) => void;
const listeners = new Set<Listener>();
const sent: unknown[] = [];
vi.stubGlobal('chrome', {
  runtime: {
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return { click: 2 };
    },
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  },
  i18n: { getMessage: (key: string) => key },
});
const { runLoad } = await import('../../src/content/check');

const SWITCH_ON =
  '<p id="allowDataForGenerativeAI">Use my data for training content creation AI models</p>' +
  '<input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>';

afterEach(() => {
  document.body.innerHTML = '';
  sent.length = 0;
});

describe('runLoad', () => {
  it("stops at the worker's word: nothing clicked, nothing asked, the grant unused; the listener removed", async () => {
    const clicked = vi.fn();
    document.addEventListener('click', clicked);
    const load = runLoad(GENERATIVE_AI, { phase: 'act', mode: 'optout' }, () => true, {}, 1);
    expect(listeners.size).toBe(1);
    for (const l of listeners) l({ type: 'something-else' });
    for (const l of listeners) l({ type: 'audit/stop' });
    // The switch shows up after the word: too late, the load has ended.
    document.body.innerHTML = SWITCH_ON;
    const { report, left, grantUnused } = await load;
    expect(report).toEqual({ kind: 'failed', outcome: 'interrupted', detail: 'left-page' });
    expect({ left, grantUnused }).toEqual({ left: true, grantUnused: true });
    expect(listeners.size).toBe(0);
    expect(clicked).not.toHaveBeenCalled();
    expect(sent.filter((m) => (m as { type: string }).type === 'audit/click')).toEqual([]);
    document.removeEventListener('click', clicked);
  });

  it('a switch seen on is clicked with the granted click, no round trip, and the grant reported used', async () => {
    document.body.innerHTML = SWITCH_ON;
    const box = document.querySelector('input')!;
    // jsdom draws nothing: the box is rendered as far as this test goes.
    (box as unknown as { checkVisibility: () => boolean }).checkVisibility = () => true;
    const load = runLoad(GENERATIVE_AI, { phase: 'act', mode: 'optout' }, () => true, {}, 1);
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(sent.filter((m) => (m as { type: string }).type === 'audit/click')).toEqual([]);
    for (const l of listeners) l({ type: 'audit/stop' }); // ends the settle window at once
    const { grantUnused } = await load;
    expect(grantUnused).toBe(false);
    expect(sent).toContainEqual({ type: 'audit/progress', step: 'switching' });
  });
});
