// Claude's texts in every language: its settings' names and sentences, keyed by
// setting id, and its own (keyed by its id). `npm run locales` writes them into each language's
// messages under generated keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  claude: {
    since: {
      concept: 'switch',
      en: 'Anthropic’s new terms let it train its models on Claude chats and coding sessions; each user had to choose by this date, and the setting stays on until switched off.',
      fr: 'Les nouvelles conditions d’Anthropic lui permettent d’entraîner ses modèles sur les conversations et sessions de code Claude ; chacun devait choisir avant cette date, et le réglage reste activé tant qu’il n’est pas désactivé.',
      de: 'Nach den neuen Bedingungen von Anthropic darf es seine Modelle mit Claude-Chats und Coding-Sitzungen trainieren; jede Person musste bis zu diesem Datum wählen, und die Einstellung bleibt eingeschaltet, bis sie ausgeschaltet wird.',
      es: 'Las nuevas condiciones de Anthropic le permiten entrenar sus modelos con los chats y sesiones de código de Claude; cada usuario debía elegir antes de esta fecha, y la opción sigue activada mientras no la desactives.',
      it: 'Le nuove condizioni di Anthropic le consentono di addestrare i suoi modelli sulle chat e sessioni di programmazione di Claude; ogni utente doveva scegliere entro questa data, e l’impostazione resta attiva finché non la disattivi.',
      nl: 'Met de nieuwe voorwaarden van Anthropic mag het zijn modellen trainen met Claude-chats en programmeersessies; iedereen moest vóór deze datum kiezen, en de instelling blijft aan tot je hem uitzet.',
      pt: 'Os novos termos da Anthropic permitem que ela treine os modelos dela com as conversas e sessões de programação do Claude; cada usuário precisava escolher até esta data, e a configuração continua ativada até ser desativada.',
    },
  },
  'claude-training': {
    name: {
      concept: 'switch',
      en: 'Training on your chats and coding sessions',
      fr: 'Entraînement sur vos conversations et sessions de code',
      de: 'Training mit Ihren Chats und Coding-Sitzungen',
      es: 'Entrenamiento con tus chats y sesiones de código',
      it: 'Addestramento sulle tue chat e sessioni di programmazione',
      nl: 'Training met je chats en programmeersessies',
      pt: 'Treinamento com suas conversas e sessões de programação',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Help improve Claude”), Anthropic uses your chats and coding sessions to train its models.',
      fr: 'Activé (« Help improve Claude »), Anthropic utilise vos conversations et sessions de code pour entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Help improve Claude“), nutzt Anthropic Ihre Chats und Coding-Sitzungen, um seine Modelle zu trainieren.',
      es: 'Si está activado («Help improve Claude»), Anthropic usa tus chats y sesiones de código para entrenar sus modelos.',
      it: 'Se è attivo («Help improve Claude»), Anthropic usa le tue chat e sessioni di programmazione per addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Help improve Claude”), gebruikt Anthropic je chats en programmeersessies om zijn modellen te trainen.',
      pt: 'Quando ativado (“Help improve Claude”), a Anthropic usa suas conversas e sessões de programação para treinar os modelos dela.',
    },
  },
};
