// How forms name an e-mail field, in the seven languages: shared by every service's
// objection form (a form's own labels, when known, come first in its data).
export const EMAIL_LABELS: readonly string[] = [
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
