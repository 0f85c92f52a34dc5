// A replica of Google's activity controls (myactivity.google.com), for the browser tests:
// Gemini's "Keep Activity" card at /product/gemini and "Web & App Activity" at
// /activitycontrols, each a chip that shows On/Off and opens a menu. It keeps what is saved
// (replica-saves.mjs), renders it on every load, and answers saves late or with failures.
//
// Modelled only on ./facts.md (Google cannot be reached from the build machines), and
// independent of the service's data (./service.ts): a typo there cannot pass its own test.
// From the facts: the addresses, the chip (a button with aria-haspopup="menu", an aria-label
// "Turn off your Keep Activity setting", the text On/Off), its menu (role="menu": "Turn off",
// "Turn off and delete activity"), that a confirmation may follow, the French names of the
// card and of the entries, that a signed-out visitor is sent to accounts.google.com.
// INVENTED, and marked so: the markup around the chip, the confirmation's words, the French
// chip words and aria-label, the decoys (an "Auto-delete" chip, "YouTube History", the Chrome
// history box beside Web & App Activity), the error toast, the sign-in page.
//
// Server API (as tests/fixtures/switch-site.mjs): origin, handle(req), isOn(id), set(id, on),
// signOut(), settled(), log { clicks, saves, loads, redirects, deleted }. Ids: 'gemini', 'waa'
// (what is saved); clicks are logged by data-replica-id: '<id>-chip', 'turn-off',
// 'turn-off-delete', 'confirm', 'cancel', and the decoys 'auto-delete-chip', 'youtube-chip',
// 'chrome-history'.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

const API = '/__replica';
export const GOOGLE_ORIGIN = 'https://myactivity.google.com';
/** Where a signed-out visitor is sent (facts: accounts.google.com; the path is invented). */
const GOOGLE_SIGN_IN = 'https://accounts.google.com';

/** The cards, as the facts name them; `decoy` is an invented chip beside it on its page. */
export const GOOGLE_PAGES = {
  gemini: {
    path: '/product/gemini',
    en: { card: 'Keep Activity', title: 'Gemini Apps Activity' },
    fr: { card: 'Activité dans les applications Gemini', title: 'Activité dans les applications Gemini' },
    // Invented, for a page in a language the extension has no words for.
    de: { card: 'Aktivitäten in Gemini-Apps', title: 'Aktivitäten in Gemini-Apps' },
    decoy: { id: 'auto-delete-chip', en: 'Auto-delete', fr: 'Suppression automatique', de: 'Automatisch löschen' },
  },
  waa: {
    path: '/activitycontrols',
    en: { card: 'Web & App Activity', title: 'Activity controls' },
    fr: { card: 'Activité sur le Web et les applications', title: 'Commandes relatives à l’activité' },
    de: { card: 'Web- & App-Aktivitäten', title: 'Aktivitätseinstellungen' },
    decoy: { id: 'youtube-chip', en: 'YouTube History', fr: 'Historique YouTube', de: 'YouTube-Verlauf' },
  },
};

const TEXT = {
  // Facts: On/Off, the entries; invented: the confirmation, the toast, the aria-label's "on" form.
  en: {
    on: 'On',
    off: 'Off',
    turnOff: 'Turn off',
    turnOffDelete: 'Turn off and delete activity',
    chip: (card, on) => `Turn ${on ? 'off' : 'on'} your ${card} setting`,
    confirmTitle: (card) => `Turn off ${card}?`,
    cancel: 'Cancel',
    error: 'Something went wrong. Try again.',
    chrome: 'Include Chrome history and activity from sites, apps, and devices that use Google services',
  },
  // Facts: the entries; invented: the rest.
  fr: {
    on: 'Activé',
    off: 'Désactivé',
    turnOff: 'Désactiver',
    turnOffDelete: 'Désactiver et supprimer l’activité',
    chip: (card, on) => `${on ? 'Désactiver' : 'Activer'} votre paramètre ${card}`,
    confirmTitle: (card) => `Désactiver ${card} ?`,
    cancel: 'Annuler',
    error: 'Un problème est survenu. Réessayez.',
    chrome: 'Inclure l’historique Chrome et l’activité des sites, applications et appareils qui utilisent les services Google',
  },
  // Invented entirely: a language the extension has no words for.
  de: {
    on: 'An',
    off: 'Aus',
    turnOff: 'Deaktivieren',
    turnOffDelete: 'Deaktivieren und Aktivitäten löschen',
    chip: (card, on) => `Einstellung ${card} ${on ? 'deaktivieren' : 'aktivieren'}`,
    confirmTitle: (card) => `${card} deaktivieren?`,
    cancel: 'Abbrechen',
    error: 'Ein Fehler ist aufgetreten.',
    chrome: 'Chrome-Verlauf einschließen',
  },
};

/**
 * @typedef {object} GoogleOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {Record<string, boolean>} [state]  what is saved at first, by id ('gemini', 'waa'); default on
 * @property {'en' | 'fr' | 'de'} [lang]
 * @property {string[] | null} [confirm]  the confirmation's buttons after "Turn off" (default [cancel, turnOff]); null: none
 * @property {string[]} [items]  the menu's entries (default both of the facts')
 * @property {boolean} [signedOut]
 */

/** @param {GoogleOptions} [options] */
export function googleServer(options = {}) {
  /** @type {Record<string, boolean>} */
  const saved = { gemini: options.state?.gemini ?? true, waa: options.state?.waa ?? true };
  const desk = saveDesk(saved, options.saves, 500);
  const log = { clicks: /** @type {string[]} */ ([]), saves: desk.log, loads: 0, redirects: /** @type {{ path: string, to: string }[]} */ ([]) };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    // Several accounts: /u/1/product/gemini is the second one's (the facts' /u/N form).
    const path = req.path.replace(/^\/u\/\d+(?=\/)/, '');
    const id = Object.keys(GOOGLE_PAGES).find((k) => GOOGLE_PAGES[k].path === path);
    if (!id) return undefined;
    if (signedOut) {
      const to = `${GOOGLE_SIGN_IN}/ServiceLogin?continue=${encodeURIComponent(GOOGLE_ORIGIN + req.path)}`;
      log.redirects.push({ path: req.path, to });
      return { status: 302, headers: { location: to }, body: '' };
    }
    log.loads++;
    // Read at each load: a test may change them between checks (server.options).
    const lang = options.lang ?? 'en';
    const text = TEXT[lang];
    const page = GOOGLE_PAGES[id];
    return cardPage({
      lang,
      id,
      title: page[lang].title,
      card: page[lang].card,
      decoy: page.decoy[lang],
      decoyId: page.decoy.id,
      on: saved[id],
      chrome: id === 'waa' ? text.chrome : null,
      items: options.items ?? [text.turnOff, text.turnOffDelete],
      confirm: options.confirm === undefined ? [text.cancel, text.turnOff] : options.confirm,
    });
  }

  return {
    origin: GOOGLE_ORIGIN,
    handle,
    log,
    options,
    isOn: (/** @type {string} */ id) => saved[id],
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

/** accounts.google.com as the tests serve it: a sign-in page (invented: only that it is one). */
export const googleSignIn = {
  origin: GOOGLE_SIGN_IN,
  handle: () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in - Google Accounts</title></head><body><main><h1>Sign in</h1><input type="email" aria-label="Email or phone"><button type="button">Next</button></main></body></html>',
};

const STYLE = `
  body { font: 14px system-ui, sans-serif; margin: 0; color: #1f1f1f; }
  main { max-width: 640px; margin: 0 auto; padding: 16px; }
  .card { border: 1px solid #ddd; border-radius: 12px; padding: 16px; margin: 12px 0; display: flex; justify-content: space-between; align-items: center; }
  .chip { border: 1px solid #747775; border-radius: 8px; background: #fff; padding: 6px 12px; cursor: pointer; }
  [role=menu] { position: absolute; background: #fff; box-shadow: 0 2px 8px #0004; padding: 4px 0; }
  [role=menuitem] { padding: 8px 16px; cursor: pointer; }
  [role=dialog] { position: fixed; inset: 30% 20% auto; background: #fff; box-shadow: 0 2px 16px #0006; padding: 24px; border-radius: 12px; }
  .toast { position: fixed; bottom: 24px; left: 50%; transform: translateX(-50%); background: #b3261e; color: #fff; padding: 10px 14px; border-radius: 6px; }
`;

/** One card's page, rendered client-side from the state it was served with. */
function cardPage(page) {
  const config = { ...page, text: { ...TEXT[page.lang], chip: undefined, confirmTitle: undefined } };
  const chip = TEXT[page.lang].chip;
  const confirmTitle = TEXT[page.lang].confirmTitle;
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>${page.title}</title><style>${STYLE}</style></head>
<body>
<div id="root"><main aria-busy="true"></main></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  const chipName = ${chip.toString()};
  const confirmTitle = ${confirmTitle.toString()};
  ${clientHelpers(`${API}/log`)}
  logEveryClick('[data-replica-id], a, button, input, [role=menuitem]', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());

  function el(tag, attrs = {}, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    n.append(...kids);
    return n;
  }

  let on = config.on;
  const chip = el('button', { class: 'chip', type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'data-replica-id': config.id + '-chip' });
  const show = () => {
    chip.setAttribute('aria-label', chipName(config.card, on));
    chip.textContent = on ? config.text.on : config.text.off;
  };
  show();

  // The service answers the save; only then does the chip change (no optimistic update).
  function save() {
    postSave('${API}/settings', config.id, false).then(({ ok }) => {
      if (!ok) return toast(config.text.error);
      on = false;
      show();
    });
  }

  function confirmation() {
    const dialog = el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': confirmTitle(config.card) }, el('h2', {}, confirmTitle(config.card)));
    for (const [i, label] of config.confirm.entries()) {
      const last = i === config.confirm.length - 1;
      const b = el('button', { type: 'button', 'data-replica-id': last ? 'confirm' : 'cancel' }, label);
      b.addEventListener('click', () => {
        dialog.remove();
        if (last) save();
      });
      dialog.append(b);
    }
    setTimeout(() => document.body.append(dialog), 200);
  }

  let menu = null;
  const close = () => {
    menu?.remove();
    menu = null;
    chip.setAttribute('aria-expanded', 'false');
  };
  chip.addEventListener('click', () => {
    if (menu) return close();
    // A chip that reads Off would offer "Turn on": the tests never open it.
    menu = el('div', { role: 'menu', tabindex: '-1' });
    for (const label of config.items) {
      const id = label === config.text.turnOff ? 'turn-off' : label === config.text.turnOffDelete ? 'turn-off-delete' : 'item';
      const item = el('div', { role: 'menuitem', tabindex: '-1', 'data-replica-id': id }, label);
      item.addEventListener('click', () => {
        close();
        if (id === 'turn-off-delete') return postSave('${API}/settings', 'deleted', true);
        if (id !== 'turn-off') return;
        if (config.confirm) confirmation();
        else save();
      });
      menu.append(item);
    }
    menu.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      replica.escapes = (replica.escapes || 0) + 1;
      fetch('${API}/log', { method: 'POST', keepalive: true, body: JSON.stringify({ click: 'escape', path: location.pathname }) });
      close();
    });
    chip.setAttribute('aria-expanded', 'true');
    setTimeout(() => {
      document.body.append(menu);
      menu.focus();
    }, 100);
  });

  const decoy = el('button', { class: 'chip', type: 'button', 'aria-haspopup': 'menu', 'data-replica-id': config.decoyId, 'aria-label': chipName(config.decoy, true) }, config.text.on);
  const extra = config.chrome ? [el('label', {}, el('input', { type: 'checkbox', checked: '', 'data-replica-id': 'chrome-history' }), config.chrome)] : [];

  setTimeout(() => {
    const main = document.querySelector('main');
    main.append(
      el('h1', {}, config.title),
      el('section', { class: 'card' }, el('div', {}, el('h2', {}, config.card), ...extra), chip),
      el('section', { class: 'card' }, el('h2', {}, config.decoy), decoy),
    );
    main.removeAttribute('aria-busy');
    replica.rendered = true;
  }, 300);
})();
</script>
</body>
</html>`;
}
