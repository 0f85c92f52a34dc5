// A replica's pages run in jsdom with their own scripts, their requests answered by the
// replica's server: for the unit tests of the replicas that the browser tests trust
// (src/services/<id>/replica.test.ts).
import { JSDOM } from 'jsdom';
import { afterEach, expect, vi } from 'vitest';

type Answer = string | { status: number; headers?: Record<string, string>; body?: string } | undefined;
interface Server {
  handle(req: { method: string; path: string; url?: string; body: string | null }): Answer | Promise<Answer>;
}

/**
 * The loaders of a test file, called once at its top: `load` (a full load of a page),
 * `get` (one request's answer), and `open` (the windows loaded, each closed after its test).
 */
export function replicaPages() {
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

  return { open, get, load };
}
