// What a screen reader says of a control: its accessible name and its description, each
// as rendered text. Sites tie a switch to its words in several ways (a label element, an
// aria-labelledby or aria-label, the text of the button itself, a description tied by
// aria-describedby beside it: X's "CHECKBOX_n_LABEL"), and a control inside a web
// component's shadow root reads its ids there. Only what a reader would hear counts: line
// breaks and block boundaries are spaces ("AI<br>models" is "AI models", not "AImodels"),
// hidden parts are skipped. A small subset of the W3C accname rules, enough for switches
// and form fields; a library that computes all of it costs more than a content script's
// whole budget (dom-accessibility-api 4.6 KB gzip, accname 3.7 KB).

/** Elements that flow inline with their neighbours: no space is read around them. */
const INLINE = new Set('a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp slot small span strong sub sup time u var'.split(' '));
/** Never read, wherever they are. */
const UNREAD = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';
/** Controls whose own text names them (a button says what it does). */
const NAMED_BY_CONTENT = 'button, [role="button"], [role="switch"], [role="checkbox"]';

type Visible = (options?: object) => boolean;

/** Hidden by style: display none or visibility hidden, as the browser (or, without checkVisibility, the computed style) says. */
function styledAway(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: Visible }).checkVisibility;
  if (typeof check === 'function') return !check.call(el, { visibilityProperty: true });
  // A document made with createHTMLDocument (unit tests) has no window of its own.
  const view = el.ownerDocument.defaultView ?? (typeof window === 'undefined' ? null : window);
  const style = view?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function read(node: Node, parts: string[], styled: boolean): void {
  if (node.nodeType === 3) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (el.matches(UNREAD) || (styled && styledAway(el))) return;
  const block = !INLINE.has(el.localName);
  if (block) parts.push(' ');
  // A slot reads what the page put in it (a web component's label text lives outside it).
  const slotted = el.localName === 'slot' ? (el as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  for (const child of slotted.length > 0 ? slotted : el.childNodes) read(child, parts, styled);
  if (block) parts.push(' ');
}

/**
 * The text a reader hears under `root`, on one line. A text referenced directly is read
 * even when it is hidden itself (a visually hidden label is still the name, as in accname);
 * inside it, hidden parts are skipped.
 */
export function renderedText(root: Node): string {
  const parts: string[] = [];
  // Under a root hidden by style every part is hidden too: the rule would drop all of it.
  const styled = root.nodeType !== 1 || !styledAway(root as Element);
  for (const child of root.childNodes) read(child, parts, styled);
  return parts.join('').replace(/\s+/g, ' ').trim();
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
