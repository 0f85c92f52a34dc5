// The markup shapes a modern site plausibly serves for one setting’s switch, per kind of
// control (a native checkbox, a button or element with a switch or checkbox role, a control
// inside a web component's open shadow root), and what a screen reader would call each: its
// accessible name, its description, read as rendered text. Each shape is found by its
// label, by its name or by its description; the rules that refuse (a negated name, a hidden
// or disabled control, a closed shadow root) hold in every shape. Written from how sites build
// such controls, not copied from another suite.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineService } from '../../src/engine/model';
import { descriptionOf, labelOf, renderedText } from '../../src/engine/page/names';
import { locateSwitch } from '../../src/engine/switch/locate';
import { freshDocument } from './dom';

const LABEL = 'Use my data for training AI models';
const [ROW] = defineService({
  id: 'shapes',
  name: 'Shapes',
  origin: 'https://shapes.example',
  host: 'optional',
  pages: ['https://shapes.example/*'],
  signIn: [],
  settings: [{ id: 'shapes-ai', path: '/privacy', hook: null, hookBy: 'id', category: 'ai', recommended: true, titles: {}, labels: { en: [LABEL] } }],
}).settings;
const row = ROW!;

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

/** The page's body as given; the control is the element marked data-target (in a shadow root, `shadow` builds it). */
function page(html: string): HTMLElement {
  doc.body.innerHTML = html;
  return doc.querySelector<HTMLElement>('[data-target]')!;
}

// Each shape: its markup (the target marked data-target), the name and description a reader hears.
const SHAPES: [string, string, string, string][] = [
  ['checkbox, aria-labelledby', `<p id="l">${LABEL}</p><input type="checkbox" aria-labelledby="l" data-target>`, LABEL, ''],
  [
    'checkbox, aria-labelledby naming two texts',
    '<p id="a">Use my data</p><p id="b">for training AI models</p><input type="checkbox" aria-labelledby="a b" data-target>',
    LABEL,
    '',
  ],
  ['checkbox, aria-label', `<input type="checkbox" aria-label="${LABEL}" data-target>`, LABEL, ''],
  ['checkbox, <label for>', `<label for="c">${LABEL}</label><input type="checkbox" id="c" data-target>`, LABEL, ''],
  ['checkbox inside its <label>', `<label><span>${LABEL}</span><input type="checkbox" data-target></label>`, LABEL, ''],
  [
    'checkbox described by a text beside it, no label (X: CHECKBOX_n_LABEL)',
    `<div><span id="CHECKBOX_1_LABEL">${LABEL}</span></div><div><input type="checkbox" aria-describedby="CHECKBOX_1_LABEL" data-target></div>`,
    '',
    LABEL,
  ],
  [
    'switch with a short name and the label as its description',
    `<h3 id="n">AI</h3><p id="d">${LABEL}</p><button role="switch" aria-checked="true" aria-labelledby="n" aria-describedby="d" data-target></button>`,
    'AI',
    LABEL,
  ],
  ['button role="switch" named by its own text', `<button role="switch" aria-checked="true" data-target>${LABEL}</button>`, LABEL, ''],
  ['div role="checkbox" named by its own text', `<div role="checkbox" aria-checked="true" tabindex="0" data-target><span>${LABEL}</span></div>`, LABEL, ''],
  ['a line break inside the label', '<p id="l">Use my data for training<br>AI models</p><input type="checkbox" aria-labelledby="l" data-target>', LABEL, ''],
  [
    'block boundaries inside the label',
    '<div id="l"><div>Use my data</div><div>for training AI models</div></div><button role="switch" aria-checked="true" aria-labelledby="l" data-target></button>',
    LABEL,
    '',
  ],
  [
    'hidden parts of the label: a state word for the eye only, an unrendered aside, a script',
    `<label for="c">${LABEL} <span aria-hidden="true">On</span><span hidden>Not now</span><span style="display:none">beta</span><script>var x = 1</script></label><input type="checkbox" id="c" data-target>`,
    LABEL,
    '',
  ],
  [
    'a visually hidden label element, referenced: still the name (as accname reads it)',
    `<span id="l" hidden>${LABEL}</span><button role="switch" aria-checked="false" aria-labelledby="l" data-target></button>`,
    LABEL,
    '',
  ],
];

describe('each markup shape: what a reader hears, and the switch found by it', () => {
  it.each(SHAPES)('%s', (_shape, html, name, description) => {
    const el = page(html);
    expect(labelOf(el)).toBe(name);
    expect(descriptionOf(el)).toBe(description);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });
});

describe('renderedText, rule by rule', () => {
  const text = (html: string) => {
    doc.body.innerHTML = `<div id="r">${html}</div>`;
    return renderedText(doc.getElementById('r')!);
  };

  it('a line break and a block boundary are spaces; inline elements join their words as the eye does', () => {
    expect(text('AI<br>models')).toBe('AI models');
    expect(text('<p>AI</p>models')).toBe('AI models');
    expect(text('<li>AI</li><li>models</li>')).toBe('AI models');
    expect(text('<b>A</b><i>I</i> <span>models</span>')).toBe('AI models');
  });

  it('what decides is how each element is shown: a span shown as a block stands apart, a div shown inline does not', () => {
    expect(text('<span style="display:block">AI</span>models')).toBe('AI models');
    expect(text('<div style="display:inline">A</div><div style="display:inline-block">I</div>')).toBe('AI');
    expect(text('<span style="display:flex">AI</span>models')).toBe('AI models');
  });

  it('without any window to ask, only a line break is a pause', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.body.innerHTML = '<div id="r"><div>A</div><div>I<br>models</div></div>';
    vi.stubGlobal('window', undefined);
    expect(renderedText(bare.getElementById('r')!)).toBe('AI models');
    vi.unstubAllGlobals();
  });

  it('whitespace is one space, trimmed', () => {
    expect(text('  AI \n\t models  ')).toBe('AI models');
  });

  it('skips hidden parts, scripts, styles, templates and comments, not their neighbours', () => {
    expect(text('AI<span hidden>x</span><span aria-hidden="true">y</span><style>z</style><template>t</template><noscript>n</noscript><!-- c --> models')).toBe(
      'AI models',
    );
    expect(text('AI <span style="visibility: hidden">x</span>models')).toBe('AI models');
  });

  it('inside a root hidden by style, everything is read (it was named directly)', () => {
    doc.body.innerHTML = '<div id="r" style="display:none"><span>AI</span> <span>models</span></div>';
    expect(renderedText(doc.getElementById('r')!)).toBe('AI models');
  });

  it('uses the browser’s checkVisibility where there is one', () => {
    doc.body.innerHTML = '<div id="r">AI <span id="s">x</span>models</div>';
    const span = doc.getElementById('s')!;
    Object.assign(span, { checkVisibility: () => false });
    expect(renderedText(doc.getElementById('r')!)).toBe('AI models');
    Object.assign(span, { checkVisibility: () => true });
    expect(renderedText(doc.getElementById('r')!)).toBe('AI xmodels');
  });

  it('reads what a <slot> holds, which checkVisibility calls invisible (it is displayed as `contents`): a web component’s words', () => {
    doc.body.innerHTML = '<div id="host">analysis</div><p id="r">Content </p>';
    const slot = doc.createElement('slot');
    Object.assign(slot, { checkVisibility: () => false });
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const label = doc.createElement('label');
    label.append('Content ', slot);
    root.append(label);
    expect(renderedText(label)).toBe('Content analysis');
  });
});

describe('labelOf, in order', () => {
  it('aria-labelledby before aria-label, aria-label before <label>, <label> before its own text', () => {
    const el = page(
      `<p id="l">By reference</p><label for="c">By label</label><button role="switch" id="c" aria-labelledby="l" aria-label="By attribute" data-target>Own text</button>`,
    );
    expect(labelOf(el)).toBe('By reference');
    el.removeAttribute('aria-labelledby');
    expect(labelOf(el)).toBe('By attribute');
    el.removeAttribute('aria-label');
    expect(labelOf(el)).toBe('By label');
    doc.querySelector('label')!.remove();
    expect(labelOf(el)).toBe('Own text');
  });

  it('an aria-label is read on one line', () => {
    expect(labelOf(page('<input type="checkbox" aria-label="  Use my\n data  " data-target>'))).toBe('Use my data');
  });

  it('a native checkbox is not named by text around it, nor a select by its options', () => {
    expect(labelOf(page('<div><input type="checkbox" data-target> Use my data</div>'))).toBe('');
    expect(labelOf(page('<select data-target><option>Use my data</option></select>'))).toBe('');
  });

  it('a description names nothing; several ids are joined', () => {
    const el = page('<p id="a">Use my data</p><p id="b">for training</p><input type="checkbox" aria-describedby="a missing b" data-target>');
    expect(labelOf(el)).toBe('');
    expect(descriptionOf(el)).toBe('Use my data for training');
  });
});

describe('name or description: one matches; a negated name refuses whatever the description says', () => {
  it('a switch named "AI" and described by the label is found; one named by the label and described by something else too', () => {
    const el = page(`<h3 id="n">AI</h3><p id="d">${LABEL}</p><input type="checkbox" aria-labelledby="n" aria-describedby="d" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
    const other = page(`<p id="d">We never sell your data.</p><input type="checkbox" aria-label="${LABEL}" aria-describedby="d" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: other, via: 'label' });
  });

  it('a negated name with the label as its description is never taken', () => {
    page(`<p id="d">${LABEL}</p><input type="checkbox" checked aria-label="Don’t use my data for training AI models" aria-describedby="d" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it('an unnamed switch whose description is negated is never taken', () => {
    page('<span id="d">Do not use my data for training AI models</span><input type="checkbox" aria-describedby="d" data-target>');
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it('a named switch whose description is negated is taken by its name', () => {
    const el = page(`<span id="d">This does not change past training.</span><input type="checkbox" aria-label="${LABEL}" aria-describedby="d" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('two switches, one matching by name and one by description, equally well: no answer', () => {
    page(`<p id="d">${LABEL}</p><input type="checkbox" aria-describedby="d"><input type="checkbox" aria-label="${LABEL}">`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});

describe('only a control a person could change is a candidate', () => {
  it.each([
    ['disabled', `<input type="checkbox" disabled aria-label="${LABEL}">`],
    ['in a disabled fieldset', `<fieldset disabled><input type="checkbox" aria-label="${LABEL}"></fieldset>`],
    ['aria-disabled', `<button role="switch" aria-checked="true" aria-disabled="true" aria-label="${LABEL}"></button>`],
    ['inside an aria-disabled group', `<div aria-disabled="true"><button role="switch" aria-checked="true" aria-label="${LABEL}"></button></div>`],
  ])('%s: not a candidate', (_how, html) => {
    page(html);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it('aria-disabled="false" disables nothing', () => {
    const el = page(`<button role="switch" aria-checked="true" aria-disabled="false" aria-label="${LABEL}" data-target></button>`);
    expect(locateSwitch(doc, row)).toMatchObject({ kind: 'found', el });
  });

  it('a disabled copy beside the enabled one is not a second candidate', () => {
    const el = page(`<input type="checkbox" disabled aria-label="${LABEL}"><input type="checkbox" aria-label="${LABEL}" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });
});

/** A custom element on the page with an open (or closed) shadow root holding `inner`; returns the element marked data-target in it. */
function component(inner: string, { mode = 'open', host = '<x-settings></x-settings>', light = '' } = {}): HTMLElement | null {
  doc.body.insertAdjacentHTML('beforeend', host);
  const el = doc.body.lastElementChild!;
  el.innerHTML = light;
  const shadow = el.attachShadow({ mode: mode as ShadowRootMode });
  shadow.innerHTML = inner;
  return shadow.querySelector<HTMLElement>('[data-target]');
}

describe('in a web component: controls in open shadow roots are found with the same rules', () => {
  it.each([
    ['a checkbox labelled by an id in its shadow root', `<p id="l">${LABEL}</p><input type="checkbox" aria-labelledby="l" data-target>`],
    ['a checkbox with its <label for> in its shadow root', `<label for="c">${LABEL}</label><input type="checkbox" id="c" data-target>`],
    [
      'a switch described by an id in its shadow root',
      `<span id="d">${LABEL}</span><div role="switch" aria-checked="true" aria-describedby="d" data-target></div>`,
    ],
    ['a switch named by its own text', `<button role="switch" aria-checked="true" data-target>${LABEL}</button>`],
  ])('%s', (_shape, inner) => {
    const el = component(inner)!;
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('a switch named by the text the page slots into it', () => {
    const el = component('<button role="switch" aria-checked="true" data-target><slot></slot></button>', { light: `<b>${LABEL}</b>` })!;
    expect(labelOf(el)).toBe(LABEL);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('an empty slot reads its fallback text', () => {
    const el = component(`<button role="switch" aria-checked="true" data-target><slot>${LABEL}</slot></button>`)!;
    expect(labelOf(el)).toBe(LABEL);
  });

  it('an unnamed switch takes the name its host carries (the component delegates it)', () => {
    const el = component('<button role="switch" aria-checked="true" data-target></button>', { host: `<x-toggle aria-label="${LABEL}"></x-toggle>` })!;
    expect(labelOf(el)).toBe(LABEL);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('a named switch keeps its own name, whatever its host says', () => {
    const el = component('<button role="switch" aria-checked="true" aria-label="Memory" data-target></button>', {
      host: `<x-toggle aria-label="${LABEL}"></x-toggle>`,
    })!;
    expect(labelOf(el)).toBe('Memory');
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it('a shadow root inside a shadow root is searched too', () => {
    const outer = doc.createElement('x-page');
    doc.body.append(outer);
    const inner = doc.createElement('x-row');
    outer.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = `<input type="checkbox" aria-label="${LABEL}">`;
    const el = inner.shadowRoot!.querySelector('input')!;
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el, via: 'label' });
  });

  it('a closed shadow root stays closed: nothing in it is seen', () => {
    component(`<input type="checkbox" aria-label="${LABEL}" data-target>`, { mode: 'closed' });
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it.each([
    ['hidden', '<x-settings hidden></x-settings>'],
    ['aria-hidden', '<x-settings aria-hidden="true"></x-settings>'],
    ['inert', '<x-settings inert></x-settings>'],
    ['display:none', '<x-settings style="display:none"></x-settings>'],
    ['aria-disabled', '<x-settings aria-disabled="true"></x-settings>'],
  ])('a host %s hides or disables what is inside it', (_how, host) => {
    component(`<input type="checkbox" aria-label="${LABEL}" data-target>`, { host });
    expect(locateSwitch(doc, row)).toEqual({ kind: 'missing' });
  });

  it('a copy in the document and one in a shadow root are two candidates: no answer', () => {
    page(`<input type="checkbox" aria-label="${LABEL}">`);
    component(`<input type="checkbox" aria-label="${LABEL}" data-target>`);
    expect(locateSwitch(doc, row)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});
