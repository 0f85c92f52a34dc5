// Reading the site's confirmation: LinkedIn's page (`/help/linkedin/thankyou`, reached from
// the form in the run's tab; the worker checks that, from the tab's URL), or what Meta
// shows in place of its form once the user has submitted it. Here only the case number
// and the confirmation's words are read, from the text a reader sees. The page may render
// the number late and may keep changing, so the watch reads the whole page once and
// afterwards only what each batch of changes added: its work follows the changes, never
// the size of the page.

import { normalize } from '../page/text';

const CASE_NUMBER =
  /(?:case|ticket|request|reference|dossier|demande|référence|numéro|zaak|fall|vorgang)\s*(?:number|no\.?|nr\.?|n°|#|nummer|numéro)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,30})/i;

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE']);
const hiddenEl = (el: Element) => INVISIBLE.has(el.tagName) || el.matches('[hidden], [aria-hidden="true"]');

/**
 * The text a reader sees under `root`, without layout: script and data blocks (where
 * LinkedIn keeps translations of every message) and hidden parts are skipped.
 */
export function visibleText(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement;
    return parent?.closest('script, style, noscript, template, code, [hidden], [aria-hidden="true"]') ? '' : (root.nodeValue ?? '');
  }
  if (root.nodeType !== Node.ELEMENT_NODE || hiddenEl(root as Element) || (root as Element).closest('[hidden], [aria-hidden="true"]')) return '';
  const parts: string[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : hiddenEl(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

/** Whether the page shows one of the confirmation's texts (up to case, accents and punctuation). */
export function showsConfirmation(doc: Document, texts: readonly string[]): boolean {
  const seen = doc.body ? normalize(visibleText(doc.body)) : '';
  return texts.some((text) => seen.includes(normalize(text)));
}

/** A case number introduced by its word ("Case number: 250123-004567"), with a digit in it. */
export function findCaseNumber(text: string): string | null {
  const match = CASE_NUMBER.exec(text);
  return match && /\d/.test(match[1]!) ? match[1]! : null;
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
