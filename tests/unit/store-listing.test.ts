// @vitest-environment node
// The store listing kit (store-listing/): every field within its store's limit in every
// language, under the glossary; every image it names present at its exact size; and a
// justification, in every language, for every permission of manifest.json and every host
// the build puts in the manifest, derived from the registry as vite.config.ts derives them,
// so a service added without one (a kind of service the template does not cover) fails here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { CONFUSIONS, SIGN_OUT_WORDS } from '../../scripts/locales/glossary.mjs';
import { hostPatterns, SERVICES } from '../../src/services/index';
import {
  hostJustifications,
  IMAGES,
  LANGS,
  LIMITS,
  listing,
  MAX_IMAGE_BYTES,
  permissionJustifications,
  render,
  SHOT_IDS,
  STORES,
  serviceJustification,
  TEXTS,
} from '../../store-listing/kit';

const KIT = new URL('../../store-listing/', import.meta.url);
const root = (path: string) => new URL(`../../${path}`, import.meta.url);

/** The manifest's host lists as the build derives them (vite.config.ts, fromRegistry). */
const BUILT_HOSTS = {
  host_permissions: SERVICES.filter((s) => s.host === 'install').flatMap(hostPatterns),
  optional_host_permissions: SERVICES.filter((s) => s.host === 'optional').flatMap(hostPatterns),
};

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 24, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(LANGS)('store listing (%s)', (lang) => {
  it.each(STORES)('%s: name, summary and description within the store’s limits, every placeholder filled', (store) => {
    const fields = listing(store, lang);
    const limits = LIMITS[store];
    expect(fields.name.length, fields.name).toBeLessThanOrEqual(limits.name);
    expect(fields.summary.length, fields.summary).toBeLessThanOrEqual(limits.summary);
    expect(fields.description.length).toBeLessThanOrEqual(limits.description);
    for (const [field, text] of Object.entries(fields)) {
      expect(text.trim(), field).not.toBe('');
      expect(text, field).not.toMatch(/\{\w+\}/);
    }
    // Every service of the registry is named, so the listing follows the registry.
    for (const service of SERVICES) expect(fields.description).toContain(service.name);
    expect(render(store, lang)).not.toContain('MISSING');
  });

  it('every permission of manifest.json has its justification, within a field’s limit', () => {
    const why = permissionJustifications(lang);
    expect(Object.keys(why).sort()).toEqual([...manifest.permissions].sort());
    for (const [permission, text] of Object.entries(why)) {
      expect(text?.trim(), `${permission} (${lang})`).toBeTruthy();
      expect(text!.length, permission).toBeLessThanOrEqual(LIMITS.chrome.field);
    }
  });

  it('every host the build puts in the manifest has its justification, naming its service and its hosts', () => {
    const why = hostJustifications(lang);
    for (const pattern of [...BUILT_HOSTS.host_permissions, ...BUILT_HOSTS.optional_host_permissions]) {
      expect(why[pattern]?.trim(), `${pattern} (${lang})`).toBeTruthy();
      expect(why[pattern]!.length, pattern).toBeLessThanOrEqual(LIMITS.chrome.field);
      expect(why[pattern], pattern).not.toMatch(/\{\w+\}/);
    }
    for (const service of SERVICES) {
      const text = serviceJustification(lang, service);
      expect(text, service.id).toContain(service.name);
      for (const pattern of hostPatterns(service)) expect(text, service.id).toContain(pattern);
    }
  });

  it('the single purpose, privacy answers and captions are written, within a field’s limit', () => {
    const texts = TEXTS[lang];
    for (const [field, text] of Object.entries({ singlePurpose: texts.singlePurpose, ...texts.privacy, ...texts.captions })) {
      expect(text.trim(), field).not.toBe('');
      expect(text.length, field).toBeLessThanOrEqual(LIMITS.chrome.field);
    }
    expect(Object.keys(texts.captions).sort()).toEqual([...SHOT_IDS].sort());
  });

  it('follows the glossary: no word it lists as a confusion, no sign-out word', () => {
    const texts = TEXTS[lang];
    const all = [
      texts.description,
      texts.singlePurpose,
      ...Object.values(texts.permissions),
      ...Object.values(texts.hosts),
      ...Object.values(texts.hostOverrides),
      ...Object.values(texts.privacy),
      ...Object.values(texts.captions),
    ] as string[];
    for (const text of all) {
      expect(text, text).not.toMatch(CONFUSIONS[lang]);
      expect(text, text).not.toMatch(SIGN_OUT_WORDS[lang]);
    }
  });
});

describe('store listing kit', () => {
  it('a service’s own sentence is for a known service, in every language or none', () => {
    const ids = SERVICES.map((s) => s.id as string);
    const overridden = new Set(LANGS.flatMap((lang) => Object.keys(TEXTS[lang].hostOverrides)));
    for (const id of overridden) {
      expect(ids, id).toContain(id);
      for (const lang of LANGS) expect(TEXTS[lang].hostOverrides[id], `${id} (${lang})`).toBeTruthy();
    }
  });

  it('the built manifest, when there is one, asks for no host the kit does not justify', () => {
    for (const dir of ['dist', 'dist-firefox']) {
      const file = root(`${dir}/manifest.json`);
      if (!existsSync(file)) continue;
      const built = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[] | undefined>;
      const why = hostJustifications('en');
      for (const pattern of [...(built.host_permissions ?? []), ...(built.optional_host_permissions ?? [])])
        expect(why[pattern], `${dir}: ${pattern}`).toBeTruthy();
    }
  });

  it.each(IMAGES.map((image) => [image.file, image] as const))('%s exists, a PNG of its exact size, kept small', (_, image) => {
    const file = new URL(image.file, KIT);
    expect(existsSync(file), image.file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: image.width, height: image.height });
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
  });

  it('the kit’s README names every image, and every file it names exists', () => {
    const readme = readFileSync(new URL('README.md', KIT), 'utf8');
    for (const image of IMAGES) expect(readme).toContain(image.file);
    for (const [, path] of readme.matchAll(/`((?:screenshots|texts)\/[\w./-]+|kit\.ts)`/g)) expect(existsSync(new URL(path!, KIT)), path).toBe(true);
  });

  it('the privacy answers say what PRIVACY.md and the README say: no analytics, no remote code, no data collected', () => {
    const privacy = readFileSync(root('PRIVACY.md'), 'utf8');
    const readme = readFileSync(root('README.md'), 'utf8');
    expect(privacy).toMatch(/no analytics/);
    expect(privacy).toMatch(/no remote code/);
    expect(readme).toMatch(/No network requests of its own, no analytics, no remote code\./);
    // The Firefox manifest declares that nothing is collected, as the AMO answer says.
    expect(readFileSync(root('vite.config.ts'), 'utf8')).toMatch(/data_collection_permissions: \{ required: \['none'\] \}/);
    expect(TEXTS.en.privacy.amo).toContain('required: ["none"]');
  });
});
