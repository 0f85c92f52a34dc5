// The message key of a service's text, generated from its owner's id and the text's part
// ('quora-training', 'name' -> 'quora_training__name'): a row names no key, and its texts
// live in its service's folder (src/services/<id>/texts.mjs). scripts/locales.mjs writes
// the messages under the same keys (tests/unit/locales.test.ts checks that they agree).
export const textKey = (id: string, part: string): string => `${id.replaceAll('-', '_')}__${part}`;
