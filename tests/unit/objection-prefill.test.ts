import { beforeEach, describe, expect, it } from 'vitest';
import { chooseObjection, tickConfirmation } from '../../src/engine/form/choose';
import { fillField } from '../../src/engine/form/fields';
import { findSubmit, hasCaptcha, looksLikeObjectionForm, prefillObjection } from '../../src/engine/form/prefill';
import { userClick, writeValue } from '../../src/engine/form/write';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { freshDocument, reactLikeField, recordClicks } from './dom';

const AI_EN = 'Object to processing for training content-generating AI models';
const AI_FR = "S'opposer au traitement pour l'entraînement des modèles d'IA générative de contenu";
const BOX_EN = 'I object to the use of my personal data by LinkedIn for training content-generating AI models';
const OTHERS = ['Object to processing for marketing purposes', 'Object to processing for training AI models that do not generate content', 'Other'];

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

function html(markup: string) {
  doc.body.innerHTML = markup; // test fixture markup, not page data
}

const select = (options: string[]) =>
  `<form><label for="t">Type</label><select id="t"><option value="">Select</option>${options.map((o, i) => `<option value="v${i}">${o}</option>`).join('')}</select></form>`;
const radios = (options: string[]) =>
  `<form><fieldset>${options.map((o, i) => `<input type="radio" name="t" id="r${i}" value="v${i}"><label for="r${i}">${o}</label>`).join('')}</fieldset></form>`;

describe('chooseObjection', () => {
  it('selects the AI option in a native select, in English and French', async () => {
    for (const ai of [AI_EN, AI_FR]) {
      html(select([...OTHERS.slice(0, 2), ai, 'Other']));
      expect(await chooseObjection(doc, OBJECTION_FORM)).toEqual({ result: 'done', control: 'select' });
      expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('v2');
    }
  });

  it('fires input and change so the page sees the choice', async () => {
    html(select([AI_EN]));
    const events: string[] = [];
    doc.getElementById('t')!.addEventListener('change', () => events.push('change'));
    doc.getElementById('t')!.addEventListener('input', () => events.push('input'));
    await chooseObjection(doc, OBJECTION_FORM);
    expect(events).toEqual(['input', 'change']);
  });

  it('clicks the matching radio and no other', async () => {
    html(radios([...OTHERS, AI_EN]));
    const clicks = recordClicks(doc);
    expect(await chooseObjection(doc, OBJECTION_FORM)).toEqual({ result: 'done', control: 'radio' });
    expect(clicks.map((c) => (c as HTMLElement).id)).toEqual(['r3']);
  });

  it('says "already" when the right radio is chosen, without a click', async () => {
    html(radios([AI_EN, 'Other']));
    (doc.getElementById('r0') as HTMLInputElement).checked = true;
    const clicks = recordClicks(doc);
    expect((await chooseObjection(doc, OBJECTION_FORM)).result).toBe('already');
    expect(clicks).toEqual([]);
  });

  it('chooses nothing when the AI option is missing (a changed form)', async () => {
    html(select(OTHERS));
    expect(await chooseObjection(doc, OBJECTION_FORM)).toEqual({ result: 'missing', control: null });
    expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('');
  });

  it('chooses nothing when two options fit', async () => {
    html(radios([AI_EN, AI_EN.toUpperCase()]));
    expect((await chooseObjection(doc, OBJECTION_FORM)).result).toBe('ambiguous');
    expect(doc.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('opens a custom dropdown, picks the option, and closes the others it opened', async () => {
    html(`<form><button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" id="c1">Topic</button>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" id="c2">Type</button></form>`);
    const lists: Record<string, string[]> = { c1: ['Account', 'Billing'], c2: [...OTHERS, AI_EN] };
    for (const id of ['c1', 'c2']) {
      const trigger = doc.getElementById(id)!;
      trigger.addEventListener('click', () => {
        const open = doc.getElementById(`${id}-list`);
        if (open) {
          open.remove();
          trigger.setAttribute('aria-expanded', 'false');
          return;
        }
        const ul = doc.createElement('ul');
        ul.id = `${id}-list`;
        ul.setAttribute('role', 'listbox');
        for (const text of lists[id]!) {
          const li = doc.createElement('li');
          li.setAttribute('role', 'option');
          li.textContent = text;
          li.addEventListener('click', () => {
            li.setAttribute('aria-selected', 'true');
            trigger.textContent = text;
            ul.remove();
          });
          ul.append(li);
        }
        trigger.after(ul);
        trigger.setAttribute('aria-expanded', 'true');
      });
    }
    expect(await chooseObjection(doc, OBJECTION_FORM)).toEqual({ result: 'done', control: 'listbox' });
    expect(doc.getElementById('c2')!.textContent).toBe(AI_EN);
    expect(doc.getElementById('c1')!.textContent).toBe('Topic');
    expect(doc.getElementById('c1-list')).toBeNull();
  });
});

describe('tickConfirmation', () => {
  const box = (checked = false) =>
    `<form><input type="checkbox" id="b" ${checked ? 'checked' : ''}><label for="b">${BOX_EN}</label><input type="checkbox" id="news"><label for="news">Send me news</label></form>`;

  it('ticks the confirmation box and nothing else', () => {
    html(box());
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('done');
    expect((doc.getElementById('b') as HTMLInputElement).checked).toBe(true);
    expect((doc.getElementById('news') as HTMLInputElement).checked).toBe(false);
  });

  it('never unticks a box already ticked', () => {
    html(box(true));
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('already');
    expect((doc.getElementById('b') as HTMLInputElement).checked).toBe(true);
  });

  it('leaves an unknown wording alone', () => {
    html('<form><input type="checkbox" id="b"><label for="b">I agree to the terms</label></form>');
    expect(tickConfirmation(doc, OBJECTION_FORM)).toBe('missing');
  });
});

describe('fillField', () => {
  it('fills empty full-name and email fields found by label, type or autocomplete', () => {
    html('<form><label for="n">Nom complet</label><input id="n"><input type="email" id="e"></form>');
    expect(fillField(doc, 'fullName', ' Camille Martin ', OBJECTION_FORM)).toBe('done');
    expect(fillField(doc, 'email', 'c@example.org', OBJECTION_FORM)).toBe('done');
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Camille Martin');
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('c@example.org');
  });

  it('keeps what is already typed, and says when the user gave no value', () => {
    html('<form><label for="n">Full name</label><input id="n" value="Already There"><label for="e">Email</label><input id="e"></form>');
    expect(fillField(doc, 'fullName', 'Other', OBJECTION_FORM)).toBe('kept');
    expect(fillField(doc, 'email', '', OBJECTION_FORM)).toBe('no-value');
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Already There');
  });

  it('finds LinkedIn’s dyna fields by id, whatever their labels', () => {
    html('<form><label for="dyna-firstname">?</label><input id="dyna-firstname"><input id="dyna-lastname"><input id="dyna-email"></form>');
    expect(fillField(doc, 'firstName', 'Camille', OBJECTION_FORM)).toBe('done');
    expect(fillField(doc, 'lastName', 'Martin', OBJECTION_FORM)).toBe('done');
    expect(fillField(doc, 'email', 'c@example.org', OBJECTION_FORM)).toBe('done');
    expect(['dyna-firstname', 'dyna-lastname', 'dyna-email'].map((id) => (doc.getElementById(id) as HTMLInputElement).value)).toEqual([
      'Camille',
      'Martin',
      'c@example.org',
    ]);
  });

  it('tells first and last name apart by label, in English and French, and never puts a full name in either', () => {
    html('<form><label for="l">Nom</label><input id="l"><label for="f">Prénom</label><input id="f"><label for="x">Last name</label></form>');
    expect(fillField(doc, 'firstName', 'Camille', OBJECTION_FORM)).toBe('done');
    expect(fillField(doc, 'lastName', 'Martin', OBJECTION_FORM)).toBe('done');
    expect((doc.getElementById('f') as HTMLInputElement).value).toBe('Camille');
    expect((doc.getElementById('l') as HTMLInputElement).value).toBe('Martin');
    html('<form><label for="f">First name</label><input id="f"><label for="l">Last name</label><input id="l"></form>');
    expect(fillField(doc, 'fullName', 'Camille Martin', OBJECTION_FORM)).toBe('missing');
  });
});

describe('writing into React-controlled fields', () => {
  it('the native setter plus input reaches the state; a plain assignment is lost', () => {
    html('<form><input id="a"><input id="b"></form>');
    const a = reactLikeField(doc.getElementById('a') as HTMLInputElement);
    const b = reactLikeField(doc.getElementById('b') as HTMLInputElement);
    expect(writeValue(doc.getElementById('a') as HTMLInputElement, 'Camille')).toBe(true);
    expect(a.state()).toBe('Camille');
    const plain = doc.getElementById('b') as HTMLInputElement;
    plain.value = 'Camille';
    plain.dispatchEvent(new Event('input', { bubbles: true }));
    expect(b.state()).toBe('');
    expect(plain.value).toBe('');
  });

  it('fillField says "done" only when the field kept the value', () => {
    html('<form><input id="dyna-firstname"></form>');
    const field = doc.getElementById('dyna-firstname') as HTMLInputElement;
    field.addEventListener('input', () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, ''); // a form that refuses it
    });
    expect(fillField(doc, 'firstName', 'Camille', OBJECTION_FORM)).toBe('failed');
  });

  it('picks a list item with the events of a real click, in order', () => {
    html('<ul><li id="option-topic-0">x</li></ul>');
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) doc.addEventListener(type, () => seen.push(type));
    userClick(doc.getElementById('option-topic-0')!);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });
});

describe('LinkedIn’s dyna form engine', () => {
  // The shape of LinkedIn's Help Center "ask" forms (facts, section 3): dyna ids, a custom
  // dropdown whose items are li#option-<field>-<n> rendered on open, a reCAPTCHA.
  function dynaForm() {
    html(`<form><input id="dyna-firstname"><input id="dyna-lastname"><input id="dyna-email" type="email">
      <div><button type="button" id="dyna-topic" aria-haspopup="listbox" aria-expanded="false">Select</button></div>
      <label><input type="checkbox" id="confirm"> ${BOX_EN}</label>
      <div class="g-recaptcha"><iframe title="reCAPTCHA"></iframe></div>
      <button id="dynaform-submit" type="submit">Submit</button></form>`);
    const trigger = doc.getElementById('dyna-topic')!;
    let chosen = '';
    trigger.addEventListener('mousedown', () => {
      if (doc.getElementById('topic-list')) return;
      const ul = doc.createElement('ul');
      ul.id = 'topic-list';
      [...OTHERS, AI_EN].forEach((text, n) => {
        const li = doc.createElement('li');
        li.id = `option-topic-${n}`;
        li.textContent = text;
        li.addEventListener('click', () => {
          chosen = li.id;
          trigger.textContent = text;
          ul.remove();
        });
        ul.append(li);
      });
      trigger.after(ul);
    });
    return { chosen: () => chosen };
  }

  it('fills first name, last name and email, picks the li option, leaves reCAPTCHA and Submit alone', async () => {
    const form = dynaForm();
    let submitted = 0;
    doc.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const clicks = recordClicks(doc);
    expect(looksLikeObjectionForm(doc, OBJECTION_FORM)).toBe(true);
    expect(hasCaptcha(doc)).toBe(true);
    const report = await prefillObjection(doc, { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' }, OBJECTION_FORM);
    expect(report).toEqual({
      option: 'done',
      control: 'listbox',
      confirmation: 'done',
      firstName: 'done',
      lastName: 'done',
      email: 'done',
      captcha: 'present',
      submit: 'highlighted',
    });
    expect(form.chosen()).toBe('option-topic-3');
    expect(submitted).toBe(0);
    expect(clicks.some((c) => c.id === 'dynaform-submit' || c.closest('.g-recaptcha'))).toBe(false);
    expect(findSubmit(doc, OBJECTION_FORM)?.id).toBe('dynaform-submit');
  });
});

describe('findSubmit', () => {
  it('finds the submit button by type or by its word', () => {
    html('<form><button type="button">Cancel</button><button type="button">Envoyer</button></form>');
    expect(findSubmit(doc, OBJECTION_FORM)?.textContent).toBe('Envoyer');
  });

  it('prefills a whole form and never submits it', async () => {
    html(`${select([AI_EN])}`);
    doc
      .querySelector('form')!
      .insertAdjacentHTML(
        'beforeend',
        `<input type="checkbox" id="b"><label for="b">${BOX_EN}</label><label for="n">Name</label><input id="n"><button type="submit">Submit</button>`,
      );
    let submitted = 0;
    doc.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const clicks = recordClicks(doc);
    expect(looksLikeObjectionForm(doc, OBJECTION_FORM)).toBe(true);
    const report = await prefillObjection(doc, { firstName: 'Camille', lastName: 'Martin', email: '' }, OBJECTION_FORM);
    expect(report).toEqual({
      option: 'done',
      control: 'select',
      confirmation: 'done',
      firstName: 'done',
      lastName: 'done',
      email: 'missing',
      captcha: 'absent',
      submit: 'highlighted',
    });
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Camille Martin');
    expect(submitted).toBe(0);
    expect(clicks.some((c) => c.tagName === 'BUTTON')).toBe(false);
  });
});
