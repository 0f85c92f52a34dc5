// The neutral harness (harness-types.ts) in Firefox: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi, with the build from dist-firefox/ installed as a
// temporary add-on. Facts this relies on (Firefox 153 ESR):
// - extension pages open in a tab only with --remote-allow-system-access, and `goto` on
//   one may never report `load`, so we wait for the page's own content instead;
// - a fixed internal UUID (pref extensions.webextensions.uuids) gives the popup a known URL;
// - Puppeteer intercepts per page and never sees the background script's requests, so the
//   whole browser goes through a local recording proxy, and Firefox's own services are
//   kept quiet (MOZ_REMOTE_SETTINGS_DEVTOOLS lets puppeteer's dummy settings server apply);
// - a tab the extension opens itself starts loading before interception is on it and
//   lands on about:neterror: interception is put on it and its URL loaded again.
// A browser can serve many tests in turn (openFirefox + newExt, as the neutral fixture
// does per Playwright worker): each test gets the add-on freshly installed under a new
// internal UUID (new origin, so nothing stored by an earlier install is visible), after
// the previous install is uninstalled (its storage, alarms, notifications, registered
// scripts and permissions go with it), every tab is closed, and cookies, web storage and
// caches of every site are cleared. Launching Firefox is the slow part of a test (5 to 15 s
// on the shared 2-core machine, against about 1 s for the add-on).
import { expect } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { linkedInServer } from '../../src/services/linkedin/replica/server.mjs';
import { fromBidi, readPanel } from './panel';
import { completed, handlerOf, LINKEDIN, objectionIn, recordIn, replicaHandler, type Ext, type ServeHandler, type View } from './harness-types';

const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
const ADDON_ID = 'ai-optout-for-linkedin@opensource.invalid';
/** The internal UUID of the add-on's first install in a browser (later installs take a fresh one). */
const FIRST_UUID = '5f1c9a3e-7d2b-4c8e-9a61-0b3d2e4f6a71';
/** Hosts the replicas serve: never resolved to the real ones (site() adds each other host it serves, before serving it). */
const SERVED_HOSTS = [new URL(LINKEDIN).host];

/** The Firefox to drive: $FIREFOX_PATH, else Debian's Firefox ESR. Missing: a clear failure. */
function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}. Install Debian's (apt-get install -y firefox-esr, or npm run setup) or set FIREFOX_PATH to a Firefox 140+ binary.`);
  }
  return path;
}

/** A forward proxy that lets nothing through and writes down every request it is asked for. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

// Headless Firefox shows no notification a test could click. Firefox's own tests swap
// the alerts service for a mock; so do we, from the browser window's privileged scope
// (reachable over BiDi with --remote-allow-system-access): the extension's notifications
// are captured with their listener, and a click is that listener told "alertclickcallback",
// which is what a real click on the notification does.
const CAPTURE_ALERTS = `(() => {
  window.__testAlerts = [];
  const service = {
    showAlert(alert, listener) {
      window.__testAlerts.push({ alert, listener });
      listener?.observe(null, 'alertshow', alert.cookie);
    },
    showAlertNotification() {},
    closeAlert() {},
    QueryInterface: ChromeUtils.generateQI(['nsIAlertsService']),
  };
  const factory = { createInstance: (iid) => service.QueryInterface(iid), QueryInterface: ChromeUtils.generateQI(['nsIFactory']) };
  Components.manager.QueryInterface(Ci.nsIComponentRegistrar)
    .registerFactory(Components.ID('{4a2e6b1c-0f3d-4c5e-9a7b-8d6e5f4c3b2a}'), 'test alerts', '@mozilla.org/alerts-service;1', factory);
  return true;
})()`;

/** Evaluate an expression in the browser window's privileged (chrome) scope. */
async function chromeScope(browser: Browser): Promise<(expression: string) => Promise<unknown>> {
  const connection = (browser as unknown as { connection: unknown }).connection as { send(method: string, params: object): Promise<{ result: any }> };
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no browser window to the test');
  return async (expression) => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`in Firefox's chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result?.value;
  };
}

interface FirefoxExt extends Ext {
  /** Click the extension's notification `id`, as a user clicks it (see CAPTURE_ALERTS). */
  clickNotification(id: string): Promise<void>;
}

interface FirefoxOptions {
  /** Prefs on top of the harness's own (e.g. to withhold optional permission grants). */
  prefs?: Record<string, unknown>;
}

function viewOf(page: Page): View {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as Promise<any>,
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector),
    visible: (selector) => page.evaluate((s) => document.querySelector(s)?.checkVisibility() ?? false, selector),
    click: async (selector) => {
      await page.waitForSelector(selector, { visible: true });
      await page.click(selector);
    },
    fill: async (selector, value) => {
      await page.waitForSelector(selector, { visible: true });
      await page.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
      await page.type(selector, value);
      await page.$eval(selector, (el) => (el as HTMLInputElement).blur());
    },
    resize: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    panel: async () => {
      // WebDriver BiDi serializes a node with its shadow trees, closed ones too (includeShadowTree "all").
      const connection = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      const { result } = await connection.send('script.evaluate', {
        expression: 'document.documentElement',
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
      });
      return readPanel(fromBidi(result.result));
    },
    close: () => page.close(),
  };
}

/** The prefs of every launch: every request through the proxy at `proxyPort`. */
function prefsWith(proxyPort: number): Record<string, unknown> {
  return {
    // www.linkedin.com (and every host site() serves) never resolve to the real hosts; replicas are served by interception.
    'network.dns.localDomains': SERVED_HOSTS.join(','),
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIRST_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    'intl.locale.requested': 'en-US',
    // Every request the browser makes goes to the recording proxy, for the whole run.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': false,
  };
}

const launchOptions = (executablePath: string, userDataDir: string, prefs: Record<string, unknown>) => ({
  browser: 'firefox' as const,
  executablePath,
  headless: true,
  acceptInsecureCerts: true,
  userDataDir,
  args: ['--remote-allow-system-access'],
  env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  extraPrefsFirefox: prefs,
});

/**
 * A profile Firefox has already started with once (no add-on in it), kept between runs in
 * node_modules/.cache, one per Firefox binary. Firefox's first start on an empty profile
 * builds its databases and caches: measured on this machine, loaded, 6.8 s to start
 * fresh, 4.1 s from a copy of a used profile. Every launch starts from a copy of its own,
 * and the prefs of that launch (user.js) override the template's.
 */
let template: Promise<string> | null = null;
function warmProfile(executablePath: string): Promise<string> {
  template ??= (async () => {
    const { size, mtimeMs } = statSync(executablePath);
    const cache = resolve(import.meta.dirname, '../../node_modules/.cache/firefox-profile');
    const kept = join(cache, `${size}-${Math.round(mtimeMs)}`);
    if (existsSync(kept)) return kept;
    mkdirSync(cache, { recursive: true });
    const fresh = mkdtempSync(join(cache, 'making-'));
    // Port 9 (discard): nothing listens, so anything Firefox asks for at its first start fails at once.
    await (await puppeteer.launch(launchOptions(executablePath, fresh, prefsWith(9)))).close();
    try {
      renameSync(fresh, kept); // complete or absent: another worker may have been first
    } catch {
      rmSync(fresh, { recursive: true, force: true, maxRetries: 3 });
    }
    return kept;
  })();
  return template;
}

/** One Firefox that runs tests in turn, each with the add-on freshly installed. */
export interface FirefoxBrowser {
  /**
   * The add-on installed afresh for one test (the previous install uninstalled first, every
   * tab closed, site data cleared). Its close() uninstalls it and closes its tabs; the
   * browser stays for the next test.
   */
  newExt(): Promise<FirefoxExt>;
  /** Close the browser and remove its profile. */
  close(): Promise<void>;
}

/** A new Firefox with its own profile, proxy and alerts mock, and no add-on yet. */
export async function openFirefox(options: FirefoxOptions = {}): Promise<FirefoxBrowser> {
  const executablePath = firefoxPath();
  if (!existsSync(resolve(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build in ${DIST_FIREFOX}: run npm run build:firefox first.`);
  const profile = mkdtempSync(join(tmpdir(), 'ai-optout-firefox-'));
  cpSync(await warmProfile(executablePath), profile, { recursive: true });
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  const proxy = await recordingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch(launchOptions(executablePath, profile, { ...prefsWith(proxy.port), ...options.prefs }));
  } catch (error) {
    proxy.server.close();
    removeProfile();
    throw error;
  }
  const chrome = await chromeScope(browser);
  await chrome(CAPTURE_ALERTS);

  /** The handler of each served origin (LinkedIn's, and those of site()). */
  const handlers = new Map<string, ServeHandler>();
  const servedHosts = [...SERVED_HOSTS];
  // Document loads of tabs that escaped interception, by proxy entry (https://host:443):
  // each reached the proxy once, and it was the tab's, not an extension context's.
  const escaped = new Map<string, number>();
  const pages = new Set<Page>();
  const views = new WeakMap<Page, View>();
  const view = (page: Page) => {
    if (!views.has(page)) views.set(page, viewOf(page));
    return views.get(page)!;
  };

  const answer = async (request: HTTPRequest) => {
    const url = request.url();
    const handler = handlers.get(new URL(url).origin);
    if (!handler) return request.continue().catch(() => {});
    try {
      // Over BiDi the body is fetched on demand (postData() is CDP-only).
      const body = request.hasPostData() ? ((await request.fetchPostData().catch(() => undefined)) ?? null) : null;
      const reply = completed(await handler({ method: request.method(), url, path: new URL(url).pathname, body }));
      await request.respond({ status: reply.status, headers: reply.headers, contentType: reply.contentType, body: reply.body });
    } catch {
      // the page that asked has gone (closed, or navigated) before a late answer
    }
  };
  const recover = async (page: Page) => {
    const url = page.url();
    if (!url.startsWith('about:neterror')) return;
    const wanted = new URL(url).searchParams.get('u');
    if (!wanted || !URL.canParse(wanted) || !handlers.has(new URL(wanted).origin)) return;
    const entry = `https://${new URL(wanted).host}:443`;
    escaped.set(entry, (escaped.get(entry) ?? 0) + 1);
    await page.goto(wanted).catch(() => {});
  };
  const adopt = async (page: Page) => {
    if (pages.has(page)) return;
    pages.add(page);
    page.on('close', () => pages.delete(page));
    page.on('request', (request) => void answer(request));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) void recover(page);
    });
    await page.setRequestInterception(true).catch(() => {});
    await recover(page);
  };
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    if (page) await adopt(page);
  });
  browser.on('targetchanged', async (target) => {
    const page = await target.page().catch(() => null);
    if (page && pages.has(page)) await recover(page);
  });
  for (const page of await browser.pages()) await adopt(page);

  const newPage = async () => {
    const page = await browser.newPage();
    await adopt(page);
    return page;
  };
  /** The test's view of the add-on installed under `uuid`. */
  function extFor(uuid: string): FirefoxExt {
    const EXTENSION_ORIGIN = `moz-extension://${uuid}`;
    const POPUP_URL = `${EXTENSION_ORIGIN}/src/popup/index.html`;
    /** An extension page: its `goto` may never report load, so wait for the document itself. */
    const openExtensionPage = async (url: string, ready: string) => {
      const page = await newPage();
      void page.goto(url).catch(() => {});
      // Polled from here: waitForFunction fails on extension pages over BiDi in Firefox 153.
      await expect
        .poll(() => page.evaluate((u, s) => location.href === u && document.querySelector(s) !== null, url, ready).catch(() => false), { timeout: 20_000 })
        .toBe(true);
      return page;
    };
    let probe: Page | null = null;
    const extPage = async () => {
      if (!probe || probe.isClosed()) probe = await openExtensionPage(POPUP_URL, 'main.popup');
      return probe;
    };
    const matching = (prefix: string) => [...pages].filter((p) => !p.isClosed() && p.url().startsWith(prefix));

    const ext: FirefoxExt = {
      browserName: 'firefox',
      async serve(handlerOrPages) {
        await ext.site(LINKEDIN, handlerOrPages);
      },
      async site(origin, handlerOrPages) {
        const { host, origin: served } = new URL(origin);
        if (!servedHosts.includes(host)) {
          // Served hosts must never resolve to the real ones (the proxy would refuse them anyway).
          servedHosts.push(host);
          await chrome(`Services.prefs.setStringPref('network.dns.localDomains', ${JSON.stringify(servedHosts.join(','))})`);
        }
        handlers.set(served, typeof handlerOrPages === 'function' ? handlerOrPages : handlerOf(handlerOrPages));
      },
      openPopup: async () => view(await openExtensionPage(POPUP_URL, 'main.popup')),
      openOptions: async (section) =>
        view(await openExtensionPage(`${EXTENSION_ORIGIN}/src/options/index.html${section ? `#${section}` : ''}`, 'main.options')),
      async linkedin(options) {
        const server = linkedInServer(options);
        await ext.site(LINKEDIN, replicaHandler(server));
        return server;
      },
      record: async () => recordIn(await ext.state()),
      objection: async () => objectionIn(await ext.state()),
      async openPage(url) {
        const page = await newPage();
        await page.goto(url);
        return view(page);
      },
      async tab(prefix) {
        await expect.poll(() => matching(prefix).length, { timeout: 20_000 }).toBeGreaterThan(0);
        return view(matching(prefix)[0]!);
      },
      tabs: (prefix) => matching(prefix).map(view),
      extEval: async (fn, arg) => (await extPage()).evaluate(fn as any, arg) as Promise<any>,
      state: async () => (await extPage()).evaluate(() => (globalThis as any).browser.storage.local.get(null)),
      badge: async () => (await extPage()).evaluate(() => (globalThis as any).browser.action.getBadgeText({})),
      async toolbar() {
        return (await extPage()).evaluate(async () => {
          const b = (globalThis as any).browser;
          return {
            text: await b.action.getBadgeText({}),
            color: await b.action.getBadgeBackgroundColor({}),
            title: await b.action.getTitle({}),
            alarms: (await b.alarms.getAll()).map((a: any) => ({ name: a.name, scheduledTime: a.scheduledTime })),
            notifications: Object.keys(await b.notifications.getAll()),
          };
        });
      },
      async auditOutcome() {
        let audit: Record<string, any> | null = null;
        await expect.poll(async () => (audit = recordIn(await ext.state()).audit), { timeout: 60_000 }).not.toBeNull();
        return audit!;
      },
      async externalRequests() {
        const allowance = new Map(escaped);
        return proxy.seen.filter((url) => {
          const left = allowance.get(url) ?? 0;
          if (left > 0) {
            allowance.set(url, left - 1);
            return false;
          }
          return true;
        });
      },
      async requestFromExtension(url) {
        // The background script is an event page: the popup reaches its window directly.
        await (await extPage()).evaluate(async (u) => {
          const background = await (globalThis as any).browser.runtime.getBackgroundPage();
          await background.fetch(u).catch(() => null);
          await fetch(u).catch(() => null);
        }, url);
      },
      async withholdLinkedInAccess() {
        const removed = await ext.extEval(() => (globalThis as any).browser.permissions.remove({ origins: ['https://www.linkedin.com/*'] }));
        if (removed !== true) throw new Error('Firefox kept the LinkedIn host permission');
      },
      async allowAccessPrompt() {
        // extensions.webextOptionalPermissionPrompts: false, so permissions.request answers yes.
      },
      async allowHostPrompt() {
        if ((await chrome(`Services.prefs.getBoolPref('extensions.webextOptionalPermissionPrompts', true)`)) !== false) {
          throw new Error(
            'Firefox answers permission prompts only with the pref extensions.webextOptionalPermissionPrompts = false (this launch overrides it)',
          );
        }
      },
      async revokeHost(origin) {
        const pattern = `${new URL(origin).origin}/*`;
        await ext.extEval((host) => (globalThis as any).browser.permissions.remove({ origins: [host] }), pattern);
        if (await ext.extEval((host) => (globalThis as any).browser.permissions.contains({ origins: [host] }), pattern))
          throw new Error(`Firefox kept ${pattern}`);
      },
      async grantHost(origin) {
        // The real grant path: permissions.request from an extension page, in a click (Firefox
        // asks for a user input handler), its prompt answered "Allow" by the pref.
        await ext.allowHostPrompt(origin);
        const pattern = `${new URL(origin).origin}/*`;
        const page = await openExtensionPage(POPUP_URL, 'main.popup');
        try {
          await page.evaluate((host) => {
            const button = document.createElement('button');
            button.id = 'test-grant-host';
            button.textContent = 'grant';
            button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;width:80px;height:30px';
            button.addEventListener('click', () => {
              (globalThis as any).__granted = (globalThis as any).browser.permissions.request({ origins: [host] }).then(
                (ok: boolean) => String(ok),
                (error: Error) => `error: ${error.message}`,
              );
            });
            document.body.append(button);
          }, pattern);
          await page.click('#test-grant-host');
          const answer = await page.evaluate(() => (globalThis as any).__granted);
          if (answer !== 'true') throw new Error(`permissions.request for ${pattern} answered ${answer}: is it in the manifest's optional_host_permissions?`);
        } finally {
          await page.close();
        }
        const held = await ext.extEval((host) => (globalThis as any).browser.permissions.contains({ origins: [host] }), pattern);
        if (held !== true) throw new Error(`Firefox did not grant ${pattern}`);
      },
      async clickNotification(id) {
        // notifications.getAll() lists a notification as soon as it is created, but Firefox
        // hands it to the alerts service only after decoding its icon (ext-notifications.js):
        // on a busy machine the click must wait for that hand-over, or it finds no alert.
        let clicked: unknown;
        await expect
          .poll(
            async () =>
              (clicked = await chrome(`(() => {
          const shown = window.__testAlerts.filter((a) => a.alert.name.endsWith(${JSON.stringify(`/${id}`)}) || a.alert.name === ${JSON.stringify(id)});
          const last = shown.at(-1);
          if (!last) return JSON.stringify(window.__testAlerts.map((a) => a.alert.name));
          last.listener.observe(null, 'alertclickcallback', last.alert.cookie);
          return true;
        })()`)),
            { timeout: 10_000, message: `notification ${id} handed to the alerts service` },
          )
          .toBe(true)
          .catch(() => {
            throw new Error(`no notification ${id} was shown; shown: ${clicked}`);
          });
      },
      close: release,
    };
    return ext;
  }

  let installs = 0;
  let installed = false;
  /** Uninstall the add-on, and leave one blank tab and no site data: the state a new test starts from. */
  async function release() {
    if (installed) {
      installed = false;
      await browser.uninstallExtension(ADDON_ID);
    }
    const blank = await newPage();
    await Promise.all([...pages].filter((p) => p !== blank).map((p) => p.close().catch(() => {})));
    // Uninstalling clears the add-on's permissions asynchronously: the next install must not race it.
    await expect
      .poll(
        () =>
          chrome(`(async () => {
            const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
            const held = await ExtensionPermissions.get(${JSON.stringify(ADDON_ID)});
            return held.permissions.length + held.origins.length;
          })()`),
        { timeout: 20_000, message: 'permissions of the uninstalled add-on cleared' },
      )
      .toBe(0);
    await chrome(`new Promise((done) => {
      const flags = Ci.nsIClearDataService.CLEAR_COOKIES | Ci.nsIClearDataService.CLEAR_DOM_STORAGES | Ci.nsIClearDataService.CLEAR_ALL_CACHES;
      Services.clearData.deleteData(flags, () => done(true));
    })`);
  }

  return {
    async newExt() {
      if (installed) await release(); // the previous test ended without its close()
      // Every install after the first takes a new internal UUID, so a new origin: no storage of an earlier install is in reach.
      const uuid = installs++ === 0 ? FIRST_UUID : randomUUID();
      await chrome(`(() => {
        const uuids = JSON.parse(Services.prefs.getStringPref('extensions.webextensions.uuids', '{}'));
        uuids[${JSON.stringify(ADDON_ID)}] = ${JSON.stringify(uuid)};
        Services.prefs.setStringPref('extensions.webextensions.uuids', JSON.stringify(uuids));
        window.__testAlerts = [];
        return true;
      })()`);
      handlers.clear();
      escaped.clear();
      proxy.seen.length = 0;
      await browser.installExtension(DIST_FIREFOX);
      installed = true;
      return extFor(uuid);
    },
    async close() {
      await browser.close().catch(() => {});
      proxy.server.close();
      removeProfile();
    },
  };
}

/** Firefox with the add-on, for one test: its close() closes the browser. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxExt> {
  const firefox = await openFirefox(options);
  const ext = await firefox.newExt();
  return { ...ext, close: () => firefox.close() };
}
