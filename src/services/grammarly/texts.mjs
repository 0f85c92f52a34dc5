// Grammarly's texts in every language: its settings' names and sentences, keyed by
// setting id. `npm run locales` writes them into each language's
// messages under generated keys; every text carries its concept (scripts/locales/glossary.mjs).
export default {
  'grammarly-training': {
    name: {
      concept: 'switch',
      en: 'Product improvement and training',
      fr: 'Amélioration du produit et entraînement',
      de: 'Produktverbesserung und Training',
      es: 'Mejora del producto y entrenamiento',
      it: 'Miglioramento del prodotto e addestramento',
      nl: 'Productverbetering en training',
      pt: 'Melhoria do produto e treinamento',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Product Improvement and Training”), Grammarly uses the text you write with it to improve its product and train its models.',
      fr: 'Activé (« Product Improvement and Training »), Grammarly utilise les textes que vous rédigez avec lui pour améliorer son produit et entraîner ses modèles.',
      de: 'Wenn eingeschaltet („Product Improvement and Training“), nutzt Grammarly die Texte, die Sie damit schreiben, um sein Produkt zu verbessern und seine Modelle zu trainieren.',
      es: 'Si está activado («Product Improvement and Training»), Grammarly usa los textos que escribes con él para mejorar su producto y entrenar sus modelos.',
      it: 'Se è attivo («Product Improvement and Training»), Grammarly usa i testi che scrivi con esso per migliorare il prodotto e addestrare i suoi modelli.',
      nl: 'Als dit aan staat („Product Improvement and Training”), gebruikt Grammarly de teksten die je ermee schrijft om zijn product te verbeteren en zijn modellen te trainen.',
      pt: 'Quando ativado (“Product Improvement and Training”), o Grammarly usa os textos que você escreve com ele para melhorar o produto e treinar os modelos dele.',
    },
  },
};
