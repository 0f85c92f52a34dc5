// LinkedIn's "Data Processing Objection Request" form (TS-DPRO) as data, for the prefill
// engine (src/engine/form). Address medium confidence; its markup and most labels are
// unverified (./facts.md, section 3).
import { EMAIL_LABELS } from '../../engine/form/labels';
import type { ObjectionForm } from '../../engine/form/model';

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
