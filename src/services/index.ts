// The registry: every service the extension knows, one import line each, in the order a
// check of everything visits them. Everything else about the services is derived from
// this list: the manifest's hosts (vite.config.ts), the content scripts registered for the
// hosts granted, the options page's cards, the messages' and the storage's ids. A new
// service is a folder beside this file (`npm run new-service -- <id>`), listed here;
// ./registry.test.ts checks that every folder is listed, valid, and has its replica, spec,
// texts and facts. Each service's sources and confidence: its facts.md.
import { siteRow, splitSiteId } from '../engine/check/sites';
import type { SettingRow } from '../engine/model';
import adobe from './adobe/service';
import chatgpt from './chatgpt/service';
import claude from './claude/service';
import copilot from './copilot/service';
import deepseek from './deepseek/service';
import github from './github/service';
import google from './google/service';
import grammarly from './grammarly/service';
import grok from './grok/service';
import linkedin from './linkedin/service';
import meta from './meta/service';
import mistral from './mistral/service';
import perplexity from './perplexity/service';
import pinterest from './pinterest/service';
import quora from './quora/service';
import substack from './substack/service';
import tumblr from './tumblr/service';
import wordpress from './wordpress/service';
import x from './x/service';
import youtube from './youtube/service';

export const SERVICES = [
  linkedin,
  x,
  chatgpt,
  claude,
  quora,
  grammarly,
  meta,
  google,
  github,
  wordpress,
  grok,
  pinterest,
  adobe,
  youtube,
  copilot,
  tumblr,
  deepseek,
  perplexity,
] as const;

export type KnownService = (typeof SERVICES)[number];
export type ServiceId = KnownService['id'];
export const SERVICE_IDS = SERVICES.map((s) => s.id) as [ServiceId, ...ServiceId[]];

/** A service whose host is asked for when the user adds it (all but LinkedIn's). */
export type OptionalService = Extract<KnownService, { host: 'optional' }>;
export type OptionalServiceId = OptionalService['id'];
export const OPTIONAL_SERVICES = SERVICES.filter((s): s is OptionalService => s.host === 'optional');
export const OPTIONAL_SERVICE_IDS = OPTIONAL_SERVICES.map((s) => s.id) as [OptionalServiceId, ...OptionalServiceId[]];

/** The optional services with settings to switch off (a service with forms only has its own card). */
export const SWITCH_SERVICES: readonly OptionalService[] = OPTIONAL_SERVICES.filter((s) => s.settings.length > 0);
export const SWITCH_SERVICE_IDS = SWITCH_SERVICES.map((s) => s.id) as [OptionalServiceId, ...OptionalServiceId[]];
export const isSwitchService = (id: string): boolean => SWITCH_SERVICES.some((s) => s.id === id);

export function serviceById(id: ServiceId): KnownService {
  return SERVICES.find((s) => s.id === id)!;
}

/** Every origin of a service. */
const originsOf = (service: KnownService): readonly string[] => [service.origin, ...(service.otherOrigins ?? [])];

/** The service at this origin, if we know it. */
export const serviceAt = (origin: string): KnownService | undefined => SERVICES.find((s) => originsOf(s).includes(origin));

/** The match patterns of a service's host permissions, one per origin. */
export const hostPatterns = (service: KnownService): string[] => originsOf(service).map((origin) => `${origin}/*`);

/** The known service and path of a URL (with its ?query and #hash: a settings page may be a query or hash route), or null for any other page. */
export function placeOf(url: string): { service: KnownService; path: string } | null {
  try {
    const parsed = new URL(url);
    const service = serviceAt(parsed.origin);
    return service ? { service, path: parsed.pathname + parsed.search + parsed.hash } : null;
  } catch {
    return null;
  }
}

/** Is this URL one of the sign-in pages of the service it belongs to? */
export function isSignInUrl(url: string): boolean {
  const place = placeOf(url);
  return place?.service.signIn.some((re) => re.test(place.path)) === true;
}

/** A setting of a known service. */
export type KnownSetting = SettingRow & { service: ServiceId };

/** Every setting of every service, in the registry's order (LinkedIn's AI switch first). */
export const ALL_SETTINGS = SERVICES.flatMap((s) => s.settings) as readonly KnownSetting[];

/** The setting with this id, if we know it: a row of the data, or one site's row of a per-site template (engine/check/sites.ts). */
export function settingById(id: string): KnownSetting | undefined {
  const split = splitSiteId(id);
  if (split === null) return ALL_SETTINGS.find((s) => s.id === id);
  const template = ALL_SETTINGS.find((s) => s.id === split.template && s.perSite);
  return template && (siteRow(template, split.site) as KnownSetting);
}

/** A service's settings as its data writes them (a per-site template once), in the order a check visits them. */
export const settingsOf = (service: ServiceId): readonly KnownSetting[] => ALL_SETTINGS.filter((s) => s.service === service);

/** The user's sites, by service, as last read from each service's list of them (stored: `sites`). */
type Sites = Partial<Record<string, readonly string[]>>;

/** A service's rows to check and show: each per-site template as one row per known site. */
export const rowsOf = (service: ServiceId, sites: Sites): readonly KnownSetting[] =>
  settingsOf(service).flatMap((s) => (s.perSite ? (sites[service] ?? []).map((site) => siteRow(s, site) as KnownSetting) : [s]));

/** Every objection form of every service. */
export const OBJECTION_FORMS = SERVICES.flatMap((s) => s.forms);
export const FORM_IDS = OBJECTION_FORMS.map((f) => f.id) as [string, ...string[]];

/** The form with this id, if we know it. */
export const formById = (id: string) => OBJECTION_FORMS.find((f) => f.id === id);

/**
 * The services whose setting the extension cannot reach (its page's host unverified): no host,
 * no script; a card with the steps by hand (engine/model.ts ManualService). One import each.
 */
export const MANUAL_SERVICES = [mistral, substack] as const;
