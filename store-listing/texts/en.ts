// English: the reference the six translations follow. Glossary: switch off (the setting),
// object / objection (the formal objection only); never "opt out" as a verb.
import type { StoreTexts } from './types';

export default {
  description: `Switch off the use of your data to train generative AI on the services you use, and see each change verified.

Works with {services}.

What it does
• Opens the service’s own settings page and switches off the settings you chose: it clicks only those switches.
• Verifies every change by loading the page again. “Off” is shown only when a fresh load reads off; when a service did not save the change, you are told why, with the steps to do it by hand.
• Reminds you to check again later, because services add settings and sometimes switch them back on.
• Prefills the formal objection form of {objectionServices} with the details you typed in the extension; you read it and submit it yourself.
• “Check only” mode: see where you stand, change nothing.

What it never does
• Never turns a setting on, never submits a form.
• Never reads or sends your account data: no network requests of its own, no analytics, no remote code.
• Asks for access to a service's site only when you add that service, and gives it back when you remove it.

Free and open source. In English, French, German, Spanish, Italian, Dutch and Portuguese.`,
  singlePurpose:
    'Give people control over the use of their data to train generative AI: switch off the settings that allow it on the services they use, verify each change on a fresh load of the page, and prefill the formal objection form where a service offers one.',
  permissions: {
    storage:
      'Keeps, on this device only, the result of each check (on or off, and when), the user’s preferences and reminders, and the details the user types for an objection form. Nothing is synchronised or sent.',
    alarms: 'Wakes the extension for the re-check reminders and the daily countdown to a service’s dated change, without a page kept running.',
    notifications: 'Shows the re-check reminders, which the user can mute or snooze.',
    scripting:
      'Registers the extension’s own content script for a service only once the user has added that service and granted its site, and removes it when the service is removed. No code is fetched from anywhere.',
  },
  hosts: {
    install: '{hosts}: {name}, the service the extension is built around, is held from install. {does}',
    optional: '{hosts}: optional, asked for only when the user adds {name} on the options page, and given back when the user removes it. {does}',
    switches:
      'On {name}’s settings pages the extension reads the state and label of the switches it knows, switches off those the user chose, and loads the page again to verify; it reads nothing else.',
    forms:
      'On {name}’s objection forms the extension prefills the details the user typed, only in the tab it opened when the user pressed that form’s button; the user submits the form.',
  },
  hostOverrides: {
    linkedin:
      '{hosts}: held from install, because {name} is the service the extension is built around. {does} It also notices when the tab it opened is sent to {name}’s sign-in page, and finds a settings tab already open instead of opening another.',
  },
  privacy: {
    remoteCode: 'No remote code. Every script is in the package; the extension makes no network requests of its own.',
    dataCollected:
      'No user data is collected: nothing the extension handles leaves the device. The results of the checks, the preferences, and the name, email, country and explanation the user types for an objection form stay in the browser’s extension storage, and are typed only into the form they are for, when the user presses its button. No analytics.',
    certify:
      'No data is sold or transferred to third parties, used or transferred for purposes unrelated to the single purpose, or used to determine creditworthiness or for lending.',
    amo: 'None. The manifest declares data_collection_permissions: { required: ["none"] }: the extension collects and transmits no data, has no analytics and no remote code.',
    policy: 'PRIVACY.md in the repository: what is stored on the device, why, for how long, and what is never collected or sent.',
  },
  captions: {
    'popup-linkedin-off': 'The popup: LinkedIn’s setting switched off, and verified on a fresh load of the page.',
    dashboard: 'The dashboard: every service at a glance, its state in words and colour, and one button to check everything you added.',
    'options-services': 'The services you can add: each one asks for its site only when you add it.',
    'service-card': 'A service’s card: each of its settings, its state, and when it was verified.',
    'objection-step': 'The formal objection: the form is prefilled with your details, and you submit it yourself.',
  },
} satisfies StoreTexts;
