// A replica of WordPress.com for the browser tests: the list of the user's sites, and each
// site's reading settings, where "Prevent third-party sharing for this site" is a box that
// protects when ticked and needs the form's Save. It keeps what each site has saved and
// renders it on every load (client-side, after a delay, as Calypso does).
//
// Modelled only on ./facts.md, and independent of the service's data (./service.ts): typed
// by hand, never copied. FROM THE FACTS (Automattic's open-source code, high): the reading
// settings' address (/settings/reading/<site>), the box's id (wpcom_prevent_third_party_sharing)
// and label, ticked means protected, the Save button, the "Settings saved." notice, and the
// box disabled and ticked while "Discourage search engines" is on. INVENTED: the list of
// sites (/sites) and its links to each site's home (/home/<site>); the rest of the page (its
// layout, the other form and its Save, "Discourage search engines"'s exact words), the error
// alert's words, the Save button's exact name, and the sign-in redirect (/log-in).
//
// Options: `sites` (address -> { sharing, discourage }: what each site has saved), `saves`
// (tests/fixtures/replica-saves.mjs: the answer to the nth save), `signedOut`, `unsure` (the
// box shown twice without its id: a page we cannot tell apart), `wpAdmin` (addresses of sites
// managed in their own wp-admin, listed with a link there only).
// Server API: origin, handle(req), isTicked(site), log.clicks ({ id, path } in log.clicksAt),
// log.saves, log.loads (by path), signOut(), setUnsure(on), settled().
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

const API = '/__replica';
export const WORDPRESS_ORIGIN = 'https://wordpress.com';
/** The box's label and id, as Automattic's code has them. */
export const SHARING_LABEL = 'Prevent third-party sharing for this site';
export const SHARING_ID = 'wpcom_prevent_third_party_sharing';

/**
 * @typedef {{ sharing: boolean, discourage?: boolean }} SiteState
 * @typedef {object} WordPressOptions
 * @property {Record<string, SiteState>} sites
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]
 * @property {boolean} [signedOut]
 * @property {boolean} [unsure]
 * @property {string[]} [wpAdmin]
 */

/** @param {WordPressOptions} options */
export function wordpressServer(options) {
  /** @type {Record<string, boolean>} what each site has saved: the box ticked */
  const saved = {};
  for (const [site, s] of Object.entries(options.sites)) saved[site] = s.sharing;
  const desk = saveDesk(saved, options.saves, 400);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    clicksAt: /** @type {{ id: string, path: string }[]} */ ([]),
    saves: desk.log,
    loads: /** @type {string[]} */ ([]),
  };
  let signedOut = options.signedOut === true;
  let unsure = options.unsure === true;

  /** @param {{ method: string, path: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path === '/log-in') return signInPage();
    const reading = /^\/settings\/reading\/([^/]+)\/?$/.exec(req.path);
    if (req.path !== '/sites' && !reading) return undefined;
    if (signedOut) return { status: 302, headers: { location: `${WORDPRESS_ORIGIN}/log-in?redirect_to=${encodeURIComponent(req.path)}` }, body: '' };
    log.loads.push(req.path);
    if (req.path === '/sites') return sitesPage(Object.keys(options.sites), options.wpAdmin ?? []);
    const site = reading[1];
    if (!(site in saved)) return { status: 404, body: '<h1>Site not found</h1>' };
    return readingPage({ site, ticked: saved[site], discourage: options.sites[site].discourage === true, unsure });
  }

  return {
    origin: WORDPRESS_ORIGIN,
    handle,
    log,
    /** What the site has saved: the box ticked. */
    isTicked: (/** @type {string} */ site) => saved[site],
    signOut: () => {
      signedOut = true;
    },
    setUnsure: (/** @type {boolean} */ on) => {
      unsure = on;
    },
    settled: desk.settled,
  };
}

const STYLE = `body { font: 15px system-ui, sans-serif; margin: 0; } main { max-width: 720px; margin: 0 auto; padding: 16px; }
  section { border: 1px solid #ddd; padding: 12px; margin: 12px 0; } .notice { position: fixed; bottom: 16px; left: 16px; padding: 8px 12px; background: #1d2327; color: #fff; }`;

const shell = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>${body}</body></html>`;

/** INVENTED: the list of the user's sites, drawn after a delay; a site managed in its own wp-admin links there only. */
function sitesPage(/** @type {string[]} */ sites, /** @type {string[]} */ wpAdmin) {
  const config = { sites, wpAdmin };
  return shell(
    'Sites',
    `<main aria-busy="true"><h1>Sites</h1><ul id="sites"></ul></main>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  ${clientHelpers(`${API}/log`)}
  logEveryClick('a, button', (el) => el.tagName.toLowerCase());
  setTimeout(() => {
    const list = document.getElementById('sites');
    for (const site of config.sites) {
      const li = document.createElement('li');
      li.innerHTML = '<a class="site-title"></a> <a class="site-url"></a>';
      li.children[0].href = '/home/' + site;
      li.children[0].textContent = 'My site ' + site.split('.')[0];
      li.children[1].href = 'https://' + site;
      li.children[1].textContent = site;
      list.append(li);
    }
    for (const site of config.wpAdmin) {
      const li = document.createElement('li');
      li.innerHTML = '<a class="site-admin"></a>';
      li.children[0].href = 'https://' + site + '/wp-admin/';
      li.children[0].textContent = site + ' (wp-admin)';
      list.append(li);
    }
    document.querySelector('main').removeAttribute('aria-busy');
  }, 300);
})();
</script>`,
  );
}

/** A site's reading settings: the facts' box in the visibility section of the reading form, with its Save; another form beside it. */
function readingPage(/** @type {{ site: string, ticked: boolean, discourage: boolean, unsure: boolean }} */ page) {
  return shell(
    'Reading Settings',
    `<main aria-busy="true"></main>
<script>
(() => {
  const page = ${JSON.stringify(page)};
  ${clientHelpers(`${API}/log`)}
  logEveryClick('[data-replica-id], a, button, input, label', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());
  // A box with an id has its <label for>; one without (the page we cannot tell apart) sits inside its <label>.
  const box = (id, replicaId, label, checked, disabled) => {
    const input = '<input type="checkbox"' + (id ? ' id="' + id + '"' : '') + ' data-replica-id="' + replicaId + '"' + (checked ? ' checked' : '') + (disabled ? ' disabled' : '') + '>';
    return id ? '<p>' + input + ' <label for="' + id + '">' + label + '</label></p>' : '<p><label>' + input + ' ' + label + '</label></p>';
  };
  function notice(text, role) {
    const n = document.createElement('div');
    n.className = 'notice';
    n.setAttribute('role', role);
    n.textContent = text;
    document.body.append(n);
    setTimeout(() => n.remove(), 4000);
  }
  setTimeout(() => {
    const main = document.querySelector('main');
    // The facts: disabled and ticked while "Discourage search engines" is on.
    const sharing = page.unsure
      ? box('', 'sharing', ${JSON.stringify(SHARING_LABEL)}, page.ticked, false) + box('', 'sharing-copy', ${JSON.stringify(SHARING_LABEL)}, page.ticked, false)
      : box(${JSON.stringify(SHARING_ID)}, 'sharing', ${JSON.stringify(SHARING_LABEL)}, page.ticked || page.discourage, page.discourage);
    main.innerHTML =
      '<h1>Reading Settings</h1>' +
      '<form id="reading"><section><h2>Site visibility</h2>' +
      box('blog_public_discourage', 'discourage', 'Discourage search engines from indexing this site', page.discourage, false) +
      sharing +
      '</section><button type="submit" data-replica-id="save" disabled>Save settings</button></form>' +
      '<form id="related"><section><h2>Related posts</h2>' + box('jetpack_relatedposts', 'related', 'Show related content after posts', true, false) +
      '</section><button type="submit" data-replica-id="save-related">Save settings</button></form>';
    const form = document.getElementById('reading');
    const save = form.querySelector('[data-replica-id="save"]');
    // Save is enabled once the form has changed, as Calypso's is; nothing is saved before it.
    form.addEventListener('change', () => { save.disabled = false; });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save.disabled = true;
      const ticked = form.querySelector('[data-replica-id="sharing"]').checked;
      postSave('${API}/settings', page.site, ticked).then(({ ok }) => {
        if (ok) return notice('Settings saved.', 'status');
        // The form stays as the user left it (ticked), unsaved: only the alert and a fresh load tell.
        save.disabled = false;
        notice('There was an error saving your settings. Please try again.', 'alert');
      });
    });
    document.getElementById('related').addEventListener('submit', (e) => e.preventDefault());
    main.removeAttribute('aria-busy');
    replica.rendered = true;
  }, 300);
})();
</script>`,
  );
}

/** INVENTED: the log-in page, with no box on it. */
function signInPage() {
  return shell(
    'Log in',
    '<main><h1>Log in to your account</h1><form><input type="email" aria-label="Email address"><button type="button">Continue</button></form></main>',
  );
}
