// What a service's pages show that its data does not know: a switch whose label speaks of
// AI on any of its settings pages, and settings listed on its category pages. Read only:
// what is found is reported to the user, never clicked. Also a page's switches as a report
// for the maintainers when a known switch cannot be found (its structure, never its words).
// The service's knowledge (its labels, hooks, pages) comes in as a `Known` (LinkedIn's:
// src/services/linkedin/discover.ts).
import { isRendered, readChecked } from '../page/dom';
import { descriptionOf, labelOf } from '../page/names';
import { openRoots, queryAll } from '../page/roots';
import { labelScore, MATCH_THRESHOLD, resemblance } from '../page/text';
import { SWITCH_SELECTOR } from './locate';

/** Something a page shows that we do not know yet. */
export interface Found {
  /** switch: an unknown switch about AI; entry: an unknown setting on a category page. */
  kind: 'switch' | 'entry';
  label: string;
  /** The switch's state (null for an entry, or a switch that cannot be read). */
  state: 'on' | 'off' | null;
  /** The page it is on (a switch) or leads to (an entry). */
  path: string;
}

/** How a switch is tied to words: attributes (reported by name only; the first three), a <label>, its own text. */
export const TIES = ['aria-labelledby', 'aria-describedby', 'aria-label', 'label', 'text'] as const;
type Tie = (typeof TIES)[number];

/**
 * One switch of a page, for the maintainers: its structure, never its words. A page's words
 * may be the member's own (a name, an e-mail, an id in a label or a hook), and the report is
 * meant to be pasted in public; the service's own label it reads like says enough.
 */
export interface SwitchSeen {
  /** A native checkbox ('input'), or the role it has ('switch', 'checkbox'). */
  kind: 'input' | 'switch' | 'checkbox';
  /** How it is tied to words: the names of the attributes that do it, 'label' for a <label>, 'text' for its own. */
  ties: Tie[];
  /** The hook of the service's data it carries (a selector from the data), or ''. */
  hook: string;
  /** How long its text is, in characters. */
  length: number;
  /** The service's own label it reads like (half a match at least, its negation set aside), or ''. */
  like: string;
}

/** A page whose known switch was missing, as the maintainers' report tells it. */
export interface PageSeen {
  /** The page's declared language ('' if none, or not a language tag). */
  lang: string;
  switches: SwitchSeen[];
}

/** What pageSeen compares a page with: the service's own labels and hooks. */
type KnownWords = Pick<Known, 'labels' | 'hooks'>;

/** What a service's data knows of its pages. */
export interface Known {
  origin: string;
  /** Every label and page title of its settings and of the switches it leaves alone. */
  labels: readonly string[];
  /** The selectors of its settings' hooks. */
  hooks: readonly string[];
  /** The paths of its settings' pages and category pages, as its data writes them. */
  paths: ReadonlySet<string>;
  /** Where its settings pages are: a link elsewhere is not one of its settings. */
  prefix: string;
  /** A path as the data writes it (a twin prefix as the one written, no trailing slash). */
  normal: (path: string) => string;
  /** A page deliberately left alone. */
  leftAlone: (path: string) => boolean;
}

export const LABEL_MAX = 120;
/** At most this many of each are reported from one page. */
export const FOUND_MAX = 5;
export const SEEN_MAX = 30;

// The acronyms are matched as written (so French "j'ai" is not "AI"); the words in any case.
const AI_ACRONYMS = /\b(?:AI|IA|KI)\b/;
// Stems start at a word's start, so "lead generation" or "constraints" or French "entrent" do not match.
const AI_WORDS =
  /\bg[ée]n[ée]rati(?:v|f|ev)|\bentra[iî]n|\btrain|\bmod[eèé]l|\baddestr|\btrein|\bentrena|machine learning|artificial intelligence|intelligence artificielle|künstliche intelligenz|intelligenza artificiale|inteligencia artificial|inteligência artificial|kunstmatige intelligentie/i;

/** Does this label speak of AI, generative models or training, in one of our seven languages? */
export function speaksOfAi(label: string): boolean {
  return AI_ACRONYMS.test(label) || AI_WORDS.test(label);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX);

/** Every switch a person sees, in the document and its open shadow roots (disabled ones too: this is a report). */
function switchesOf(doc: Document): HTMLElement[] {
  return queryAll(openRoots(doc), SWITCH_SELECTOR).filter(isRendered);
}

/** What a switch is called, or, unnamed, what describes it. */
const textOf = (el: Element) => clean(labelOf(el) || descriptionOf(el));

const isKnownLabel = (known: Known, label: string) => labelScore(label, known.labels) >= MATCH_THRESHOLD;

/** Unknown switches about AI on this page. */
export function unknownAiSwitches(doc: Document, path: string, known: Known): Found[] {
  const found: Found[] = [];
  for (const el of switchesOf(doc)) {
    if (known.hooks.some((hook) => el.matches(hook))) continue;
    const label = textOf(el);
    if (!label || !speaksOfAi(label) || isKnownLabel(known, label)) continue;
    const state = readChecked(el);
    found.push({ kind: 'switch', label, state: state === null ? null : state ? 'on' : 'off', path: known.normal(path) });
  }
  return found.slice(0, FOUND_MAX);
}

/** Settings a category page lists that the data does not know (nor deliberately leaves alone). */
export function unknownEntries(doc: Document, known: Known): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let path: string;
    try {
      const url = new URL(link.href, doc.baseURI);
      // A link to another site is not one of the service's settings, whatever its path.
      if (/^https?:$/.test(url.protocol) && url.origin !== known.origin) continue;
      path = known.normal(url.pathname);
    } catch {
      continue;
    }
    if (!path.startsWith(known.prefix) || known.paths.has(path) || known.leftAlone(path) || seen.has(path)) continue;
    if (!isRendered(link)) continue;
    const label = clean(link.textContent ?? '');
    if (!label || isKnownLabel(known, label)) continue;
    seen.add(path);
    found.push({ kind: 'entry', label, state: null, path });
  }
  return found.slice(0, FOUND_MAX);
}

/** Below this a switch reads like none of the service's labels. */
const LIKE_MIN = 0.5;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** The service's label the text reads most like (its negation set aside), or '' below half a match. */
function likeness(text: string, labels: readonly string[]): string {
  const { score, label } = resemblance(text, labels);
  return score >= LIKE_MIN ? label.slice(0, LABEL_MAX) : '';
}

function seenOf(el: HTMLElement, known: KnownWords): SwitchSeen {
  const text = labelOf(el) || descriptionOf(el);
  const ties: Tie[] = TIES.slice(0, 3).filter((name) => el.hasAttribute(name));
  if ((el as HTMLInputElement).labels?.length) ties.push('label');
  if (!el.matches('input') && el.textContent?.trim()) ties.push('text');
  return {
    kind: el.matches('input') ? 'input' : el.getAttribute('role') === 'switch' ? 'switch' : 'checkbox',
    ties,
    hook: known.hooks.find((hook) => el.matches(hook)) ?? '',
    length: text.length,
    like: likeness(text, known.labels),
  };
}

/** Every switch on the page, by its structure: what a maintainer needs when a known one went missing. */
export function pageSeen(doc: Document, known: KnownWords): PageSeen {
  const lang = doc.documentElement.lang.trim();
  return {
    lang: LANG_TAG.test(lang) ? lang.toLowerCase() : '',
    switches: switchesOf(doc)
      .slice(0, SEEN_MAX)
      .map((el) => seenOf(el, known)),
  };
}

/** Found things with when they were last seen, the latest first, each once, at most `max`. */
export function mergeFound<T extends Found & { at: number }>(kept: readonly T[], found: readonly Found[], at: number, max: number): (Found & { at: number })[] {
  const key = (f: Found) => `${f.kind}|${f.path}|${f.label}`;
  const fresh = found.map((f) => ({ ...f, at }));
  const seen = new Set(fresh.map(key));
  return [...fresh, ...kept.filter((f) => !seen.has(key(f)))].slice(0, max);
}
