// A replica of LinkedIn's side of the settings pages, for the browser tests, the demo and
// the benchmark: it keeps what is saved, renders each load of a settings page from it,
// and answers the page's save requests late or with failures, as a slow or failing
// LinkedIn would. The saved state changes only when a save is answered with success,
// even if the page has gone by then. It also keeps the click log of every load.
//
// Pages served (every path of ./pages.mjs):
// - the generative-AI page (replica.mjs settingsPage, with every `page` option);
// - the twelve other data and ads switches on their eleven pages (the table SWITCHES),
//   and the three settings nobody automates (LEFT_ALONE), each switch on by default;
// - the category pages "Data privacy" and "Advertising data" (links with On/Off state);
// - /login, /uas/login (sign-in page) and /checkpoint/... ("confirm it's you" page);
// - anything in `pages`, which overrides all of the above.
//
// Switch ids: the AI switch is 'target' (as the older tests know it); every other switch's
// id is its hook. `isOn`, `set` and the `saves` function take either; the logs use ids.
//
// Server API for the tests:
//   handle(req)          answers one request {method, path, body} (what routing calls)
//   isOn(hookOrId)       what LinkedIn has saved now (default: the AI switch)
//   set(hookOrId, on)    change what is saved, as the user would from another device
//   signOut(kind)        from now on every /mypreferences/ page redirects: 'login' (302 to
//                        /login?session_redirect=…) or 'checkpoint' (302 to /checkpoint/challenge/…)
//   signIn()             undo it (also undoes signOutAfter/checkpointAfter once passed)
//   settled()            resolves once every save request received so far has been answered
//   clickedHooks()       log.clicks with 'target' written as the AI hook
//   log.clicks           ids clicked, in order, over all loads of all pages
//                        (a link or button click on a page logs as 'a', 'button'…)
//   log.clicksAt         the same, as { id, path }: the page each click was made on
//   log.saves            every save answered: { id, hook, on, ok, answeredAt }
//   log.loads            loads of the generative-AI page (as before)
//   log.loadsByPath      { [path]: number of pages served at that path } (redirects not counted)
//   log.paths            every page path served, in order (redirected requests are in log.redirects)
//   log.redirects        [{ path, to }] every sign-in or checkpoint redirect answered
//
// A redirect is a real 302, as LinkedIn answers. Playwright does not route a request that a
// routed answer redirected, so in Chromium the tab ends on an error page AT the sign-in or
// checkpoint URL (what the extension looks at); the sign-in and checkpoint pages themselves
// show only when loaded directly.
import { CATEGORY_PATH, categoryPage, checkpointPage, listPage, REPLICA_TEXT, settingsPage, signInPage, switchesPage, TARGET_PATH } from './replica.mjs';
import { AI_HOOK, CATEGORIES, LEFT_ALONE, pagesByPath, SWITCHES, UNKNOWN_AI } from './pages.mjs';

const API = '/replica-api';
const LINKEDIN = 'https://www.linkedin.com';
export const LOGIN_PATH = '/login';
export const CHECKPOINT_PATH = '/checkpoint/challenge/AgFReplicaChallenge';

/**
 * How LinkedIn answers one save: after `delayMs`; `ok: false` is a failure, after which
 * the page puts the switch back (unless `putBack: false`) and shows an error toast if `toast`.
 * @typedef {{ delayMs?: number, ok?: boolean, toast?: boolean, putBack?: boolean }} SaveAnswer
 */

/** @typedef {import('./replica.mjs').Switch} Switch */

/**
 * @typedef {object} ServerOptions
 * @property {import('./replica.mjs').SettingsOptions} [page]  the generative-AI page as first served
 *   (its `on` and the decoys' `on` are the initial saved state; its `lang`/`renderDelayMs` win over the site-wide ones)
 * @property {SaveAnswer[] | ((n: number, hook: string) => SaveAnswer)} [saves]  the answer to the
 *   nth save (0-based, over all switches; `hook` is the switch's hook, a decoy's id); default success after 800 ms
 * @property {Record<string, string | { status: number, headers?: Record<string, string>, body?: string } | (() => any)>} [pages]
 *   paths to serve as given, over anything else
 * @property {boolean} [category]  serve the old "Data privacy" page at CATEGORY_PATH, whose one link reaches the AI
 *   setting in-app (history.pushState), instead of the category page listing every setting
 * @property {keyof typeof REPLICA_TEXT} [lang]  the whole site's language (default 'en'; the other pages have English
 *   and French texts, and fall back to English in the other languages)
 * @property {Record<string, boolean>} [state]  initial saved state by hook (default: every switch on, as LinkedIn ships them;
 *   the AI switch: `page.on` if given, else `state[AI_HOOK]`)
 * @property {Record<string, { before?: Switch[], after?: Switch[] }>} [decoys]  other switches per page path
 *   (each decoy's `on` is its initial saved state; its id is what a click on it logs)
 * @property {string[]} [unknownAi]  paths of the pages that also carry the unknown AI switch (UNKNOWN_AI), after their own
 * @property {boolean} [newEntry]  the Data privacy category lists UNKNOWN_AI's page as a new entry, and its page is served
 * @property {string[]} [missing]  hooks of known switches LinkedIn no longer shows (their pages render without them)
 * @property {number} [renderDelayMs]  client-side render delay of every settings page (default 300)
 * @property {number} [signOutAfter]  serve this many /mypreferences/ pages, then redirect every later one to /login
 * @property {number} [checkpointAfter]  the same, to LinkedIn's "confirm it's you" checkpoint
 */

/** @param {ServerOptions} [options] */
export function linkedInServer(options = {}) {
  const page = options.page ?? {};
  const lang = options.lang ?? 'en';
  const missing = new Set(options.missing ?? []);
  const unknownAiOn = new Set(options.unknownAi ?? []);
  const idOf = (hookOrId) => (hookOrId === AI_HOOK ? 'target' : hookOrId);
  const hookOf = (id) => (id === 'target' ? AI_HOOK : id);

  /** @type {Record<string, boolean>} what LinkedIn has saved, by replica switch id */
  const saved = { target: page.on ?? options.state?.[AI_HOOK] ?? true };
  for (const row of [...SWITCHES, ...LEFT_ALONE, UNKNOWN_AI]) if (row.hook !== AI_HOOK) saved[row.hook] = options.state?.[row.hook] ?? true;
  for (const s of [...(page.before ?? []), ...(page.after ?? [])]) saved[s.id] = s.on;
  for (const d of Object.values(options.decoys ?? {})) for (const s of [...(d.before ?? []), ...(d.after ?? [])]) saved[s.id] = s.on;

  const log = {
    /** Every click on any load, in order. */
    clicks: /** @type {string[]} */ ([]),
    /** The same clicks, each with the path of the page it was made on. */
    clicksAt: /** @type {{ id: string, path: string }[]} */ ([]),
    /** Every save request, and how it was answered. */
    saves: /** @type {{ id: string, hook: string, on: boolean, ok: boolean, answeredAt: number }[]} */ ([]),
    /** Loads of the generative-AI settings page. */
    loads: 0,
    loadsByPath: /** @type {Record<string, number>} */ ({}),
    paths: /** @type {string[]} */ ([]),
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  let n = 0;
  let pending = 0;
  /** @type {(() => void)[]} */
  const waiting = [];
  let preferenceLoads = 0;
  /** @type {null | 'login' | 'checkpoint'} */
  let gate = null;
  let gateForced = false;
  const answerFor = (i, hook) => (typeof options.saves === 'function' ? options.saves(i, hook) : options.saves?.[i]) ?? {};
  const withState = (s) => ({ ...s, on: saved[s.id] ?? s.on });
  const pageLang = (l) => (l in REPLICA_TEXT ? l : 'en');
  /** A row's texts in the site's language (the table has English and French). */
  const textOf = (row) => row[lang] ?? row.en;
  const rows = pagesByPath([...SWITCHES, ...LEFT_ALONE, ...(options.newEntry ? [UNKNOWN_AI] : [])]);
  const unknownSwitch = () => ({ id: UNKNOWN_AI.hook, hook: UNKNOWN_AI.hook, label: textOf(UNKNOWN_AI).label, on: saved[UNKNOWN_AI.hook] });
  const decoysOf = (path) => ({ before: (options.decoys?.[path]?.before ?? []).map(withState), after: (options.decoys?.[path]?.after ?? []).map(withState) });

  function served(path, body) {
    log.paths.push(path);
    log.loadsByPath[path] = (log.loadsByPath[path] ?? 0) + 1;
    return body;
  }

  /** The generative-AI page: the old options, with the site-wide ones mapped onto them. */
  function aiPage() {
    log.loads++;
    const extra = decoysOf(TARGET_PATH);
    const after = [...(page.after ?? []).map(withState), ...extra.after, ...(unknownAiOn.has(TARGET_PATH) ? [unknownSwitch()] : [])];
    return settingsPage({
      lang,
      renderDelayMs: options.renderDelayMs,
      ...page,
      ...(missing.has(AI_HOOK) ? { noTarget: true } : {}),
      on: saved.target,
      before: [...extra.before, ...(page.before ?? []).map(withState)],
      after,
    });
  }

  /** One of the other settings pages, from the table. */
  function otherPage(path, pageRows) {
    const switches = pageRows
      .filter((row) => !missing.has(row.hook))
      .map((row) => ({ id: row.hook, hook: row.hook, label: textOf(row).label, on: saved[row.hook], labelling: row.hookKind === 'id' ? 'id' : 'labelledby' }));
    if (unknownAiOn.has(path) && path !== UNKNOWN_AI.path) switches.push(unknownSwitch());
    const first = /** @type {import('./pages.mjs').SwitchRow} */ (pageRows[0]);
    return switchesPage({
      lang: pageLang(lang),
      title: textOf(first).title,
      description: lang === 'en' ? first.description : undefined,
      switches,
      ...decoysOf(path),
      renderDelayMs: options.renderDelayMs,
    });
  }

  function category(kind) {
    const entries = [];
    for (const [path, pageRows] of rows) {
      if (pageRows[0]?.category !== kind) continue;
      const on = pageRows.some((row) => (row.hook === AI_HOOK ? saved.target : saved[row.hook]));
      entries.push({ path, title: textOf(pageRows[0]).title, on });
    }
    return listPage({ lang: pageLang(lang), title: CATEGORIES[kind][lang] ?? CATEGORIES[kind].en, entries });
  }

  /** A redirect for a /mypreferences/ page once signed out, else null. */
  function redirect(req) {
    if (!req.path.startsWith('/mypreferences/')) return null;
    if (!gateForced) {
      preferenceLoads++;
      if (options.signOutAfter !== undefined && preferenceLoads > options.signOutAfter) gate = 'login';
      if (options.checkpointAfter !== undefined && preferenceLoads > options.checkpointAfter) gate = 'checkpoint';
    }
    if (!gate) return null;
    const back = encodeURIComponent(req.url ?? LINKEDIN + req.path);
    const to = gate === 'login' ? `${LINKEDIN}${LOGIN_PATH}?session_redirect=${back}` : `${LINKEDIN}${CHECKPOINT_PATH}?originalSubmissionUrl=${back}`;
    log.redirects.push({ path: req.path, to });
    return { status: 302, headers: { location: to }, body: '' };
  }

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    if (req.path === `${API}/log`) {
      const { click, path } = JSON.parse(req.body ?? '{}');
      if (click) {
        log.clicks.push(click);
        log.clicksAt.push({ id: click, path });
      }
      return { status: 204, body: '' };
    }
    if (req.path === `${API}/settings` && req.method === 'POST') {
      const { id, on } = JSON.parse(req.body ?? '{}');
      const answer = { delayMs: 800, ok: true, ...answerFor(n++, hookOf(id)) };
      pending++;
      await new Promise((r) => setTimeout(r, answer.delayMs));
      if (answer.ok) saved[id] = on; // saved at answer time, whether or not the page is still there
      log.saves.push({ id, hook: hookOf(id), on, ok: answer.ok, answeredAt: Date.now() });
      if (--pending === 0) for (const resolve of waiting.splice(0)) resolve();
      return answer.ok
        ? { status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true }) }
        : { status: 500, contentType: 'application/json', body: JSON.stringify({ putBack: answer.putBack !== false, toast: Boolean(answer.toast) }) };
    }
    const spec = options.pages?.[req.path];
    if (spec !== undefined) return typeof spec === 'function' ? spec() : spec;
    if (req.path === CATEGORY_PATH && options.category) return categoryPage({ ...page, on: saved.target });
    const moved = redirect(req);
    if (moved) return moved;
    if (req.path === TARGET_PATH) return served(req.path, aiPage());
    const pageRows = rows.get(req.path);
    if (pageRows) return served(req.path, otherPage(req.path, pageRows));
    if (req.path === CATEGORIES.privacy.path) return served(req.path, category('privacy'));
    if (req.path === CATEGORIES.ads.path) return served(req.path, category('ads'));
    if (req.path === LOGIN_PATH || req.path === '/uas/login') return served(req.path, signInPage());
    if (req.path.startsWith('/checkpoint/')) return served(req.path, checkpointPage());
    return undefined;
  }

  return {
    handle,
    log,
    /** What LinkedIn has saved now for a switch, by hook or id (default: the AI switch). */
    isOn: (hookOrId = 'target') => saved[idOf(hookOrId)],
    /** Change what LinkedIn has saved, as the user would from another device. */
    set: (hookOrId, on) => {
      saved[idOf(hookOrId)] = on;
    },
    /** From now on every /mypreferences/ page redirects to the sign-in page or the checkpoint. */
    signOut: (/** @type {'login' | 'checkpoint'} */ kind = 'login') => {
      gate = kind;
      gateForced = true;
    },
    /** Signed in again: pages are served again (signOutAfter/checkpointAfter do not start over). */
    signIn: () => {
      gate = null;
      gateForced = true;
    },
    /** Resolves once every save received so far has been answered. */
    settled: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(() => resolve(undefined)))),
    /** The click log with the AI switch under its hook. */
    clickedHooks: () => log.clicks.map(hookOf),
  };
}
