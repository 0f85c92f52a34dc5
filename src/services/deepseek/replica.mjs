// A replica of chat.deepseek.com, for the browser tests: the chat's home, whose account menu
// holds Settings, a modal whose Data tab holds "Improve the model for everyone". It keeps what
// DeepSeek has saved, renders each load from it (an SPA shell that renders after a delay) and
// answers saves late or with failures (the shared desk of tests/fixtures/replica-saves.mjs).
// Modelled only on ./facts.md (chat.deepseek.com cannot be reached from the build machines),
// and independent of the service's data (./service.ts): a typo there cannot pass its own test.
//
// From the facts: the switch's label "Improve the model for everyone", reached by Settings →
// Data, a modal with no address of its own (the chat's home, `/`); on by default.
// INVENTED (plausible, unverified): all the markup and every other text: the sidebar's
// "My Profile" button (a div role="button") opening a menu (role="menu": "Settings",
// "Contact us", "Log out"); the modal (role="dialog", "Settings") opening late at its "General"
// tab, with "Profile" and "Data" tabs; the Data tab's rows: the switch (a div role="switch"
// named by aria-label), "Shared links" Manage, "Export data" Export, "Delete all chats"
// Delete all; the chat's prompt box; the error toast; every French text (`lang: 'fr'`);
// the signed-out visitor's redirect to /sign_in (LOW).
//
// Saving: a replica path, not DeepSeek's API: POST {id, on} to /api/replica/settings, answered
// after a delay (default 500 ms); on failure the switch is put back and an error toast
// (role="alert") shows. The saved state changes only on success; a fresh load shows it.
//
// Ids (data-replica-id, isOn/set, saves, logs): 'improve-model' (the target). Other clickable
// things log their data-replica-id: 'my-profile', 'settings', 'contact-us', 'log-out',
// 'general-tab', 'profile-tab', 'data-tab', 'shared-links', 'export-data', 'delete-all',
// 'settings-close', 'new-chat', else their tag.
//
// Server API: as X's replica, ../x/replica.mjs (origin, handle, isOn, set, signOut, signIn,
// settled, log.{clicks, saves, loads, redirects}). In a browser test:
// `const deepseek = await serveReplica(ext, deepSeekServer(options))` serves it at https://chat.deepseek.com.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

export const DEEPSEEK = 'https://chat.deepseek.com';
export const DEEPSEEK_LOGIN_PATH = '/sign_in';
const API = '/api/replica';
export const TARGET = 'improve-model';
/** What opens the switch, in order: the ids logged when the extension clicks them. */
export const OPENERS = ['my-profile', 'settings', 'data-tab'];

export const DEEPSEEK_TEXT = {
  en: {
    // Facts.
    improve: 'Improve the model for everyone',
    settings: 'Settings',
    data: 'Data',
    // Invented.
    profile: 'My Profile',
    note: 'Allow us to use your content to train our models and make DeepSeek better for everyone.',
    contact: 'Contact us',
    logOut: 'Log out',
    general: 'General',
    profileTab: 'Profile',
    sharedLinks: 'Shared links',
    manage: 'Manage',
    exportData: 'Export data',
    export: 'Export',
    deleteAll: 'Delete all chats',
    deleteAllButton: 'Delete all',
    close: 'Close',
    newChat: 'New chat',
    ask: 'Message DeepSeek',
    error: 'Something went wrong. Please try again.',
  },
  // Invented, every word.
  fr: {
    improve: 'Améliorer le modèle pour tous',
    settings: 'Paramètres',
    data: 'Données',
    profile: 'Mon profil',
    note: 'Nous autoriser à utiliser votre contenu pour entraîner nos modèles.',
    contact: 'Nous contacter',
    logOut: 'Se déconnecter',
    general: 'Général',
    profileTab: 'Profil',
    sharedLinks: 'Liens partagés',
    manage: 'Gérer',
    exportData: 'Exporter les données',
    export: 'Exporter',
    deleteAll: 'Supprimer toutes les conversations',
    deleteAllButton: 'Tout supprimer',
    close: 'Fermer',
    newChat: 'Nouvelle conversation',
    ask: 'Envoyer un message à DeepSeek',
    error: 'Une erreur est survenue. Veuillez réessayer.',
  },
};

/**
 * @typedef {object} DeepSeekServerOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {number} [renderDelayMs]  the SPA's render delay after load (default 300)
 * @property {number} [modalDelayMs]  how late the menu and the modal open after a click (default 400)
 * @property {boolean} [on]  the saved state of the switch at first (default true)
 * @property {'en' | 'fr'} [lang]  the app's language (French texts invented)
 * @property {boolean} [signedOut]  every load of the home answers a 302 to /sign_in
 */

/** @param {DeepSeekServerOptions} [options] */
export function deepSeekServer(options = {}) {
  /** @type {Record<string, boolean>} what DeepSeek has saved, by id */
  const saved = { [TARGET]: options.on ?? true };
  const desk = saveDesk(saved, options.saves, 500);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    saves: desk.log,
    /** How many times the home was served. */
    loads: 0,
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path === DEEPSEEK_LOGIN_PATH) return loginPage();
    if (req.path !== '/') return undefined;
    if (signedOut) {
      const to = `${DEEPSEEK}${DEEPSEEK_LOGIN_PATH}`;
      log.redirects.push({ path: req.path, to });
      return { status: 302, headers: { location: to }, body: '' };
    }
    log.loads++;
    return deepSeekPage({
      lang: options.lang ?? 'en',
      saved: { ...saved },
      renderDelayMs: options.renderDelayMs ?? 300,
      modalDelayMs: options.modalDelayMs ?? 400,
    });
  }

  return {
    origin: DEEPSEEK,
    handle,
    log,
    /** What DeepSeek has saved now. */
    isOn: (/** @type {string} */ id) => saved[id],
    /** Change what DeepSeek has saved, as the user would from another device. */
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
  body { font: 14px system-ui, sans-serif; margin: 0; background: #fff; color: #262626; display: flex; }
  aside { width: 220px; min-height: 100vh; background: #f9fbff; display: flex; flex-direction: column; justify-content: space-between; padding: 12px; }
  main { flex: 1; padding: 24px; }
  button, [role=button], [role=menuitem], [role=tab] { font: inherit; background: #eef2ff; border: 1px solid #d0d7ff; border-radius: 8px; padding: 6px 12px; cursor: pointer; }
  [role=menu] { position: fixed; bottom: 56px; left: 12px; background: #fff; border: 1px solid #ddd; border-radius: 12px; padding: 6px; display: grid; gap: 4px; }
  [role=dialog] { position: fixed; inset: 12% 22%; background: #fff; border: 1px solid #ccc; border-radius: 16px; padding: 16px 24px; overflow: auto; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: 16px; padding: 12px 0; border-bottom: 1px solid #eee; }
  .note { color: #777; font-size: 12px; margin: 2px 0 0; }
  [role=switch] { display: inline-block; width: 38px; height: 22px; border-radius: 11px; background: #ccc; cursor: pointer; }
  [role=switch][aria-checked=true] { background: #4d6bfe; }
  .toast { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); background: #dc2626; color: #fff; padding: 10px 14px; border-radius: 8px; }
`;

/**
 * The SPA: the chat's home, its account menu, the Settings modal and its Data tab.
 * @param {{ lang: 'en' | 'fr', saved: Record<string, boolean>, renderDelayMs: number, modalDelayMs: number }} page
 */
function deepSeekPage(page) {
  const config = { ...page, text: DEEPSEEK_TEXT[page.lang], api: `${API}/settings`, target: TARGET };
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>DeepSeek</title><style>${STYLE}</style></head>
<body>
<div id="root" style="display: contents"></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  const text = config.text;
  ${clientHelpers(`${API}/log`)}
  const known = { ...config.saved };
  const root = document.getElementById('root');

  logEveryClick('[data-replica-id], a, button, input, textarea', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());

  function h(tag, attrs = {}, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    }
    n.append(...kids);
    return n;
  }
  const later = (fn) => setTimeout(fn, config.modalDelayMs);

  function home() {
    const profile = h('div', { role: 'button', tabindex: '0', 'data-replica-id': 'my-profile', onclick: () => later(menu) }, text.profile);
    root.append(
      h('aside', {}, h('button', { 'data-replica-id': 'new-chat' }, text.newChat), profile),
      h('main', {}, h('textarea', { 'aria-label': text.ask, placeholder: text.ask, 'data-replica-id': 'prompt' })),
    );
  }

  function menu() {
    if (document.querySelector('[role=menu]')) return;
    const close = () => document.querySelector('[role=menu]')?.remove();
    root.append(h('div', { role: 'menu' },
      h('div', { role: 'menuitem', tabindex: '-1', 'data-replica-id': 'settings', onclick: () => {
        close();
        later(modal);
      } }, text.settings),
      h('div', { role: 'menuitem', tabindex: '-1', 'data-replica-id': 'contact-us' }, text.contact),
      h('div', { role: 'menuitem', tabindex: '-1', 'data-replica-id': 'log-out' }, text.logOut)));
  }

  function switchRow() {
    const sw = h('div', { role: 'switch', tabindex: '0', 'aria-label': text.improve, 'data-replica-id': config.target });
    const show = (on) => sw.setAttribute('aria-checked', String(on));
    show(known[config.target]);
    sw.addEventListener('click', () => {
      const wanted = sw.getAttribute('aria-checked') !== 'true';
      show(wanted);
      postSave(config.api, config.target, wanted).then(({ ok, answer }) => {
        if (ok) {
          known[config.target] = wanted;
          return replica.saves.push({ id: config.target, on: wanted });
        }
        replica.failures++;
        if (answer.putBack !== false) show(!wanted);
        toast(text.error);
      });
    });
    return h('div', { class: 'row' }, h('div', {}, h('span', {}, text.improve), h('p', { class: 'note' }, text.note)), sw);
  }

  function modal() {
    if (document.querySelector('[role=dialog]')) return;
    const panel = h('div', { role: 'tabpanel' });
    const tabs = h('div', { role: 'tablist' });
    const select = (name) => {
      for (const t of tabs.children) t.setAttribute('aria-selected', String(t.dataset.tab === name));
      panel.replaceChildren(...(name === 'data' ? [
        switchRow(),
        h('div', { class: 'row' }, h('span', {}, text.sharedLinks), h('button', { 'data-replica-id': 'shared-links' }, text.manage)),
        h('div', { class: 'row' }, h('span', {}, text.exportData), h('button', { 'data-replica-id': 'export-data' }, text.export)),
        h('div', { class: 'row' }, h('span', {}, text.deleteAll), h('button', { 'data-replica-id': 'delete-all' }, text.deleteAllButton)),
      ] : [h('p', {}, text.general)]));
    };
    const tab = (name, label, id) => h('div', { role: 'tab', tabindex: '0', 'data-tab': name, 'data-replica-id': id, onclick: () => select(name) }, label);
    tabs.append(tab('general', text.general, 'general-tab'), tab('profile', text.profileTab, 'profile-tab'), tab('data', text.data, 'data-tab'));
    const close = h('button', { 'aria-label': text.close, 'data-replica-id': 'settings-close', onclick: () => document.querySelector('[role=dialog]')?.remove() }, '×');
    root.append(h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': text.settings }, h('h2', {}, text.settings), close, tabs, panel));
    select('general');
  }

  setTimeout(() => {
    home();
    replica.rendered = true;
  }, config.renderDelayMs);
})();
</script>
</body>
</html>`;
}

/** DeepSeek's sign-in page (not modelled: only that it has no switch). */
function loginPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DeepSeek - Sign in</title></head><body>
<main><h1>Sign in</h1><form><input type="email" name="email" aria-label="Phone number / email address"><button type="button">Log in</button></form></main></body></html>`;
}
