// Grammarly, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once; in a language
// whose label we do not know, nothing is clicked and the user gets the steps by hand; in
// English, its switch, found by its label alone, is switched off and verified by a fresh
// load, and nothing else on the page is ever clicked (the replica carries decoy switches).
// Replica: ./replica.mjs (markup invented except the
// page and the label).
import { GRAMMARLY_SITE, grammarlyServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectAddedOffVerified, expectOffVerified, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

// The pass every browser runs (tests/support/firefox-lane.ts); the test below ends with it too, in Chromium.
test('Grammarly added: its switch, found by its label alone (the look-alikes first), off and verified by a fresh load; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const grammarly = await serveReplica(ext, grammarlyServer({ decoyFirst: true }));
  await expectAddedOffVerified(ext, GRAMMARLY_SITE.origin, { service: 'grammarly', setting: 'grammarly-training', site: GRAMMARLY_SITE, server: grammarly });
});

test('Grammarly in a language whose label we do not know: "could not check" with the steps by hand, nothing clicked; in English, off and verified, nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const french = await serveReplica(ext, grammarlyServer({ lang: 'fr' }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'grammarly', GRAMMARLY_SITE.origin);
  expect(await checkEnd(ext, 'grammarly')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn('product-improvement')).toBe(true);
  expect(await recordOf(ext, 'grammarly-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'grammarly-training')).toBe('problem');
  await expectText(options, '[data-setting-row="grammarly-training"] .row-help p', en('serviceManualStep', 'Grammarly'));
  expect(await options.visible('[data-setting-row="grammarly-training"] a[data-action="open-setting"]')).toBe(true);

  // The same account in English (the decoys first on the page): found by its label.
  const english = await serveReplica(ext, grammarlyServer({ decoyFirst: true }));
  expect(await checkAgain(ext, options, 'grammarly')).toBe('done');
  await expectOffVerified(ext, options, { service: 'grammarly', setting: 'grammarly-training', site: GRAMMARLY_SITE, server: english }, 0);
});
