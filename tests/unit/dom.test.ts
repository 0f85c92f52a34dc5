// The two questions every locator asks of an element: could a person see it, and does
// its switch or box say on, off, or nothing readable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRendered, readChecked } from '../../src/engine/page/dom';

/** A document attached to jsdom's window, so computed styles apply (jsdom has no checkVisibility). */
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const byId = (doc: Document, id: string) => doc.getElementById(id)!;

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('isRendered', () => {
  it('a plain element in the page is rendered', () => {
    expect(isRendered(byId(page('<div><input id="x" type="checkbox"></div>'), 'x'))).toBe(true);
  });

  it.each([
    ['hidden', '<div hidden><input id="x"></div>'],
    ['inert', '<div inert><input id="x"></div>'],
    ['aria-hidden="true"', '<div aria-hidden="true"><input id="x"></div>'],
    ['hidden on itself', '<input id="x" hidden>'],
  ])('not rendered under %s', (_, html) => {
    expect(isRendered(byId(page(html), 'x'))).toBe(false);
  });

  it('aria-hidden="false" hides nothing', () => {
    expect(isRendered(byId(page('<div aria-hidden="false"><input id="x"></div>'), 'x'))).toBe(true);
  });

  it('an element kept inside a <template> is not rendered', () => {
    const doc = page('<template id="t"></template>');
    const el = doc.createElement('input');
    byId(doc, 't').appendChild(el);
    expect(isRendered(el)).toBe(false);
  });

  it('inside a closed <details> only the summary is rendered; an open one shows everything', () => {
    const doc = page('<details id="d"><summary><span id="s">More</span></summary><input id="x"></details>');
    expect(isRendered(byId(doc, 'x'))).toBe(false);
    expect(isRendered(byId(doc, 's'))).toBe(true);
    (byId(doc, 'd') as HTMLDetailsElement).open = true;
    expect(isRendered(byId(doc, 'x'))).toBe(true);
  });

  it('visibility: hidden, on itself or inherited, is not rendered; visible again inside is', () => {
    const doc = page(
      '<input id="own" style="visibility: hidden"><div style="visibility: hidden"><input id="inherited"><input id="back" style="visibility: visible"></div>',
    );
    expect(isRendered(byId(doc, 'own'))).toBe(false);
    expect(isRendered(byId(doc, 'inherited'))).toBe(false);
    expect(isRendered(byId(doc, 'back'))).toBe(true);
  });

  it('display: none on itself or on any ancestor is not rendered', () => {
    const doc = page('<input id="own" style="display: none"><section style="display: none"><div><div><input id="deep"></div></div></section>');
    expect(isRendered(byId(doc, 'own'))).toBe(false);
    expect(isRendered(byId(doc, 'deep'))).toBe(false);
  });

  it('never judged by size or opacity: a design-system toggle hides its native input that way', () => {
    const doc = page('<input id="x" style="opacity: 0; width: 0; height: 0; position: absolute">');
    expect(isRendered(byId(doc, 'x'))).toBe(true);
  });

  it('uses the browser’s checkVisibility when there is one, with content-visibility and visibility taken into account', () => {
    const doc = page('<input id="x">');
    const el = byId(doc, 'x');
    const check = vi.fn(() => false);
    Object.assign(el, { checkVisibility: check });
    expect(isRendered(el)).toBe(false);
    expect(check).toHaveBeenCalledWith({ contentVisibilityAuto: true, visibilityProperty: true });
    expect(check.mock.contexts[0]).toBe(el);
    check.mockReturnValue(true);
    // Its answer wins over the computed styles (it knows more than they do).
    el.style.display = 'none';
    expect(isRendered(el)).toBe(true);
  });

  it('the attribute rules hold even where checkVisibility says visible (it knows nothing of aria-hidden or inert)', () => {
    const doc = page('<div hidden><input id="x"></div>');
    const el = byId(doc, 'x');
    Object.assign(el, { checkVisibility: () => true });
    expect(isRendered(el)).toBe(false);
  });

  it('a document with no window and no global window: rendered unless an attribute says otherwise', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<input id="x" style="display: none"><div hidden><input id="y"></div>';
    const shown = byId(doc, 'x');
    const hidden = byId(doc, 'y');
    vi.stubGlobal('window', undefined);
    expect(isRendered(shown)).toBe(true);
    expect(isRendered(hidden)).toBe(false);
  });

  it('a document made without a window (unit tests) borrows the global window’s styles', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(doc.defaultView).toBeNull();
    doc.body.innerHTML = '<input id="x" style="display: none">';
    expect(isRendered(byId(doc, 'x'))).toBe(false);
  });
});

describe('readChecked', () => {
  const el = (html: string) => {
    const doc = page(html);
    return doc.body.firstElementChild!;
  };

  it('a native checkbox: its checked property', () => {
    const box = el('<input type="checkbox">') as HTMLInputElement;
    expect(readChecked(box)).toBe(false);
    box.checked = true;
    expect(readChecked(box)).toBe(true);
  });

  it('a native checkbox whose aria-checked agrees is read', () => {
    const box = el('<input type="checkbox" aria-checked="true">') as HTMLInputElement;
    box.checked = true;
    expect(readChecked(box)).toBe(true);
    box.checked = false;
    box.setAttribute('aria-checked', 'false');
    expect(readChecked(box)).toBe(false);
  });

  it('a native checkbox whose aria-checked disagrees or is neither true nor false is unreadable', () => {
    const box = el('<input type="checkbox" aria-checked="false">') as HTMLInputElement;
    box.checked = true;
    expect(readChecked(box)).toBeNull();
    box.checked = false;
    box.setAttribute('aria-checked', 'true');
    expect(readChecked(box)).toBeNull();
    box.setAttribute('aria-checked', 'mixed');
    expect(readChecked(box)).toBeNull();
  });

  it('an ARIA switch: aria-checked true or false, anything else unreadable', () => {
    const sw = el('<button role="switch"></button>');
    expect(readChecked(sw)).toBeNull();
    sw.setAttribute('aria-checked', 'true');
    expect(readChecked(sw)).toBe(true);
    sw.setAttribute('aria-checked', 'false');
    expect(readChecked(sw)).toBe(false);
    sw.setAttribute('aria-checked', 'mixed');
    expect(readChecked(sw)).toBeNull();
  });

  it('an ARIA switch is never read from a checked-looking property, only from aria-checked', () => {
    const sw = el('<div role="switch"></div>');
    Object.assign(sw, { checked: true });
    expect(readChecked(sw)).toBeNull();
  });
});
