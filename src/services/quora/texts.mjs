// Quora's texts in every language: its settings' names and sentences, keyed by
// setting id. `npm run locales` writes them into each language's
// messages under generated keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  'quora-training': {
    name: {
      concept: 'switch',
      en: 'Training on what you write',
      fr: 'Entraînement sur ce que vous écrivez',
      de: 'Training mit Ihren Texten',
      es: 'Entrenamiento con lo que escribes',
      it: 'Addestramento su ciò che scrivi',
      nl: 'Training met wat je schrijft',
      pt: 'Treinamento com o que você escreve',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Allow large language models to be trained on your content”), what you write on Quora may be used to train large language models.',
      fr: 'Activé (« Allow large language models to be trained on your content »), ce que vous écrivez sur Quora peut servir à entraîner de grands modèles de langage.',
      de: 'Wenn eingeschaltet („Allow large language models to be trained on your content“), kann das, was Sie auf Quora schreiben, zum Training großer Sprachmodelle genutzt werden.',
      es: 'Si está activado («Allow large language models to be trained on your content»), lo que escribes en Quora puede usarse para entrenar grandes modelos de lenguaje.',
      it: 'Se è attivo («Allow large language models to be trained on your content»), ciò che scrivi su Quora può essere usato per addestrare grandi modelli linguistici.',
      nl: 'Als dit aan staat („Allow large language models to be trained on your content”), kan wat je op Quora schrijft worden gebruikt om grote taalmodellen te trainen.',
      pt: 'Quando ativado (“Allow large language models to be trained on your content”), o que você escreve no Quora pode ser usado para treinar grandes modelos de linguagem.',
    },
  },
};
