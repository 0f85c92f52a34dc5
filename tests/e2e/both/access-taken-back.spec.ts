// A service's host taken back while something of ours runs there (issue 37, findings 1 and
// 10), in both browsers: Chromium's site-access menu withholds LinkedIn's host, Firefox's
// about:addons removes it (permissions.remove); Meta removed from its card gives its two
// hosts back. Nothing more is clicked, loaded or prefilled there, and every run of that
// service ends at once, as "access taken back", told in the user's words.
import { metaServer } from '../../../src/services/meta/replica.mjs';
import { replicaHandler } from '../../support/harness-types';
import { en, expect, expectText, test } from './fixture';

test('LinkedIn’s host taken back mid-check: no click granted, the tab not reloaded, the check ends as “access taken back”', async ({ ext }) => {
  // The switch shows 6 s after the page loads: the host is taken back while the load waits for it.
  const linkedin = await ext.linkedin({ renderDelayMs: 6_000 });
  const popup = await ext.openPopup();
  await popup.click('button[data-action="audit"]');
  // The content script has begun this load (it asked what to do), and waits for the switch.
  await expect.poll(async () => (await ext.state()).runs?.[0]?.step ?? null, { timeout: 20_000 }).toBe('searching');
  const loads = linkedin.log.loads; // Firefox's interception may count the first load twice
  await ext.withholdLinkedInAccess();

  // Past the moment the switch shows and a click would be asked for: none was made, no load came after.
  await new Promise((resolve) => setTimeout(resolve, 9_000));
  expect(linkedin.log.clicks).toEqual([]);
  expect(linkedin.isOn()).toBe(true);
  expect(linkedin.log.loads).toBe(loads);
  await expect.poll(async () => (await ext.record()).audit, { timeout: 20_000 }).toMatchObject({ outcome: 'interrupted', detail: 'access-removed', clicks: 0 });
  expect((await ext.state()).runs ?? []).toEqual([]);
  // The user is told, with the way on: access again, or the steps by hand.
  const reopened = await ext.openPopup();
  await expectText(reopened, '[data-testid="access-removed"]', en('problemInterruptedAccessRemoved'));
  expect(await reopened.visible('button[data-action="allow-access"]')).toBe(true);
});

test('Meta removed while its form is open: the objection run ends at once, not 30 minutes later', async ({ ext }) => {
  const FACEBOOK = 'https://www.facebook.com';
  const INSTAGRAM = 'https://help.instagram.com';
  const facebook = metaServer({ form: 'facebook' });
  await ext.site(FACEBOOK, replicaHandler(facebook));
  await ext.site(INSTAGRAM, replicaHandler(metaServer({ form: 'instagram' })));
  const options = await ext.openOptions('services');
  await ext.allowHostPrompt(FACEBOOK);
  await ext.allowHostPrompt(INSTAGRAM);
  await options.click('[data-service="meta"] button[data-action="add-service"]');
  await expect.poll(() => options.visible('[data-service="meta"] [data-form="meta-facebook"] button[data-action="prefill"]'), { timeout: 20_000 }).toBe(true);
  await options.click('[data-service="meta"] [data-form="meta-facebook"] button[data-action="prefill"]');
  await ext.tab(facebook.url);
  const objection = async () => (await ext.state()).objections?.['meta-facebook'];
  await expect.poll(async () => (await objection())?.run ?? null, { timeout: 20_000 }).not.toBeNull();

  await options.click('[data-service="meta"] button[data-action="remove-service"]');
  await expect.poll(async () => (await objection())?.run ?? null, { timeout: 10_000 }).toBeNull();
  expect(await objection()).toMatchObject({ ended: 'access-removed', submittedAt: null });
});
