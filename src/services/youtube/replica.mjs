// A replica of YouTube Studio's settings dialog, for the browser tests: it keeps what Studio has
// saved, renders each load from it (a single-page app that moves from `/` to the user's
// `/channel/<id>` and renders late), opens its settings dialog from the left menu, and saves
// only on the dialog's Save. Modelled only on ./facts.md (studio.youtube.com cannot be reached
// from the build machines), and independent of the service's data (./service.ts): a typo there
// cannot pass its own test.
//
// From the facts: Settings → Channel → Advanced settings, the section "Third-party training",
// the box "Allow third-party companies to train AI models using my content" (unticked unless
// the creator opted in), once ticked a choice of companies ("All third-party companies"), and
// a Save button that keeps the change (Google's help, high); Studio's pages under
// `/channel/<id>` (medium); a signed-out visitor sent to accounts.google.com (medium).
// INVENTED (unverified): ALL THE MARKUP: the menu's Settings item and the dialog's tabs named
// by aria-label (`[aria-label="Settings"]`, `[role="tab"][aria-label="Channel"]`,
// `[role="tab"][aria-label="Advanced settings"]`), the boxes as `role="checkbox"` elements
// named by aria-label (as a Lit checkbox might be), the "Disable interest-based ads" box beside
// it, the other menu items and tabs, the dialog's delays, every French text.
//
// Ids (data-replica-id, isOn/set, saves, logs): 'third-party-training' (the target box),
// 'all-companies' (shown while it is ticked) and 'interest-ads' (decoys). Other clickable
// things log their data-replica-id: 'settings-nav', 'dashboard-nav', 'content-nav', the tabs
// ('general-tab', 'channel-tab', 'upload-tab', 'basic-tab', 'advanced-tab', 'eligibility-tab'),
// 'save', 'close'.
//
// Server API: origin, handle, isOn, set, signOut, signIn, settled, log.{clicks, saves, loads,
// redirects}. In a browser test: `const studio = await serveReplica(ext, studioServer(options))`.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

export const STUDIO = 'https://studio.youtube.com';
/** The user's channel page, where Studio moves its home (the id is invented). */
export const CHANNEL_PATH = '/channel/UCr3plica0000000000000000';
/** Google's sign-in site, another origin, and its page (invented: a page with no box). */
export const GOOGLE_SIGN_IN = 'https://accounts.google.com';
const SIGN_IN_PATH = '/ServiceLogin';
export const GOOGLE_SIGN_IN_PAGES = {
  [SIGN_IN_PATH]:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><main><h1>Sign in</h1><input type="email" aria-label="Email or phone"><button type="button">Next</button></main></body></html>',
};
const API = '/__replica';

const TEXT = {
  en: {
    settings: 'Settings',
    dashboard: 'Dashboard',
    content: 'Content',
    general: 'General',
    channel: 'Channel',
    upload: 'Upload defaults',
    basic: 'Basic info',
    advanced: 'Advanced settings',
    eligibility: 'Feature eligibility',
    ads: 'Disable interest-based ads',
    section: 'Third-party training',
    // Facts (Google's help).
    target: 'Allow third-party companies to train AI models using my content',
    all: 'All third-party companies',
    save: 'Save',
    close: 'Close',
    error: 'Something went wrong. Try again.',
  },
  // Invented.
  fr: {
    settings: 'Paramètres',
    dashboard: 'Tableau de bord',
    content: 'Contenu',
    general: 'Général',
    channel: 'Chaîne',
    upload: 'Paramètres par défaut de mise en ligne',
    basic: 'Informations générales',
    advanced: 'Paramètres avancés',
    eligibility: 'Éligibilité aux fonctionnalités',
    ads: 'Désactiver les annonces par centres d’intérêt',
    section: 'Entraînement par des tiers',
    target: 'Autoriser des entreprises tierces à entraîner des modèles d’IA avec mon contenu',
    all: 'Toutes les entreprises tierces',
    save: 'Enregistrer',
    close: 'Fermer',
    error: 'Un problème est survenu. Réessayez.',
  },
};

/**
 * @typedef {object} StudioServerOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {Record<string, boolean>} [state]  initial saved state by id (default: every box unticked, as Studio's default)
 * @property {'en' | 'fr'} [lang]  the app's language (French texts invented)
 * @property {boolean} [signedOut]  every page answers a 302 to accounts.google.com
 * @property {number} [renderDelayMs]  the app's render delay (default 300)
 * @property {number} [openDelayMs]  how late the dialog and each tab show after a click (default 300)
 */

/** @param {StudioServerOptions} [options] */
export function studioServer(options = {}) {
  const lang = options.lang ?? 'en';
  /** @type {Record<string, boolean>} what Studio has saved, by id */
  const saved = {
    'third-party-training': options.state?.['third-party-training'] ?? false,
    'all-companies': options.state?.['all-companies'] ?? false,
    'interest-ads': options.state?.['interest-ads'] ?? false,
  };
  const desk = saveDesk(saved, options.saves, 500);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    saves: desk.log,
    loads: 0,
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path === '/' || req.path === CHANNEL_PATH || req.path === `${CHANNEL_PATH}/`) {
      if (signedOut) {
        const to = `${GOOGLE_SIGN_IN}${SIGN_IN_PATH}?continue=${encodeURIComponent(STUDIO + req.path)}`;
        log.redirects.push({ path: req.path, to });
        return { status: 302, headers: { location: to }, body: '' };
      }
      log.loads++;
      return studioPage({ lang, saved: { ...saved }, renderDelayMs: options.renderDelayMs ?? 300, openDelayMs: options.openDelayMs ?? 300 });
    }
    return undefined;
  }

  return {
    origin: STUDIO,
    handle,
    log,
    /** What Studio has saved now. */
    isOn: (/** @type {string} */ id) => saved[id],
    /** Change what Studio has saved, as the user would from another device. */
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
  body { font: 14px Roboto, Arial, sans-serif; margin: 0; display: flex; }
  nav { width: 200px; padding: 12px; border-right: 1px solid #ddd; display: flex; flex-direction: column; gap: 8px; }
  [role=dialog] { position: fixed; inset: 40px; background: #fff; border: 1px solid #aaa; padding: 16px; display: flex; flex-direction: column; gap: 12px; }
  [role=tablist] { display: flex; gap: 8px; }
  [role=tab][aria-selected=true] { font-weight: bold; }
  [role=checkbox] { display: inline-block; width: 18px; height: 18px; border: 2px solid #606060; cursor: pointer; vertical-align: middle; }
  [role=checkbox][aria-checked=true] { background: #065fd4; }
  .toast { position: fixed; bottom: 24px; left: 50%; background: #b91c1c; color: #fff; padding: 10px 14px; }
`;

/**
 * Studio's app, rendered client-side from the state it was served with.
 * @param {{ lang: 'en' | 'fr', saved: Record<string, boolean>, renderDelayMs: number, openDelayMs: number }} page
 */
function studioPage(page) {
  const config = { ...page, text: TEXT[page.lang], channelPath: CHANNEL_PATH, api: `${API}/settings` };
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>YouTube Studio</title><style>${STYLE}</style></head>
<body>
<div id="app" aria-busy="true"></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  const t = config.text;
  ${clientHelpers(`${API}/log`)}
  logEveryClick('[data-replica-id], a, button', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());
  // Studio's home moves to the user's channel.
  if (location.pathname === '/') history.replaceState(null, '', config.channelPath);

  function el(tag, attrs = {}, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    n.append(...kids);
    return n;
  }
  const later = (fn) => setTimeout(fn, config.openDelayMs);
  // What the dialog shows: the saved state, changed only by Save.
  let shown = null;

  function box(id, label) {
    const b = el('div', { role: 'checkbox', tabindex: '0', 'aria-label': label, 'aria-checked': String(shown[id]), 'data-replica-id': id });
    b.addEventListener('click', () => {
      shown[id] = !shown[id];
      b.setAttribute('aria-checked', String(shown[id]));
      if (id === 'third-party-training') renderCompanies();
    });
    return el('div', {}, b, ' ', el('span', { 'aria-hidden': 'true' }, label));
  }
  let companies = null;
  function renderCompanies() {
    companies.replaceChildren(...(shown['third-party-training'] ? [box('all-companies', t.all)] : []));
  }

  function tabs(list, onPick) {
    const bar = el('div', { role: 'tablist' });
    for (const [id, label, selected] of list) {
      const tab = el('button', { type: 'button', role: 'tab', 'aria-label': label, 'aria-selected': String(selected), 'data-replica-id': id }, label);
      tab.addEventListener('click', () => later(() => {
        for (const other of bar.children) other.setAttribute('aria-selected', String(other === tab));
        onPick(id);
      }));
      bar.append(tab);
    }
    return bar;
  }

  function openDialog() {
    if (document.querySelector('[role=dialog]')) return;
    shown = { ...config.saved };
    const body = el('div', {}, el('p', {}, t.general));
    const channelBody = el('div', {});
    const showChannel = (id) => {
      if (id !== 'advanced-tab') return channelBody.replaceChildren(el('p', {}, id === 'basic-tab' ? t.basic : t.eligibility));
      companies = el('div', {});
      channelBody.replaceChildren(box('interest-ads', t.ads), el('h3', {}, t.section), box('third-party-training', t.target), companies);
      renderCompanies();
    };
    const show = (id) => {
      if (id !== 'channel-tab') return body.replaceChildren(el('p', {}, id === 'general-tab' ? t.general : t.upload));
      body.replaceChildren(tabs([['basic-tab', t.basic, true], ['advanced-tab', t.advanced, false], ['eligibility-tab', t.eligibility, false]], showChannel), channelBody);
      showChannel('basic-tab');
    };
    const close = el('button', { type: 'button', 'data-replica-id': 'close' }, t.close);
    const save = el('button', { type: 'button', 'data-replica-id': 'save' }, t.save);
    const dialog = el('div', { role: 'dialog', 'aria-label': t.settings },
      el('h2', {}, t.settings),
      tabs([['general-tab', t.general, true], ['channel-tab', t.channel, false], ['upload-tab', t.upload, false]], show),
      body,
      el('div', {}, close, ' ', save));
    close.addEventListener('click', () => dialog.remove());
    save.addEventListener('click', () => {
      const changed = Object.keys(shown).filter((id) => shown[id] !== config.saved[id]);
      Promise.all(changed.map((id) => postSave(config.api, id, shown[id]))).then((answers) => {
        if (answers.some((a) => !a.ok)) return toast(t.error);
        for (const id of changed) config.saved[id] = shown[id];
        dialog.remove();
      });
    });
    document.body.append(dialog);
  }

  setTimeout(() => {
    const nav = el('nav', {},
      el('a', { href: '#', 'data-replica-id': 'dashboard-nav' }, t.dashboard),
      el('a', { href: '#', 'data-replica-id': 'content-nav' }, t.content),
      el('a', { href: '#', 'aria-label': t.settings, 'data-replica-id': 'settings-nav' }, t.settings));
    nav.lastChild.addEventListener('click', (e) => { e.preventDefault(); later(openDialog); });
    const app = document.getElementById('app');
    app.append(nav, el('main', {}, el('h1', {}, t.dashboard)));
    app.removeAttribute('aria-busy');
    replica.rendered = true;
  }, config.renderDelayMs);
})();
</script>
</body>
</html>`;
}
