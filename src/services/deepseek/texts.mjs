// DeepSeek's texts in every language: its setting's name and sentence, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs).
export default {
  'deepseek-training': {
    name: {
      concept: 'switch',
      en: 'Training on your DeepSeek chats',
      fr: 'Entraînement sur vos conversations avec DeepSeek',
      de: 'Training mit Ihren DeepSeek-Chats',
      es: 'Entrenamiento con tus chats de DeepSeek',
      it: 'Addestramento sulle tue chat con DeepSeek',
      nl: 'Training met je DeepSeek-chats',
      pt: 'Treinamento com suas conversas no DeepSeek',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Improve the model for everyone”, under Settings, Data), DeepSeek uses your conversations to train its models. We open Settings to reach it, and click nothing else.',
      fr: 'Activé (« Improve the model for everyone », dans Settings, Data), DeepSeek utilise vos conversations pour entraîner ses modèles. Nous ouvrons les paramètres pour l’atteindre, sans rien cliquer d’autre.',
      de: 'Wenn eingeschaltet („Improve the model for everyone“, unter Settings, Data), nutzt DeepSeek Ihre Unterhaltungen, um seine Modelle zu trainieren. Wir öffnen die Einstellungen, um ihn zu erreichen, und klicken auf nichts anderes.',
      es: 'Si está activado («Improve the model for everyone», en Settings, Data), DeepSeek usa tus conversaciones para entrenar sus modelos. Abrimos la configuración para llegar a él y no pulsamos nada más.',
      it: 'Se è attivo («Improve the model for everyone», in Settings, Data), DeepSeek usa le tue conversazioni per addestrare i suoi modelli. Apriamo le impostazioni per raggiungerlo e non clicchiamo nient’altro.',
      nl: 'Als dit aan staat („Improve the model for everyone”, onder Settings, Data), gebruikt DeepSeek je gesprekken om zijn modellen te trainen. We openen de instellingen om er te komen en klikken verder nergens op.',
      pt: 'Quando ativado (“Improve the model for everyone”, em Settings, Data), o DeepSeek usa suas conversas para treinar os modelos dele. Abrimos as configurações para chegar até ele e não clicamos em mais nada.',
    },
  },
};
