// GitHub: Copilot's "Allow GitHub to use my data for AI model training", a value (Enabled /
// Disabled) chosen from a dropdown, set to Disabled. Its sibling "…for product improvements"
// is left alone. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';

export default defineService({
  id: 'github',
  name: 'GitHub',
  category: 'creative',
  origin: 'https://github.com',
  host: 'optional',
  pages: ['https://github.com/settings/*'],
  // A signed-out visitor is sent to /login?return_to=… (high confidence).
  signIn: [/^\/login\b/, /^\/session\b/],
  settings: [
    {
      id: 'github-copilot-training',
      path: '/settings/copilot/features',
      hook: null,
      hookBy: 'id',
      category: 'ai',
      recommended: true,
      titles: {},
      // GitHub's interface is in English only.
      labels: { en: ['Allow GitHub to use my data for AI model training'] },
      control: { kind: 'value', on: { en: ['Enabled'] }, off: { en: ['Disabled'] } },
      // A seat managed by an organisation (Business, Enterprise) shows no such row (unverified wording: ./facts.md).
      notOffered: {
        notices: { en: ['managed by your organization', 'as part of a Copilot Business subscription', 'as part of a Copilot Enterprise subscription'] },
        siblings: { en: ['Allow GitHub to use my data for product improvements'] },
      },
    },
  ],
  leftAlone: ['Allow GitHub to use my data for product improvements'],
});
