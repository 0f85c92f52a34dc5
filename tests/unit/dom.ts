// Build small settings pages in jsdom for the unit tests of the engine.
import { vi } from 'vitest';
import type { SettingRow } from '../../src/engine/model';
import { auditLoad, DEFAULT_WAIT, type LoadReport, type LoadSteps } from '../../src/engine/switch/load';
interface SwitchSpec {
  label: string;
  on?: boolean;
  hook?: string;
  how?: 'labelledby' | 'aria-label' | 'label-for' | 'aria-switch';
  hidden?: boolean;
}

let seq = 0;

/** Append one switch row; returns the switch element. */
export function addSwitch(doc: Document, spec: SwitchSpec): HTMLElement {
  const n = ++seq;
  const row = doc.createElement('div');
  if (spec.hidden) row.hidden = true;
  const labelId = spec.hook ?? `label-${n}`;
  const how = spec.how ?? 'labelledby';
  let el: HTMLElement;
  if (how === 'aria-switch') {
    el = doc.createElement('button');
    el.setAttribute('role', 'switch');
    el.setAttribute('aria-checked', String(spec.on ?? true));
    el.addEventListener('click', () => el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')));
  } else {
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('role', 'switch');
    input.checked = spec.on ?? true;
    el = input;
  }
  el.id = `switch-${n}`;
  if (how === 'labelledby' || how === 'aria-switch') {
    const p = doc.createElement('p');
    p.id = labelId;
    p.textContent = spec.label;
    row.append(p);
    el.setAttribute('aria-labelledby', labelId);
  } else if (how === 'aria-label') {
    el.setAttribute('aria-label', spec.label);
  } else {
    const label = doc.createElement('label');
    label.htmlFor = el.id;
    label.textContent = spec.label;
    row.append(label);
  }
  row.append(el);
  doc.body.append(row);
  return el;
}

export function freshDocument(): Document {
  const doc = document.implementation.createHTMLDocument('Data for Generative AI Improvement');
  return doc;
}

/** Count clicks on every element of the document. */
export function recordClicks(doc: Document): Element[] {
  const clicks: Element[] = [];
  doc.addEventListener('click', (e) => clicks.push(e.target as Element), true);
  return clicks;
}

/**
 * One load that may switch off, run to its end on fake timers (the caller's `vi.useFakeTimers()`),
 * with the content scripts' wait, every click granted: what it reported and what it clicked.
 */
export async function loadToEnd(doc: Document, setting: SettingRow, steps: LoadSteps = {}): Promise<{ report: LoadReport; clicks: Element[] }> {
  const clicks = recordClicks(doc);
  const done = auditLoad(doc, setting, { phase: 'act', mode: 'optout' }, { wait: DEFAULT_WAIT, steps, requestClick: async () => 1 });
  await vi.runAllTimersAsync();
  return { report: await done, clicks };
}

/**
 * A field as React controls it: React keeps its own copy of the value on the element (an
 * own `value` property); on `input` (and `change`, for a list) it compares the DOM value
 * with that copy, and if they are equal it sees no change and renders its state back, as a
 * controlled field does. Returns what React's state holds.
 */
export function reactLikeField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  const proto =
    field.tagName === 'SELECT' ? HTMLSelectElement.prototype : field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = field.value;
  let state = field.value;
  Object.defineProperty(field, 'value', {
    configurable: true,
    get: () => native.get!.call(field),
    set: (v: string) => {
      tracked = v;
      native.set!.call(field, v);
    },
  });
  const onChange = () => {
    const now = native.get!.call(field) as string;
    if (now !== tracked) state = tracked = now; // onChange: the state takes the value
    native.set!.call(field, state); // the render puts the state back
  };
  field.addEventListener(field.tagName === 'SELECT' ? 'change' : 'input', onChange);
  return { state: () => state };
}
