// Perplexity, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once; signed out, the
// check says so and clicks nothing; signed in, a save Perplexity does not keep is tried three
// times at most and never called "off"; saved the next time, its switch, found by its label
// alone (the older wording too), is off and verified by a fresh load, nothing else clicked
// (the replica carries decoy switches). A page without it, or in a language we cannot read:
// "could not check" with the steps by hand, never "not offered". Replica: ./replica.mjs.
import { PERPLEXITY_SITE, perplexityServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectAddedOffVerified, expectOffVerified, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

// The pass every browser runs (tests/support/firefox-lane.ts); the chains below end with it too, in Chromium.
test('Perplexity added: its switch, found by its label alone (its older wording), off and verified by a fresh load; nothing else clicked', async ({ ext }) => {
  test.setTimeout(180_000);
  const perplexity = await serveReplica(ext, perplexityServer({ wording: 1 }));
  await expectAddedOffVerified(ext, PERPLEXITY_SITE.origin, {
    service: 'perplexity',
    setting: 'perplexity-training',
    site: PERPLEXITY_SITE,
    server: perplexity,
  });
});

test('Perplexity: signed out, then a save it does not keep (three clicks at most, "didn\'t save"), then off and verified in its older wording; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  let failing = true;
  const perplexity = await serveReplica(ext, perplexityServer({ signedOut: true, wording: 1, saves: () => (failing ? { ok: false } : {}) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'perplexity', PERPLEXITY_SITE.origin);
  expect(await checkEnd(ext, 'perplexity')).toBe('signed-out');
  expect(perplexity.log.redirects.length).toBeGreaterThan(0);
  expect(perplexity.log.clicks).toEqual([]);
  await expectText(options, '[data-service="perplexity"] [data-testid="service-line"]', en('serviceSignedOut', 'Perplexity'));
  expect(await options.visible('[data-service="perplexity"] [data-action="sign-in"]')).toBe(true);

  perplexity.signIn();
  expect(await checkAgain(ext, options, 'perplexity')).toBe('done');
  await perplexity.settled();
  expect(perplexity.isOn('ai-data-retention')).toBe(true);
  const record = await recordOf(ext, 'perplexity-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(perplexity.log.clicks).toEqual(Array(record.audit.clicks).fill('ai-data-retention'));
  await expectText(options, '[data-setting-row="perplexity-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'Perplexity')));
  await expectText(options, '[data-setting-row="perplexity-training"] .row-help p', en('serviceManualStep', 'Perplexity'));

  failing = false;
  const clicks = perplexity.log.clicks.length;
  expect(await checkAgain(ext, options, 'perplexity')).toBe('done');
  await expectOffVerified(ext, options, { service: 'perplexity', setting: 'perplexity-training', site: PERPLEXITY_SITE, server: perplexity }, clicks);
});

test('Perplexity without the switch (an Enterprise seat, or a moved page), then in French: "could not check" with the steps by hand, never "not offered"; nothing clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const without = await serveReplica(ext, perplexityServer({ missing: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'perplexity', PERPLEXITY_SITE.origin);
  expect(await checkEnd(ext, 'perplexity')).toBe('done');
  expect(without.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'perplexity-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'perplexity-training')).toBe('problem');
  await expectText(options, '[data-setting-row="perplexity-training"] .row-help p', en('serviceManualStep', 'Perplexity'));
  expect(await options.visible('[data-setting-row="perplexity-training"] a[data-action="open-setting"]')).toBe(true);

  const french = await serveReplica(ext, perplexityServer({ lang: 'fr' }));
  expect(await checkAgain(ext, options, 'perplexity')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn('ai-data-retention')).toBe(true);
  expect(await recordOf(ext, 'perplexity-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'perplexity-training')).toBe('problem');
});
