import { beforeEach, describe, expect, it } from 'vitest';
import {
  chooseObjection,
  fillField,
  findReceipt,
  findSubmit,
  leftToDo,
  looksLikeObjectionForm,
  prefillObjection,
  tickConfirmation,
} from '../../src/core/objection';
import { freshDocument, recordClicks } from './dom';

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
      expect(await chooseObjection(doc)).toEqual({ result: 'done', control: 'select' });
      expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('v2');
    }
  });

  it('fires input and change so the page sees the choice', async () => {
    html(select([AI_EN]));
    const events: string[] = [];
    doc.getElementById('t')!.addEventListener('change', () => events.push('change'));
    doc.getElementById('t')!.addEventListener('input', () => events.push('input'));
    await chooseObjection(doc);
    expect(events).toEqual(['input', 'change']);
  });

  it('clicks the matching radio and no other', async () => {
    html(radios([...OTHERS, AI_EN]));
    const clicks = recordClicks(doc);
    expect(await chooseObjection(doc)).toEqual({ result: 'done', control: 'radio' });
    expect(clicks.map((c) => (c as HTMLElement).id)).toEqual(['r3']);
  });

  it('says "already" when the right radio is chosen, without a click', async () => {
    html(radios([AI_EN, 'Other']));
    (doc.getElementById('r0') as HTMLInputElement).checked = true;
    const clicks = recordClicks(doc);
    expect((await chooseObjection(doc)).result).toBe('already');
    expect(clicks).toEqual([]);
  });

  it('chooses nothing when the AI option is missing (a changed form)', async () => {
    html(select(OTHERS));
    expect(await chooseObjection(doc)).toEqual({ result: 'missing', control: null });
    expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('');
  });

  it('chooses nothing when two options fit', async () => {
    html(radios([AI_EN, AI_EN.toUpperCase()]));
    expect((await chooseObjection(doc)).result).toBe('ambiguous');
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
    expect(await chooseObjection(doc)).toEqual({ result: 'done', control: 'listbox' });
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
    expect(tickConfirmation(doc)).toBe('done');
    expect((doc.getElementById('b') as HTMLInputElement).checked).toBe(true);
    expect((doc.getElementById('news') as HTMLInputElement).checked).toBe(false);
  });

  it('never unticks a box already ticked', () => {
    html(box(true));
    expect(tickConfirmation(doc)).toBe('already');
    expect((doc.getElementById('b') as HTMLInputElement).checked).toBe(true);
  });

  it('leaves an unknown wording alone', () => {
    html('<form><input type="checkbox" id="b"><label for="b">I agree to the terms</label></form>');
    expect(tickConfirmation(doc)).toBe('missing');
  });
});

describe('fillField', () => {
  it('fills empty name and email fields found by label, type or autocomplete', () => {
    html('<form><label for="n">Nom complet</label><input id="n"><input type="email" id="e"></form>');
    expect(fillField(doc, 'name', ' Camille Martin ')).toBe('done');
    expect(fillField(doc, 'email', 'c@example.org')).toBe('done');
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Camille Martin');
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('c@example.org');
  });

  it('keeps what is already typed, and says when the user gave no value', () => {
    html('<form><label for="n">Full name</label><input id="n" value="Already There"><label for="e">Email</label><input id="e"></form>');
    expect(fillField(doc, 'name', 'Other')).toBe('kept');
    expect(fillField(doc, 'email', '')).toBe('no-value');
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Already There');
  });

  it('does not fill separate first and last name fields', () => {
    html('<form><label for="f">First name</label><input id="f"><label for="l">Last name</label><input id="l"></form>');
    expect(fillField(doc, 'name', 'Camille Martin')).toBe('missing');
  });
});

describe('findSubmit, findReceipt, leftToDo', () => {
  it('finds the submit button by type or by its word', () => {
    html('<form><button type="button">Cancel</button><button type="button">Envoyer</button></form>');
    expect(findSubmit(doc)?.textContent).toBe('Envoyer');
  });

  it('reads the receipt and its case number from visible text only', () => {
    html('<script>var t = "We have received your request. Case number: 999999-000000";</script><main><h1>Help</h1></main>');
    expect(findReceipt(doc)).toBeNull();
    html("<main><p>Thanks! We've received your request. Case number: 250123-004567</p></main>");
    expect(findReceipt(doc)).toEqual({ caseNumber: '250123-004567' });
    html('<main><p>Merci ! Nous avons bien reçu votre demande.</p></main>');
    expect(findReceipt(doc)).toEqual({ caseNumber: null });
  });

  it('lists what is left by hand, Submit always last', () => {
    expect(leftToDo({ option: 'done', control: 'select', confirmation: 'already', name: 'done', email: 'kept', submit: 'highlighted' })).toEqual([
      'press-submit',
    ]);
    expect(leftToDo({ option: 'missing', control: null, confirmation: 'missing', name: 'no-value', email: 'missing', submit: 'missing' })).toEqual([
      'choose-option',
      'tick-box',
      'type-name',
      'press-submit',
    ]);
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
    expect(looksLikeObjectionForm(doc)).toBe(true);
    const report = await prefillObjection(doc, { name: 'Camille', email: '' });
    expect(report).toEqual({ option: 'done', control: 'select', confirmation: 'done', name: 'done', email: 'missing', submit: 'highlighted' });
    expect(submitted).toBe(0);
    expect(clicks.some((c) => c.tagName === 'BUTTON')).toBe(false);
  });
});
