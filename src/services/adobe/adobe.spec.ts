// Adobe, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once. Each failure state
// is shown with what to do, and nothing is clicked where we are not sure: signed out (sent to
// Adobe's sign-in site, another origin whose host we do not hold), the page in a language
// whose words we cannot read (German), a save Adobe does not keep (three clicks at most, never
// "off"). Then saved: "Content analysis", found by its words alone inside a Spectrum-like web
// component (unverified for Adobe), is off and verified by a fresh load, and nothing else on
// the page is ever clicked. Replica: ./replica.mjs (the page, the words and the sentence from
// the facts; the markup invented).
import { ADOBE_SIGN_IN, ADOBE_SIGN_IN_PAGES, ADOBE_SITE, adobeServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectAddedOffVerified, expectOffVerified, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const TARGET = ADOBE_SITE.target.id;
const ROW = '[data-setting-row="adobe-content-analysis"]';

test('Adobe signed out: its tab leaves for Adobe’s sign-in site (another origin, not ours to read): "signed out", with the steps by hand; nothing clicked', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const adobe = await serveReplica(ext, adobeServer({ signedOut: true }));
  await ext.site(ADOBE_SIGN_IN, ADOBE_SIGN_IN_PAGES);
  const options = await ext.openOptions('services');
  await addService(ext, options, 'adobe', ADOBE_SITE.origin);
  // The worker cannot read a tab's address on a host it does not hold: its tab still on a page
  // we cannot see is Adobe's sign-in (signInElsewhere), never "off".
  expect(await checkEnd(ext, 'adobe')).toBe('signed-out');
  expect(await recordOf(ext, 'adobe-content-analysis')).toMatchObject({ audit: { outcome: 'signed-out', clicks: 0 }, known: null });
  expect(adobe.log.redirects.length).toBeGreaterThan(0);
  expect(adobe.log.loads).toBe(0);
  expect(adobe.log.clicks).toEqual([]);
  expect(adobe.isOn(TARGET)).toBe(true);
  await expectText(options, '[data-service="adobe"] [data-testid="service-line"]', en('serviceSignedOut', 'Adobe'));
  await expect.poll(() => rowState(options, 'adobe-content-analysis')).toBe('problem');
  await expectText(options, `${ROW} .row-help p`, en('serviceManualStep', 'Adobe'));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);
});

// The pass every browser runs (tests/support/firefox-lane.ts): the failure states below hold it
// too, at their end, but take a minute in Firefox for what Chromium already proves there.
test('Adobe added: "Content analysis", found by its words alone (its older wording, a look-alike first), off and verified by a fresh load; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const adobe = await serveReplica(ext, adobeServer({ decoyFirst: true, wording: 1 }));
  await expectAddedOffVerified(ext, ADOBE_SITE.origin, { service: 'adobe', setting: 'adobe-content-analysis', site: ADOBE_SITE, server: adobe });
  expect(adobe.log.loads).toBeGreaterThanOrEqual(2);
});

test('Adobe in German (words we cannot read), then a save it does not keep, each shown with the steps and nothing else clicked; then saved: off and verified', async ({
  ext,
}) => {
  test.setTimeout(300_000);
  // In German: nothing we can read, so nothing is clicked; the steps by hand.
  const german = await serveReplica(ext, adobeServer({ lang: 'de' }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'adobe', ADOBE_SITE.origin);
  expect(await checkEnd(ext, 'adobe')).toBe('done');
  expect(german.log.clicks).toEqual([]);
  expect(german.isOn(TARGET)).toBe(true);
  expect(await recordOf(ext, 'adobe-content-analysis')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'adobe-content-analysis')).toBe('problem');
  await expectText(options, `${ROW} .row-help p`, en('serviceManualStep', 'Adobe'));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);

  // In English, every save failing: three clicks at most on the target, then "didn't save".
  let failing = true;
  const adobe = await serveReplica(ext, adobeServer({ decoyFirst: true, wording: 1, saves: () => (failing ? { ok: false } : {}) }));
  expect(await checkAgain(ext, options, 'adobe')).toBe('done');
  await adobe.settled();
  expect(adobe.isOn(TARGET)).toBe(true);
  const record = await recordOf(ext, 'adobe-content-analysis');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(adobe.log.clicks).toEqual(Array(record.audit.clicks).fill(TARGET));
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowProblem', en('serviceRejected', 'Adobe')));

  // Saved the next time: off, verified by a fresh load; the other switches untouched.
  failing = false;
  const clicks = adobe.log.clicks.length;
  expect(await checkAgain(ext, options, 'adobe')).toBe('done');
  await expectOffVerified(ext, options, { service: 'adobe', setting: 'adobe-content-analysis', site: ADOBE_SITE, server: adobe }, clicks);
  expect(adobe.log.loads).toBeGreaterThanOrEqual(2);
});
