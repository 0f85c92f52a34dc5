// Launch Chromium with the built extension, for the browser tests and the demo.
// Plain JavaScript (with JSDoc types) so the demo runs with plain Node.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../dist');
/** No-op stand-ins for the desktop-menu scripts Chromium runs on each uninstall (see the files). */
const NO_DESKTOP = resolve(import.meta.dirname, 'no-desktop');

/** The browser to drive: $CHROMIUM_PATH, else Debian's Chromium. */
function browserPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.`);
  }
  return path;
}

/**
 * How every Chromium here is started: through a script that runs browserPath() with
 * Playwright's --disable-features and ours merged (see the script). `env`: the browser's.
 */
function launcher(env) {
  return { executablePath: resolve(import.meta.dirname, 'chromium-features.sh'), env: { ...env, CHROMIUM_REAL: browserPath() } };
}

/**
 * Browser features the tests switch off, on top of Playwright's own list. Headless Chromium
 * draws the whole browser window, omnibox included, and its suggestion popup is a WebUI page
 * in a renderer of its own that worked on every navigation: about a fifth of the CPU of an
 * extension page's reload (traced), and 7% of the browser tests' CPU (1148 to 1070 CPU-s).
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Chromium's switches for every run here: nothing may reach the network, every LinkedIn page is a replica served by routing. */
function offlineArgs(locale = 'en-US') {
  return [
    '--no-sandbox',
    `--lang=${locale}`,
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
  ];
}

/**
 * The same Chromium without the extension, for baselines that must run alone (the
 * benchmark's PSST run): close the browser when done.
 * @param {{ headless?: boolean, locale?: string }} [options]
 */
export async function launchWithoutExtension(options = {}) {
  const browser = await chromium.launch({
    ...launcher(process.env),
    headless: options.headless ?? true,
    args: offlineArgs(options.locale),
  });
  const context = await browser.newContext({ locale: options.locale ?? 'en-US' });
  return { browser, context };
}

/**
 * Chromium with a persistent profile (extensions run only in one), able to load the
 * unpacked build.
 * @param {string} userDataDir
 * @param {{ env?: Record<string, string>, headless?: boolean, locale?: string }} options
 * @param {string[]} extensionArgs
 */
async function launchPersistent(userDataDir, options, extensionArgs) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...launcher({ ...process.env, PATH: `${NO_DESKTOP}${delimiter}${process.env.PATH ?? ''}`, ...(options.env ?? {}) }),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    // Playwright disables extensions unless --load-extension is given; a browser that
    // installs them later (openChromium) keeps them enabled.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...extensionArgs, ...offlineArgs(options.locale)],
  });
  // A tab the extension opens itself (tabs.create) starts loading before routing is attached
  // to it, and with every host name unresolvable it lands on an error page. Reloading it, as
  // a user would, brings the replica once routing applies.
  // On a loaded machine a reload can still come too early, and routing took over a second
  // to attach once (a CI run's objection test saw five reloads within a second all land on
  // the error page): keep trying, ever less often, for up to 15 s. A reload that fails (too
  // early, or while Chromium swaps the tab's process) throws: that attempt is over, not the
  // recovery (a CI run's objection form stayed on the error page when one throw ended it).
  // Once the tab has shown anything but the error page, it is never reloaded again, and it is
  // not reloaded while a load of its own is under way: Chromium's error page reloads itself
  // (auto-reload of network errors), and a reload of ours racing it starts over the replica
  // that load brings (a CI run's prefill, done in it, was lost that way: the trace showed the
  // replica being served when the harness reloaded).
  context.on('page', async (page) => {
    const until = Date.now() + 15_000;
    let recovered = false;
    const loading = new Set();
    const mainLoad = (request) => request.isNavigationRequest() && request.frame() === page.mainFrame();
    page.on('request', (request) => mainLoad(request) && loading.add(request));
    for (const end of ['requestfinished', 'requestfailed']) page.on(end, (request) => loading.delete(request));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith('chrome-error://') && frame.url() !== 'about:blank') recovered = true;
    });
    const stuck = () => !recovered && loading.size === 0 && page.mainFrame().url().startsWith('chrome-error://');
    for (let attempt = 0; Date.now() < until && !page.isClosed() && !recovered; attempt++) {
      try {
        await page.waitForLoadState();
        await page.waitForTimeout(Math.min(100 * attempt, 1_000));
        if (stuck()) await page.reload();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100)); // the loop looks again (and ends if the page has closed)
      }
    }
  });
  return context;
}

/**
 * What a test, the demo or the benchmark gets: the browser, the extension's worker and where its pages are.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Worker} worker
 * @param {string} userDataDir
 */
function launched(context, worker, userDataDir) {
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir, popupUrl: `chrome-extension://${extensionId}/src/popup/index.html` };
}

/**
 * A temporary profile made here is removed when its browser closes.
 * (Playwright's 'close' event comes before the browser has let go of the folder, so the
 * removal follows close() itself.)
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} userDataDir
 */
function removeOnClose(context, userDataDir) {
  afterClose(context, () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 }));
}

/** Run `cleanUp` once `context.close()` has finished. */
function afterClose(context, cleanUp) {
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    cleanUp();
  };
}

/**
 * libfaketime keeps each faked process tree's clock in /dev/shm (faketime_shm_<pid> and
 * sem.faketime_sem_<pid>) and leaves both behind when Chromium ends: hundreds after a few
 * runs. Once a browser at another date has closed, the files of processes that no longer
 * exist are removed (a browser still running, another worker's, keeps its own).
 */
function removeEndedFaketimeFiles() {
  let names = [];
  try {
    names = readdirSync(SHM);
  } catch {
    return; // no /dev/shm here: nothing was left there
  }
  for (const name of names) {
    const pid = Number(/^(?:faketime_shm_|sem\.faketime_sem_)(\d+)$/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) rmSync(join(SHM, name), { force: true });
  }
}

const SHM = '/dev/shm';

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM'; // running, as another user
  }
}

function builtIn(dist) {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build first.`);
  return dist;
}

/**
 * Chromium of its own with the built extension, for a run that needs its own locale,
 * clock or profile (close the context when done).
 * @param {{ userDataDir?: string, env?: Record<string, string>, headless?: boolean, dist?: string, locale?: string }} [options]
 */
export async function launchWithExtension(options = {}) {
  const dist = builtIn(options.dist ?? DIST);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ai-optout-profile-'));
  const context = await launchPersistent(userDataDir, options, [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]);
  // A caller's own userDataDir is the caller's to keep or remove.
  if (!options.userDataDir) removeOnClose(context, userDataDir);
  if (options.env?.FAKETIME) afterClose(context, removeEndedFaketimeFiles);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return launched(context, worker, userDataDir);
}

/**
 * One English Chromium serving many tests in turn, as Firefox does (tests/support/firefox.ts):
 * starting a browser costs more CPU than most tests (measured: 2.4 CPU-s per launch and
 * close on the 2-core CI machine class). Each test gets the extension freshly installed
 * (DevTools' Extensions.loadUnpacked, same folder, so the same id) and uninstalled after,
 * which takes its storage, granted hosts, site-access choices, alarms, badge, notifications
 * and registered scripts with it; tabs, routes and cookies are cleared here.
 * tests/e2e/both/harness-reuse.spec.ts checks that the next test sees a fresh install.
 * @param {{ dist?: string }} [options]
 */
export async function openChromium(options = {}) {
  const dist = builtIn(options.dist ?? DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ai-optout-profile-'));
  const context = await launchPersistent(userDataDir, {}, ['--enable-unsafe-extension-debugging']);
  removeOnClose(context, userDataDir);
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context: cannot install the extension');
  const devtools = await browser.newBrowserCDPSession();
  return {
    /** The extension, freshly installed; `uninstall()` when the test is done. */
    async install() {
      // Workers of earlier installs (same id, same URL) can stay listed long after their
      // uninstall, never reporting 'close': they are not this install's.
      const earlier = new Set(context.serviceWorkers());
      const started = context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://') && !earlier.has(w),
        timeout: 30_000,
      });
      const { id } = await devtools.send('Extensions.loadUnpacked', { path: dist });
      /** This install's worker running now (the latest, if the test stopped one and another started), if any. */
      const running = () =>
        context
          .serviceWorkers()
          .filter((w) => w.url().startsWith(`chrome-extension://${id}/`) && !earlier.has(w))
          .at(-1);
      const worker = running() ?? (await started);
      started.catch(() => {}); // found without waiting: nobody waits on it
      return {
        ...launched(context, worker, userDataDir),
        async uninstall() {
          await context.unrouteAll({ behavior: 'ignoreErrors' });
          // Back to the one blank tab a fresh launch has.
          const [kept, ...others] = context.pages();
          await Promise.all(others.map((page) => page.close().catch(() => {})));
          if (!kept) await context.newPage();
          else if (kept.url() !== 'about:blank') await kept.goto('about:blank').catch(() => {});
          // The worker running now (the one installed may have been stopped and restarted
          // since, or be stopped already): the next install must not meet it.
          const now = running();
          const gone = now ? new Promise((resolve) => now.once('close', resolve)) : Promise.resolve();
          await devtools.send('Extensions.uninstall', { id });
          // Mostly within 0.3 s; now and then a worker never reports it (it is gone all the
          // same: it answers nothing), so do not wait long.
          await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 1_000))]);
          await context.clearCookies();
          await context.clearPermissions();
        },
      };
    },
    close: () => context.close(),
  };
}

/**
 * Environment that makes the whole browser (worker included) live at another date, from
 * `start` (local time in `timeZone`) on, with libfaketime. The shipped code has no clock
 * override; this is how the deadline tests choose their day.
 * @param {string} start e.g. '2025-10-20 10:00:00'
 */
export function atDate(start, timeZone = 'Europe/Paris') {
  const lib = process.env.FAKETIME_LIB || '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';
  if (!existsSync(lib)) throw new Error(`No libfaketime at ${lib}: apt-get install -y faketime, or set FAKETIME_LIB.`);
  return { LD_PRELOAD: lib, FAKETIME: `@${start}`, TZ: timeZone, FAKETIME_DONT_RESET: '1' };
}

/**
 * A replica's answer (HTML, a full answer, or nothing) as Playwright fulfils it: nothing is
 * a 404 page; the defaults are status 200 and `text/html; charset=utf-8`.
 * @param {string | { status?: number, headers?: Record<string, string>, body?: string, contentType?: string } | undefined} answer
 */
function toFulfil(answer) {
  if (answer === undefined) return { status: 404, contentType: 'text/html', body: '<h1>Page not found</h1>' };
  const full = typeof answer === 'string' ? { body: answer } : answer;
  return { status: full.status ?? 200, headers: full.headers ?? {}, body: full.body ?? '', contentType: full.contentType ?? 'text/html; charset=utf-8' };
}

/**
 * Answer every request to https://www.linkedin.com in `context` with `handler` (pages and
 * the replica API, possibly late): one routing for the tests, the demo and the benchmark.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {(request: { method: string, url: string, path: string, body: string | null }) => any} handler
 */
export function routeLinkedIn(context, handler) {
  return routeOrigin(context, 'https://www.linkedin.com', handler);
}

/**
 * Answer every request to `origin` (e.g. https://x.com) in `context` with `handler`, as
 * routeLinkedIn does for LinkedIn. Nothing reaches the real site: every host name is
 * unresolvable in these launches (offlineArgs), routed or not.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 * @param {(request: { method: string, url: string, path: string, body: string | null }) => any} handler
 */
export async function routeOrigin(context, origin, handler) {
  await context.route(`${new URL(origin).origin}/**`, async (route) => {
    const request = route.request();
    try {
      const answer = await handler({ method: request.method(), url: request.url(), path: new URL(request.url()).pathname, body: request.postData() });
      await route.fulfill(toFulfil(answer));
    } catch {
      // the page that asked has gone (closed, or reloaded) before a late answer
    }
  });
}
