// @vitest-environment node
// The registry's lookups across every service (src/services/index.ts), and what belongs to
// no one service: which hosts are held at install and which asked for, every setting's id
// unique, a URL's service found by its origin only, the dated services each with its
// sentence, the services with no switch. What each service's own rows do is tested beside its data
// (src/services/<id>/<id>.test.ts).
import { describe, expect, it } from 'vitest';
import { ALL_SETTINGS, hostPatterns, isSignInUrl, isSwitchService, OPTIONAL_SERVICES, placeOf, SERVICES, serviceById, settingsOf } from '../../src/services';
import { SETTINGS } from '../../src/services/linkedin/switches';
import { NO_CONTROL } from '../../src/services/no-control';
import { textKey } from '../../src/platform/text-key';
import en from '../../public/_locales/en/messages.json';

describe('services as data', () => {
  it('a service with settings to switch off is one; a service with forms only, or LinkedIn (held from install), is not', () => {
    expect(isSwitchService('x')).toBe(true);
    expect(isSwitchService('chatgpt')).toBe(true);
    expect(isSwitchService('meta')).toBe(false);
    expect(isSwitchService('linkedin')).toBe(false);
    expect(isSwitchService('nonsense')).toBe(false);
  });

  it('LinkedIn is held at install; the others are optional, each its own host', () => {
    expect(SERVICES.map((s) => s.id)).toEqual([
      'linkedin',
      'x',
      'chatgpt',
      'claude',
      'quora',
      'grammarly',
      'meta',
      'google',
      'github',
      'wordpress',
      'grok',
      'pinterest',
      'adobe',
      'youtube',
      'copilot',
      'tumblr',
      'deepseek',
      'perplexity',
    ]);
    expect(OPTIONAL_SERVICES.map(hostPatterns)).toEqual([
      ['https://x.com/*'],
      ['https://chatgpt.com/*'],
      ['https://claude.ai/*'],
      ['https://www.quora.com/*'],
      ['https://account.grammarly.com/*'],
      // Meta: its two forms' hosts, asked for together.
      ['https://www.facebook.com/*', 'https://help.instagram.com/*'],
      ['https://myactivity.google.com/*'],
      ['https://github.com/*'],
      ['https://wordpress.com/*'],
      ['https://grok.com/*'],
      ['https://www.pinterest.com/*'],
      ['https://account.adobe.com/*'],
      ['https://studio.youtube.com/*'],
      ['https://copilot.microsoft.com/*'],
      ['https://www.tumblr.com/*'],
      ['https://chat.deepseek.com/*'],
      ['https://www.perplexity.ai/*'],
    ]);
  });

  it('every setting has a unique id and belongs to a known service; LinkedIn keeps its thirteen, in order', () => {
    expect(new Set(ALL_SETTINGS.map((s) => s.id)).size).toBe(ALL_SETTINGS.length);
    for (const setting of ALL_SETTINGS) {
      expect(serviceById(setting.service).settings, setting.id).toContain(setting);
      expect(setting.origin, setting.id).toBe(serviceById(setting.service).origin);
    }
    expect(settingsOf('linkedin')).toEqual(SETTINGS);
  });

  it('placeOf knows the services by origin only', () => {
    // The query is kept: a settings page may be a query route (grok.com's /?_s=data); the worker's matching ignores the rest.
    expect(placeOf('https://x.com/settings/location?x=1')).toEqual({ service: serviceById('x'), path: '/settings/location?x=1' });
    expect(placeOf('https://chatgpt.com/#settings/DataControls')).toEqual({ service: serviceById('chatgpt'), path: '/#settings/DataControls' });
    expect(placeOf('https://twitter.com/settings/location')).toBeNull();
    expect(placeOf('http://x.com/settings/location')).toBeNull();
    expect(placeOf('not a url')).toBeNull();
  });

  it.each([['https://evil.example/i/flow/login', false]])('sign-in page %s -> %s', (url, expected) => {
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
    expect(names).toEqual(['Reddit', 'Stack Overflow', 'Medium', 'Zoom', 'Slack', 'Meta AI', 'WhatsApp', 'DeepL', 'Spotify', 'Microsoft 365 Copilot']);
    expect(new Set(names).size).toBe(names.length);
    for (const s of NO_CONTROL) {
      expect(SERVICES.some((known) => known.name === s.name)).toBe(false);
      expect(en[s.what].message.length).toBeGreaterThan(20);
      // Each dated (a real calendar day, not in the future) and graded, as its facts are.
      expect(new Date(`${s.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s.asOf);
      expect(Date.parse(s.asOf)).toBeLessThan(Date.now());
      expect(['high', 'medium', 'low']).toContain(s.confidence);
    }
  });
});
