// @vitest-environment node
// Asking for a host, as the options page and the popup do: the intent is written before the
// browser's prompt opens (Chromium closes the popup then), taken once by the worker from
// permissions.onAdded, and dropped when the user declines. A grant is matched to its service.
import { beforeEach, describe, expect, it, vi } from 'vitest';

let granted = true;
let session: Record<string, unknown> = {};
const requested: unknown[] = [];
const removed: unknown[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        set: async (v: Record<string, unknown>) => void Object.assign(session, v),
        get: async (k: string) => (k in session ? { [k]: session[k] } : {}),
        remove: async (k: string) => void delete session[k],
      },
    },
    permissions: {
      request: async (p: unknown) => {
        requested.push(p);
        return granted;
      },
      remove: async (p: unknown) => {
        removed.push(p);
        return true;
      },
      contains: async () => granted,
    },
  },
}));
const { requestServiceAccess, removeServiceAccess, servicesIn, takeAccessIntent, requestLinkedInAccess } = await import('../../src/platform/access');
const { serviceById, OPTIONAL_SERVICES } = await import('../../src/services');

const x = OPTIONAL_SERVICES.find((s) => s.id === 'x')!;

beforeEach(() => {
  granted = true;
  session = {};
  requested.length = 0;
  removed.length = 0;
});

describe('asking for a service', () => {
  it("asks for that service's host only, and leaves the worker the intent to check it", async () => {
    expect(await requestServiceAccess(x)).toBe(true);
    expect(requested).toEqual([{ origins: ['https://x.com/*'] }]);
    expect(await takeAccessIntent(Date.now())).toBe('x');
    // Taken once: a second grant (made elsewhere) starts nothing.
    expect(await takeAccessIntent(Date.now())).toBeNull();
  });

  it('a grant about something else leaves the intent for its own grant', async () => {
    await requestServiceAccess(x);
    expect(await takeAccessIntent(Date.now(), (next) => next === 'audit')).toBeNull();
    expect(await takeAccessIntent(Date.now(), (next) => next === 'x')).toBe('x');
  });

  it('declined: false, and no intent is left behind', async () => {
    granted = false;
    expect(await requestServiceAccess(x)).toBe(false);
    expect(await takeAccessIntent(Date.now())).toBeNull();
  });

  it('an old intent (over 10 minutes) starts nothing', async () => {
    await requestServiceAccess(x);
    expect(await takeAccessIntent(Date.now() + 11 * 60_000)).toBeNull();
  });

  it('LinkedIn keeps its own intent, the audit', async () => {
    await requestLinkedInAccess();
    expect(requested).toEqual([{ origins: ['https://www.linkedin.com/*'] }]);
    expect(await takeAccessIntent(Date.now())).toBe('audit');
  });

  it('removing a service gives back its host only', async () => {
    await removeServiceAccess(serviceById('chatgpt') as (typeof OPTIONAL_SERVICES)[number]);
    expect(removed).toEqual([{ origins: ['https://chatgpt.com/*'] }]);
  });

  it('a permissions change is matched to the services it concerns, by exact host', () => {
    expect(servicesIn({ origins: ['https://x.com/*'] }).map((s) => s.id)).toEqual(['x']);
    expect(servicesIn({ origins: ['https://www.linkedin.com/*', 'https://chatgpt.com/*'] }).map((s) => s.id)).toEqual(['chatgpt']);
    expect(servicesIn({ origins: ['https://x.com.evil.example/*'] })).toEqual([]);
    expect(servicesIn({ permissions: ['notifications'] })).toEqual([]);
  });
});
