// YouTube Studio's texts in every language: its setting's name and sentence, keyed by setting
// id. `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs). The label is quoted in English, as
// Google's help page gives it.
export default {
  'youtube-third-party-training': {
    name: {
      concept: 'switch',
      en: 'Training by other companies on your videos',
      fr: 'Entraînement d’autres entreprises sur vos vidéos',
      de: 'Training anderer Unternehmen mit Ihren Videos',
      es: 'Entrenamiento de otras empresas con tus vídeos',
      it: 'Addestramento di altre aziende sui tuoi video',
      nl: 'Training door andere bedrijven met je video’s',
      pt: 'Treinamento de outras empresas com seus vídeos',
    },
    what: {
      concept: 'switch',
      en: 'Off unless you opted in. When on (“Allow third-party companies to train AI models using my content”), the companies you chose may train AI models on your videos. If it is on, untick it and press Save: the check reads it, but Studio keeps a change only after Save.',
      fr: 'Désactivé, sauf si vous l’avez activé vous-même. Activé (« Allow third-party companies to train AI models using my content »), les entreprises choisies peuvent entraîner des modèles d’IA sur vos vidéos. S’il est activé, décochez-le puis enregistrez : la vérification le lit, mais Studio ne garde un changement qu’une fois enregistré.',
      de: 'Ausgeschaltet, außer Sie haben es selbst eingeschaltet. Wenn eingeschaltet („Allow third-party companies to train AI models using my content“), dürfen die gewählten Unternehmen KI-Modelle mit Ihren Videos trainieren. Ist es eingeschaltet, entfernen Sie das Häkchen und speichern Sie: Die Prüfung liest es, aber Studio behält eine Änderung erst nach dem Speichern.',
      es: 'Desactivado, salvo que lo hayas activado tú. Si está activado («Allow third-party companies to train AI models using my content»), las empresas elegidas pueden entrenar modelos de IA con tus vídeos. Si está activado, desmárcalo y guarda: la comprobación lo lee, pero Studio solo conserva un cambio una vez guardado.',
      it: 'Disattivato, a meno che tu non l’abbia attivato. Se è attivo («Allow third-party companies to train AI models using my content»), le aziende scelte possono addestrare modelli di IA sui tuoi video. Se è attivo, togli la spunta e salva: il controllo lo legge, ma Studio conserva una modifica solo dopo il salvataggio.',
      nl: 'Uit, tenzij je het zelf hebt aangezet. Als dit aan staat („Allow third-party companies to train AI models using my content”), mogen de gekozen bedrijven AI-modellen trainen met je video’s. Staat het aan, vink het dan uit en sla op: de controle leest het, maar Studio bewaart een wijziging pas na het opslaan.',
      pt: 'Desativado, a menos que você o tenha ativado. Quando ativado (“Allow third-party companies to train AI models using my content”), as empresas escolhidas podem treinar modelos de IA com seus vídeos. Se estiver ativado, desmarque-o e salve: a verificação o lê, mas o Studio só mantém uma alteração depois de salva.',
    },
  },
};
