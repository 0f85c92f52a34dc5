// Adobe: "Content analysis" on the privacy page of the Adobe account (personal accounts):
// Adobe may analyse content kept on its servers with machine learning to improve its
// products. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'adobe',
  name: 'Adobe',
  category: 'creative',
  origin: 'https://account.adobe.com',
  host: 'optional',
  // The account pages are one single-page app: the script runs on all of them, so that an
  // in-app move to the privacy page is seen (it sends nothing on any other page).
  pages: ['https://account.adobe.com/*'],
  // A signed-out visitor is sent to Adobe's sign-in site, another origin whose host is not
  // asked for (low confidence): the tab leaves our access, and the check ends as "no answer".
  signIn: [],
  // Its sign-in is on another origin (auth.services.adobe.com), never asked for: a check's tab
  // that stays on a page we cannot see is signed out (engine/model.ts signInElsewhere).
  signInElsewhere: true,
  settings: [
    {
      id: 'adobe-content-analysis',
      path: '/privacy',
      // The markup is not known: the words alone find the switch, and nothing is clicked when unsure.
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // The section's name as Adobe's help and several write-ups give it, and its 2024 wording (medium).
      labels: { en: ['Content analysis', 'Content analysis for product improvement'] },
    },
  ],
});
