// A small in-memory stand-in for the parts of webextension-polyfill the worker's storage
// code uses, with storage calls that take a little time, as real ones do: two events
// handled at once really do interleave here.
import { hostPatterns, SERVICES } from '../../src/services';

export function fakeBrowser(initial: Record<string, unknown> = {}) {
  let data: Record<string, unknown> = structuredClone(initial);
  // A few turns of the microtask queue (not timers, so tests with fake timers still run).
  const later = async <T>(value: () => T): Promise<T> => {
    for (let i = 0, n = 1 + Math.floor(Math.random() * 4); i < n; i++) await Promise.resolve();
    return value();
  };
  const reloads: number[] = [];
  /** Tabs sent to another URL by the worker, in order. */
  const visits: { tabId: number; url: string }[] = [];
  /** Tabs opened by the worker, in order. */
  const created: { url?: string; active?: boolean }[] = [];
  /** Tabs that refuse to be sent on (a failed load), and tabs that are gone. */
  const refusing = new Set<number>();
  const closed = new Set<number>();
  /** Tabs closed by the worker, in order. */
  const removed: number[] = [];
  /** Messages the worker sent to tabs' content scripts, in order. */
  const messages: { tabId: number; message: unknown }[] = [];
  const open = new Set<number>();
  /** Where each tab is, as tabs.get tells it (unknown: no URL). */
  const urls = new Map<number, string>();
  const granted = new Set(SERVICES.flatMap(hostPatterns));
  return {
    data: () => data,
    reloads,
    visits,
    created,
    refusing,
    closed,
    removed,
    messages,
    urls,
    storage: {
      local: {
        get: (keys: null | string[]) =>
          later(() => structuredClone(keys === null ? data : Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])))),
        set: (values: Record<string, unknown>) =>
          later(() => {
            data = { ...data, ...structuredClone(values) };
          }),
        remove: (keys: string[]) =>
          later(() => {
            data = Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));
          }),
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
    /** Hosts held (LinkedIn's, and the optional services added); every known host by default. */
    granted,
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    },
    /** Texts: the key in brackets, so a test sees which text was used. */
    i18n: { getMessage: (key: string) => `[${key}]`, getUILanguage: () => 'en' },
    tabs: {
      reload: async (tabId: number) => {
        reloads.push(tabId);
      },
      query: async () => [],
      sendMessage: async (tabId: number, message: unknown) => {
        messages.push({ tabId, message });
      },
      create: async (props: { url?: string; active?: boolean } = {}) => {
        created.push({ url: props.url, active: props.active });
        // The lowest id from 7 not open: tab 7 for a check in one tab, then 8, 9 for the tabs of a check spread over several.
        let id = 7;
        while (open.has(id)) id++;
        open.add(id);
        return { id };
      },
      remove: async (tabId: number) => {
        if (closed.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        removed.push(tabId);
        open.delete(tabId);
      },
      update: async (tabId: number, props: { url?: string }) => {
        if (closed.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        if (refusing.has(tabId)) throw new Error('Frame with ID 0 is showing error page');
        if (props.url) visits.push({ tabId, url: props.url });
        return {};
      },
      get: async (tabId: number) => {
        if (closed.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tabId, url: urls.get(tabId), status: 'complete' };
      },
    },
  };
}
