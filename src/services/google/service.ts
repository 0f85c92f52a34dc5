// Google: Gemini's "Keep activity" (Gemini Apps Activity), and Web & App Activity, each a
// chip that shows On/Off and opens a menu: "Turn off" is chosen, never "Turn off and delete
// activity" (deleting is the user's choice, not ours), then a confirmation may be answered
// with its named button. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

/** The chip's words and its menu's, as the facts give them (French state words unverified). */
const CHIP = {
  kind: 'menu',
  on: { en: ['On'], fr: ['Activé', 'Activée'] },
  off: { en: ['Off'], fr: ['Désactivé', 'Désactivée'] },
  item: { en: ['Turn off'], fr: ['Désactiver'] },
  avoid: { en: ['Turn off and delete activity'], fr: ['Désactiver et supprimer l’activité'] },
  confirm: { en: ['Turn off', 'Got it'], fr: ['Désactiver', 'OK'] },
} as const;

export default defineService({
  id: 'google',
  name: 'Google',
  category: 'assistant',
  origin: 'https://myactivity.google.com',
  host: 'optional',
  pages: ['https://myactivity.google.com/*'],
  // A signed-out visitor is sent to accounts.google.com, a host we never ask for: the
  // worker sees the tab leave for a page it cannot see (signInElsewhere).
  signIn: [/^\/ServiceLogin\b/],
  signInElsewhere: true,
  // Feedback (thumbs up/down) may train even with Keep Activity off: medium confidence (./facts.md).
  feedbackTrains: { confidence: 'medium' },
  // Several accounts: the plain address is the first's (/u/N/ the others'), and the card says so.
  accountsByIndex: true,
  settings: [
    {
      id: 'google-gemini-activity',
      path: '/product/gemini',
      // No hook is published: the chip's name holds the card's label ("Turn off your Keep Activity setting").
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Keep Activity', 'Gemini Apps Activity'], fr: ['Activité dans les applications Gemini'] },
      control: CHIP,
    },
    {
      id: 'google-web-app-activity',
      path: '/activitycontrols',
      hook: null,
      hookBy: 'id',
      category: 'ai',
      // Not ticked by default: turning it off also ends the personalisation it gives across
      // Google (search suggestions, Maps, recommendations), a cost the user should choose.
      recommended: false,
      titles: {},
      labels: { en: ['Web & App Activity'], fr: ['Activité sur le Web et les applications'] },
      control: CHIP,
    },
  ],
  // Beside the chip on its page: left alone.
  leftAlone: ['Include Chrome history and activity from sites, apps, and devices that use Google services'],
});
