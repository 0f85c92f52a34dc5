// Italian (tu). Glossario: disattivare (l'impostazione), opporsi / opposizione (solo
// l'opposizione formale); mai «escludersi», mai «esci».
import type { StoreTexts } from './types';

export default {
  description: `Disattiva l’uso dei tuoi dati per addestrare l’IA generativa sui servizi che usi, e vedi ogni modifica verificata.

Funziona con {services}.

Cosa fa
• Apre la pagina delle impostazioni del servizio stesso e disattiva le impostazioni che hai scelto: fa clic solo su quegli interruttori.
• Verifica ogni modifica ricaricando la pagina. «Disattivato» compare solo quando un nuovo caricamento lo conferma; se un servizio non ha salvato la modifica, ti dice perché, con i passaggi per farlo a mano.
• Ti ricorda di verificare di nuovo più avanti, perché i servizi aggiungono impostazioni e a volte le riattivano.
• Precompila il modulo di opposizione formale di {objectionServices} con i dati che hai inserito nell’estensione; tu lo rileggi e lo invii.
• Modalità «Solo verifica»: vedi a che punto sei, senza cambiare nulla.

Cosa non fa mai
• Non attiva mai un’impostazione, non invia mai un modulo.
• Non legge né invia i dati del tuo account: nessuna richiesta di rete propria, nessuna statistica d’uso, nessun codice remoto.
• Chiede l’accesso al sito di un servizio solo quando aggiungi quel servizio, e lo restituisce quando lo rimuovi.

Gratuita e open source. In italiano, inglese, francese, tedesco, spagnolo, olandese e portoghese.`,
  singlePurpose:
    'Dare alle persone il controllo sull’uso dei propri dati per addestrare l’IA generativa: disattivare le impostazioni che lo consentono sui servizi che usano, verificare ogni modifica con un nuovo caricamento della pagina e precompilare il modulo di opposizione formale dove un servizio lo offre.',
  permissions: {
    storage:
      'Conserva, solo su questo dispositivo, il risultato di ogni verifica (attivato o disattivato, e quando), le preferenze e i promemoria della persona e i dati che inserisce per un modulo di opposizione. Nulla viene sincronizzato o inviato.',
    alarms:
      'Risveglia l’estensione per i promemoria di verifica e il conto alla rovescia giornaliero fino alla modifica datata di un servizio, senza una pagina sempre attiva.',
    notifications: 'Mostra i promemoria di verifica, che la persona può silenziare o rimandare.',
    scripting:
      'Registra lo script di contenuto dell’estensione per un servizio solo dopo che la persona ha aggiunto quel servizio e concesso l’accesso al suo sito, e lo rimuove quando il servizio viene rimosso. Nessun codice viene scaricato.',
  },
  hosts: {
    install: '{hosts}: {name}, il servizio attorno a cui è costruita l’estensione, ha l’accesso dall’installazione. {does}',
    optional: '{hosts}: facoltativo, chiesto solo quando la persona aggiunge {name} nella pagina delle opzioni, e restituito quando lo rimuove. {does}',
    switches:
      'Sulle pagine delle impostazioni di {name} l’estensione legge lo stato e l’etichetta degli interruttori che conosce, disattiva quelli scelti e ricarica la pagina per verificare; non legge nient’altro.',
    forms:
      'Sui moduli di opposizione di {name} l’estensione precompila i dati inseriti dalla persona, solo nella scheda che ha aperto quando è stato premuto il pulsante di quel modulo; la persona lo invia da sé.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: accesso dall’installazione, perché {name} è il servizio attorno a cui è costruita l’estensione. {does} Si accorge anche quando la scheda che ha aperto viene rimandata alla pagina di accesso di {name}, e riusa una scheda delle impostazioni già aperta invece di aprirne un’altra.',
  },
  privacy: {
    remoteCode: 'Nessun codice remoto. Tutti gli script sono nel pacchetto; l’estensione non fa richieste di rete proprie.',
    dataCollected:
      'Nessun dato dell’utente viene raccolto: nulla di ciò che l’estensione tratta lascia il dispositivo. I risultati delle verifiche, le preferenze e il nome, l’e-mail, il paese e la spiegazione che la persona inserisce per un modulo di opposizione restano nella memoria dell’estensione del browser, e vengono inseriti solo nel modulo a cui sono destinati, quando la persona preme il suo pulsante. Nessuna statistica d’uso.',
    certify:
      'Nessun dato viene venduto o trasferito a terzi, usato o trasferito per scopi estranei allo scopo unico, né usato per valutare l’affidabilità creditizia o per concedere prestiti.',
    amo: 'Nessuno. Il manifest dichiara data_collection_permissions: { required: ["none"] }: l’estensione non raccoglie né trasmette dati, senza statistiche d’uso né codice remoto.',
    policy: 'PRIVACY.md nel repository: cosa viene conservato sul dispositivo, perché, per quanto tempo, e cosa non viene mai raccolto né inviato.',
  },
  captions: {
    'popup-linkedin-off': 'La finestra dell’estensione: l’impostazione di LinkedIn disattivata e verificata con un nuovo caricamento della pagina.',
    dashboard: 'La panoramica: ogni servizio a colpo d’occhio, il suo stato a parole e a colori, e un pulsante per verificare tutto ciò che hai aggiunto.',
    'options-services': 'I servizi che puoi aggiungere: ognuno chiede l’accesso al suo sito solo quando lo aggiungi.',
    'service-card': 'La scheda di un servizio: ciascuna delle sue impostazioni, il suo stato e quando è stata verificata.',
    'objection-step': 'L’opposizione formale: il modulo è precompilato con i tuoi dati, e lo invii tu.',
  },
} satisfies StoreTexts;
