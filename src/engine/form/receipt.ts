// Reading the site's confirmation: LinkedIn's page (`/help/linkedin/thankyou`, reached from
// the form in the run's tab; the worker checks that, from the tab's URL), or what Meta
// shows in place of its form once the user has submitted it. Here only the case number
// and the confirmation's words are read, from the text a reader sees. The page may render
// the number late and may keep changing, so the watch reads the whole page once and
// afterwards only what each batch of changes added: its work follows the changes, never
// the size of the page.

import { normalize } from '../page/text';
import { visibleText } from '../page/visible';

/** Whether `text` (the confirmation's, never the whole page's) says one of its texts (up to case, accents and punctuation). */
export function saysConfirmation(text: string, texts: readonly string[]): boolean {
  const seen = normalize(text);
  return texts.some((t) => seen.includes(normalize(t)));
}

/** Whether the page shows one of the confirmation's texts. */
export function showsConfirmation(doc: Document, texts: readonly string[]): boolean {
  return saysConfirmation(doc.body ? visibleText(doc.body) : '', texts);
}

// The case number, the user's proof to a regulator, as each language introduces it: after a
// case or reference word, as a label ("Case number: N", "Ticket #N", "Vorgangsnummer N") or
// inside a sentence with a few words between ("your request was registered under number N",
// "il numero della sua richiesta è N"). Written from how each language says it; matched on
// the text without accents. Whatever looks like a date or a phone number is never taken.

/**
 * Words that introduce a case number, per language, as patterns on the text without
 * accents (word starts: a compound such as "Vorgangsnummer" or "zaaknummer" is one word).
 */
const INTRO_WORDS = {
  en: 'case ticket\\w* requests? reference ref',
  fr: 'dossier\\w* demandes? requete reference',
  de: 'fall(?:nummer|nr)? vorgang\\w* referenz\\w* anfrage\\w* aktenzeichen ticket\\w*',
  nl: 'zaak\\w* referentie\\w* dossier\\w* verzoek\\w* aanvraag\\w* melding\\w*',
  it: 'pratica richiesta riferimento segnalazione caso ticket',
  pt: 'protocolo solicitacao pedido chamado caso referencia',
  es: 'caso solicitud expediente referencia peticion ticket',
};
const INTRO = new RegExp(`\\b(?:${Object.values(INTRO_WORDS).join(' ').split(' ').join('|')})\\b`, 'gi');
/** At most this many words between the introducing word and the number. */
const WORDS_BETWEEN = 8;
/** A case number: letters, digits and dashes, 5 to 31 of them, a digit among them. */
const NUMBER = /^[A-Z0-9][A-Z0-9-]{4,30}$/i;
/**
 * Digits in three or more short groups: a date (2025-01-23, 23-01-2025) or a phone number
 * (0800-123-4567), never a case number. With dots or slashes they fail NUMBER already.
 */
const DATE_OR_PHONE = /^\d{1,4}(?:-\d{1,4}){2,}$/;
/** What starts a phone number written in pieces (+33 1 23…, (555) 123-4567). */
const PHONE_START = /^[+(]\d/;
/** Words that say a number is to be called, per language. */
const PHONE_WORDS = new Set(
  'call phone tel telephone hotline appel appelez appeler anruf anrufen rufen rufnummer telefon bel bellen telefoon chiama chiamare telefono ligue ligar telefone llame llamar'.split(
    ' ',
  ),
);
const stripAccents = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
/** A word without the punctuation around it. */
const bare = (word: string) => word.replace(/^[(«"'“‘¿¡]+|[.,;!?)»"'”’]+$/g, '');

/** The number in the words after an introducing word, or null: a phone number, a date, or the sentence ending first. */
function numberAfter(words: readonly string[]): string | null {
  for (const word of words.slice(0, WORDS_BETWEEN + 1)) {
    const core = bare(word);
    if (PHONE_START.test(word) || PHONE_WORDS.has(core.toLowerCase())) return null;
    if (NUMBER.test(core) && /\d/.test(core) && !DATE_OR_PHONE.test(core)) return core;
    // A sentence ends at a stop after a word longer than an abbreviation ("n.", "Nr.", "ref."),
    // or right after the introducing word ("We received your request. 1234567 people…").
    if (/[.!?]$/.test(word) && (core.length > 3 || core === '')) return null;
  }
  return null;
}

/** The case number introduced by a case or reference word, in any of our languages; null if there is none. */
export function findCaseNumber(text: string): string | null {
  const plain = stripAccents(text);
  for (const intro of plain.matchAll(INTRO)) {
    const words = plain
      .slice(intro.index + intro[0].length)
      .split(/[\s:#]+/)
      .filter(Boolean);
    const found = numberAfter(words);
    if (found) return found;
  }
  return null;
}

/**
 * Resolves with the case number once it is shown, or null after `ms`. `read` is the text
 * reader (tests count its calls): once on the body, then once per added node or changed
 * text of each batch.
 */
export function watchCaseNumber(doc: Document, ms: number, read: (node: Node) => string = visibleText): Promise<string | null> {
  return new Promise((resolve) => {
    const first = doc.body ? findCaseNumber(read(doc.body)) : null;
    if (first) return resolve(first);
    const done = (value: string | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
        for (const node of nodes) {
          const found = findCaseNumber(read(node));
          if (found) return done(found);
        }
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => done(null), ms);
  });
}
