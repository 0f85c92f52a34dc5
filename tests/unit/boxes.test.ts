// The box steps, each alone: a box that protects when ticked (exposure.ts), the Save button a
// change needs (save.ts), and a box shown disabled and already protected (locked.ts). The
// pages are built here by hand, like WordPress.com's reading settings (a native checkbox with
// its <label for>, a Save button in the same form).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decide, type RunState } from '../../src/engine/check/run';
import type { SettingRow } from '../../src/engine/model';
import { exposureOf } from '../../src/engine/switch/exposure';
import { DEFAULT_WAIT, auditLoad, type LoadReport, type LoadSteps } from '../../src/engine/switch/load';
import { lockedProtected } from '../../src/engine/switch/locked';
import { pressSave, saveButtonOf } from '../../src/engine/switch/save';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument, loadToEnd, recordClicks } from './dom';

const LABEL = 'Prevent third-party sharing for this site';
const BOX: SettingRow = {
  id: 'test-sharing',
  service: 'test',
  origin: 'https://example.test',
  path: '/settings/reading/a.example',
  hook: 'prevent-sharing',
  hookBy: 'id',
  category: 'sharing',
  recommended: true,
  titles: {},
  labels: { en: [LABEL] },
  others: [],
  twins: [],
  protective: 'on',
};
const SAVED_BOX: SettingRow = { ...BOX, save: { en: ['Save settings'], fr: ['Enregistrer les réglages'] } };
const STEPS: LoadSteps = EVERY_STEP;

let doc: Document;
beforeEach(() => {
  vi.useFakeTimers();
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

interface Page {
  box: HTMLInputElement;
  save: HTMLButtonElement;
  /** What a Save press sent, and whether the form was submitted natively. */
  sent: boolean[];
  submitted: number;
}

/** A form with the box and its Save button (enabled once the form has changed, as Calypso does), beside another form with its own Save. */
function page({ ticked = false, disabled = false, withSave = true, enabledAtStart = false } = {}): Page {
  const p: Partial<Page> = { sent: [], submitted: 0 };
  for (const which of ['other', 'ours']) {
    const form = doc.createElement('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      p.submitted!++;
    });
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.id = which === 'ours' ? 'prevent-sharing' : 'other-box';
    const label = doc.createElement('label');
    label.htmlFor = box.id;
    label.textContent = which === 'ours' ? LABEL : 'Show related posts';
    const save = doc.createElement('button');
    save.type = 'button';
    save.textContent = 'Save settings';
    save.disabled = !enabledAtStart;
    box.addEventListener('change', () => (save.disabled = false));
    form.append(box, label);
    if (withSave) form.append(save);
    doc.body.append(form);
    if (which === 'ours') {
      box.checked = ticked;
      box.disabled = disabled;
      save.addEventListener('click', () => p.sent!.push(box.checked));
      p.box = box;
      p.save = save;
    }
  }
  return p as Page;
}

describe('exposureOf: the row says which state protects', () => {
  it('a box that protects when ticked: ticked is protected ("off"), unticked exposed ("on")', () => {
    const { box } = page({ ticked: true });
    expect(exposureOf(box, BOX)).toBe('off');
    box.checked = false;
    expect(exposureOf(box, BOX)).toBe('on');
  });

  it('a row that says nothing is never read as protected when ticked ("off" is not assumed to expose)', () => {
    const { box } = page({ ticked: true });
    expect(exposureOf(box, { protective: undefined })).toBe('on');
    expect(exposureOf(box, { protective: 'off' })).toBe('on');
  });
});

describe('a box that protects when ticked', () => {
  it('already ticked: read as protected, never clicked', async () => {
    page({ ticked: true });
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(report).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toEqual([]);
  });

  it('unticked: clicked once, then read back ticked', async () => {
    const { box } = page({ enabledAtStart: true });
    const { report, clicks } = await loadToEnd(doc, BOX, STEPS);
    expect(clicks).toEqual([box]);
    expect(box.checked).toBe(true);
    expect(report).toEqual({ kind: 'settled', state: 'off', toast: false });
  });
});

describe('save, then verify', () => {
  it('ticks the box, then presses only its own form’s Save, once', async () => {
    const p = page();
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(clicks).toEqual([p.box, p.save]);
    expect(p.sent).toEqual([true]);
    expect(p.submitted).toBe(0);
    expect(report).toEqual({ kind: 'settled', state: 'off', toast: false });
  });

  it('no Save button beside the box: nothing is clicked at all', async () => {
    page({ withSave: false });
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(report).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'save-button' });
    expect(clicks).toEqual([]);
  });

  it('a row that needs a Save is never ticked by a script that cannot press it', async () => {
    page();
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, {});
    expect(report.kind).toBe('failed');
    expect(clicks).toEqual([]);
  });

  it('the Save button is found by name in the box’s form, in any of the row’s languages; a hidden one is not', () => {
    const p = page();
    p.save.textContent = 'Enregistrer les réglages';
    expect(saveButtonOf(p.box, SAVED_BOX)).toBe(p.save);
    p.save.hidden = true;
    expect(saveButtonOf(p.box, SAVED_BOX)).toBeNull();
  });

  it('in a dialog (YouTube Studio’s settings), the dialog’s own Save; another dialog’s is not it', () => {
    doc.body.innerHTML = `<div role="dialog"><div><label><input type="checkbox" id="b"> Prevent third-party sharing</label></div><div><button id="s1">Save settings</button></div></div>
      <div role="dialog"><button id="s2">Save settings</button></div>`;
    const box = doc.getElementById('b')!;
    expect(saveButtonOf(box, SAVED_BOX)).toBe(doc.getElementById('s1'));
  });

  it('a Save that never becomes enabled is not pressed', async () => {
    const p = page();
    const pressed = pressSave(p.box, SAVED_BOX, 5_000);
    await vi.runAllTimersAsync();
    expect(await pressed).toBe(false);
    expect(p.sent).toEqual([]);
  });

  it('an error alert after the Save counts against the save', async () => {
    const p = page();
    p.save.addEventListener('click', () => {
      const alert = doc.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = 'Error: your settings were not saved.';
      doc.body.append(alert);
    });
    const { report } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(report).toEqual({ kind: 'settled', state: 'off', toast: true });
  });

  it('across loads: only a Save makes the tick stick; a tick never saved is never "protected" (three clicks, then "didn’t save")', async () => {
    // The site keeps what a Save sent; every load renders the saved state.
    const check = async (steps: LoadSteps) => {
      let saved = false;
      let run: RunState = { phase: 'act', clicks: 0, mode: 'optout', toast: false };
      for (let load = 0; load < 10; load++) {
        doc = freshDocument();
        const p = page({ ticked: saved });
        p.save.addEventListener('click', () => (saved = p.box.checked));
        const done = auditLoad(doc, SAVED_BOX, run.phase === 'verify' ? { phase: 'verify' } : { phase: 'act', mode: 'optout' }, {
          wait: DEFAULT_WAIT,
          steps,
          requestClick: async () => (run.clicks < 3 ? ++run.clicks : null),
        });
        await vi.runAllTimersAsync();
        const report: LoadReport = await done;
        const next = decide(run, report);
        if (next.kind === 'finish') return { outcome: next.outcome, detail: next.detail, clicks: run.clicks, saved };
        run = { ...run, phase: next.phase, toast: next.toast };
      }
      throw new Error('no end');
    };
    expect(await check(STEPS)).toEqual({ outcome: 'turned-off', detail: undefined, clicks: 1, saved: true });
    // The same page with the Save step pressing nothing: ticked each time, never saved.
    const noPress: LoadSteps = { ...STEPS, save: { find: saveButtonOf, press: async () => false } };
    expect(await check(noPress)).toEqual({ outcome: 'save-rejected', detail: 'not-saved', clicks: 3, saved: false });
  });
});

describe('a box shown disabled', () => {
  it('disabled and ticked (WordPress.com while "Discourage search engines" is on): already protected, nothing clicked', async () => {
    page({ ticked: true, disabled: true });
    expect(lockedProtected(doc, SAVED_BOX)).toBe(true);
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(report).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toEqual([]);
  });

  it('disabled and unticked: not found, never "protected"', async () => {
    page({ ticked: false, disabled: true });
    const { report, clicks } = await loadToEnd(doc, SAVED_BOX, STEPS);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('only for a box that protects when ticked: a disabled switch that is off says nothing of what was saved', () => {
    const { box } = page({ ticked: false, disabled: true });
    expect(lockedProtected(doc, { ...BOX, protective: 'off' })).toBe(false);
    box.checked = true;
    expect(lockedProtected(doc, BOX)).toBe(true);
    expect(recordClicks(doc)).toEqual([]);
  });
});
