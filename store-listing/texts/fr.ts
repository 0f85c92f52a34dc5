// French (vous). Glossary: désactiver (le réglage), s'opposer / opposition (l'opposition
// formelle seulement); jamais « refuser ».
import type { StoreTexts } from './types';

export default {
  description: `Désactivez l’utilisation de vos données pour entraîner l’IA générative sur les services que vous utilisez, et voyez chaque changement vérifié.

Fonctionne avec {services}.

Ce que fait l’extension
• Ouvre la page de réglages du service lui-même et désactive les réglages que vous avez choisis : elle ne clique que sur ces interrupteurs.
• Vérifie chaque changement en rechargeant la page. « Désactivé » n’est affiché que si un nouveau chargement le confirme ; si un service n’a pas enregistré le changement, elle vous dit pourquoi, avec les étapes pour le faire à la main.
• Vous rappelle de vérifier de nouveau plus tard, car les services ajoutent des réglages et les réactivent parfois.
• Préremplit le formulaire d’opposition officiel de {objectionServices} avec les informations saisies dans l’extension ; vous le relisez et l’envoyez vous-même.
• Mode « Vérifier seulement » : voir où vous en êtes, sans rien changer.

Ce que l’extension ne fait jamais
• N’active jamais un réglage, n’envoie jamais un formulaire.
• Ne lit ni n’envoie les données de votre compte : aucune requête réseau de sa part, aucune statistique d’usage, aucun code distant.
• Ne demande l’accès au site d’un service que lorsque vous ajoutez ce service, et le rend quand vous le retirez.

Libre et gratuite. En français, anglais, allemand, espagnol, italien, néerlandais et portugais.`,
  singlePurpose:
    'Rendre à chacun la maîtrise de l’utilisation de ses données pour entraîner l’IA générative : désactiver les réglages qui la permettent sur les services utilisés, vérifier chaque changement sur un nouveau chargement de la page, et préremplir le formulaire d’opposition officiel là où un service en propose un.',
  permissions: {
    storage:
      'Conserve, sur cet appareil uniquement, le résultat de chaque vérification (activé ou désactivé, et quand), les préférences et rappels de l’utilisateur, et les informations qu’il saisit pour un formulaire d’opposition. Rien n’est synchronisé ni envoyé.',
    alarms:
      'Réveille l’extension pour les rappels de vérification et le compte à rebours quotidien avant le changement daté d’un service, sans page qui tourne en permanence.',
    notifications: 'Affiche les rappels de vérification, que l’utilisateur peut couper ou reporter.',
    scripting:
      'Enregistre le script de contenu de l’extension pour un service seulement une fois que l’utilisateur a ajouté ce service et autorisé son site, et le retire quand le service est retiré. Aucun code n’est téléchargé.',
  },
  hosts: {
    install: '{hosts} : {name}, le service autour duquel l’extension est construite, est autorisé dès l’installation. {does}',
    optional: '{hosts} : facultatif, demandé seulement quand l’utilisateur ajoute {name} sur la page d’options, et rendu quand il le retire. {does}',
    switches:
      'Sur les pages de réglages de {name}, l’extension lit l’état et le libellé des interrupteurs qu’elle connaît, désactive ceux que l’utilisateur a choisis, puis recharge la page pour vérifier ; elle ne lit rien d’autre.',
    forms:
      'Sur les formulaires d’opposition de {name}, l’extension préremplit les informations saisies par l’utilisateur, uniquement dans l’onglet qu’elle a ouvert quand il a appuyé sur le bouton de ce formulaire ; l’utilisateur l’envoie lui-même.',
  },
  hostOverrides: {
    linkedin:
      '{hosts} : autorisé dès l’installation, car {name} est le service autour duquel l’extension est construite. {does} Elle remarque aussi quand l’onglet qu’elle a ouvert est renvoyé vers la page de connexion de {name}, et réutilise un onglet de réglages déjà ouvert au lieu d’en ouvrir un autre.',
  },
  privacy: {
    remoteCode: 'Aucun code distant. Tous les scripts sont dans le paquet ; l’extension ne fait aucune requête réseau de sa part.',
    dataCollected:
      'Aucune donnée d’utilisateur n’est collectée : rien de ce que traite l’extension ne quitte l’appareil. Les résultats des vérifications, les préférences, et les nom, e-mail, pays et explication saisis pour un formulaire d’opposition restent dans le stockage de l’extension du navigateur, et ne sont saisis que dans le formulaire auquel ils sont destinés, quand l’utilisateur appuie sur son bouton. Aucune statistique d’usage.',
    certify:
      'Aucune donnée n’est vendue ni transmise à des tiers, utilisée ou transmise à des fins sans rapport avec l’objectif unique, ni utilisée pour évaluer la solvabilité ou accorder un prêt.',
    amo: 'Aucune. Le manifeste déclare data_collection_permissions: { required: ["none"] } : l’extension ne collecte ni ne transmet aucune donnée, sans statistique d’usage ni code distant.',
    policy: 'PRIVACY.md dans le dépôt : ce qui est conservé sur l’appareil, pourquoi, combien de temps, et ce qui n’est jamais collecté ni envoyé.',
  },
  captions: {
    'popup-linkedin-off': 'La fenêtre de l’extension : le réglage de LinkedIn désactivé, et vérifié sur un nouveau chargement de la page.',
    dashboard: 'Le tableau de bord : chaque service d’un coup d’œil, son état en mots et en couleur, et un bouton pour vérifier tout ce que vous avez ajouté.',
    'options-services': 'Les services à ajouter : chacun ne demande l’accès à son site que lorsque vous l’ajoutez.',
    'service-card': 'La carte d’un service : chacun de ses réglages, son état, et quand il a été vérifié.',
    'objection-step': 'L’opposition officielle : le formulaire est prérempli avec vos informations, et vous l’envoyez vous-même.',
  },
} satisfies StoreTexts;
