// A replica of Tumblr for the browser tests: the account settings, which list the user's
// blogs, and each blog's settings, where "Prevent third-party sharing for <blog>" is a switch
// that protects when on and saves at once. It keeps what each blog has saved and renders it
// on every load (client-side, after a delay).
//
// Modelled only on ./facts.md, and independent of the service's data (./service.ts): typed
// by hand, never copied. FROM THE FACTS (medium): each blog's settings address
// (/settings/blog/<blog>), the switch's label with the blog's name, on means protected, and
// on already where "discourage searching" is on. INVENTED: the account settings' list of
// blogs (/settings/account) and its links; the markup (a button role="switch" named by its
// visible label), that the switch is disabled while "discourage searching" is on, the other
// switches on the page, the error's words, and the sign-in redirect (/login).
//
// Options: `blogs` (name -> { sharing, discourage }), `saves` (tests/fixtures/replica-saves.mjs),
// `signedOut`. Server API: origin, handle(req), isOn(blog), log.clicks, log.clicksAt, log.saves,
// log.loads, signOut(), settled().
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

const API = '/__replica';
export const TUMBLR_ORIGIN = 'https://www.tumblr.com';
/** The switch's label, as the facts quote it, for one blog. */
export const sharingLabel = (/** @type {string} */ blog) => `Prevent third-party sharing for ${blog}`;

/**
 * @typedef {object} TumblrOptions
 * @property {Record<string, { sharing: boolean, discourage?: boolean }>} blogs
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]
 * @property {boolean} [signedOut]
 */

/** @param {TumblrOptions} options */
export function tumblrServer(options) {
  /** @type {Record<string, boolean>} */
  const saved = {};
  for (const [blog, b] of Object.entries(options.blogs)) saved[blog] = b.sharing;
  const desk = saveDesk(saved, options.saves, 400);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    clicksAt: /** @type {{ id: string, path: string }[]} */ ([]),
    saves: desk.log,
    loads: /** @type {string[]} */ ([]),
  };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, body: string | null }} req */
  async function handle(req) {
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path === '/login') return page('Log in', '<main><h1>Log in to Tumblr</h1><input type="email" aria-label="Email"></main>');
    const blog = /^\/settings\/blog\/([^/]+)\/?$/.exec(req.path)?.[1];
    if (req.path !== '/settings/account' && !blog) return undefined;
    if (signedOut) return { status: 302, headers: { location: `${TUMBLR_ORIGIN}/login?redirect_to=${encodeURIComponent(req.path)}` }, body: '' };
    log.loads.push(req.path);
    if (!blog) return settingsPage({ blogs: Object.keys(options.blogs), blog: null });
    if (!(blog in saved)) return { status: 404, body: '<h1>Not found</h1>' };
    return settingsPage({ blogs: Object.keys(options.blogs), blog, on: saved[blog], discourage: options.blogs[blog].discourage === true });
  }

  return {
    origin: TUMBLR_ORIGIN,
    handle,
    log,
    isOn: (/** @type {string} */ blog) => saved[blog],
    signOut: () => {
      signedOut = true;
    },
    settled: desk.settled,
  };
}

const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** INVENTED: a settings page with the list of blogs beside it; a blog's page shows its switches. */
function settingsPage(/** @type {{ blogs: string[], blog: string | null, on?: boolean, discourage?: boolean }} */ config) {
  return page(
    'Settings',
    `<nav aria-label="Blogs"><ul id="blogs"></ul></nav><main aria-busy="true"></main>
<script>
(() => {
  const config = ${JSON.stringify(config)};
  ${clientHelpers(`${API}/log`)}
  logEveryClick('[data-replica-id], a, button', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());
  function sw(id, label, on, disabled, save) {
    const row = document.createElement('div');
    const p = document.createElement('p');
    p.id = id + '-label';
    p.textContent = label;
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'switch');
    b.setAttribute('aria-labelledby', p.id);
    b.setAttribute('data-replica-id', id);
    b.setAttribute('aria-checked', String(on));
    if (disabled) b.disabled = true;
    b.addEventListener('click', () => {
      const wanted = b.getAttribute('aria-checked') !== 'true';
      b.setAttribute('aria-checked', String(wanted));
      if (!save) return;
      postSave('${API}/settings', config.blog, wanted).then(({ ok }) => {
        if (ok) return;
        b.setAttribute('aria-checked', String(!wanted));
        toast('Something went wrong. Please try again.');
      });
    });
    row.append(p, b);
    return row;
  }
  setTimeout(() => {
    for (const blog of config.blogs) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/settings/blog/' + blog;
      a.textContent = blog;
      li.append(a);
      document.getElementById('blogs').append(li);
    }
    const main = document.querySelector('main');
    if (config.blog) {
      const h = document.createElement('h1');
      h.textContent = config.blog;
      main.append(
        h,
        sw('discourage', 'Hide ' + config.blog + ' from search results', config.discourage, false, false),
        sw('sharing', ${JSON.stringify(sharingLabel('BLOG'))}.replace('BLOG', config.blog), config.on || config.discourage, config.discourage, true),
        sw('replies', 'Let others reply to your posts', true, false, false),
      );
    } else {
      const h = document.createElement('h1');
      h.textContent = 'Account';
      main.append(h);
    }
    main.removeAttribute('aria-busy');
  }, 300);
})();
</script>`,
  );
}
