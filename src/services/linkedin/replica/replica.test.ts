// The replica LinkedIn (./server.mjs) that the browser tests, the demo
// and the benchmark trust: each page is run in jsdom with its own script, saving through the
// server's handle, so these tests prove what the browser tests take for granted: a click is
// saved for that switch only and shows on the next load, a failed save keeps LinkedIn's
// state, both switches of the two-switch page are kept apart, and every option does what
// its comment says.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADS_CATEGORY_PATH, AI_HOOK, LEFT_ALONE, PRIVACY_CATEGORY_PATH, SWITCHES, UNKNOWN_AI } from './pages.mjs';
import { randomSite, rng } from '../../../../tests/fixtures/decoys.mjs';
import { CHECKPOINT_PATH, LOGIN_PATH, linkedInServer } from './server.mjs';
import { TARGET_PATH } from './replica.mjs';

const LINKEDIN = 'https://www.linkedin.com';
type Server = ReturnType<typeof linkedInServer>;
type Options = Parameters<typeof linkedInServer>[0];

const open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open.splice(0)) dom.window.close();
});

const fast = (options: Options = {}): Server => linkedInServer({ renderDelayMs: 0, saves: () => ({ delayMs: 0 }), ...options });

const get = (server: Server, path: string) => server.handle({ method: 'GET', path, url: LINKEDIN + path, body: null });

/** A full load of `path`: the page's script runs, and its requests go to `server`. */
async function load(server: Server, path: string): Promise<Document> {
  const answer = await get(server, path);
  if (typeof answer !== 'string') throw new Error(`${path} answered ${JSON.stringify(answer)}`);
  const dom = new JSDOM(answer, {
    url: LINKEDIN + path,
    runScripts: 'dangerously',
    beforeParse(window) {
      (window as any).fetch = async (url: string, init: { method?: string; body?: string } = {}) => {
        const a = await server.handle({ method: init.method ?? 'GET', path: new URL(url, LINKEDIN).pathname, body: init.body ?? null });
        const full = typeof a === 'string' ? { status: 200, body: a } : (a ?? { status: 404, body: '' });
        return { ok: full.status < 300, status: full.status, json: async () => JSON.parse(full.body || '{}') };
      };
    },
  });
  open.push(dom);
  await vi.waitFor(() => expect((dom.window as any).__replica?.rendered).toBe(true));
  return dom.window.document;
}

/** The switch a hook names, the way the facts say to find it. */
function switchOf(doc: Document, hook: string): HTMLInputElement | null {
  return doc.querySelector<HTMLInputElement>(`input[role="switch"][aria-labelledby="${hook}"], input[role="switch"]#${hook}`);
}

const state = (input: HTMLInputElement | null) => input && { checked: input.checked, aria: input.getAttribute('aria-checked') };
const ON = { checked: true, aria: 'true' };
const OFF = { checked: false, aria: 'false' };

describe('the table', () => {
  it('has the thirteen switches of the facts on twelve pages, with unique hooks', () => {
    expect(SWITCHES).toHaveLength(13);
    expect(new Set(SWITCHES.map((r) => r.path)).size).toBe(12);
    const hooks = [...SWITCHES, ...LEFT_ALONE, UNKNOWN_AI].map((r) => r.hook);
    expect(new Set(hooks).size).toBe(hooks.length);
    expect(SWITCHES.filter((r) => r.hookKind === 'id').map((r) => r.hook)).toEqual(['nonEssentialCookieConsent']);
    expect(SWITCHES.filter((r) => r.path.endsWith('/linkedin-promotions')).map((r) => r.hook)).toEqual([
      'allowProfileAndActivityDataForMarketingAds',
      'tipsForUsingLinkedinViaEmail',
    ]);
  });
});

describe('every settings page', () => {
  it.each([...SWITCHES, ...LEFT_ALONE].map((r) => [r.path, r.hook, r] as const))('%s renders its switch %s, on, found by its hook', async (path, hook, row) => {
    const doc = await load(fast(), path);
    const input = switchOf(doc, hook);
    expect(state(input)).toEqual(ON);
    expect(input!.getAttribute('data-replica-id')).toBe(hook === AI_HOOK ? 'target' : hook);
    if (row.hookKind === 'id') {
      expect(input!.hasAttribute('aria-labelledby')).toBe(false);
      expect(doc.querySelector(`label[for="${hook}"]`)?.textContent).toBe(row.en.label);
    } else {
      expect(doc.getElementById(hook)?.textContent).toBe(row.en.label);
    }
    expect(doc.title).toBe(`${row.en.title} | LinkedIn`);
  });

  it('in French, shows the French title and labels, and the same hooks', async () => {
    const server = fast({ lang: 'fr' });
    for (const row of SWITCHES) {
      const doc = await load(server, row.path);
      expect(doc.documentElement.lang).toBe('fr');
      expect(doc.querySelector('h1')?.textContent).toBe(row.fr.title);
      const label = row.hookKind === 'id' ? doc.querySelector(`label[for="${row.hook}"]`) : doc.getElementById(row.hook);
      expect(label?.textContent).toBe(row.fr.label);
      expect(state(switchOf(doc, row.hook))).toEqual(ON);
    }
    // Thirteen pages run in jsdom: seconds on a busy machine; not a test of speed.
  }, 20_000);
});

describe('saved state', () => {
  it('a click is saved for that switch only, shows on the next load, and is logged by hook', async () => {
    const server = fast();
    const age = SWITCHES.find((r) => r.hook === 'allowAdsByAge')!;
    const doc = await load(server, age.path);
    switchOf(doc, age.hook)!.click();
    expect(state(switchOf(doc, age.hook))).toEqual(OFF);
    await server.settled();
    expect(server.isOn('allowAdsByAge')).toBe(false);
    expect(state(switchOf(await load(server, age.path), age.hook))).toEqual(OFF);
    for (const row of SWITCHES.filter((r) => r.hook !== age.hook)) {
      expect(server.isOn(row.hook)).toBe(true);
      expect(state(switchOf(await load(server, row.path), row.hook))).toEqual(ON);
    }
    expect(server.log.clicks).toEqual(['allowAdsByAge']);
    expect(server.log.saves).toEqual([expect.objectContaining({ id: 'allowAdsByAge', hook: 'allowAdsByAge', on: false, ok: true })]);
    // Thirteen pages run in jsdom: seconds on a busy machine; not a test of speed.
  }, 20_000);

  it('the AI switch keeps its id "target" in the logs, and answers to its hook too', async () => {
    const server = fast();
    const doc = await load(server, TARGET_PATH);
    switchOf(doc, AI_HOOK)!.click();
    await server.settled();
    expect(server.isOn()).toBe(false);
    expect(server.isOn(AI_HOOK)).toBe(false);
    expect(server.log.clicks).toEqual(['target']);
    expect(server.clickedHooks()).toEqual([AI_HOOK]);
    expect(server.log.saves).toEqual([expect.objectContaining({ id: 'target', hook: AI_HOOK, ok: true })]);
    server.set(AI_HOOK, true);
    expect(state(switchOf(await load(server, TARGET_PATH), AI_HOOK))).toEqual(ON);
  });

  it('a failed save keeps what LinkedIn had: the page puts the switch back, and the next load shows it on', async () => {
    const server = fast({ saves: () => ({ delayMs: 0, ok: false }) });
    const cookies = SWITCHES.find((r) => r.hookKind === 'id')!;
    const doc = await load(server, cookies.path);
    switchOf(doc, cookies.hook)!.click();
    await server.settled();
    expect(server.isOn(cookies.hook)).toBe(true);
    await vi.waitFor(() => expect(state(switchOf(doc, cookies.hook))).toEqual(ON));
    expect(state(switchOf(await load(server, cookies.path), cookies.hook))).toEqual(ON);
    expect(server.log.saves).toEqual([expect.objectContaining({ hook: cookies.hook, on: false, ok: false })]);
  });

  it('a save answered late is saved at answer time, even after the page has gone', async () => {
    const server = fast({ saves: () => ({ delayMs: 50 }) });
    const research = SWITCHES.find((r) => r.hook === 'allowAnonymizedDataResearch')!;
    const doc = await load(server, research.path);
    switchOf(doc, research.hook)!.click();
    expect(server.isOn(research.hook)).toBe(true); // not answered yet
    open.pop()!.window.close();
    await server.settled();
    expect(server.isOn(research.hook)).toBe(false);
  });

  it('the saves function is asked per save, with the hook: one setting can fail among others', async () => {
    const asked: [number, string][] = [];
    const server = fast({
      saves: (n, hook) => {
        asked.push([n, hook]);
        return { delayMs: 0, ok: hook !== 'allowAdsByGender' };
      },
    });
    for (const hook of ['allowAdsByAge', 'allowAdsByGender', 'allowLinkedInAudienceNetwork']) {
      const row = SWITCHES.find((r) => r.hook === hook)!;
      switchOf(await load(server, row.path), hook)!.click();
      await server.settled();
    }
    expect(asked).toEqual([
      [0, 'allowAdsByAge'],
      [1, 'allowAdsByGender'],
      [2, 'allowLinkedInAudienceNetwork'],
    ]);
    expect([server.isOn('allowAdsByAge'), server.isOn('allowAdsByGender'), server.isOn('allowLinkedInAudienceNetwork')]).toEqual([false, true, false]);
  });

  it('the two switches of linkedin-promotions are saved apart', async () => {
    const server = fast();
    const [marketing, tips] = SWITCHES.filter((r) => r.path.endsWith('/linkedin-promotions'));
    const path = marketing!.path;
    switchOf(await load(server, path), tips!.hook)!.click();
    await server.settled();
    let doc = await load(server, path);
    expect([state(switchOf(doc, marketing!.hook)), state(switchOf(doc, tips!.hook))]).toEqual([ON, OFF]);
    switchOf(doc, marketing!.hook)!.click();
    await server.settled();
    doc = await load(server, path);
    expect([state(switchOf(doc, marketing!.hook)), state(switchOf(doc, tips!.hook))]).toEqual([OFF, OFF]);
    expect(server.log.clicks).toEqual([tips!.hook, marketing!.hook]);
    expect(server.log.clicksAt).toEqual([
      { id: tips!.hook, path },
      { id: marketing!.hook, path },
    ]);
    expect(server.log.loadsByPath[path]).toBe(3);
    expect(server.log.loads).toBe(0); // log.loads counts the AI page only, as it always did
  });
});

describe('options', () => {
  it('state: the initial saved state per hook', async () => {
    const server = fast({ state: { allowAdsByGender: false, [AI_HOOK]: false } });
    const gender = SWITCHES.find((r) => r.hook === 'allowAdsByGender')!;
    expect(state(switchOf(await load(server, gender.path), gender.hook))).toEqual(OFF);
    expect(state(switchOf(await load(server, TARGET_PATH), AI_HOOK))).toEqual(OFF);
    expect(server.isOn('allowAdsByAge')).toBe(true);
  });

  it('missing: a known switch LinkedIn no longer shows', async () => {
    const server = fast({ missing: ['tipsForUsingLinkedinViaEmail', AI_HOOK] });
    const doc = await load(server, '/mypreferences/d/settings/linkedin-promotions');
    expect(switchOf(doc, 'tipsForUsingLinkedinViaEmail')).toBeNull();
    expect(switchOf(doc, 'allowProfileAndActivityDataForMarketingAds')).not.toBeNull();
    expect((await load(server, TARGET_PATH)).querySelectorAll('input[role="switch"]')).toHaveLength(0);
  });

  it('unknownAi: the unknown AI switch beside the known one, in the page language, saved like the others', async () => {
    const path = SWITCHES[1]!.path;
    const server = fast({ unknownAi: [path, TARGET_PATH], lang: 'fr' });
    let doc = await load(server, path);
    const unknown = switchOf(doc, UNKNOWN_AI.hook);
    expect(doc.getElementById(UNKNOWN_AI.hook)?.textContent).toBe(UNKNOWN_AI.fr.label);
    expect(state(unknown)).toEqual(ON);
    expect(state(switchOf(doc, SWITCHES[1]!.hook))).toEqual(ON);
    unknown!.click();
    await server.settled();
    doc = await load(server, path);
    expect(state(switchOf(doc, UNKNOWN_AI.hook))).toEqual(OFF);
    expect(server.log.clicks).toEqual([UNKNOWN_AI.hook]);
    expect(switchOf(await load(server, TARGET_PATH), UNKNOWN_AI.hook)).not.toBeNull();
    expect(switchOf(await load(fast(), path), UNKNOWN_AI.hook)).toBeNull();
  });

  it('decoys: other switches around the page’s own, with their saved state and their id in the click log', async () => {
    const path = '/mypreferences/d/interest-categories';
    const server = fast({
      decoys: {
        [path]: {
          before: [{ id: 'decoy-1', label: 'Use my data for training AI models', on: true, labelling: 'aria-label' }],
          after: [{ id: 'decoy-2', label: 'Interests', on: false }],
        },
      },
    });
    let doc = await load(server, path);
    const all = [...doc.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) => [i.dataset.replicaId, i.checked]);
    expect(all).toEqual([
      ['decoy-1', true],
      ['adsPrivacyAllowInterestsAndBehaviors', true],
      ['decoy-2', false],
    ]);
    doc.querySelector<HTMLInputElement>('[data-replica-id="decoy-1"]')!.click();
    await server.settled();
    doc = await load(server, path);
    expect(doc.querySelector<HTMLInputElement>('[data-replica-id="decoy-1"]')!.checked).toBe(false);
    expect(server.isOn('decoy-1')).toBe(false);
    expect(server.log.clicks).toEqual(['decoy-1']);
  });

  it('the AI page keeps its own options, and the site-wide decoys join them', async () => {
    const server = fast({
      page: { on: false, before: [{ id: 'a', label: 'Other', on: true }] },
      decoys: { [TARGET_PATH]: { after: [{ id: 'b', label: 'More', on: false }] } },
    });
    const doc = await load(server, TARGET_PATH);
    expect([...doc.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) => [i.dataset.replicaId, i.checked])).toEqual([
      ['a', true],
      ['target', false],
      ['b', false],
    ]);
    expect(server.log.loads).toBe(1);
  });

  it('signOutAfter: N preference pages are served, then every one redirects to the sign-in page', async () => {
    const server = fast({ signOutAfter: 2 });
    const [a, b, c] = SWITCHES.map((r) => r.path);
    expect(typeof (await get(server, a!))).toBe('string');
    expect(typeof (await get(server, b!))).toBe('string');
    const moved = (await get(server, c!)) as { status: number; headers: Record<string, string> };
    expect(moved.status).toBe(302);
    expect(moved.headers.location).toBe(`${LINKEDIN}${LOGIN_PATH}?session_redirect=${encodeURIComponent(LINKEDIN + c)}`);
    expect((await get(server, a!)) as object).toMatchObject({ status: 302 });
    expect(await get(server, LOGIN_PATH)).toContain('Sign in');
    expect(server.log.redirects.map((r) => r.path)).toEqual([c, a]);
    server.signIn();
    expect(typeof (await get(server, c!))).toBe('string');
  });

  it('checkpointAfter and signOut(kind): LinkedIn’s “confirm it’s you” page', async () => {
    const server = fast({ checkpointAfter: 0 });
    const moved = (await get(server, TARGET_PATH)) as { status: number; headers: Record<string, string> };
    expect(moved.status).toBe(302);
    const to = new URL(moved.headers.location!);
    expect(to.pathname).toBe(CHECKPOINT_PATH);
    expect(await get(server, to.pathname)).toContain('security check');
    expect(server.log.loads).toBe(0);
    server.signIn();
    server.signOut('login');
    expect(new URL(((await get(server, TARGET_PATH)) as { headers: Record<string, string> }).headers.location!).pathname).toBe(LOGIN_PATH);
  });

  it('pages: a path served as given wins over the replica', async () => {
    const server = fast({ pages: { [SWITCHES[3]!.path]: { status: 500, body: 'down' } } });
    expect(await get(server, SWITCHES[3]!.path)).toEqual({ status: 500, body: 'down' });
  });
});

describe('category pages', () => {
  const entries = (doc: Document) =>
    [...doc.querySelectorAll('li')].map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('.setting-state')!.textContent]);

  it('Data privacy lists its settings pages with their saved state, the left-alone ones included', async () => {
    const server = fast({ state: { allowAnonymizedDataResearch: false } });
    const doc = await load(server, PRIVACY_CATEGORY_PATH);
    expect(doc.querySelector('h1')?.textContent).toBe('Data privacy');
    const listed = entries(doc);
    expect(listed).toContainEqual([TARGET_PATH, 'On']);
    expect(listed).toContainEqual(['/mypreferences/d/settings/policy-and-academic-research', 'Off']);
    for (const row of LEFT_ALONE) expect(listed).toContainEqual([row.path, 'On']);
    expect(listed.map(([p]) => p)).not.toContain(UNKNOWN_AI.path);
    expect(new Set(listed.map(([p]) => p)).size).toBe(listed.length);
  });

  it('Advertising data lists the ads pages; the two-switch page is On while either switch is', async () => {
    const server = fast({ state: { tipsForUsingLinkedinViaEmail: false }, lang: 'fr' });
    let listed = entries(await load(server, ADS_CATEGORY_PATH));
    expect(listed).toContainEqual(['/mypreferences/d/settings/linkedin-promotions', 'Oui']);
    expect(listed).toContainEqual(['/mypreferences/d/interest-categories', 'Oui']);
    server.set('allowProfileAndActivityDataForMarketingAds', false);
    listed = entries(await load(server, ADS_CATEGORY_PATH));
    expect(listed).toContainEqual(['/mypreferences/d/settings/linkedin-promotions', 'Non']);
    const all = [...entries(await load(server, PRIVACY_CATEGORY_PATH)), ...listed].map(([p]) => p);
    expect(new Set(all)).toEqual(new Set([...SWITCHES, ...LEFT_ALONE].map((r) => r.path)));
  });

  it('newEntry: a setting the extension does not know, listed and served with its switch', async () => {
    const server = fast({ newEntry: true });
    expect(entries(await load(server, PRIVACY_CATEGORY_PATH))).toContainEqual([UNKNOWN_AI.path, 'On']);
    expect(state(switchOf(await load(server, UNKNOWN_AI.path), UNKNOWN_AI.hook))).toEqual(ON);
    expect(await get(fast(), UNKNOWN_AI.path)).toBeUndefined();
  });

  it('category: true still serves the old page whose link reaches the AI setting in-app', async () => {
    const html = (await get(fast({ category: true }), PRIVACY_CATEGORY_PATH)) as string;
    expect(html).toContain('"page":"category"');
  });
});

describe('random sites for the sweep (decoys.mjs randomSite)', () => {
  it('mustClick is exactly the known switches shown on; everything else on a page is a decoy or the unknown AI switch', { timeout: 120_000 }, async () => {
    const random = rng(7);
    for (let n = 0; n < 3; n++) {
      const { options, mustClick } = randomSite(random);
      const server = fast({ ...options, renderDelayMs: 0 });
      const shownOn: string[] = [];
      for (const path of new Set(SWITCHES.map((r) => r.path))) {
        const doc = await load(server, path);
        const rows = SWITCHES.filter((r) => r.path === path);
        for (const row of rows) if (switchOf(doc, row.hook)?.checked) shownOn.push(row.hook);
        const decoys = [...(options.decoys[path]?.before ?? []), ...(options.decoys[path]?.after ?? [])].map((d) => d.id);
        const allowed = new Set([...rows.map((r) => (r.hook === AI_HOOK ? 'target' : r.hook)), ...decoys, UNKNOWN_AI.hook]);
        const ids = [...doc.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) => i.dataset.replicaId!);
        expect(ids.filter((id) => !allowed.has(id))).toEqual([]);
        expect(ids.filter((id) => decoys.includes(id)).sort()).toEqual([...decoys].sort());
        expect(ids.includes(UNKNOWN_AI.hook)).toBe(options.unknownAi.includes(path));
      }
      expect(shownOn.sort()).toEqual([...mustClick].sort());
      expect(server.log.clicks).toEqual([]);
    }
  });
});
