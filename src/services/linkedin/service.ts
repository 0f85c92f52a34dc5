// LinkedIn: the heart of the extension. Its host is held from install; its thirteen data
// and ads switches (./switches.ts, the AI switch first) and its objection form
// (./objection-form.ts). Its own features beside them: the privacy check, the deadline and
// its reminders, the record, the steps by hand, what its pages show that we do not know.
// Sources and confidence: ./facts.md.
import { OBJECTION_FORM } from './objection-form';
import { LINKEDIN } from './switches';

export default { ...LINKEDIN, forms: [OBJECTION_FORM] };
