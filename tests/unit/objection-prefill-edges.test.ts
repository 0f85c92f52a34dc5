// The objection prefill, rule by rule: which controls are candidates, when a choice counts
// as made, how a dropdown that is not ours is left, which field takes which value, and
// what is never touched (a hidden control, a filled field, Submit).
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { META_FORMS } from '../../src/services/meta/forms';
import { chooseObjection, tickConfirmation } from '../../src/engine/form/choose';
import { fillField, findField } from '../../src/engine/form/fields';
import { findSubmit, hasCaptcha, looksLikeObjectionForm, prefillObjection } from '../../src/engine/form/prefill';
import { userClick, writeValue } from '../../src/engine/form/write';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { freshDocument, recordClicks } from './dom';

const AI_EN = 'Object to processing for training content-generating AI models';
const BOX_EN = 'I object to the use of my personal data by LinkedIn for training content-generating AI models';

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function html(markup: string) {
  doc.body.innerHTML = markup; // test fixture markup, not page data
}
const byId = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;

/** Run a promise to its end, timers included. */
async function settle<T>(p: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return p;
}

describe('writeValue', () => {
  it('a text field gets the value and one bubbling input event, no change event', () => {
    html('<form><input id="a"></form>');
    const seen: string[] = [];
    for (const type of ['input', 'change']) doc.addEventListener(type, () => seen.push(type));
    expect(writeValue(byId<HTMLInputElement>('a'), 'Camille')).toBe(true);
    expect(byId<HTMLInputElement>('a').value).toBe('Camille');
    expect(seen).toEqual(['input']);
  });

  it('a textarea is written with its own setter', () => {
    html('<form><textarea id="t"></textarea></form>');
    const seen: string[] = [];
    doc.addEventListener('input', () => seen.push('input'));
    expect(writeValue(byId<HTMLTextAreaElement>('t'), 'Camille')).toBe(true);
    expect(byId<HTMLTextAreaElement>('t').value).toBe('Camille');
    expect(seen).toEqual(['input']);
  });

  it('a select gets input then change, both bubbling; a value it has no option for is a failure', () => {
    html('<form><select id="s"><option value="a">A</option><option value="b">B</option></select></form>');
    const seen: string[] = [];
    for (const type of ['input', 'change']) doc.addEventListener(type, () => seen.push(type));
    expect(writeValue(byId<HTMLSelectElement>('s'), 'b')).toBe(true);
    expect(seen).toEqual(['input', 'change']);
    expect(writeValue(byId<HTMLSelectElement>('s'), 'nope')).toBe(false);
  });
});

describe('userClick', () => {
  it('sends pointer events as PointerEvents, each cancelable and composed', () => {
    html('<button id="b">x</button>');
    const el = byId('b');
    const events: Event[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) el.addEventListener(type, (e) => events.push(e));
    userClick(el);
    expect(events.map((e) => e.type)).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup']);
    expect(events[0]).toBeInstanceOf(PointerEvent);
    expect(events[2]).toBeInstanceOf(PointerEvent);
    for (const e of events) expect(e.bubbles && e.cancelable && e.composed).toBe(true);
  });

  it('the mouse events carry the page’s window as their view', () => {
    // A page with a window of its own (the test environment's global window is no jsdom Window).
    const page = new JSDOM('<button id="b">x</button>');
    const el = page.window.document.getElementById('b')!;
    const views: unknown[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) el.addEventListener(type, (e) => views.push((e as UIEvent).view));
    userClick(el);
    expect(views).toHaveLength(4);
    for (const view of views) expect(view).toBe(page.window);
    page.window.close();
  });

  it('an engine without PointerEvent gets the pointer events as MouseEvents', () => {
    vi.stubGlobal('PointerEvent', undefined);
    try {
      html('<button id="b">x</button>');
      const events: Event[] = [];
      for (const type of ['pointerdown', 'pointerup', 'click']) byId('b').addEventListener(type, (e) => events.push(e));
      userClick(byId('b'));
      expect(events.map((e) => e.type)).toEqual(['pointerdown', 'pointerup', 'click']);
      expect(events[0]).toBeInstanceOf(MouseEvent);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('chooseObjection, control by control', () => {
  it('a select whose AI option is already chosen: already, and no event', async () => {
    html(`<form><select id="s"><option value="">Select</option><option value="ai" selected>${AI_EN}</option></select></form>`);
    const seen: string[] = [];
    doc.addEventListener('change', () => seen.push('change'));
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'already', control: 'select' });
    expect(seen).toEqual([]);
  });

  it('a hidden select, radio or option is no candidate', async () => {
    html(`<form><select hidden><option value="ai">${AI_EN}</option></select>
      <div hidden><input type="radio" id="r"><label for="r">${AI_EN}</label></div>
      <ul><li role="option" aria-hidden="true">${AI_EN}</li></ul></form>`);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'missing', control: null });
  });

  it('an ARIA radio inside a <label> is read by that label and clicked', async () => {
    html(`<form><label><span role="radio" id="x" aria-checked="false"></span> ${AI_EN}</label>
      <label><span role="radio" id="y" aria-checked="false"></span> Other</label></form>`);
    const x = byId('x');
    x.addEventListener('click', () => x.setAttribute('aria-checked', 'true'));
    const clicks = recordClicks(doc);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'radio' });
    expect(clicks).toEqual([x]);
  });

  it('an ARIA radio already checked: already', async () => {
    html(`<form><span role="radio" aria-checked="true" aria-label="${AI_EN}"></span></form>`);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'already', control: 'radio' });
  });

  it('a visible list option already selected: already, not clicked', async () => {
    html(`<ul role="listbox"><li role="option" aria-selected="true">${AI_EN}</li><li role="option" aria-selected="false">Other</li></ul>`);
    const clicks = recordClicks(doc);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'already', control: 'listbox' });
    expect(clicks).toEqual([]);
  });

  it('a list option marked chosen a moment after the click: done', async () => {
    html(`<ul role="listbox"><li role="option" id="o">${AI_EN}</li></ul>`);
    const o = byId('o');
    o.addEventListener('click', () => setTimeout(() => o.setAttribute('aria-selected', 'true'), 300));
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'listbox' });
  });

  it('a list option that never shows as chosen: failed after a second, not a false "done"', async () => {
    html(`<ul role="listbox"><li role="option" id="o">${AI_EN}</li></ul>`);
    const t0 = Date.now();
    const result = chooseObjection(doc, OBJECTION_FORM);
    let at = 0;
    void result.then(() => (at = Date.now() - t0));
    expect(await settle(result)).toEqual({ result: 'failed', control: 'listbox' });
    expect(at).toBe(1_000);
  });

  it('a radio with no label at all is no candidate and does not stop the search', async () => {
    html(`<form><input type="radio" name="t" id="u"><input type="radio" name="t" id="r"><label for="r">${AI_EN}</label></form>`);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'radio' });
    expect([byId<HTMLInputElement>('u').checked, byId<HTMLInputElement>('r').checked]).toEqual([false, true]);
  });
});

describe('chooseObjection, custom dropdowns', () => {
  /** A dropdown trigger that renders `options` when clicked and removes them when clicked again. */
  function dropdown(id: string, options: string[], { closesOnEscape = false, attrs = 'role="combobox" aria-haspopup="listbox"' } = {}) {
    doc.body.insertAdjacentHTML('beforeend', `<div ${attrs} aria-expanded="false" id="${id}">Choose</div>`);
    const trigger = byId(id);
    const close = () => {
      byId(`${id}-list`)?.remove();
      trigger.setAttribute('aria-expanded', 'false');
    };
    trigger.addEventListener('click', () => {
      if (byId(`${id}-list`)) return close();
      const ul = doc.createElement('ul');
      ul.id = `${id}-list`;
      for (const text of options) {
        const li = doc.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = text;
        li.addEventListener('click', () => {
          li.setAttribute('aria-selected', 'true');
          close();
        });
        ul.append(li);
      }
      trigger.after(ul);
      trigger.setAttribute('aria-expanded', 'true');
    });
    if (closesOnEscape) trigger.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && close());
    return trigger;
  }

  it('a dropdown that is not ours is closed with Escape, and not clicked again when that worked', async () => {
    const other = dropdown('other', ['Account', 'Billing'], { closesOnEscape: true });
    const escapes: KeyboardEvent[] = [];
    doc.addEventListener('keydown', (e) => escapes.push(e));
    const clicks = recordClicks(doc);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'missing', control: null });
    expect(clicks).toEqual([other]);
    expect(escapes.map((e) => e.key)).toEqual(['Escape']);
    expect(byId('other-list')).toBeNull();
  });

  it('a dropdown with two options that fit is ambiguous: closed again, nothing chosen', async () => {
    const trigger = dropdown('t', [AI_EN, AI_EN.toUpperCase()]);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'ambiguous', control: 'listbox' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(doc.querySelectorAll('[aria-selected="true"]')).toHaveLength(0);
  });

  it('a dropdown that shows no options is given two seconds, then the next one is tried', async () => {
    doc.body.insertAdjacentHTML('beforeend', '<div role="combobox" id="empty">Topic</div>');
    dropdown('t', ['Other', AI_EN]);
    const t0 = Date.now();
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'listbox' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2_000);
  });

  it('a trigger marked aria-haspopup="true" with aria-expanded is opened too', async () => {
    dropdown('t', ['Other', AI_EN], { attrs: 'aria-haspopup="true"' });
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'listbox' });
  });

  it('never clicks a select or an input that carries a combobox role, nor a hidden trigger', async () => {
    html(
      '<form><input role="combobox" id="i"><select role="combobox" id="s"><option>x</option></select><div hidden><div role="combobox" id="h"></div></div></form>',
    );
    const clicks = recordClicks(doc);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'missing', control: null });
    expect(clicks).toEqual([]);
  });

  /** A trigger whose item click does only what `onPick` does (no aria-selected). */
  function bareDropdown(options: string[], onPick: (trigger: HTMLElement, text: string) => void) {
    doc.body.insertAdjacentHTML('beforeend', '<div role="combobox" aria-haspopup="listbox" aria-expanded="false" id="t">Choose</div>');
    const trigger = byId('t');
    trigger.addEventListener('click', () => {
      if (byId('t-list')) return;
      const ul = doc.createElement('ul');
      ul.id = 't-list';
      for (const text of options) {
        const li = doc.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = text;
        li.addEventListener('click', () => onPick(trigger, text));
        ul.append(li);
      }
      trigger.after(ul);
    });
    return trigger;
  }

  it('an item whose click neither marks it nor shows it in the trigger: failed, not a false "done"', async () => {
    bareDropdown(['Other', AI_EN], () => undefined);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'failed', control: 'listbox' });
  });

  it('a trigger that shows the option among a few more words, just at the match threshold, counts as chosen at once', async () => {
    const AI_FR = "S'opposer au traitement pour l'entraînement des modèles d'IA générative de contenu";
    // 8 content words of the French option plus 2 of its own: 8/10, the threshold itself.
    bareDropdown(['Autre', AI_FR], (trigger, text) => (trigger.textContent = `Type demandé : ${text}`));
    const t0 = Date.now();
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'listbox' });
    expect(Date.now() - t0).toBe(0);
  });
});

describe('tickConfirmation, box by box', () => {
  it('an ARIA checkbox inside a <label> is found by that label and ticked', () => {
    html(`<form><label><span role="checkbox" aria-checked="false" id="c"></span> ${BOX_EN}</label></form>`);
    const c = byId('c');
    c.addEventListener('click', () => c.setAttribute('aria-checked', 'true'));
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('done');
  });

  it('two boxes with the confirmation’s words: ambiguous, neither ticked', () => {
    html(`<form><input type="checkbox" aria-label="${BOX_EN}"><input type="checkbox" aria-label="${BOX_EN}"></form>`);
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('ambiguous');
    expect(doc.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('a box that does not take the tick: failed', () => {
    html(`<form><input type="checkbox" id="b" aria-label="${BOX_EN}"></form>`);
    byId('b').addEventListener('click', (e) => e.preventDefault());
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('failed');
  });

  it('a hidden box is no candidate', () => {
    html(`<form><div hidden><input type="checkbox" aria-label="${BOX_EN}"></div></form>`);
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('missing');
  });

  it('a box with no label at all is no candidate and does not stop the search', () => {
    html(`<form><input type="checkbox" id="x"><input type="checkbox" id="b" aria-label="${BOX_EN}"></form>`);
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('done');
    expect([byId<HTMLInputElement>('x').checked, byId<HTMLInputElement>('b').checked]).toEqual([false, true]);
  });
});

describe('findField and fillField, field by field', () => {
  it('an element with LinkedIn’s id that is not an input, or is hidden, is passed over', () => {
    html('<form><div id="dyna-email"></div><input id="e" type="email"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('e'));
    html('<form><input id="dyna-firstname" hidden><label for="f">First name</label><input id="f"></form>');
    expect(findField(doc, 'firstName', OBJECTION_FORM)).toBe(byId('f'));
  });

  it('one field with the right autocomplete wins over labels; two do not', () => {
    html('<form><label for="a">Email</label><input id="a"><input id="b" autocomplete="email"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('b'));
    html('<form><input autocomplete="given-name"><input autocomplete="given-name"><label for="f">First name</label><input id="f"></form>');
    expect(findField(doc, 'firstName', OBJECTION_FORM)).toBe(byId('f'));
  });

  it('two e-mail fields: the label decides', () => {
    html('<form><input type="email" id="x" placeholder="Work address"><label for="y">Email</label><input type="email" id="y"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('y'));
  });

  it('a field named only by its placeholder is found', () => {
    html('<form><input id="n" placeholder="Full name"></form>');
    expect(findField(doc, 'fullName', OBJECTION_FORM)).toBe(byId('n'));
  });

  it('only text and e-mail inputs are fields: a hidden input, checkbox or search box is not', () => {
    html('<form><input type="hidden" autocomplete="email"><input type="checkbox" aria-label="Email"><input type="search" aria-label="Email"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBeNull();
    html('<form><input type="text" aria-label="Email" id="t"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('t'));
  });

  it('a field holding only spaces is filled; a value of only spaces is no value', () => {
    html('<form><input id="dyna-email" value="   "></form>');
    expect(fillField(doc, 'email', '   ', OBJECTION_FORM)).toBe('no-value');
    expect(fillField(doc, 'email', 'c@example.org', OBJECTION_FORM)).toBe('done');
    expect(byId<HTMLInputElement>('dyna-email').value).toBe('c@example.org');
  });

  it('focuses the field, writes, then leaves it, as typing does (forms validate on blur)', () => {
    document.body.innerHTML = '<form><input id="dyna-email"></form>';
    const field = document.getElementById('dyna-email') as HTMLInputElement;
    const seen: string[] = [];
    field.addEventListener('focus', () => seen.push('focus'));
    field.addEventListener('input', () => seen.push('input'));
    field.addEventListener('blur', () => seen.push(`blur:${field.value}`));
    expect(fillField(document, 'email', 'c@example.org', OBJECTION_FORM)).toBe('done');
    expect(seen).toEqual(['focus', 'input', 'blur:c@example.org']);
  });

  it('a label and a placeholder are read as one phrase, a space between them', () => {
    html('<form><label for="e">Contact email</label><input id="e" placeholder="address"></form>');
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('e'));
  });

  it('a hidden decoy field with the same label is passed over and stays empty', () => {
    html('<form><div hidden><label for="d">Email</label><input id="d"></div><label for="e">Email</label><input id="e"></form>');
    expect(fillField(doc, 'email', 'c@example.org', OBJECTION_FORM)).toBe('done');
    expect([byId<HTMLInputElement>('d').value, byId<HTMLInputElement>('e').value]).toEqual(['', 'c@example.org']);
  });

  it('a kind of field the form does not have is not looked for: a country list on LinkedIn’s form stays as it is', () => {
    html('<form><label for="c">Country</label><select id="c"><option value="">Choose</option><option value="FR">France</option></select></form>');
    expect(findField(doc, 'country', OBJECTION_FORM)).toBeNull();
    expect(fillField(doc, 'country', ['France', 'FR'], OBJECTION_FORM)).toBe('missing');
    expect(byId<HTMLSelectElement>('c').value).toBe('');
  });
});

describe('names: separate fields, or one full-name field only when the form has just that', () => {
  const profile = { firstName: 'Camille', lastName: 'Martin', email: '' };

  it('a form with a last-name field and a name field: the last name goes in its own, the name field is left', async () => {
    html('<form><label for="l">Last name</label><input id="l"><label for="n">Your name</label><input id="n"></form>');
    const report = await settle(prefillObjection(doc, profile, OBJECTION_FORM));
    expect(report).toMatchObject({ firstName: 'missing', lastName: 'done' });
    expect(byId<HTMLInputElement>('n').value).toBe('');
  });

  it('a full-name field with only one of the two names given: no value, nothing half typed', async () => {
    html('<form><label for="n">Full name</label><input id="n"></form>');
    expect(await settle(prefillObjection(doc, { ...profile, lastName: ' ' }, OBJECTION_FORM))).toMatchObject({ firstName: 'no-value', lastName: 'no-value' });
    expect(await settle(prefillObjection(doc, { ...profile, firstName: '' }, OBJECTION_FORM))).toMatchObject({ firstName: 'no-value', lastName: 'no-value' });
    expect(byId<HTMLInputElement>('n').value).toBe('');
  });

  it('both names trimmed, joined by one space', async () => {
    html('<form><label for="n">Full name</label><input id="n"></form>');
    await settle(prefillObjection(doc, { ...profile, firstName: ' Camille ', lastName: ' Martin ' }, OBJECTION_FORM));
    expect(byId<HTMLInputElement>('n').value).toBe('Camille Martin');
  });

  it('a form with a first-name field only: the first name goes in, the last name is left to the user, no full name anywhere', async () => {
    html('<form><label for="f">First name</label><input id="f"></form>');
    expect(await settle(prefillObjection(doc, profile, OBJECTION_FORM))).toMatchObject({ firstName: 'done', lastName: 'missing' });
    expect(byId<HTMLInputElement>('f').value).toBe('Camille');
  });

  it('a first name of only spaces is no first name: the full-name field is not given the last name alone', async () => {
    html('<form><label for="n">Full name</label><input id="n"></form>');
    expect(await settle(prefillObjection(doc, { ...profile, firstName: '   ' }, OBJECTION_FORM))).toMatchObject({
      firstName: 'no-value',
      lastName: 'no-value',
    });
    expect(byId<HTMLInputElement>('n').value).toBe('');
  });
});

describe('findSubmit, button by button', () => {
  it('LinkedIn’s submit id first, unless hidden', () => {
    html('<form><button type="submit" id="other">Go</button><button id="dynaform-submit">Submit</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('dynaform-submit');
    byId('dynaform-submit').hidden = true;
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('other');
  });

  it('one visible submit-typed control is it, whatever its word', () => {
    html('<form><input type="submit" id="s" value="Go"><button type="submit" hidden>Submit</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('s');
  });

  it('several typed: the one whose word says submit; with no such word, the first', () => {
    html('<form><button type="submit" id="a">Preview</button><button type="submit" id="b">Send</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('b');
    html('<form><button type="submit" id="a">Preview</button><button type="submit" id="b">Save</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('a');
  });

  it('a word-named button counts only as a whole label, and only when it is the only one', () => {
    html('<form><div role="button" id="r">Submit</div><button>Submit later</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('r');
    html('<form><button>Submit</button><button>Envoyer</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)).toBeNull();
  });

  it('an input button untyped for submit is found by its value, as a button by its text', () => {
    html('<form><input type="button" id="i" value="Envoyer"><input type="button" value="Annuler"></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('i');
    html('<form><input role="button" id="r" value="Submit"></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('r');
  });

  it('no submit at all: null', () => {
    html('<form><button type="button">Cancel</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)).toBeNull();
  });

  it('a hidden submit-typed control before the visible one is passed over', () => {
    html('<form><button type="submit" id="h" hidden>Submit</button><input type="submit" id="s" value="Go"></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('s');
  });

  it('one submit-typed control wins over another button that says Send', () => {
    html('<form><button type="submit" id="s">Go</button><div role="button" id="r">Send</div></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('s');
  });

  it('a hidden button that says Send does not make the visible Submit button ambiguous', () => {
    html('<form><button id="a">Submit</button><button hidden>Send</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('a');
  });
});

describe('hasCaptcha and looksLikeObjectionForm', () => {
  it.each([
    '<iframe src="https://www.google.com/recaptcha/api2/anchor"></iframe>',
    '<iframe title="RECAPTCHA challenge"></iframe>',
    '<div class="g-recaptcha"></div>',
    '<div id="my-ReCaptcha"></div>',
    '<div class="x-Recaptcha-box"></div>',
  ])('sees a reCAPTCHA in %s', (markup) => {
    html(markup);
    expect(hasCaptcha(doc)).toBe(true);
  });

  it('no reCAPTCHA: false', () => {
    html('<form><iframe src="https://example.org/"></iframe></form>');
    expect(hasCaptcha(doc)).toBe(false);
  });

  it.each([
    ['one of LinkedIn’s form ids, even outside a form', '<input id="dyna-email">', true],
    ['LinkedIn’s submit id', '<button id="dynaform-submit"></button>', true],
    ['a form with a select', '<form><select></select></form>', true],
    ['a form role with a radio', '<div role="form"><span role="radio"></span></div>', true],
    ['a form with a combobox', '<form><div role="combobox"></div></form>', true],
    ['a form with a listbox', '<form><ul role="listbox"></ul></form>', true],
    ['a form with only text fields', '<form><input><textarea></textarea></form>', false],
    ['a select outside any form', '<select></select>', false],
    ['an empty page', '', false],
  ])('%s: %s', (_, markup, expected) => {
    html(markup);
    expect(looksLikeObjectionForm(doc, OBJECTION_FORM)).toBe(expected);
  });
});

describe('a few shapes of form seen nowhere yet, kept safe', () => {
  it('a multiple select with the AI option and another selected: the AI option alone is chosen', async () => {
    html(`<form><select id="s" multiple><option value="a" selected>Other</option><option value="b" selected>${AI_EN}</option></select></form>`);
    expect(await settle(chooseObjection(doc, OBJECTION_FORM))).toEqual({ result: 'done', control: 'select' });
    expect([...byId<HTMLSelectElement>('s').selectedOptions].map((o) => o.value)).toEqual(['b']);
  });

  it('a single e-mail-typed field is the e-mail field only, never a name field', () => {
    html('<form><input type="email" id="e"><label for="f">First name</label><input id="f"></form>');
    expect(findField(doc, 'firstName', OBJECTION_FORM)).toBe(byId('f'));
    expect(findField(doc, 'email', OBJECTION_FORM)).toBe(byId('e'));
  });

  it('a form with no Submit button says so, so the user is told to find it', async () => {
    html(`<form><select><option>${AI_EN}</option></select></form>`);
    expect(await settle(prefillObjection(doc, { firstName: '', lastName: '', email: '' }, OBJECTION_FORM))).toMatchObject({
      submit: 'missing',
      captcha: 'absent',
    });
  });
});

describe('Meta’s forms, field by field', () => {
  const [FACEBOOK] = META_FORMS as [(typeof META_FORMS)[number]];
  const profile = { firstName: '', lastName: '', email: 'c@example.org', country: 'FR', explanation: 'In my own words.' };

  it('a country list showing its first country by default holds no choice yet: the user’s country is chosen', () => {
    html('<form><label for="c">Country</label><select id="c"><option value="AF">Afghanistan</option><option value="FR">France</option></select></form>');
    expect(fillField(doc, 'country', ['France', 'FR'], FACEBOOK)).toBe('done');
    expect(byId<HTMLSelectElement>('c').value).toBe('FR');
  });

  it('a country list without the user’s country: failed, and the list is left on its placeholder', () => {
    html('<form><label for="c">Country</label><select id="c"><option value="">Choose</option><option value="DE">Germany</option></select></form>');
    expect(fillField(doc, 'country', ['France', 'FR'], FACEBOOK)).toBe('failed');
    expect(byId<HTMLSelectElement>('c').value).toBe('');
  });

  it('on a French page the country is found by its French name', async () => {
    doc.documentElement.lang = 'fr';
    html(
      '<form><label for="c">Pays de résidence</label><select id="c"><option value="">Choisir un pays</option><option value="DE">Allemagne</option><option value="FR">France</option></select></form>',
    );
    expect(await settle(prefillObjection(doc, { ...profile, country: 'DE' }, FACEBOOK))).toMatchObject({ country: 'done' });
    expect(byId<HTMLSelectElement>('c').value).toBe('DE');
  });

  it('no explanation given: no value, and the text area stays empty', async () => {
    html('<form><label for="x">Explanation</label><textarea id="x"></textarea></form>');
    const { explanation: _, ...withoutExplanation } = profile;
    expect(await settle(prefillObjection(doc, withoutExplanation, FACEBOOK))).toMatchObject({ explanation: 'no-value' });
    expect(byId<HTMLTextAreaElement>('x').value).toBe('');
  });

  it('a form without an e-mail field takes no e-mail: the report has no such step and an e-mail field on the page stays empty', async () => {
    const noEmail = { ...FACEBOOK, fields: FACEBOOK.fields.filter((f) => f.kind !== 'email') };
    html('<form><label for="e">Email</label><input id="e" type="email"><label for="x">Explanation</label><textarea id="x"></textarea></form>');
    const report = await settle(prefillObjection(doc, profile, noEmail));
    expect(report).not.toHaveProperty('email');
    expect(report.explanation).toBe('done');
    expect(byId<HTMLInputElement>('e').value).toBe('');
  });

  it('Meta’s form with one of its fields missing is still the form', () => {
    html('<form><label for="e">Contact email address</label><input id="e" type="email"><label for="x">Explanation</label><textarea id="x"></textarea></form>');
    expect(looksLikeObjectionForm(doc, FACEBOOK)).toBe(true);
  });

  it('a page whose only form is a language list is not Meta’s form', () => {
    html('<form><label for="l">Language</label><select id="l"><option>English</option><option>Français</option></select></form>');
    expect(looksLikeObjectionForm(doc, FACEBOOK)).toBe(false);
  });
});
