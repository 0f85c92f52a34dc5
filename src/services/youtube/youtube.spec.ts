// YouTube Studio, in every browser the extension ships for: added from the options page (its
// host asked for then, answered "Allow" as the user would) and checked at once. Off unless the
// creator opted in: the box is read as off after the dialog's three openers, never clicked.
// Ticked: unticked, then the dialog's Save pressed once (Studio keeps a change only after it),
// verified by a fresh load, and the companies' box never
// touched. In French (openers and words we cannot read): nothing at all clicked, "could not
// check" with the steps. Signed out (sent to accounts.google.com, another origin): "signed out"
// with the steps, nothing clicked. Replica: ./replica.mjs (the path through the dialog
// and the label from the facts; all markup invented).
import { GOOGLE_SIGN_IN, GOOGLE_SIGN_IN_PAGES, STUDIO, studioServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const ID = 'youtube-third-party-training';
const ROW = `[data-setting-row="${ID}"]`;
const OPENERS = ['settings-nav', 'channel-tab', 'advanced-tab'];

test('YouTube Studio off (the default): reported off, only the dialog’s openers clicked; in French, nothing clicked and the steps by hand', async ({ ext }) => {
  test.setTimeout(240_000);
  const studio = await serveReplica(ext, studioServer());
  const options = await ext.openOptions('services');
  await addService(ext, options, 'youtube', STUDIO);
  expect(await checkEnd(ext, 'youtube')).toBe('done');
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  expect(studio.log.clicks).toEqual(OPENERS);
  expect(studio.isOn('third-party-training')).toBe(false);
  expect(studio.log.saves).toEqual([]);
  await expect.poll(() => rowState(options, ID)).toBe('off');

  // The same creator's Studio in French: no opener we can name, so nothing is clicked at all.
  const french = await serveReplica(ext, studioServer({ lang: 'fr', state: { 'third-party-training': true } }));
  expect(await checkAgain(ext, options, 'youtube')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn('third-party-training')).toBe(true);
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, ID)).toBe('problem');
  await expectText(options, `${ROW} .row-help p`, en('serviceManualStep', 'YouTube Studio'));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);
});

test("YouTube Studio ticked (opted in): unticked, its dialog's Save pressed once, verified by a fresh load; the companies' box never touched", async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const studio = await serveReplica(ext, studioServer({ state: { 'third-party-training': true, 'all-companies': true } }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'youtube', STUDIO);
  expect(await checkEnd(ext, 'youtube')).toBe('done');
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  expect(studio.log.clicks.filter((c) => c === 'third-party-training')).toHaveLength(1);
  expect(studio.log.clicks.filter((c) => ![...OPENERS, 'third-party-training', 'save'].includes(c))).toEqual([]);
  expect(studio.log.clicks.filter((c) => c === 'save')).toHaveLength(1);
  expect(studio.isOn('third-party-training')).toBe(false);
  expect(studio.isOn('all-companies')).toBe(true);
  expect(studio.isOn('interest-ads')).toBe(false);
  await expect.poll(() => rowState(options, ID)).toBe('off');
});

test('YouTube Studio signed out: its tab leaves for accounts.google.com (another origin, not ours to read): "signed out", with the steps; nothing clicked', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const studio = await serveReplica(ext, studioServer({ signedOut: true }));
  await ext.site(GOOGLE_SIGN_IN, GOOGLE_SIGN_IN_PAGES);
  const options = await ext.openOptions('services');
  await addService(ext, options, 'youtube', STUDIO);
  expect(await checkEnd(ext, 'youtube')).toBe('signed-out');
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'signed-out', clicks: 0 }, known: null });
  expect(studio.log.redirects.length).toBeGreaterThan(0);
  expect(studio.log.loads).toBe(0);
  expect(studio.log.clicks).toEqual([]);
  await expectText(options, '[data-service="youtube"] [data-testid="service-line"]', en('serviceSignedOut', 'YouTube Studio'));
  await expect.poll(() => rowState(options, ID)).toBe('problem');
  await expectText(options, `${ROW} .row-help p`, en('serviceManualStep', 'YouTube Studio'));
});
