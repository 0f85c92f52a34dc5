// @vitest-environment node
// The report of a service's failed steps (engine/check/failure-report.ts): what it says, and
// that nothing of the user's can get in, whatever the stored records hold.
import { describe, expect, it } from 'vitest';
import { browserOf, failureReport } from '../../src/engine/check/failure-report';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';
const base = { service: 'x', end: 'done', version: '0.1.0', userAgent: FIREFOX, uiLanguage: 'fr-FR', userDetails: [] as string[] };

describe('the failure report', () => {
  it('names the service, each failed setting with its outcome, step, detail and clicks, how the check ended, the version and the browser', () => {
    const text = failureReport({
      ...base,
      rows: [
        { id: 'x-grok', outcome: 'ambiguous', detail: 'refused', clicks: 0 },
        { id: 'x-location', outcome: 'save-rejected', detail: 'click-limit', clicks: 3 },
        { id: 'x-ads', outcome: 'turned-off', clicks: 1 },
        { id: 'x-partners', outcome: 'interrupted', detail: 'tab-closed', clicks: 1 },
      ],
    });
    expect(text).toBe(
      [
        'Service "x": 3 settings could not be checked',
        '- setting "x-grok", ambiguous at step searching, detail refused, 0 clicks',
        '- setting "x-location", save-rejected at step confirming, detail click-limit, 3 clicks',
        '- setting "x-partners", interrupted at step tab-closed, detail tab-closed, 1 click',
        'Check ended: done',
        'Extension 0.1.0, Firefox 128, UI language fr-FR',
      ].join('\n'),
    );
  });

  it('the browser is its name and major version only', () => {
    expect(browserOf(FIREFOX)).toBe('Firefox 128');
    expect(browserOf(CHROME)).toBe('Chromium 131');
    expect(browserOf('Something/1.0 (camille@example.org)')).toBe('another browser');
  });

  it('a row of a site of the user’s is named by its setting, never its site', () => {
    const text = failureReport({
      ...base,
      service: 'wordpress',
      rows: [{ id: 'wordpress-sharing@camille-martin.wordpress.com', outcome: 'not-found', clicks: 0 }],
    });
    expect(text).toContain('- setting "wordpress-sharing" (one of your sites), not-found at step searching, 0 clicks');
    expect(text).not.toContain('camille');
  });

  it('nothing that is not one of our codes gets in: a record written with the user’s words, a user agent with an e-mail, a tampered version', () => {
    const text = failureReport({
      ...base,
      service: 'Camille Martin',
      end: 'https://x.com/camille_martin/status/123',
      version: '1.0 camille@example.org',
      uiLanguage: 'fr camille',
      userAgent: 'Firefox/128.0 camille@example.org',
      rows: [
        { id: 'Show Camille to recruiters', outcome: 'not-found', detail: 'camille@example.org', clicks: 0 },
        { id: 'x-grok@https://x.com/i/user/123456789', outcome: 'not-found', detail: 'Martin', clicks: 0 },
      ],
      userDetails: ['Camille', 'Martin', 'camille@example.org'],
    });
    for (const personal of ['Camille', 'camille', 'Martin', 'example.org', 'https', '123456789', 'recruiters', 'status']) expect(text).not.toContain(personal);
    expect(text).toContain('Service "(unknown)"');
    expect(text).toContain('Extension unknown, Firefox 128, UI language unknown');
  });

  it('whatever gets through the codes, a detail the user typed is blanked', () => {
    // A user whose name is also one of our words: the report says the word blanked, never their name.
    const text = failureReport({ ...base, rows: [{ id: 'x-grok', outcome: 'not-found', detail: 'refused', clicks: 0 }], userDetails: ['refused'] });
    expect(text).toContain('detail [your details]');
  });
});
