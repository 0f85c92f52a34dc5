// The replica of chatgpt.com (./replica.mjs) that the browser tests trust: each page runs in
// jsdom with its own script, saving through the server's handle, so these tests prove what
// the browser tests take for granted: a change is saved only when ChatGPT answers with
// success and shows on the next load, a failure puts the switch back with a toast, the
// dialog opens late and (with saveOn 'done') saves only on Done, signed-out answers, and
// every click is logged.
import { describe, expect, it, vi } from 'vitest';
import { CHATGPT, CHATGPT_LOGIN_PATH, CHATGPT_TEXT, DATA_CONTROLS_HASH, DATA_CONTROLS_PATH, chatGptServer } from './replica.mjs';
import { replicaPages } from '../../../tests/unit/replica-pages';

type Server = ReturnType<typeof chatGptServer>;
const { get, load } = replicaPages();

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

  it('openerNamed: the whole row is the opener, its two texts the label and the saved state, which follows a save', async () => {
    const server = fastGpt({ openerNamed: true });
    const doc = await gptLoad(server);
    const row = opener(doc)!;
    expect(row.tagName).toBe('BUTTON');
    expect([...row.children].map((c) => c.textContent)).toEqual([CHATGPT_TEXT.improve, CHATGPT_TEXT.on]);
    await openDialog(doc);
    toggle(doc)!.click();
    await vi.waitFor(() => expect(server.isOn('improve-model')).toBe(false));
    await vi.waitFor(() => expect([...row.children].map((c) => c.textContent)).toEqual([CHATGPT_TEXT.improve, CHATGPT_TEXT.off]));
    expect(server.log.clicks).toEqual(['improve-model-opener', 'improve-model']);
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
