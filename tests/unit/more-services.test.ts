// Claude, Quora and Grammarly as data, and what the engine does with their label-only rows:
// each switch is found by its English label alone (Claude by either wording), wherever it
// sits among other switches; a near miss, a negation, two look-alikes or a label in another
// language is never taken for it, and then nothing is clicked. Also: each setting's page is
// where its service's content script runs, Claude's sign-in page, Anthropic's date as
// data, the services with no switch, and the replicas (src/services/<id>/replica.mjs)
// agreeing with the data on what the facts give.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hookSelector, locateSwitch } from '../../src/engine/switch/locate';
import { auditLoad, type LoadPlan } from '../../src/engine/switch/load';
import { isSettingPath, settingUrl } from '../../src/engine/switch/pages';
import { isSignInUrl, OPTIONAL_SERVICES, SERVICES, type ServiceId, serviceById, settingById, settingsOf } from '../../src/services';
import { textKey } from '../../src/platform/text-key';
import type { SettingRow } from '../../src/engine/model';
import { NO_CONTROL } from '../../src/services/no-control';
import en from '../../public/_locales/en/messages.json';
import { CLAUDE_SITE } from '../../src/services/claude/replica.mjs';
import { GRAMMARLY_SITE } from '../../src/services/grammarly/replica.mjs';
import { QUORA_SITE } from '../../src/services/quora/replica.mjs';
import { addSwitch, freshDocument, recordClicks } from './dom';

const claude = settingById('claude-training')!;
const quora = settingById('quora-training')!;
const grammarly = settingById('grammarly-training')!;
const SWITCH_SITES = { claude: CLAUDE_SITE, quora: QUORA_SITE, grammarly: GRAMMARLY_SITE };
const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };

/** A match pattern (`https://host/path*`) as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

describe('Claude, Quora and Grammarly as data', () => {
  it('one label-only setting each, on the page the facts give', () => {
    expect(settingsOf('claude')).toEqual([claude]);
    expect(settingsOf('quora')).toEqual([quora]);
    expect(settingsOf('grammarly')).toEqual([grammarly]);
    expect(settingUrl(claude)).toBe('https://claude.ai/settings/data-privacy-controls');
    expect(settingUrl(quora)).toBe('https://www.quora.com/settings/privacy');
    expect(settingUrl(grammarly)).toBe('https://account.grammarly.com/security/privacy');
    for (const s of [claude, quora, grammarly]) {
      expect(hookSelector(s), s.id).toBeNull();
      expect(s.category, s.id).toBe('ai');
      expect(s.recommended, s.id).toBe(true);
      // English only: no label is guessed for a language nobody has read.
      expect(Object.keys(s.labels), s.id).toEqual(['en']);
    }
    expect(claude.labels.en).toEqual(['Help improve Claude', 'Help improve our AI models']);
  });

  it("each setting's page is where its service's content script runs, and only its own", () => {
    for (const s of [claude, quora, grammarly]) {
      const service = serviceById(s.service);
      expect(
        service.pages?.some((p) => matches(p, settingUrl(s))),
        s.id,
      ).toBe(true);
      for (const other of OPTIONAL_SERVICES.filter((o) => o !== service)) {
        expect(
          other.pages?.some((p) => matches(p, settingUrl(s))),
          `${other.id} runs on ${s.id}`,
        ).toBe(false);
      }
    }
    expect(isSettingPath(claude, '/settings/data-privacy-controls/')).toBe(true);
    expect(isSettingPath(claude, '/settings/data-privacy')).toBe(false);
  });

  it.each([
    ['https://claude.ai/login', true],
    ['https://claude.ai/login?returnTo=%2Fsettings', true],
    ['https://claude.ai/settings/data-privacy-controls', false],
    ['https://claude.ai/new', false],
    // Where Quora and Grammarly send a signed-out visitor is not known: nothing is taken for sign-in.
    ['https://www.quora.com/settings/privacy', false],
    ['https://account.grammarly.com/security/privacy', false],
  ])('sign-in page %s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });

  it("Anthropic's and Meta's dates are data: calendar days in the past, each with its sentence; no other service has one", () => {
    const dated = SERVICES.filter((s) => s.since);
    expect(dated.map((s) => [s.id, s.since])).toEqual([
      ['claude', '2025-09-28'],
      ['meta', '2025-05-27'],
    ]);
    for (const { id, name, since } of dated) {
      expect(since!).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${since!}T00:00:00Z`).toISOString().slice(0, 10)).toBe(since!);
      expect(Date.parse(since!)).toBeLessThan(Date.now());
      expect(en[textKey(id, 'since') as keyof typeof en].message).toContain(name === 'Claude' ? 'Anthropic' : 'Meta');
    }
  });

  it('the services with no switch: named once each, none of them a service we automate, each with its sentence', () => {
    const names = NO_CONTROL.map((s) => s.name);
    expect(names).toEqual(['Reddit', 'Stack Overflow', 'Medium', 'Zoom', 'Slack']);
    expect(new Set(names).size).toBe(names.length);
    for (const s of NO_CONTROL) {
      expect(SERVICES.some((known) => known.name === s.name)).toBe(false);
      expect(en[s.what].message.length).toBeGreaterThan(20);
    }
  });

  it('the replica serves the pages and labels the data knows (its markup is invented, not these)', () => {
    const rows: Record<keyof typeof SWITCH_SITES, SettingRow> = { claude, quora, grammarly };
    for (const [id, site] of Object.entries(SWITCH_SITES)) {
      const row = rows[id as keyof typeof SWITCH_SITES];
      expect(site.origin + site.path, id).toBe(settingUrl(row));
      expect(site.target.en, id).toEqual(row.labels.en);
      expect(site.name, id).toBe(serviceById(row.service as ServiceId).name);
    }
  });
});

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

type How = 'aria-switch' | 'label-for' | 'aria-label';
const CASES: [string, SettingRow, How, readonly string[]][] = [
  ['Claude', claude, 'aria-switch', SWITCH_SITES.claude.decoys.map((d) => d.en[0]!)],
  ['Quora', quora, 'label-for', SWITCH_SITES.quora.decoys.map((d) => d.en[0]!)],
  ['Grammarly', grammarly, 'aria-label', SWITCH_SITES.grammarly.decoys.map((d) => d.en[0]!)],
];

describe.each(CASES)('%s: found by its label alone', (_name, setting, how, decoys) => {
  it.each(setting.labels.en!.map((label) => [label]))('"%s" among other switches, before and after them', (label) => {
    for (const first of [true, false]) {
      doc = freshDocument();
      if (!first) for (const d of decoys) addSwitch(doc, { label: d, how });
      const target = addSwitch(doc, { label, how });
      if (first) for (const d of decoys) addSwitch(doc, { label: d, how });
      expect(locateSwitch(doc, setting)).toEqual({ kind: 'found', el: target, via: 'label' });
    }
  });

  it('the page without it: its neighbours are never taken for it, and nothing is clicked', async () => {
    for (const d of decoys) addSwitch(doc, { label: d, how });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const done = auditLoad(doc, setting, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
    expect(clicks).toEqual([]);
  });

  it('switched off with one click on it, the only click; a verifying load only reads', async () => {
    for (const d of decoys) addSwitch(doc, { label: d, how });
    const target = addSwitch(doc, { label: setting.labels.en![0]!, how });
    const clicks = recordClicks(doc);
    vi.useFakeTimers();
    const acted = auditLoad(doc, setting, ACT, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await acted).toMatchObject({ kind: 'settled', state: 'off' });
    expect(clicks).toEqual([target]);
    const verified = auditLoad(doc, setting, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
    await vi.runAllTimersAsync();
    expect(await verified).toEqual({ kind: 'read', state: 'off' });
    expect(clicks).toHaveLength(1);
  });

  it('two switches with its label: no answer (a wrong click could change another setting)', () => {
    addSwitch(doc, { label: setting.labels.en![0]!, how });
    addSwitch(doc, { label: setting.labels.en![0]!, how });
    expect(locateSwitch(doc, setting)).toEqual({ kind: 'ambiguous', count: 2 });
  });
});

describe('near misses are refused', () => {
  it.each([
    ['claude-training', 'Help improve Claude with your feedback ratings'],
    ['claude-training', 'Don’t help improve Claude'],
    ['claude-training', 'Help improve'],
    ['claude-training', 'Aider à améliorer Claude'],
    ['quora-training', 'Allow search engines to index your content'],
    ['quora-training', 'Do not allow large language models to be trained on your content'],
    ['quora-training', 'Autoriser l’entraînement de grands modèles de langage sur votre contenu'],
    ['grammarly-training', 'Product Improvement'],
    ['grammarly-training', 'Product Improvement and Training emails and surveys'],
    ['grammarly-training', 'Amélioration du produit et entraînement'],
  ])('%s: "%s" is not it', (id, label) => {
    addSwitch(doc, { label, how: 'aria-switch' });
    expect(locateSwitch(doc, settingById(id)!).kind).toBe('missing');
  });
});
