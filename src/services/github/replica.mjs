// A replica of GitHub's Copilot features page (github.com/settings/copilot/features), for the
// browser tests: its Privacy section, server-rendered from what is saved, where "Allow GitHub
// to use my data for AI model training" and "…for product improvements" each show a value,
// Enabled or Disabled, chosen from a dropdown; a choice is saved at once through an API
// (replica-saves.mjs), late or with a failure, and the next load shows what was saved.
//
// Modelled only on ./facts.md (github.com cannot be reached from the build machines), and
// independent of the service's data (./service.ts): a typo there cannot pass its own test.
// From the facts: the address, the two labels, the values Enabled / Disabled chosen from a
// dropdown, that the row is absent for a seat an organisation manages, the sign-in redirect
// to /login. INVENTED, and marked so: the markup (a native <select> by default, or, with
// `markup: 'menu'`, a button whose menu lists the values, as a design-system dropdown), the
// other sections, the notice an organisation's seat shows, the error flash, the sign-in page.
//
// Server API (as tests/fixtures/switch-site.mjs): origin, handle(req), isOn(id) (true:
// Enabled), set(id, on), signOut(), settled(), options (read at each load), log { clicks,
// changes, saves, loads, redirects }. Ids: 'training', 'improvements'. `log.changes` lists
// every value a page chose, by id: a choice without a click still shows there.
import { answerApi, clientHelpers, saveDesk } from '../../../tests/fixtures/replica-saves.mjs';

const API = '/__replica';
export const GITHUB_ORIGIN = 'https://github.com';
export const GITHUB_PATH = '/settings/copilot/features';
/** Facts: the two rows of the Privacy section. */
export const GITHUB_ROWS = {
  training: 'Allow GitHub to use my data for AI model training',
  improvements: 'Allow GitHub to use my data for product improvements',
};
/** Invented: what an organisation's seat shows instead of the training row. */
const GITHUB_MANAGED = 'You are assigned a seat as part of a Copilot Business subscription managed by your organization.';

/**
 * @typedef {object} GitHubOptions
 * @property {import('../../../tests/fixtures/replica-saves.mjs').SavesOption} [saves]
 * @property {Record<string, boolean>} [state]  saved at first, by id (true: Enabled); default both Enabled
 * @property {'select' | 'menu'} [markup]
 * @property {boolean} [managed]  a seat an organisation manages: no training row, a notice
 * @property {[string, string]} [values]  the values' words (default Enabled, Disabled; invented others: a wording we do not know)
 * @property {boolean} [signedOut]
 */

/** @param {GitHubOptions} [options] */
export function githubServer(options = {}) {
  /** @type {Record<string, boolean>} */
  const saved = { training: options.state?.training ?? true, improvements: options.state?.improvements ?? true };
  const desk = saveDesk(saved, options.saves, 500);
  const log = {
    clicks: /** @type {string[]} */ ([]),
    changes: /** @type {string[]} */ ([]),
    saves: desk.log,
    loads: 0,
    redirects: /** @type {{ path: string, to: string }[]} */ ([]),
  };
  let signedOut = options.signedOut === true;

  /** @param {{ method: string, path: string, url?: string, body: string | null }} req */
  async function handle(req) {
    if (req.method === 'POST' && req.path === `${API}/change`) {
      log.changes.push(String(JSON.parse(req.body ?? '{}').id));
      return { status: 204, body: '' };
    }
    const api = await answerApi(req, API, log, desk);
    if (api) return api;
    if (req.path === GITHUB_PATH) {
      if (signedOut) {
        const to = `${GITHUB_ORIGIN}/login?return_to=${encodeURIComponent(req.path)}`;
        log.redirects.push({ path: req.path, to });
        return { status: 302, headers: { location: to }, body: '' };
      }
      log.loads++;
      return featuresPage(options.markup ?? 'select', options.managed === true, saved, options.values ?? VALUES);
    }
    if (req.path === '/login') return loginPage();
    return undefined;
  }

  return {
    origin: GITHUB_ORIGIN,
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

const STYLE = `
  body { font: 14px -apple-system, system-ui, sans-serif; margin: 0; color: #1f2328; }
  main { max-width: 760px; margin: 0 auto; padding: 24px; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: 16px; padding: 12px 0; border-top: 1px solid #d1d9e0; }
  select, .dropdown { font: inherit; padding: 4px 8px; border: 1px solid #d1d9e0; border-radius: 6px; background: #f6f8fa; }
  [role=menu] { position: absolute; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; list-style: none; margin: 0; padding: 4px 0; }
  [role=menuitemradio] { padding: 6px 12px; cursor: pointer; }
  .flash-error { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); background: #ffebe9; border: 1px solid #ff818266; padding: 10px 14px; border-radius: 6px; }
`;

const VALUES = ['Enabled', 'Disabled'];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The row: a label and its value's control, server-rendered from what is saved. */
function row(id, label, on, markup, values) {
  const value = on ? values[0] : values[1];
  if (markup === 'select') {
    const options = values.map((v, i) => `<option value="${i === 0 ? 'enabled' : 'disabled'}"${v === value ? ' selected' : ''}>${v}</option>`).join('');
    return `<div class="row"><label for="copilot-${id}">${esc(label)}</label><select id="copilot-${id}" name="${id}" data-replica-id="${id}" data-save="${id}">${options}</select></div>`;
  }
  return `<div class="row"><span id="copilot-${id}-label">${esc(label)}</span><button type="button" class="dropdown" id="copilot-${id}" aria-haspopup="true" aria-expanded="false" aria-labelledby="copilot-${id}-label copilot-${id}" data-replica-id="${id}" data-menu="${id}">${value}</button></div>`;
}

function featuresPage(markup, managed, saved, values) {
  const training = managed ? `<p class="notice">${esc(GITHUB_MANAGED)}</p>` : row('training', GITHUB_ROWS.training, saved.training, markup, values);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Copilot features</title><style>${STYLE}</style></head>
<body>
<main>
  <h1>Copilot</h1>
  <form action="/settings/copilot/features" method="post" onsubmit="event.preventDefault(); fetch('${API}/log', { method: 'POST', body: JSON.stringify({ click: 'SUBMITTED' }) })">
    <h2>Privacy</h2>
    ${training}
    ${row('improvements', GITHUB_ROWS.improvements, saved.improvements, markup, values)}
    <button type="submit" data-replica-id="submit" hidden>Save</button>
  </form>
</main>
<script>
(() => {
  ${clientHelpers(`${API}/log`)}
  logEveryClick('[data-replica-id], a, button, select, [role=menuitemradio]', (el) => el.getAttribute('data-replica-id') || el.tagName.toLowerCase());
  const changed = (id) => fetch('${API}/change', { method: 'POST', keepalive: true, body: JSON.stringify({ id }) });
  // Saved at once, as GitHub's dropdowns do; a failure puts the value back and says so.
  function save(id, value, putBack) {
    changed(id + ':' + value);
    postSave('${API}/settings', id, value === 'enabled').then(({ ok }) => {
      if (ok) return;
      putBack();
      const flash = document.createElement('div');
      flash.className = 'flash-error';
      flash.setAttribute('role', 'alert');
      flash.textContent = 'Something went wrong. Please try again.';
      document.body.append(flash);
    });
  }
  for (const select of document.querySelectorAll('select[data-save]')) {
    let was = select.value;
    select.addEventListener('change', () => {
      const now = select.value;
      save(select.dataset.save, now, () => { select.value = was; });
      was = now;
    });
  }
  for (const button of document.querySelectorAll('[data-menu]')) {
    button.addEventListener('click', () => {
      if (document.querySelector('[role=menu]')) return;
      const menu = document.createElement('ul');
      menu.setAttribute('role', 'menu');
      for (const v of ${JSON.stringify(values)}) {
        const item = document.createElement('li');
        item.setAttribute('role', 'menuitemradio');
        item.setAttribute('aria-checked', String(button.textContent === v));
        const value = v === ${JSON.stringify(values[0])} ? 'enabled' : 'disabled';
        item.dataset.replicaId = button.dataset.menu + ':' + value;
        item.textContent = v;
        item.addEventListener('click', () => {
          const was = button.textContent;
          button.textContent = v;
          menu.remove();
          button.setAttribute('aria-expanded', 'false');
          save(button.dataset.menu, value, () => { button.textContent = was; });
        });
        menu.append(item);
      }
      button.setAttribute('aria-expanded', 'true');
      button.after(menu);
    });
  }
})();
</script>
</body>
</html>`;
}

function loginPage() {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to GitHub</title></head><body><main><h1>Sign in to GitHub</h1><form><label>Username or email address <input name="login"></label><button type="button">Sign in</button></form></main></body></html>';
}
