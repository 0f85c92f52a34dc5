// Substack: "Opt out of AI training", one box per publication, in each publication's own
// settings (`<publication>.substack.com/publish/settings`, or the publication's own domain).
// Acting there would need access to every publication on Substack (`https://*.substack.com/*`)
// or to domains we cannot know in advance; the extension asks for neither, so its card gives
// the steps by hand, per publication. Sources and confidence: ./facts.md.
import { defineManualService } from '../../engine/model';

export default defineManualService({ id: 'substack', name: 'Substack', category: 'publishing', kind: 'manual' });
