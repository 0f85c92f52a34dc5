// @vitest-environment node
// Every locale has every key, with the same placeholders; every key the code asks for
// exists; the manifest's texts come from the locales.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const langs = readdirSync('public/_locales').sort();
const en = read('en');
const tokens = (m: string) => [...m.matchAll(/\$[A-Za-z_]+\$/g)].map((x) => x[0].toLowerCase()).sort();

describe('locales', () => {
  it('are the seven UI languages', () => {
    expect(langs).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
  });

  it.each(langs)('%s has every key, no extra, the same placeholders, no empty text', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      expect(message.trim(), `${lang}.${key}`).not.toBe('');
      expect(tokens(message), `${lang}.${key}`).toEqual(tokens(en[key]!.message));
      expect(placeholders, `${lang}.${key}`).toEqual(en[key]!.placeholders);
    }
  });

  it('has every key the code asks for', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
      .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8'));
    const keys = new Set(files.flatMap((code) => [...code.matchAll(/\bt\(\s*'([A-Za-z_0-9]+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys) expect(en, key).toHaveProperty(key);
  });

  it('the manifest takes its name and description from the locales', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    for (const field of ['name', 'short_name', 'description']) {
      const key = /^__MSG_(\w+)__$/.exec(manifest[field])?.[1];
      expect(key, field).toBeDefined();
      for (const lang of langs) expect(read(lang), `${lang} ${field}`).toHaveProperty(key!);
    }
    expect(manifest.default_locale).toBe('en');
  });
});
