// Microsoft Copilot (consumer, copilot.microsoft.com): the old app's two switches, "Model
// training on text" and "Model training on voice". The new app (since 18 August 2026) has no
// training switch and says that prompts, responses and files are not used to train its
// foundation models: each row declares that statement, so the user is told "nothing to switch
// off here (since 18 August 2026)" rather than "not found". Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

/** The new app's statement where the switches were (low confidence: the facts paraphrase it; a fragment is enough). */
const RETIRED = {
  since: '2026-08-18',
  statements: { en: ['not used to train our foundation models', 'not used to train its foundation models', 'not used to train foundation models'] },
};

export default defineService({
  id: 'copilot',
  name: 'Microsoft Copilot',
  category: 'assistant',
  origin: 'https://copilot.microsoft.com',
  host: 'optional',
  pages: ['https://copilot.microsoft.com/settings/*'],
  // Not known where a signed-out visitor is sent: a page without the switches ends as "could not check".
  signIn: [],
  // Write-ups name these on the same Privacy page (medium-low): never touched.
  leftAlone: ['Personalization and memory', 'Ad personalization'],
  settings: [
    {
      id: 'copilot-text',
      // UNVERIFIED: no source gives the page's address (the write-ups reach it by profile →
      // Settings → Privacy); this path is ours, and where it is wrong the check ends "could
      // not check" with the steps by hand.
      path: '/settings/privacy',
      // No hook is published: the label alone finds the switch (label medium).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Model training on text'] },
      retired: RETIRED,
    },
    {
      id: 'copilot-voice',
      path: '/settings/privacy',
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Model training on voice'] },
      retired: RETIRED,
    },
  ],
});
