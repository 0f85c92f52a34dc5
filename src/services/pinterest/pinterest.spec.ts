// Pinterest, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once. Each failure state
// is shown with what to do, and nothing is clicked where we are not sure: signed out (sent to
// /login), the page in a language whose label we do not know (French), a save Pinterest does
// not keep (three clicks at most, never "off"). Then saved: the checkbox, found by its label
// alone, is off and verified by a fresh load, and none of the page's other privacy boxes is
// ever clicked. An account already off (a minor's) is reported off without a click.
// Replica: ./replica.mjs (the page, the label and a plain checkbox from the facts; the rest invented).
import { PINTEREST_SITE, pinterestServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectAddedOffVerified, expectOffVerified, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const TARGET = PINTEREST_SITE.target.id;
const ROW = '[data-setting-row="pinterest-training"]';

// The pass every browser runs (tests/support/firefox-lane.ts): the failure states below hold it
// too, at their end, but take most of a minute in Firefox for what Chromium already proves there.
test('Pinterest added: the checkbox, found by its label alone (a look-alike first), off and verified by a fresh load; no other box clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const pinterest = await serveReplica(ext, pinterestServer({ decoyFirst: true }));
  await expectAddedOffVerified(ext, PINTEREST_SITE.origin, { service: 'pinterest', setting: 'pinterest-training', site: PINTEREST_SITE, server: pinterest });
  expect(pinterest.log.loads).toBeGreaterThanOrEqual(2);
});

test('Pinterest: signed out, then in French, then a save it does not keep, each shown with the steps and nothing else clicked; then saved: off and verified', async ({
  ext,
}) => {
  test.setTimeout(300_000);
  // Signed out: the page sends to /login; the check says so, with the way to sign in.
  const signedOut = await serveReplica(ext, pinterestServer({ signedOut: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'pinterest', PINTEREST_SITE.origin);
  expect(await checkEnd(ext, 'pinterest')).toBe('signed-out');
  expect(signedOut.log.redirects.length).toBeGreaterThan(0);
  expect(signedOut.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'pinterest-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
  await expectText(options, '[data-service="pinterest"] [data-testid="service-line"]', en('serviceSignedOut', 'Pinterest'));
  expect(await options.visible('[data-service="pinterest"] [data-action="sign-in"]')).toBe(true);

  // Signed in, the page in French: no label we know, so nothing is clicked; the steps by hand.
  const french = await serveReplica(ext, pinterestServer({ lang: 'fr' }));
  expect(await checkAgain(ext, options, 'pinterest')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn(TARGET)).toBe(true);
  expect(await recordOf(ext, 'pinterest-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'pinterest-training')).toBe('problem');
  await expectText(options, `${ROW} .row-help p`, en('serviceManualStep', 'Pinterest'));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);

  // In English, every save failing: three clicks at most on the target, then "didn't save".
  let failing = true;
  const pinterest = await serveReplica(ext, pinterestServer({ decoyFirst: true, saves: () => (failing ? { ok: false } : {}) }));
  expect(await checkAgain(ext, options, 'pinterest')).toBe('done');
  await pinterest.settled();
  expect(pinterest.isOn(TARGET)).toBe(true);
  const record = await recordOf(ext, 'pinterest-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(pinterest.log.clicks).toEqual(Array(record.audit.clicks).fill(TARGET));
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowProblem', en('serviceRejected', 'Pinterest')));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);

  // Saved the next time: off, verified by a fresh load; the other boxes untouched.
  failing = false;
  const clicks = pinterest.log.clicks.length;
  expect(await checkAgain(ext, options, 'pinterest')).toBe('done');
  await expectOffVerified(ext, options, { service: 'pinterest', setting: 'pinterest-training', site: PINTEREST_SITE, server: pinterest }, clicks);
  expect(pinterest.log.loads).toBeGreaterThanOrEqual(2);
});

test('Pinterest already off (a minor’s account, or switched off before), named by the sentence under it: reported off, nothing clicked', async ({ ext }) => {
  test.setTimeout(120_000);
  const pinterest = await serveReplica(ext, pinterestServer({ wording: 1, state: { [TARGET]: false } }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'pinterest', PINTEREST_SITE.origin);
  expect(await checkEnd(ext, 'pinterest')).toBe('done');
  expect(pinterest.log.clicks).toEqual([]);
  expect(pinterest.isOn(TARGET)).toBe(false);
  for (const decoy of PINTEREST_SITE.decoys) expect(pinterest.isOn(decoy.id), decoy.id).toBe(true);
  expect(await recordOf(ext, 'pinterest-training')).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  await expect.poll(() => rowState(options, 'pinterest-training')).toBe('off');
});
