// A service's check that failed on some settings (issue 36): its card says what to do by
// hand and copies, in one click, a report of the failed steps with nothing of the user's
// (engine/check/failure-report.ts), for any service, not LinkedIn's pages alone. The records
// are written as the worker writes them (the failures themselves have their own tests).
import { en, expect, expectText, test } from './fixture';
import { rowState } from './service-steps';

test('X’s check failed on two settings: the card says what to do by hand, and copies a report of the failed steps with nothing personal', async ({ ext }) => {
  const now = Date.now();
  const record = (outcome: string, clicks: number, detail?: string) => ({
    audit: { outcome, at: now, source: 'page', clicks, ...(detail ? { detail } : {}) },
    known: outcome === 'save-rejected' ? { state: 'on', at: now } : null,
    page: null,
  });
  await ext.grantHost('https://x.com');
  await ext.extEval(
    async (data) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(data);
    },
    {
      profile: { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.org', country: '', explanation: '' },
      settings: {
        'x-grok': record('ambiguous', 0, 'refused'),
        'x-location': record('save-rejected', 3, 'click-limit'),
        'x-ads': { audit: { outcome: 'turned-off', at: now, source: 'page', clicks: 1 }, known: { state: 'off', at: now }, page: null },
      },
      checks: { x: { ids: ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'], startedAt: now - 1_000, endedAt: now, end: 'done' } },
    },
  );
  const options = await ext.openOptions('service-x');
  await expect.poll(() => rowState(options, 'x-grok')).toBe('problem');
  await expectText(options, '#service-x [data-testid="failure-by-hand"]', en('failureReportByHand', 'X'));
  await options.click('#service-x [data-testid="failure-report"] summary');
  const report = (await options.text('#service-x [data-testid="failure-report"] pre')) ?? '';
  const lines = report.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    'Service "x": 2 settings could not be checked',
    '- setting "x-grok", ambiguous at step searching, detail refused, 0 clicks',
    '- setting "x-location", save-rejected at step confirming, detail click-limit, 3 clicks',
    'Check ended: done',
  ]);
  expect(lines[4]).toMatch(
    new RegExp(`^Extension \\d+\\.\\d+\\.\\d+, ${ext.browserName === 'firefox' ? 'Firefox' : 'Chromium'} \\d+, UI language en(-[A-Z]+)?$`),
  );
  expect(lines).toHaveLength(5);
  for (const personal of ['Camille', 'Martin', 'example.org', 'x-ads']) expect(report).not.toContain(personal);

  // One click copies it: "Copied" shows only once the clipboard took the text shown (reading it back needs a permission the extension does not hold).
  await options.click('#service-x [data-testid="failure-report"] [data-action="copy-report"]');
  await expectText(options, '#service-x [data-testid="failure-report"] [role="status"]', en('reportCopied'));
});

test('no failure, no report: a card whose settings are all verified shows none', async ({ ext }) => {
  const now = Date.now();
  await ext.grantHost('https://x.com');
  await ext.extEval(
    async (data) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(data);
    },
    { settings: { 'x-ads': { audit: { outcome: 'turned-off', at: now, source: 'page', clicks: 1 }, known: { state: 'off', at: now }, page: null } } },
  );
  const options = await ext.openOptions('service-x');
  await expect.poll(() => rowState(options, 'x-ads')).toBe('off');
  expect(await options.visible('#service-x [data-testid="failure-report"]')).toBe(false);
  expect(await options.visible('#service-x [data-testid="failure-by-hand"]')).toBe(false);
});
