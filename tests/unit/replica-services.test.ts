// The replicas of x.com and chatgpt.com (tests/fixtures/x-server.mjs, chatgpt-server.mjs)
// that the browser tests trust: each page runs in jsdom with its own script, saving through
// the server's handle, so these tests prove what the browser tests take for granted: a
// change is saved only when the service answers with success and shows on the next load, a
// failure puts the control back with a toast, the Grok page's ids are positional, the
// ChatGPT dialog opens late and (with saveOn 'done') saves only on Done, signed-out answers,
// and every click is logged.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GROK_IDS, GROK_PATH, GROK_TRAINING_LABEL, X, X_BOXES, X_LOGIN_PATH, X_PRIVACY_IDS, xServer } from '../../src/services/x/replica.mjs';
import { CHATGPT, CHATGPT_LOGIN_PATH, CHATGPT_TEXT, DATA_CONTROLS_HASH, DATA_CONTROLS_PATH, chatGptServer } from '../../src/services/chatgpt/replica.mjs';

type Answer = string | { status: number; headers?: Record<string, string>; body?: string } | undefined;
interface Server {
  handle(req: { method: string; path: string; url?: string; body: string | null }): Answer | Promise<Answer>;
}

const open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open.splice(0)) dom.window.close();
});

const get = (server: Server, origin: string, path: string) => server.handle({ method: 'GET', path, url: origin + path, body: null });

/** A full load of `url`: the page's script runs, and its requests go to `server`. */
async function load(server: Server, url: string): Promise<Document> {
  const { origin, pathname } = new URL(url);
  const answer = await get(server, origin, pathname);
  if (typeof answer !== 'string') throw new Error(`${url} answered ${JSON.stringify(answer)}`);
  const dom = new JSDOM(answer, {
    url,
    runScripts: 'dangerously',
    beforeParse(window) {
      (window as any).fetch = async (to: string, init: { method?: string; body?: string } = {}) => {
        const a = await server.handle({ method: init.method ?? 'GET', path: new URL(to, origin).pathname, body: init.body ?? null });
        const full = typeof a === 'string' ? { status: 200, body: a } : (a ?? { status: 404, body: '' });
        return { ok: full.status < 300, status: full.status, json: async () => JSON.parse(full.body || '{}') };
      };
    },
  });
  open.push(dom);
  await vi.waitFor(() => expect((dom.window as any).__replica?.rendered).toBe(true));
  return dom.window.document;
}

// ---------------------------------------------------------------------------- X

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

// ---------------------------------------------------------------------------- ChatGPT

const fastGpt = (options: Parameters<typeof chatGptServer>[0] = {}) =>
  chatGptServer({ renderDelayMs: 0, dialogDelayMs: 20, saves: () => ({ delayMs: 0 }), ...options });
const gptLoad = (server: Server, at = `/${DATA_CONTROLS_HASH}`) => load(server, CHATGPT + at);
const q = <T extends Element = HTMLElement>(doc: Document, selector: string) => doc.querySelector<T>(selector);
const opener = (doc: Document) => q(doc, '[data-testid="improve-model-open-modal-button"]');
const toggle = (doc: Document) => q(doc, 'button[role="switch"][data-testid="improve-model-toggle"]');
const memory = (doc: Document) => q(doc, 'button[role="switch"][data-replica-id="memory"]');
const modelDialog = (doc: Document) => q(doc, '[role="dialog"][aria-labelledby="model-improvement-title"]');

/** Open the Model improvement dialog as a user does, and wait for it (it opens late). */
async function openDialog(doc: Document) {
  opener(doc)!.click();
  expect(modelDialog(doc)).toBeNull();
  await vi.waitFor(() => expect(modelDialog(doc)).not.toBeNull());
}

describe('chatgpt.com: Data controls', () => {
  it('the route opens the Settings modal at Data controls, with the opener showing the saved state and the decoy rows', async () => {
    for (const at of [`/${DATA_CONTROLS_HASH}`, DATA_CONTROLS_PATH]) {
      const doc = await gptLoad(fastGpt({ state: { 'improve-model': false } }), at);
      const modal = q(doc, '[role="dialog"][aria-label="Settings"]');
      expect(modal).not.toBeNull();
      expect(q(doc, '[data-testid="data-controls-tab"]')?.getAttribute('aria-selected')).toBe('true');
      expect(opener(doc)?.textContent).toBe('Off');
      expect(modal!.textContent).toContain(CHATGPT_TEXT.improve);
      for (const id of ['shared-links', 'export-data', 'delete-all-chats']) expect(q(doc, `[data-replica-id="${id}"]`)).not.toBeNull();
    }
    const home = await gptLoad(fastGpt(), '/');
    expect(q(home, '[role="dialog"]')).toBeNull();
    expect(q(home, '[data-testid="accounts-profile-button"]')).not.toBeNull();
  });

  it('the dialog opens late: a switch labelled by the facts’ text, its state in aria-checked, the memory switch beside it', async () => {
    const doc = await gptLoad(fastGpt({ dialogDelayMs: 80 }));
    await openDialog(doc);
    const sw = toggle(doc)!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.getAttribute('type')).toBe('button');
    expect(doc.getElementById(sw.getAttribute('aria-labelledby')!)?.textContent).toBe('Improve the model for everyone');
    const mem = memory(doc)!;
    expect(mem.getAttribute('aria-checked')).toBe('true');
    expect(mem.hasAttribute('data-testid')).toBe(false);
    expect(doc.getElementById(mem.getAttribute('aria-labelledby')!)?.textContent).toBe(CHATGPT_TEXT.memory);
    expect(modelDialog(doc)?.querySelector('h2')?.textContent).toBe('Model improvement');
  });

  it("saveOn 'toggle': a click saves at once; a fresh load shows it off; only that switch changed; every click logged", async () => {
    const server = fastGpt();
    const doc = await gptLoad(server);
    await openDialog(doc);
    toggle(doc)!.click();
    expect(toggle(doc)!.getAttribute('aria-checked')).toBe('false');
    await server.settled();
    expect(server.isOn('improve-model')).toBe(false);
    expect(server.isOn('memory')).toBe(true);
    await vi.waitFor(() => expect(opener(doc)?.textContent).toBe('Off'));
    q(doc, '[data-testid="improve-model-done-button"]')!.click();
    expect(modelDialog(doc)).toBeNull();
    const fresh = await gptLoad(server);
    expect(opener(fresh)?.textContent).toBe('Off');
    await openDialog(fresh);
    expect(toggle(fresh)!.getAttribute('aria-checked')).toBe('false');
    expect(server.log.clicks).toEqual(['improve-model-opener', 'improve-model', 'done', 'improve-model-opener']);
    expect(server.log.saves).toEqual([expect.objectContaining({ id: 'improve-model', on: false, ok: true })]);
  });

  it('a failed save puts the switch back with an error toast, and ChatGPT keeps it on', async () => {
    const server = fastGpt({ saves: () => ({ delayMs: 0, ok: false }) });
    const doc = await gptLoad(server);
    await openDialog(doc);
    toggle(doc)!.click();
    await server.settled();
    await vi.waitFor(() => expect(toggle(doc)!.getAttribute('aria-checked')).toBe('true'));
    expect(q(doc, '[role="alert"]')?.textContent).toBe(CHATGPT_TEXT.error);
    expect(server.isOn('improve-model')).toBe(true);
    expect(opener(await gptLoad(server))?.textContent).toBe('On');
  });

  it("saveOn 'done': nothing is saved until Done; closing without Done saves nothing", async () => {
    const server = fastGpt({ saveOn: 'done' });
    let doc = await gptLoad(server);
    await openDialog(doc);
    toggle(doc)!.click();
    expect(toggle(doc)!.getAttribute('aria-checked')).toBe('false');
    doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(modelDialog(doc)).toBeNull();
    await server.settled();
    expect(server.log.saves).toEqual([]);
    expect(server.isOn('improve-model')).toBe(true);

    doc = await gptLoad(server);
    await openDialog(doc);
    expect(toggle(doc)!.getAttribute('aria-checked')).toBe('true');
    toggle(doc)!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(server.log.saves).toEqual([]);
    q(doc, '[data-testid="improve-model-done-button"]')!.click();
    await vi.waitFor(() => expect(server.log.saves).toHaveLength(1));
    await server.settled();
    expect(server.isOn('improve-model')).toBe(false);
    expect(server.isOn('memory')).toBe(true);
    expect(opener(await gptLoad(server))?.textContent).toBe('Off');
  });

  it("saveOn 'done': a failed save on Done shows the toast, and ChatGPT keeps the switch on", async () => {
    const server = fastGpt({ saveOn: 'done', saves: () => ({ delayMs: 0, ok: false }) });
    const doc = await gptLoad(server);
    await openDialog(doc);
    toggle(doc)!.click();
    q(doc, '[data-testid="improve-model-done-button"]')!.click();
    await vi.waitFor(() => expect(server.log.saves).toHaveLength(1));
    await vi.waitFor(() => expect(q(doc, '[role="alert"]')?.textContent).toBe(CHATGPT_TEXT.error));
    expect(server.isOn('improve-model')).toBe(true);
    expect(opener(doc)?.textContent).toBe('On');
    expect(opener(await gptLoad(server))?.textContent).toBe('On');
  });

  it('the memory switch saves under its own id; missing removes a row or the memory switch', async () => {
    const server = fastGpt();
    const doc = await gptLoad(server);
    await openDialog(doc);
    memory(doc)!.click();
    await server.settled();
    expect([server.isOn('improve-model'), server.isOn('memory')]).toEqual([true, false]);
    expect(server.log.clicks).toEqual(['improve-model-opener', 'memory']);

    const without = await gptLoad(fastGpt({ missing: ['improve-model'] }));
    expect(opener(without)).toBeNull();
    expect(q(without, '[data-replica-id="export-data"]')).not.toBeNull();
    const noMemory = await gptLoad(fastGpt({ missing: ['memory'] }));
    await openDialog(noMemory);
    expect(memory(noMemory)).toBeNull();
    expect(toggle(noMemory)).not.toBeNull();
  });

  it('decoy buttons and the menu path log their clicks; the menu path reaches Data controls', async () => {
    const server = fastGpt();
    const doc = await gptLoad(server, '/');
    q(doc, '[data-testid="accounts-profile-button"]')!.dispatchEvent(new doc.defaultView!.Event('pointerdown', { bubbles: true }));
    q(doc, '[data-testid="settings-menu-item"]')!.click();
    q(doc, '[data-testid="data-controls-tab"]')!.dispatchEvent(new doc.defaultView!.MouseEvent('mousedown', { bubbles: true }));
    expect(opener(doc)).not.toBeNull();
    q(doc, '[data-replica-id="delete-all-chats"]')!.click();
    q(doc, '[data-replica-id="export-data"]')!.click();
    q(doc, '[data-testid="close-button"]')!.click();
    expect(q(doc, '[role="dialog"]')).toBeNull();
    expect(server.log.clicks).toEqual(['settings-menu-item', 'delete-all-chats', 'export-data', 'settings-close']);
  });
});

describe('chatgpt.com: signed out', () => {
  it('signedOut: the logged-out home with its Log in button, and no settings modal even at the route', async () => {
    const server = fastGpt({ signedOut: true });
    const doc = await gptLoad(server);
    expect(q(doc, 'button[data-testid="login-button"]')?.textContent).toBe('Log in');
    expect(q(doc, '[role="dialog"]')).toBeNull();
    expect(opener(doc)).toBeNull();
    server.signIn();
    expect(opener(await gptLoad(server))).not.toBeNull();
  });

  it('signedOutRedirect: / and /settings/data-controls answer a 302 to /auth/login, which serves a sign-in page', async () => {
    const server = fastGpt({ signedOutRedirect: true });
    for (const path of ['/', DATA_CONTROLS_PATH]) {
      expect(await get(server, CHATGPT, path)).toEqual({ status: 302, headers: { location: CHATGPT + CHATGPT_LOGIN_PATH }, body: '' });
    }
    expect(await get(server, CHATGPT, CHATGPT_LOGIN_PATH)).toContain('Welcome back');
    expect(server.log.redirects.map((r) => r.path)).toEqual(['/', DATA_CONTROLS_PATH]);
    const later = fastGpt();
    later.signOut('redirect');
    expect(await get(later, CHATGPT, '/')).toMatchObject({ status: 302 });
  });
});
