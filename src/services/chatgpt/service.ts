// ChatGPT (OpenAI): "Improve the model for everyone", a switch inside a dialog that its
// Data controls page opens. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'chatgpt',
  name: 'ChatGPT',
  category: 'assistant',
  origin: 'https://chatgpt.com',
  host: 'optional',
  // The settings are a hash route of the home page.
  pages: ['https://chatgpt.com/*'],
  // Low confidence: a redirect to the auth pages, or the signed-out home with its "Log in" button.
  signIn: [/^\/auth\/login\b/, /^\/auth\/signup\b/],
  signedOutHook: '[data-testid="login-button"]',
  // Feedback may train even with the switch off: low confidence (users' reports; OpenAI's own page not found).
  feedbackTrains: { confidence: 'low' },
  settings: [
    {
      id: 'chatgpt-training',
      // The hash route opens Settings at Data controls (medium confidence).
      path: '/#settings/DataControls',
      // Selectors from Brave's PSST (high confidence); the switch's state is its aria-checked.
      hook: 'improve-model-toggle',
      hookBy: 'testid',
      open: ['[data-testid="improve-model-open-modal-button"]'],
      category: 'ai',
      recommended: true,
      titles: {},
      labels: { en: ['Improve the model for everyone'] },
    },
  ],
});
