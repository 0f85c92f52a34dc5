// Writes public/_locales/<lang>/messages.json: English and French from the table below,
// de/es/it/nl/pt from scripts/locales/<lang>.mjs. Fails on a missing or extra key, a
// placeholder that differs from English, or a key without a concept tag. Also writes
// src/generated/message-keys.ts, the typed list of keys (a misspelled key fails typecheck).
// Run: npm run locales (the JSON and the TypeScript are committed).
//
// Translators: read the glossary first (scripts/locales/glossary.mjs): "switch off" (the
// setting) and "object" (the legal form) are two verbs never mixed.
//
// Plurals: chrome.i18n has none. A key `base_one` / `base_other` (every locale has both)
// is chosen at run time with Intl.PluralRules of the messages' language (src/core/plural.ts);
// a category without its own text ("many" in fr, es, it, pt) falls back to `other`.
import { mkdirSync, writeFileSync } from 'node:fs';
import de from './locales/de.mjs';
import es from './locales/es.mjs';
import it from './locales/it.mjs';
import nl from './locales/nl.mjs';
import pt from './locales/pt.mjs';

const M = {
  locale: ['en', 'fr'],
  extName: ['AI Training Opt-Out', 'Refus de l’entraînement de l’IA'],
  extShortName: ['AI Opt-Out', 'Refus IA'],
  extDescription: [
    'Switch off the use of your data to train AI on LinkedIn, X, ChatGPT and more, in one click, and verify it. Nothing is sent anywhere.',
    'Désactive en un clic l’entraînement de l’IA avec vos données sur LinkedIn, X, ChatGPT et d’autres, et le vérifie. Rien n’est envoyé.',
  ],
  statusUnknown: ['AI training: unknown', 'Entraînement de l’IA : inconnu'],
  statusUnchecked: ['AI training: not checked yet', 'Entraînement de l’IA : pas encore vérifié'],
  statusOff: ['AI training: off', 'Entraînement de l’IA : désactivé'],
  statusOn: ['AI training: on', 'Entraînement de l’IA : activé'],
  statusRunning: ['Checking LinkedIn’s setting…', 'Vérification du réglage LinkedIn…'],
  verifiedAgo: ['verified $WHEN$', 'vérifié $WHEN$', { WHEN: '$1' }],
  checkedAgo: ['checked $WHEN$', 'vu $WHEN$', { WHEN: '$1' }],
  justNow: ['just now', 'à l’instant'],
  leftOnBody: [
    'Check-only mode is on, so we left the setting as it is. LinkedIn uses your data to train its AI while the setting is on.',
    'Le mode « Vérifier seulement » est actif : nous n’avons rien changé. LinkedIn utilise vos données pour entraîner son IA tant que le réglage est activé.',
  ],
  offBody: [
    'LinkedIn no longer uses your new data to train its content-creating AI. Data already used stays in its models.',
    'LinkedIn n’utilise plus vos nouvelles données pour entraîner son IA de création de contenu. Les données déjà utilisées restent dans ses modèles.',
  ],
  uncheckedBody: [
    'Press the button: we open LinkedIn’s setting in a background tab, switch it off if it is on, and check that LinkedIn saved it.',
    'Appuyez sur le bouton : nous ouvrons le réglage LinkedIn dans un onglet en arrière-plan, le désactivons s’il est activé et vérifions que LinkedIn l’a bien enregistré.',
  ],
  buttonCheckSwitchOff: ['Check & switch off', 'Vérifier et désactiver'],
  buttonAudit: ['Check the setting', 'Vérifier le réglage'],
  buttonAuditAll: ['Check the settings', 'Vérifier les réglages'],
  buttonSwitchOffNow: ['Switch it off now', 'Le désactiver maintenant'],
  buttonCheckAgain: ['Check again', 'Revérifier'],
  buttonRunning: ['Checking…', 'Vérification…'],
  buttonTryAgain: ['Try again', 'Réessayer'],
  buttonSignIn: ['Open LinkedIn to sign in', 'Ouvrir LinkedIn pour se connecter'],
  stepOpening: ['Opening LinkedIn’s settings page', 'Ouverture de la page de réglages LinkedIn'],
  stepSearching: ['Looking for the setting', 'Recherche du réglage'],
  stepSwitching: ['Switching it off', 'Désactivation'],
  stepConfirming: ['Checking that LinkedIn saved it', 'Vérification de l’enregistrement par LinkedIn'],
  problemNotFoundTitle: ['We couldn’t find the setting', 'Réglage introuvable'],
  problemNotFoundBody: [
    'LinkedIn’s page did not show the switch in time. The page may have changed, or it did not finish loading. Nothing was changed.',
    'La page LinkedIn n’a pas affiché l’interrupteur à temps. La page a peut-être changé, ou ne s’est pas chargée entièrement. Rien n’a été modifié.',
  ],
  problemAmbiguousTitle: ['We didn’t change anything', 'Nous n’avons rien modifié'],
  problemAmbiguousBody: [
    'The page shows several switches that look like this setting, so we did not guess. Please switch off the right one by hand.',
    'La page affiche plusieurs interrupteurs qui ressemblent à ce réglage : nous n’avons pas voulu deviner. Désactivez le bon à la main.',
  ],
  problemRejectedTitle: ['LinkedIn didn’t save the change', 'LinkedIn n’a pas enregistré la modification'],
  problemRejectedBody_one: [
    'We switched the setting off $COUNT$ time, and LinkedIn switched it back on: it did not save the change. Try again in a few minutes, or switch it off by hand.',
    'Nous avons désactivé le réglage $COUNT$ fois et LinkedIn l’a réactivé : la modification n’a pas été enregistrée. Réessayez dans quelques minutes, ou désactivez-le à la main.',
    { COUNT: '$1' },
  ],
  problemRejectedBody_other: [
    'We switched the setting off $COUNT$ times, and LinkedIn switched it back on each time: it did not save the change. Try again in a few minutes, or switch it off by hand.',
    'Nous avons désactivé le réglage $COUNT$ fois et LinkedIn l’a réactivé à chaque fois : la modification n’a pas été enregistrée. Réessayez dans quelques minutes, ou désactivez-le à la main.',
    { COUNT: '$1' },
  ],
  problemRejectedUnclear: [
    'We switched the setting off, then could no longer read the switch, so we cannot say that LinkedIn saved it. Open the page and check the switch, or try again in a few minutes.',
    'Nous avons désactivé le réglage, puis n’avons plus pu lire l’interrupteur : impossible de dire si LinkedIn l’a enregistré. Ouvrez la page et vérifiez l’interrupteur, ou réessayez dans quelques minutes.',
  ],
  problemRejectedToast: [
    'LinkedIn showed an error while saving the change, so we cannot say that the setting is off. Open the page and check the switch, or try again in a few minutes.',
    'LinkedIn a affiché une erreur pendant l’enregistrement : impossible de dire si la modification est bien enregistrée. Ouvrez la page et vérifiez l’interrupteur, ou réessayez dans quelques minutes.',
  ],
  problemSignedOutTitle: ['You’re signed out of LinkedIn', 'Vous n’êtes pas connecté à LinkedIn'],
  problemSignedOutBody: [
    'LinkedIn sent us to its sign-in page. Sign in to LinkedIn, then press “Try again”.',
    'LinkedIn nous a renvoyés vers sa page de connexion. Connectez-vous à LinkedIn, puis appuyez sur « Réessayer ».',
  ],
  problemInterruptedTitle: ['The check didn’t finish', 'La vérification n’a pas abouti'],
  problemInterruptedTabClosed: ['The LinkedIn tab was closed before the check finished.', 'L’onglet LinkedIn a été fermé avant la fin de la vérification.'],
  problemInterruptedLeftPage: [
    'The LinkedIn tab went to another page before the check finished.',
    'L’onglet LinkedIn est passé à une autre page avant la fin de la vérification.',
  ],
  problemInterruptedNoAnswer: [
    'LinkedIn’s page did not answer. It may not have loaded: check your connection.',
    'La page LinkedIn n’a pas répondu. Elle ne s’est peut-être pas chargée : vérifiez votre connexion.',
  ],
  problemNoWorker: [
    'The extension’s background service did not answer. Close this window and try again.',
    'Le service d’arrière-plan de l’extension n’a pas répondu. Fermez cette fenêtre et réessayez.',
  ],
  manualTitle: ['Do it by hand', 'Le faire à la main'],
  manualStep1: ['On LinkedIn, open Me (your photo), then Settings & Privacy.', 'Sur LinkedIn, ouvrez Vous (votre photo), puis Préférences et confidentialité.'],
  manualStep2: ['Choose Data privacy.', 'Choisissez Confidentialité des données.'],
  manualStep3: ['Open $TITLE$.', 'Ouvrez $TITLE$.', { TITLE: '$1' }],
  manualStep4: ['Switch off “$LABEL$”.', 'Désactivez « $LABEL$ ».', { LABEL: '$1' }],
  manualOpenPage: ['Open that page directly', 'Ouvrir directement cette page'],
  auditOnlyLabel: ['Check only: report, never change', 'Vérifier seulement : signaler sans rien changer'],
  auditOnlyHint: ['For people who prefer to click the switch themselves.', 'Pour celles et ceux qui préfèrent actionner l’interrupteur eux-mêmes.'],
  badgeOn: ['ON', 'ON'],
  badgeTitleOff: ['LinkedIn AI training: off (verified)', 'Entraînement de l’IA LinkedIn : désactivé (vérifié)'],
  badgeTitleOn: ['LinkedIn AI training: on', 'Entraînement de l’IA LinkedIn : activé'],
  badgeTitleRunning: ['Checking LinkedIn’s AI setting…', 'Vérification du réglage IA de LinkedIn…'],
  badgeTitleProblem: ['LinkedIn AI setting: the last check needs your attention', 'Réglage IA de LinkedIn : la dernière vérification demande votre attention'],
  badgeDays: ['$DAYS$d', '$DAYS$j', { DAYS: '$1' }],
  badgeTitleDays_one: [
    'LinkedIn starts training AI on your data in $DAYS$ day: switch the setting off now',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jour : désactivez le réglage maintenant',
    { DAYS: '$1' },
  ],
  badgeTitleDays_other: [
    'LinkedIn starts training AI on your data in $DAYS$ days: switch the setting off now',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jours : désactivez le réglage maintenant',
    { DAYS: '$1' },
  ],
  badgeTitleInForce: [
    'LinkedIn is training AI on your data: switch the setting off now',
    'LinkedIn entraîne l’IA sur vos données : désactivez le réglage maintenant',
  ],
  deadlineMeaning: [
    'LinkedIn trains content-creating AI on the data of members in the EU/EEA, Switzerland, the UK, Canada and Hong Kong, unless they switch the setting off.',
    'LinkedIn entraîne son IA de création de contenu sur les données des membres de l’UE/EEE, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, sauf s’ils désactivent le réglage.',
  ],
  deadlineBefore_one: ['It starts on $DATE$: $DAYS$ day left.', 'Cela commence le $DATE$ : encore $DAYS$ jour.', { DATE: '$1', DAYS: '$2' }],
  deadlineBefore_other: ['It starts on $DATE$: $DAYS$ days left.', 'Cela commence le $DATE$ : encore $DAYS$ jours.', { DATE: '$1', DAYS: '$2' }],
  deadlineToday: ['It starts today, $DATE$.', 'Cela commence aujourd’hui, le $DATE$.', { DATE: '$1' }],
  deadlineAfter: [
    'In force since $DATE$: your new data is used until you switch the setting off.',
    'En vigueur depuis le $DATE$ : vos nouvelles données sont utilisées tant que le réglage reste activé.',
    { DATE: '$1' },
  ],
  deadlineAfterOff: [
    'In force since $DATE$. You switched the setting off: your new data is not used.',
    'En vigueur depuis le $DATE$. Vous avez désactivé le réglage : vos nouvelles données ne sont pas utilisées.',
    { DATE: '$1' },
  ],
  deadlineSource: ['LinkedIn’s announcement', 'L’annonce de LinkedIn'],
  remindersTitle: ['Reminders', 'Rappels'],
  remindersSnooze: ['Not now: snooze for 30 days', 'Pas maintenant : reporter de 30 jours'],
  remindersSnoozedUntil: ['Reminders snoozed until $DATE$.', 'Rappels reportés jusqu’au $DATE$.', { DATE: '$1' }],
  remindersResume: ['Resume reminders', 'Reprendre les rappels'],
  remindersMute: ['Mute all reminders', 'Couper tous les rappels'],
  remindersRecheck: ['Once it is off, remind me to check again', 'Une fois le réglage désactivé, me rappeler de revérifier'],
  recheckEvery_one: ['every day', 'tous les jours', { DAYS: '$1' }],
  recheckEvery_other: ['every $DAYS$ days', 'tous les $DAYS$ jours', { DAYS: '$1' }],
  recheckNever: ['never', 'jamais'],
  notifCountdownTitle_one: [
    'LinkedIn starts training AI on your data in $DAYS$ day',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jour',
    { DAYS: '$1' },
  ],
  notifCountdownTitle_other: [
    'LinkedIn starts training AI on your data in $DAYS$ days',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jours',
    { DAYS: '$1' },
  ],
  notifDayTitle: ['LinkedIn starts training AI on your data today', 'LinkedIn commence aujourd’hui à entraîner l’IA sur vos données'],
  notifCountdownBody: [
    'Switch the setting off now: one click, and we check that LinkedIn saved it.',
    'Désactivez le réglage maintenant : un clic, et nous vérifions que LinkedIn l’a bien enregistré.',
  ],
  notifAfterTitle: ['LinkedIn is training AI on your data', 'LinkedIn entraîne l’IA sur vos données'],
  notifAfterBody: [
    'Your new posts and profile changes are used until you switch the setting off. One click does it.',
    'Vos nouvelles publications et modifications de profil sont utilisées tant que le réglage est activé. Un clic suffit pour le désactiver.',
  ],
  notifRecheckTitle: ['Time to check your LinkedIn AI setting again', 'Il est temps de revérifier votre réglage IA LinkedIn'],
  notifRecheckBody: [
    'LinkedIn can reset settings or add new ones. One click checks it again.',
    'LinkedIn peut réinitialiser des réglages ou en ajouter. Un clic pour revérifier.',
  ],
  notifButtonSwitchOff: ['Switch it off now', 'Désactiver maintenant'],
  notifButtonCheck: ['Check now', 'Vérifier maintenant'],
  notifButtonSnooze: ['Not now (30 days)', 'Pas maintenant (30 jours)'],
  panelReady: ['Objection form ready: check it, then press Submit yourself', 'Formulaire d’opposition prêt : vérifiez-le, puis appuyez vous-même sur Envoyer'],
  panelPartial: ['Objection form: a few steps are left for you', 'Formulaire d’opposition : il vous reste quelques étapes'],
  panelNoForm: [
    'We could not find the objection form on this page. Fill it in by hand:',
    'Nous n’avons pas trouvé le formulaire d’opposition sur cette page. Remplissez-le à la main :',
  ],
  panelDoneOption: [
    'Option chosen: objection to training content-generating AI models',
    'Option choisie : opposition à l’entraînement des modèles d’IA générative de contenu',
  ],
  panelDoneBox: ['Confirmation box ticked', 'Case de confirmation cochée'],
  panelDoneName: ['Name filled in', 'Nom saisi'],
  panelDoneEmail: ['Email filled in', 'E-mail saisi'],
  panelTodoOption: ['Choose this option:', 'Choisissez cette option :'],
  panelTodoBox: ['Tick the box that says:', 'Cochez la case qui dit :'],
  panelTodoName: ['Type your name.', 'Saisissez votre nom.'],
  panelTodoEmail: ['Type your email address.', 'Saisissez votre adresse e-mail.'],
  panelTodoSubmit: ['Check the form, then press Submit (outlined).', 'Vérifiez le formulaire, puis appuyez sur Envoyer (encadré).'],
  panelNeverSubmit: [
    'We never submit for you: the objection is your own declaration.',
    'Nous n’envoyons jamais à votre place : l’opposition est votre propre déclaration.',
  ],
  panelCopy: ['Copy', 'Copier'],
  panelClose: ['Close', 'Fermer'],
  step1Title: ['Switch off AI training', 'Désactiver l’entraînement de l’IA'],
  step2Title: ['Formal objection (optional)', 'Opposition formelle (facultatif)'],
  step3Title: ['Clean up', 'Faire le ménage'],
  stepDone: ['done', 'fait'],
  objectionWhat: [
    'Switching the setting off stops future use. A formal objection is a legal request under data protection law: it also covers AI models the switch does not, and stays valid if you stop using LinkedIn.',
    'Désactiver le réglage arrête l’utilisation future. L’opposition formelle est une demande légale au titre de la protection des données : elle couvre aussi les modèles d’IA que le réglage ne couvre pas, et reste valable si vous n’utilisez plus LinkedIn.',
  ],
  objectionDetails: ['Your details for the form (kept on this device only)', 'Vos coordonnées pour le formulaire (gardées sur cet appareil uniquement)'],
  objectionEmail: ['Your email', 'Votre e-mail'],
  buttonPrefill: ['Prefill the objection form', 'Préremplir le formulaire d’opposition'],
  objectionYouSubmit: ['You check the form and press Submit yourself.', 'Vous vérifiez le formulaire et appuyez vous-même sur Envoyer.'],
  objectionWaiting: ['Opening the form…', 'Ouverture du formulaire…'],
  objectionNoForm: [
    'We could not find the form on LinkedIn’s page: it may have changed, or you may need to sign in. Fill it in by hand:',
    'Nous n’avons pas trouvé le formulaire sur la page LinkedIn : elle a peut-être changé, ou il faut vous connecter. Remplissez-le à la main :',
  ],
  objectionSubmitted: ['Objection submitted on $DATE$.', 'Opposition envoyée le $DATE$.', { DATE: '$1' }],
  objectionCase: ['Case number: $CASE$', 'Numéro de dossier : $CASE$', { CASE: '$1' }],
  cleanupIntro: [
    'Switching the setting off does not remove data already used. To limit what can still be used, tidy up:',
    'Désactiver le réglage ne retire pas les données déjà utilisées. Pour limiter ce qui peut encore servir, faites le ménage :',
  ],
  cleanupCv: ['Remove old CVs saved for job applications', 'Supprimez les anciens CV enregistrés pour les candidatures'],
  cleanupPosts: ['Delete old posts and comments you no longer want used', 'Supprimez les anciennes publications et les commentaires dont vous ne voulez plus'],
  cleanupDetails: [
    'Remove personal details from your profile (phone, address, birthday)',
    'Retirez les informations personnelles de votre profil (téléphone, adresse, anniversaire)',
  ],
  cleanupDone: ['I have tidied up', 'J’ai fait le ménage'],
  recordTitle: ['Your record', 'Votre dossier'],
  recordSwitch: ['Setting switched off and verified on $DATE$.', 'Réglage désactivé et vérifié le $DATE$.', { DATE: '$1' }],
  recordNoSwitch: ['Setting: not verified off yet.', 'Réglage : désactivation pas encore vérifiée.'],
  recordNoObjection: ['Objection: not submitted yet.', 'Opposition : pas encore envoyée.'],
  exportJson: ['Export as JSON', 'Exporter en JSON'],
  exportText: ['Export as text', 'Exporter en texte'],
  settingsTitle: ['Settings', 'Réglages'],
  noticeStorageReset: [
    'Some saved data could not be read and was reset: $WHAT$. Everything else, your record included, was kept.',
    'Des données enregistrées étaient illisibles et ont été réinitialisées : $WHAT$. Tout le reste, votre dossier compris, a été conservé.',
    { WHAT: '$1' },
  ],
  noticeDismiss: ['OK', 'OK'],
  storageKey_prefs: ['your preferences', 'vos préférences'],
  storageKey_audit: ['the last check', 'la dernière vérification'],
  storageKey_run: ['a check in progress', 'une vérification en cours'],
  storageKey_reminders: ['the reminder history', 'l’historique des rappels'],
  storageKey_objection: ['the objection record', 'le suivi de l’opposition'],
  storageKey_profile: ['your details for the form', 'vos coordonnées pour le formulaire'],
  storageKey_walkthrough: ['the walkthrough progress', 'la progression des étapes'],
  // lead lane
  noticeNewerData: [
    'This copy of the extension is older than the data it finds, written by a newer version. It changes nothing until you update it.',
    'Cette copie de l’extension est plus ancienne que les données qu’elle trouve, écrites par une version plus récente. Elle ne modifie rien tant que vous ne l’avez pas mise à jour.',
  ],
  problemNotSavedBody_one: [
    'We switched the setting off $COUNT$ time, and a fresh load of the page still showed it on: LinkedIn did not save the change. Try again in a few minutes, or switch it off by hand.',
    'Nous avons désactivé le réglage $COUNT$ fois, et un nouveau chargement de la page le montrait encore activé : LinkedIn n’a pas enregistré le changement. Réessayez dans quelques minutes, ou désactivez-le à la main.',
    { COUNT: '$1' },
  ],
  problemNotSavedBody_other: [
    'We switched the setting off $COUNT$ times, and each time a fresh load of the page still showed it on: LinkedIn did not save the change. Try again in a few minutes, or switch it off by hand.',
    'Nous avons désactivé le réglage $COUNT$ fois, et à chaque fois un nouveau chargement de la page le montrait encore activé : LinkedIn n’a pas enregistré le changement. Réessayez dans quelques minutes, ou désactivez-le à la main.',
    { COUNT: '$1' },
  ],
  // popup lane
  settingsAndDetails: ['Settings and details', 'Réglages et détails'],
  summaryNotYet: ['Not done yet', 'Pas encore fait'],
  summaryDone: ['Done', 'Fait'],
  summaryNoForm: ['Form not found: fill it in by hand', 'Formulaire introuvable : remplissez-le à la main'],
  // objection lane
  panelTodoCaptcha: ["Tick “I'm not a robot” if the form shows it.", 'Cochez « Je ne suis pas un robot » si le formulaire l’affiche.'],
  objectionFirstName: ['Your first name', 'Votre prénom'],
  objectionLastName: ['Your last name', 'Votre nom de famille'],
  objectionLegacyName: [
    'We kept your name as you typed it: “$NAME$”. Please type your first and last name.',
    'Nous avons gardé votre nom tel que vous l’aviez saisi : « $NAME$ ». Saisissez votre prénom et votre nom de famille.',
    { NAME: '$1' },
  ],
  objectionTooLong: ['Too long: at most $MAX$ characters. Not saved.', 'Trop long : $MAX$ caractères au plus. Non enregistré.', { MAX: '$1' }],
  objectionEmailInvalid: [
    'This does not look like an email address (name@example.org). Not saved.',
    'Ceci ne ressemble pas à une adresse e-mail (nom@exemple.fr). Non enregistré.',
  ],
  objectionNotSaved: ['This value could not be saved. Please try again.', 'Impossible d’enregistrer cette valeur. Réessayez.'],
  objectionEndedLeftForm: [
    'The prefill stopped: its tab left the objection form. Press the button above to open the form again.',
    'Le préremplissage s’est arrêté : son onglet a quitté le formulaire d’opposition. Appuyez sur le bouton ci-dessus pour rouvrir le formulaire.',
  ],
  objectionEndedTabClosed: [
    'The prefill stopped: its tab was closed. Press the button above to open the form again.',
    'Le préremplissage s’est arrêté : son onglet a été fermé. Appuyez sur le bouton ci-dessus pour rouvrir le formulaire.',
  ],
  objectionEndedExpired: [
    'The prefill stopped after 30 minutes. Press the button above to open the form again.',
    'Le préremplissage s’est arrêté après 30 minutes. Appuyez sur le bouton ci-dessus pour rouvrir le formulaire.',
  ],
  // firefox lane
  accessTitle: ['No access to LinkedIn', 'Pas d’accès à LinkedIn'],
  accessBody: [
    'Your browser does not let this extension open LinkedIn’s settings page, so it cannot check or switch off the setting. It needs access to www.linkedin.com only, and sends nothing anywhere.',
    'Votre navigateur ne permet pas à cette extension d’ouvrir la page de paramètres de LinkedIn : elle ne peut donc ni vérifier ni désactiver le paramètre. Elle n’a besoin que d’un accès à www.linkedin.com et n’envoie rien nulle part.',
  ],
  buttonAllowAccess: ['Allow access to LinkedIn and check', 'Autoriser l’accès à LinkedIn et vérifier'],
  accessDeclined: [
    'Access was not allowed. Press the button again, or allow it in your browser’s extension settings (Firefox: Add-ons, this extension, Permissions; Chrome: Extensions, Details, Site access). The manual steps below always work.',
    'L’accès n’a pas été autorisé. Appuyez de nouveau sur le bouton, ou autorisez-le dans les réglages des extensions de votre navigateur (Firefox : Modules complémentaires, cette extension, Permissions ; Chrome : Extensions, Détails, Accès aux sites). Les étapes à la main ci-dessous fonctionnent toujours.',
  ],
  // privacy check (issue 14)
  settingNameAi: ['Data for generative AI improvement', 'Données pour l’amélioration de l’IA générative'],
  settingNameResearch: ['Data for research', 'Données pour la recherche'],
  settingNamePartners: ['Sharing with affiliates and select partners', 'Partage avec les sociétés affiliées et des partenaires choisis'],
  settingNameMarketingProfile: ['Profile and activity for LinkedIn’s marketing', 'Profil et activité pour le marketing de LinkedIn'],
  settingNameMarketingEmails: ['Tips about LinkedIn by e-mail', 'Conseils sur LinkedIn par e-mail'],
  settingNameAdsAge: ['Ads by age range', 'Publicités selon votre tranche d’âge'],
  settingNameAdsGender: ['Ads by gender', 'Publicités selon votre genre'],
  settingNameAdsOffLinkedIn: ['Ads outside of LinkedIn', 'Publicités en dehors de LinkedIn'],
  settingNameAdsBusinessData: ['Ads from data you gave to businesses', 'Publicités à partir des données confiées à des entreprises'],
  settingNameAdsInsights: ['Your data for ad insights', 'Vos données pour les statistiques publicitaires'],
  settingNameAdsLocation: ['Ads by inferred city', 'Publicités selon votre ville supposée'],
  settingNameAdsInterests: ['Ads by inferred interests and traits', 'Publicités selon vos centres d’intérêt supposés'],
  settingNameCookies: ['Non-essential cookies', 'Cookies non essentiels'],
  settingWhatAi: [
    'When on, LinkedIn trains content-creating AI on your data and posts.',
    'Activé, LinkedIn entraîne une IA de création de contenu avec vos données et vos publications.',
  ],
  settingWhatResearch: [
    'When on, your data is shared for research with third parties.',
    'Activé, vos données sont partagées avec des tiers pour la recherche.',
  ],
  settingWhatPartners: [
    'When on, your data is shared with Microsoft and other affiliates and partners.',
    'Activé, vos données sont partagées avec Microsoft, d’autres sociétés affiliées et des partenaires.',
  ],
  settingWhatMarketingProfile: [
    'When on, LinkedIn uses your profile and activity to advertise itself to you elsewhere.',
    'Activé, LinkedIn utilise votre profil et votre activité pour vous faire de la publicité ailleurs.',
  ],
  settingWhatMarketingEmails: [
    'When on, LinkedIn sends you e-mails with tips. No data leaves LinkedIn, so it is not ticked for you.',
    'Activé, LinkedIn vous envoie des conseils par e-mail. Aucune donnée ne quitte LinkedIn : à vous de choisir, ce n’est pas coché d’office.',
  ],
  settingWhatAdsAge: ['When on, advertisers can target you by your age range.', 'Activé, les annonceurs peuvent vous cibler selon votre tranche d’âge.'],
  settingWhatAdsGender: [
    'When on, advertisers can target you by the gender LinkedIn infers.',
    'Activé, les annonceurs peuvent vous cibler selon le genre que LinkedIn vous attribue.',
  ],
  settingWhatAdsOffLinkedIn: [
    'When on, your LinkedIn data personalises ads on other sites and apps.',
    'Activé, vos données LinkedIn personnalisent les publicités sur d’autres sites et applications.',
  ],
  settingWhatAdsBusinessData: [
    'When on, data you gave to businesses (e-mail lists, visits) is used for ads.',
    'Activé, les données confiées à des entreprises (listes d’e-mails, visites) servent aux publicités.',
  ],
  settingWhatAdsInsights: [
    'When on, your actions after seeing an ad are measured for advertisers.',
    'Activé, vos actions après une publicité sont mesurées pour les annonceurs.',
  ],
  settingWhatAdsLocation: [
    'When on, advertisers can target you by the city LinkedIn infers.',
    'Activé, les annonceurs peuvent vous cibler selon la ville que LinkedIn suppose.',
  ],
  settingWhatAdsInterests: [
    'When on, advertisers can target you by interests and traits LinkedIn infers.',
    'Activé, les annonceurs peuvent vous cibler selon les centres d’intérêt que LinkedIn suppose.',
  ],
  settingWhatCookies: [
    'When on, LinkedIn and its partners set cookies that are not needed for the site to work.',
    'Activé, LinkedIn et ses partenaires déposent des cookies inutiles au fonctionnement du site.',
  ],
  categoryAi: ['AI', 'IA'],
  categorySharing: ['Data sharing', 'Partage de données'],
  categoryMarketing: ['Marketing', 'Marketing'],
  categoryAds: ['Advertising', 'Publicité'],
  categoryCookies: ['Cookies', 'Cookies'],
  privacyTitle: ['Privacy check', 'Bilan de confidentialité'],
  privacyIntro: [
    'LinkedIn has thirteen switches that hand your data to someone: AI training, research, partners, advertisers, cookies. Tick the ones to switch off: we go through their pages one by one in a background tab, switch each off and check it on a fresh load.',
    'LinkedIn a treize réglages qui confient vos données à quelqu’un : entraînement de l’IA, recherche, partenaires, annonceurs, cookies. Cochez ceux à désactiver : nous parcourons leurs pages une à une dans un onglet en arrière-plan, désactivons chacun et le vérifions sur une page rechargée.',
  ],
  privacyRecommended: ['recommended', 'recommandé'],
  privacyRun: ['Check & switch off the ticked settings', 'Vérifier et désactiver les réglages cochés'],
  privacyRunAudit: ['Check the ticked settings', 'Vérifier les réglages cochés'],
  privacyRunShort: ['Run the privacy check', 'Lancer le bilan'],
  privacyRunButton: ['Run', 'Lancer'],
  privacyNoneTicked: ['Tick at least one setting.', 'Cochez au moins un réglage.'],
  privacyProgress: ['Privacy check: $DONE$ of $TOTAL$', 'Bilan : $DONE$ sur $TOTAL$', { DONE: '$1', TOTAL: '$2' }],
  privacyNever: ['Not run yet: 12 more data and ads switches', 'Pas encore lancé : 12 autres réglages de données et de publicité'],
  privacyCounts: ['$OFF$ of $TOTAL$ verified off', '$OFF$ sur $TOTAL$ désactivés et vérifiés', { OFF: '$1', TOTAL: '$2' }],
  privacyOnCount_one: ['$COUNT$ on', '$COUNT$ activé', { COUNT: '$1' }],
  privacyOnCount_other: ['$COUNT$ on', '$COUNT$ activés', { COUNT: '$1' }],
  privacyOpenCount_one: ['$COUNT$ not checked', '$COUNT$ non vérifié', { COUNT: '$1' }],
  privacyOpenCount_other: ['$COUNT$ not checked', '$COUNT$ non vérifiés', { COUNT: '$1' }],
  rowOff: ['Off · verified $WHEN$', 'Désactivé · vérifié $WHEN$', { WHEN: '$1' }],
  rowOn: ['On · seen $WHEN$', 'Activé · vu $WHEN$', { WHEN: '$1' }],
  rowUnchecked: ['Not checked', 'Non vérifié'],
  rowProblem: ['Could not check: $WHY$', 'Vérification impossible : $WHY$', { WHY: '$1' }],
  privacyChanged: [
    'Switched off by this check (open a page to switch it back by hand):',
    'Désactivés par ce bilan (ouvrez une page pour les réactiver à la main) :',
  ],
  privacyOpenPage: ['Open its page', 'Ouvrir sa page'],
  privacyFinished: ['Finished $WHEN$.', 'Terminé $WHEN$.', { WHEN: '$1' }],
  privacyEndedInterrupted: [
    'The check stopped: its tab was closed or left. Run it again to finish.',
    'Le bilan s’est arrêté : son onglet a été fermé ou a changé de page. Relancez-le pour le terminer.',
  ],
  privacyEndedSignedOut: [
    'The check stopped: LinkedIn asked you to sign in. Sign in, then run it again; the settings it did not reach show “Not checked”.',
    'Le bilan s’est arrêté : LinkedIn vous demande de vous connecter. Connectez-vous, puis relancez-le ; les réglages non atteints sont marqués « Non vérifié ».',
  ],
  privacyEndedCheckpoint: [
    'The check stopped: LinkedIn asked you to confirm it’s you. Do so on LinkedIn, then run it again.',
    'Le bilan s’est arrêté : LinkedIn vous demande de confirmer votre identité. Faites-le sur LinkedIn, puis relancez-le.',
  ],
  foundTitle: ['New on LinkedIn', 'Nouveau sur LinkedIn'],
  foundSwitchOn: [
    'LinkedIn shows a switch we do not know yet: “$LABEL$”, currently on.',
    'LinkedIn affiche un réglage que nous ne connaissons pas encore : « $LABEL$ », actuellement activé.',
    { LABEL: '$1' },
  ],
  foundSwitchOff: [
    'LinkedIn shows a switch we do not know yet: “$LABEL$”, currently off.',
    'LinkedIn affiche un réglage que nous ne connaissons pas encore : « $LABEL$ », actuellement désactivé.',
    { LABEL: '$1' },
  ],
  foundEntry: [
    'LinkedIn lists a setting we do not know yet: “$LABEL$”.',
    'LinkedIn liste un réglage que nous ne connaissons pas encore : « $LABEL$ ».',
    { LABEL: '$1' },
  ],
  foundNeverClicked: [
    'We never touch it: look at it and switch it off by hand if you wish.',
    'Nous n’y touchons jamais : regardez-le et désactivez-le à la main si vous le souhaitez.',
  ],
  reportButton: ['Copy a report for the maintainers', 'Copier un rapport pour les mainteneurs'],
  reportIntro: [
    'This is all the report holds: the page, the labels and hooks of its switches, the extension’s version and language. No name, no account data. Nothing is sent: paste it into a new issue on the project’s tracker.',
    'Voici tout le contenu du rapport : la page, les libellés et repères de ses réglages, la version et la langue de l’extension. Aucun nom, aucune donnée de compte. Rien n’est envoyé : collez-le dans un nouveau ticket du projet.',
  ],
  reportCopied: ['Copied. Paste it into a new issue.', 'Copié. Collez-le dans un nouveau ticket.'],
  manualStepLink: ['Open the setting’s page on LinkedIn (the link below).', 'Ouvrez la page du réglage sur LinkedIn (le lien ci-dessous).'],
  badgeTitleOthersOn_one: [
    'AI training is off, but $COUNT$ setting you chose is on',
    'L’entraînement de l’IA est désactivé, mais $COUNT$ réglage choisi est activé',
    { COUNT: '$1' },
  ],
  badgeTitleOthersOn_other: [
    'AI training is off, but $COUNT$ settings you chose are on',
    'L’entraînement de l’IA est désactivé, mais $COUNT$ réglages choisis sont activés',
    { COUNT: '$1' },
  ],
  badgeTitleOthersOpen_one: [
    'AI training is off; $COUNT$ setting you chose is not verified off',
    'L’entraînement de l’IA est désactivé ; $COUNT$ réglage choisi n’est pas vérifié',
    { COUNT: '$1' },
  ],
  badgeTitleOthersOpen_other: [
    'AI training is off; $COUNT$ settings you chose are not verified off',
    'L’entraînement de l’IA est désactivé ; $COUNT$ réglages choisis ne sont pas vérifiés',
    { COUNT: '$1' },
  ],
  // services lane: X and ChatGPT
  settingNameXGrok: ['Grok training', 'Entraînement de Grok'],
  settingWhatXGrok: [
    'When on, X and xAI use your posts and your conversations with Grok to train their AI.',
    'Activé, X et xAI utilisent vos publications et vos conversations avec Grok pour entraîner leur IA.',
  ],
  settingNameXLocation: ['Places you’ve been', 'Lieux où vous êtes allé'],
  settingWhatXLocation: [
    'When on, X uses the places you’ve been to personalize what you see, ads included.',
    'Activé, X utilise les lieux où vous êtes allé pour personnaliser ce que vous voyez, publicités comprises.',
  ],
  settingNameXPartners: ['Sharing with business partners', 'Partage avec les partenaires commerciaux'],
  settingWhatXPartners: [
    'When on, X shares information about you with its business partners.',
    'Activé, X partage des informations sur vous avec ses partenaires commerciaux.',
  ],
  settingNameXOffX: ['Your activity outside X', 'Votre activité hors de X'],
  settingWhatXOffX: [
    'When on, X uses your visits to other sites and apps to personalize what you see.',
    'Activé, X utilise vos visites d’autres sites et applis pour personnaliser ce que vous voyez.',
  ],
  settingNameXAds: ['Personalized ads', 'Publicités personnalisées'],
  settingWhatXAds: [
    'When on, X picks the ads you see from your activity and interests.',
    'Activé, X choisit les publicités que vous voyez d’après votre activité et vos centres d’intérêt.',
  ],
  settingNameChatGpt: ['Training on your chats', 'Entraînement sur vos conversations'],
  settingWhatChatGpt: [
    'When on (“Improve the model for everyone”), OpenAI uses your conversations to train its models.',
    'Activé (« Improve the model for everyone »), OpenAI utilise vos conversations pour entraîner ses modèles.',
  ],
  servicesTitle: ['Other services', 'Autres services'],
  servicesIntro: [
    'The same check for other services that use your data for AI. Adding one asks your browser for access to that site only, and checks it at once; removing it gives the access back.',
    'La même vérification pour d’autres services qui utilisent vos données pour l’IA. En ajouter un demande à votre navigateur l’accès à ce site seulement, et le vérifie aussitôt ; le retirer rend cet accès.',
  ],
  serviceAdd: ['Add $SERVICE$', 'Ajouter $SERVICE$', { SERVICE: '$1' }],
  serviceRemove: ['Remove $SERVICE$', 'Retirer $SERVICE$', { SERVICE: '$1' }],
  serviceNotAdded: ['Not added', 'Non ajouté'],
  serviceDeclined: [
    'Your browser did not give access to $SERVICE$, so it was not added.',
    'Votre navigateur n’a pas donné accès à $SERVICE$ : le service n’a pas été ajouté.',
    { SERVICE: '$1' },
  ],
  serviceUnverified: [
    'Built from public descriptions of $SERVICE$’s pages, not tested on them: if a setting cannot be found, switch it off by hand with the steps shown.',
    'Conçu d’après des descriptions publiques des pages de $SERVICE$, sans test sur celles-ci : si un réglage est introuvable, désactivez-le à la main en suivant les étapes affichées.',
    { SERVICE: '$1' },
  ],
  serviceManualStep: [
    'Open this setting’s page on $SERVICE$ and switch it off there.',
    'Ouvrez la page de ce réglage sur $SERVICE$ et désactivez-le là.',
    { SERVICE: '$1' },
  ],
  serviceSignedOut: [
    '$SERVICE$ asked you to sign in. Sign in there, then check again.',
    '$SERVICE$ vous a demandé de vous connecter. Connectez-vous, puis vérifiez à nouveau.',
    { SERVICE: '$1' },
  ],
  serviceSignedOutShort: ['Signed out of $SERVICE$', 'Déconnecté de $SERVICE$', { SERVICE: '$1' }],
  serviceProgress: ['Checking: $DONE$ of $TOTAL$', 'Vérification : $DONE$ sur $TOTAL$', { DONE: '$1', TOTAL: '$2' }],
  serviceRejected: ['$SERVICE$ didn’t save the change', '$SERVICE$ n’a pas enregistré la modification', { SERVICE: '$1' }],
  serviceSignIn: ['Open $SERVICE$ to sign in', 'Ouvrir $SERVICE$ pour vous connecter', { SERVICE: '$1' }],
  serviceConfirming: ['Checking that $SERVICE$ saved it', 'Vérification de l’enregistrement par $SERVICE$', { SERVICE: '$1' }],
  // more-services lane: Claude, Quora, Grammarly, Anthropic's date, the services with no switch
  settingNameClaude: ['Training on your chats and coding sessions', 'Entraînement sur vos conversations et sessions de code'],
  settingWhatClaude: [
    'When on (“Help improve Claude”), Anthropic uses your chats and coding sessions to train its models.',
    'Activé (« Help improve Claude »), Anthropic utilise vos conversations et sessions de code pour entraîner ses modèles.',
  ],
  settingNameQuora: ['Training on what you write', 'Entraînement sur ce que vous écrivez'],
  settingWhatQuora: [
    'When on (“Allow large language models to be trained on your content”), what you write on Quora may be used to train large language models.',
    'Activé (« Allow large language models to be trained on your content »), ce que vous écrivez sur Quora peut servir à entraîner de grands modèles de langage.',
  ],
  settingNameGrammarly: ['Product improvement and training', 'Amélioration du produit et entraînement'],
  settingWhatGrammarly: [
    'When on (“Product Improvement and Training”), Grammarly uses the text you write with it to improve its product and train its models.',
    'Activé (« Product Improvement and Training »), Grammarly utilise les textes que vous rédigez avec lui pour améliorer son produit et entraîner ses modèles.',
  ],
  serviceSinceClaude: [
    'Anthropic’s new terms let it train its models on Claude chats and coding sessions; each user had to choose by this date, and the setting stays on until switched off.',
    'Les nouvelles conditions d’Anthropic lui permettent d’entraîner ses modèles sur les conversations et sessions de code Claude ; chacun devait choisir avant cette date, et le réglage reste activé tant qu’il n’est pas désactivé.',
  ],
  noControlTitle: ['Services with no setting to switch off', 'Services sans réglage à désactiver'],
  noControlIntro: [
    'These services give you no setting of your own, so there is nothing for the extension to check or switch off. What each one says:',
    'Ces services ne vous offrent aucun réglage : l’extension n’a rien à vérifier ni à désactiver. Ce que chacun indique :',
  ],
  noControlLicensed: ['Licenses what its users post to AI companies.', 'Accorde des licences sur ce que publient ses utilisateurs à des entreprises d’IA.'],
  noControlMedium: [
    'Says it does not allow AI training on your writing by default.',
    'Indique ne pas autoriser par défaut l’entraînement d’IA sur vos textes.',
  ],
  noControlZoom: ['Says it does not use the content of your meetings to train AI.', 'Indique ne pas utiliser le contenu de vos réunions pour entraîner l’IA.'],
  noControlSlack: [
    'Only a workspace owner can ask Slack, by e-mail, to leave the workspace’s data out of its AI models; members have no setting of their own.',
    'Seul le propriétaire d’un espace de travail peut demander à Slack, par e-mail, d’exclure les données de l’espace de ses modèles d’IA ; les membres n’ont aucun réglage.',
  ],
  servicesOff_one: ['$COUNT$ service verified off', '$COUNT$ service vérifié désactivé', { COUNT: '$1' }],
  servicesOff_other: ['$COUNT$ services verified off', '$COUNT$ services vérifiés désactivés', { COUNT: '$1' }],
  serviceSinceMeta: [
    'Meta trains its AI on what adults in the EU share publicly on Facebook and Instagram since this date; an objection stops it for your data from then on.',
    'Meta entraîne son IA sur ce que les adultes de l’UE partagent publiquement sur Facebook et Instagram depuis cette date ; une opposition l’arrête pour vos données à partir de là.',
  ],
  metaWhat: [
    'Meta offers no setting for this: it takes objections through a form on Facebook and one on Instagram. We open each form, fill in your email, country and explanation, and outline Submit; you check it and press Submit yourself. Meta confirms by email.',
    'Meta n’offre aucun réglage pour cela : il reçoit les oppositions par un formulaire sur Facebook et un autre sur Instagram. Nous ouvrons chaque formulaire, y saisissons votre e-mail, votre pays et votre explication, et encadrons Envoyer ; vous le vérifiez et appuyez vous-même sur Envoyer. Meta confirme par e-mail.',
  ],
  metaWhere: [
    'For people living in the EU/EEA, the UK and Switzerland. Meta offers no objection in the United States.',
    'Pour les personnes qui vivent dans l’UE/EEE, au Royaume-Uni et en Suisse. Meta ne propose aucune opposition aux États-Unis.',
  ],
  metaUnverified: [
    'Built from public descriptions of Meta’s forms, not tested on them: if a field cannot be found, fill it in by hand with the steps shown.',
    'Conçu d’après des descriptions publiques des formulaires de Meta, sans test sur ceux-ci : si un champ est introuvable, remplissez-le à la main en suivant les étapes affichées.',
  ],
  metaDetails: [
    'Your details for Meta’s forms (kept on this device only)',
    'Vos coordonnées pour les formulaires de Meta (gardées sur cet appareil uniquement)',
  ],
  metaCountry: ['Your country of residence', 'Votre pays de résidence'],
  metaCountryNone: ['Choose…', 'Choisir…'],
  metaExplanation: [
    'Why you object (used as written: read it, edit it if you like)',
    'Pourquoi vous vous opposez (utilisé tel quel : lisez-le, modifiez-le si vous voulez)',
  ],
  metaExplanationDefault: [
    'I object to Meta using my information to develop and improve AI at Meta.',
    'Je m’oppose à ce que Meta utilise mes informations pour développer et améliorer l’IA chez Meta.',
  ],
  metaPrefill: ['Open and prefill the $FORM$ objection form', 'Ouvrir et préremplir le formulaire d’opposition $FORM$', { FORM: '$1' }],
  metaNoForm: [
    'We could not find the objection form on Meta’s page: it may have changed, or you may need to sign in. Fill it in by hand:',
    'Nous n’avons pas trouvé le formulaire d’opposition sur la page de Meta : elle a peut-être changé, ou il faut vous connecter. Remplissez-le à la main :',
  ],
  panelDoneCountry: ['Country of residence chosen', 'Pays de résidence choisi'],
  panelDoneExplanation: ['Explanation filled in', 'Explication saisie'],
  panelTodoCountry: ['Choose your country of residence.', 'Choisissez votre pays de résidence.'],
  panelTodoExplanation: ['Explain why you object, for example:', 'Expliquez pourquoi vous vous opposez, par exemple :'],
};

// Each key's concept (see the glossary): written into messages.json as its description,
// and checked in every language by tests/unit/locales.test.ts. A new key goes in one list
// (a plural key by its base name, without _one/_other).
const CONCEPT = {
  switch: [
    'settingNameXGrok',
    'settingWhatXGrok',
    'settingNameXLocation',
    'settingWhatXLocation',
    'settingNameXPartners',
    'settingWhatXPartners',
    'settingNameXOffX',
    'settingWhatXOffX',
    'settingNameXAds',
    'settingWhatXAds',
    'settingNameChatGpt',
    'settingWhatChatGpt',
    'settingNameClaude',
    'settingWhatClaude',
    'settingNameQuora',
    'settingWhatQuora',
    'settingNameGrammarly',
    'settingWhatGrammarly',
    'serviceSinceClaude',
    'noControlTitle',
    'noControlIntro',
    'noControlLicensed',
    'noControlMedium',
    'noControlZoom',
    'noControlSlack',
    'serviceUnverified',
    'serviceManualStep',
    'settingNameAi',
    'settingNameResearch',
    'settingNamePartners',
    'settingNameMarketingProfile',
    'settingNameMarketingEmails',
    'settingNameAdsAge',
    'settingNameAdsGender',
    'settingNameAdsOffLinkedIn',
    'settingNameAdsBusinessData',
    'settingNameAdsInsights',
    'settingNameAdsLocation',
    'settingNameAdsInterests',
    'settingNameCookies',
    'settingWhatAi',
    'settingWhatResearch',
    'settingWhatPartners',
    'settingWhatMarketingProfile',
    'settingWhatMarketingEmails',
    'settingWhatAdsAge',
    'settingWhatAdsGender',
    'settingWhatAdsOffLinkedIn',
    'settingWhatAdsBusinessData',
    'settingWhatAdsInsights',
    'settingWhatAdsLocation',
    'settingWhatAdsInterests',
    'settingWhatCookies',
    'privacyIntro',
    'privacyRun',
    'privacyRunAudit',
    'privacyRunShort',
    'privacyRunButton',
    'privacyChanged',
    'privacyEndedInterrupted',
    'foundSwitchOn',
    'foundSwitchOff',
    'foundNeverClicked',
    'manualStepLink',
    'badgeTitleOthersOn',
    'badgeTitleOthersOpen',
    'extDescription',
    'statusUnknown',
    'statusUnchecked',
    'statusOff',
    'statusOn',
    'statusRunning',
    'verifiedAgo',
    'checkedAgo',
    'leftOnBody',
    'offBody',
    'uncheckedBody',
    'buttonCheckSwitchOff',
    'buttonAudit',
    'buttonAuditAll',
    'buttonSwitchOffNow',
    'buttonCheckAgain',
    'buttonRunning',
    'stepOpening',
    'stepSearching',
    'stepSwitching',
    'stepConfirming',
    'problemNotFoundTitle',
    'problemNotFoundBody',
    'problemAmbiguousTitle',
    'problemAmbiguousBody',
    'problemRejectedTitle',
    'problemRejectedBody',
    'problemRejectedUnclear',
    'problemNotSavedBody',
    'problemRejectedToast',
    'problemInterruptedTitle',
    'problemInterruptedTabClosed',
    'problemInterruptedLeftPage',
    'problemInterruptedNoAnswer',
    'manualTitle',
    'manualStep1',
    'manualStep2',
    'manualStep3',
    'manualStep4',
    'manualOpenPage',
    'auditOnlyLabel',
    'auditOnlyHint',
    'badgeOn',
    'badgeTitleOff',
    'badgeTitleOn',
    'badgeTitleRunning',
    'badgeTitleProblem',
    'badgeDays',
    'badgeTitleDays',
    'badgeTitleInForce',
    'deadlineMeaning',
    'deadlineBefore',
    'deadlineToday',
    'deadlineAfter',
    'deadlineAfterOff',
    'remindersRecheck',
    'recheckEvery',
    'notifCountdownTitle',
    'notifDayTitle',
    'notifCountdownBody',
    'notifAfterTitle',
    'notifAfterBody',
    'notifRecheckTitle',
    'notifRecheckBody',
    'notifButtonSwitchOff',
    'notifButtonCheck',
    'step1Title',
    'cleanupIntro',
    'recordSwitch',
    'recordNoSwitch',
    'storageKey_audit',
    'storageKey_run',
  ],
  object: [
    'panelReady',
    'panelPartial',
    'panelNoForm',
    'panelDoneOption',
    'panelNeverSubmit',
    'step2Title',
    'objectionWhat',
    'buttonPrefill',
    'objectionSubmitted',
    'recordNoObjection',
    'storageKey_objection',
    'objectionEndedLeftForm',
    'serviceSinceMeta',
    'metaWhat',
    'metaWhere',
    'metaExplanation',
    'metaExplanationDefault',
    'metaPrefill',
    'metaNoForm',
    'panelTodoExplanation',
  ],
  'sign-in': [
    'privacyEndedSignedOut',
    'privacyEndedCheckpoint',
    'buttonSignIn',
    'problemSignedOutTitle',
    'problemSignedOutBody',
    'serviceSignedOut',
    'serviceSignedOutShort',
    'serviceSignIn',
  ],
  other: [
    'servicesOff',
    'serviceConfirming',
    'serviceRejected',
    'servicesTitle',
    'servicesIntro',
    'serviceAdd',
    'serviceRemove',
    'serviceNotAdded',
    'serviceDeclined',
    'serviceProgress',
    'categoryAi',
    'categorySharing',
    'categoryMarketing',
    'categoryAds',
    'categoryCookies',
    'privacyTitle',
    'privacyRecommended',
    'privacyNoneTicked',
    'foundTitle',
    'foundEntry',
    'reportButton',
    'reportIntro',
    'reportCopied',
    'privacyOpenPage',
    'privacyFinished',
    'rowUnchecked',
    'rowProblem',
    'privacyCounts',
    'privacyOpenCount',
    'privacyOnCount',
    'privacyProgress',
    'privacyNever',
    'rowOn',
    'rowOff',
    'accessTitle',
    'accessBody',
    'buttonAllowAccess',
    'accessDeclined',
    'objectionEndedTabClosed',
    'objectionEndedExpired',
    'panelTodoCaptcha',
    'objectionFirstName',
    'objectionLastName',
    'objectionLegacyName',
    'objectionTooLong',
    'objectionEmailInvalid',
    'objectionNotSaved',
    'noticeNewerData',
    'settingsAndDetails',
    'summaryNotYet',
    'summaryDone',
    'summaryNoForm',
    'locale',
    'extName',
    'extShortName',
    'justNow',
    'buttonTryAgain',
    'problemNoWorker',
    'deadlineSource',
    'remindersTitle',
    'remindersSnooze',
    'remindersSnoozedUntil',
    'remindersResume',
    'remindersMute',
    'recheckNever',
    'notifButtonSnooze',
    'panelDoneBox',
    'panelDoneName',
    'panelDoneEmail',
    'panelTodoOption',
    'panelTodoBox',
    'panelTodoName',
    'panelTodoEmail',
    'panelTodoSubmit',
    'panelCopy',
    'panelClose',
    'step3Title',
    'stepDone',
    'objectionDetails',
    'objectionEmail',
    'objectionYouSubmit',
    'objectionWaiting',
    'objectionNoForm',
    'objectionCase',
    'cleanupCv',
    'cleanupPosts',
    'cleanupDetails',
    'cleanupDone',
    'recordTitle',
    'exportJson',
    'exportText',
    'settingsTitle',
    'noticeStorageReset',
    'noticeDismiss',
    'storageKey_prefs',
    'storageKey_reminders',
    'storageKey_profile',
    'storageKey_walkthrough',
    'metaUnverified',
    'metaDetails',
    'metaCountry',
    'metaCountryNone',
    'panelDoneCountry',
    'panelDoneExplanation',
    'panelTodoCountry',
  ],
};

const MORE = { de, es, it, nl, pt };
const tokens = (text) =>
  [...text.matchAll(/\$[A-Z]+\$/g)]
    .map((m) => m[0])
    .sort()
    .join(',');
const problems = [];
const table = { en: {}, fr: {} };
for (const [key, row] of Object.entries(M)) {
  table.en[key] = row[0];
  table.fr[key] = row[1];
}
for (const [lang, texts] of Object.entries(MORE)) {
  table[lang] = texts;
  for (const key of Object.keys(texts)) if (!(key in M)) problems.push(`${lang}: extra key ${key}`);
}

// Plural keys: `base_<category>`; every base must have at least `one` and `other`.
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const plurals = {};
for (const key of Object.keys(M)) {
  const m = PLURAL.exec(key);
  if (!m) continue;
  plurals[m[1]] ??= [];
  plurals[m[1]].push(m[2]);
}
for (const [base, forms] of Object.entries(plurals)) {
  if (!forms.includes('one') || !forms.includes('other')) problems.push(`${base}: a plural needs at least _one and _other`);
}
const baseOf = (key) => PLURAL.exec(key)?.[1] ?? key;

const conceptOf = {};
for (const [concept, keys] of Object.entries(CONCEPT)) {
  for (const key of keys) {
    if (conceptOf[key]) problems.push(`${key}: two concepts, ${conceptOf[key]} and ${concept}`);
    conceptOf[key] = concept;
  }
}
for (const key of Object.keys(M)) {
  if (!conceptOf[baseOf(key)]) problems.push(`${key}: no concept; add it to CONCEPT in scripts/locales.mjs (${Object.keys(CONCEPT).join(', ')})`);
}
for (const key of Object.keys(conceptOf)) if (!(key in M) && !(key in plurals)) problems.push(`CONCEPT lists ${key}, which is not a key`);

function description(key) {
  const concept = conceptOf[baseOf(key)];
  const plural = PLURAL.exec(key);
  const notes = [`concept: ${concept}`];
  if (plural) notes.push(`plural form "${plural[2]}" of ${plural[1]} (chosen with Intl.PluralRules)`);
  if (key === 'locale') notes.push('the BCP 47 language of these texts, used to format dates and numbers; not shown');
  return notes.join('; ');
}

for (const [lang, texts] of Object.entries(table)) {
  const out = {};
  for (const [key, row] of Object.entries(M)) {
    const message = texts[key];
    if (message === undefined) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    if (tokens(message) !== tokens(row[0])) problems.push(`${lang}: ${key} has placeholders ${tokens(message)}, English has ${tokens(row[0])}`);
    out[key] = { message, description: description(key) };
    const ph = row[2];
    if (ph) out[key].placeholders = Object.fromEntries(Object.entries(ph).map(([n, c]) => [n.toLowerCase(), { content: c }]));
  }
  if (problems.length) break;
  mkdirSync(`public/_locales/${lang}`, { recursive: true });
  writeFileSync(`public/_locales/${lang}/messages.json`, `${JSON.stringify(out, null, 2)}\n`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// The typed keys, for t() and the content scripts' t (types only: no bytes in a bundle
// except the small plural table).
const singles = Object.keys(M).filter((key) => !PLURAL.test(key));
const union = (keys) => keys.map((k) => `\n  | '${k}'`).join('');
writeFileSync(
  'src/generated/message-keys.ts',
  `// Generated by \`npm run locales\` from scripts/locales.mjs (= public/_locales/en/messages.json).
// Do not edit: add or rename keys there. A misspelled key is a type error.

/** A message without plural forms. */
export type MessageKey =${union(singles)};

/** Messages with plural forms: the base name and its forms (\`base_one\`, \`base_other\`...). */
export const PLURALS = {
${Object.entries(plurals)
  .map(([base, forms]) => `  ${base}: [${forms.map((f) => `'${f}'`).join(', ')}],`)
  .join('\n')}
} as const;

export type PluralKey = keyof typeof PLURALS;
`,
);
console.log(`wrote ${Object.keys(table).length} locales, ${Object.keys(M).length} keys each, and src/generated/message-keys.ts`);
