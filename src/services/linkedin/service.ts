// LinkedIn: the heart of the extension. Its host is held from install; its thirteen data
// and ads switches (./settings.ts, the AI switch first, made rows in ./rows.ts) and its
// objection form (./objection-form.ts). Its own features beside them: the privacy check,
// the deadline and its reminders, the record, the steps by hand, what its pages show that
// we do not know. Sources and confidence: ./facts.md.
import { OBJECTION_FORM } from './objection-form';
import { LINKEDIN_SWITCHES } from './rows';

const linkedin = { ...LINKEDIN_SWITCHES, forms: [OBJECTION_FORM] };
export default linkedin;

export { GENERATIVE_AI, LINKEDIN_ORIGIN, RECOMMENDED, SETTINGS } from './rows';
