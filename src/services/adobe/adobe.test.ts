// Adobe as data, and what the engine does with its label-only row: its switch is found by its
// words alone ("Content analysis", or its 2024 wording) wherever it sits among the page's other
// switches, also where it is built as a Spectrum web component would build it (the checkbox in
// an open shadow root, its words slotted from the page's tree: unverified for Adobe's page); a
// negation, a look-alike, a bare state word or a label in another language is never taken for
// it, and then nothing is clicked. Also: its page is where its content script runs, and the
// replica (./replica.mjs) agreeing with the data on what the facts give. Sources and
// confidence: ./facts.md.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../engine/switch/locate';
import { settingUrl } from '../../engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, serviceById, settingById, settingsOf } from '../index';
import { ADOBE_SITE } from './replica.mjs';
import { labelOnly } from '../../../tests/unit/label-only';
import { freshDocument, loadToEnd } from '../../../tests/unit/dom';

const row = settingById('adobe-content-analysis')!;
/** Its replica's other switches, which must never be taken for it. */
const DECOYS = ADOBE_SITE.decoys.map((d) => d.en[0]!);

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

/** An <sp-switch> as Spectrum web components build one: the checkbox and a <label> around a <slot> in its open shadow root, the words in the page's tree. */
function spSwitch(doc: Document, words: string, on = true): HTMLInputElement {
  const host = doc.createElement('sp-switch');
  host.textContent = words;
  const shadow = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('role', 'switch');
  box.id = 'input';
  box.checked = on;
  const label = doc.createElement('label');
  label.htmlFor = 'input';
  label.append(doc.createElement('slot'));
  shadow.append(box, label);
  doc.body.append(host);
  return box;
}

describe('Adobe as data', () => {
  it('one label-only setting, on the page the facts give', () => {
    expect(settingsOf('adobe')).toEqual([row]);
    expect(settingUrl(row)).toBe('https://account.adobe.com/privacy');
    expect(hookSelector(row)).toBeNull();
    expect(row.category).toBe('ai');
    expect(row.recommended).toBe(true);
    expect(Object.keys(row.labels)).toEqual(['en']);
  });

  it("its setting's page is where its content script runs, and only its own", () => {
    const service = serviceById(row.service);
    expect(service.pages?.some((p) => matches(p, settingUrl(row)))).toBe(true);
    for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
      expect(
        other.pages?.some((p) => matches(p, settingUrl(row))),
        `${other.id} runs on ${row.id}`,
      ).toBe(false);
    }
  });

  it('no page of its own origin is taken for sign-in: Adobe signs in on another site, whose host is not asked for', () => {
    expect(serviceById(row.service).signIn).toEqual([]);
    expect(isSignInUrl('https://account.adobe.com/privacy')).toBe(false);
    expect(isSignInUrl('https://auth.services.adobe.com/en_US/index.html')).toBe(false);
  });

  it('the replica serves the page and labels the data knows (its markup is invented, not these)', () => {
    expect(ADOBE_SITE.origin + ADOBE_SITE.path).toBe(settingUrl(row));
    expect(ADOBE_SITE.target.en).toEqual(row.labels.en);
    expect(ADOBE_SITE.name).toBe(serviceById(row.service).name);
  });
});

it('its French words as the replica invents them ("Analyse du contenu") are read as its English ones: a cognate of the same setting, not a near miss', () => {
  const doc = freshDocument();
  const box = spSwitch(doc, ADOBE_SITE.target.fr);
  expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: box, via: 'label' });
});

describe('Adobe built of Spectrum-like web components (unverified)', () => {
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('its checkbox in a shadow root, named by slotted words, is found among the others and switched off with one click', async () => {
    const doc = freshDocument();
    for (const d of DECOYS) spSwitch(doc, d);
    const target = spSwitch(doc, 'Content analysis');
    expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: target, via: 'label' });
    vi.useFakeTimers();
    const { report, clicks } = await loadToEnd(doc, row);
    expect(report).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toHaveLength(1);
    expect(target.checked).toBe(false);
  });

  it('a switch that says only its state ("On") under the section heading is not guessed at: nothing is clicked', async () => {
    const doc = freshDocument();
    const heading = doc.createElement('h2');
    heading.textContent = 'Content analysis';
    doc.body.append(heading);
    const bare = spSwitch(doc, 'On');
    vi.useFakeTimers();
    const { report, clicks } = await loadToEnd(doc, row);
    expect(report).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
    expect(bare.checked).toBe(true);
  });
});

labelOnly('Adobe', row, {
  decoys: DECOYS,
  how: 'aria-switch',
  nearMisses: ['Do not allow content analysis', 'Desktop app usage', 'Inhaltsanalyse', 'Content'],
});
