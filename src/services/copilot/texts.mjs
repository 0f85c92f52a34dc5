// Microsoft Copilot's texts in every language: its settings' names and sentences, keyed by
// setting id. `npm run locales` writes them into each language's messages under generated
// keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  'copilot-text': {
    name: {
      concept: 'switch',
      en: 'Training on your text chats',
      fr: 'Entraînement sur vos conversations écrites',
      de: 'Training mit Ihren Text-Chats',
      es: 'Entrenamiento con tus chats de texto',
      it: 'Addestramento sulle tue chat scritte',
      nl: 'Training met je tekstchats',
      pt: 'Treinamento com suas conversas por texto',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Model training on text”), Microsoft uses your text conversations with Copilot to train its models.',
      fr: 'Activé (« Model training on text »), Microsoft utilise vos conversations écrites avec Copilot pour entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Model training on text“), nutzt Microsoft Ihre Text-Unterhaltungen mit Copilot, um seine Modelle zu trainieren.',
      es: 'Si está activado («Model training on text»), Microsoft usa tus conversaciones de texto con Copilot para entrenar sus modelos.',
      it: 'Se è attivo («Model training on text»), Microsoft usa le tue conversazioni scritte con Copilot per addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Model training on text”), gebruikt Microsoft je tekstgesprekken met Copilot om zijn modellen te trainen.',
      pt: 'Quando ativado (“Model training on text”), a Microsoft usa suas conversas por texto com o Copilot para treinar os modelos dela.',
    },
  },
  'copilot-voice': {
    name: {
      concept: 'switch',
      en: 'Training on your voice chats',
      fr: 'Entraînement sur vos conversations vocales',
      de: 'Training mit Ihren Sprach-Chats',
      es: 'Entrenamiento con tus chats de voz',
      it: 'Addestramento sulle tue chat vocali',
      nl: 'Training met je spraakchats',
      pt: 'Treinamento com suas conversas por voz',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Model training on voice”), Microsoft uses your voice conversations with Copilot to train its models.',
      fr: 'Activé (« Model training on voice »), Microsoft utilise vos conversations vocales avec Copilot pour entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Model training on voice“), nutzt Microsoft Ihre Sprach-Unterhaltungen mit Copilot, um seine Modelle zu trainieren.',
      es: 'Si está activado («Model training on voice»), Microsoft usa tus conversaciones de voz con Copilot para entrenar sus modelos.',
      it: 'Se è attivo («Model training on voice»), Microsoft usa le tue conversazioni vocali con Copilot per addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Model training on voice”), gebruikt Microsoft je spraakgesprekken met Copilot om zijn modellen te trainen.',
      pt: 'Quando ativado (“Model training on voice”), a Microsoft usa suas conversas por voz com o Copilot para treinar os modelos dela.',
    },
  },
};
