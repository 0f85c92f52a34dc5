// ChatGPT's texts in every language: its settings' names and sentences, keyed by
// setting id. `npm run locales` writes them into each language's
// messages under generated keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  'chatgpt-training': {
    name: {
      concept: 'switch',
      en: 'Training on your chats',
      fr: 'Entraînement sur vos conversations',
      de: 'Training mit Ihren Chats',
      es: 'Entrenamiento con tus chats',
      it: 'Addestramento sulle tue chat',
      nl: 'Training met je chats',
      pt: 'Treinamento com suas conversas',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Improve the model for everyone”), OpenAI uses your conversations to train its models.',
      fr: 'Activé (« Improve the model for everyone »), OpenAI utilise vos conversations pour entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Improve the model for everyone“), nutzt OpenAI Ihre Unterhaltungen, um seine Modelle zu trainieren.',
      es: 'Si está activado («Improve the model for everyone»), OpenAI usa tus conversaciones para entrenar sus modelos.',
      it: 'Se è attivo («Improve the model for everyone»), OpenAI usa le tue conversazioni per addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Improve the model for everyone”), gebruikt OpenAI je gesprekken om zijn modellen te trainen.',
      pt: 'Quando ativado (“Improve the model for everyone”), a OpenAI usa suas conversas para treinar os modelos dela.',
    },
  },
};
