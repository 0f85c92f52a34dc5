// "Not offered here", from what is stored to what the user sees, in every browser the
// extension ships for: no alarm on the toolbar badge, the popup says it plainly with no
// problem to fix, and on the options page the setting's row says it while the service's
// other settings count as verified off. No service's data declares the evidence yet (no
// facts name a notice), so the records are written here as the worker writes them.
import { en, expect, expectText, test } from './fixture';
import { rowState } from './service-steps';

test('a setting not offered on the account is no failure: a quiet badge, a plain popup, its own row state', async ({ ext }) => {
  const now = Date.now();
  const notOffered = { audit: { outcome: 'not-offered', at: now, source: 'page', clicks: 0, detail: 'notice' }, known: null, page: null };
  const off = { audit: { outcome: 'turned-off', at: now, source: 'page', clicks: 1 }, known: { state: 'off', at: now }, page: null };
  await ext.grantHost('https://x.com');
  await ext.extEval(
    async (data) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(data);
    },
    {
      schemaVersion: 5,
      settings: {
        'generative-ai': notOffered,
        'x-grok': notOffered,
        ...Object.fromEntries(['x-location', 'x-partners', 'x-off-x', 'x-ads'].map((id) => [id, off])),
      },
      checks: { x: { ids: ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'], startedAt: now - 1_000, endedAt: now, end: 'done' } },
    },
  );

  // The badge: neither "!" nor a countdown; its tooltip says why.
  await expect.poll(async () => (await ext.toolbar()).title).toBe(en('badgeTitleNotOffered'));
  expect(await ext.badge()).toBe('');

  const popup = await ext.openPopup();
  await expectText(popup, '[data-testid="status"]', en('statusNotOffered'));
  await expectText(popup, '[data-action="audit"]', en('buttonCheckAgain'));
  expect(await popup.visible('.problem[role="alert"]')).toBe(false);
  // X's other settings are off: the service counts as verified off.
  await expectText(popup, '[data-open="services"] small', en('servicesOff_one', '1'));

  const options = await ext.openOptions('services');
  await expect.poll(() => rowState(options, 'x-grok')).toBe('absent');
  await expectText(options, '[data-setting-row="x-grok"] [data-testid="row-state"]', en('rowNotOffered', en('justNow')));
  expect(await options.visible('[data-setting-row="x-grok"] .row-help')).toBe(false);
  await expectText(
    options,
    '[data-service="x"] [data-testid="service-line"]',
    `${en('privacyCounts', '4', '4')} · ${en('privacyNotOfferedCount_one', '1')}`,
    'contains',
  );
});
