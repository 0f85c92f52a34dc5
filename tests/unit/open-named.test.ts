// Openers named by what a person reads on them (a row's `openBy`), where a service's markup
// is unknown (DeepSeek's Settings, then its Data tab): each clicked once, in order, only
// while the switch is not shown; a step the page has already taken is skipped; a name that
// fits no pressable control, or several, clicks nothing; a control whose name only contains
// the name, or that no one could press, is never taken. (Fake timers, restored after each.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSiteReply } from '../../src/engine/check/replies';
import { defineService, type SettingSpec } from '../../src/engine/model';
import { namedOpener } from '../../src/engine/switch/named';
import { EVERY_STEP } from '../../src/engine/switch/steps';
import { freshDocument, loadToEnd } from './dom';

const LABEL = 'Improve the model for everyone';
const spec: SettingSpec = {
  id: 'demo-training',
  path: '/',
  hook: null,
  hookBy: 'id',
  openBy: [{ en: ['My Profile'] }, { en: ['Settings'], fr: ['Paramètres'] }, { en: ['Data'], fr: ['Données'] }],
  category: 'ai',
  recommended: true,
  titles: {},
  labels: { en: [LABEL] },
};
const row = defineService({
  id: 'demo',
  name: 'Demo',
  origin: 'https://demo.example',
  host: 'optional',
  pages: ['https://demo.example/*'],
  signIn: [],
  settings: [spec],
}).settings[0]!;

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const el = (html: string): HTMLElement => {
  const wrap = doc.createElement('div');
  wrap.innerHTML = html;
  const first = wrap.firstElementChild as HTMLElement;
  doc.body.append(first);
  return first;
};

/** The app: "My Profile" opens a menu with "Settings", which opens a modal at "General", whose "Data" tab shows the switch (each a moment later). */
function app({ lang = 'en', menuOpen = false } = {}) {
  const t = lang === 'fr' ? { profile: 'Mon profil', settings: 'Paramètres', data: 'Données' } : { profile: 'My Profile', settings: 'Settings', data: 'Data' };
  const later = (fn: () => void) => setTimeout(fn, 300);
  const profile = el(`<div role="button" tabindex="0">${t.profile}</div>`);
  const menu = () => {
    const settings = el(`<div role="menu"><div role="menuitem">${t.settings}</div><div role="menuitem">Log out</div></div>`).firstElementChild as HTMLElement;
    settings.addEventListener('click', () => later(modal));
  };
  const modal = () => {
    const dialog = el(
      `<div role="dialog"><h2>${t.settings}</h2><button role="tab">General</button><button role="tab">${t.data}</button><div role="tabpanel"></div></div>`,
    );
    dialog.querySelectorAll('[role=tab]')[1]!.addEventListener('click', () =>
      later(() => {
        dialog.querySelector('[role=tabpanel]')!.innerHTML =
          `<button role="switch" aria-checked="true" aria-label="${LABEL}"></button><button>Delete all chats</button><button>Export data</button>`;
        const sw = dialog.querySelector('[role=switch]')!;
        sw.addEventListener('click', () => sw.setAttribute('aria-checked', String(sw.getAttribute('aria-checked') !== 'true')));
      }),
    );
  };
  profile.addEventListener('click', () => later(menu));
  if (menuOpen) menu();
}

const names = (clicks: Element[]) => clicks.map((c) => c.getAttribute('aria-label') ?? c.textContent);

describe('openBy: the openers a row names', () => {
  it('each clicked once, in order, late as they come; then the switch, the only other click', async () => {
    vi.useFakeTimers();
    app();
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(names(clicks)).toEqual(['My Profile', 'Settings', 'Data', LABEL]);
  });

  it('a step the page has already taken is skipped: with the menu open, "My Profile" is never clicked', async () => {
    vi.useFakeTimers();
    app({ menuOpen: true });
    const { clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(names(clicks)).toEqual(['Settings', 'Data', LABEL]);
  });

  it('the names of another language the row gives, and only those (here French, with no French profile name: that step is skipped)', async () => {
    vi.useFakeTimers();
    app({ lang: 'fr', menuOpen: true });
    const { clicks, report } = await loadToEnd(doc, row, EVERY_STEP);
    // The switch's label is English only: opened to the switch, which is then read by its label.
    expect(names(clicks)).toEqual(['Paramètres', 'Données', LABEL]);
    expect(report).toMatchObject({ kind: 'settled' });
  });

  it('the switch already shown: no opener is clicked', async () => {
    vi.useFakeTimers();
    el(`<div><div role="button">Settings</div><button role="switch" aria-checked="false" aria-label="${LABEL}"></button></div>`);
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toEqual([]);
  });

  it('no control of any of those names: nothing clicked, not found', async () => {
    vi.useFakeTimers();
    el('<nav><button>Preferences</button><h2>Settings</h2><button>Data export</button><a>Data</a></nav>');
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('two pressable controls of one name: we do not guess, nothing clicked', async () => {
    vi.useFakeTimers();
    el('<nav><button>Settings</button><a href="/settings">Settings</a></nav>');
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });
});

describe('namedOpener', () => {
  it('takes the whole name (case, spaces and punctuation aside), never a name that only contains it', () => {
    const data = el('<button> DATA </button>');
    el('<button>Data controls</button>');
    expect(namedOpener([doc], { en: ['Data'] })).toBe(data);
  });

  it('a control inside another of the same name is one control', () => {
    const item = el('<div role="menuitem"><span role="button">Settings</span></div>');
    expect(namedOpener([doc], { en: ['Settings'] })).toBe(item);
  });

  it('hidden or disabled controls are not there; two are "several"; none is null', () => {
    el('<button hidden>Data</button>');
    el('<button disabled>Data</button>');
    expect(namedOpener([doc], { en: ['Data'] })).toBeNull();
    el('<button>Data</button>');
    el('<div role="tab">Data</div>');
    expect(namedOpener([doc], { en: ['Data'] })).toBe('several');
  });
});

describe('the worker sends named openers as part of the row', () => {
  const reply = (openBy: unknown) => ({ plan: { phase: 'act', mode: 'optout' }, settingId: row.id, scan: false, row: { ...row, openBy }, signedOut: null });
  it('accepted as names per language; anything else is no row', () => {
    expect(parseSiteReply(reply(row.openBy)).row?.openBy).toEqual(row.openBy);
    expect(parseSiteReply(reply(['Settings'])).row).toBeNull();
    expect(parseSiteReply(reply([{ en: 'Settings' }])).row).toBeNull();
  });
});
