// A replica of grok.com, for the browser tests: the app's home, and its settings overlay
// opened at the Data tab by the query route `/?_s=data`. It keeps what grok.com has saved,
// renders each load from it (an SPA shell that renders after a delay) and answers saves late
// or with failures (the shared desk of tests/fixtures/replica-saves.mjs). Modelled only on
// ./facts.md (grok.com cannot be reached from the build machines), and independent of the
// service's data (./service.ts): a typo there cannot pass its own test.
//
// From the facts: the address `https://grok.com/?_s=data` (the settings overlay of the app);
// the switch "Improve the Model" in its Data tab; the three personalisation switches beside
// it ("Personalize Grok with your conversation history", "… using 𝕏", "… with your device
// location"), which must never be touched; the default (on outside the EEA/UK, off inside:
// `region: 'eea'`); the switch hidden for enterprise accounts (`enterprise: true`: the row is
// left out, the personalisation switches stay, as we infer).
// INVENTED (plausible, unverified): all the markup (a dialog named "Settings", its tabs, each
// switch a button role="switch" named by its visible label's id), the texts other than the
// labels above (the note under the switch, the tab names, "Delete all conversations"), every
// French text (`lang: 'fr'`), the error toast, the shell's "Settings" button (which routes to
// `?_s=data` in-app), and the signed-out home (`signedOut`): its "Sign in" link to
// accounts.x.ai and no settings overlay (LOW: inferred from where xAI's accounts live).
//
// Saving: a replica path, not grok.com's API: POST {id, on} to /rest/replica/settings,
// answered after a delay (default 500 ms); on failure the switch is put back and an error
// toast (role="alert") shows. The saved state changes only on success; a fresh load shows it.
//
// Ids (data-replica-id, isOn/set, saves, logs): 'improve-model' (the target), and the decoys
// 'personalize-history', 'personalize-x', 'personalize-location'. Other clickable things log
// their data-replica-id ('settings-button', 'settings-close', 'general-tab', 'data-tab',
// 'delete-all', 'sign-in'), else their tag.
//
// Server API: as X's replica, ../x/replica.mjs (origin, handle, isOn, set, signOut, signIn,
// settled, log.{clicks, saves, loads, paths}). In a browser test:
// `const grok = await serveReplica(ext, grokServer(options))` serves it at https://grok.com.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

export const GROK = 'https://grok.com';
/** The settings overlay at its Data tab. */
export const GROK_DATA = `${GROK}/?_s=data`;
const API = '/rest/replica';

export const TARGET = 'improve-model';
export const DECOYS = ['personalize-history', 'personalize-x', 'personalize-location'];

export const GROK_TEXT = {
  en: {
    // Facts.
    'improve-model': 'Improve the Model',
    'personalize-history': 'Personalize Grok with your conversation history',
    'personalize-x': 'Personalize Grok using 𝕏',
    'personalize-location': 'Personalize Grok with your device location',
    // Invented.
    note: 'Allow your conversations to be used to train our models.',
    settings: 'Settings',
    general: 'General',
    data: 'Data',
    deleteAll: 'Delete all conversations',
    close: 'Close',
    signIn: 'Sign in',
    ask: 'What do you want to know?',
    error: 'Something went wrong. Please try again.',
  },
  // Invented, every word.
  fr: {
    'improve-model': 'Améliorer le modèle',
    'personalize-history': 'Personnaliser Grok avec votre historique de conversations',
    'personalize-x': 'Personnaliser Grok avec 𝕏',
    'personalize-location': 'Personnaliser Grok avec la position de votre appareil',
    note: 'Autoriser l’utilisation de vos conversations pour entraîner nos modèles.',
    settings: 'Paramètres',
    general: 'Général',
    data: 'Données',
    deleteAll: 'Supprimer toutes les conversations',
    close: 'Fermer',
    signIn: 'Se connecter',
    ask: 'Que voulez-vous savoir ?',
    error: 'Une erreur est survenue. Veuillez réessayer.',
  },
};

/**
 * @typedef {object} GrokServerOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {number} [renderDelayMs]  the SPA's render delay after load (default 300)
 * @property {Record<string, boolean>} [state]  initial saved state by id (default: every switch on, the target as `region` says)
 * @property {'world' | 'eea'} [region]  where the account is: the target's default, on ('world') or off ('eea')
 * @property {boolean} [enterprise]  an enterprise account: no "Improve the Model" row
 * @property {'en' | 'fr'} [lang]  the app's language (French texts invented)
 * @property {boolean} [signedOut]  the signed-out home: a "Sign in" link, no settings overlay
 */

/** @param {GrokServerOptions} [options] */
export function grokServer(options = {}) {
  /** @type {Record<string, boolean>} what grok.com has saved, by id */
  const saved = { [TARGET]: options.region !== 'eea' };
  for (const id of DECOYS) saved[id] = true;
  Object.assign(saved, options.state ?? {});
  const desk = saveDesk(saved, options.saves, 500);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    saves: desk.log,
    /** How many times the app was served (each load, the settings route or not). */
    loads: 0,
    /** Every address the app was served at (path and query). */
    paths: /** @type {string[]} */ ([]),
  };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path !== '/') return undefined;
    log.loads++;
    const url = new URL(req.url ?? `${GROK}/`);
    log.paths.push(url.pathname + url.search);
    return grokPage({
      lang: options.lang ?? 'en',
      signedOut,
      enterprise: options.enterprise === true,
      saved: { ...saved },
      renderDelayMs: options.renderDelayMs ?? 300,
    });
  }

  return {
    origin: GROK,
    handle,
    log,
    /** What grok.com has saved now. */
    isOn: (/** @type {string} */ id) => saved[id],
    /** Change what grok.com has saved, as the user would from another device. */
    set: (/** @type {string} */ id, /** @type {boolean} */ on) => {
      saved[id] = on;
    },
    signOut: () => {
      signedOut = true;
    },
    signIn: () => {
      signedOut = false;
    },
    settled: desk.settled,
  };
}

const STYLE = `
  body { font: 14px system-ui, sans-serif; margin: 0; background: #141414; color: #f0f0f0; }
  button, a { font: inherit; color: inherit; background: #262626; border: 1px solid #3a3a3a; border-radius: 999px; padding: 6px 14px; cursor: pointer; text-decoration: none; }
  [role=dialog] { position: fixed; inset: 10% 20%; background: #1f1f1f; border-radius: 16px; padding: 16px 24px; overflow: auto; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: 16px; padding: 12px 0; border-bottom: 1px solid #333; }
  .note { color: #9a9a9a; font-size: 12px; margin: 2px 0 0; }
  [role=switch] { width: 38px; height: 22px; padding: 0; border-radius: 11px; background: #555; }
  [role=switch][aria-checked=true] { background: #f0f0f0; }
  .toast { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); background: #dc2626; color: #fff; padding: 10px 14px; border-radius: 8px; }
`;

/**
 * The SPA: the home (signed in or out), and the settings overlay at its Data tab when the
 * query routes there (at load, or in-app by the shell's Settings button).
 * @param {{ lang: 'en' | 'fr', signedOut: boolean, enterprise: boolean, saved: Record<string, boolean>, renderDelayMs: number }} page
 */
function grokPage(page) {
  const config = { ...page, text: GROK_TEXT[page.lang], api: `${API}/settings`, target: TARGET, decoys: DECOYS };
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>Grok</title><style>${STYLE}</style></head>
<body>
<div id="root"></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  const text = config.text;
  ${clientHelpers(`${API}/log`)}
  const known = { ...config.saved };
  const root = document.getElementById('root');

  logEveryClick('[data-replica-id], a, button, input', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());

  function h(tag, attrs = {}, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    }
    n.append(...kids);
    return n;
  }

  const routed = () => new URLSearchParams(location.search).get('_s') === 'data';

  function home() {
    if (config.signedOut) {
      root.append(h('header', {}, h('a', { href: 'https://accounts.x.ai/sign-in?redirect=grok-com', 'data-replica-id': 'sign-in' }, text.signIn)),
        h('main', {}, h('h1', {}, text.ask)));
      return;
    }
    root.append(
      h('nav', {}, h('button', { 'data-replica-id': 'settings-button', onclick: () => {
        history.pushState(null, '', '/?_s=data');
        openSettings();
      } }, text.settings)),
      h('main', {}, h('h1', {}, text.ask), h('textarea', { 'aria-label': text.ask })),
    );
  }

  function overlay() {
    return document.querySelector('[role=dialog]');
  }

  function switchRow(id) {
    const labelId = id + '-label';
    const sw = h('button', { type: 'button', role: 'switch', 'aria-labelledby': labelId, 'data-replica-id': id });
    const show = (on) => {
      sw.setAttribute('aria-checked', String(on));
      sw.setAttribute('data-state', on ? 'checked' : 'unchecked');
    };
    show(known[id]);
    sw.addEventListener('click', () => {
      const wanted = sw.getAttribute('aria-checked') !== 'true';
      show(wanted);
      postSave(config.api, id, wanted).then(({ ok, answer }) => {
        if (ok) {
          known[id] = wanted;
          return replica.saves.push({ id, on: wanted });
        }
        replica.failures++;
        if (answer.putBack !== false) show(!wanted);
        toast(text.error);
      });
    });
    const note = id === config.target ? [h('p', { class: 'note' }, text.note)] : [];
    return h('div', { class: 'row' }, h('div', {}, h('span', { id: labelId }, text[id]), ...note), sw);
  }

  function dataTab() {
    const rows = config.enterprise ? [] : [switchRow(config.target)];
    rows.push(...config.decoys.map(switchRow));
    rows.push(h('div', { class: 'row' }, h('span', {}, text.deleteAll), h('button', { 'data-replica-id': 'delete-all' }, text.deleteAll)));
    return rows;
  }

  function openSettings() {
    if (config.signedOut || overlay()) return;
    const close = h('button', { 'aria-label': text.close, 'data-replica-id': 'settings-close', onclick: () => {
      overlay()?.remove();
      history.pushState(null, '', '/');
    } }, '×');
    const tabs = h('div', { role: 'tablist' },
      h('button', { role: 'tab', 'aria-selected': 'false', 'data-replica-id': 'general-tab' }, text.general),
      h('button', { role: 'tab', 'aria-selected': 'true', 'data-replica-id': 'data-tab' }, text.data));
    root.append(h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': text.settings }, h('h2', {}, text.settings), close, tabs,
      h('div', { role: 'tabpanel' }, ...dataTab())));
  }

  window.addEventListener('popstate', () => {
    if (routed()) openSettings();
    else overlay()?.remove();
  });
  setTimeout(() => {
    home();
    if (routed()) openSettings();
    replica.rendered = true;
  }, config.renderDelayMs);
})();
</script>
</body>
</html>`;
}
