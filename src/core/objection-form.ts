// LinkedIn's formal objection form as data: where it is and the texts to look for.
// Its markup is unverified (see ../shared/linkedin-facts.md, section 3), so the prefill
// works from these texts and accessible roles, whatever the control types.
import type { UiLang } from './langs';

export const OBJECTION_FORM = {
  /** "Data Processing Objection Request" (medium confidence). */
  path: '/help/linkedin/ask/TS-DPRO',
  /** The objection type to choose, per language; missing languages fall back to all. */
  option: {
    en: ['Object to processing for training content-generating AI models'],
    fr: ["S'opposer au traitement pour l'entraînement des modèles d'IA générative de contenu"],
    nl: ['Bezwaar maken tegen verwerking voor het trainen van AI-modellen die content genereren'],
  } as Partial<Record<UiLang, readonly string[]>>,
  /** The confirmation box (fr per the seed article; en unverified). */
  confirmation: {
    en: ['I object to the use of my personal data by LinkedIn for training content-generating AI models'],
    fr: ["Je m'oppose à l'utilisation de mes données personnelles par LinkedIn pour l'entraînement des modèles d'IA générative de contenu"],
  } as Partial<Record<UiLang, readonly string[]>>,
  /** LinkedIn's confirmation page after a successful submit (facts, section 3). */
  thankyouPath: '/help/linkedin/thankyou',
  /** Ids of LinkedIn's Help Center form engine: the strongest hooks when present. */
  ids: { firstName: 'dyna-firstname', lastName: 'dyna-lastname', email: 'dyna-email', submit: 'dynaform-submit' },
  /** Labels of the name and email fields, all languages together. */
  firstNameLabels: ['First name', 'Given name', 'Prénom', 'Vorname', 'Voornaam', 'Nombre', 'Nome', 'Primeiro nome'],
  lastNameLabels: [
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
  fullNameLabels: [
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
  emailLabels: ['Email', 'E-mail', 'Email address', 'Adresse e-mail', 'Courriel', 'E-mailadres', 'E-Mail-Adresse', 'Indirizzo email', 'Correo electrónico'],
} as const;

/** The texts to use for a page language, with every language as the fallback. */
export function textsFor(table: Partial<Record<UiLang, readonly string[]>>, lang: string): readonly string[] {
  const own = table[lang.slice(0, 2).toLowerCase() as UiLang];
  return own ?? Object.values(table).flat();
}
