// German (Sie). Glossary: ausschalten (die Einstellung), widersprechen / Widerspruch (nur der
// förmliche Widerspruch); nie „Opt-out“ im Text, nie „abmelden“.
import type { StoreTexts } from './types';

export default {
  description: `Schalten Sie die Nutzung Ihrer Daten für das Training generativer KI bei den Diensten aus, die Sie nutzen, und sehen Sie jede Änderung geprüft.

Funktioniert mit {services}.

Was die Erweiterung tut
• Öffnet die Einstellungsseite des Dienstes selbst und schaltet die Einstellungen aus, die Sie gewählt haben; dabei klickt sie nur auf diese Schalter.
• Prüft jede Änderung, indem sie die Seite neu lädt. „Aus“ wird nur angezeigt, wenn ein neues Laden es bestätigt; hat ein Dienst die Änderung nicht gespeichert, erfahren Sie den Grund und die Schritte, um es von Hand zu tun.
• Erinnert Sie daran, später erneut zu prüfen, denn Dienste fügen Einstellungen hinzu und schalten sie manchmal wieder ein.
• Füllt das förmliche Widerspruchsformular von {objectionServices} mit den Angaben vor, die Sie in der Erweiterung eingegeben haben; Sie lesen es und senden es selbst ab.
• Modus „Nur prüfen“: sehen, wo Sie stehen, ohne etwas zu ändern.

Was die Erweiterung nie tut
• Schaltet nie eine Einstellung ein, sendet nie ein Formular ab.
• Liest oder versendet nie Ihre Kontodaten: keine eigenen Netzwerkanfragen, keine Nutzungsstatistik, kein nachgeladener Code.
• Fragt nach Zugriff auf die Website eines Dienstes erst, wenn Sie diesen Dienst hinzufügen, und gibt ihn zurück, wenn Sie ihn entfernen.

Kostenlos und quelloffen. Auf Deutsch, Englisch, Französisch, Spanisch, Italienisch, Niederländisch und Portugiesisch.`,
  singlePurpose:
    'Menschen die Kontrolle darüber geben, ob ihre Daten zum Training generativer KI genutzt werden: die Einstellungen ausschalten, die das bei den genutzten Diensten erlauben, jede Änderung nach einem neuen Laden der Seite prüfen und das förmliche Widerspruchsformular vorausfüllen, wo ein Dienst eines anbietet.',
  permissions: {
    storage:
      'Speichert nur auf diesem Gerät das Ergebnis jeder Prüfung (ein oder aus, und wann), die Einstellungen und Erinnerungen der Person und die Angaben, die sie für ein Widerspruchsformular eingibt. Nichts wird synchronisiert oder versendet.',
    alarms:
      'Weckt die Erweiterung für die Erinnerungen zur erneuten Prüfung und den täglichen Countdown bis zur datierten Änderung eines Dienstes, ohne dauerhaft laufende Seite.',
    notifications: 'Zeigt die Erinnerungen zur erneuten Prüfung, die sich stummschalten oder verschieben lassen.',
    scripting:
      'Registriert das eigene Inhaltsskript der Erweiterung für einen Dienst erst, wenn die Person diesen Dienst hinzugefügt und seine Website freigegeben hat, und entfernt es, wenn der Dienst entfernt wird. Es wird kein Code von irgendwoher geladen.',
  },
  hosts: {
    install: '{hosts}: {name}, der Dienst, um den die Erweiterung gebaut ist, ist ab der Installation freigegeben. {does}',
    optional:
      '{hosts}: optional, erst angefragt, wenn die Person {name} auf der Optionsseite hinzufügt, und zurückgegeben, wenn sie den Dienst entfernt. {does}',
    switches:
      'Auf den Einstellungsseiten von {name} liest die Erweiterung Zustand und Beschriftung der Schalter, die sie kennt, schaltet die gewählten aus und lädt die Seite zur Prüfung neu; sonst liest sie nichts.',
    forms:
      'Auf den Widerspruchsformularen von {name} füllt die Erweiterung die eingegebenen Angaben vor, nur in dem Tab, den sie geöffnet hat, als die Person auf die Schaltfläche dieses Formulars gedrückt hat; abgesendet wird es von der Person selbst.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: ab der Installation freigegeben, weil {name} der Dienst ist, um den die Erweiterung gebaut ist. {does} Sie bemerkt außerdem, wenn der von ihr geöffnete Tab auf die Anmeldeseite von {name} umgeleitet wird, und nutzt einen bereits offenen Einstellungs-Tab, statt einen weiteren zu öffnen.',
  },
  privacy: {
    remoteCode: 'Kein nachgeladener Code. Alle Skripte sind im Paket; die Erweiterung stellt keine eigenen Netzwerkanfragen.',
    dataCollected:
      'Es werden keine Nutzerdaten erhoben: Nichts, was die Erweiterung verarbeitet, verlässt das Gerät. Die Ergebnisse der Prüfungen, die Einstellungen sowie Name, E-Mail-Adresse, Land und Begründung, die für ein Widerspruchsformular eingegeben werden, bleiben im Erweiterungsspeicher des Browsers und werden nur in das Formular eingetragen, für das sie bestimmt sind, wenn die Person auf dessen Schaltfläche drückt. Keine Nutzungsstatistik.',
    certify:
      'Keine Daten werden verkauft oder an Dritte weitergegeben, für Zwecke genutzt oder weitergegeben, die nichts mit dem einzigen Zweck zu tun haben, oder zur Prüfung der Kreditwürdigkeit oder für Kredite verwendet.',
    amo: 'Keine. Das Manifest erklärt data_collection_permissions: { required: ["none"] }: Die Erweiterung erhebt und überträgt keine Daten, ohne Nutzungsstatistik und ohne nachgeladenen Code.',
    policy: 'PRIVACY.md im Repository: was auf dem Gerät gespeichert wird, warum, wie lange, und was nie erhoben oder versendet wird.',
  },
  captions: {
    'popup-linkedin-off': 'Das Fenster der Erweiterung: die Einstellung von LinkedIn ausgeschaltet und nach einem neuen Laden der Seite geprüft.',
    dashboard: 'Die Übersicht: jeder Dienst auf einen Blick, sein Zustand in Worten und Farbe, und ein Knopf, der alles prüft, was Sie hinzugefügt haben.',
    'options-services': 'Die Dienste zum Hinzufügen: Jeder fragt erst nach Zugriff auf seine Website, wenn Sie ihn hinzufügen.',
    'service-card': 'Die Karte eines Dienstes: jede seiner Einstellungen, ihr Zustand und wann sie geprüft wurde.',
    'objection-step': 'Der förmliche Widerspruch: Das Formular ist mit Ihren Angaben vorausgefüllt, und Sie senden es selbst ab.',
  },
} satisfies StoreTexts;
