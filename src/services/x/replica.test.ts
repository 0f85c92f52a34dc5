// The replica of x.com (./replica.mjs) that the browser tests trust: each page runs in jsdom
// with its own script, saving through the server's handle, so these tests prove what the
// browser tests take for granted: a change is saved only when X answers with success and
// shows on the next load, a failure puts the box back with a toast, the Grok page's ids are
// positional, signed-out answers, and every click is logged.
import { describe, expect, it, vi } from 'vitest';
import { GROK_IDS, GROK_PATH, GROK_TRAINING_LABEL, X, X_BOXES, X_LOGIN_PATH, X_PRIVACY_IDS, xServer } from './replica.mjs';
import { replicaPages } from '../../../tests/unit/replica-pages';

type Server = ReturnType<typeof xServer>;
const { open, get, load } = replicaPages();

const fastX = (options: Parameters<typeof xServer>[0] = {}) => xServer({ renderDelayMs: 0, saves: () => ({ delayMs: 0 }), ...options });
const xLoad = (server: Server, path: string) => load(server, X + path);
const box = (doc: Document, id: string) => doc.querySelector<HTMLInputElement>(`input[type="checkbox"][data-replica-id="${id}"]`);
/** Each box on the page, in order: id, its describedby id, the text of the element that id names, checked. */
const boxes = (doc: Document) =>
  [...doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((i) => {
    const described = i.getAttribute('aria-describedby')!;
    return { id: i.dataset.replicaId, described, label: doc.getElementById(described)?.textContent, on: i.checked };
  });

describe('x.com: the Grok page', () => {
  it('shows the three boxes of the facts, on, each described by CHECKBOX_n_LABEL inside its own <label>', async () => {
    const doc = await xLoad(fastX(), GROK_PATH);
    expect(boxes(doc)).toEqual([
      { id: 'grok-training', described: 'CHECKBOX_1_LABEL', label: GROK_TRAINING_LABEL.current, on: true },
      { id: 'grok-history', described: 'CHECKBOX_2_LABEL', label: 'Allow Grok to remember your conversation history', on: true },
      { id: 'grok-personalize', described: 'CHECKBOX_3_LABEL', label: 'Allow X to personalize your experience with Grok', on: true },
    ]);
    for (const input of doc.querySelectorAll('input')) {
      const label = input.closest('label')!;
      expect(label.querySelector(`#${input.getAttribute('aria-describedby')}`)).not.toBeNull();
    }
    expect(GROK_TRAINING_LABEL.current).toBe(
      'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning',
    );
  });

  it('order permutes the boxes: the CHECKBOX_n ids follow the position, not the box', async () => {
    const a = boxes(await xLoad(fastX({ order: ['grok-personalize', 'grok-training', 'grok-history'] }), GROK_PATH));
    const b = boxes(await xLoad(fastX({ order: ['grok-history', 'grok-personalize', 'grok-training'] }), GROK_PATH));
    expect(a.map((x) => [x.id, x.described])).toEqual([
      ['grok-personalize', 'CHECKBOX_1_LABEL'],
      ['grok-training', 'CHECKBOX_2_LABEL'],
      ['grok-history', 'CHECKBOX_3_LABEL'],
    ]);
    expect(b.map((x) => [x.id, x.described])).toEqual([
      ['grok-history', 'CHECKBOX_1_LABEL'],
      ['grok-personalize', 'CHECKBOX_2_LABEL'],
      ['grok-training', 'CHECKBOX_3_LABEL'],
    ]);
    expect(a.find((x) => x.id === 'grok-training')!.label).toBe(GROK_TRAINING_LABEL.current);
    expect(b.find((x) => x.id === 'grok-training')!.label).toBe(GROK_TRAINING_LABEL.current);
    expect(() => xServer({ order: ['grok-training', 'grok-training', 'grok-history'] })).toThrow(/permutation/);
  });

  it("markup 'beside': each text in a span beside its box, no <label> around them, still described by CHECKBOX_n_LABEL", async () => {
    const doc = await xLoad(fastX({ markup: 'beside' }), GROK_PATH);
    expect(boxes(doc).map((b) => [b.id, b.described, b.label])).toEqual([
      ['grok-training', 'CHECKBOX_1_LABEL', GROK_TRAINING_LABEL.current],
      ['grok-history', 'CHECKBOX_2_LABEL', 'Allow Grok to remember your conversation history'],
      ['grok-personalize', 'CHECKBOX_3_LABEL', 'Allow X to personalize your experience with Grok'],
    ]);
    expect(doc.querySelectorAll('label')).toHaveLength(0);
    expect([...doc.querySelectorAll('input')].every((i) => (i as HTMLInputElement).labels?.length === 0)).toBe(true);
  });

  it("wording '2024' gives the 2024 training label", async () => {
    const doc = await xLoad(fastX({ wording: '2024' }), GROK_PATH);
    expect(boxes(doc)[0]!.label).toBe('Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning');
  });

  it('a click is saved for that box only, shows on a fresh load, and is logged by id', async () => {
    const server = fastX();
    const doc = await xLoad(server, GROK_PATH);
    box(doc, 'grok-training')!.click();
    expect(box(doc, 'grok-training')!.checked).toBe(false);
    await server.settled();
    expect(server.isOn('grok-training')).toBe(false);
    expect(boxes(await xLoad(server, GROK_PATH)).map((b) => [b.id, b.on])).toEqual([
      ['grok-training', false],
      ['grok-history', true],
      ['grok-personalize', true],
    ]);
    expect(server.log.clicks).toEqual(['grok-training']);
    expect(server.log.clicksAt).toEqual([{ id: 'grok-training', path: GROK_PATH }]);
    expect(server.log.saves).toEqual([expect.objectContaining({ id: 'grok-training', on: false, ok: true })]);
    expect(server.log.loadsByPath[GROK_PATH]).toBe(2);
  });

  it('a click on the label text logs the box once (the browser clicks the box for it)', async () => {
    const server = fastX();
    const doc = await xLoad(server, GROK_PATH);
    doc.getElementById('CHECKBOX_2_LABEL')!.click();
    await server.settled();
    expect(server.log.clicks).toEqual(['grok-history']);
    expect(server.isOn('grok-history')).toBe(false);
  });

  it('a failed save puts the box back, shows an error toast, and X keeps what it had', async () => {
    const server = fastX({ saves: () => ({ delayMs: 0, ok: false }) });
    const doc = await xLoad(server, GROK_PATH);
    box(doc, 'grok-training')!.click();
    await server.settled();
    await vi.waitFor(() => expect(box(doc, 'grok-training')!.checked).toBe(true));
    expect(doc.querySelector('[role="alert"]')?.textContent).toMatch(/went wrong/);
    expect(server.isOn('grok-training')).toBe(true);
    expect(box(await xLoad(server, GROK_PATH), 'grok-training')!.checked).toBe(true);
    expect(server.log.saves).toEqual([expect.objectContaining({ id: 'grok-training', on: false, ok: false })]);
  });

  it('putBack: false: a failed save leaves the box off in the page (with the toast) while X keeps it on, as a fresh load shows', async () => {
    const server = fastX({ saves: () => ({ delayMs: 0, ok: false, putBack: false }) });
    const doc = await xLoad(server, '/settings/ads_preferences');
    box(doc, 'x-ads-preferences')!.click();
    await server.settled();
    await vi.waitFor(() => expect(doc.querySelector('[role="alert"]')).not.toBeNull());
    expect(box(doc, 'x-ads-preferences')!.checked).toBe(false);
    expect(server.isOn('x-ads-preferences')).toBe(true);
    expect(box(await xLoad(server, '/settings/ads_preferences'), 'x-ads-preferences')!.checked).toBe(true);
  });

  it('a save is not saved until answered, then saved even if the page has gone; saves(n, id) is asked per save', async () => {
    const asked: [number, string][] = [];
    const server = fastX({
      saves: (n, id) => {
        asked.push([n, id]);
        return { delayMs: 30 };
      },
    });
    box(await xLoad(server, GROK_PATH), 'grok-personalize')!.click();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(server.isOn('grok-personalize')).toBe(true);
    open.pop()!.window.close();
    await server.settled();
    expect(server.isOn('grok-personalize')).toBe(false);
    expect(asked).toEqual([[0, 'grok-personalize']]);
  });

  it('state, set and missing', async () => {
    const server = fastX({ state: { 'grok-history': false }, missing: ['grok-personalize'] });
    expect(boxes(await xLoad(server, GROK_PATH)).map((b) => [b.id, b.described, b.on])).toEqual([
      ['grok-training', 'CHECKBOX_1_LABEL', true],
      ['grok-history', 'CHECKBOX_2_LABEL', false],
    ]);
    server.set('grok-training', false);
    expect(box(await xLoad(server, GROK_PATH), 'grok-training')!.checked).toBe(false);
  });
});

describe('x.com: the four privacy pages', () => {
  it.each(X_PRIVACY_IDS.map((id) => [X_BOXES[id]!.path, id] as const))('%s has one box %s, on, with Brave PSST’s hook CHECKBOX_1_LABEL', async (path, id) => {
    const doc = await xLoad(fastX(), path);
    const hooked = doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"][aria-describedby="CHECKBOX_1_LABEL"]');
    expect(hooked).toHaveLength(1);
    expect(hooked[0]!.dataset.replicaId).toBe(id);
    expect(boxes(doc)).toEqual([{ id, described: 'CHECKBOX_1_LABEL', label: X_BOXES[id]!.en, on: true }]);
  });

  it('decoys continue the positional ids after the real box, or take the first ones with decoyFirst; they save like the others', async () => {
    const path = '/settings/location';
    const decoys = { [path]: [{ id: 'decoy-a', label: 'Explore settings', on: true }] };
    expect(boxes(await xLoad(fastX({ decoys }), path)).map((b) => [b.id, b.described])).toEqual([
      ['x-location', 'CHECKBOX_1_LABEL'],
      ['decoy-a', 'CHECKBOX_2_LABEL'],
    ]);
    const server = fastX({ decoys, decoyFirst: true });
    const doc = await xLoad(server, path);
    expect(boxes(doc).map((b) => [b.id, b.described])).toEqual([
      ['decoy-a', 'CHECKBOX_1_LABEL'],
      ['x-location', 'CHECKBOX_2_LABEL'],
    ]);
    box(doc, 'decoy-a')!.click();
    await server.settled();
    expect(server.isOn('decoy-a')).toBe(false);
    expect(server.isOn('x-location')).toBe(true);
    expect(server.log.clicks).toEqual(['decoy-a']);
  });
});

describe('x.com: language and signed out', () => {
  it("lang 'fr': French page and labels (invented), same ids and hooks", async () => {
    const doc = await xLoad(fastX({ lang: 'fr' }), GROK_PATH);
    expect(doc.documentElement.lang).toBe('fr');
    const shown = boxes(doc);
    expect(shown.map((b) => b.id)).toEqual(GROK_IDS);
    expect(shown.map((b) => b.label)).toEqual(GROK_IDS.map((id) => X_BOXES[id]!.fr));
    expect(shown.some((b) => b.label === GROK_TRAINING_LABEL.current)).toBe(false);
  });

  it('signedOut: every settings page is a 302 to the sign-in flow, which serves a sign-in page', async () => {
    const server = fastX({ signedOut: true });
    const moved = (await get(server, X, GROK_PATH)) as { status: number; headers: Record<string, string> };
    expect(moved.status).toBe(302);
    expect(moved.headers.location).toBe(`${X}${X_LOGIN_PATH}?redirect_after_login=${encodeURIComponent(GROK_PATH)}`);
    expect(await get(server, X, X_LOGIN_PATH)).toContain('Sign in to X');
    expect(server.log.redirects).toEqual([{ path: GROK_PATH, to: moved.headers.location }]);
    server.signIn();
    expect(typeof (await get(server, X, GROK_PATH))).toBe('string');
  });

  it('signOutAfter: N settings pages, then redirects; signOut() at any time', async () => {
    const server = fastX({ signOutAfter: 1 });
    expect(typeof (await get(server, X, '/settings/location'))).toBe('string');
    expect(await get(server, X, '/settings/ads_preferences')).toMatchObject({ status: 302 });
    const other = fastX();
    expect(typeof (await get(other, X, GROK_PATH))).toBe('string');
    other.signOut();
    expect(await get(other, X, GROK_PATH)).toMatchObject({ status: 302 });
    expect(await get(other, X, '/nowhere')).toBeUndefined();
  });
});
