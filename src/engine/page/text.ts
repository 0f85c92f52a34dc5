// Tolerant text matching for the services' labels. Press articles quote the labels with
// small differences (articles, accents, apostrophes, punctuation, plural endings), and
// a service may reword them slightly, so exact comparison would fail on real pages. The
// matching below forgives those differences but not a change of meaning: a label must
// share nearly all its content words with a known label, and a negated label never
// matches (switching off "Do not use my data..." would turn the protection off).

/** Lower case, no accents, one kind of apostrophe, letters and digits only. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Short function words in the seven UI languages: they drift between transcriptions
// ("des modèles" / "les modèles") and carry no meaning for the match.
const FUNCTION_WORDS = new Set(
  (
    'a an the my your our for to of and that which with by in on as at ' +
    'le la les l de des du d un une mes mon ma vos votre pour au aux et en qui ' +
    'der die das den dem ein eine einen ihre ihren meine meinen zum zur zu von um fur und mit ' +
    'het een mijn uw voor van te met waarmee wordt ' +
    'il lo i gli di dei degli delle del della da per e miei mie mio ' +
    'o os as do dos das meus minhas meu para um uma ' +
    'el los las mis mi y'
  ).split(' '),
);

// Words that turn a label into its opposite.
const NEGATIONS = new Set(
  ('not no non nao ne pas never dont don doesn without ' + 'jamais sans nicht nie kein keine keinen ohne niet geen nooit zonder senza mai nunca sem sin').split(
    ' ',
  ),
);

// State words a page prints beside a switch (On/Off, Oui/Non, Ein/Aus...). They can be
// caught up in a label's text, at its start or end, and must not count as a negation.
const ON_WORDS = new Set('on yes oui ein an aan si sim ativada activado attivato'.split(' '));
const OFF_WORDS = new Set('off no non aus uit nao desativada desactivado disattivato'.split(' '));
const STATE_WORDS = new Set([...ON_WORDS, ...OFF_WORDS]);

/**
 * The state a text ends with ("Improve the model for everyone On"): 'on', 'off', or null
 * when it ends with no state word, or with two (a text that says both says nothing).
 */
export function endingState(text: string): 'on' | 'off' | null {
  const tokens = normalize(text).split(' ');
  const last = tokens.pop() ?? '';
  if (STATE_WORDS.has(tokens.pop() ?? '')) return null;
  return ON_WORDS.has(last) ? 'on' : OFF_WORDS.has(last) ? 'off' : null;
}

/** Content words of a text, lightly stemmed (first five letters). */
export function contentWords(text: string): { words: Set<string>; negated: boolean } {
  // "non-essential", "cookies non essentiels": a prefix of the next word, not a negation of
  // the label (joined; a leading "Non" stays a state word). The cost: Italian "… di non
  // usare …" mid-label reads as not negated; the hook, not the words, finds the switch.
  const tokens = normalize(text.replace(/\bnon[-\u2010\u2011](?=\p{L})/giu, 'non').replace(/(?<=\p{L}\s+)non\s+(?=\p{L})/giu, 'non'))
    .split(' ')
    .filter(Boolean);
  while (tokens.length && STATE_WORDS.has(tokens[tokens.length - 1]!)) tokens.pop();
  while (tokens.length && STATE_WORDS.has(tokens[0]!)) tokens.shift();
  const negated = tokens.some((t) => NEGATIONS.has(t));
  const words = new Set(tokens.filter((t) => !FUNCTION_WORDS.has(t)).map((t) => t.slice(0, 5)));
  return { words, negated };
}

/**
 * How well `text` matches one of `known`: 1 is the same label up to case, accents and
 * punctuation; 0 is unrelated or negated. The score is the smaller of the share of the
 * known label's words found in the text and the share of the text's words found in the
 * known label, so both a missing key word and an added qualifier lower it.
 */
export function labelScore(text: string, known: readonly string[]): number {
  // A page is scanned many times while it changes: the same texts are scored once per list.
  const cache = SCORES.get(known) ?? new Map<string, number>();
  SCORES.set(known, cache);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const { score } = closestOf(text, known);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, score);
  return score;
}

/**
 * Does the text negate ("Do not use my data…")? Asked of every switch's name at every look
 * at a busy page, so each text is analysed once, as scores are.
 */
export function isNegated(text: string): boolean {
  const kept = NEGATED.get(text);
  if (kept !== undefined) return kept;
  const negated = contentWords(text).negated;
  if (NEGATED.size >= MAX_CACHED) NEGATED.clear();
  NEGATED.set(text, negated);
  return negated;
}

const NEGATED = new Map<string, boolean>();
const SCORES = new WeakMap<readonly string[], Map<string, number>>();
/** Texts kept per list of known labels (a page that invents new texts keeps the cache small). */
const MAX_CACHED = 2_000;
/** The known labels, each analysed once. */
const KNOWN = new Map<string, { plain: string; words: Set<string> }>();

/**
 * Analyse known labels ahead of the first score against them: a wait does it before the
 * thing it waits for appears, so the reaction does not pay for it (with the first use of
 * the text patterns above, about 2 ms in a content script: most of a look at a page).
 */
export function prepareLabels(labels: readonly string[]): void {
  for (const label of labels) known(label);
}

function known(label: string): { plain: string; words: Set<string> } {
  const kept = KNOWN.get(label);
  if (kept) return kept;
  const entry = { plain: normalize(label), words: contentWords(label).words };
  KNOWN.set(label, entry);
  return entry;
}

/**
 * The one of `known` that `text` reads most like once its negation is set aside ("Do not use
 * my data…" resembles "Use my data…"), and how well. Never a reason to click; asked when a
 * wait ends without the switch, to tell the user or the maintainers why (uncached for that).
 */
export function resemblance(text: string, known: readonly string[]): Closest {
  return closestOf(text, known, true);
}

interface Closest {
  score: number;
  /** The known label scored best ('' when none shares a word). */
  label: string;
}

function closestOf(text: string, labels: readonly string[], asideNegation = false): Closest {
  const none = { score: 0, label: '' };
  const candidate = contentWords(text);
  if (candidate.negated && asideNegation) for (const word of NEGATIONS) candidate.words.delete(word.slice(0, 5));
  if ((candidate.negated && !asideNegation) || candidate.words.size === 0) return none;
  const plain = normalize(text);
  let best = none;
  for (const label of labels) {
    const { plain: targetPlain, words: target } = known(label);
    if (targetPlain === plain) return { score: 1, label };
    let shared = 0;
    for (const w of candidate.words) if (target.has(w)) shared++;
    const score = Math.min(shared / target.size, shared / candidate.words.size);
    if (score > best.score) best = { score, label };
  }
  return best;
}

/** Below this a label is not taken as the target's: one word in seven may differ. */
export const MATCH_THRESHOLD = 0.8;
