// The message key of a service's text, generated from its owner's id and the text's part
// ('quora-training', 'name' -> 'quora_training__name'): a row names no key, and its texts
// live in its service's folder (src/services/<id>/texts.mjs). scripts/locales.mjs writes
// the messages under the same keys (tests/unit/locales.test.ts checks that they agree).

/**
 * The texts a service's folder may hold: a setting's `name` and `what` (one sentence on what
 * it does when on); the service's own `since` (what its dated change did) and `note` (a
 * sentence its card shows beside its switches, where its data says `note`), and for a service
 * with forms only, its card's `what`, `where`, `unverified`, `details`, `noForm`, and the
 * `explanationDefault` its forms take when the user typed none; for a setting repeated per
 * site, `elsewhere`: the steps for a site the service's list does not lead to; for a
 * manual-only service, its `steps` by hand.
 */
export const TEXT_PARTS = ['name', 'what', 'since', 'note', 'where', 'unverified', 'details', 'noForm', 'explanationDefault', 'elsewhere', 'steps'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

export const textKey = (id: string, part: TextPart): string => `${id.replaceAll('-', '_')}__${part}`;
