// A replica of x.com's settings pages, for the browser tests: it keeps what X has saved,
// renders each load of a settings page from it (client-side, after a delay, as X's React
// app does), and answers the page's save requests late or with failures. Modelled only on
// ./facts.md (x.com cannot be reached from the build machines), and independent of the
// service's data (./service.ts): a typo there cannot pass its own test. What it takes from
// the facts, and what it invents:
//
// - /settings/grok_settings: the three Grok checkboxes. Page and training label: facts
//   (label medium-high; `wording: '2024'` gives the 2024 wording); the two other labels:
//   facts. The hook: each `input[type=checkbox]` has aria-describedby="CHECKBOX_n_LABEL",
//   n being its POSITION on the page (1..), and the element with that id is the visible
//   label text inside the box's <label>. Positional ids are the facts' point: which box is
//   which comes from its label. The rest of the markup (nesting, the description paragraph,
//   the title) is a plausible guess.
// - The four privacy pages PSST flips (/settings/location, …/data_sharing_with_business_partners,
//   …/off_twitter_activity, …/ads_preferences): one checkbox each with
//   aria-describedby="CHECKBOX_1_LABEL" (facts, high: Brave PSST's hook). Their LABEL TEXTS
//   AND TITLES ARE INVENTED: only the hook is known.
// - Signed out (`signedOut`, `signOutAfter`, signOut()): every /settings/ page answers a 302
//   to /i/flow/login?redirect_after_login=<path>, which serves a sign-in page. LOW
//   CONFIDENCE: an inference from how x.com behaves in a browser, not from the facts.
// - `markup: 'beside'`: each box's text in a span BESIDE the box, with no <label> around
//   them, the box still described by CHECKBOX_n_LABEL (INVENTED: a plausible variant of the
//   markup, where only aria-describedby ties the text to the box).
// - `lang: 'fr'`: French pages whose texts are INVENTED (X's French wording is unknown); for
//   testing that a box whose label the extension cannot read is never clicked.
// - Saving: a click flips the box in the page and POSTs {id, on} to /i/api/replica/settings
//   (a replica path, not X's API), answered after a delay (default 500 ms) with success or
//   failure; on failure the page puts the box back and shows an error toast (role="alert").
//   X's saved state changes only on success; a fresh load renders the saved state.
//
// Box ids (data-replica-id on each input, and the ids of isOn/set/saves/the logs):
//   grok-training, grok-history, grok-personalize, x-location, x-business-partners,
//   x-off-x-activity, x-ads-preferences; decoys keep the ids the test gives them.
//
// Server API for the tests (as the LinkedIn replica's, ../linkedin/replica/server.mjs):
//   origin           https://x.com, where it is served
//   handle(req)      answers one request {method, url, path, body}: HTML, {status, headers, body},
//                    or undefined (404)
//   isOn(id) / set(id, on)   what X has saved now / change it, as from another device
//   signOut() / signIn()     from now on every /settings/ page redirects to sign-in / is served again
//   settled()        resolves once every save received so far has been answered
//   log.clicks       ids clicked (data-replica-id, else the tag: 'a', 'button'…), in order, over all loads
//   log.clicksAt     the same as { id, path }
//   log.saves        every save answered: { id, on, ok, answeredAt }
//   log.paths        every page path served, in order; log.loadsByPath { [path]: n }
//   log.redirects    [{ path, to }] every sign-in redirect answered
//
// In a browser test: `const x = await serveReplica(ext, xServer(options))` serves it at
// https://x.com (both browsers, tests/support/harness-types.ts); `ext.grantHost('https://x.com')` grants the optional host. As with the LinkedIn
// replica, Playwright does not route a request that a routed answer redirected: in Chromium
// a signed-out tab ends on an error page AT the sign-in URL; the sign-in page itself shows
// only when loaded directly.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

export const X = 'https://x.com';
export const GROK_PATH = '/settings/grok_settings';
export const X_LOGIN_PATH = '/i/flow/login';
const API = '/i/api/replica';

/** The Grok training label, as the facts quote it. */
export const GROK_TRAINING_LABEL = {
  current: 'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning',
  2024: 'Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning',
};

/**
 * Every box the replica knows, by id: its page, its English label (facts for the Grok
 * ones; invented for the four privacy ones) and its French label (invented).
 * @type {Record<string, { path: string, en: string, fr: string }>}
 */
export const X_BOXES = {
  'grok-training': {
    path: GROK_PATH,
    en: GROK_TRAINING_LABEL.current,
    fr: 'Autoriser l’utilisation de vos données publiques ainsi que de vos interactions, entrées et résultats avec Grok et xAI pour l’entraînement et l’ajustement',
  },
  'grok-history': {
    path: GROK_PATH,
    en: 'Allow Grok to remember your conversation history',
    fr: 'Autoriser Grok à se souvenir de l’historique de vos conversations',
  },
  'grok-personalize': { path: GROK_PATH, en: 'Allow X to personalize your experience with Grok', fr: 'Autoriser X à personnaliser votre expérience avec Grok' },
  // Invented labels: only the hook (CHECKBOX_1_LABEL) is known for these four.
  'x-location': { path: '/settings/location', en: 'Personalize based on places you’ve been', fr: 'Personnaliser en fonction des lieux où vous êtes allé' },
  'x-business-partners': {
    path: '/settings/data_sharing_with_business_partners',
    en: 'Allow additional information sharing with business partners',
    fr: 'Autoriser le partage d’informations supplémentaires avec les partenaires commerciaux',
  },
  'x-off-x-activity': {
    path: '/settings/off_twitter_activity',
    en: 'Allow use of where you see X content across the web',
    fr: 'Autoriser l’utilisation des endroits où vous voyez du contenu X sur le Web',
  },
  'x-ads-preferences': { path: '/settings/ads_preferences', en: 'Personalized ads', fr: 'Publicités personnalisées' },
};

export const GROK_IDS = ['grok-training', 'grok-history', 'grok-personalize'];
export const X_PRIVACY_IDS = ['x-location', 'x-business-partners', 'x-off-x-activity', 'x-ads-preferences'];

/** Page titles and texts (invented, in both languages, except where the facts name the page). */
const TEXT = {
  en: {
    titles: {
      [GROK_PATH]: 'Grok & Third-party Collaborators',
      '/settings/location': 'Location information',
      '/settings/data_sharing_with_business_partners': 'Data sharing with business partners',
      '/settings/off_twitter_activity': 'Off-X activity',
      '/settings/ads_preferences': 'Ads preferences',
    },
    grokIntro: 'Data sharing',
    grokNote:
      'To continue improving your experience, we may utilize your X posts as well as your user interactions, inputs and results with Grok for training and fine-tuning purposes.',
    learnMore: 'Learn more',
    error: 'Something went wrong, but don’t fret — let’s give it another shot.',
    signIn: 'Sign in to X',
    identifier: 'Phone, email, or username',
    next: 'Next',
  },
  fr: {
    titles: {
      [GROK_PATH]: 'Grok et collaborateurs tiers',
      '/settings/location': 'Informations de localisation',
      '/settings/data_sharing_with_business_partners': 'Partage de données avec les partenaires commerciaux',
      '/settings/off_twitter_activity': 'Activité en dehors de X',
      '/settings/ads_preferences': 'Préférences en matière de publicités',
    },
    grokIntro: 'Partage de données',
    grokNote: 'Pour continuer à améliorer votre expérience, nous pouvons utiliser vos posts X ainsi que vos interactions avec Grok.',
    learnMore: 'En savoir plus',
    error: 'Un problème est survenu. Réessayez.',
    signIn: 'Se connecter à X',
    identifier: 'Téléphone, adresse email ou nom d’utilisateur',
    next: 'Suivant',
  },
};

/** @typedef {{ id: string, label: string, on: boolean }} Box */

/**
 * @typedef {object} XServerOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]  answer to the nth save; default success after 500 ms
 * @property {number} [renderDelayMs]   client-side render delay of every settings page (default 300)
 * @property {'current' | '2024'} [wording]  the Grok training label's wording (default the current one)
 * @property {string[]} [order]         the order of the three Grok boxes (a permutation of GROK_IDS)
 * @property {Record<string, boolean>} [state]  initial saved state by id (default: every box on)
 * @property {Record<string, Box[]>} [decoys]  other boxes per page path (their `on` is their initial saved state)
 * @property {boolean} [decoyFirst]     decoys come before the page's own boxes (they take the first CHECKBOX_n ids)
 * @property {string[]} [missing]       ids of boxes X no longer shows (their pages render without them)
 * @property {'en' | 'fr'} [lang]       the pages' language (French texts are invented)
 * @property {'label' | 'beside'} [markup]  the box inside a <label> with its text (default), or its text beside it, tied only by aria-describedby
 * @property {boolean} [signedOut]      every /settings/ page redirects to sign-in from the start
 * @property {number} [signOutAfter]    serve this many /settings/ pages, then redirect every later one to sign-in
 * @property {Record<string, string | { status: number, headers?: Record<string, string>, body?: string } | (() => any)>} [pages]
 *   paths to serve as given, over anything else
 */

/** @param {XServerOptions} [options] */
export function xServer(options = {}) {
  const lang = options.lang ?? 'en';
  const text = TEXT[lang];
  const missing = new Set(options.missing ?? []);
  const order = options.order ?? GROK_IDS;
  if (order.length !== GROK_IDS.length || !GROK_IDS.every((id) => order.includes(id))) throw new Error(`order must be a permutation of ${GROK_IDS.join(', ')}`);

  /** @type {Record<string, boolean>} what X has saved, by box id */
  const saved = {};
  for (const id of Object.keys(X_BOXES)) saved[id] = options.state?.[id] ?? true;
  for (const boxes of Object.values(options.decoys ?? {})) for (const b of boxes) saved[b.id] = options.state?.[b.id] ?? b.on;
  const desk = saveDesk(saved, options.saves, 500);

  const log = {
    clicks: /** @type {string[]} */ ([]),
    clicksAt: /** @type {{ id: string, path: string }[]} */ ([]),
    saves: desk.log,
    paths: /** @type {string[]} */ ([]),
    loadsByPath: /** @type {Record<string, number>} */ ({}),
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  let settingsLoads = 0;
  let gate = Boolean(options.signedOut);
  let gateForced = false;

  const labelOf = (id) => {
    if (id === 'grok-training' && lang === 'en') return GROK_TRAINING_LABEL[options.wording ?? 'current'];
    return X_BOXES[id][lang];
  };

  /** The boxes of a page, in page order, with what X has saved. */
  function boxesOf(path) {
    const own = (path === GROK_PATH ? order : Object.keys(X_BOXES).filter((id) => X_BOXES[id].path === path))
      .filter((id) => !missing.has(id))
      .map((id) => ({ id, label: labelOf(id), on: saved[id] }));
    const decoys = (options.decoys?.[path] ?? []).map((b) => ({ ...b, on: saved[b.id] }));
    return options.decoyFirst ? [...decoys, ...own] : [...own, ...decoys];
  }

  function served(path, body) {
    log.paths.push(path);
    log.loadsByPath[path] = (log.loadsByPath[path] ?? 0) + 1;
    return body;
  }

  /** A 302 to sign-in for a /settings/ page once signed out, else null. */
  function redirect(path) {
    if (!path.startsWith('/settings/')) return null;
    if (!gateForced) {
      settingsLoads++;
      if (options.signOutAfter !== undefined && settingsLoads > options.signOutAfter) gate = true;
    }
    if (!gate) return null;
    const to = `${X}${X_LOGIN_PATH}?redirect_after_login=${encodeURIComponent(path)}`;
    log.redirects.push({ path, to });
    return { status: 302, headers: { location: to }, body: '' };
  }

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    const spec = options.pages?.[req.path];
    if (spec !== undefined) return typeof spec === 'function' ? spec() : spec;
    const moved = redirect(req.path);
    if (moved) return moved;
    const title = text.titles[req.path];
    if (title)
      return served(
        req.path,
        xPage({ lang, title, path: req.path, boxes: boxesOf(req.path), renderDelayMs: options.renderDelayMs ?? 300, markup: options.markup ?? 'label' }),
      );
    if (req.path === X_LOGIN_PATH) return served(req.path, xSignInPage(lang));
    return undefined;
  }

  return {
    origin: X,
    handle,
    log,
    /** What X has saved now for a box. */
    isOn: (/** @type {string} */ id) => saved[id],
    /** Change what X has saved, as the user would from another device. */
    set: (/** @type {string} */ id, /** @type {boolean} */ on) => {
      saved[id] = on;
    },
    /** From now on every /settings/ page redirects to the sign-in page. */
    signOut: () => {
      gate = true;
      gateForced = true;
    },
    /** Signed in again (signedOut/signOutAfter no longer apply). */
    signIn: () => {
      gate = false;
      gateForced = true;
    },
    settled: desk.settled,
  };
}

const STYLE = `
  body { font: 15px -apple-system, system-ui, sans-serif; margin: 0; background: #000; color: #e7e9ea; }
  main { max-width: 600px; margin: 0 auto; border-inline: 1px solid #2f3336; min-height: 100vh; }
  h2 { font-size: 20px; padding: 12px 16px; margin: 0; }
  .note { color: #71767b; padding: 0 16px 12px; font-size: 13px; }
  .box { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 12px 16px; cursor: pointer; }
  input[type=checkbox] { width: 20px; height: 20px; accent-color: #1d9bf0; }
  .toast { position: fixed; bottom: 24px; left: 50%; transform: translateX(-50%); background: #1d9bf0; color: #fff; padding: 12px 16px; border-radius: 4px; }
`;

/**
 * One settings page, rendered client-side from the state it was served with.
 * @param {{ lang: 'en' | 'fr', title: string, path: string, boxes: Box[], renderDelayMs: number, markup: 'label' | 'beside' }} page
 */
function xPage(page) {
  const text = TEXT[page.lang];
  const config = { ...page, grok: page.path === GROK_PATH, text: { intro: text.grokIntro, note: text.grokNote, learnMore: text.learnMore, error: text.error } };
  return `<!doctype html>
<html lang="${page.lang}" dir="ltr">
<head><meta charset="utf-8"><title>${page.title} / X</title><style>${STYLE}</style></head>
<body>
<div id="react-root"><main id="main" aria-busy="true"></main></div>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  ${clientHelpers(`${API}/log`)}

  logEveryClick('[data-replica-id], a, button, input, label', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());

  // X's markup, as far as the facts go: <label> around the box, the visible label text with
  // the positional id CHECKBOX_n_LABEL, and the box described by it.
  function box(b, n) {
    // 'beside': a plain row, the text in a span beside the box, tied to it by aria-describedby only.
    const label = document.createElement(config.markup === 'beside' ? 'div' : 'label');
    label.className = 'box';
    const textWrap = document.createElement('div');
    const span = document.createElement('span');
    span.id = 'CHECKBOX_' + n + '_LABEL';
    span.textContent = b.label;
    textWrap.append(span);
    const boxWrap = document.createElement('div');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('aria-describedby', span.id);
    input.setAttribute('data-replica-id', b.id);
    input.checked = b.on;
    input.addEventListener('change', () => {
      const wanted = input.checked;
      postSave('${API}/settings', b.id, wanted).then(({ ok, answer }) => {
        if (ok) return replica.saves.push({ id: b.id, on: wanted });
        replica.failures++;
        if (answer.putBack !== false) input.checked = !wanted;
        toast(config.text.error);
      });
    });
    boxWrap.append(input);
    label.append(textWrap, boxWrap);
    return label;
  }

  function render() {
    const main = document.getElementById('main');
    const h2 = document.createElement('h2');
    h2.textContent = config.title;
    main.append(h2);
    if (config.grok) {
      const h3 = document.createElement('h3');
      h3.textContent = config.text.intro;
      main.append(h3);
    }
    config.boxes.forEach((b, i) => main.append(box(b, i + 1)));
    if (config.grok) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = config.text.note + ' ';
      const more = document.createElement('a');
      more.href = 'https://help.x.com/en/using-x/about-grok';
      more.textContent = config.text.learnMore;
      note.append(more);
      main.append(note);
    }
    main.removeAttribute('aria-busy');
    replica.rendered = true;
  }
  setTimeout(render, config.renderDelayMs);
})();
</script>
</body>
</html>`;
}

/** X's sign-in flow page (its markup is not modelled: only that it is not the page asked for). */
function xSignInPage(lang) {
  const text = TEXT[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text.signIn} / X</title></head><body>
<main><h1>${text.signIn}</h1><form><input name="text" autocomplete="username" aria-label="${text.identifier}"><button type="button">${text.next}</button></form></main></body></html>`;
}
