// DeepSeek as data, and what the engine does with its row: its switch has no address (the
// chat's home, `/`, a page a visit never checks), and is reached by the names a person reads
// on the way (My Profile, Settings, Data: only those are clicked, each once, then the
// switch); its label is ChatGPT's, on another site, and nothing conflates the two; the
// replica (./replica.mjs) agrees with the data on what the facts give. Sources: ./facts.md.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSiteReply } from '../../engine/check/replies';
import { locateSwitch } from '../../engine/switch/locate';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { EVERY_STEP } from '../../engine/switch/steps';
import { ALL_SETTINGS, isSignInUrl, serviceAt, serviceById, settingById, settingsOf } from '../index';
import { DEEPSEEK, DEEPSEEK_LOGIN_PATH, DEEPSEEK_TEXT } from './replica.mjs';
import { addSwitch, freshDocument, loadToEnd } from '../../../tests/unit/dom';

const row = settingById('deepseek-training')!;
const chatgpt = settingById('chatgpt-training')!;
const T = DEEPSEEK_TEXT.en;

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('DeepSeek as data', () => {
  it('one label-only setting on the chat’s home, reached by name', () => {
    expect(settingsOf('deepseek')).toEqual([row]);
    expect(settingUrl(row)).toBe(`${DEEPSEEK}/`);
    expect(row.home).toBe(true);
    expect(row.hook).toBeNull();
    expect(row.open).toBeUndefined();
    expect(row.openBy).toEqual([{ en: [T.profile] }, { en: [T.settings] }, { en: [T.data] }]);
    expect(row.labels).toEqual({ en: [T.improve] });
    expect(row.category).toBe('ai');
  });

  it('its page is the home only: a chat is not it', () => {
    expect(isSettingPath(row, '/')).toBe(true);
    expect(isSettingPath(row, '/a/chat/s/123')).toBe(false);
  });

  it.each([
    [`${DEEPSEEK}${DEEPSEEK_LOGIN_PATH}`, true],
    [`${DEEPSEEK}/`, false],
    [`https://chatgpt.com${DEEPSEEK_LOGIN_PATH}`, false],
  ])('sign-in page %s -> %s (low: inferred)', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it('ChatGPT’s label, on another site: two rows, two ids, two origins, each found only at its own', () => {
    const same = ALL_SETTINGS.filter((s) => s.labels.en?.includes(T.improve));
    expect(same.map((s) => s.id).sort()).toEqual(['chatgpt-training', 'deepseek-training']);
    expect(row.origin).not.toBe(chatgpt.origin);
    expect(serviceAt(DEEPSEEK)).toBe(serviceById('deepseek'));
    // Neither is among the other's neighbours (those are its own service's switches only).
    expect(row.others).toEqual([]);
    expect(chatgpt.others).not.toContain(T.improve);
    // The content script takes a row only for its own site: ChatGPT's row sent for a DeepSeek page is ignored.
    const reply = parseSiteReply({ plan: { phase: 'act', mode: 'optout' }, settingId: chatgpt.id, scan: false, row: chatgpt, signedOut: null });
    expect(reply.row?.origin).toBe('https://chatgpt.com');
    expect(reply.row?.origin === DEEPSEEK).toBe(false);
  });
});

describe('the engine on its row', () => {
  /** The replica's way in, as its facts describe it (markup invented): each opener a moment after the last. */
  function chatHome(doc: Document, lang: 'en' | 'fr' = 'en') {
    const t = DEEPSEEK_TEXT[lang];
    const later = (fn: () => void) => setTimeout(fn, 400);
    const add = (html: string) => {
      const wrap = doc.createElement('div');
      wrap.innerHTML = html;
      doc.body.append(wrap);
      return wrap;
    };
    add(`<aside><button>${t.newChat}</button><div role="button" id="profile">${t.profile}</div></aside>`);
    doc.getElementById('profile')!.addEventListener('click', () =>
      later(() => {
        const menu = add(`<div role="menu"><div role="menuitem" id="settings">${t.settings}</div><div role="menuitem">${t.logOut}</div></div>`);
        menu.querySelector('#settings')!.addEventListener('click', () =>
          later(() => {
            const dialog = add(`<div role="dialog"><div role="tab">${t.general}</div><div role="tab" id="data">${t.data}</div><div id="panel"></div></div>`);
            dialog.querySelector('#data')!.addEventListener('click', () => {
              const sw = addSwitch(doc, { label: t.improve, on: true, how: 'aria-label' });
              doc.getElementById('panel')!.append(sw);
              const del = doc.createElement('button');
              del.textContent = t.deleteAllButton;
              doc.getElementById('panel')!.append(del);
            });
          }),
        );
      }),
    );
  }
  const textOf = (clicks: Element[]) => clicks.map((c) => c.getAttribute('aria-label') || c.textContent);

  it('opens My Profile, Settings, Data, then switches it off: nothing else clicked', async () => {
    vi.useFakeTimers();
    const doc = freshDocument();
    chatHome(doc);
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'settled' });
    expect(textOf(clicks)).toEqual([T.profile, T.settings, T.data, T.improve]);
  });

  it('in a language whose names we do not have: nothing clicked at all, not found', async () => {
    vi.useFakeTimers();
    const doc = freshDocument();
    chatHome(doc, 'fr');
    const { report, clicks } = await loadToEnd(doc, row, EVERY_STEP);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('the switch shown already (Settings left open): read there, nothing opened', () => {
    const doc = freshDocument();
    addSwitch(doc, { label: T.improve, on: false });
    expect(locateSwitch(doc, row)).toMatchObject({ kind: 'found', via: 'label' });
  });
});
