// grok.com's texts in every language: its setting's name and sentence, keyed by setting id,
// and the note on its card; `npm run locales` writes them into each language's messages
// under generated keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  grok: {
    note: {
      concept: 'switch',
      en: 'This switch is separate from X’s Grok training box: switching one off does not switch off the other.',
      fr: 'Cet interrupteur est distinct de la case d’entraînement de Grok sur X : désactiver l’un ne désactive pas l’autre.',
      de: 'Dieser Schalter ist vom Grok-Training-Kästchen auf X getrennt: Wer den einen ausschaltet, schaltet den anderen nicht aus.',
      es: 'Este interruptor es distinto de la casilla de entrenamiento de Grok en X: desactivar uno no desactiva el otro.',
      it: 'Questo interruttore è separato dalla casella di addestramento di Grok su X: disattivarne uno non disattiva l’altro.',
      nl: 'Deze schakelaar staat los van het vakje voor Grok-training op X: de ene uitzetten zet de andere niet uit.',
      pt: 'Este botão é separado da caixa de treinamento do Grok no X: desativar um não desativa o outro.',
    },
  },
  'grok-training': {
    name: {
      concept: 'switch',
      en: 'Training on your Grok chats',
      fr: 'Entraînement sur vos conversations avec Grok',
      de: 'Training mit Ihren Grok-Chats',
      es: 'Entrenamiento con tus chats de Grok',
      it: 'Addestramento sulle tue chat con Grok',
      nl: 'Training met je Grok-chats',
      pt: 'Treinamento com suas conversas no Grok',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Improve the Model”), xAI uses your conversations on grok.com to train its models. It starts on outside the EU, the EEA and the UK, and off inside.',
      fr: 'Activé (« Improve the Model »), xAI utilise vos conversations sur grok.com pour entraîner ses modèles. Il est activé d’office hors de l’UE, de l’EEE et du Royaume-Uni, et désactivé à l’intérieur.',
      de: 'Wenn eingeschaltet („Improve the Model“), nutzt xAI Ihre Unterhaltungen auf grok.com, um seine Modelle zu trainieren. Außerhalb von EU, EWR und Vereinigtem Königreich ist er anfangs eingeschaltet, innerhalb ausgeschaltet.',
      es: 'Si está activado («Improve the Model»), xAI usa tus conversaciones en grok.com para entrenar sus modelos. Viene activado fuera de la UE, el EEE y el Reino Unido, y desactivado dentro.',
      it: 'Se è attivo («Improve the Model»), xAI usa le tue conversazioni su grok.com per addestrare i suoi modelli. È attivo all’inizio fuori dall’UE, dal SEE e dal Regno Unito, e disattivato al loro interno.',
      nl: 'Als dit aan staat („Improve the Model”), gebruikt xAI je gesprekken op grok.com om zijn modellen te trainen. Buiten de EU, de EER en het VK staat het eerst aan, daarbinnen uit.',
      pt: 'Quando ativado (“Improve the Model”), a xAI usa suas conversas no grok.com para treinar os modelos dela. Vem ativado fora da UE, do EEE e do Reino Unido, e desativado dentro.',
    },
  },
};
