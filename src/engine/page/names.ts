// What a screen reader says of a control: its accessible name and its description, each
// as rendered text. Sites tie a switch to its words in several ways (a label element, an
// aria-labelledby or aria-label, the text of the button itself, a description tied by
// aria-describedby beside it: X's "CHECKBOX_n_LABEL"), and a control inside a web
// component's shadow root reads its ids there. Only what a reader would hear counts: line
// breaks and block boundaries are spaces ("AI<br>models" is "AI models", not "AImodels"),
// hidden parts are skipped. A small subset of the W3C accname rules, enough for switches
// and form fields; a library that computes all of it costs more than the headroom left in a
// content script's 8 KB budget (measured: dom-accessibility-api 4.6 KB gzip, accname 3.7 KB).

/** Never read, wherever they are. */
const UNREAD = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';
/** Controls whose own text names them (a button says what it does). */
const NAMED_BY_CONTENT = 'button, [role="button"], [role="switch"], [role="checkbox"]';

type Visible = (options?: object) => boolean;
type View = Pick<Window, 'getComputedStyle'> | null;

/** The window whose styles apply: a document made with createHTMLDocument (unit tests) has none of its own. */
const viewOf = (node: Node): View => node.ownerDocument?.defaultView ?? (typeof window === 'undefined' ? null : window);

/** Hidden by style: display none or visibility hidden, as the browser (or, without checkVisibility, the computed style) says. */
function styledAway(el: Element, view: View): boolean {
  const check = (el as Element & { checkVisibility?: Visible }).checkVisibility;
  if (typeof check === 'function') return !check.call(el, { visibilityProperty: true });
  const style = view?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * Does the element stand apart from its neighbours, so that a reader hears a pause? A line
 * break, and any box that is not inline: a block, a list item, a flex item (the browser
 * computes a flex row's children as blocks).
 */
function apart(el: Element, view: View): boolean {
  if (el.localName === 'br') return true;
  const display = view?.getComputedStyle(el).display ?? 'inline';
  return !display.startsWith('inline');
}

interface Reading {
  parts: string[];
  /** Whether parts hidden by style are skipped (not under a root hidden by style). */
  styled: boolean;
  view: View;
}

function read(node: Node, r: Reading): void {
  if (node.nodeType === 3) {
    r.parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  // A slot reads what the page put in it (a web component's label text lives outside it).
  // Displayed as `contents`, it has no box of its own, so the browser calls it invisible:
  // what it holds is read or skipped on its own.
  const slotted = (el as Partial<HTMLSlotElement>).assignedNodes?.({ flatten: true });
  if (el.matches(UNREAD) || (r.styled && !slotted && styledAway(el, r.view))) return;
  const pause = apart(el, r.view) ? ' ' : '';
  r.parts.push(pause);
  for (const child of slotted?.length ? slotted : el.childNodes) read(child, r);
  r.parts.push(pause);
}

/**
 * The text a reader hears under `root`, on one line. A text referenced directly is read
 * even when it is hidden itself (a visually hidden label is still the name, as in accname);
 * inside it, hidden parts are skipped.
 */
export function renderedText(root: Node): string {
  const view = viewOf(root);
  // Under a root hidden by style every part is hidden too: the rule would drop all of it.
  // A root of text alone (most labels) has no part to hide: its style is not asked.
  const whole = root.nodeType === 1 && (root as Element).firstElementChild !== null && styledAway(root as Element, view);
  const r: Reading = { parts: [], styled: !whole, view };
  for (const child of root.childNodes) read(child, r);
  return r.parts.join('').replace(/\s+/g, ' ').trim();
}

/** The shadow host of an element inside a shadow root, else null. */
export function hostOf(el: Element): Element | null {
  return (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/** The texts of the elements an id-list attribute names, in the element's own tree (a shadow root has its own ids). */
function referenced(el: Element, attribute: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => root.getElementById(id))
    .map((node) => (node ? renderedText(node) : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * The control's accessible name: aria-labelledby, else aria-label, else its <label>
 * elements (`for` or wrapping), else its own text for a button or a switch; a control in a
 * shadow root with no name of its own takes its host's (as a web component delegates it).
 */
export function labelOf(el: Element): string {
  const byRef = referenced(el, 'aria-labelledby');
  if (byRef) return byRef;
  const aria = el.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim();
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  const byLabel = labels ? [...labels].map(renderedText).join(' ').trim() : '';
  if (byLabel) return byLabel;
  const own = el.matches(NAMED_BY_CONTENT) ? renderedText(el) : '';
  if (own) return own;
  const host = hostOf(el);
  return host ? labelOf(host) : '';
}

/** The control's description: the texts its aria-describedby names (X's CHECKBOX_n_LABEL is one). */
export function descriptionOf(el: Element): string {
  return referenced(el, 'aria-describedby');
}
