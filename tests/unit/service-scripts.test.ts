// @vitest-environment node
// The other services' content script is registered for the hosts granted and only those:
// syncs run one after another (two at once would register the same id twice, and the
// browser refuses the second), a removed host's script is unregistered, and a registration
// whose file or pages changed with an update is made again.
import { describe, expect, it, vi } from 'vitest';

let granted: string[] = [];
let registered: { id: string; js: string[]; matches: string[] }[] = [];
const calls: string[] = [];
const later = () => new Promise((r) => setTimeout(r, 5));
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => {
        await later();
        return registered.map((r) => ({ ...r }));
      },
      registerContentScripts: async (scripts: { id: string; js: string[]; matches: string[] }[]) => {
        await later();
        for (const s of scripts) if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.push(...scripts.map(({ id, js, matches }) => ({ id, js, matches })));
        calls.push(`register ${scripts.map((s) => s.id).join(',')}`);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        await later();
        registered = registered.filter((r) => !ids.includes(r.id));
        calls.push(`unregister ${ids.join(',')}`);
      },
    },
  },
}));
const { syncServiceScripts, hostGranted } = await import('../../src/background/scripts');

describe('syncServiceScripts', () => {
  it('two syncs at once (the worker woken by a grant) register once, without an error', async () => {
    granted = ['https://x.com/*'];
    await Promise.all([syncServiceScripts(), syncServiceScripts()]);
    expect(registered.map((r) => r.id)).toEqual(['service-x']);
    expect(registered[0]).toMatchObject({ js: ['src/content/sites.js'], matches: ['https://x.com/settings/*'] });
    expect(calls).toEqual(['register service-x']);
  });

  it('a host given back: its script is unregistered; another granted: registered', async () => {
    granted = ['https://chatgpt.com/*'];
    await syncServiceScripts();
    expect(registered.map((r) => r.id)).toEqual(['service-chatgpt']);
    expect(await hostGranted('https://x.com')).toBe(false);
    expect(await hostGranted('https://chatgpt.com')).toBe(true);
    expect(await hostGranted('https://evil.example')).toBe(false);
  });

  it('a registration whose pages changed (an update) is made again', async () => {
    registered = [{ id: 'service-chatgpt', js: ['src/content/old-name.js'], matches: ['https://chatgpt.com/*'] }];
    calls.length = 0;
    await syncServiceScripts();
    expect(calls).toEqual(['unregister service-chatgpt', 'register service-chatgpt']);
    expect(registered[0]!.js).toEqual(['src/content/sites.js']);
  });
});
