// Meta's "Right to object" forms on the one prefill engine (./forms.ts, META_FORMS;
// sources and confidence: ./facts.md): e-mail, country of residence and explanation found
// by their labels in English and French (low confidence, so tolerant lists), written the
// way React keeps them, decoys left empty, a missing field left to the user with the steps
// by hand, and the confirmation Meta shows in place of the form told apart from the form
// itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { META_FORMS } from '../../services/meta/forms';
import { findSubmit, looksLikeObjectionForm, prefillObjection } from '../../engine/form/prefill';
import { countryNames } from '../../engine/form/profile';
import { showsConfirmation } from '../../engine/form/receipt';
import { leftToDo, todoItems } from '../../engine/form/todo';
import { freshDocument, reactLikeField, recordClicks } from '../../../tests/unit/dom';

const [FACEBOOK, INSTAGRAM] = META_FORMS as [(typeof META_FORMS)[number], (typeof META_FORMS)[number]];
const PROFILE = { firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', country: 'FR', explanation: 'I object, in my own words.' };

const TEXT = {
  en: {
    name: 'Full name',
    phone: 'Phone number',
    email: 'Contact email address',
    country: 'Country of residence',
    explanation: 'Please explain how this processing impacts you',
    submit: 'Send',
    choose: 'Select a country',
  },
  fr: {
    name: 'Nom complet',
    phone: 'Numéro de téléphone',
    email: 'Adresse e-mail de contact',
    country: 'Pays de résidence',
    explanation: 'Veuillez expliquer en quoi ce traitement vous concerne',
    submit: 'Envoyer',
    choose: 'Choisir un pays',
  },
};
const COUNTRIES = {
  en: [
    ['US', 'United States'],
    ['FR', 'France'],
    ['GF', 'French Guiana'],
    ['DE', 'Germany'],
  ],
  fr: [
    ['US', 'États-Unis'],
    ['GF', 'Guyane française'],
    ['FR', 'France'],
    ['DE', 'Allemagne'],
  ],
};

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

/** A form shaped as the replica's (./MetaForm.mjs), without React. */
function metaForm(lang: 'en' | 'fr', missing?: 'country') {
  const t = TEXT[lang];
  doc.documentElement.lang = lang;
  const row = (id: string, label: string, control: string) => `<div><label for="${id}">${label}</label>${control}</div>`;
  doc.body.innerHTML = `<form>
    ${row('f-name', t.name, '<input id="f-name" type="text">')}
    ${row('f-phone', t.phone, '<input id="f-phone" type="tel">')}
    ${row('f-email', t.email, '<input id="f-email" type="email">')}
    ${missing === 'country' ? '' : row('f-country', t.country, `<select id="f-country"><option value="">${t.choose}</option>${COUNTRIES[lang].map(([c, n]) => `<option value="${c}">${n}</option>`).join('')}</select>`)}
    ${row('f-explanation', t.explanation, '<textarea id="f-explanation"></textarea>')}
    <button type="submit" id="f-submit">${t.submit}</button></form>`; // test fixture markup, not page data
}

const field = (id: string) => doc.getElementById(id) as HTMLInputElement;

describe('Meta’s forms as data', () => {
  it('two forms at Meta’s addresses, with the steps e-mail, country, explanation, then the user’s', () => {
    expect(META_FORMS.map((f) => f.origin + f.path)).toEqual([
      'https://www.facebook.com/help/contact/6359191084165019',
      'https://help.instagram.com/contact/767264225370182',
    ]);
    for (const form of META_FORMS) {
      expect(form.steps).toEqual(['type-email', 'choose-country', 'type-explanation', 'prove-human', 'press-submit']);
      expect(form.option).toBeUndefined(); // no kind of objection to choose, no box: nothing clicked
      expect(form.confirmation).toBeUndefined();
    }
  });

  it('names a country in the page’s language and in English', () => {
    expect(countryNames('DE', 'fr')).toEqual(['Allemagne', 'Germany', 'DE']);
    expect(countryNames('FR', 'en-GB')).toEqual(['France', 'FR']);
  });
});

describe('prefilling Meta’s form', () => {
  it.each(['en', 'fr'] as const)(
    'fills e-mail, country and explanation in %s the way React keeps them; the decoys stay empty and nothing is clicked',
    async (lang) => {
      metaForm(lang);
      const react = ['f-email', 'f-country', 'f-explanation', 'f-name', 'f-phone'].map((id) => reactLikeField(field(id)));
      const clicks = recordClicks(doc);
      let submitted = 0;
      doc.querySelector('form')!.addEventListener('submit', () => submitted++);
      expect(looksLikeObjectionForm(doc, FACEBOOK)).toBe(true);
      const report = await prefillObjection(doc, PROFILE, FACEBOOK);
      expect(report).toEqual({ control: null, email: 'done', country: 'done', explanation: 'done', captcha: 'absent', submit: 'highlighted' });
      expect(react.map((r) => r.state())).toEqual(['camille@example.org', 'FR', 'I object, in my own words.', '', '']);
      expect(clicks).toEqual([]);
      expect(submitted).toBe(0);
      expect(findSubmit(doc, FACEBOOK)?.id).toBe('f-submit');
      expect(leftToDo(report, FACEBOOK)).toEqual(['press-submit']);
    },
  );

  it('never overwrites what the form holds: a country Meta chose stays', async () => {
    metaForm('en');
    (doc.getElementById('f-country') as HTMLSelectElement).value = 'DE';
    field('f-email').value = 'other@example.org';
    const report = await prefillObjection(doc, PROFILE, INSTAGRAM);
    expect(report).toMatchObject({ email: 'kept', country: 'kept', explanation: 'done' });
    expect([field('f-email').value, (doc.getElementById('f-country') as HTMLSelectElement).value]).toEqual(['other@example.org', 'DE']);
  });

  it('a form without the country field: the rest is filled, the country is left to the user, with the explanation to copy if it was not filled', async () => {
    metaForm('fr', 'country');
    const report = await prefillObjection(doc, PROFILE, INSTAGRAM);
    expect(report).toMatchObject({ email: 'done', country: 'missing', explanation: 'done' });
    expect(todoItems(report, INSTAGRAM).map((i) => i.todo)).toEqual(['choose-country', 'press-submit']);
    expect(todoItems(null, INSTAGRAM).find((i) => i.todo === 'type-explanation')?.copy).toBe('explanation');
  });

  it('no country chosen by the user: the list is left alone and the step is the user’s', async () => {
    metaForm('en');
    const report = await prefillObjection(doc, { ...PROFILE, country: '' }, FACEBOOK);
    expect(report.country).toBe('no-value');
    expect((doc.getElementById('f-country') as HTMLSelectElement).value).toBe('');
    expect(leftToDo(report, FACEBOOK)).toEqual(['choose-country', 'press-submit']);
  });

  it('a page without Meta’s form is no form (a help article, a sign-in page)', () => {
    doc.body.innerHTML = '<main><h1>How Meta uses information for generative AI</h1><p>Learn more.</p></main>';
    expect(looksLikeObjectionForm(doc, FACEBOOK)).toBe(false);
    doc.body.innerHTML = '<form><label for="p">Password</label><input id="p" type="password"><button type="submit">Log in</button></form>';
    expect(looksLikeObjectionForm(doc, FACEBOOK)).toBe(false);
  });
});

describe('Meta’s confirmation', () => {
  it('is told by its words, in English and French; the form and a page that only quotes "request" are not it', () => {
    const done = (lang: 'en' | 'fr') => [...(FACEBOOK.doneTexts?.[lang] ?? [])];
    doc.body.innerHTML = '<div role="status"><h2>Thanks for contacting us</h2><p>We have received your request and will review it.</p></div>';
    expect(showsConfirmation(doc, done('en'))).toBe(true);
    doc.body.innerHTML = '<div><h2>Merci de nous avoir contactés</h2><p>Nous avons bien reçu votre demande.</p></div>';
    expect(showsConfirmation(doc, done('fr'))).toBe(true);
    metaForm('en');
    expect(showsConfirmation(doc, done('en'))).toBe(false);
    doc.body.innerHTML = '<p hidden>We have received your request</p><p>Submit a request</p>';
    expect(showsConfirmation(doc, done('en'))).toBe(false); // hidden text is not what a reader sees
  });
});
