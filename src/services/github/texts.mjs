// GitHub's texts in every language: its setting's name and sentence, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs).
export default {
  'github-copilot-training': {
    name: {
      concept: 'switch',
      en: 'Copilot: training on your data',
      fr: 'Copilot : entraînement sur vos données',
      de: 'Copilot: Training mit Ihren Daten',
      es: 'Copilot: entrenamiento con tus datos',
      it: 'Copilot: addestramento sui tuoi dati',
      nl: 'Copilot: training met je gegevens',
      pt: 'Copilot: treinamento com seus dados',
    },
    what: {
      concept: 'switch',
      en: 'When “Allow GitHub to use my data for AI model training” is Enabled, GitHub uses your Copilot prompts, suggestions and code snippets to train AI models. We set it to Disabled.',
      fr: 'Quand « Allow GitHub to use my data for AI model training » vaut Enabled, GitHub utilise vos requêtes Copilot, ses suggestions et des extraits de code pour entraîner des modèles d’IA. Nous le réglons sur Disabled.',
      de: 'Steht „Allow GitHub to use my data for AI model training“ auf Enabled, nutzt GitHub Ihre Copilot-Eingaben, Vorschläge und Codeausschnitte, um KI-Modelle zu trainieren. Wir stellen es auf Disabled.',
      es: 'Si «Allow GitHub to use my data for AI model training» está en Enabled, GitHub usa tus peticiones a Copilot, sus sugerencias y fragmentos de código para entrenar modelos de IA. Lo ponemos en Disabled.',
      it: 'Se «Allow GitHub to use my data for AI model training» è su Enabled, GitHub usa le tue richieste a Copilot, i suggerimenti e frammenti di codice per addestrare modelli di IA. Lo impostiamo su Disabled.',
      nl: 'Staat „Allow GitHub to use my data for AI model training” op Enabled, dan gebruikt GitHub je Copilot-prompts, suggesties en codefragmenten om AI-modellen te trainen. Wij zetten het op Disabled.',
      pt: 'Quando “Allow GitHub to use my data for AI model training” está em Enabled, o GitHub usa seus pedidos ao Copilot, as sugestões e trechos de código para treinar modelos de IA. Nós o definimos como Disabled.',
    },
  },
};
