// What every browser test needs: Chromium with the built extension, LinkedIn served from
// replica pages, and ways to read the extension's state and the replica's click log.
import { test as base, expect, type BrowserContext, type Page, type Worker, type WorkerInfo } from '@playwright/test';
import { launchWithExtension, openChromium, routeLinkedIn, routeOrigin } from '../support/extension.mjs';
import type { FirefoxBrowser } from '../support/firefox';
import { TARGET_PATH } from '../../src/services/linkedin/replica/replica.mjs';
import { linkedInServer } from '../../src/services/linkedin/replica/server.mjs';
import { handlerOf, LINKEDIN, objectionIn, recordIn, replicaHandler, type ServeHandler, type ServedPages } from '../support/harness-types';

export const TARGET_URL = LINKEDIN + TARGET_PATH;

export type LinkedInServer = ReturnType<typeof linkedInServer>;

export interface Ext {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  popupUrl: string;
  userDataDir: string;
  /**
   * Answer every request to https://www.linkedin.com with `handler` (pages and API calls,
   * possibly late), or serve a page per path (anything else: a 404 page).
   */
  serve(handler: ServeHandler | ServedPages): Promise<void>;
  /** Serve a replica LinkedIn that keeps what is saved (src/services/linkedin/replica/server.mjs). */
  linkedin(options?: Parameters<typeof linkedInServer>[0]): Promise<LinkedInServer>;
  /** Answer every request to another origin (https://x.com, https://chatgpt.com) as `serve` does for LinkedIn (a service's replica: serveReplica). */
  site(origin: string, handler: ServeHandler | ServedPages): Promise<void>;
  /** A tab showing a page of the extension's own (its manifest), kept for the test: to read its storage, badge and permissions. */
  extPage(): Promise<Page>;
  /** The extension's storage now. */
  state(): Promise<Record<string, any>>;
  /** The badge now. The worker redraws it just after it stores an outcome: wait for it with expect.poll. */
  badge(): Promise<string>;
  /** Badge text, colour, tooltip, alarms and notifications, as the worker left them. */
  toolbar(): Promise<{ text: string; color: number[]; title: string; alarms: { name: string; scheduledTime: number }[]; notifications: string[] }>;
  /** Open the popup in a tab of its own. */
  openPopup(): Promise<Page>;
  /** Open the options page (settings, reminders, objection, clean-up, record), at a section if given. */
  openOptions(section?: string): Promise<Page>;
  /** Requests to anywhere made by an extension page or the worker (must stay empty). */
  externalRequests(): string[];
  /** The generative-AI setting's record: its last check (`audit`) and last verified reading (`known`). */
  record(): Promise<{ audit: any; known: any }>;
  /** The objection form's record. */
  objection(): Promise<any>;
  /** Wait until the worker has stored an audit, and return it. */
  auditOutcome(): Promise<Record<string, any>>;
  /** End: the browser closes, or (a shared one) the extension is uninstalled and the tabs closed. */
  close(): Promise<void>;
}

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
type SharedChromium = Awaited<ReturnType<typeof openChromium>>;

/** Chromium of its own (another locale, clock or profile): `close()` closes it. */
export async function makeExt(options: Parameters<typeof launchWithExtension>[0] = {}): Promise<Ext> {
  const launched = await launchWithExtension(options);
  return extOf(launched, () => launched.context.close());
}

/** The extension freshly installed in a worker's shared Chromium: `close()` uninstalls it. */
export async function installExt(chromium: Pick<SharedChromium, 'install'>): Promise<Ext> {
  const installed = await chromium.install();
  return extOf(installed, installed.uninstall);
}

function extOf(launched: Launched, end: () => Promise<void>): Ext {
  const { context, popupUrl } = launched;
  let probe: Page | null = null;
  // The blank tab a browser keeps between tests (openChromium), or opens at launch, becomes
  // the extension page that reads state: a new tab cost about 0.6 CPU-s and 0.4 s more than
  // reusing it (measured, 30 tests each way), and almost every test reads state.
  let blank: Page | null = context.pages().find((page) => page.url() === 'about:blank') ?? null;
  // Every request from an extension context is recorded: the extension makes none of
  // its own, and the test fixture fails a test in which one appears.
  const external: string[] = [];
  const record = (request: import('@playwright/test').Request) => {
    const url = request.url();
    // A mailto: link the user clicks (an objection draft) goes to their mail client, never to the network.
    if (/^(chrome-extension|data|blob|mailto):/.test(url)) return;
    const fromWorker = request.serviceWorker() !== null;
    let fromPage = false;
    try {
      fromPage = request.frame().url().startsWith('chrome-extension://');
    } catch {
      // a request without a frame (the worker's) has no frame to ask
    }
    if (fromWorker || fromPage) external.push(url);
  };
  context.on('request', record);
  const extPage = async () => {
    if (!probe || probe.isClosed()) {
      const free = blank && !blank.isClosed() && blank.url() === 'about:blank' ? blank : null;
      blank = null;
      probe = free ?? (await context.newPage());
      await probe.goto(popupUrl.replace('src/popup/index.html', 'manifest.json'));
    }
    return probe;
  };
  const ext: Ext = {
    ...launched,
    extPage,
    async serve(handlerOrPages) {
      await routeLinkedIn(context, typeof handlerOrPages === 'function' ? handlerOrPages : handlerOf(handlerOrPages));
    },
    async linkedin(options) {
      const server = linkedInServer(options);
      await ext.serve(replicaHandler(server));
      return server;
    },
    async site(origin, handlerOrPages) {
      await routeOrigin(context, origin, typeof handlerOrPages === 'function' ? handlerOrPages : handlerOf(handlerOrPages));
    },
    async state() {
      return (await extPage()).evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    },
    async badge() {
      return (await extPage()).evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
    },
    async toolbar() {
      return (await extPage()).evaluate(async () => {
        const c = (globalThis as any).chrome;
        return {
          text: await c.action.getBadgeText({}),
          color: await c.action.getBadgeBackgroundColor({}),
          title: await c.action.getTitle({}),
          alarms: await c.alarms.getAll(),
          notifications: Object.keys(await c.notifications.getAll()),
        };
      });
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(popupUrl);
      return page;
    },
    async openOptions(section) {
      const page = await context.newPage();
      await page.goto(popupUrl.replace('src/popup/index.html', 'src/options/index.html') + (section ? `#${section}` : ''));
      await expect(page.locator('[data-view="options"]')).toBeVisible();
      return page;
    },
    externalRequests: () => [...external],
    record: async () => recordIn(await ext.state()),
    objection: async () => objectionIn(await ext.state()),
    async auditOutcome() {
      let audit: Record<string, any> | null = null;
      await expect.poll(async () => (audit = (await ext.record()).audit), { timeout: 60_000 }).not.toBeNull();
      return audit!;
    },
    async close() {
      context.off('request', record);
      await end();
    },
  };
  return ext;
}

/** The worker fixture opening the shared Chromium when a test first needs it (a worker of Firefox tests never does). */
async function sharedChromium({}, use: (chromium: Pick<SharedChromium, 'install'>) => Promise<void>) {
  let opened: SharedChromium | null = null;
  await use({ install: async () => (opened ??= await openChromium()).install() });
  await (opened as SharedChromium | null)?.close();
}

/** The worker fixture opening the shared Firefox when a test of the firefox project first needs it. */
async function sharedFirefox({}, use: (firefox: FirefoxBrowser | null) => Promise<void>, workerInfo: WorkerInfo) {
  if (workerInfo.project.name !== 'firefox') return use(null);
  let opened: FirefoxBrowser | null = null;
  const lazy: FirefoxBrowser = {
    newExt: async () => (opened ??= await (await import('../support/firefox')).openFirefox()).newExt(),
    close: async () => opened?.close(),
  };
  await use(lazy);
  await lazy.close();
}

/**
 * The worker fixtures of every browser test, declared once: Playwright gives each set of
 * worker fixtures workers of its own, so specs declaring different ones could not share a
 * worker process or its browsers (a full run started 29 worker processes for 4 workers).
 * Both browsers open lazily: a worker opens only the one its tests ask for.
 */
// biome-ignore lint/complexity/noBannedTypes: Playwright's way to say "no test fixtures here"
export const withBrowsers = base.extend<{}, { chromium: Pick<SharedChromium, 'install'>; firefox: FirefoxBrowser | null }>({
  chromium: [sharedChromium, { scope: 'worker' }],
  firefox: [sharedFirefox, { scope: 'worker' }],
});

/**
 * A test with `ext` (English browser) ready and ended afterwards. One Chromium per
 * Playwright worker serves its tests in turn, each with the extension freshly installed
 * (openChromium); a test that needs a browser of its own calls makeExt.
 */
export const test = withBrowsers.extend<{ ext: Ext }>({
  ext: async ({ chromium }, use) => {
    const ext = await installExt(chromium);
    await use(ext);
    const external = ext.externalRequests();
    await ext.close();
    expect(external, 'network requests made by the extension').toEqual([]);
  },
});
export { expect };

/** The replica's log of clicks, saves and failures. */
export function replicaLog(page: Page): Promise<{ clicks: string[]; saves: { id: string; on: boolean }[]; failures: number; rendered: boolean }> {
  return page.evaluate(() => (window as any).__replica);
}

/** The on/off state of every switch on a replica page, by replica id. */
export function switchStates(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[data-replica-id]')].map((i) => [i.dataset.replicaId, i.checked])),
  );
}

/** Wait until the freshly installed worker's own first write (at its start) is in storage, so a test's write cannot be overwritten by it. */
export async function firstWriteDone(ext: Pick<Ext, 'state'>): Promise<void> {
  await expect.poll(async () => (await ext.state()).reminders ?? null).not.toBeNull();
}

/**
 * Storage as an older version left it, written once the worker's own first write (at its
 * start) is done, so a write from the worker's earlier read cannot land after it. Returns
 * the popup it was written from.
 */
export async function writeOldData(ext: Ext, data: Record<string, unknown>) {
  await firstWriteDone(ext);
  const popup = await ext.openPopup();
  await popup.evaluate((data) => (globalThis as any).chrome.storage.local.set(data), data);
  return popup;
}
