// DeepSeek: "Improve the model for everyone", in the Data tab of the chat's Settings modal,
// which has no address of its own: reached from the chat's home by the names a person reads
// on the way (Settings, then Data). Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'deepseek',
  name: 'DeepSeek',
  category: 'assistant',
  origin: 'https://chat.deepseek.com',
  host: 'optional',
  pages: ['https://chat.deepseek.com/*'],
  // Low: a signed-out visitor is sent to DeepSeek's sign-in page (inferred, unverified).
  signIn: [/^\/sign_in\b/],
  settings: [
    {
      id: 'deepseek-training',
      // No deep link (facts): the chat's home, where the Settings modal is opened.
      path: '/',
      home: true,
      hook: null,
      hookBy: 'id',
      // The markup is unknown: the way in by name. "My Profile" (the sidebar's account
      // button, low: our inference) opens the menu holding Settings; where the page shows
      // Settings without it, that step is skipped. Settings, then Data: the facts' path (medium).
      openBy: [{ en: ['My Profile'] }, { en: ['Settings'] }, { en: ['Data'] }],
      category: 'ai',
      recommended: true,
      titles: {},
      // The same words as ChatGPT's switch, on another site: each row is only ever its own site's.
      labels: { en: ['Improve the model for everyone'] },
    },
  ],
});
