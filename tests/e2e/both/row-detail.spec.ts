// Why a service's check stopped, on its row: the options page's rows said only "didn't save"
// or "not sure" for any service but LinkedIn, where the popup says why (the click window's
// bound, a switch worded as its opposite). Each row now says it, with the steps by hand
// after it, in every browser the extension ships for. The records are written as the
// worker writes them (the click window and the refusal each have their own tests).
import { en, expect, expectText, test } from './fixture';
import { rowState } from './service-steps';

test('a service row stopped by the click window, or refused as worded the other way, says why and gives the steps by hand', async ({ ext }) => {
  const now = Date.now();
  const record = (outcome: string, detail: string) => ({ audit: { outcome, at: now, source: 'page', clicks: 0, detail }, known: null, page: null });
  await ext.grantHost('https://x.com');
  await ext.extEval(
    async (data) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(data);
    },
    {
      schemaVersion: 5,
      settings: {
        'x-location': record('save-rejected', 'click-limit'),
        'x-grok': record('ambiguous', 'refused'),
        'x-ads': record('save-rejected', 'not-saved'),
      },
      checks: { x: { ids: ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'], startedAt: now - 1_000, endedAt: now, end: 'done' } },
    },
  );
  const options = await ext.openOptions('services');
  await expect.poll(() => rowState(options, 'x-location')).toBe('problem');
  await expectText(options, '[data-setting-row="x-location"] [data-testid="row-detail"]', en('problemClickLimit', '3', '10'));
  await expectText(options, '[data-setting-row="x-grok"] [data-testid="row-detail"]', en('problemRefusedBody'));
  for (const id of ['x-location', 'x-grok']) await expectText(options, `[data-setting-row="${id}"] .row-help`, en('serviceManualStep', 'X'), 'contains');
  // A save that did not hold needs no more than its state line: no detail.
  expect(await options.visible('[data-setting-row="x-ads"] .row-help')).toBe(true);
  expect(await options.visible('[data-setting-row="x-ads"] [data-testid="row-detail"]')).toBe(false);
});
