// Meta (Facebook, Instagram): no switch, a formal objection through two forms, prefilled for
// the user, who submits them. Sources and confidence: ./facts.md.
import { defineService } from '../../engine/model';
import { META_FORMS } from './forms';

export default defineService({
  id: 'meta',
  name: 'Meta',
  category: 'network',
  origin: 'https://www.facebook.com',
  otherOrigins: ['https://help.instagram.com'],
  host: 'optional',
  pages: ['https://www.facebook.com/help/contact/*', 'https://help.instagram.com/contact/*'],
  // A form, not a switch: nothing is taken for a sign-in page.
  signIn: [],
  // Meta's date for users in the EU to object before its training began (high).
  since: '2025-05-27',
  forms: META_FORMS,
});
