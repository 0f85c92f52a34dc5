// The menu step (src/engine/switch/menu.ts, through control.ts): a chip that shows On/Off
// opens a menu; only the entry the row names is chosen ("Turn off", never "Turn off and
// delete activity"), a confirmation only with its named button; anything else is refused
// with nothing clicked beyond the chip (the menu closed with Escape) or the entry (the
// dialog left open). Read only when off, verifying, or auditing. A row invented here (no
// service): the step knows none.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { auditLoad, type LoadPlan } from '../../src/engine/switch/load';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument, recordClicks } from './dom';

const CHIP = {
  kind: 'menu',
  on: { en: ['On'], fr: ['Activé'] },
  off: { en: ['Off'], fr: ['Désactivé'] },
  item: { en: ['Turn off'], fr: ['Désactiver'] },
  avoid: { en: ['Turn off and delete activity'], fr: ['Désactiver et supprimer l’activité'] },
  confirm: { en: ['Got it'], fr: ['OK'] },
} as const;

const spec: SettingSpec = {
  id: 'keep',
  path: '/keep',
  hook: null,
  hookBy: 'id',
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: ['Keep Activity'], fr: ['Activité dans les applications'] },
  control: CHIP,
};
const [row] = defineService({ id: 'svc', name: 'Svc', origin: 'https://svc.test', host: 'optional', pages: [], signIn: [], settings: [spec] }).settings;
const WAIT = { timeoutMs: 5_000, ambiguousGraceMs: 500 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
const SHORT = () => ({ minMs: 200, quietMs: 100, maxMs: 2_000 });

interface Page {
  on?: boolean;
  lang?: string;
  /** The chip's name (its aria-label); default the English one. */
  name?: string;
  /** What the chip prints for its state (default On/Off). */
  word?: (on: boolean) => string;
  /** The menu's entries, by name. */
  items?: string[];
  /** A confirmation after the entry: its buttons, by name (none: no confirmation). */
  confirm?: string[];
  /** The service's answer: false keeps it on. */
  saves?: boolean;
}

/** A settings card: a chip with its menu, and a decoy chip for another setting beside it. */
function page(doc: Document, p: Page = {}) {
  let on = p.on ?? true;
  doc.documentElement.lang = p.lang ?? 'en';
  const word = p.word ?? ((state: boolean) => (state ? 'On' : 'Off'));
  const chip = doc.createElement('button');
  chip.setAttribute('aria-haspopup', 'menu');
  const show = () => {
    chip.setAttribute('aria-label', p.name ?? `Turn ${on ? 'off' : 'on'} your Keep Activity setting`);
    chip.textContent = word(on);
  };
  show();
  const decoy = doc.createElement('button');
  decoy.setAttribute('aria-haspopup', 'menu');
  decoy.setAttribute('aria-label', 'Turn off your YouTube History setting');
  decoy.textContent = 'On';
  doc.body.append(decoy, chip);
  const escapes: string[] = [];
  const saved = () => {
    if (p.saves === false) return;
    setTimeout(() => {
      on = false;
      show();
    }, 300);
  };
  chip.addEventListener('click', () => {
    const menu = doc.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      escapes.push('Escape');
      menu.remove();
    });
    for (const name of p.items ?? ['Turn off', 'Turn off and delete activity']) {
      const item = doc.createElement('div');
      item.setAttribute('role', 'menuitem');
      item.textContent = name;
      item.addEventListener('click', () => {
        menu.remove();
        if (name === 'Turn off and delete activity') throw new Error('deleted');
        if (!p.confirm) return saved();
        const dialog = doc.createElement('div');
        dialog.setAttribute('role', 'dialog');
        for (const label of p.confirm) {
          const b = doc.createElement('button');
          b.textContent = label;
          b.addEventListener('click', () => {
            dialog.remove();
            saved();
          });
          dialog.append(b);
        }
        setTimeout(() => doc.body.append(dialog), 100);
      });
      menu.append(item);
    }
    setTimeout(() => doc.body.append(menu), 50);
  });
  return { chip, decoy, escapes, menuItem: (name: string) => [...doc.querySelectorAll('[role=menuitem]')].find((i) => i.textContent === name) };
}

async function load(doc: Document, plan: LoadPlan = ACT) {
  vi.useFakeTimers();
  // What each click was on, as it read then (the chip changes its words afterwards).
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

describe('the menu step', () => {
  it('chooses "Turn off" (never the delete entry), confirms with the named button, and reads the chip off', async () => {
    const doc = freshDocument();
    const { chip } = page(doc, { confirm: ['Cancel', 'Got it'] });
    const { report, clicks } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual(['On', 'Turn off', 'Got it']);
    expect(chip.textContent).toBe('Off');
  });

  it('without a confirmation: the chip, the entry, nothing else', async () => {
    const doc = freshDocument();
    page(doc);
    const { report, clicks } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual(['On', 'Turn off']);
  });

  it('in French, with the French words', async () => {
    const doc = freshDocument();
    page(doc, {
      lang: 'fr',
      name: 'Désactiver votre paramètre Activité dans les applications',
      word: (on) => (on ? 'Activé' : 'Désactivé'),
      items: ['Désactiver', 'Désactiver et supprimer l’activité'],
    });
    const { report, clicks } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual(['Activé', 'Désactiver']);
  });

  it('a menu with only the delete entry: refused, closed with Escape, nothing clicked but the chip', async () => {
    const doc = freshDocument();
    const { escapes } = page(doc, { items: ['Turn off and delete activity'] });
    const { report, clicks } = await load(doc);
    expect(report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'menu-refused' });
    expect(clicks).toEqual(['On']);
    expect(escapes).toEqual(['Escape']);
    expect(doc.querySelector('[role=menu]')).toBeNull();
  });

  it('an entry not named in the row’s words ("Pause", a near miss): refused, closed with Escape', async () => {
    for (const items of [
      ['Pause', 'Turn off and delete activity'],
      ['Don’t turn off', 'Turn off and delete activity'],
    ]) {
      const doc = freshDocument();
      const { escapes } = page(doc, { items });
      const { report, clicks } = await load(doc);
      expect(report).toMatchObject({ outcome: 'ambiguous', detail: 'menu-refused' });
      expect(clicks).toEqual(['On']);
      expect(escapes).toEqual(['Escape']);
    }
  });

  it('a confirmation without the named button: refused and left open, its buttons untouched', async () => {
    const doc = freshDocument();
    page(doc, { confirm: ['Cancel', 'Delete everything'] });
    const { report, clicks } = await load(doc);
    expect(report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'menu-refused' });
    expect(clicks).toEqual(['On', 'Turn off']);
    expect(doc.querySelector('[role=dialog]')).not.toBeNull();
  });

  it('a save the service does not keep: the chip still reads on once the window ends', async () => {
    const doc = freshDocument();
    page(doc, { saves: false });
    const { report } = await load(doc);
    expect(report).toMatchObject({ kind: 'settled', state: 'on' });
  });

  it('off already, a verifying load, or a check only: read, nothing clicked', async () => {
    for (const [on, plan, state] of [
      [false, ACT, 'off'],
      [true, { phase: 'verify' }, 'on'],
      [false, { phase: 'verify' }, 'off'],
      [true, { phase: 'act', mode: 'audit' }, 'on'],
    ] as const) {
      const doc = freshDocument();
      page(doc, { on });
      const { report, clicks } = await load(doc, plan);
      expect(report).toEqual({ kind: 'read', state });
      expect(clicks).toEqual([]);
    }
  });

  it('a page in a language the row has no words for: refused as unsure, nothing clicked', async () => {
    const doc = freshDocument();
    page(doc, { lang: 'de', name: 'Ihre Einstellung „Aktivität speichern“ deaktivieren', word: (on) => (on ? 'An' : 'Aus') });
    const { report, clicks } = await load(doc);
    expect(report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'language' });
    expect(clicks).toEqual([]);
  });

  it('its name known but not the state word it shows: refused as unsure, nothing clicked', async () => {
    const doc = freshDocument();
    page(doc, { word: (on) => (on ? 'Paused' : 'Running') });
    const { report, clicks } = await load(doc);
    expect(report).toEqual({ kind: 'failed', outcome: 'ambiguous', detail: 'language' });
    expect(clicks).toEqual([]);
  });

  it('a script without the step reads nothing and clicks nothing', async () => {
    vi.useFakeTimers();
    const doc = freshDocument();
    page(doc);
    const clicks = recordClicks(doc);
    const report = await auditLoad(doc, row!, ACT, { wait: WAIT, requestClick: async () => 1 });
    expect(report).toEqual({ kind: 'failed', outcome: 'not-found', detail: 'no-step' });
    expect(clicks).toEqual([]);
  });
});
