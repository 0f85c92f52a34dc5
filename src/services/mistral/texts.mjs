// Mistral Le Chat's texts in every language: what its setting does, the steps by hand, and what
// is unknown (a manual-only service: src/services/texts.ts manualTexts). The setting's label is
// quoted in English, as Le Chat shows it.
export default {
  mistral: {
    what: {
      concept: 'switch',
      en: 'When on (“Allow your interactions to be used to train our models”), Mistral uses your Le Chat conversations to train its models.',
      fr: 'Activé (« Allow your interactions to be used to train our models »), Mistral utilise vos conversations Le Chat pour entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Allow your interactions to be used to train our models“), nutzt Mistral Ihre Le-Chat-Unterhaltungen, um seine Modelle zu trainieren.',
      es: 'Si está activado («Allow your interactions to be used to train our models»), Mistral usa tus conversaciones de Le Chat para entrenar sus modelos.',
      it: 'Se è attivo («Allow your interactions to be used to train our models»), Mistral usa le tue conversazioni di Le Chat per addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Allow your interactions to be used to train our models”), gebruikt Mistral je Le Chat-gesprekken om zijn modellen te trainen.',
      pt: 'Quando ativado (“Allow your interactions to be used to train our models”), a Mistral usa suas conversas no Le Chat para treinar os modelos dela.',
    },
    steps: {
      concept: 'switch',
      en: 'By hand: open Le Chat, go to its admin console, then Le Chat › Privacy, and switch off “Allow your interactions to be used to train our models”.',
      fr: 'À la main : ouvrez Le Chat, allez dans sa console d’administration, puis Le Chat › Confidentialité, et désactivez « Allow your interactions to be used to train our models ».',
      de: 'Von Hand: Öffnen Sie Le Chat, gehen Sie in die Verwaltungskonsole, dann zu Le Chat › Datenschutz, und schalten Sie „Allow your interactions to be used to train our models“ aus.',
      es: 'A mano: abre Le Chat, ve a su consola de administración, luego a Le Chat › Privacidad, y desactiva «Allow your interactions to be used to train our models».',
      it: 'A mano: apri Le Chat, vai nella sua console di amministrazione, poi in Le Chat › Privacy, e disattiva «Allow your interactions to be used to train our models».',
      nl: 'Met de hand: open Le Chat, ga naar de beheerconsole, dan naar Le Chat › Privacy, en zet „Allow your interactions to be used to train our models” uit.',
      pt: 'À mão: abra o Le Chat, vá até o console de administração, depois Le Chat › Privacidade, e desative “Allow your interactions to be used to train our models”.',
    },
    unverified: {
      concept: 'switch',
      en: 'The extension cannot do this for you: where the admin console’s page lives is not verified, so it asks for no access to any Mistral site.',
      fr: 'L’extension ne peut pas le faire pour vous : l’adresse de la page de la console d’administration n’est pas vérifiée, elle ne demande donc l’accès à aucun site de Mistral.',
      de: 'Die Erweiterung kann das nicht für Sie tun: Wo die Seite der Verwaltungskonsole liegt, ist nicht geprüft, daher fragt sie nach keinem Zugriff auf eine Mistral-Website.',
      es: 'La extensión no puede hacerlo por ti: la dirección de la página de la consola de administración no está verificada, así que no pide acceso a ningún sitio de Mistral.',
      it: 'L’estensione non può farlo per te: l’indirizzo della pagina della console di amministrazione non è verificato, quindi non chiede l’accesso a nessun sito di Mistral.',
      nl: 'De extensie kan dit niet voor je doen: waar de pagina van de beheerconsole staat, is niet gecontroleerd, dus vraagt ze geen toegang tot een site van Mistral.',
      pt: 'A extensão não pode fazer isso por você: o endereço da página do console de administração não foi verificado, por isso ela não pede acesso a nenhum site da Mistral.',
    },
  },
};
