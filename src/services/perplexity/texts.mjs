// Perplexity's texts in every language: its setting's name and sentence, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs).
export default {
  'perplexity-training': {
    name: {
      concept: 'switch',
      en: 'Training on your searches',
      fr: 'Entraînement sur vos recherches',
      de: 'Training mit Ihren Suchanfragen',
      es: 'Entrenamiento con tus búsquedas',
      it: 'Addestramento sulle tue ricerche',
      nl: 'Training met je zoekopdrachten',
      pt: 'Treinamento com suas pesquisas',
    },
    what: {
      concept: 'switch',
      en: 'When on (“AI data retention”), Perplexity uses your searches to improve its AI models.',
      fr: 'Activé (« AI data retention »), Perplexity utilise vos recherches pour améliorer ses modèles d’IA.',
      de: 'Wenn eingeschaltet („AI data retention“), nutzt Perplexity Ihre Suchanfragen, um seine KI-Modelle zu verbessern.',
      es: 'Si está activado («AI data retention»), Perplexity usa tus búsquedas para mejorar sus modelos de IA.',
      it: 'Se è attivo («AI data retention»), Perplexity usa le tue ricerche per migliorare i suoi modelli di IA.',
      nl: 'Als dit aan staat („AI data retention”), gebruikt Perplexity je zoekopdrachten om zijn AI-modellen te verbeteren.',
      pt: 'Quando ativado (“AI data retention”), o Perplexity usa suas pesquisas para melhorar os modelos de IA dele.',
    },
  },
};
