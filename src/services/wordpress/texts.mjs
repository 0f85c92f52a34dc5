// WordPress.com's texts in every language: its setting's name and sentence, keyed by setting
// id. `npm run locales` writes them into each language's messages under generated keys;
// every text carries its concept (scripts/locales/glossary.mjs).
export default {
  'wordpress-sharing': {
    name: {
      concept: 'switch',
      en: 'Sharing your site with AI companies',
      fr: 'Partage de votre site avec des entreprises d’IA',
      de: 'Weitergabe Ihrer Website an KI-Unternehmen',
      es: 'Compartir tu sitio con empresas de IA',
      it: 'Condivisione del tuo sito con aziende di IA',
      nl: 'Je site delen met AI-bedrijven',
      pt: 'Compartilhamento do seu site com empresas de IA',
    },
    what: {
      concept: 'switch',
      en: 'Unless “Prevent third-party sharing for this site” is ticked and saved, WordPress.com may share your public posts with third parties, including AI companies.',
      fr: 'Tant que « Prevent third-party sharing for this site » n’est pas coché et enregistré, WordPress.com peut partager vos articles publics avec des tiers, dont des entreprises d’IA.',
      de: 'Solange „Prevent third-party sharing for this site“ nicht angehakt und gespeichert ist, kann WordPress.com Ihre öffentlichen Beiträge an Dritte weitergeben, auch an KI-Unternehmen.',
      es: 'Mientras «Prevent third-party sharing for this site» no esté marcado y guardado, WordPress.com puede compartir tus entradas públicas con terceros, incluidas empresas de IA.',
      it: 'Finché «Prevent third-party sharing for this site» non è spuntato e salvato, WordPress.com può condividere i tuoi articoli pubblici con terze parti, anche aziende di IA.',
      nl: 'Zolang „Prevent third-party sharing for this site” niet is aangevinkt en opgeslagen, kan WordPress.com je openbare berichten met derden delen, ook met AI-bedrijven.',
      pt: 'Enquanto “Prevent third-party sharing for this site” não estiver marcado e salvo, o WordPress.com pode compartilhar seus posts públicos com terceiros, incluindo empresas de IA.',
    },
  },
  wordpress: {
    elsewhere: {
      concept: 'switch',
      en: 'A site you manage in its own wp-admin (not on wordpress.com) is not checked here: there, open Settings → Reading, tick “Prevent third-party sharing”, and save.',
      fr: 'Un site que vous gérez dans son propre wp-admin (hors de wordpress.com) n’est pas vérifié ici : ouvrez-y Réglages → Lecture, cochez « Prevent third-party sharing », puis enregistrez.',
      de: 'Eine Website, die Sie in ihrem eigenen wp-admin verwalten (nicht auf wordpress.com), wird hier nicht geprüft: Öffnen Sie dort Einstellungen → Lesen, haken Sie „Prevent third-party sharing“ an und speichern Sie.',
      es: 'Un sitio que gestionas en su propio wp-admin (fuera de wordpress.com) no se comprueba aquí: allí, abre Ajustes → Lectura, marca «Prevent third-party sharing» y guarda.',
      it: 'Un sito che gestisci nel suo wp-admin (fuori da wordpress.com) non viene verificato qui: lì apri Impostazioni → Lettura, spunta «Prevent third-party sharing» e salva.',
      nl: 'Een site die je in zijn eigen wp-admin beheert (niet op wordpress.com) wordt hier niet gecontroleerd: open daar Instellingen → Lezen, vink „Prevent third-party sharing” aan en sla op.',
      pt: 'Um site que você gerencia no próprio wp-admin (fora do wordpress.com) não é verificado aqui: lá, abra Configurações → Leitura, marque “Prevent third-party sharing” e salve.',
    },
  },
};
