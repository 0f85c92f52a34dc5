// Glossary for translators, and the word lists the locale tests check every key against.
//
// The product does two different things, and the texts must never mix their verbs:
//
//   switch off  the setting "Use my data for training content creation AI models" on
//               LinkedIn's settings page. One click, reversible, no legal weight.
//   object      the formal objection (data protection law) on LinkedIn's objection form,
//               which the member submits themselves. Only keys about that form say it.
//
// A third pair is easy to confuse with the first: sign in / signed out of LinkedIn. The
// words LinkedIn uses for logging out (fr "Se déconnecter", nl "Afmelden", pt "Sair"...)
// appear only in keys tagged `sign-in`.
//
// Every key carries one concept tag (scripts/locales.mjs, CONCEPT), written into the
// `description` of messages.json:
//   switch   about the setting and its check: never the object or sign-out words
//   object   about the objection itself: uses the object word
//   sign-in  about being signed in to LinkedIn: the only place for sign-out words
//   other    everything else (form fields, reminders, export...): neither verb
//
// Per language (LinkedIn's own menu words, quoted in the manual steps; "?" marks a word
// not confirmed from LinkedIn's interface; the settings page title and the switch label
// come from src/services/linkedin/settings.ts and are never retyped here):
//
//   en  switch off · object, objection · sign in, signed out
//       Me > Settings & Privacy > Data privacy
//       Avoid: "opt out" as a verb (it means either thing).
//   fr  désactiver · s'opposer, opposition · se connecter, déconnecté
//       Vous > Préférences et confidentialité > Confidentialité des données
//       Avoid: "refuser" (reads as "decline"), calques ("a tenu", "gardé le changement").
//   de  ausschalten (deaktivieren) · widersprechen, Widerspruch · anmelden, abgemeldet
//       Sie > Einstellungen & Datenschutz > Datenschutz (?)
//       Avoid: "widersprechen" for the switch; "abmelden" (LinkedIn's "Abmelden" = sign out).
//   es  desactivar · oponerse, oposición · iniciar sesión, sesión cerrada
//       Yo > Configuración y privacidad > Privacidad de datos (?)
//       Avoid: "excluirse" (calque of opt out), "Ajustes" (LinkedIn says Configuración).
//   it  disattivare · opporsi, opposizione · accedere, disconnesso
//       Tu > Impostazioni e privacy > Privacy dei dati (?)
//       Avoid: "opporsi" for the switch; "Esci" (sign out); "promemoria" except reminders.
//   nl  uitzetten · bezwaar maken, bezwaar · aanmelden, afgemeld
//       Ik > Instellingen en privacy > Gegevensprivacy (?)
//       Avoid: "afmelden" (LinkedIn's word for signing out, and for unsubscribing).
//   pt  Brazilian Portuguese, as LinkedIn's Portuguese interface: desativar · se opor,
//       oposição · entrar, conectado
//       Eu > Configurações e privacidade > Privacidade de dados (?)
//       Avoid: "sair" (LinkedIn's "Sair" = sign out), "exclusão"/"excluir" (deletion,
//       and we also tell people to delete old CVs), "treino" (European Portuguese:
//       "treinamento"), "botão" for the toggle ("chave" is the switch, "botão" a button).

/** Words for the formal objection, per language: object keys need one, other keys none. */
export const OBJECT_WORDS = {
  en: /\bobject(s|ed|ing|ion|ions)?\b/i,
  fr: /\boppos/i,
  de: /widerspr/i,
  es: /\bopos|\bopon|\bopuest|\bopong/i,
  it: /\boppo(s|n|rr)/i,
  nl: /bezwaar/i,
  pt: /\bopo(s|r\b|nh|nd)|\bopõe/i,
};

/** Words for signing out of LinkedIn: only in keys tagged sign-in. */
export const SIGN_OUT_WORDS = {
  en: /\b(sign(ed|ing)?|log(ged|ging)?)[ -]?out\b/i,
  fr: /déconnect/i,
  de: /abmeld|abgemeldet|ausgeloggt|ausloggen/i,
  es: /cerrar sesión|cerrado sesión|sesión cerrada|desconect/i,
  it: /\besc(i|ire)\b|disconness|\buscit/i,
  nl: /afmeld|afgemeld|uitlog/i,
  pt: /\bsai(r|u)\b|desconect/i,
};

/** Confusions found in earlier translations: never in keys about the switch or the objection. */
export const CONFUSIONS = {
  en: /\bopt(s|ed|ing)?[ -]out\b/i,
  fr: /\brefus|a tenu|gardé le changement/i,
  de: /\bopt-out/i,
  es: /\bexclu|ajustes y privacidad/i,
  it: /\bescludi|esclusion/i,
  nl: /afmeld/i,
  pt: /exclu|\btreino\b|\bsair\b/i,
};
