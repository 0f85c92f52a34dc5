// A replica of LinkedIn's Help Center "ask" form engine, built with the real React (facts,
// section 3): separate `dyna-firstname` / `dyna-lastname` / `dyna-email` fields, the
// objection type in a custom dropdown whose `li#option-<field>-<n>` items exist only while
// it is open (it opens on mousedown, as many such dropdowns do), a confirmation box, a
// stand-in for the reCAPTCHA and `button#dynaform-submit`. Every field is controlled by
// React state, so a value written with a plain `input.value = …` is lost. The state is
// mirrored into `window.__formState` so tests check what React holds, not only the DOM.
// Plain `createElement` calls (no JSX), so bundling needs no JSX setup.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { replicaLog } from '../../../../tests/fixtures/click-log.mjs';

const config = window.__formConfig;
const log = replicaLog({ captchaClicks: 0 });

function Field({ id, label, type = 'text', value, onChange }) {
  return h('div', { className: 'field' }, h('label', { htmlFor: id }, label), h('input', { id, type, value, onChange: (e) => onChange(e.target.value) }));
}

function Dropdown({ label, options, value, onChange }) {
  const [open, setOpen] = useState(false);
  const chosen = options.find(([v]) => v === value);
  return h(
    'div',
    { className: 'field dropdown' },
    h('span', { id: 'dyna-topic-label' }, label),
    h(
      'button',
      {
        type: 'button',
        id: 'dyna-topic',
        'aria-haspopup': 'listbox',
        'aria-expanded': String(open),
        'aria-labelledby': 'dyna-topic-label',
        onMouseDown: () => setOpen((o) => !o),
        onKeyDown: (e) => e.key === 'Escape' && setOpen(false),
      },
      chosen ? chosen[1] : config.text.choose,
    ),
    open &&
      h(
        'ul',
        { className: 'options' },
        options.map(([v, text], n) =>
          h(
            'li',
            {
              key: v,
              id: `option-topic-${n}`,
              onClick: () => {
                onChange(v);
                setOpen(false);
              },
            },
            text,
          ),
        ),
      ),
  );
}

function DynaForm() {
  const t = config.text;
  const [state, setState] = useState({ firstName: '', lastName: '', email: config.prefilledEmail || '', topic: '', confirm: false, captcha: false });
  const set = (key) => (value) => setState((s) => ({ ...s, [key]: value }));
  window.__formState = state;
  const submit = (e) => {
    e.preventDefault();
    log.submitted++;
    log.values = state;
    if (!state.captcha) return;
    location.assign(config.thankyouPath);
  };
  return h(
    'form',
    { id: 'dynaform', onSubmit: submit, noValidate: true },
    h(Field, { id: 'dyna-firstname', label: t.firstName, value: state.firstName, onChange: set('firstName') }),
    h(Field, { id: 'dyna-lastname', label: t.lastName, value: state.lastName, onChange: set('lastName') }),
    h(Field, { id: 'dyna-email', label: t.email, type: 'email', value: state.email, onChange: set('email') }),
    h(Dropdown, { label: t.type, options: config.options, value: state.topic, onChange: set('topic') }),
    h(
      'div',
      { className: 'field check' },
      h('input', { type: 'checkbox', id: 'dyna-confirm', checked: state.confirm, onChange: (e) => set('confirm')(e.target.checked) }),
      h('label', { htmlFor: 'dyna-confirm' }, t.confirm),
    ),
    h(
      'div',
      { className: 'g-recaptcha' },
      h('div', {
        id: 'recaptcha-anchor',
        role: 'checkbox',
        tabIndex: 0,
        'aria-checked': String(state.captcha),
        onClick: () => {
          log.captchaClicks++;
          set('captcha')(!state.captcha);
        },
      }),
      h('span', null, "I'm not a robot"),
    ),
    h('button', { type: 'submit', id: 'dynaform-submit', onClick: () => log.submitClicks++ }, t.submit),
  );
}

// LinkedIn's help form renders after load.
setTimeout(() => createRoot(document.getElementById('root')).render(h(DynaForm)), config.renderDelayMs ?? 300);
