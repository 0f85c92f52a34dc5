// A replica of chatgpt.com's Data controls, for the browser tests: it keeps what ChatGPT has
// saved, renders each load from it (an SPA shell that renders after a delay), opens the
// "Model improvement" dialog late, and answers saves late or with failures. Modelled only on
// ./facts.md (chatgpt.com cannot be reached from the build machines), and independent of the
// service's data (./service.ts): a typo there cannot pass its own test.
//
// From the facts (selectors high, from Brave PSST; URL medium):
// - the route: https://chatgpt.com/#settings/DataControls, also routed as /settings/data-controls;
// - `button[data-testid="improve-model-open-modal-button"]` opens the dialog;
// - the switch `button[data-testid="improve-model-toggle"]`, its state in aria-checked;
// - the menu path `[data-testid="accounts-profile-button"]` (pointerdown) →
//   `[data-testid="settings-menu-item"]` → `[data-testid="data-controls-tab"]` (mousedown).
// INVENTED (plausible, unverified): the settings modal's markup (role="dialog",
// aria-label "Settings", its tabs and the other Data controls rows: "Shared links" Manage,
// "Export data" Export, "Delete all chats" Delete all, and the modal's close button
// `[data-testid="close-button"]`); the dialog's title "Model improvement"; the memory switch
// (label "Reference saved memories", no testid); the dialog's "Done" button
// (`[data-testid="improve-model-done-button"]`, text "Done"); the texts On/Off of the opener.
// `openerNamed: true`: the whole row is the opener, so its accessible name is the label
// and the state, "Improve the model for everyone On" (as reported in issue 32, UNVERIFIED;
// its two texts are spans laid out as a flex row).
// LOW CONFIDENCE: the signed-out home (`button[data-testid="login-button"]` "Log in", and no
// settings modal) and `signedOutRedirect` (a 302 to /auth/login).
//
// Saving: a replica path, not ChatGPT's API: POST {id, on} to /backend-api/replica/settings,
// answered after a delay (default 500 ms). `saveOn: 'toggle'` (default): each click on a
// switch flips it and saves it; on failure the switch is put back and an error toast
// (role="alert") shows. `saveOn: 'done'`: a click only flips the switch in the dialog; Done
// sends one save per changed switch and closes the dialog; closing otherwise (Escape)
// saves nothing. ChatGPT's saved state changes only on success; a fresh load shows it.
//
// Ids (data-replica-id, isOn/set, saves, logs): 'improve-model' (the target switch) and
// 'memory' (the decoy switch beside it). Other clickable things log their data-replica-id
// ('improve-model-opener', 'done', 'shared-links', 'export-data', 'delete-all-chats',
// 'settings-close', 'profile-button', 'settings-menu-item', 'data-controls-tab',
// 'general-tab', 'login-button'), else their data-testid, else their tag.
//
// Server API: as X's replica, ../x/replica.mjs (origin, handle, isOn, set, signOut, signIn,
// settled, log.{clicks, clicksAt, saves, paths, loadsByPath, redirects}). In a browser test:
// `const chatgpt = await serveReplica(ext, chatGptServer(options))` serves it at
// https://chatgpt.com (both browsers, tests/support/harness-types.ts), then
// `ext.openPage('https://chatgpt.com/#settings/DataControls')`.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

export const CHATGPT = 'https://chatgpt.com';
export const DATA_CONTROLS_HASH = '#settings/DataControls';
export const DATA_CONTROLS_PATH = '/settings/data-controls';
export const CHATGPT_LOGIN_PATH = '/auth/login';
const API = '/backend-api/replica';

export const CHATGPT_TEXT = {
  improve: 'Improve the model for everyone',
  improveNote:
    'Allow your content to be used to train our models, which makes ChatGPT better for you and everyone who uses it. We take steps to protect your privacy.',
  memory: 'Reference saved memories',
  dialogTitle: 'Model improvement',
  done: 'Done',
  on: 'On',
  off: 'Off',
  error: 'Something went wrong. Please try again.',
};

/**
 * @typedef {object} ChatGptServerOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {number} [renderDelayMs]  the SPA's render delay after load (default 300)
 * @property {number} [dialogDelayMs]  how late the Model improvement dialog opens after a click on its opener (default 400)
 * @property {'toggle' | 'done'} [saveOn]  when a change is saved (default 'toggle')
 * @property {Record<string, boolean>} [state]  initial saved state by id (default: both on)
 * @property {string[]} [missing]  'improve-model': the Data controls tab has no such row; 'memory': no memory switch
 * @property {boolean} [openerNamed]  the opener is the whole row, named "Improve the model for everyone On|Off"
 * @property {boolean} [signedOut]  the logged-out home, no settings modal
 * @property {boolean} [signedOutRedirect]  / and /settings/data-controls answer a 302 to /auth/login
 * @property {Record<string, string | { status: number, headers?: Record<string, string>, body?: string } | (() => any)>} [pages]
 *   paths to serve as given, over anything else
 */

/** @param {ChatGptServerOptions} [options] */
export function chatGptServer(options = {}) {
  /** @type {Record<string, boolean>} what ChatGPT has saved, by id */
  const saved = { 'improve-model': options.state?.['improve-model'] ?? true, memory: options.state?.memory ?? true };
  const desk = saveDesk(saved, options.saves, 500);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    clicksAt: /** @type {{ id: string, path: string }[]} */ ([]),
    saves: desk.log,
    paths: /** @type {string[]} */ ([]),
    loadsByPath: /** @type {Record<string, number>} */ ({}),
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  /** @type {null | 'home' | 'redirect'} */
  let signedOut = options.signedOutRedirect ? 'redirect' : options.signedOut ? 'home' : null;

  function served(path, body) {
    log.paths.push(path);
    log.loadsByPath[path] = (log.loadsByPath[path] ?? 0) + 1;
    return body;
  }

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    const spec = options.pages?.[req.path];
    if (spec !== undefined) return typeof spec === 'function' ? spec() : spec;
    if (req.path === '/' || req.path === DATA_CONTROLS_PATH) {
      if (signedOut === 'redirect') {
        const to = `${CHATGPT}${CHATGPT_LOGIN_PATH}`;
        log.redirects.push({ path: req.path, to });
        return { status: 302, headers: { location: to }, body: '' };
      }
      return served(
        req.path,
        chatGptPage({
          signedOut: signedOut !== null,
          saved: { ...saved },
          missing: options.missing ?? [],
          renderDelayMs: options.renderDelayMs ?? 300,
          dialogDelayMs: options.dialogDelayMs ?? 400,
          saveOn: options.saveOn ?? 'toggle',
          openerNamed: options.openerNamed === true,
        }),
      );
    }
    if (req.path === CHATGPT_LOGIN_PATH) return served(req.path, loginPage());
    return undefined;
  }

  return {
    origin: CHATGPT,
    handle,
    log,
    /** What ChatGPT has saved now. */
    isOn: (/** @type {string} */ id) => saved[id],
    /** Change what ChatGPT has saved, as the user would from another device. */
    set: (/** @type {string} */ id, /** @type {boolean} */ on) => {
      saved[id] = on;
    },
    /** From now on: the logged-out home (or, with 'redirect', a 302 to /auth/login). */
    signOut: (/** @type {'home' | 'redirect'} */ kind = 'home') => {
      signedOut = kind;
    },
    signIn: () => {
      signedOut = null;
    },
    settled: desk.settled,
  };
}

const STYLE = `
  body { font: 14px system-ui, sans-serif; margin: 0; background: #212121; color: #ececec; }
  button { font: inherit; color: inherit; background: #2f2f2f; border: 1px solid #444; border-radius: 999px; padding: 6px 14px; cursor: pointer; }
  [role=dialog] { position: fixed; inset: 10% 20%; background: #2f2f2f; border-radius: 16px; padding: 16px 24px; overflow: auto; }
  [role=dialog][data-kind=model] { inset: 20% 30%; background: #383838; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: 16px; padding: 12px 0; border-bottom: 1px solid #444; }
  [role=switch] { width: 38px; height: 22px; padding: 0; border-radius: 11px; background: #555; }
  [role=switch][aria-checked=true] { background: #10a37f; }
  [role=menu] { position: fixed; bottom: 60px; left: 12px; background: #2f2f2f; border-radius: 12px; padding: 6px; }
  .toast { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); background: #ef4444; color: #fff; padding: 10px 14px; border-radius: 8px; }
`;

/**
 * The SPA: the home (signed in or out), the settings modal at Data controls when the route
 * says so, and the Model improvement dialog.
 * @param {{ signedOut: boolean, saved: Record<string, boolean>, missing: string[], renderDelayMs: number, dialogDelayMs: number, saveOn: 'toggle' | 'done', openerNamed: boolean }} page
 */
function chatGptPage(page) {
  const config = { ...page, text: CHATGPT_TEXT, api: `${API}/settings`, hash: DATA_CONTROLS_HASH, path: DATA_CONTROLS_PATH };
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>ChatGPT</title><style>${STYLE}</style></head>
<body>
<div id="__next"></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  ${clientHelpers(`${API}/log`)}
  // What the page believes is saved (from the server at load, then from answered saves).
  const known = { ...config.saved };
  const root = document.getElementById('__next');

  logEveryClick('[data-replica-id], [data-testid], a, button, input', (el) => el.getAttribute('data-replica-id') || el.getAttribute('data-testid') || el.tagName.toLowerCase());

  function h(tag, attrs = {}, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    }
    n.append(...kids);
    return n;
  }

  function home() {
    root.replaceChildren();
    if (config.signedOut) {
      root.append(h('header', {},
        h('button', { 'data-testid': 'login-button', 'data-replica-id': 'login-button' }, 'Log in'),
        h('button', { 'data-testid': 'signup-button', 'data-replica-id': 'signup-button' }, 'Sign up for free')),
        h('main', {}, h('h1', {}, 'What can I help with?')));
      return;
    }
    const menuOpen = () => {
      if (document.querySelector('[role=menu]')) return;
      root.append(h('div', { role: 'menu' },
        h('div', { role: 'menuitem', tabindex: '-1', 'data-testid': 'settings-menu-item', 'data-replica-id': 'settings-menu-item', onclick: () => {
          document.querySelector('[role=menu]')?.remove();
          openSettings('General');
        } }, 'Settings')));
    };
    root.append(
      h('nav', {}, h('button', { 'data-testid': 'accounts-profile-button', 'data-replica-id': 'profile-button', 'aria-haspopup': 'menu', onpointerdown: menuOpen, onclick: menuOpen }, 'Account')),
      h('main', {}, h('h1', {}, 'What can I help with?')),
    );
  }

  function settingsModal() {
    return document.querySelector('[role=dialog][aria-label="Settings"]');
  }

  function openSettings(tab) {
    settingsModal()?.remove();
    const panel = h('div', { role: 'tabpanel' });
    const tabs = h('div', { role: 'tablist', 'aria-orientation': 'vertical' });
    const select = (name) => {
      for (const t of tabs.children) t.setAttribute('aria-selected', String(t.dataset.tab === name));
      panel.replaceChildren(...(name === 'DataControls' ? dataControls() : general()));
    };
    const tabButton = (name, label, testid, replicaId) => {
      const go = () => {
        select(name);
        history.replaceState(null, '', '#settings/' + name);
      };
      return h('button', { role: 'tab', 'data-tab': name, 'data-testid': testid, 'data-replica-id': replicaId, onmousedown: go, onclick: go }, label);
    };
    tabs.append(tabButton('General', 'General', 'general-tab', 'general-tab'), tabButton('DataControls', 'Data controls', 'data-controls-tab', 'data-controls-tab'));
    const close = h('button', { 'data-testid': 'close-button', 'data-replica-id': 'settings-close', 'aria-label': 'Close', onclick: () => {
      settingsModal()?.remove();
      history.replaceState(null, '', '/');
    } }, '×');
    root.append(h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Settings', 'data-kind': 'settings' }, h('h2', {}, 'Settings'), close, tabs, panel));
    select(tab);
  }

  function general() {
    return [h('div', { class: 'row' }, h('span', {}, 'Theme'), h('button', { 'data-replica-id': 'theme' }, 'System'))];
  }

  function dataControls() {
    const rows = [];
    const state = () => (known['improve-model'] ? config.text.on : config.text.off);
    if (config.missing.includes('improve-model')) {
      // no row
    } else if (config.openerNamed) {
      rows.push(h('button', { class: 'row', 'data-testid': 'improve-model-open-modal-button', 'data-replica-id': 'improve-model-opener', onclick: openModel },
        h('span', {}, config.text.improve), h('span', { 'data-state-text': '' }, state())));
    } else {
      rows.push(h('div', { class: 'row' },
        h('div', {}, config.text.improve),
        h('button', { 'data-testid': 'improve-model-open-modal-button', 'data-replica-id': 'improve-model-opener', onclick: openModel }, state())));
    }
    rows.push(
      h('div', { class: 'row' }, h('div', {}, 'Shared links'), h('button', { 'data-replica-id': 'shared-links' }, 'Manage')),
      h('div', { class: 'row' }, h('div', {}, 'Export data'), h('button', { 'data-replica-id': 'export-data' }, 'Export')),
      h('div', { class: 'row' }, h('div', {}, 'Delete all chats'), h('button', { 'data-replica-id': 'delete-all-chats' }, 'Delete all')),
    );
    return rows;
  }

  function opener() {
    return document.querySelector('[data-testid="improve-model-open-modal-button"]');
  }

  function showKnown() {
    const o = opener();
    const where = o?.querySelector('[data-state-text]') ?? o;
    if (where) where.textContent = known['improve-model'] ? config.text.on : config.text.off;
  }

  let opening = false;
  function openModel() {
    if (opening || document.querySelector('[role=dialog][data-kind=model]')) return;
    opening = true;
    // The dialog opens late, as ChatGPT's does after fetching the setting.
    setTimeout(() => {
      opening = false;
      modelDialog();
    }, config.dialogDelayMs);
  }

  function modelDialog() {
    const changed = {};
    const switchRow = (id, label, testid) => {
      const labelId = id + '-label';
      const attrs = { type: 'button', role: 'switch', 'aria-checked': String(known[id]), 'data-state': known[id] ? 'checked' : 'unchecked', 'aria-labelledby': labelId, 'data-replica-id': id };
      if (testid) attrs['data-testid'] = testid;
      const sw = h('button', attrs);
      const show = (on) => {
        sw.setAttribute('aria-checked', String(on));
        sw.setAttribute('data-state', on ? 'checked' : 'unchecked');
      };
      sw.addEventListener('click', () => {
        const wanted = sw.getAttribute('aria-checked') !== 'true';
        show(wanted);
        if (config.saveOn === 'done') {
          changed[id] = wanted;
          return;
        }
        postSave(config.api, id, wanted).then(({ ok, answer }) => {
          if (ok) {
            known[id] = wanted;
            replica.saves.push({ id, on: wanted });
            return showKnown();
          }
          replica.failures++;
          if (answer.putBack !== false) show(!wanted);
          toast(config.text.error);
        });
      });
      return h('div', { class: 'row' }, h('span', { id: labelId }, label), sw);
    };
    const close = () => {
      dialog.remove();
      document.removeEventListener('keydown', onKey, true);
    };
    const onKey = (e) => {
      if (e.key === 'Escape') close(); // closing without Done: with saveOn 'done', nothing is saved
    };
    document.addEventListener('keydown', onKey, true);
    const done = h('button', { 'data-testid': 'improve-model-done-button', 'data-replica-id': 'done', onclick: () => {
      close();
      if (config.saveOn !== 'done') return;
      for (const [id, on] of Object.entries(changed)) {
        if (on === known[id]) continue;
        postSave(config.api, id, on).then(({ ok }) => {
          if (ok) {
            known[id] = on;
            replica.saves.push({ id, on });
            return showKnown();
          }
          replica.failures++;
          toast(config.text.error);
        });
      }
    } }, config.text.done);
    const body = [switchRow('improve-model', config.text.improve, 'improve-model-toggle'), h('p', {}, config.text.improveNote)];
    if (!config.missing.includes('memory')) body.push(switchRow('memory', config.text.memory));
    const dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'model-improvement-title', 'data-kind': 'model' },
      h('h2', { id: 'model-improvement-title' }, config.text.dialogTitle), ...body, done);
    root.append(dialog);
  }

  const routed = () => !config.signedOut && (location.hash === config.hash || location.pathname === config.path);
  window.addEventListener('hashchange', () => {
    if (routed() && !settingsModal()) openSettings('DataControls');
  });
  setTimeout(() => {
    home();
    if (routed()) openSettings('DataControls');
    replica.rendered = true;
  }, config.renderDelayMs);
})();
</script>
</body>
</html>`;
}

/** ChatGPT's sign-in page (not modelled: only that it is not the page asked for). */
function loginPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Log in | ChatGPT</title></head><body>
<main><h1>Welcome back</h1><form><input type="email" name="email" aria-label="Email address"><button type="button">Continue</button></form></main></body></html>`;
}
