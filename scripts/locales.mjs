// Writes public/_locales/<lang>/messages.json: English and French from the table below,
// de/es/it/nl/pt from scripts/locales/<lang>.mjs. Fails on a missing or extra key or a
// placeholder that differs from English. Run: npm run locales (the JSON is committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import de from './locales/de.mjs';
import es from './locales/es.mjs';
import it from './locales/it.mjs';
import nl from './locales/nl.mjs';
import pt from './locales/pt.mjs';

const M = {
  extName: ['AI Opt-Out for LinkedIn', 'Refus de l’IA pour LinkedIn'],
  extShortName: ['AI Opt-Out', 'Refus IA'],
  extDescription: [
    'Audit and switch off LinkedIn’s use of your data to train generative AI, in one click. Nothing is sent anywhere.',
    'Vérifie et désactive en un clic l’utilisation de vos données LinkedIn pour entraîner l’IA générative. Rien n’est envoyé nulle part.',
  ],
  statusUnknown: ['AI training: unknown', 'Entraînement de l’IA : inconnu'],
  statusUnchecked: ['AI training: not checked yet', 'Entraînement de l’IA : pas encore vérifié'],
  statusOff: ['AI training: off', 'Entraînement de l’IA : désactivé'],
  statusOn: ['AI training: on', 'Entraînement de l’IA : activé'],
  statusRunning: ['Checking LinkedIn’s setting…', 'Vérification du réglage LinkedIn…'],
  verifiedAgo: ['verified $WHEN$', 'vérifié $WHEN$', { WHEN: '$1' }],
  checkedAgo: ['checked $WHEN$', 'vérifié $WHEN$', { WHEN: '$1' }],
  justNow: ['just now', 'à l’instant'],
  leftOnBody: [
    'Audit-only mode is on, so we left the setting as it is. LinkedIn uses your data to train its AI while it is on.',
    'Le mode « vérifier seulement » est actif : nous n’avons rien changé. LinkedIn utilise vos données pour entraîner son IA tant que le réglage est activé.',
  ],
  offBody: [
    'LinkedIn no longer uses your new data to train its content-creating AI. Data already used stays in its models.',
    'LinkedIn n’utilise plus vos nouvelles données pour entraîner son IA de création de contenu. Les données déjà utilisées restent dans ses modèles.',
  ],
  uncheckedBody: [
    'Press the button: we open LinkedIn’s setting in a background tab, switch it off if it is on, and check that the change stuck.',
    'Appuyez sur le bouton : nous ouvrons le réglage LinkedIn dans un onglet en arrière-plan, le désactivons s’il est activé et vérifions que le changement a tenu.',
  ],
  buttonOptOut: ['Audit & opt out', 'Vérifier et désactiver'],
  buttonAudit: ['Check the setting', 'Vérifier le réglage'],
  buttonSwitchOffNow: ['Switch it off now', 'Le désactiver maintenant'],
  buttonCheckAgain: ['Check again', 'Revérifier'],
  buttonRunning: ['Checking…', 'Vérification…'],
  buttonTryAgain: ['Try again', 'Réessayer'],
  buttonSignIn: ['Open LinkedIn to sign in', 'Ouvrir LinkedIn pour se connecter'],
  stepOpening: ['Opening LinkedIn’s settings page', 'Ouverture de la page de réglages LinkedIn'],
  stepSearching: ['Looking for the setting', 'Recherche du réglage'],
  stepSwitching: ['Switching it off', 'Désactivation'],
  stepConfirming: ['Checking that LinkedIn kept the change', 'Vérification que LinkedIn a gardé le changement'],
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
  problemRejectedTitle: ['LinkedIn didn’t keep the change', 'LinkedIn n’a pas gardé le changement'],
  problemRejectedBody: [
    'We switched the setting off $COUNT$ time(s), and LinkedIn switched it back on each time: its save failed. Try again in a few minutes, or switch it off by hand.',
    'Nous avons désactivé le réglage $COUNT$ fois et LinkedIn l’a réactivé à chaque fois : l’enregistrement a échoué. Réessayez dans quelques minutes, ou désactivez-le à la main.',
    { COUNT: '$1' },
  ],
  problemRejectedToast: [
    'LinkedIn showed an error while saving the change, so we cannot say it stuck. Open the page and check the switch, or try again in a few minutes.',
    'LinkedIn a affiché une erreur en enregistrant le changement : impossible de dire qu’il a tenu. Ouvrez la page et vérifiez le réglage, ou réessayez dans quelques minutes.',
  ],
  problemSignedOutTitle: ['You’re signed out of LinkedIn', 'Vous n’êtes pas connecté à LinkedIn'],
  problemSignedOutBody: [
    'LinkedIn sent us to its sign-in page. Sign in to LinkedIn, then press “Try again”.',
    'LinkedIn nous a renvoyés vers sa page de connexion. Connectez-vous à LinkedIn, puis appuyez sur « Réessayer ».',
  ],
  problemInterruptedTitle: ['The check didn’t finish', 'La vérification n’a pas abouti'],
  problemInterruptedTabClosed: [
    'The LinkedIn tab was closed before the check finished.',
    'L’onglet LinkedIn a été fermé avant la fin de la vérification.',
  ],
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
  manualStep1: [
    'On LinkedIn, open Me (your photo), then Settings & Privacy.',
    'Sur LinkedIn, ouvrez Vous (votre photo), puis Préférences et confidentialité.',
  ],
  manualStep2: ['Choose Data privacy.', 'Choisissez Confidentialité des données.'],
  manualStep3: [
    'Open Data for Generative AI Improvement.',
    'Ouvrez Données pour l’amélioration de l’IA générative.',
  ],
  manualStep4: [
    'Switch off “Use my data for training content creation AI models”.',
    'Désactivez « Utiliser mes données pour entraîner des modèles d’IA de création de contenu ».',
  ],
  manualOpenPage: ['Open that page directly', 'Ouvrir directement cette page'],
  auditOnlyLabel: ['Audit only: report, never change', 'Vérifier seulement : signaler sans rien changer'],
  auditOnlyHint: [
    'For people who prefer to click the switch themselves.',
    'Pour celles et ceux qui préfèrent actionner l’interrupteur eux-mêmes.',
  ],
  badgeOn: ['ON', 'ON'],
  badgeTitleOff: ['LinkedIn AI training: off (verified)', 'Entraînement de l’IA LinkedIn : désactivé (vérifié)'],
  badgeTitleOn: ['LinkedIn AI training: on', 'Entraînement de l’IA LinkedIn : activé'],
  badgeTitleRunning: ['Checking LinkedIn’s AI setting…', 'Vérification du réglage IA de LinkedIn…'],
  badgeTitleProblem: [
    'LinkedIn AI setting: the last check needs your attention',
    'Réglage IA de LinkedIn : la dernière vérification demande votre attention',
  ],
  badgeTitleUnchecked: ['LinkedIn AI setting: not checked yet', 'Réglage IA de LinkedIn : pas encore vérifié'],
  badgeDays: ['$DAYS$d', '$DAYS$j', { DAYS: '$1' }],
  badgeTitleDays: [
    'LinkedIn starts training AI on your data in $DAYS$ day(s): opt out now',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jour(s) : refusez maintenant',
    { DAYS: '$1' },
  ],
  badgeTitleInForce: [
    'LinkedIn is training AI on your data: opt out now',
    'LinkedIn entraîne l’IA sur vos données : refusez maintenant',
  ],
  deadlineMeaning: [
    'LinkedIn trains content-creating AI on the data of members in the EU/EEA, Switzerland, the UK, Canada and Hong Kong, unless they opt out.',
    'LinkedIn entraîne son IA de création de contenu sur les données des membres de l’UE/EEE, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, sauf s’ils refusent.',
  ],
  deadlineBefore: ['It starts on $DATE$: $DAYS$ day(s) left.', 'Cela commence le $DATE$ : encore $DAYS$ jour(s).', { DATE: '$1', DAYS: '$2' }],
  deadlineToday: ['It starts today, $DATE$.', 'Cela commence aujourd’hui, le $DATE$.', { DATE: '$1' }],
  deadlineAfter: [
    'In force since $DATE$: new data is used until you opt out.',
    'En vigueur depuis le $DATE$ : vos nouvelles données sont utilisées tant que vous n’avez pas refusé.',
    { DATE: '$1' },
  ],
  deadlineAfterOff: [
    'In force since $DATE$. You opted out: your new data is not used.',
    'En vigueur depuis le $DATE$. Vous avez refusé : vos nouvelles données ne sont pas utilisées.',
    { DATE: '$1' },
  ],
  deadlineSource: ['LinkedIn’s announcement', 'L’annonce de LinkedIn'],
  remindersTitle: ['Reminders', 'Rappels'],
  remindersSnooze: ['Not now: snooze for 30 days', 'Pas maintenant : reporter de 30 jours'],
  remindersSnoozedUntil: ['Reminders snoozed until $DATE$.', 'Rappels reportés jusqu’au $DATE$.', { DATE: '$1' }],
  remindersResume: ['Resume reminders', 'Reprendre les rappels'],
  remindersMute: ['Mute all reminders', 'Couper tous les rappels'],
  remindersRecheck: ['Once off, remind me to re-check', 'Une fois désactivé, me rappeler de revérifier'],
  recheckEvery: ['every $DAYS$ days', 'tous les $DAYS$ jours', { DAYS: '$1' }],
  recheckNever: ['never', 'jamais'],
  notifCountdownTitle: [
    'LinkedIn starts training AI on your data in $DAYS$ day(s)',
    'LinkedIn commence à entraîner l’IA sur vos données dans $DAYS$ jour(s)',
    { DAYS: '$1' },
  ],
  notifDayTitle: ['LinkedIn starts training AI on your data today', 'LinkedIn commence aujourd’hui à entraîner l’IA sur vos données'],
  notifCountdownBody: [
    'Switch it off now: one click, and we check that it stuck.',
    'Désactivez-le maintenant : un clic, et nous vérifions que c’est bien pris en compte.',
  ],
  notifAfterTitle: ['LinkedIn is training AI on your data', 'LinkedIn entraîne l’IA sur vos données'],
  notifAfterBody: [
    'Your new posts and profile changes are used until you opt out. One click switches it off.',
    'Vos nouvelles publications et modifications de profil sont utilisées tant que vous n’avez pas refusé. Un clic suffit.',
  ],
  notifRecheckTitle: ['Time to re-check your LinkedIn AI setting', 'Il est temps de revérifier votre réglage IA LinkedIn'],
  notifRecheckBody: [
    'LinkedIn can reset settings or add new ones. One click checks it again.',
    'LinkedIn peut réinitialiser des réglages ou en ajouter. Un clic pour revérifier.',
  ],
  notifButtonOptOut: ['Opt out now', 'Refuser maintenant'],
  notifButtonCheck: ['Check now', 'Vérifier maintenant'],
  notifButtonSnooze: ['Not now (30 days)', 'Pas maintenant (30 jours)'],
  panelReady: ['Objection form ready: check it, then press Submit yourself', 'Formulaire d’opposition prêt : vérifiez-le, puis appuyez vous-même sur Envoyer'],
  panelPartial: ['Objection form: a few steps are left for you', 'Formulaire d’opposition : il vous reste quelques étapes'],
  panelNoForm: [
    'We could not find the objection form on this page. Fill it in by hand:',
    'Nous n’avons pas trouvé le formulaire d’opposition sur cette page. Remplissez-le à la main :',
  ],
  panelDoneOption: ['Chose the objection to training content-generating AI models', 'Choisi l’opposition à l’entraînement des modèles d’IA générative de contenu'],
  panelDoneBox: ['Ticked the confirmation box', 'Coché la case de confirmation'],
  panelDoneName: ['Filled in your name', 'Rempli votre nom'],
  panelDoneEmail: ['Filled in your email', 'Rempli votre e-mail'],
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
  objectionName: ['Your name', 'Votre nom'],
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
    'Opting out is not retroactive. To limit what is there to use, tidy up:',
    'Le refus n’est pas rétroactif. Pour limiter ce qui peut servir, faites le ménage :',
  ],
  cleanupCv: ['Remove old CVs saved for job applications', 'Supprimez les anciens CV enregistrés pour les candidatures'],
  cleanupPosts: ['Delete old posts and comments you no longer want used', 'Supprimez les anciennes publications et commentaires'],
  cleanupDetails: ['Remove personal details from your profile (phone, address, birthday)', 'Retirez les détails personnels de votre profil (téléphone, adresse, anniversaire)'],
  cleanupDone: ['I have tidied up', 'J’ai fait le ménage'],
  recordTitle: ['Your record', 'Votre dossier'],
  recordSwitch: ['Switch turned off and verified on $DATE$.', 'Réglage désactivé et vérifié le $DATE$.', { DATE: '$1' }],
  recordNoSwitch: ['Switch: not verified off yet.', 'Réglage : pas encore vérifié comme désactivé.'],
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
  storageKey_known: ['the last reading of the switch', 'le dernier état lu du réglage'],
  storageKey_run: ['a check in progress', 'une vérification en cours'],
  storageKey_reminders: ['the reminder history', 'l’historique des rappels'],
  storageKey_objection: ['the objection record', 'le suivi de l’opposition'],
  storageKey_profile: ['your details for the form', 'vos coordonnées pour le formulaire'],
  storageKey_walkthrough: ['the walkthrough progress', 'la progression des étapes'],
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
};

const MORE = { de, es, it, nl, pt };
const tokens = (text) => [...text.matchAll(/\$[A-Z]+\$/g)].map((m) => m[0]).sort().join(',');
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
for (const [lang, texts] of Object.entries(table)) {
  const out = {};
  for (const [key, row] of Object.entries(M)) {
    const message = texts[key];
    if (message === undefined) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    if (tokens(message) !== tokens(row[0])) problems.push(`${lang}: ${key} has placeholders ${tokens(message)}, English has ${tokens(row[0])}`);
    out[key] = { message };
    const ph = row[2];
    if (ph) out[key].placeholders = Object.fromEntries(Object.entries(ph).map(([n, c]) => [n.toLowerCase(), { content: c }]));
  }
  mkdirSync(`public/_locales/${lang}`, { recursive: true });
  writeFileSync(`public/_locales/${lang}/messages.json`, JSON.stringify(out, null, 2) + '\n');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`wrote ${Object.keys(table).length} locales, ${Object.keys(M).length} keys each`);
