// __NAME__'s texts in every language: its settings' names and sentences, keyed by setting
// id. `npm run locales` writes them into each language's messages under generated keys;
// every text carries its concept (scripts/locales/glossary.mjs). TODO(new-service): write
// each text in all seven languages, with the glossary's words ("switch off", never "opt out").
export default {
  '__ID__-training': {
    name: {
      concept: 'switch',
      en: 'TODO(new-service) Training on what you write',
      fr: 'TODO(new-service)',
      de: 'TODO(new-service)',
      es: 'TODO(new-service)',
      it: 'TODO(new-service)',
      nl: 'TODO(new-service)',
      pt: 'TODO(new-service)',
    },
    what: {
      concept: 'switch',
      en: 'TODO(new-service) When on, __NAME__ uses what you write to train its AI.',
      fr: 'TODO(new-service)',
      de: 'TODO(new-service)',
      es: 'TODO(new-service)',
      it: 'TODO(new-service)',
      nl: 'TODO(new-service)',
      pt: 'TODO(new-service)',
    },
  },
};
