// Google, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once. Gemini's "Keep
// Activity" chip is opened, "Turn off" chosen and confirmed with the named button, and the
// fresh load that verifies it reads "Off"; the delete entry, the other chip and Web & App
// Activity (left to the user's choice: it costs them something) are never touched. Then each
// failure state, visible on the card with the way by hand: a save Google does not keep, a
// menu with only the delete entry (closed with Escape), a page in a language we have no
// words for, and signed out (sent to accounts.google.com). Replica: ./replica.mjs.
import { GOOGLE_ORIGIN, googleServer, googleSignIn } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const ROW = '[data-setting-row="google-gemini-activity"]';
const WAA = '[data-setting-row="google-web-app-activity"]';

test('Google: Keep Activity turned off through its menu and confirmed, verified by a fresh load; the delete entry, the other chip and Web & App Activity never touched, until the user chooses it on its row', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const google = await serveReplica(ext, googleServer());
  const options = await ext.openOptions('services');
  await addService(ext, options, 'google', GOOGLE_ORIGIN);
  expect(await checkEnd(ext, 'google')).toBe('done');
  await google.settled();
  expect(google.isOn('gemini')).toBe(false);
  expect(google.isOn('waa')).toBe(true);
  expect(google.isOn('deleted')).toBeUndefined();
  // The chip, the one entry, the confirmation's named button: once each, nothing else, on no other page.
  expect(google.log.clicks).toEqual(['gemini-chip', 'turn-off', 'confirm']);
  expect(google.log.loads).toBeGreaterThanOrEqual(2);
  expect(await recordOf(ext, 'google-gemini-activity')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  await expect.poll(() => rowState(options, 'google-gemini-activity')).toBe('off');
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowTurnedOff', ''), 'contains');
  // Which account was read: the browser's first, said on the card (no name or e-mail read).
  await expectText(options, '[data-service="google"] [data-testid="service-where"]', en('google__where'));
  // Web & App Activity: not checked, its page offered to do by hand, or on the user's choice.
  expect(await recordOf(ext, 'google-web-app-activity')).toBeUndefined();
  expect(await options.visible(`${WAA} a[data-action="open-setting"]`)).toBe(true);

  // Chosen on its row: that setting alone is checked, turned off through its own chip's menu, verified.
  const before = google.log.clicks.length;
  await options.click(`${WAA} button[data-action="check-setting"]`);
  await expect.poll(async () => (await recordOf(ext, 'google-web-app-activity'))?.known?.state ?? null, { timeout: 90_000 }).toBe('off');
  await google.settled();
  expect(google.isOn('waa')).toBe(false);
  expect(google.isOn('gemini')).toBe(false);
  expect(google.log.clicks.slice(before)).toEqual(['waa-chip', 'turn-off', 'confirm']);
  await expect.poll(() => rowState(options, 'google-web-app-activity')).toBe('off');
  expect(await options.visible(`${WAA} button[data-action="check-setting"]`)).toBe(false);
});

test('Google: a save it does not keep, a menu with only the delete entry, a page in German, signed out: each told on the card with the way by hand; nothing deleted, nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(300_000);
  let failing = true;
  const google = await serveReplica(ext, googleServer({ saves: () => (failing ? { ok: false } : {}), confirm: null }));
  await serveReplica(ext, googleSignIn);
  const options = await ext.openOptions('services');
  await addService(ext, options, 'google', GOOGLE_ORIGIN);

  // Every save refused: three tries at most, never "off".
  expect(await checkEnd(ext, 'google')).toBe('done');
  await google.settled();
  expect(google.isOn('gemini')).toBe(true);
  const rejected = await recordOf(ext, 'google-gemini-activity');
  expect(rejected).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(google.log.clicks).toEqual(Array(rejected.audit.clicks).fill(['gemini-chip', 'turn-off']).flat());
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowProblem', en('serviceRejected', 'Google')));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);

  // A menu holding only "Turn off and delete activity": refused, closed with Escape.
  failing = false;
  google.options.items = ['Turn off and delete activity'];
  let before = google.log.clicks.length;
  expect(await checkAgain(ext, options, 'google')).toBe('done');
  expect(await recordOf(ext, 'google-gemini-activity')).toMatchObject({ audit: { outcome: 'ambiguous', detail: 'menu-refused' } });
  expect(google.log.clicks.slice(before)).toEqual(['gemini-chip', 'escape']);
  await expectText(options, `${ROW} [data-testid="row-detail"]`, en('problemMenuRefusedBody'));

  // The page in German, whose words the row does not have: refused as unsure, nothing clicked.
  delete google.options.items;
  google.options.lang = 'de';
  before = google.log.clicks.length;
  expect(await checkAgain(ext, options, 'google')).toBe('done');
  expect(await recordOf(ext, 'google-gemini-activity')).toMatchObject({ audit: { outcome: 'ambiguous', detail: 'language' } });
  expect(google.log.clicks.slice(before)).toEqual([]);
  await expectText(options, `${ROW} [data-testid="row-detail"]`, en('problemLanguageBody'));

  // Signed out: sent to accounts.google.com, a host we never hold.
  google.options.lang = 'en';
  google.signOut();
  expect(await checkAgain(ext, options, 'google')).toBe('signed-out');
  expect(google.log.redirects.length).toBeGreaterThan(0);
  expect(google.log.clicks.slice(before)).toEqual([]);
  await expectText(options, '[data-service="google"] [data-testid="service-line"]', en('serviceSignedOut', 'Google'));
  expect(await options.visible('[data-service="google"] [data-action="sign-in"]')).toBe(true);
  expect(google.isOn('gemini')).toBe(true);
  expect(google.isOn('deleted')).toBeUndefined();
});
