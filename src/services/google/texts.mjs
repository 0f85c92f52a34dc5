// Google's texts in every language: its settings' names and sentences, keyed by setting id.
// `npm run locales` writes them into each language's messages under generated keys; every
// text carries its concept (scripts/locales/glossary.mjs).
export default {
  google: {
    where: {
      concept: 'switch',
      en: 'With several Google accounts signed in to this browser, the check reads the first one (account 1 of this browser, the one Google opens by default). For another account, open its page by hand (/u/1/, /u/2/… in the address).',
      fr: 'Si plusieurs comptes Google sont connectés dans ce navigateur, la vérification porte sur le premier (compte 1 de ce navigateur, celui que Google ouvre par défaut). Pour un autre compte, ouvrez sa page à la main (/u/1/, /u/2/… dans l’adresse).',
      de: 'Sind in diesem Browser mehrere Google-Konten angemeldet, prüfen wir das erste (Konto 1 dieses Browsers, das Google standardmäßig öffnet). Für ein anderes Konto öffnen Sie dessen Seite von Hand (/u/1/, /u/2/… in der Adresse).',
      es: 'Si hay varias cuentas de Google con sesión iniciada en este navegador, la comprobación se hace en la primera (cuenta 1 de este navegador, la que Google abre por defecto). Para otra cuenta, abre su página a mano (/u/1/, /u/2/… en la dirección).',
      it: 'Se in questo browser hai effettuato l’accesso a più account Google, la verifica riguarda il primo (account 1 di questo browser, quello che Google apre di default). Per un altro account, apri la sua pagina a mano (/u/1/, /u/2/… nell’indirizzo).',
      nl: 'Ben je in deze browser bij meerdere Google-accounts aangemeld, dan controleren we het eerste (account 1 van deze browser, dat Google standaard opent). Open voor een ander account de pagina met de hand (/u/1/, /u/2/… in het adres).',
      pt: 'Com várias contas do Google conectadas neste navegador, a verificação é feita na primeira (conta 1 deste navegador, a que o Google abre por padrão). Para outra conta, abra a página dela à mão (/u/1/, /u/2/… no endereço).',
    },
  },
  'google-gemini-activity': {
    name: {
      concept: 'switch',
      en: 'Gemini keeps your activity',
      fr: 'Activité conservée par Gemini',
      de: 'Gemini speichert Ihre Aktivität',
      es: 'Gemini guarda tu actividad',
      it: 'Gemini conserva la tua attività',
      nl: 'Gemini bewaart je activiteit',
      pt: 'O Gemini guarda sua atividade',
    },
    what: {
      concept: 'switch',
      en: 'When on (“Keep Activity”), Google keeps your Gemini chats and uses them, with samples of what you upload, to improve its AI; reviewers may read some. We choose “Turn off” only, never “Turn off and delete activity”.',
      fr: 'Activé (« Keep Activity »), Google conserve vos conversations Gemini et s’en sert, avec des extraits de ce que vous envoyez, pour améliorer son IA ; des personnes peuvent en relire. Nous choisissons seulement « Désactiver », jamais « Désactiver et supprimer l’activité ».',
      de: 'Wenn eingeschaltet („Keep Activity“), speichert Google Ihre Gemini-Chats und nutzt sie, mit Auszügen aus Ihren Uploads, um seine KI zu verbessern; Menschen können einige davon lesen. Wir wählen nur „Turn off“, nie „Turn off and delete activity“.',
      es: 'Si está activado («Keep Activity»), Google guarda tus chats de Gemini y los usa, con muestras de lo que subes, para mejorar su IA; algunas personas pueden leerlos. Solo elegimos «Turn off», nunca «Turn off and delete activity».',
      it: 'Se è attivo («Keep Activity»), Google conserva le tue chat di Gemini e le usa, con campioni di ciò che carichi, per migliorare la sua IA; alcune persone possono leggerne una parte. Scegliamo solo «Turn off», mai «Turn off and delete activity».',
      nl: 'Als dit aan staat („Keep Activity”), bewaart Google je Gemini-chats en gebruikt ze, met stukjes van wat je uploadt, om zijn AI te verbeteren; mensen kunnen er een deel van lezen. We kiezen alleen „Turn off”, nooit „Turn off and delete activity”.',
      pt: 'Quando ativado (“Keep Activity”), o Google guarda suas conversas com o Gemini e as usa, com amostras do que você envia, para melhorar a IA dele; pessoas podem ler algumas. Escolhemos só “Turn off”, nunca “Turn off and delete activity”.',
    },
  },
  'google-web-app-activity': {
    name: {
      concept: 'switch',
      en: 'Web & App Activity',
      fr: 'Activité sur le Web et les applications',
      de: 'Web- & App-Aktivitäten',
      es: 'Actividad en la Web y en Aplicaciones',
      it: 'Attività web e app',
      nl: 'Web- en app-activiteit',
      pt: 'Atividade na Web e de apps',
    },
    what: {
      concept: 'switch',
      en: 'When on, Google saves your searches and what you do in its apps, and uses them to personalise and improve its services, its AI included. Turning it off also ends that personalisation, so it is not ticked by default.',
      fr: 'Activé, Google enregistre vos recherches et ce que vous faites dans ses applications, et s’en sert pour personnaliser et améliorer ses services, IA comprise. Le désactiver met aussi fin à cette personnalisation : il n’est donc pas coché d’office.',
      de: 'Wenn eingeschaltet, speichert Google Ihre Suchen und was Sie in seinen Apps tun, und nutzt das, um seine Dienste samt KI zu personalisieren und zu verbessern. Ausschalten beendet auch diese Personalisierung, daher ist es nicht vorab angekreuzt.',
      es: 'Si está activado, Google guarda tus búsquedas y lo que haces en sus aplicaciones, y lo usa para personalizar y mejorar sus servicios, su IA incluida. Desactivarlo también pone fin a esa personalización, por eso no viene marcado.',
      it: 'Se è attivo, Google salva le tue ricerche e ciò che fai nelle sue app, e li usa per personalizzare e migliorare i suoi servizi, IA compresa. Disattivarlo pone fine anche a questa personalizzazione, perciò non è spuntato in partenza.',
      nl: 'Als dit aan staat, bewaart Google je zoekopdrachten en wat je in zijn apps doet, en gebruikt dat om zijn diensten, ook zijn AI, te personaliseren en te verbeteren. Uitzetten stopt ook die personalisatie, dus het staat niet standaard aangevinkt.',
      pt: 'Quando ativado, o Google salva suas pesquisas e o que você faz nos apps dele, e usa isso para personalizar e melhorar os serviços dele, incluindo a IA. Desativar também acaba com essa personalização, por isso não vem marcado.',
    },
  },
};
