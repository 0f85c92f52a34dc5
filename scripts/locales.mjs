// Writes public/_locales/<lang>/messages.json and src/generated/message-keys.ts (the typed
// list of keys: a misspelled key fails typecheck). Both are generated, never committed:
// `npm run build`, `npm run typecheck`, the unit tests and `npm test` run this first.
//
// The texts: English and French in scripts/locales/en-fr.mjs, de/es/it/nl/pt in
// scripts/locales/<lang>.mjs, each key's concept in scripts/locales/concepts.mjs; and each
// service's own texts in its folder, src/services/<id>/texts.mjs, keyed by setting id (or
// the service's id) and part, every language and the concept together:
//   { 'quora-training': { name: { concept: 'switch', en: '…', fr: '…', de: '…', … } } }
// Their keys are generated (textKey below, the same as src/platform/text-key.ts): a row
// names no key. Fails on a missing or extra key, a placeholder that differs from English, or
// a key without a concept tag.
//
// Translators: read the glossary first (scripts/locales/glossary.mjs): "switch off" (the
// setting) and "object" (the legal form) are two verbs never mixed.
//
// Plurals: chrome.i18n has none. A key `base_one` / `base_other` (every locale has both)
// is chosen at run time with Intl.PluralRules of the messages' language (src/platform/plural.ts);
// a category without its own text ("many" in fr, es, it, pt) falls back to `other`.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import CONCEPT from './locales/concepts.mjs';
import de from './locales/de.mjs';
import M from './locales/en-fr.mjs';
import es from './locales/es.mjs';
import it from './locales/it.mjs';
import nl from './locales/nl.mjs';
import pt from './locales/pt.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'];
const MORE = { de, es, it, nl, pt };
const CONCEPTS = Object.keys(CONCEPT);

/** The message key of a service's text: its setting's (or its own) id and the text's part. */
const textKey = (id, part) => `${id.replaceAll('-', '_')}__${part}`;

const tokens = (text) =>
  [...text.matchAll(/\$[A-Z]+\$/g)]
    .map((m) => m[0])
    .sort()
    .join(',');
const problems = [];
const table = { en: {}, fr: {} };
for (const [key, row] of Object.entries(M)) {
  table.en[key] = row[0];
  table.fr[key] = row[1];
}
for (const [lang, texts] of Object.entries(MORE)) {
  table[lang] = { ...texts };
  for (const key of Object.keys(texts)) if (!(key in M)) problems.push(`${lang}: extra key ${key}`);
}

const conceptOf = {};
for (const [concept, keys] of Object.entries(CONCEPT)) {
  for (const key of keys) {
    if (conceptOf[key]) problems.push(`${key}: two concepts, ${conceptOf[key]} and ${concept}`);
    conceptOf[key] = concept;
  }
}

// Each service's texts, from its folder.
const servicesDir = `${root}src/services`;
for (const id of readdirSync(servicesDir).sort()) {
  const file = `${servicesDir}/${id}/texts.mjs`;
  if (!existsSync(file)) continue;
  const texts = (await import(file)).default;
  for (const [owner, parts] of Object.entries(texts)) {
    for (const [part, text] of Object.entries(parts)) {
      const key = textKey(owner, part);
      const where = `src/services/${id}/texts.mjs ${owner}.${part}`;
      if (key in M) problems.push(`${where}: its key ${key} is taken`);
      if (!CONCEPTS.includes(text.concept)) problems.push(`${where}: concept ${text.concept}, not one of ${CONCEPTS.join(', ')}`);
      for (const lang of LANGS) if (typeof text[lang] !== 'string' || !text[lang].trim()) problems.push(`${where}: no ${lang} text`);
      M[key] = [text.en, text.fr, text.placeholders];
      conceptOf[key] = text.concept;
      for (const lang of LANGS) table[lang][key] = text[lang];
    }
  }
}

// Plural keys: `base_<category>`; every base must have at least `one` and `other`.
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const plurals = {};
for (const key of Object.keys(M)) {
  const m = PLURAL.exec(key);
  if (!m) continue;
  plurals[m[1]] ??= [];
  plurals[m[1]].push(m[2]);
}
for (const [base, forms] of Object.entries(plurals)) {
  if (!forms.includes('one') || !forms.includes('other')) problems.push(`${base}: a plural needs at least _one and _other`);
}
const baseOf = (key) => PLURAL.exec(key)?.[1] ?? key;

for (const key of Object.keys(M)) {
  if (!conceptOf[baseOf(key)]) problems.push(`${key}: no concept; add it to scripts/locales/concepts.mjs (${CONCEPTS.join(', ')})`);
}
for (const key of Object.keys(conceptOf)) if (!(key in M) && !(key in plurals)) problems.push(`concepts.mjs lists ${key}, which is not a key`);

function description(key) {
  const concept = conceptOf[baseOf(key)];
  const plural = PLURAL.exec(key);
  const notes = [`concept: ${concept}`];
  if (plural) notes.push(`plural form "${plural[2]}" of ${plural[1]} (chosen with Intl.PluralRules)`);
  if (key === 'locale') notes.push('the BCP 47 language of these texts, used to format dates and numbers; not shown');
  return notes.join('; ');
}

const written = {};
for (const lang of LANGS) {
  const texts = table[lang];
  const out = {};
  for (const [key, row] of Object.entries(M)) {
    const message = texts[key];
    if (message === undefined) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    if (tokens(message) !== tokens(row[0])) problems.push(`${lang}: ${key} has placeholders ${tokens(message)}, English has ${tokens(row[0])}`);
    // Translators' notes once, in the default locale they translate from: the browser never
    // shows them, and six more copies cost the package about 8 KB zipped.
    out[key] = lang === 'en' ? { message, description: description(key) } : { message };
    const ph = row[2];
    if (ph) out[key].placeholders = Object.fromEntries(Object.entries(ph).map(([n, c]) => [n.toLowerCase(), { content: c }]));
  }
  written[lang] = out;
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
for (const [lang, out] of Object.entries(written)) {
  mkdirSync(`${root}public/_locales/${lang}`, { recursive: true });
  writeFileSync(`${root}public/_locales/${lang}/messages.json`, `${JSON.stringify(out, null, 2)}\n`);
}

// The typed keys, for t() and the content scripts' t (types only: no bytes in a bundle
// except the small plural table).
const singles = Object.keys(M).filter((key) => !PLURAL.test(key));
const union = (keys) => keys.map((k) => `\n  | '${k}'`).join('');
mkdirSync(`${root}src/generated`, { recursive: true });
writeFileSync(
  `${root}src/generated/message-keys.ts`,
  `// Generated by \`npm run locales\` (scripts/locales.mjs). Do not edit, do not commit: add or
// rename keys in scripts/locales/ or in a service's texts.mjs. A misspelled key is a type error.

/** A message without plural forms. */
export type MessageKey =${union(singles)};

/** Messages with plural forms: the base name and its forms (\`base_one\`, \`base_other\`...). */
export const PLURALS = {
${Object.entries(plurals)
  .map(([base, forms]) => `  ${base}: [${forms.map((f) => `'${f}'`).join(', ')}],`)
  .join('\n')}
} as const;

export type PluralKey = keyof typeof PLURALS;
`,
);
if (!process.argv.includes('--quiet')) console.log(`wrote ${LANGS.length} locales, ${Object.keys(M).length} keys each, and src/generated/message-keys.ts`);
