// The text a reader sees in a part of a page, cheaply: no layout, no styles, only what the
// markup says is hidden. For whole pages (a confirmation, a notice), where reading every
// element's style would cost too much; a control's own words are read with ./names.ts.

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
