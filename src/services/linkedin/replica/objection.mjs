// The objection form as LinkedIn's Help Center builds it (facts, section 3), with the real
// React: the component in ./DynaForm.mjs (bundled by tests/fixtures/react-form.mjs), and the
// confirmation page that follows a submit.
import { reactFormScript } from '../../../../tests/fixtures/react-form.mjs';
import { FORM_TEXT } from './replica.mjs';

/** LinkedIn's Help Center form, with the real React. */
export const dynaFormScript = () => reactFormScript(new URL('./DynaForm.mjs', import.meta.url));

export const DYNA_FORM_PATH = '/help/linkedin/ask/TS-DPRO';
export const OTHER_FORM_PATH = '/help/linkedin/ask/TS-NFPI';
export const THANKYOU_PATH = '/help/linkedin/thankyou';
export const ARTICLE_PATH = '/help/linkedin/answer/a6278444';
export const CASE_NUMBER = '250123-004567';

// The same texts as the other replica forms (replica.mjs), with LinkedIn's separate name fields.
const TEXT = {
  en: { ...FORM_TEXT.en, firstName: 'First name', lastName: 'Last name' },
};

/**
 * The TS-DPRO form page (or any other "ask" form: the engine is the same).
 * @param {{ title?: string, prefilledEmail?: string }} [options]
 */
export async function dynaFormPage(options = {}) {
  const text = TEXT.en;
  const config = { text, options: text.options, prefilledEmail: options.prefilledEmail ?? '', thankyouPath: THANKYOU_PATH };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title ?? text.title} | LinkedIn Help</title>
<style>
  body { font: 15px system-ui, sans-serif; margin: 0; background: #f4f2ee; }
  #root { max-width: 640px; margin: 24px auto; background: #fff; padding: 24px; border-radius: 8px; }
  .field { margin: 14px 0; display: flex; flex-direction: column; gap: 4px; }
  .options { border: 1px solid #999; list-style: none; padding: 0; margin: 0; } .options li { padding: 6px; cursor: pointer; }
  .g-recaptcha { display: flex; gap: 8px; align-items: center; border: 1px solid #ccc; padding: 12px; width: 280px; }
  #recaptcha-anchor { width: 24px; height: 24px; border: 2px solid #888; } #recaptcha-anchor[aria-checked=true] { background: #1a73e8; }
</style></head>
<body><h1>${options.title ?? text.title}</h1><div id="root"></div>
<script>window.__formConfig = ${JSON.stringify(config)};</script>
<script>${await dynaFormScript()}</script></body></html>`;
}

/** LinkedIn's confirmation after a submit, with the case number rendered late. */
export function thankyouPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thank you | LinkedIn Help</title></head>
<body><main id="main"><h1>Thank you</h1></main>
<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = "We've received your request. Case number: ${CASE_NUMBER}"; document.getElementById('main').append(p); }, 300);</script>
</body></html>`;
}

/** A help article that quotes a reference number: no receipt of anything. */
export function articlePage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help | LinkedIn</title></head>
<body><main><h1>Control your data</h1><p>Thank you for contacting us. We've received your request. Reference number: 999999-000000</p></main></body></html>`;
}
