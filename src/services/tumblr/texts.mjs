// Tumblr's texts in every language: its setting's name and sentence, keyed by setting id,
// and what to do for a blog its list does not show. `npm run locales` writes them into each
// language's messages under generated keys; every text carries its concept
// (scripts/locales/glossary.mjs).
export default {
  'tumblr-sharing': {
    name: {
      concept: 'switch',
      en: 'Sharing your blog with AI companies',
      fr: 'Partage de votre blog avec des entreprises d’IA',
      de: 'Weitergabe Ihres Blogs an KI-Unternehmen',
      es: 'Compartir tu blog con empresas de IA',
      it: 'Condivisione del tuo blog con aziende di IA',
      nl: 'Je blog delen met AI-bedrijven',
      pt: 'Compartilhamento do seu blog com empresas de IA',
    },
    what: {
      concept: 'switch',
      en: 'Unless “Prevent third-party sharing” is on for this blog, Tumblr may share its public posts with third parties, including AI companies.',
      fr: 'Tant que « Prevent third-party sharing » n’est pas activé pour ce blog, Tumblr peut partager ses publications publiques avec des tiers, dont des entreprises d’IA.',
      de: 'Solange „Prevent third-party sharing“ für diesen Blog nicht eingeschaltet ist, kann Tumblr seine öffentlichen Beiträge an Dritte weitergeben, auch an KI-Unternehmen.',
      es: 'Mientras «Prevent third-party sharing» no esté activado para este blog, Tumblr puede compartir sus publicaciones públicas con terceros, incluidas empresas de IA.',
      it: 'Finché «Prevent third-party sharing» non è attivo per questo blog, Tumblr può condividere i suoi post pubblici con terze parti, anche aziende di IA.',
      nl: 'Zolang „Prevent third-party sharing” voor deze blog niet aan staat, kan Tumblr de openbare berichten ervan met derden delen, ook met AI-bedrijven.',
      pt: 'Enquanto “Prevent third-party sharing” não estiver ativado para este blog, o Tumblr pode compartilhar os posts públicos dele com terceiros, incluindo empresas de IA.',
    },
  },
  tumblr: {
    elsewhere: {
      concept: 'switch',
      en: 'A blog not listed in your account settings is not checked here: open that blog’s settings on Tumblr and turn on “Prevent third-party sharing”.',
      fr: 'Un blog absent des réglages de votre compte n’est pas vérifié ici : ouvrez les réglages de ce blog sur Tumblr et activez « Prevent third-party sharing ».',
      de: 'Ein Blog, der nicht in Ihren Kontoeinstellungen aufgeführt ist, wird hier nicht geprüft: Öffnen Sie die Einstellungen dieses Blogs bei Tumblr und schalten Sie „Prevent third-party sharing“ ein.',
      es: 'Un blog que no aparece en los ajustes de tu cuenta no se comprueba aquí: abre los ajustes de ese blog en Tumblr y activa «Prevent third-party sharing».',
      it: 'Un blog non elencato nelle impostazioni del tuo account non viene verificato qui: apri le impostazioni di quel blog su Tumblr e attiva «Prevent third-party sharing».',
      nl: 'Een blog die niet in je accountinstellingen staat, wordt hier niet gecontroleerd: open de instellingen van die blog op Tumblr en zet „Prevent third-party sharing” aan.',
      pt: 'Um blog que não aparece nas configurações da sua conta não é verificado aqui: abra as configurações desse blog no Tumblr e ative “Prevent third-party sharing”.',
    },
  },
};
