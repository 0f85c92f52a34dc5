// Mistral Le Chat: "Allow your interactions to be used to train our models", in Le Chat's admin
// console. Where that console's page lives is unverified, so the extension asks for no host and
// runs no script there: its card gives the steps by hand. Sources and confidence: ./facts.md.
import { defineManualService } from '../../engine/model';

export default defineManualService({ id: 'mistral', name: 'Mistral Le Chat', category: 'assistant', kind: 'manual' });
