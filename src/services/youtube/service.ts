// YouTube Studio: "Allow third-party companies to train AI models using my content", a box in
// Studio's settings dialog (Settings → Channel → Advanced settings). Off unless the creator
// opted in: the check reads it, and unticks it only if it is ticked. Sources and confidence:
// ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'youtube',
  name: 'YouTube Studio',
  category: 'publishing',
  origin: 'https://studio.youtube.com',
  host: 'optional',
  // Studio is one single-page app: the settings are a dialog of every page of it.
  pages: ['https://studio.youtube.com/*'],
  // A signed-out visitor is sent to Google's sign-in site (accounts.google.com), another origin
  // whose host is never asked for: a check's tab that stays on a page we cannot see is signed
  // out (engine/model.ts signInElsewhere).
  signIn: [],
  signInElsewhere: true,
  settings: [
    {
      id: 'youtube-third-party-training',
      // No deep link to the settings dialog is known: Studio's home, which moves to the user's
      // channel (`/channel/<id>`, medium), then the dialog opened from the app.
      path: '/',
      movesTo: ['/channel/*'],
      // UNVERIFIED selectors (Studio's markup is not known): the left menu's Settings, then the
      // dialog's Channel tab, then its Advanced settings tab, each by its aria-label. Each is
      // clicked only while the box is not shown; one that is not there clicks nothing further
      // and the check ends as "could not check", with the steps by hand.
      open: ['[aria-label="Settings"]', '[role="tab"][aria-label="Channel"]', '[role="tab"][aria-label="Advanced settings"]'],
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // Google's help page (high).
      labels: { en: ['Allow third-party companies to train AI models using my content'] },
      // Studio keeps a change only after the dialog's Save (Google's help, high): pressed once
      // after the box, found in the box's own dialog (engine/switch/save.ts). Its name unverified.
      save: { en: ['Save'] },
    },
  ],
});
