// Hooks are trusted as names, never as positions. A stable hook (LinkedIn's
// allowDataForGenerativeAI) decides alone, refused only on evidence; a hook with a number in
// it (X's CHECKBOX_n_LABEL, numbered by the boxes a page renders for that account or region)
// must agree with the switch's text where the page's language has labels for the row, and
// otherwise decides alone only where the page has one such box.
import { beforeEach, describe, expect, it } from 'vitest';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { locateSwitch } from '../../src/engine/switch/locate';
import { freshDocument } from './dom';

const LABEL = 'Allow your posts to be used for training';
const spec = (id: string, hook: string, hookBy: SettingSpec['hookBy'], labels: SettingSpec['labels'] = {}): SettingSpec => ({
  id,
  path: `/${id}`,
  hook,
  hookBy,
  category: 'ai',
  recommended: true,
  titles: {},
  labels,
});
const service = defineService({
  id: 'hooks',
  name: 'Hooks',
  origin: 'https://hooks.example',
  host: 'optional',
  pages: ['https://hooks.example/*'],
  signIn: [],
  settings: [
    spec('unlabelled', 'CHECKBOX_1_LABEL', 'describedby'),
    spec('labelled', 'CHECKBOX_1_LABEL', 'describedby', { en: [LABEL] }),
    spec('stable', 'allowTraining', 'labelledby', { en: [LABEL] }),
    spec('by-id', 'toggle-2', 'id'),
  ],
  leftAlone: ['Allow Grok to remember your conversation history'],
});
const [UNLABELLED, LABELLED, STABLE, BY_ID] = service.settings as [never, never, never, never];

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

/** X's box: its text in a span with the positional id, the box described by it. */
function box(text: string, n: number): HTMLInputElement {
  const row = doc.createElement('label');
  row.innerHTML = `<span id="CHECKBOX_${n}_LABEL">${text}</span><input type="checkbox" checked aria-describedby="CHECKBOX_${n}_LABEL">`;
  doc.body.append(row);
  return row.querySelector('input')!;
}

describe('a positional hook, where the row has no labels in the page’s language', () => {
  it('decides alone on a page with one such box', () => {
    const only = box('Personalize based on places you’ve been', 1);
    expect(locateSwitch(doc, UNLABELLED)).toEqual({ kind: 'found', el: only, via: 'hook' });
  });

  it('never decides where the page shows two: the box at its number may be another (a region’s extra box first)', () => {
    box('Allow sharing with business partners', 1);
    // The second box also names a hint: its positional id is one of its ids.
    box('Personalize based on places you’ve been', 2).setAttribute('aria-describedby', 'hint CHECKBOX_2_LABEL');
    expect(locateSwitch(doc, UNLABELLED)).toEqual({ kind: 'missing' });
  });

  it('counts only boxes a person sees: a hidden second box leaves the hook to decide', () => {
    const only = box('Personalize based on places you’ve been', 1);
    box('Allow sharing with business partners', 2).closest('label')!.hidden = true;
    expect(locateSwitch(doc, UNLABELLED)).toEqual({ kind: 'found', el: only, via: 'hook' });
  });

  it('counts boxes of the same shape only: another kind of switch beside it leaves the hook to decide', () => {
    const only = box('Personalize based on places you’ve been', 1);
    doc.body.insertAdjacentHTML('beforeend', '<input type="checkbox" aria-describedby="note-2"><span id="note-2">Dark mode</span>');
    expect(locateSwitch(doc, UNLABELLED)).toEqual({ kind: 'found', el: only, via: 'hook' });
  });

  it('a page in a language the row has no labels for is such a page (the one-box rule holds)', () => {
    doc.documentElement.lang = 'fr';
    box('Autoriser le partage avec des partenaires', 1);
    box('Personnaliser selon les lieux', 2);
    expect(locateSwitch(doc, LABELLED)).toEqual({ kind: 'missing' });
    doc.body.replaceChildren();
    const only = box('Personnaliser selon les lieux', 1);
    expect(locateSwitch(doc, LABELLED)).toEqual({ kind: 'found', el: only, via: 'hook' });
  });

  it('an id hook with a number is a position too', () => {
    doc.body.innerHTML = '<input type="checkbox" id="toggle-1" aria-label="Dark mode"><input type="checkbox" id="toggle-2" aria-label="Ads">';
    expect(locateSwitch(doc, BY_ID)).toEqual({ kind: 'missing' });
    doc.getElementById('toggle-1')!.remove();
    expect(locateSwitch(doc, BY_ID)).toMatchObject({ kind: 'found', via: 'hook' });
  });
});

describe('a positional hook, where the page’s language has labels for the row', () => {
  beforeEach(() => {
    doc.documentElement.lang = 'EN-gb';
  });

  it('must agree with the text: the box at its number that says something else is not taken; the row’s box is found by its text', () => {
    box('Allow sharing with business partners', 1);
    const target = box(LABEL, 2);
    expect(locateSwitch(doc, LABELLED)).toEqual({ kind: 'found', el: target, via: 'label' });
  });

  it('agreeing with the text, it is taken by its hook, however many boxes the page shows', () => {
    const target = box(LABEL, 1);
    box('Allow sharing with business partners', 2);
    expect(locateSwitch(doc, LABELLED)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('alone on the page but saying something else: not taken (the text decides here)', () => {
    box('Allow sharing with business partners', 1);
    expect(locateSwitch(doc, LABELLED)).toEqual({ kind: 'missing' });
  });
});

describe('a stable hook decides alone, in any language', () => {
  it('on an English page, whatever its label says', () => {
    doc.documentElement.lang = 'en';
    doc.body.innerHTML = '<p id="allowTraining">A wording the service changed completely</p><input type="checkbox" aria-labelledby="allowTraining">';
    expect(locateSwitch(doc, STABLE)).toMatchObject({ kind: 'found', via: 'hook' });
  });

  it('but never an unnamed box whose description is negated (its text is the description)', () => {
    doc.body.innerHTML =
      '<span id="d">Do not allow your posts to be used for training</span><input type="checkbox" aria-labelledby="allowTraining" aria-describedby="d">';
    expect(locateSwitch(doc, STABLE)).toEqual({ kind: 'missing' });
  });

  it('but never a box labelled as something we leave alone', () => {
    doc.body.innerHTML = '<p id="allowTraining">Allow Grok to remember your conversation history</p><input type="checkbox" aria-labelledby="allowTraining">';
    expect(locateSwitch(doc, STABLE)).toEqual({ kind: 'missing' });
  });
});
