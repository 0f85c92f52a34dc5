// The store listing kit: every field the Chrome Web Store's and addons.mozilla.org's forms
// ask for, in the seven languages, assembled from the texts in ./texts and from the
// registry (src/services/index.ts), so that a service added to the registry is described
// and justified without anyone editing this folder. Nothing here is imported by the
// extension: it is read by tests/unit/store-listing.test.ts (which holds every field to its
// limit) and by `npm run store` (tests/e2e/store-listing.spec.ts: the screenshots and the
// text files to paste into each store's form). Sources of the limits: ./README.md.
import manifest from '../manifest.json' with { type: 'json' };
import de from '../scripts/locales/de.mjs';
import enFr from '../scripts/locales/en-fr.mjs';
import es from '../scripts/locales/es.mjs';
import it from '../scripts/locales/it.mjs';
import nl from '../scripts/locales/nl.mjs';
import pt from '../scripts/locales/pt.mjs';
import { UI_LANGS, type UiLang } from '../src/engine/langs';
import { hostPatterns, type KnownService, SERVICES } from '../src/services/index';
import type { ShotId, StoreTexts } from './texts/types';
import deTexts from './texts/de';
import enTexts from './texts/en';
import esTexts from './texts/es';
import frTexts from './texts/fr';
import itTexts from './texts/it';
import nlTexts from './texts/nl';
import ptTexts from './texts/pt';

export const LANGS = UI_LANGS;
type Lang = UiLang;
type Store = 'chrome' | 'amo';
export const STORES: readonly Store[] = ['chrome', 'amo'];

export const TEXTS: Record<Lang, StoreTexts> = { en: enTexts, fr: frTexts, de: deTexts, es: esTexts, it: itTexts, nl: nlTexts, pt: ptTexts };

/**
 * Each store's limits, in characters (README.md says where each comes from, and which could
 * not be found and are held to a conservative value instead).
 */
export const LIMITS = {
  chrome: { name: 75, summary: 132, description: 4000, field: 1000 },
  amo: { name: 45, summary: 132, description: 4000, field: 1000 },
} as const satisfies Record<Store, Record<string, number>>;

/**
 * The extension's own name and description, as the manifest gives them (extName,
 * extDescription): each store shows the manifest's name, and the Chrome Web Store its
 * description as the summary, so the listing reuses them instead of a second wording.
 */
const MESSAGES: Record<Lang, { extName: string; extShortName: string; extDescription: string }> = {
  en: { extName: enFr.extName[0]!, extShortName: enFr.extShortName[0]!, extDescription: enFr.extDescription[0]! },
  fr: { extName: enFr.extName[1]!, extShortName: enFr.extShortName[1]!, extDescription: enFr.extDescription[1]! },
  de,
  es,
  it,
  nl,
  pt,
};

/** A template's `{name}` parts filled in. */
const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

const list = (lang: Lang, items: readonly string[]): string => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/** What the extension does on a service's site, from its data: switches, forms, or both (none: no sentence, and the test fails). */
function doesThere(texts: StoreTexts, service: KnownService): string | undefined {
  const parts = [service.settings.length > 0 ? texts.hosts.switches : null, service.forms.length > 0 ? texts.hosts.forms : null].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Why the extension holds or asks for a service's hosts: the service's override if its
 * language has one, otherwise the template for its kind of host (held from install, or
 * optional) with the service's name, its hosts and what the extension does there.
 */
export function serviceJustification(lang: Lang, service: KnownService): string | undefined {
  const texts = TEXTS[lang];
  const override = (texts.hostOverrides as Partial<Record<string, string>>)[service.id];
  const does = doesThere(texts, service);
  if (override === undefined && does === undefined) return undefined;
  const named = { name: service.name, hosts: hostPatterns(service).join(', ') };
  const values = { ...named, does: fill(does ?? '', named) };
  return fill(override ?? (service.host === 'install' ? texts.hosts.install : texts.hosts.optional), values).trim();
}

/** Each host pattern the build puts in the manifest (vite.config.ts), with its justification in this language. */
export function hostJustifications(lang: Lang): Record<string, string | undefined> {
  return Object.fromEntries(SERVICES.flatMap((service) => hostPatterns(service).map((pattern) => [pattern, serviceJustification(lang, service)])));
}

/** Each API permission the manifest declares, with its justification in this language. */
export function permissionJustifications(lang: Lang): Record<string, string | undefined> {
  const texts = TEXTS[lang].permissions as Partial<Record<string, string>>;
  return Object.fromEntries(manifest.permissions.map((permission) => [permission, texts[permission]]));
}

/** The listing's fields for one store in one language. */
export function listing(store: Store, lang: Lang) {
  const texts = TEXTS[lang];
  const names = SERVICES.map((s) => s.name);
  const withForms = SERVICES.filter((s) => s.forms.length > 0).map((s) => s.name);
  return {
    name: MESSAGES[lang].extName,
    summary: MESSAGES[lang].extDescription,
    description: fill(texts.description, { services: list(lang, names), objectionServices: list(lang, withForms) }),
    ...(store === 'chrome' ? { singlePurpose: texts.singlePurpose } : {}),
  };
}

export const SHOT_IDS = ['popup-linkedin-off', 'dashboard', 'options-services', 'service-card', 'objection-step'] as const satisfies readonly ShotId[];

/** Every image the kit names: path under store-listing/, and its exact size in pixels. */
export const IMAGES = [
  ...SHOT_IDS.map((id) => ({ id, file: `screenshots/${id}.png`, width: 1280, height: 800 })),
  { id: 'promo-tile', file: 'screenshots/promo-tile.png', width: 440, height: 280 },
] as const;

/** The largest an image may weigh (kept small in git; the stores accept far more). */
export const MAX_IMAGE_BYTES = 200 * 1024;

/** One store's form in one language, as a text to paste from (written by `npm run store` to store-listing/out/). */
export function render(store: Store, lang: Lang): string {
  const texts = TEXTS[lang];
  const fields = listing(store, lang);
  const section = (title: string, body: string) => `## ${title}\n\n${body}\n`;
  const parts = [
    `# ${store === 'chrome' ? 'Chrome Web Store' : 'addons.mozilla.org'} (${lang})\n`,
    section('Name', fields.name),
    section('Summary', fields.summary),
    section('Description', fields.description),
    section('Screenshots', SHOT_IDS.map((id) => `- screenshots/${id}.png: ${texts.captions[id]}`).join('\n')),
  ];
  if (store === 'chrome') {
    parts.push(section('Single purpose', texts.singlePurpose));
    for (const [permission, why] of Object.entries(permissionJustifications(lang))) parts.push(section(`Permission: ${permission}`, why ?? 'MISSING'));
    const hosts = SERVICES.map((s) => serviceJustification(lang, s) ?? `${hostPatterns(s).join(', ')}: MISSING`).join('\n\n');
    parts.push(section('Host permissions', hosts));
    parts.push(section('Remote code', texts.privacy.remoteCode));
    parts.push(section('Data usage', `${texts.privacy.dataCollected}\n\n${texts.privacy.certify}`));
  } else {
    parts.push(section('Data collection', texts.privacy.amo));
    parts.push(
      section(
        'Permissions, for the reviewers',
        Object.entries(permissionJustifications(lang))
          .map(([p, why]) => `- ${p}: ${why}`)
          .join('\n'),
      ),
    );
    parts.push(section('Hosts, for the reviewers', SERVICES.map((s) => `- ${serviceJustification(lang, s)}`).join('\n')));
  }
  parts.push(section('Privacy policy', texts.privacy.policy));
  return parts.join('\n');
}
