// A replica of Meta's two "Right to object" forms, for the browser tests: Facebook's at
// https://www.facebook.com/help/contact/6359191084165019 and Instagram's at
// https://help.instagram.com/contact/767264225370182 (addresses: ./facts.md,
// high confidence). Everything else is INVENTED and unverified: the form's markup and
// labels in English and French, its decoy fields (name, phone) and the confirmation shown
// in place of the form once it is submitted (./MetaForm.mjs, real React).
//
// Server API for the tests:
//   handle(req)          answers one request {method, url, path, body}: HTML, {status, body}, or undefined (404)
//   log.submissions      every submit the form made: the values React held
//   log.paths            every page path served, in order
//
// In a browser test, serve one server per origin with `ext.site(server.origin, replicaHandler(server))`.
import { reactFormScript } from '../../../tests/fixtures/react-form.mjs';

/** Meta's form, with the real React. */
export const metaFormScript = () => reactFormScript(new URL('./MetaForm.mjs', import.meta.url));

const META_FORMS = {
  facebook: { origin: 'https://www.facebook.com', path: '/help/contact/6359191084165019', title: 'Right to object' },
  instagram: { origin: 'https://help.instagram.com', path: '/contact/767264225370182', title: 'Right to object' },
};
const SUBMIT_PATH = '/ajax/help/contact/submit';

/** The form's texts (INVENTED), and the confirmation, whose words the extension's list of Meta's must know. */
const META_TEXT = {
  en: {
    intro: 'You have the right to object to Meta using your information to develop and improve AI at Meta.',
    name: 'Full name',
    phone: 'Phone number',
    email: 'Contact email address',
    country: 'Country of residence',
    choose: 'Select a country',
    explanation: 'Please explain how this processing impacts you',
    submit: 'Send',
    doneTitle: 'Thanks for contacting us',
    doneBody: 'We have received your request and will review it. We will send a confirmation to your email.',
  },
  fr: {
    intro: 'Vous avez le droit de vous opposer à l’utilisation de vos informations par Meta pour développer et améliorer l’IA chez Meta.',
    name: 'Nom complet',
    phone: 'Numéro de téléphone',
    email: 'Adresse e-mail de contact',
    country: 'Pays de résidence',
    choose: 'Choisir un pays',
    explanation: 'Veuillez expliquer en quoi ce traitement vous concerne',
    submit: 'Envoyer',
    doneTitle: 'Merci de nous avoir contactés',
    doneBody: 'Nous avons bien reçu votre demande et allons l’examiner. Une confirmation vous sera envoyée par e-mail.',
  },
};

/** Countries the list offers (Meta's list is the world's), named in the page's language. */
const COUNTRY_CODES = ['US', 'CA', 'FR', 'DE', 'BE', 'IE', 'NL', 'ES', 'IT', 'PT', 'GB', 'CH', 'NO', 'GF', 'PF', 'AT', 'PL'];

/**
 * @param {{ form?: keyof typeof META_FORMS, lang?: 'en' | 'fr', missing?: 'email' | 'country' | 'explanation' }} [options]
 */
export function metaServer(options = {}) {
  const form = META_FORMS[options.form ?? 'facebook'];
  const lang = options.lang ?? 'en';
  const text = META_TEXT[lang];
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const countries = COUNTRY_CODES.map((code) => [code, names.of(code)]).sort((a, b) => a[1].localeCompare(b[1], lang));
  const log = { submissions: /** @type {Record<string, string>[]} */ ([]), paths: /** @type {string[]} */ ([]) };

  async function page() {
    const config = { text, countries, missing: options.missing ?? null, submitPath: SUBMIT_PATH };
    return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${form.title} | Help Center</title>
<style>body { font: 15px system-ui, sans-serif; margin: 0; background: #f0f2f5; } #root { max-width: 640px; margin: 24px auto; background: #fff; padding: 24px; border-radius: 8px; }
.row { margin: 14px 0; display: flex; flex-direction: column; gap: 4px; } textarea { font: inherit; }</style></head>
<body><h1>${form.title}</h1><div id="root"></div>
<script>window.__formConfig = ${JSON.stringify(config)};</script>
<script>${await metaFormScript()}</script></body></html>`;
  }

  return {
    origin: form.origin,
    path: form.path,
    url: form.origin + form.path,
    log,
    /** @param {{ method: string, path: string, body: string | null }} req */
    async handle(req) {
      log.paths.push(req.path);
      if (req.method === 'POST' && req.path === SUBMIT_PATH) {
        log.submissions.push(JSON.parse(req.body ?? '{}'));
        return { status: 200, contentType: 'application/json', body: '{"ok":true}' };
      }
      if (req.path === form.path) return page();
      return undefined;
    },
  };
}
