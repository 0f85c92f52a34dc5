// @vitest-environment node
// Every locale has every key, with the same placeholders; every key the code asks for
// exists and every key is used; each key's concept (switch, object, sign-in, other)
// holds in every language; plural forms, store limits and the manual steps' quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFUSIONS, OBJECT_WORDS, SIGN_OUT_WORDS } from '../../scripts/locales/glossary.mjs';
import { uiLangOf } from '../../src/engine/langs';
import { manualSteps } from '../../src/services/linkedin/manual-steps';
import { PLURALS, type PluralKey } from '../../src/generated/message-keys';
import { pluralKey } from '../../src/platform/plural';
import type { UI_LANGS } from '../../src/engine/langs';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { MANUAL_SERVICES, SERVICES } from '../../src/services';
import { manualTexts, neededTexts } from '../../src/services/texts';
import { textKey } from '../../src/platform/text-key';

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const langs = readdirSync('public/_locales').sort();
const en = read('en');
const tokens = (m: string) => [...m.matchAll(/\$[A-Za-z_]+\$/g)].map((x) => x[0].toLowerCase()).sort();
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const CONCEPTS = ['switch', 'object', 'sign-in', 'other'] as const;
const conceptOf = (key: string) => /^concept: ([a-z-]+)/.exec(en[key]?.description ?? '')?.[1];
const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && f.name !== 'message-keys.ts')
  .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8'))
  .join('\n');

/** Fill a message's placeholders as chrome.i18n does. */
function render(messages: Messages, key: string, subs: string[]): string {
  const { message, placeholders = {} } = messages[key]!;
  return message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

describe('locales', () => {
  it('are the seven UI languages', () => {
    expect(langs).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
  });

  it.each(langs)('%s has every key, no extra, the same placeholders and concept, no empty text', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders, description }] of Object.entries(messages)) {
      expect(message.trim(), `${lang}.${key}`).not.toBe('');
      expect(tokens(message), `${lang}.${key}`).toEqual(tokens(en[key]!.message));
      expect(placeholders, `${lang}.${key}`).toEqual(en[key]!.placeholders);
      // The translators' notes live in the default locale only (the package carries them once).
      expect(description, `${lang}.${key}`).toBe(lang === 'en' ? en[key]!.description : undefined);
    }
  });

  it('tags every key with one concept in its description', () => {
    for (const key of Object.keys(en)) expect(CONCEPTS, key).toContain(conceptOf(key));
    // Each concept is in use, so a test below that checks it checks something.
    for (const concept of CONCEPTS)
      expect(
        Object.keys(en).some((key) => conceptOf(key) === concept),
        concept,
      ).toBe(true);
  });

  it('knows each language’s words', () => {
    for (const table of [OBJECT_WORDS, SIGN_OUT_WORDS, CONFUSIONS]) expect(Object.keys(table).sort()).toEqual(langs);
  });

  describe.each(langs)('%s: the two verbs never mix', (lang) => {
    const messages = read(lang);
    const lg = lang as keyof typeof OBJECT_WORDS;
    const keys = (test: (concept: string | undefined) => boolean) =>
      Object.keys(messages)
        .filter((key) => test(conceptOf(key)))
        .map((key) => [key, messages[key]!.message] as const);

    it('keys about the objection say the object word', () => {
      for (const [key, text] of keys((c) => c === 'object')) expect(text, `${lang}.${key}`).toMatch(OBJECT_WORDS[lg]);
    });
    it('no other key says it (the switch is not an objection)', () => {
      for (const [key, text] of keys((c) => c !== 'object')) expect(text, `${lang}.${key}`).not.toMatch(OBJECT_WORDS[lg]);
    });
    it('only keys about signing in use the sign-out words', () => {
      for (const [key, text] of keys((c) => c !== 'sign-in')) expect(text, `${lang}.${key}`).not.toMatch(SIGN_OUT_WORDS[lg]);
    });
    it('keys about the switch or the objection avoid the known confusions', () => {
      for (const [key, text] of keys((c) => c === 'switch' || c === 'object')) expect(text, `${lang}.${key}`).not.toMatch(CONFUSIONS[lg]);
    });
    it('no "day(s)": plurals are real plural forms', () => {
      for (const [key, text] of keys(() => true)) {
        expect(text, `${lang}.${key}`).not.toMatch(/\p{L}\((s|e|en|es|i|n)\)|\p{L}\/(e|i|es|veces)\b/u);
      }
    });
  });

  it.each(langs)('%s: store texts fit their limits (name 75, short name 12, description 132)', (lang) => {
    const messages = read(lang);
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extShortName!.message.length).toBeLessThanOrEqual(12);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it.each(langs)('%s: names the language of its texts, for dates and plurals', (lang) => {
    const locale = read(lang).locale!.message;
    expect(locale.split('-')[0]).toBe(lang);
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
    expect(uiLangOf(locale)).toBe(lang);
  });

  it('has every key the code asks for', () => {
    const keys = new Set([...sources.matchAll(/\bt\(\s*'([A-Za-z_0-9]+)'/g)].map((m) => m[1]!));
    const plurals = new Set([...sources.matchAll(/\btn\(\s*'([A-Za-z_0-9]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(40);
    expect(plurals.size).toBeGreaterThan(2);
    for (const key of keys) expect(en, key).toHaveProperty(key);
    for (const key of plurals) expect(PLURALS, key).toHaveProperty(key);
  });

  it('has no key the code never uses', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    // A service's texts are keyed by their owner's id and part: used when its data needs them (src/services/texts.ts).
    const ownedTexts = new Set([...SERVICES.flatMap(neededTexts), ...MANUAL_SERVICES.flatMap(manualTexts)].map(({ owner, part }) => textKey(owner, part)));
    const used = (key: string) => {
      const base = PLURAL.exec(key)?.[1] ?? key;
      return key === 'locale' || manifest.includes(`__MSG_${key}__`) || sources.includes(`'${base}'`) || ownedTexts.has(key);
    };
    expect(Object.keys(en).filter((key) => !used(key))).toEqual([]);
  });

  it('the typed keys are those of en/messages.json (npm run locales was run)', () => {
    const generated = readFileSync('src/generated/message-keys.ts', 'utf8');
    const union = generated.slice(generated.indexOf('export type MessageKey'), generated.indexOf(';', generated.indexOf('export type MessageKey')));
    const singles = [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(singles).toEqual(Object.keys(en).filter((key) => !PLURAL.test(key)));
    const forms = Object.entries(PLURALS).flatMap(([base, fs]) => fs.map((f) => `${base}_${f}`));
    expect(forms.sort()).toEqual(
      Object.keys(en)
        .filter((key) => PLURAL.test(key))
        .sort(),
    );
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

describe('plural forms', () => {
  const COUNTS = [0, 1, 2, 5, 21, 1_000_000];
  // The form each language's rules give; "many" (a million in fr, es, it, pt) has no text
  // of its own and falls back to "other". French and Brazilian Portuguese say "0 jour", "0 dia".
  const EXPECTED: Record<string, string[]> = {
    en: ['other', 'one', 'other', 'other', 'other', 'other'],
    de: ['other', 'one', 'other', 'other', 'other', 'other'],
    nl: ['other', 'one', 'other', 'other', 'other', 'other'],
    es: ['other', 'one', 'other', 'other', 'other', 'other'],
    it: ['other', 'one', 'other', 'other', 'other', 'other'],
    fr: ['one', 'one', 'other', 'other', 'other', 'other'],
    pt: ['one', 'one', 'other', 'other', 'other', 'other'],
  };

  it.each(langs)('%s chooses the form for 0, 1, 2, 5, 21 and 1000000', (lang) => {
    const messages = read(lang);
    const locale = messages.locale!.message;
    for (const base of Object.keys(PLURALS) as PluralKey[]) {
      COUNTS.forEach((count, i) => {
        const key = pluralKey(base, count, locale);
        expect(key, `${lang} ${base} ${count}`).toBe(`${base}_${EXPECTED[lang]![i]}`);
        expect(messages, key).toHaveProperty(key);
        // The count shows wherever the form has a place for it ("every day" has none).
        const text = render(messages, key, [String(count), String(count)]);
        if (messages[key]!.message.includes('$')) expect(text, `${lang} ${key}`).toContain(String(count));
      });
    }
  });

  it('a category without its own text falls back to other', () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(pluralKey('badgeTitleDays', 1_000_000, 'fr')).toBe('badgeTitleDays_other');
    expect(pluralKey('badgeTitleDays', 3, 'pl')).toBe('badgeTitleDays_other'); // "few"
  });
});

describe('manual steps', () => {
  it.each(langs)('%s quotes LinkedIn’s page title and switch label from the setting data', (lang) => {
    const messages = read(lang);
    const steps = manualSteps(messages.locale!.message);
    const lg = lang as (typeof UI_LANGS)[number];
    const texts = steps.map(({ key, subs }) => render(messages, key, subs));
    expect(texts[2]).toContain(GENERATIVE_AI.titles[lg][0]);
    expect(texts[3]).toContain(GENERATIVE_AI.labels[lg][0]);
    // One source: the messages hold no copy of LinkedIn's label.
    for (const { message } of Object.values(messages)) expect(message).not.toContain(GENERATIVE_AI.labels[lg][0]);
  });

  it('falls back to English for a language the setting data lacks', () => {
    expect(manualSteps('pl')[3]!.subs).toEqual([GENERATIVE_AI.labels.en[0]]);
  });
});
