// Meta's two "Right to object" forms as data, for the prefill engine (src/engine/form).
// Addresses high confidence; labels LOW (tolerant lists, English and French first); the
// confirmation shown in place of the form is modelled, unverified (./facts.md).
import { EMAIL_LABELS } from '../../engine/form/labels';
import type { FormField, ObjectionForm, Texts } from '../../engine/form/model';

const META_FIELDS: readonly FormField[] = [
  { kind: 'email', autocomplete: 'email', labels: EMAIL_LABELS },
  {
    kind: 'country',
    autocomplete: 'country-name',
    labels: [
      'Country',
      'Country of residence',
      'Your country of residence',
      'Where do you live?',
      'Pays',
      'Pays de résidence',
      'Votre pays de résidence',
      'Où habitez-vous ?',
      'Land',
      'Wohnsitzland',
      'Land van verblijf',
      'Woonland',
      'País',
      'País de residencia',
      'País de residência',
      'Paese',
      'Paese di residenza',
    ],
  },
  {
    kind: 'explanation',
    labels: [
      'Please explain how this processing impacts you',
      'How does this processing impact you?',
      'Explain how this processing affects you',
      'Explanation',
      'Additional information',
      'Tell us more',
      'Veuillez expliquer en quoi ce traitement vous concerne',
      'Veuillez expliquer l’impact de ce traitement sur vous',
      'Expliquez en quoi ce traitement vous affecte',
      'Explication',
      'Informations complémentaires',
      'Dites-nous en plus',
      'Bitte erläutern Sie, wie sich diese Verarbeitung auf Sie auswirkt',
      'Leg uit hoe deze verwerking van invloed is op jou',
      'Explica cómo te afecta este tratamiento',
      'Spiega in che modo questo trattamento ti riguarda',
      'Explique como esse processamento afeta você',
    ],
  },
];

const META_DONE: Texts = {
  en: ['We have received your request', 'Thanks for contacting us', 'Your request has been submitted', 'Thank you, your form has been submitted'],
  fr: ['Nous avons bien reçu votre demande', 'Merci de nous avoir contactés', 'Votre demande a été envoyée', 'Merci, votre formulaire a été envoyé'],
};

const metaForm = (id: string, name: string, origin: string, path: string): ObjectionForm => ({
  id,
  service: 'meta',
  name,
  origin,
  path,
  fields: META_FIELDS,
  hooks: [],
  thankyouPath: null,
  doneTexts: META_DONE,
  steps: ['type-email', 'choose-country', 'type-explanation', 'prove-human', 'press-submit'],
});

export const META_FORMS: readonly ObjectionForm[] = [
  metaForm('meta-facebook', 'Facebook', 'https://www.facebook.com', '/help/contact/6359191084165019'),
  metaForm('meta-instagram', 'Instagram', 'https://help.instagram.com', '/contact/767264225370182'),
];
