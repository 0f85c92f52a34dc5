// The value step (src/engine/switch/choose.ts, through control.ts): a value chosen from a
// list, set to its protective value. A native <select> gets the value and the input and
// change events of a person's choice, and no click anywhere; a button with a menu of values
// gets the menu step, its protective value and nothing else. A list without that value, or
// a sibling shown without the row, is refused or "not offered", nothing changed. A row
// invented here (no service): the step knows none.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { auditLoad, type LoadPlan } from '../../src/engine/switch/load';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument } from './dom';

const LABEL = 'Allow us to use my data for model training';
const SIBLING = 'Allow us to use my data for product improvements';
const spec: SettingSpec = {
  id: 'training',
  path: '/features',
  hook: null,
  hookBy: 'id',
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: [LABEL] },
  control: { kind: 'value', on: { en: ['Enabled'] }, off: { en: ['Disabled'] } },
  notOffered: { notices: { en: ['Your seat is managed by your organization'] }, siblings: { en: [SIBLING] } },
};
const [row] = defineService({
  id: 'svc',
  name: 'Svc',
  origin: 'https://svc.test',
  host: 'optional',
  pages: [],
  signIn: [],
  settings: [spec],
  leftAlone: [SIBLING],
}).settings;
const WAIT = { timeoutMs: 5_000, ambiguousGraceMs: 500 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
const SHORT = () => ({ minMs: 200, quietMs: 100, maxMs: 2_000 });

/** A native list, labelled by its <label for>, whose change the page saves (or puts back). */
function select(doc: Document, label: string, value: 'enabled' | 'disabled', values = ['Enabled', 'Disabled']) {
  const id = `s${doc.querySelectorAll('select').length}`;
  const l = doc.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const s = doc.createElement('select');
  s.id = id;
  for (const v of values) s.append(new Option(v, v.toLowerCase()));
  s.value = value;
  const events: string[] = [];
  s.addEventListener('input', () => events.push('input'));
  s.addEventListener('change', () => events.push('change'));
  doc.body.append(l, s);
  return { s, events };
}

/** A button that shows its value and lists the values in a menu (a design system's dropdown). */
function menuButton(doc: Document, label: string, value: string) {
  const l = doc.createElement('span');
  l.id = `l-${label.length}`;
  l.textContent = label;
  const b = doc.createElement('button');
  b.setAttribute('aria-haspopup', 'true');
  b.id = `b-${label.length}`;
  b.setAttribute('aria-labelledby', `${l.id} ${b.id}`);
  b.textContent = value;
  b.addEventListener('click', () => {
    const menu = doc.createElement('ul');
    menu.setAttribute('role', 'menu');
    for (const v of ['Enabled', 'Disabled']) {
      const item = doc.createElement('li');
      item.setAttribute('role', 'menuitemradio');
      item.textContent = v;
      item.addEventListener('click', () => {
        b.textContent = v;
        menu.remove();
      });
      menu.append(item);
    }
    doc.body.append(menu);
  });
  doc.body.append(l, b);
  return b;
}

async function load(doc: Document, plan: LoadPlan = ACT) {
  vi.useFakeTimers();
  const clicks: (string | null)[] = [];
  doc.addEventListener('click', (e) => clicks.push((e.target as Element).textContent), true);
  const done = auditLoad(doc, row!, plan, { wait: WAIT, steps: EVERY_STEP, requestClick: async () => 1, settle: SHORT });
  await vi.runAllTimersAsync();
  return { report: await done, clicks };
}

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('the value step', () => {
  it('a native list: set to Disabled with the events of a choice, no click anywhere; its sibling untouched', async () => {
    const doc = freshDocument();
    const sibling = select(doc, SIBLING, 'enabled');
    const { s, events } = select(doc, LABEL, 'enabled');
    const { report, clicks } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(s.value).toBe('disabled');
    expect(events).toEqual(['input', 'change']);
    expect(clicks).toEqual([]);
    expect(sibling.s.value).toBe('enabled');
    expect(sibling.events).toEqual([]);
  });

  it('a list without the protective value: refused, unchanged', async () => {
    const doc = freshDocument();
    const { s, events } = select(doc, LABEL, 'enabled', ['Enabled', 'Enabled for public repositories']);
    const { report } = await load(doc);
    expect(report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'menu-refused' });
    expect(s.value).toBe('enabled');
    expect(events).toEqual([]);
  });

  it('a button with a menu of values: the button, then Disabled; never Enabled', async () => {
    const doc = freshDocument();
    menuButton(doc, SIBLING, 'Enabled');
    const b = menuButton(doc, LABEL, 'Enabled');
    const { report, clicks } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual(['Enabled', 'Disabled']);
    expect(b.textContent).toBe('Disabled');
  });

  it('Disabled already, or a verifying load: read, nothing changed', async () => {
    for (const [value, plan, state] of [
      ['disabled', ACT, 'off'],
      ['enabled', { phase: 'verify' }, 'on'],
    ] as const) {
      const doc = freshDocument();
      const { events } = select(doc, LABEL, value);
      const { report, clicks } = await load(doc, plan);
      expect(report).toEqual({ kind: 'read', state });
      expect([...events, ...clicks]).toEqual([]);
    }
  });

  it('not offered here: its sibling shown without it, or the notice', async () => {
    const doc = freshDocument();
    select(doc, SIBLING, 'enabled');
    expect((await load(doc)).report).toEqual({ kind: 'failed', outcome: 'not-offered', detail: 'siblings' });
    const notice = freshDocument();
    notice.body.innerHTML = '<p>Your seat is managed by your organization.</p>';
    expect((await load(notice)).report).toEqual({ kind: 'failed', outcome: 'not-offered', detail: 'notice' });
    // Neither: not found, as for a switch.
    expect((await load(freshDocument())).report).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'timeout' });
  });
});
