// Pinterest's texts in every language: its setting's name and sentence, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs). The label is quoted in English:
// it is the only wording of Pinterest's page that has been read.
export default {
  'pinterest-training': {
    name: {
      concept: 'switch',
      en: 'Training Pinterest Canvas on your data',
      fr: 'Entraînement de Pinterest Canvas sur vos données',
      de: 'Training von Pinterest Canvas mit Ihren Daten',
      es: 'Entrenamiento de Pinterest Canvas con tus datos',
      it: 'Addestramento di Pinterest Canvas sui tuoi dati',
      nl: 'Training van Pinterest Canvas met je gegevens',
      pt: 'Treinamento do Pinterest Canvas com seus dados',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Use your data to train Pinterest Canvas”), Pinterest may use your data to train Pinterest Canvas, its AI that generates images. It is already off for accounts of minors.',
      fr: 'Activé (« Use your data to train Pinterest Canvas »), Pinterest peut utiliser vos données pour entraîner Pinterest Canvas, son IA qui génère des images. Il est déjà désactivé pour les comptes de mineurs.',
      de: 'Wenn eingeschaltet („Use your data to train Pinterest Canvas“), kann Pinterest Ihre Daten nutzen, um Pinterest Canvas zu trainieren, seine KI, die Bilder erzeugt. Für Konten Minderjähriger ist es bereits ausgeschaltet.',
      es: 'Si está activado («Use your data to train Pinterest Canvas»), Pinterest puede usar tus datos para entrenar Pinterest Canvas, su IA que genera imágenes. Ya está desactivado en las cuentas de menores.',
      it: 'Se è attivo («Use your data to train Pinterest Canvas»), Pinterest può usare i tuoi dati per addestrare Pinterest Canvas, la sua IA che genera immagini. È già disattivato per gli account di minori.',
      nl: 'Als dit aan staat („Use your data to train Pinterest Canvas”), kan Pinterest je gegevens gebruiken om Pinterest Canvas te trainen, zijn AI die afbeeldingen maakt. Voor accounts van minderjarigen staat het al uit.',
      pt: 'Quando ativado (“Use your data to train Pinterest Canvas”), o Pinterest pode usar seus dados para treinar o Pinterest Canvas, a IA dele que gera imagens. Já está desativado nas contas de menores.',
    },
  },
};
