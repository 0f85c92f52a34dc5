// A replica of Meta's "Right to object" help form (Facebook's and Instagram's), built with
// the real React. Only the ADDRESSES are known (./facts.md, high confidence);
// the markup, the labels (English and French), the decoy fields and the confirmation shown
// in place of the form after a submit are INVENTED from what the facts say the form asks
// (e-mail, country of residence, an explanation) and must be checked on the real pages.
// Every field is controlled by React state, so a value written with a plain
// `input.value = …` is lost; the state is mirrored into `window.__formState`. A submit
// POSTs the values to the server's endpoint (`config.submitPath`), then shows the
// confirmation. `config.missing` leaves a field out (the form changed).
// Plain `createElement` calls (no JSX), so bundling needs no JSX setup.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { replicaLog } from '../../../tests/fixtures/click-log.mjs';

const config = window.__formConfig;
const t = config.text;
const log = replicaLog();

function Row({ id, label, children }) {
  return h('div', { className: 'row' }, h('label', { htmlFor: id }, label), children);
}

function MetaForm() {
  const [state, setState] = useState({ name: '', phone: '', email: '', country: '', explanation: '' });
  const [sent, setSent] = useState(false);
  const set = (key) => (e) => setState((s) => ({ ...s, [key]: e.target.value }));
  window.__formState = state;
  const has = (field) => field !== config.missing;
  const submit = (e) => {
    e.preventDefault();
    log.submitted++;
    fetch(config.submitPath, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(state) }).then(() => setSent(true));
  };
  if (sent) return h('div', { className: 'done', role: 'status' }, h('h2', null, t.doneTitle), h('p', null, t.doneBody));
  return h(
    'form',
    { id: 'meta-objection', onSubmit: submit, noValidate: true },
    h('p', null, t.intro),
    // Decoys: fields the extension has no value for, which must stay empty.
    h(Row, { id: 'f-name', label: t.name }, h('input', { id: 'f-name', type: 'text', value: state.name, onChange: set('name') })),
    h(Row, { id: 'f-phone', label: t.phone }, h('input', { id: 'f-phone', type: 'tel', value: state.phone, onChange: set('phone') })),
    has('email') && h(Row, { id: 'f-email', label: t.email }, h('input', { id: 'f-email', type: 'email', value: state.email, onChange: set('email') })),
    has('country') &&
      h(
        Row,
        { id: 'f-country', label: t.country },
        h(
          'select',
          { id: 'f-country', value: state.country, onChange: set('country') },
          h('option', { value: '' }, t.choose),
          config.countries.map(([code, name]) => h('option', { key: code, value: code }, name)),
        ),
      ),
    has('explanation') &&
      h(
        Row,
        { id: 'f-explanation', label: t.explanation },
        h('textarea', { id: 'f-explanation', rows: 4, value: state.explanation, onChange: set('explanation') }),
      ),
    h('button', { type: 'submit', id: 'f-submit', onClick: () => log.submitClicks++ }, t.submit),
  );
}

// Meta's help forms render after load.
setTimeout(() => createRoot(document.getElementById('root')).render(h(MetaForm)), 300);
