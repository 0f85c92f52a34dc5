// Claude (Anthropic): "Help improve Claude" on its data privacy controls page. Sources and
// confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'claude',
  name: 'Claude',
  category: 'assistant',
  origin: 'https://claude.ai',
  host: 'optional',
  pages: ['https://claude.ai/settings/*'],
  // Low confidence: claude.ai sends a signed-out visitor to /login.
  signIn: [/^\/login\b/],
  // Feedback (thumbs up/down) may train even with the switch off: medium confidence (./facts.md).
  feedbackTrains: { confidence: 'medium' },
  // Anthropic's consumer terms of September 2025: the choice had to be made by this day (medium-high).
  since: '2025-09-28',
  settings: [
    {
      id: 'claude-training',
      path: '/settings/data-privacy-controls',
      // No hook is published: the label alone finds the switch (English only, medium-high).
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // The label as of the September 2025 terms, and as a 2026 source quotes it.
      labels: { en: ['Help improve Claude', 'Help improve our AI models'] },
    },
  ],
});
