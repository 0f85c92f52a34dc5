// The formal objection forms as data: where each is, the steps it has and the texts to
// look for. One engine (objection-prefill.ts) works from these, whatever the control types.
// LinkedIn's markup is unverified (docs/linkedin-facts.md, section 3), Meta's labels too
// (docs/services-facts.md): fields are found by id, autocomplete, type and tolerant label
// lists, and a field not found is left to the user with the steps by hand.
import type { UiLang } from '../langs';
import type { Todo } from './terms';

/** Texts per page language; missing languages fall back to all (textsFor). */
type Texts = Partial<Record<UiLang, readonly string[]>>;

export type FieldKind = 'firstName' | 'lastName' | 'fullName' | 'email' | 'country' | 'explanation';

/** A text field of a form: its strongest hooks first, then its label in any language. */
interface FormField {
  kind: FieldKind;
  /** The element id the form's engine gives it, when known. */
  id?: string;
  /** Its `autocomplete` token, when a form sets one. */
  autocomplete?: string;
  labels: readonly string[];
}

export const FORM_IDS = ['linkedin-dpro', 'meta-facebook', 'meta-instagram'] as const;
export type FormId = (typeof FORM_IDS)[number];

export interface ObjectionForm {
  id: FormId;
  service: 'linkedin' | 'meta';
  /** Its name, the same in every language ("Facebook"). */
  name: string;
  origin: string;
  path: string;
  /** The option to choose among the kinds of objection, if the form has that step. */
  option?: Texts;
  /** The box to tick, if the form has one. */
  confirmation?: Texts;
  fields: readonly FormField[];
  /** The id of its Submit button, when known (it is outlined, never pressed). */
  submitId?: string;
  /** Ids only this form's engine uses: one of them on a page means the form is there. */
  hooks: readonly string[];
  /** The confirmation's own page, or null: the confirmation replaces the form on its page. */
  thankyouPath: string | null;
  /** What the confirmation shown in place of the form says (forms without a page of their own). */
  doneTexts?: Texts;
  /** What the user may have to do, in the order they meet it on the form (objection-todo.ts). */
  steps: readonly Todo[];
}

const EMAIL_LABELS = [
  'Email',
  'E-mail',
  'Email address',
  'Contact email address',
  'Your email address',
  'Adresse e-mail',
  'Adresse e-mail de contact',
  'Votre adresse e-mail',
  'Adresse électronique',
  'Courriel',
  'E-mailadres',
  'E-Mail-Adresse',
  'Indirizzo email',
  'Correo electrónico',
  'Dirección de correo electrónico',
  'Endereço de email',
];

/** LinkedIn's "Data Processing Objection Request" (address medium confidence). */
export const OBJECTION_FORM: ObjectionForm = {
  id: 'linkedin-dpro',
  service: 'linkedin',
  name: 'LinkedIn',
  origin: 'https://www.linkedin.com',
  path: '/help/linkedin/ask/TS-DPRO',
  option: {
    en: ['Object to processing for training content-generating AI models'],
    fr: ["S'opposer au traitement pour l'entraînement des modèles d'IA générative de contenu"],
    nl: ['Bezwaar maken tegen verwerking voor het trainen van AI-modellen die content genereren'],
  },
  // fr per the seed article; en unverified.
  confirmation: {
    en: ['I object to the use of my personal data by LinkedIn for training content-generating AI models'],
    fr: ["Je m'oppose à l'utilisation de mes données personnelles par LinkedIn pour l'entraînement des modèles d'IA générative de contenu"],
  },
  // Ids of LinkedIn's Help Center form engine: the strongest hooks when present.
  fields: [
    {
      kind: 'firstName',
      id: 'dyna-firstname',
      autocomplete: 'given-name',
      labels: ['First name', 'Given name', 'Prénom', 'Vorname', 'Voornaam', 'Nombre', 'Nome', 'Primeiro nome'],
    },
    {
      kind: 'lastName',
      id: 'dyna-lastname',
      autocomplete: 'family-name',
      labels: [
        'Last name',
        'Surname',
        'Family name',
        'Nom de famille',
        'Nom',
        'Nachname',
        'Achternaam',
        'Apellidos',
        'Apellido',
        'Cognome',
        'Sobrenome',
        'Apelido',
      ],
    },
    // Only when the form has no separate first and last name.
    {
      kind: 'fullName',
      autocomplete: 'name',
      labels: [
        'Name',
        'Naam',
        'Full name',
        'Your name',
        'First and last name',
        'Nom complet',
        'Prénom et nom',
        'Votre nom',
        'Volledige naam',
        'Vollständiger Name',
        'Nome completo',
        'Nombre completo',
      ],
    },
    { kind: 'email', id: 'dyna-email', autocomplete: 'email', labels: EMAIL_LABELS },
  ],
  submitId: 'dynaform-submit',
  hooks: ['dyna-firstname', 'dyna-lastname', 'dyna-email', 'dynaform-submit'],
  thankyouPath: '/help/linkedin/thankyou',
  steps: ['choose-option', 'tick-box', 'type-name', 'type-email', 'prove-human', 'press-submit'],
};

// Meta's "Right to object" forms (addresses high confidence; labels LOW: tolerant lists,
// English and French first; the confirmation shown in place is modelled, unverified).
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

const metaForm = (id: FormId, name: string, origin: string, path: string): ObjectionForm => ({
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

export const OBJECTION_FORMS: readonly ObjectionForm[] = [OBJECTION_FORM, ...META_FORMS];

export const formById = (id: string): ObjectionForm | undefined => OBJECTION_FORMS.find((f) => f.id === id);

/** Whether the form has a field of this kind (and so takes that detail of the user's). */
export const hasField = (form: ObjectionForm, kind: FieldKind): boolean => form.fields.some((f) => f.kind === kind);

/** The form's own address. */
export const formUrl = (form: ObjectionForm): string => form.origin + form.path;

/** The texts to use for a page language, with every language as the fallback. */
export function textsFor(table: Partial<Record<UiLang, readonly string[]>>, lang: string): readonly string[] {
  const own = table[lang.slice(0, 2).toLowerCase() as UiLang];
  return own ?? Object.values(table).flat();
}
