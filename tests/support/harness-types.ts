// The browser-neutral test harness: what a browser test may do with the extension, the
// same in Chromium (Playwright, tests/support/chromium.ts) and Firefox (puppeteer-core over
// WebDriver BiDi, tests/support/firefox.ts). Specs under tests/e2e/both use only this.
import type { PanelReading } from './panel';

/** One request to https://www.linkedin.com, as the replica server sees it. */
export interface ServedRequest {
  method: string;
  url: string;
  path: string;
  body: string | null;
}

/** The answer to it. Defaults: status 200, `text/html; charset=utf-8`, empty body. */
export interface ServedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  contentType?: string;
}

/**
 * Answers every request to https://www.linkedin.com (pages and API calls). It may answer
 * late; an answer for a page that has gone meanwhile is dropped.
 */
export type ServeHandler = (request: ServedRequest) => ServedResponse | Promise<ServedResponse>;

/** The convenience form: a page per path (HTML, a full answer, or a function giving one). */
export type PageSpec = string | ServedResponse;
export type ServedPages = Record<string, PageSpec | (() => PageSpec)>;

export const LINKEDIN = 'https://www.linkedin.com';

/** A replica server's answer (src/services/<id>/replica.mjs): HTML, a full answer, or nothing (404). */
type ReplicaAnswer = string | ServedResponse | undefined;

/** A handler from a replica server that keeps what the service saved. */
export function replicaHandler(server: { handle(request: ServedRequest): ReplicaAnswer | Promise<ReplicaAnswer> }): ServeHandler {
  return async (request) => {
    const answer = await server.handle(request);
    if (answer === undefined) return { status: 404, body: '<h1>Page not found</h1>' };
    return typeof answer === 'string' ? { body: answer } : answer;
  };
}

/** A replica of a service other than LinkedIn (its folder's replica.mjs): the origin it stands for, and its answers. */
interface ReplicaServer {
  origin: string;
  handle(request: ServedRequest): ReplicaAnswer | Promise<ReplicaAnswer>;
}

/**
 * Serve a replica service at its own origin (both browsers route the origin to it), and
 * return it for its log and saved state: `const x = await serveReplica(ext, xServer(options))`.
 * The harness knows no service but LinkedIn, so a new service needs no change here.
 */
export async function serveReplica<S extends ReplicaServer>(ext: Pick<Ext, 'site'>, server: S): Promise<S> {
  await ext.site(server.origin, replicaHandler(server));
  return server;
}

/** The generative-AI setting's record, and the objection form's record, in stored state. */
export const recordIn = (state: Record<string, any>): { audit: any; known: any } => state.settings?.['generative-ai'] ?? { audit: null, known: null };
export const objectionIn = (state: Record<string, any>): any => state.objections?.['linkedin-dpro'];

/** A handler from the path table; any other path gets a 404 page. */
export function handlerOf(pages: ServedPages): ServeHandler {
  return ({ path }) => {
    const entry = pages[path];
    const spec = typeof entry === 'function' ? entry() : entry;
    if (spec === undefined) return { status: 404, body: '<h1>Page not found</h1>' };
    return typeof spec === 'string' ? { body: spec } : spec;
  };
}

/** Safe defaults for a handler's answer. */
export function completed(response: ServedResponse): Required<Omit<ServedResponse, 'headers'>> & { headers: Record<string, string> } {
  return {
    status: response.status ?? 200,
    headers: response.headers ?? {},
    body: response.body ?? '',
    contentType: response.contentType ?? 'text/html; charset=utf-8',
  };
}

/** A tab: a LinkedIn page, or one of the extension's pages. */
export interface View {
  url(): string;
  /** Run `fn` in the page (serialized: it sees only its argument). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** textContent of the first element matching `selector` (trimmed), or null if none. */
  text(selector: string): Promise<string | null>;
  /** Whether an element matching `selector` exists and is rendered. */
  visible(selector: string): Promise<boolean>;
  /** A real (trusted) click on the first element matching `selector`, once it is there. */
  click(selector: string): Promise<void>;
  /** Type `value` into a text field, then leave it (blur), as a user does. */
  fill(selector: string, value: string): Promise<void>;
  /** Give the page's viewport this size, in CSS pixels (a window the user made narrow or wide). */
  resize(width: number, height: number): Promise<void>;
  /** Press a key on the keyboard (`Enter`, `Tab`), on whatever has the focus: a real key press, as the user's. */
  press(key: string): Promise<void>;
  /** The extension's panel on this page, read through its closed shadow root as the browser's tools can (tests/support/panel.ts); null if none. */
  panel(): Promise<PanelReading | null>;
  close(): Promise<void>;
}

export interface Toolbar {
  text: string;
  color: number[];
  title: string;
  alarms: { name: string; scheduledTime: number }[];
  notifications: string[];
}

export interface Ext {
  readonly browserName: 'chromium' | 'firefox';
  /** Answer requests to https://www.linkedin.com: a handler, or a page per path. */
  serve(handler: ServeHandler | ServedPages): Promise<void>;
  /** Answer requests with a replica LinkedIn that keeps what is saved; returns the server (its log, its saved state). */
  linkedin(
    options?: Parameters<typeof import('../../src/services/linkedin/replica/server.mjs').linkedInServer>[0],
  ): Promise<ReturnType<typeof import('../../src/services/linkedin/replica/server.mjs').linkedInServer>>;
  /**
   * Answer requests to another origin (`https://x.com`, `https://chatgpt.com`) as `serve` does
   * for LinkedIn: a handler, or a page per path. Nothing reaches the real site. A service's
   * replica is served this way (serveReplica).
   */
  site(origin: string, handler: ServeHandler | ServedPages): Promise<void>;
  /**
   * Grant the optional host permission for `origin` (`origin/*`, declared in the manifest's
   * optional_host_permissions) through the real path: permissions.request from an extension
   * page, answered "Allow" (see allowHostPrompt), so permissions.onAdded fires in the worker
   * as after the user's "Allow". Throws unless the permission is then held.
   */
  grantHost(origin: string): Promise<void>;
  /**
   * From now on, the browser answers the extension's own permissions.request for `origin`
   * with "Allow", as the user would. Call it BEFORE the click that makes the request:
   * Chromium: headless cannot show the prompt (a request stays pending for ever, even if the
   * site is allowed afterwards), so the site is allowed first as chrome://extensions allows it
   * (developerPrivate.addHostPermission), and then a request for it needs no prompt; nothing
   * is granted until the extension asks. Firefox: the pref
   * extensions.webextOptionalPermissionPrompts = false answers every request (checked here).
   */
  allowHostPrompt(origin: string): Promise<void>;
  /**
   * Take the optional host permission for `origin` back, as the user can in the browser's
   * UI (Firefox: about:addons → Permissions; Chromium: chrome://extensions site access).
   * Throws if it is still held afterwards.
   */
  revokeHost(origin: string): Promise<void>;
  /** The popup, in a tab of its own, once it has rendered. */
  openPopup(): Promise<View>;
  /** The options page (at a section: `settings`, `reminders`, `objection`, `cleanup`, `record`), once it has rendered. */
  openOptions(section?: string): Promise<View>;
  /** The generative-AI setting's record: its last check (`audit`) and last verified reading (`known`). */
  record(): Promise<{ audit: any; known: any }>;
  /** The objection form's record. */
  objection(): Promise<any>;
  /** A new tab at `url`, as when the user opens the page by hand. */
  openPage(url: string): Promise<View>;
  /** The first tab (opened by anyone) whose URL starts with `prefix`, once there is one. */
  tab(prefix: string): Promise<View>;
  /** Every open tab whose URL starts with `prefix`. */
  tabs(prefix: string): View[];
  /** Run `fn` in an extension page; `fn` reaches the API as `globalThis.browser ?? globalThis.chrome`. */
  extEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** storage.local, whole. */
  state(): Promise<Record<string, any>>;
  /** The badge now. The worker redraws it just after it stores an outcome: wait for it with expect.poll. */
  badge(): Promise<string>;
  /** Badge text, colour, tooltip, alarms and notifications, as the worker left them. */
  toolbar(): Promise<Toolbar>;
  /** Wait until the worker has stored an audit, and return it. */
  auditOutcome(): Promise<Record<string, any>>;
  /** Requests to anywhere made by an extension context (the popup, the worker): must stay empty. */
  externalRequests(): Promise<string[]>;
  /** Make a request from the worker/background and from an extension page (the recorder's positive control). */
  requestFromExtension(url: string): Promise<void>;
  /**
   * Withhold host access to LinkedIn, as a user can (Firefox: about:addons → Permissions,
   * which is permissions.remove; Chromium: site access "On click").
   */
  withholdLinkedInAccess(): Promise<void>;
  /**
   * Answer the browser's permission prompt with "Allow", as the user would after pressing
   * the popup's button (Firefox: the prompts pref answers it; Chromium: headless cannot
   * show it, so the grant is made as chrome://extensions makes it).
   */
  allowAccessPrompt(): Promise<void>;
  close(): Promise<void>;
}
