// grok.com (xAI): "Improve the Model", in the Data tab of the app's settings overlay (a
// query route of the home page). A switch of its own: X's Grok box (../x/service.ts) does
// not cover it, nor it X's, and both cards say so. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

/** The three personalisation switches beside it (facts: high): never touched, and the evidence when it is hidden. */
const PERSONALISE = ['Personalize Grok with your conversation history', 'Personalize Grok using 𝕏', 'Personalize Grok with your device location'];

export default defineService({
  id: 'grok',
  name: 'grok.com',
  category: 'assistant',
  origin: 'https://grok.com',
  host: 'optional',
  // Feedback may train even with the switch off: low confidence (one write-up; ./facts.md).
  feedbackTrains: { confidence: 'low' },
  // The settings are an overlay of the app's home, routed by its query.
  pages: ['https://grok.com/*'],
  // Sign-in happens on accounts.x.ai, another site: a signed-out visitor is recognised on the
  // page by its link there (low: inferred, see ./facts.md).
  signIn: [],
  signedOutHook: 'a[href^="https://accounts.x.ai/sign-in"]',
  note: true,
  settings: [
    {
      id: 'grok-training',
      // The settings overlay opened at its Data tab (facts: page high, route medium).
      path: '/?_s=data',
      // No hook is published (markup low): the label alone finds the switch.
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Improve the Model'] },
      // Hidden for enterprise accounts (facts: high), where the personalisation switches stay (our inference).
      notOffered: { siblings: { en: PERSONALISE } },
    },
  ],
  leftAlone: PERSONALISE,
});
