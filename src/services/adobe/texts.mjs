// Adobe's texts in every language: its setting's name and sentence, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs). The label is quoted in English:
// it is the only wording of Adobe's page that has been read.
export default {
  'adobe-content-analysis': {
    name: {
      concept: 'switch',
      en: 'Analysis of your files to improve Adobe’s products',
      fr: 'Analyse de vos fichiers pour améliorer les produits Adobe',
      de: 'Analyse Ihrer Dateien zur Verbesserung der Adobe-Produkte',
      es: 'Análisis de tus archivos para mejorar los productos de Adobe',
      it: 'Analisi dei tuoi file per migliorare i prodotti Adobe',
      nl: 'Analyse van je bestanden om de producten van Adobe te verbeteren',
      pt: 'Análise dos seus arquivos para melhorar os produtos da Adobe',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Content analysis”), Adobe may analyse the files you keep on its servers with machine learning to develop and improve its products. Changes save at once.',
      fr: 'Activé (« Content analysis »), Adobe peut analyser les fichiers que vous gardez sur ses serveurs par apprentissage automatique pour développer et améliorer ses produits. Les changements sont enregistrés aussitôt.',
      de: 'Wenn eingeschaltet („Content analysis“), kann Adobe die Dateien, die Sie auf seinen Servern speichern, mit maschinellem Lernen analysieren, um seine Produkte zu entwickeln und zu verbessern. Änderungen werden sofort gespeichert.',
      es: 'Si está activado («Content analysis»), Adobe puede analizar los archivos que guardas en sus servidores con aprendizaje automático para desarrollar y mejorar sus productos. Los cambios se guardan al instante.',
      it: 'Se è attivo («Content analysis»), Adobe può analizzare i file che conservi sui suoi server con l’apprendimento automatico per sviluppare e migliorare i suoi prodotti. Le modifiche vengono salvate subito.',
      nl: 'Als dit aan staat („Content analysis”), kan Adobe de bestanden die je op zijn servers bewaart met machine learning analyseren om zijn producten te ontwikkelen en te verbeteren. Wijzigingen worden meteen opgeslagen.',
      pt: 'Quando ativado (“Content analysis”), a Adobe pode analisar os arquivos que você guarda nos servidores dela com aprendizado de máquina para desenvolver e melhorar os produtos dela. As alterações são salvas na hora.',
    },
  },
};
