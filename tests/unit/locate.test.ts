import { beforeEach, describe, expect, it } from 'vitest';
import { readChecked } from '../../src/engine/page/dom';
import { labelOf } from '../../src/engine/page/names';
import { hookSelector, locateSwitch } from '../../src/engine/switch/locate';
import { settingById } from '../../src/services';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';

/**
 * The AI setting known by other labels, among the same neighbours: a row made by spreading
 * keeps its list of the other settings' labels (its `others`, data since defineService),
 * so it is still told apart from them.
 */
const aiKnownAs = (en: string[]) => ({ ...GENERATIVE_AI, labels: { ...GENERATIVE_AI.labels, en } });
import { addSwitch, freshDocument } from './dom';

const EN = 'Use my data for training content creation AI models';
const HOOK = GENERATIVE_AI.hook;
let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

describe('locateSwitch', () => {
  it('finds the switch by its stable hook, whatever its label says', () => {
    addSwitch(doc, { label: 'Something else', on: true });
    const target = addSwitch(doc, { label: 'Wording LinkedIn changed completely', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('falls back to the label when the hook is missing', () => {
    addSwitch(doc, { label: 'Use my data for research' });
    const target = addSwitch(doc, { label: EN });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'label' });
  });

  it.each(['aria-label', 'label-for', 'aria-switch'] as const)('reads a label given by %s', (how) => {
    const target = addSwitch(doc, { label: EN, how });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: target });
  });

  it('reports nothing when no switch matches', () => {
    addSwitch(doc, { label: 'Use my data for training AI models' });
    addSwitch(doc, { label: 'Share data with select partners' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('does not guess between two switches with the hook', () => {
    addSwitch(doc, { label: EN, hook: HOOK });
    addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('does not guess between two switches with the same label', () => {
    addSwitch(doc, { label: EN });
    addSwitch(doc, { label: EN.toUpperCase() });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('does not guess between two drifted labels that both fit', () => {
    addSwitch(doc, { label: 'Use my data for training content generation AI models' });
    addSwitch(doc, { label: 'Use my data for training content creation AI systems' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('prefers the one exact label over a near one', () => {
    addSwitch(doc, { label: 'Use my data for training content creation AI models abroad' });
    const exact = addSwitch(doc, { label: EN });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: exact });
  });

  it('ignores hidden copies', () => {
    addSwitch(doc, { label: EN, hook: HOOK, hidden: true });
    const visible = addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: visible });
  });

  it('never takes a negated label for the target', () => {
    addSwitch(doc, { label: 'Do not use my data for training content creation AI models' });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('takes a hooked switch whose label is in a language we do not know', () => {
    const target = addSwitch(doc, { label: 'Użyj moich danych do trenowania modeli AI tworzących treści', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('refuses a hooked switch whose label is negated', () => {
    addSwitch(doc, { label: 'Do not use my data for training content creation AI models', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('refuses a hooked switch labelled as another known setting', () => {
    addSwitch(doc, { label: 'Use data for research', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('takes the one rendered hooked switch beside refused ones', () => {
    const target = addSwitch(doc, { label: EN, hook: HOOK });
    // Another hooked switch whose own label negates the setting ("Ne pas utiliser…").
    const other = addSwitch(doc, { label: 'Ne pas utiliser mes données' });
    other.setAttribute('aria-labelledby', `${other.getAttribute('aria-labelledby')} ${HOOK}`);
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it.each([
    ['display:none', (row: HTMLElement) => (row.style.display = 'none')],
    ['visibility:hidden', (row: HTMLElement) => (row.style.visibility = 'hidden')],
    ['inert', (row: HTMLElement) => row.setAttribute('inert', '')],
    [
      'a closed <details>',
      (row: HTMLElement) => {
        const details = row.ownerDocument.createElement('details');
        row.replaceWith(details);
        details.append(row);
      },
    ],
  ])('a stale copy hidden by %s is no candidate: the visible one is the target', (_how, hide) => {
    const stale = addSwitch(doc, { label: EN, hook: HOOK });
    hide(stale.parentElement!);
    const visible = addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: visible, via: 'hook' });
  });

  it('a switch inside a <template> is never a candidate', () => {
    const template = doc.createElement('template');
    template.innerHTML = `<p id="${HOOK}">${EN}</p><input type="checkbox" role="switch" aria-labelledby="${HOOK}" checked>`;
    doc.body.append(template);
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('never judges by the input’s own size or opacity (design-system toggles hide it)', () => {
    const target = addSwitch(doc, { label: EN, hook: HOOK });
    target.style.opacity = '0';
    target.style.width = '0';
    target.style.height = '0';
    expect(locateSwitch(doc, GENERATIVE_AI)).toMatchObject({ kind: 'found', el: target });
  });
});

describe('labelOf and readChecked', () => {
  it('reads aria-labelledby first', () => {
    const el = addSwitch(doc, { label: EN });
    el.setAttribute('aria-label', 'ignored');
    expect(labelOf(el)).toBe(EN);
  });

  it('joins several aria-labelledby ids with a space', () => {
    const el = addSwitch(doc, { label: 'Use my data' });
    const more = doc.createElement('span');
    more.id = 'more-words';
    more.textContent = 'for training content creation AI models';
    doc.body.append(more);
    el.setAttribute('aria-labelledby', `${el.getAttribute('aria-labelledby')}  more-words`);
    expect(labelOf(el)).toBe(EN);
  });

  it('reads a native checkbox and an aria switch', () => {
    expect(readChecked(addSwitch(doc, { label: 'a', on: true }))).toBe(true);
    expect(readChecked(addSwitch(doc, { label: 'b', on: false, how: 'aria-switch' }))).toBe(false);
    const unknown = doc.createElement('div');
    unknown.setAttribute('role', 'switch');
    expect(readChecked(unknown)).toBeNull();
  });

  it('a checkbox whose aria-checked disagrees with .checked is unreadable', () => {
    const el = addSwitch(doc, { label: EN, on: true });
    el.setAttribute('aria-checked', 'false');
    expect(readChecked(el)).toBeNull();
    el.setAttribute('aria-checked', 'true');
    expect(readChecked(el)).toBe(true);
  });
});

describe('the privacy check settings', () => {
  const cookies = settingById('cookies')!;
  const profile = settingById('marketing-profile')!;
  const emails = settingById('marketing-emails')!;

  it('hookSelector: an id for a switch hooked by id, aria-labelledby for the others', () => {
    expect(hookSelector(cookies)).toBe('[id="nonEssentialCookieConsent"]');
    expect(hookSelector(GENERATIVE_AI)).toBe(`[aria-labelledby~="${HOOK}"]`);
  });

  it('finds the cookie switch by its own id, not by a label element of that id', () => {
    addSwitch(doc, { label: 'Something else' });
    // A decoy: a switch labelled by an element whose id is the hook.
    addSwitch(doc, { label: 'Non-essential cookies', hook: `${cookies.hook!}-label` });
    const target = addSwitch(doc, { label: 'Allow non-essential cookies', how: 'aria-label' });
    target.id = cookies.hook!;
    expect(locateSwitch(doc, cookies)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('an element labelled by the cookie hook is not the cookie switch', () => {
    addSwitch(doc, { label: 'Allow non-essential cookies', hook: cookies.hook! });
    expect(locateSwitch(doc, cookies)).toEqual({ kind: 'missing' });
  });

  it('two settings on one page: each finds its own switch, never the other', () => {
    const a = addSwitch(doc, { label: 'Use my profile and activity for marketing', hook: profile.hook! });
    const b = addSwitch(doc, { label: 'Tips for using LinkedIn by e-mail', hook: emails.hook! });
    expect(locateSwitch(doc, profile)).toEqual({ kind: 'found', el: a, via: 'hook' });
    expect(locateSwitch(doc, emails)).toEqual({ kind: 'found', el: b, via: 'hook' });
  });

  it('with one of the two switches gone, the other setting is missing, not the one left', () => {
    addSwitch(doc, { label: 'Tips for using LinkedIn by e-mail', hook: emails.hook! });
    expect(locateSwitch(doc, profile)).toEqual({ kind: 'missing' });
  });
});

describe('locateSwitch, candidate by candidate', () => {
  it('an element carrying the hook that is no switch is no candidate: the labelled switch is found', () => {
    const p = doc.createElement('div');
    p.setAttribute('aria-labelledby', HOOK);
    doc.body.append(p);
    const target = addSwitch(doc, { label: EN });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'label' });
  });

  it('finds the hook among several ids in aria-labelledby', () => {
    const target = addSwitch(doc, { label: EN });
    target.setAttribute('aria-labelledby', `${target.getAttribute('aria-labelledby')} ${HOOK}`);
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('a hooked switch with no label at all is taken: no evidence it is something else', () => {
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('aria-labelledby', HOOK);
    doc.body.append(input);
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'found', el: input, via: 'hook' });
  });

  it('a hooked switch whose label fits both another setting and this one is taken', () => {
    const setting = aiKnownAs(['Use data for research']);
    const target = addSwitch(doc, { label: 'Use data for research', hook: HOOK });
    expect(locateSwitch(doc, setting)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('a hidden hooked switch is no candidate, and a hidden labelled one neither', () => {
    addSwitch(doc, { label: EN, hook: HOOK, hidden: true });
    addSwitch(doc, { label: EN, hidden: true });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('three hooked switches are ambiguous with their count', () => {
    for (let i = 0; i < 3; i++) addSwitch(doc, { label: EN, hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 3 });
  });
});

describe('labelOf, source by source', () => {
  const input = (attrs: Record<string, string> = {}) => {
    const el = doc.createElement('input');
    el.type = 'checkbox';
    el.id = `box-${Math.random().toString(36).slice(2)}`;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    doc.body.append(el);
    return el;
  };
  const text = (id: string, content: string) => {
    const p = doc.createElement('p');
    p.id = id;
    p.textContent = content;
    doc.body.append(p);
  };

  it('joins the referenced texts with single spaces, however the ids are spaced', () => {
    text('a', 'Use my data');
    text('b', 'for training');
    expect(labelOf(input({ 'aria-labelledby': '  a \t  b ' }))).toBe('Use my data for training');
  });

  it('a reference to a missing id adds nothing', () => {
    text('b', 'for training');
    expect(labelOf(input({ 'aria-labelledby': 'nowhere b' }))).toBe('for training');
  });

  it('references to nothing but missing or blank texts fall back to aria-label, trimmed', () => {
    text('blank', '   ');
    expect(labelOf(input({ 'aria-labelledby': 'nowhere blank', 'aria-label': '  Use my data  ' }))).toBe('Use my data');
  });

  it('a blank aria-label falls back to the <label> elements, joined', () => {
    const el = input({ 'aria-label': '   ' });
    for (const words of ['Use my data', 'for training']) {
      const label = doc.createElement('label');
      label.htmlFor = el.id;
      label.textContent = words;
      doc.body.append(label);
    }
    expect(labelOf(el)).toBe('Use my data for training');
  });

  it('an element with no label of any kind: empty', () => {
    expect(labelOf(input())).toBe('');
    const div = doc.createElement('div');
    div.setAttribute('role', 'switch');
    doc.body.append(div);
    expect(labelOf(div)).toBe('');
  });
});

describe('locateSwitch and labelOf, at the edges', () => {
  it('two hooked switches whose labels match nothing are still ambiguous, never "missing"', () => {
    addSwitch(doc, { label: 'Wording LinkedIn changed', hook: HOOK });
    addSwitch(doc, { label: 'Wording LinkedIn changed', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('a hooked switch whose label fits another setting exactly at the threshold is refused', () => {
    // Four of its five words are those of "Use your data for ad insights": a score of 0.8.
    addSwitch(doc, { label: 'Use your data for ad insights today', hook: HOOK });
    expect(locateSwitch(doc, GENERATIVE_AI)).toEqual({ kind: 'missing' });
  });

  it('…unless it fits this setting at the threshold too', () => {
    const setting = aiKnownAs(['Use data ad insights extra']);
    const target = addSwitch(doc, { label: 'Use your data for ad insights today', hook: HOOK });
    expect(locateSwitch(doc, setting)).toEqual({ kind: 'found', el: target, via: 'hook' });
  });

  it('a <label> text is trimmed, so blank labels read as no label', () => {
    const el = addSwitch(doc, { label: '  Use my data  ', how: 'label-for' });
    expect(labelOf(el)).toBe('Use my data');
  });
});
