// @vitest-environment node
// Dates, "3 minutes ago" and plural forms follow the language of the texts shown, not the
// browser's: a Polish browser gets English texts (no Polish locale), so English dates.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const browser = { ui: 'pl', messages: {} as Messages };

// chrome.i18n as the browser runs it: the locale's message, placeholders filled.
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => browser.ui,
      getMessage: (key: string, subs: string[] = []) => {
        const entry = browser.messages[key];
        if (!entry) return '';
        return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
          (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? ''),
        );
      },
    },
  },
}));

const { t, textLocale, tn, uiLanguage } = await import('../../src/platform/i18n');
const { ago } = await import('../../src/ui/Status');
const { formatDay } = await import('../../src/platform/format');

const shows = (lang: string, ui: string) => {
  browser.messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  browser.ui = ui;
};
const NOW = Date.UTC(2025, 10, 3, 12);

describe('the language of the texts shown', () => {
  beforeEach(() => shows('en', 'pl'));

  it('a Polish browser with English texts gets English dates and durations', () => {
    expect(uiLanguage()).toBe('pl');
    expect(textLocale()).toBe('en');
    expect(t('verifiedAgo', ago(NOW - 3 * 60_000, NOW))).toBe('verified 3 minutes ago');
    expect(formatDay({ y: 2025, m: 11, d: 3 })).toBe('Nov 3, 2025');
  });

  it('French texts get French dates and durations', () => {
    shows('fr', 'fr-CA');
    expect(t('verifiedAgo', ago(NOW - 3 * 60_000, NOW))).toBe('vérifié il y a 3 minutes');
    expect(formatDay({ y: 2025, m: 11, d: 3 })).toBe('3 nov. 2025');
  });

  it('Brazilian Portuguese texts get Brazilian dates', () => {
    shows('pt', 'pt-PT');
    expect(textLocale()).toBe('pt-BR');
    expect(formatDay({ y: 2025, m: 11, d: 3 })).toBe('3 de nov. de 2025');
  });

  it('plural messages take the form of the texts’ language', () => {
    expect(tn('deadlineBefore', 1, 'Nov 3, 2025', 1)).toBe('It starts on Nov 3, 2025: 1 day left.');
    expect(tn('deadlineBefore', 14, 'Nov 3, 2025', 14)).toBe('It starts on Nov 3, 2025: 14 days left.');
    expect(tn('problemRejectedBody', 3, 3)).toContain('3 times, and LinkedIn switched it back on each time');
    shows('fr', 'fr');
    expect(tn('deadlineBefore', 0, '3 nov. 2025', 0)).toBe('Cela commence le 3 nov. 2025 : encore 0 jour.');
    expect(tn('privacyOnCount', 2, 2)).toBe('2 activés');
  });
});
