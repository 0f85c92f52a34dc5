// Dutch (je). Woordenlijst: uitzetten (de instelling), bezwaar maken / bezwaar (alleen het
// formele bezwaar); nooit "afmelden".
import type { StoreTexts } from './types';

export default {
  description: `Zet het gebruik van je gegevens voor het trainen van generatieve AI uit bij de diensten die je gebruikt, en zie elke wijziging gecontroleerd.

Werkt met {services}.

Wat de extensie doet
• Opent de instellingenpagina van de dienst zelf en zet de instellingen uit die je hebt gekozen: ze klikt alleen op die schakelaars.
• Controleert elke wijziging door de pagina opnieuw te laden. "Uit" wordt alleen getoond als een nieuwe laadbeurt dat bevestigt; heeft een dienst de wijziging niet opgeslagen, dan hoor je waarom, met de stappen om het met de hand te doen.
• Herinnert je eraan later opnieuw te controleren, want diensten voegen instellingen toe en zetten ze soms weer aan.
• Vult het formele bezwaarformulier van {objectionServices} vooraf in met de gegevens die je in de extensie hebt getypt; jij leest het na en verstuurt het zelf.
• Modus "Alleen controleren": zien waar je staat, zonder iets te wijzigen.

Wat de extensie nooit doet
• Zet nooit een instelling aan, verstuurt nooit een formulier.
• Leest of verstuurt nooit je accountgegevens: geen eigen netwerkverzoeken, geen gebruiksstatistieken, geen code van elders.
• Vraagt pas toegang tot de site van een dienst als je die dienst toevoegt, en geeft die terug als je hem verwijdert.

Gratis en open source. In het Nederlands, Engels, Frans, Duits, Spaans, Italiaans en Portugees.`,
  singlePurpose:
    'Mensen zeggenschap geven over het gebruik van hun gegevens voor het trainen van generatieve AI: de instellingen uitzetten die dat toestaan bij de diensten die ze gebruiken, elke wijziging controleren met een nieuwe laadbeurt van de pagina, en het formele bezwaarformulier vooraf invullen waar een dienst er een aanbiedt.',
  permissions: {
    storage:
      'Bewaart, alleen op dit apparaat, de uitkomst van elke controle (aan of uit, en wanneer), de voorkeuren en herinneringen van de gebruiker, en de gegevens die die typt voor een bezwaarformulier. Niets wordt gesynchroniseerd of verstuurd.',
    alarms:
      'Wekt de extensie voor de herinneringen om opnieuw te controleren en het dagelijkse aftellen tot de gedateerde wijziging van een dienst, zonder een pagina die steeds draait.',
    notifications: 'Toont de herinneringen om opnieuw te controleren, die de gebruiker kan dempen of uitstellen.',
    scripting:
      'Registreert het eigen contentscript van de extensie voor een dienst pas als de gebruiker die dienst heeft toegevoegd en toegang tot de site heeft gegeven, en verwijdert het als de dienst wordt verwijderd. Er wordt nergens code opgehaald.',
  },
  hosts: {
    install: '{hosts}: {name}, de dienst waar de extensie om draait, heeft toegang vanaf de installatie. {does}',
    optional: '{hosts}: optioneel, pas gevraagd als de gebruiker {name} toevoegt op de optiepagina, en teruggegeven als die de dienst verwijdert. {does}',
    switches:
      'Op de instellingenpagina’s van {name} leest de extensie de stand en het label van de schakelaars die ze kent, zet de gekozen schakelaars uit en laadt de pagina opnieuw om te controleren; verder leest ze niets.',
    forms:
      'Op de bezwaarformulieren van {name} vult de extensie de getypte gegevens vooraf in, alleen in het tabblad dat ze opende toen de gebruiker op de knop van dat formulier drukte; de gebruiker verstuurt het zelf.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: toegang vanaf de installatie, omdat {name} de dienst is waar de extensie om draait. {does} Ze merkt ook wanneer het tabblad dat ze opende naar de aanmeldpagina van {name} wordt gestuurd, en gebruikt een al geopend instellingentabblad in plaats van een nieuw te openen.',
  },
  privacy: {
    remoteCode: 'Geen code van elders. Alle scripts zitten in het pakket; de extensie doet geen eigen netwerkverzoeken.',
    dataCollected:
      'Er worden geen gebruikersgegevens verzameld: niets wat de extensie verwerkt, verlaat het apparaat. De uitkomsten van de controles, de voorkeuren, en de naam, het e-mailadres, het land en de toelichting die de gebruiker typt voor een bezwaarformulier blijven in de extensieopslag van de browser, en worden alleen ingevuld in het formulier waarvoor ze bedoeld zijn, als de gebruiker op de knop ervan drukt. Geen gebruiksstatistieken.',
    certify:
      'Er worden geen gegevens verkocht of aan derden doorgegeven, gebruikt of doorgegeven voor doelen die niets met het ene doel te maken hebben, of gebruikt om kredietwaardigheid te beoordelen of voor leningen.',
    amo: 'Geen. Het manifest verklaart data_collection_permissions: { required: ["none"] }: de extensie verzamelt en verstuurt geen gegevens, zonder gebruiksstatistieken en zonder code van elders.',
    policy: 'PRIVACY.md in de repository: wat op het apparaat wordt bewaard, waarom, hoe lang, en wat nooit wordt verzameld of verstuurd.',
  },
  captions: {
    'popup-linkedin-off': 'Het venster van de extensie: de instelling van LinkedIn uitgezet en gecontroleerd met een nieuwe laadbeurt van de pagina.',
    dashboard: 'Het overzicht: elke dienst in één oogopslag, de stand in woorden en kleur, en één knop om alles te controleren wat u hebt toegevoegd.',
    'options-services': 'De diensten die je kunt toevoegen: elke dienst vraagt pas toegang tot zijn site als je hem toevoegt.',
    'service-card': 'De kaart van een dienst: elk van zijn instellingen, de stand ervan en wanneer die is gecontroleerd.',
    'objection-step': 'Het formele bezwaar: het formulier is vooraf ingevuld met je gegevens, en je verstuurt het zelf.',
  },
} satisfies StoreTexts;
