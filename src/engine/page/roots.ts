// Where controls live: the document, and the open shadow roots of the web components in it
// (nested ones too). A document query never enters a shadow root, so a switch inside a
// custom element would never be seen; closed roots stay closed (the page asked for that).
// Same-origin frames are not entered: no service needs it yet.

/** The document and every open shadow root inside it, outermost first. */
export function openRoots(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  // Each root found is searched in turn for the roots inside it.
  for (let i = 0; i < roots.length; i++) {
    const walker = doc.createTreeWalker(roots[i]!, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

/** The elements matching `selector` in each of `roots`. */
export function queryAll(roots: readonly ParentNode[], selector: string): HTMLElement[] {
  return roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)]);
}
