// @vitest-environment node
// The registry (./index.ts) held against the folders beside it, as refined-github checks
// its feature list and autoconsent its rules: every folder is listed and every listed
// service has a folder; each service's data is valid; each folder has what a service needs
// (its texts, replica, browser spec, unit test and facts), no scaffold to-do is left in it,
// and PRIVACY.md names every host it asks for. That a replica reads none of the data it is
// a witness for is an import rule (.dependency-cruiser.cjs, `npm run deps`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../engine/langs';
import { CATEGORIES, SERVICE_GROUPS } from '../engine/model';
import { TODOS } from '../engine/form/terms';
import { textKey } from '../platform/text-key';
import { z } from '../platform/zod';
import { ALL_SETTINGS, MANUAL_SERVICES, OBJECTION_FORMS, SERVICES } from './index';
import { manualTexts, neededTexts } from './texts';
import { NO_CONTROL } from './no-control';
import { todosIn } from '../../scripts/new-service.mjs';

const DIR = 'src/services';
const folders = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const messages = (lang: string): Record<string, { message: string }> => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const LOCALES = Object.fromEntries(UI_LANGS.map((lang) => [lang, messages(lang)]));
const https = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}$/));
const texts = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));
const byLang = z.partialRecord(z.enum(UI_LANGS), texts);
const day = z.iso.date();

/** A service as its folder must write it (engine/model.ts), checked to the letter. */
const Setting = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  path: z.string().check(z.regex(/^\//)),
  hook: z.nullable(z.string().check(z.minLength(1))),
  hookBy: z.enum(['labelledby', 'describedby', 'testid', 'id']),
  open: z.optional(z.array(z.string().check(z.minLength(1)))),
  openBy: z.optional(z.array(byLang).check(z.minLength(1))),
  home: z.optional(z.literal(true)),
  category: z.enum(CATEGORIES),
  recommended: z.boolean(),
  titles: byLang,
  labels: byLang,
  notOffered: z.optional(z.strictObject({ notices: z.optional(byLang), siblings: z.optional(byLang) })),
  control: z.optional(
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('menu'), on: byLang, off: byLang, item: byLang, avoid: byLang, confirm: z.optional(byLang) }),
      z.strictObject({ kind: z.literal('value'), on: byLang, off: byLang }),
    ]),
  ),
  protective: z.optional(z.enum(['on', 'off'])),
  save: z.optional(byLang),
  // A per-site row: its page names the site, its list's links too (engine/check/sites.ts).
  perSite: z.optional(z.strictObject({ list: z.string().check(z.regex(/^\//)), link: z.string().check(z.regex(/^\/.*:site/)) })),
  retired: z.optional(z.strictObject({ since: day, statements: byLang })),
});
const Form = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1)),
  origin: https,
  path: z.string().check(z.regex(/^\//)),
  fields: z.array(z.object({ kind: z.string(), labels: texts })).check(z.minLength(1)),
  steps: z.array(z.enum(TODOS)).check(z.minLength(1)),
});
const Service = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1)),
  category: z.enum(SERVICE_GROUPS),
  origin: https,
  otherOrigins: z.optional(z.array(https)),
  host: z.enum(['install', 'optional']),
  pages: z.array(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\/.*\*$/))).check(z.minLength(1)),
  signIn: z.array(z.instanceof(RegExp)),
  signInElsewhere: z.optional(z.literal(true)),
  accountsByIndex: z.optional(z.literal(true)),
  since: z.optional(day),
  settings: z.array(Setting),
  forms: z.array(Form),
});

/** Does a match pattern (`https://host/path*`) cover this URL? */
const covers = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);

describe('the registry', () => {
  it('lists every folder of src/services, and every service it lists has its folder', () => {
    expect(folders).toEqual([...SERVICES, ...MANUAL_SERVICES].map((s) => s.id).sort());
  });

  it('gives every service it knows its group on the dashboard, those with nothing to switch off too', () => {
    for (const service of [...SERVICES, ...MANUAL_SERVICES, ...NO_CONTROL]) expect(SERVICE_GROUPS, service.name).toContain(service.category);
  });

  it('has unique ids: services, settings (the keys of their records) and forms', () => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    for (const list of [ids([...SERVICES, ...MANUAL_SERVICES]), ids(ALL_SETTINGS), ids(OBJECTION_FORMS)]) expect(new Set(list).size).toBe(list.length);
    // A setting's texts are keyed by its id, as a service's own are: they must never meet.
    for (const id of ids(ALL_SETTINGS)) expect(ids(SERVICES)).not.toContain(id);
  });

  it('holds the one service whose host is held at install, and that one first: LinkedIn', () => {
    expect(SERVICES.filter((s) => s.host === 'install').map((s) => s.id)).toEqual(['linkedin']);
    expect(SERVICES[0]!.id).toBe('linkedin');
  });

  it("LinkedIn's two content scripts, written in manifest.json, run where its data says: its settings pages and its form", () => {
    const linkedin = SERVICES[0]!;
    const scripts = JSON.parse(readFileSync('manifest.json', 'utf8')).content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts.find((c) => c.js.includes('src/content/linkedin.ts'))?.matches).toEqual([...linkedin.pages]);
    const forms = scripts.find((c) => c.js.includes('src/content/objection-form.ts'))!.matches;
    for (const form of linkedin.forms) {
      expect(
        forms.some((p) => covers(p, form.origin + form.path)),
        form.id,
      ).toBe(true);
      if (form.thankyouPath)
        expect(
          forms.some((p) => covers(p, form.origin + form.thankyouPath)),
          `${form.id} confirmation`,
        ).toBe(true);
    }
  });

  it('LinkedIn\'s rows need no dialog opened and declare no "not offered" evidence: its script carries neither step (engine/switch/steps.ts)', () => {
    for (const setting of SERVICES[0]!.settings) {
      expect(setting.open, setting.id).toBeUndefined();
      expect(setting.notOffered, setting.id).toBeUndefined();
      expect(setting.save, setting.id).toBeUndefined();
      expect(setting.protective, setting.id).toBeUndefined();
      expect(setting.perSite, setting.id).toBeUndefined();
      expect(setting.retired, setting.id).toBeUndefined();
      // Its script matches pages by path alone (switch/pages.ts isPathOf).
      expect(setting.path, setting.id).not.toMatch(/[?#]/);
      expect(setting.movesTo, setting.id).toBeUndefined();
    }
    const script = readFileSync('src/content/linkedin.ts', 'utf8');
    expect(script).not.toMatch(/EVERY_STEP|openWhereItIs|notOfferedHere|pressSave|lockedProtected|retiredHere/);
    expect(readFileSync('src/content/sites.ts', 'utf8')).toMatch(/EVERY_STEP/);
  });
});

describe.each(SERVICES.map((s) => [s.id, s] as const))('%s', (id, service) => {
  it('is valid data', () => {
    const parsed = Service.safeParse(service);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(service.since === undefined || Date.parse(service.since) < Date.now(), 'a date in the past').toBe(true);
  });

  it('has something to do: settings to switch off, or forms to prefill', () => {
    expect(service.settings.length + service.forms.length).toBeGreaterThan(0);
  });

  it('each setting can be found: a stable hook, or a label to find it by; and its page is one its content script runs on', () => {
    for (const setting of service.settings) {
      const labels = Object.values(setting.labels).flat();
      expect(setting.hook !== null || labels.length > 0, setting.id).toBe(true);
      expect(setting.origin).toBe(service.origin);
      expect(
        service.pages.some((p) => covers(p, setting.origin + setting.path)),
        `${setting.id}: ${setting.origin}${setting.path} is in none of ${service.pages.join(', ')}`,
      ).toBe(true);
    }
  });

  it('each control that is not a switch reads every language its labels find it in, and its words never overlap (on/off, the entry and what it must avoid)', () => {
    const words = (t: Partial<Record<string, readonly string[]>>) =>
      Object.values(t)
        .flat()
        .map((w) => w!.toLowerCase());
    for (const setting of service.settings) {
      const control = setting.control;
      if (!control) continue;
      for (const lang of Object.keys(setting.labels)) {
        expect(control.on[lang as 'en']?.length, `${setting.id}: on in ${lang}`).toBeGreaterThan(0);
        expect(control.off[lang as 'en']?.length, `${setting.id}: off in ${lang}`).toBeGreaterThan(0);
      }
      expect(
        words(control.on).filter((w) => words(control.off).includes(w)),
        setting.id,
      ).toEqual([]);
      if (control.kind === 'menu') {
        expect(Object.keys(control.item).sort(), `${setting.id}: an entry in every language it reads`).toEqual(Object.keys(setting.labels).sort());
        expect(
          words(control.item).filter((w) => words(control.avoid).includes(w)),
          setting.id,
        ).toEqual([]);
      }
    }
  });

  it("each form is on one of the service's own origins, on a page its content script runs on (a service added later)", () => {
    const origins = [service.origin, ...(service.otherOrigins ?? [])];
    for (const form of service.forms) {
      expect(form.service).toBe(id);
      expect(origins).toContain(form.origin);
      if (service.host === 'optional')
        expect(
          service.pages.some((p) => covers(p, form.origin + form.path)),
          form.id,
        ).toBe(true);
    }
  });

  it('has its texts in every language: each setting its name and sentence; its date its sentence; its forms their card', () => {
    const needed = neededTexts(service).map(({ owner, part }) => textKey(owner, part));
    expect(needed.length).toBeGreaterThan(0);
    for (const [lang, locale] of Object.entries(LOCALES)) for (const key of needed) expect(locale, `${lang} ${key}`).toHaveProperty(key);
  });

  it('has its folder: data, texts, replica, browser spec, unit test and facts', () => {
    const has = (file: string) => existsSync(join(DIR, id, file));
    for (const file of ['service.ts', 'texts.mjs', `${id}.spec.ts`, `${id}.test.ts`, 'facts.md']) expect(has(file), file).toBe(true);
    expect(has('replica.mjs') || has('replica'), 'replica.mjs (or a replica/ folder)').toBe(true);
  });

  it('has no scaffold to-do left (npm run new-service marks what only a person can write from the facts)', () => {
    expect(todosIn(join(DIR, id))).toEqual([]);
  });

  it('runs its content script on its own origins only; a service added at run time has one script: settings, or forms', () => {
    const origins = [service.origin, ...(service.otherOrigins ?? [])];
    for (const page of service.pages)
      expect(
        origins.some((o) => page.startsWith(`${o}/`)),
        page,
      ).toBe(true);
    if (service.host === 'optional') expect(service.settings.length > 0 && service.forms.length > 0, 'settings and forms').toBe(false);
  });

  it('is named in PRIVACY.md, with every host it asks for', () => {
    const privacy = readFileSync('PRIVACY.md', 'utf8');
    for (const origin of [service.origin, ...(service.otherOrigins ?? [])]) expect(privacy, origin).toContain(`\`${origin}/*\``);
  });
});

/** A manual-only service, to the letter: nothing that could name a host or a page. */
const Manual = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1)),
  category: z.enum(SERVICE_GROUPS),
  kind: z.literal('manual'),
});

describe.each(MANUAL_SERVICES.map((s) => [s.id, s] as const))('%s (manual only: its host unverified)', (id, service) => {
  it('is valid data, with no origin, page or host of any kind', () => {
    const parsed = Manual.safeParse(service);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has its texts in every language: what its setting does, the steps by hand, what is unknown', () => {
    const needed = manualTexts(service).map(({ owner, part }) => textKey(owner, part));
    for (const [lang, locale] of Object.entries(LOCALES)) for (const key of needed) expect(locale, `${lang} ${key}`).toHaveProperty(key);
  });

  it('has its folder: data, texts, browser spec, unit test and facts (no replica: nothing of ours runs on its pages)', () => {
    const has = (file: string) => existsSync(join(DIR, id, file));
    for (const file of ['service.ts', 'texts.mjs', `${id}.spec.ts`, `${id}.test.ts`, 'facts.md']) expect(has(file), file).toBe(true);
    expect(todosIn(join(DIR, id))).toEqual([]);
  });
});
